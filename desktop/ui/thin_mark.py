"""The form's mark on an item whose label was read too thin to trust (issue 16, point 7): a warning icon
and a tooltip on the label cell, until a clerk verifies the item. Exports leave such items out meanwhile;
the rule itself is :mod:`desktop.core.thin_label`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from desktop.core.model import Item
from desktop.core.thin_label import held_back, label_attr
from desktop.ui.columns import Column

_ICON: list[QIcon] = []


def tooltip() -> str:
    return QCoreApplication.translate(
        "ThinMark", "Nhãn trống hoặc chỉ có một từ (có thể đọc sai): mục này không được đưa vào văn bản xuất "
                    "cho đến khi bạn sửa hoặc xác minh nó.")


def _icon() -> QIcon:
    if not _ICON:
        app = QApplication.instance()
        style = app.style() if isinstance(app, QApplication) else None
        _ICON.append(style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning) if style else QIcon())
    return _ICON[0]


def thin_mark(item: Item, col: Column, role: int) -> object | None:
    """What the label cell of a held-back item shows for ``role`` (icon, tooltip), else None."""
    if role not in (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole):
        return None
    if col.attr != label_attr(item) or not held_back(item):
        return None
    return _icon() if role == Qt.ItemDataRole.DecorationRole else tooltip()
