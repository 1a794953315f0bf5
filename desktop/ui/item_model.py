"""A table model over a list of domain items, its columns declared in :mod:`desktop.ui.columns`.

The model never changes an item itself: an edit goes to ``editor(item, attr, value)`` (the
report session, which records it on the undo stack and saves it), and the session tells the
model which rows to repaint.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.core.model import Item, ReviewStatus
from desktop.core.vnnum import format_number, parse_number
from desktop.ui.columns import Column, status_text
from desktop.ui.thin_mark import thin_mark

Index = QModelIndex | QPersistentModelIndex
STATUS_COLOURS = {
    ReviewStatus.VERIFIED: QColor("#dff3e2"),
    ReviewStatus.NEEDS_FIX: QColor("#fde8cf"),
    ReviewStatus.REJECTED: QColor("#eeeeee"),
}
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


def display_value(item: Item, col: Column) -> str:
    if col.attr == "percent":
        pct = getattr(item, "percent", None)
        return "" if pct is None else format_number(round(pct, 2))
    value = getattr(item, col.attr, None)
    if value is None:
        return ""
    if col.kind == "number":
        return format_number(value)
    if col.kind == "list":
        return "; ".join(value)
    if col.kind == "parts":
        return " + ".join(format_number(p.count) for p in value)
    if col.kind == "status" or col.attr == "severity":
        return status_text(value)
    return str(value)


def parse_value(col: Column, text: object) -> object:
    """Text typed by the clerk → the value of the attribute. Raises ValueError on bad input."""
    if col.kind in ("status",) and isinstance(text, ReviewStatus):
        return text
    s = "" if text is None else str(text).strip()
    if col.kind == "number":
        return parse_number(s)
    if col.kind == "int":
        return int(s) if s else None
    if col.kind == "list":
        return [x.strip() for x in s.replace("\n", ";").split(";") if x.strip()]
    if col.kind == "status":
        return ReviewStatus.parse(s)  # a code, or a label pasted from an export
    return s or (None if col.attr in ("qualifier", "group", "owner", "deadline", "product", "date", "progress")
                 else "")


class ItemTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], editor: Callable[[Item, str, object], None] | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.items: list[Item] = []
        self.editor = editor

    # -- content ---------------------------------------------------------------------------------

    def set_items(self, items: Sequence[Item]) -> None:
        """Show ``items``; a list is shared, not copied, so inserts and removals reach the report."""
        self.beginResetModel()
        self.items = items if isinstance(items, list) else list(items)
        self.endResetModel()

    def row_of(self, item: Item) -> int:
        return next((k for k, x in enumerate(self.items) if x is item), -1)

    def refresh(self, item: Item) -> None:
        row = self.row_of(item)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def insert(self, item: Item, row: int | None = None) -> None:
        row = len(self.items) if row is None else row
        self.beginInsertRows(QModelIndex(), row, row)
        self.items.insert(row, item)
        self.endInsertRows()

    def remove(self, item: Item) -> int:
        row = self.row_of(item)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.items[row]
            self.endRemoveRows()
        return row

    # -- Qt model interface ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
                return self.columns[section].title()
            if orientation == Qt.Orientation.Vertical:
                return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.items)):
            return None
        item = self.items[index.row()]
        col = self.columns[index.column()]
        mark = thin_mark(item, col, role)  # a label read too thin to trust: icon and tooltip
        if mark is not None:
            return mark
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return display_value(item, col)
        if role == Qt.ItemDataRole.EditRole:
            if col.kind == "status":
                return str(getattr(item, col.attr))  # the stored value, whatever the interface language
            return display_value(item, col)
        if role == Qt.ItemDataRole.BackgroundRole:
            review = getattr(item, "review", None)
            colour = STATUS_COLOURS.get(review) if review is not None else None
            return QBrush(colour) if colour else None
        if role == Qt.ItemDataRole.FontRole and getattr(item, "review", None) == ReviewStatus.REJECTED:
            f = QFont()
            f.setStrikeOut(True)
            return f
        if role == Qt.ItemDataRole.TextAlignmentRole and col.kind in ("number", "int"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ITEM_ROLE:
            return item
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].editable and self.editor is not None:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.editor is None:
            return False
        col = self.columns[index.column()]
        if not col.editable:
            return False
        try:
            new = parse_value(col, value)
        except (ValueError, TypeError):
            return False
        item = self.items[index.row()]
        if getattr(item, col.attr, None) == new:
            return False
        self.editor(item, col.attr, new)
        return True
