"""The row of buttons at the foot of a dialog, named in Vietnamese (Qt ships no Vietnamese translation of its
standard buttons): an action that accepts and one that cancels, or only one that closes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton


def button_row(dialog: QDialog, accept: str, reject: str,
               on_accept: Callable[[], object] | None = None) -> tuple[QDialogButtonBox, QPushButton]:
    """The row and its accepting button. The texts come translated (the caller's ``tr``); the accepting button
    runs ``on_accept`` (default: the dialog's ``accept``), the other the dialog's ``reject``."""
    buttons = close_row(dialog, reject)
    ok = buttons.addButton(accept, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.accepted.connect(on_accept or dialog.accept)
    return buttons, ok


def close_row(dialog: QDialog, close: str) -> QDialogButtonBox:
    """A row with one button that closes the dialog (``reject``)."""
    buttons = QDialogButtonBox()
    buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
    buttons.rejected.connect(dialog.reject)
    return buttons
