"""The form beside the article: one tab per kind of item, each an editable table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QTabWidget,
    QWidget,
)

from desktop.core.dismissals import open_findings
from desktop.core.model import Finding, Item, ReviewStatus
from desktop.core.vnnum import format_number
from desktop.ui.captions import add_captioned
from desktop.ui.columns import FINDING_COLUMNS, PROGRESS_CHOICES, status_text
from desktop.ui.finding_dismissal import DismissalProxy
from desktop.ui.item_model import ITEM_ROLE, ItemTableModel
from desktop.ui.noop import QT_TRANSLATE_NOOP
from desktop.ui.number_hint import NumberEdit
from desktop.ui.report_details import DetailsEditor
from desktop.ui.session import ReportSession

STATUSES = [ReviewStatus.UNCHECKED, ReviewStatus.VERIFIED, ReviewStatus.NEEDS_FIX, ReviewStatus.REJECTED]


class StatusDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):
        box = QComboBox(parent)
        for s in STATUSES:
            box.addItem(status_text(s), s)
        return box

    def setEditorData(self, editor, index) -> None:
        editor.setCurrentIndex(max(0, editor.findData(ReviewStatus(index.data(Qt.ItemDataRole.EditRole)))))

    def setModelData(self, editor, model, index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ProgressDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):
        box = QComboBox(parent)
        box.setEditable(True)
        box.addItems([QCoreApplication.translate("Columns", x) if x else "" for x in PROGRESS_CHOICES])
        return box

    def setEditorData(self, editor, index) -> None:
        editor.setCurrentText(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor, model, index) -> None:
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)


class NumberDelegate(QStyledItemDelegate):
    """Numbers typed the Vietnamese way: ``1.000`` (one thousand), ``14,5``."""

    def createEditor(self, parent, option, index):
        edit = NumberEdit(parent)  # a hint for a decimal typed with a dot
        edit.setValidator(QRegularExpressionValidator(r"^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$", edit))
        return edit


class UnverifiedFilter(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.only_unverified = False

    def set_only_unverified(self, on: bool) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.10
            self.beginFilterChange()
            self.only_unverified = on
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self.only_unverified = on
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self.only_unverified:
            return True
        item = self.sourceModel().index(row, 0, parent).data(ITEM_ROLE)
        return item is None or item.review == ReviewStatus.UNCHECKED


class ItemTable(QTableView):
    itemSelected = Signal(object)

    def __init__(self, model: ItemTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proxy = UnverifiedFilter(self)
        self.proxy.setSourceModel(model)
        self.setModel(self.proxy)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setWordWrap(True)
        self.setAlternatingRowColors(False)
        self.verticalHeader().setDefaultSectionSize(24)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        for k, col in enumerate(model.columns):
            self.setColumnWidth(k, col.width)
            if col.kind == "status":
                self.setItemDelegateForColumn(k, StatusDelegate(self))
            elif col.kind == "progress":
                self.setItemDelegateForColumn(k, ProgressDelegate(self))
            elif col.kind == "number" and col.editable:
                self.setItemDelegateForColumn(k, NumberDelegate(self))
        self._quiet = False  # a row selected by the program, not by the clerk
        self.selectionModel().currentRowChanged.connect(self._on_current)

    def source_model(self) -> ItemTableModel:
        return self.proxy.sourceModel()  # type: ignore[return-value]

    def set_source(self, model: ItemTableModel) -> None:
        """Show another report's items of the same kind (same columns)."""
        self.proxy.setSourceModel(model)
        self.scrollToTop()

    def _on_current(self, current: QModelIndex, _prev: QModelIndex) -> None:
        item = current.data(ITEM_ROLE) if current.isValid() else None
        if item is not None and not self._quiet:
            self.itemSelected.emit(item)

    def selected_items(self) -> list[Item]:
        """The selected rows only: a row that merely has the focus frame (Qt gives one to the first row of a
        table that gets the focus, a Ctrl+click leaves one on a row it unselects) is not chosen for review."""
        rows = {i.row() for i in self.selectionModel().selectedRows()}
        return [self.proxy.index(r, 0).data(ITEM_ROLE) for r in sorted(rows)]

    def select_item(self, item: Item) -> bool:
        row = self.source_model().row_of(item)
        if row < 0:
            return False
        idx = self.proxy.mapFromSource(self.source_model().index(row, 0))
        if not idx.isValid():
            return False
        # The selection model, not setCurrentIndex: the view reads the keyboard's modifiers, and with Ctrl
        # still down after Ctrl+Enter it would add this row to the old one instead of replacing it.
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self._quiet = True  # the caller shows the item itself
        try:
            self.selectionModel().setCurrentIndex(idx, flags)
        finally:
            self._quiet = False
        self.scrollTo(idx)
        return True


class FindingsModel(ItemTableModel):
    def set_items(self, items: Sequence[Any]) -> None:  # findings, shown by columns as items are
        super().set_items(items)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            f: Finding = self.items[index.row()]  # type: ignore[assignment]
            from PySide6.QtGui import QBrush, QColor

            return QBrush(QColor("#b00000" if str(f.severity) == "lỗi" else "#8a5a00" if str(f.severity) == "cảnh báo"
                                 else "#1f5fb0"))
        return super().data(index, role)


class ReportForm(QTabWidget):
    itemSelected = Signal(object)
    findingSelected = Signal(object)
    detailsChanged = Signal(str)  # a detail of the report (title, unit, dates …) was edited, undone or redone

    TABS = (("indicators", QT_TRANSLATE_NOOP("ReportForm", "Chỉ tiêu")),
            ("tasks", QT_TRANSLATE_NOOP("ReportForm", "Nhiệm vụ")),
            ("proposals", QT_TRANSLATE_NOOP("ReportForm", "Kiến nghị")),
            ("tallies", QT_TRANSLATE_NOOP("ReportForm", "Số liệu")),
            ("documents", QT_TRANSLATE_NOOP("ReportForm", "Văn bản")),
            ("people", QT_TRANSLATE_NOOP("ReportForm", "Nhân sự")))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUsesScrollButtons(False)
        self.setElideMode(Qt.TextElideMode.ElideNone)
        self.setDocumentMode(True)
        self.session: ReportSession | None = None
        self.tables: dict[str, ItemTable] = {}
        self._last_table: ItemTable | None = None  # where an item was last selected (tallies, parts or ratios)
        self.info = QWidget()
        self.info_form = QFormLayout(self.info)
        self.findings_model = FindingsModel(FINDING_COLUMNS, None, self)
        self.findings_view = QTableView()
        self.findings_proxy = DismissalProxy(self.findings_model, self)  # check box: checked and dismissed
        self.findings_view.setModel(self.findings_proxy)
        self.findings_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.findings_view.horizontalHeader().setStretchLastSection(True)
        self.findings_view.setWordWrap(True)
        self.findings_view.clicked.connect(lambda idx: self.findingSelected.emit(self.findings_model.items[idx.row()]))
        self.only_unverified = False

    def set_session(self, session: ReportSession | None) -> None:
        """Show ``session``'s items. The tabs and tables are built for the first report and kept: a later report
        only hands its models to them (opening a report stays quick however many columns the tables have)."""
        current = self.currentIndex()
        self.session = session
        self.findings_proxy.set_session(session)
        if session is None:
            self.clear()
            self.tables.clear()
            self._last_table = None
            return
        self.details = DetailsEditor(self.info_form, session, self.info)
        self.details.changed.connect(self.detailsChanged)
        if not self.tables:
            self._build_tabs(session)
        else:
            for kind, table in self.tables.items():
                table.set_source(session.parts if kind == "parts" else session.models[kind])
        self.findings_model.set_items(session.findings)
        self.refresh_titles()
        self.set_only_unverified(self.only_unverified)
        if 0 <= current < self.count():
            self.setCurrentIndex(current)

    def _build_tabs(self, session: ReportSession) -> None:
        self.addTab(self.info, self.tr("Chung"))
        self.setTabToolTip(0, self.tr("Thông tin chung"))
        for kind, _title in self.TABS:
            table = self._table(kind, session.models[kind])
            if kind == "tallies":
                split = QSplitter(Qt.Orientation.Vertical)
                add_captioned(split, "tallies", table)  # a caption above each table
                add_captioned(split, "parts", self._table("parts", session.parts))
                add_captioned(split, "ratios", self._table("ratios", session.models["ratios"]))
                table.itemSelected.connect(lambda tally: self.session.show_parts(tally) if self.session else None)
                self.addTab(split, "")
                self.setTabToolTip(self.count() - 1, self.tr("Số liệu tổng hợp: các số tổng, các phần và tỷ số"))
            else:
                self.addTab(table, "")
        self.addTab(self.findings_view, "")
        self.findings_view.setColumnWidth(0, 90)

    def _table(self, kind: str, model: ItemTableModel) -> ItemTable:
        table = ItemTable(model)
        table.itemSelected.connect(self.itemSelected)
        table.itemSelected.connect(lambda _item, t=table: setattr(self, "_last_table", t))
        self.tables[kind] = table
        return table

    def refresh_titles(self) -> None:
        if self.session is None:
            return
        for k, (kind, title) in enumerate(self.TABS, start=1):
            n = len(self.session.models[kind].items)
            if kind == "tallies":
                n += len(self.session.models["ratios"].items)
            self.setTabText(k, f"{self.tr(title)} ({n})")
        findings = open_findings(self.session.report)  # (not those a clerk checked and dismissed)
        errors = sum(1 for f in findings if str(f.severity) == "lỗi")
        self.setTabText(len(self.TABS) + 1, self.tr("Kiểm tra ({0})").format(len(findings)) +
                        (" ⚠" if errors else ""))

    def set_findings(self, findings: list[Finding]) -> None:
        self.findings_model.set_items(findings)
        self.refresh_titles()

    def set_only_unverified(self, on: bool) -> None:
        self.only_unverified = on
        for t in self.tables.values():
            t.proxy.set_only_unverified(on)

    def current_table(self) -> ItemTable | None:
        w = self.currentWidget()
        if isinstance(w, ItemTable):
            return w
        if isinstance(w, QSplitter):
            tables = [t for t in map(w.widget, range(w.count())) if isinstance(t, ItemTable)]
            for t in tables:
                if t.hasFocus():
                    return t
            return self._last_table if self._last_table in tables else tables[0]
        return None

    def select_item(self, item: Item) -> None:
        if self.session is None:
            return
        kind = self.session.kind_of(item)
        if kind == "parts":
            tally = next(t for t in self.session.report.tallies if item in t.parts)
            self.select_item(tally)
            self.session.show_parts(tally)
        table = self.tables.get(kind or "")
        if table is None:
            return
        page = next((k for k in range(self.count()) if self.widget(k) is table or
                     (isinstance(w := self.widget(k), QSplitter) and w.indexOf(table) >= 0)), None)
        if page is not None:
            self.setCurrentIndex(page)
        if table.select_item(item):
            self._last_table = table  # a part is reviewed in the parts table, not as its tally


def format_progress(verified: int, total: int) -> str:
    return f"{format_number(verified)}/{format_number(total)}"

