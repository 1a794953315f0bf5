"""A hint when a number is typed with a dot where a decimal comma was meant.

Vietnamese writes ``14,5`` for fourteen and a half and ``1.250`` for one thousand two hundred and fifty. The
rule: a dot is a thousands separator when exactly three digits follow it and the part before it is a whole
number that does not start with 0 (``1.250``, ``12.000.000``). Any other dot (``14.5``, ``3.14159``, ``0.500``,
``1.234.56``) can only be a decimal point typed the English way: the editor then says "Dùng dấu phẩy cho số
thập phân: 14,5". Nothing is changed for the clerk; she types the comma.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QLineEdit, QToolTip, QWidget

_THOUSANDS = re.compile(r"-?[1-9]\d{0,2}(\.\d{3})*")
_DOT_DECIMAL = re.compile(r"(-?\d+(?:\.\d{3})*)\.(\d+)")


def decimal_hint(text: str) -> str | None:
    """The number as it should be typed, when ``text`` has a dot that cannot be a thousands separator."""
    s = text.strip()
    if "," in s or _THOUSANDS.fullmatch(s):
        return None
    m = _DOT_DECIMAL.fullmatch(s)
    if m is None:
        return None
    whole, frac = m.groups()
    return f"{whole},{frac}"


def hint_text(text: str) -> str:
    """The sentence shown beside the editor, or "" when the text needs none."""
    fixed = decimal_hint(text)
    if fixed is None:
        return ""
    return QCoreApplication.translate("NumberHint", "Dùng dấu phẩy cho số thập phân: {0}").format(fixed)


class NumberEdit(QLineEdit):
    """A line editor for a number cell that shows :func:`hint_text` as its tooltip while the text needs it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.textChanged.connect(self._check)

    def _check(self, text: str) -> None:
        hint = hint_text(text)
        self.setToolTip(hint)
        if hint:
            QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), hint, self)
        else:
            QToolTip.hideText()
