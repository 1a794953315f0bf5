"""The change log of one item: who changed what, when, from what to what (the store's audit rows)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.button_row import close_row
from desktop.ui.columns import field_title, status_text
from desktop.ui.noop import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the store is imported when the library opens, not with the window
    from desktop.store.library import AuditEntry

ACTIONS = {
    "import": QT_TRANSLATE_NOOP("History", "nhập từ văn bản"),
    "create": QT_TRANSLATE_NOOP("History", "tạo mới"),
    "update": QT_TRANSLATE_NOOP("History", "sửa"),
    "delete": QT_TRANSLATE_NOOP("History", "xóa"),
    "restore": QT_TRANSLATE_NOOP("History", "khôi phục"),
    "dismiss": QT_TRANSLATE_NOOP("History", "bỏ qua điểm cần kiểm tra"),
    "undismiss": QT_TRANSLATE_NOOP("History", "bỏ đánh dấu đã kiểm tra"),
}


def describe(item: object) -> str:
    """A line naming the item: its label, text, name or number."""
    for attr in ("label", "text", "name", "noun", "number", "status"):
        value = getattr(item, attr, None)
        if value:
            return str(value)
    return ""


def shown_value(field: str | None, value: str | None) -> str:
    if value is None:
        return ""
    return status_text(value) if field == "review" else value


class HistoryDialog(QDialog):
    """Read-only table of an item's audit entries, oldest first."""

    HEADERS = (QT_TRANSLATE_NOOP("History", "Thời điểm"), QT_TRANSLATE_NOOP("History", "Người sửa"),
               QT_TRANSLATE_NOOP("History", "Loại thay đổi"), QT_TRANSLATE_NOOP("History", "Trường"),
               QT_TRANSLATE_NOOP("History", "Giá trị cũ"), QT_TRANSLATE_NOOP("History", "Giá trị mới"))

    def __init__(self, what: str, entries: Sequence[AuditEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lịch sử sửa đổi"))
        self.resize(820, 360)
        layout = QVBoxLayout(self)
        title = QLabel(what)
        title.setWordWrap(True)
        layout.addWidget(title)
        self.table = QTableWidget(len(entries), len(self.HEADERS))
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("History", h) for h in self.HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        for row, e in enumerate(entries):
            action = ACTIONS.get(e.action)
            cells = (e.at.strftime("%d/%m/%Y %H:%M"), e.who or "",
                     QCoreApplication.translate("History", action) if action else e.action,
                     field_title(e.field), shown_value(e.field, e.old_value), shown_value(e.field, e.new_value))
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table)
        if not entries:
            layout.addWidget(QLabel(self.tr("Mục này chưa có sửa đổi nào được ghi lại.")))
        layout.addWidget(close_row(self, self.tr("Đóng")))

    def rows(self) -> list[list[str]]:
        """The table as shown (for tests)."""
        return [[cast(QTableWidgetItem, self.table.item(r, c)).text() for c in range(self.table.columnCount())]
                for r in range(self.table.rowCount())]
