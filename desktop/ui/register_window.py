"""Sổ theo dõi nhiệm vụ: every task of the library with an owner or a deadline, its status and the category an
office reports it under; filters, counts per category, overdue rows marked, edits of a status, a due date or a
note undoable (Ctrl+Z) and audited by the store; a double click opens the source report at the task.

The window reads and writes through a :class:`RegisterSource` (the store's register, or anything with the same
two methods), the entries loaded in the background."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Protocol

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.register import SOON_DAYS, Category, RegisterEntry, TaskStatus
from desktop.core.task_matching import Proposal
from desktop.ui.background import run_in_background
from desktop.ui.dialogs import warn
from desktop.ui.register_commands import DueCommand, NoteCommand, StatusCommand
from desktop.ui.register_model import (
    CATEGORY_TEXT,
    COLUMNS,
    ENTRY_ROLE,
    STATUS_COLUMN,
    STATUS_TEXT,
    Filters,
    RegisterTableModel,
    day_text,
    parse_day,
)
from desktop.ui.undo import push_saved


class RegisterSource(Protocol):
    def entries(self) -> list[RegisterEntry]: ...

    def proposals(self, entries: list[RegisterEntry]) -> list[Proposal]:
        """Status changes later reports suggest (see :mod:`desktop.core.task_matching`)."""
        ...

    def set_status(self, entry: RegisterEntry, status: TaskStatus, done_on: date | None) -> int:
        """Store the status (audited); the entry's new version. Raises StoreError when refused."""
        ...

    def set_due(self, entry: RegisterEntry, due: date | None, corrected: bool) -> tuple[int, date | None, bool]:
        """Store a clerk's due date (``corrected`` False: the phrase decides again); the new version, due date
        and recurrence. Raises StoreError when refused."""
        ...

    def set_note(self, entry: RegisterEntry, note: str) -> int:
        """Store the clerk's note (audited); the entry's new version. Raises StoreError when refused."""
        ...


class StatusDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):
        box = QComboBox(parent)
        for status, text in STATUS_TEXT.items():
            box.addItem(box.tr(str(text)), status)
        return box

    def setEditorData(self, editor, index) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class RegisterWindow(QWidget):
    def __init__(self, source: RegisterSource, today: Callable[[], date] = date.today, soon_days: int = SOON_DAYS,
                 open_source: Callable[[RegisterEntry], None] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Sổ theo dõi nhiệm vụ"))
        self.resize(1280, 720)
        self.source, self.today, self.soon_days, self.open_source = source, today, soon_days, open_source
        self.undo_stack = QUndoStack(self)
        self.model = RegisterTableModel(self._status_edited, self._due_edited, self, on_note=self._note_edited)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(5, Qt.SortOrder.AscendingOrder)  # by due date
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.setItemDelegateForColumn(STATUS_COLUMN, StatusDelegate(self.table))
        self.table.horizontalHeader().setStretchLastSection(True)
        for k, (_header, width) in enumerate(COLUMNS):
            self.table.setColumnWidth(k, width)
        self.table.doubleClicked.connect(self._open)
        self.find_progress = QPushButton(self.tr("Tìm tiến độ trong các văn bản mới hơn…"))
        self.find_progress.clicked.connect(self.look_for_progress)
        lay = QVBoxLayout(self)
        lay.addWidget(self.counts)
        lay.addLayout(self._filter_row())
        self._filter_row_layout.addWidget(self.find_progress)
        self.add_button = QPushButton(self.tr("Thêm nhiệm vụ…"))
        self.add_button.clicked.connect(self.add_dialog)
        self._filter_row_layout.addWidget(self.add_button)
        self.export_button = QPushButton(self.tr("Xuất Excel…"))
        self.export_button.setToolTip(self.tr("Sổ theo dõi các nhiệm vụ đang hiện (theo bộ lọc), kèm bảng tổng hợp"))
        self.export_button.clicked.connect(self.export_dialog)
        self._filter_row_layout.addWidget(self.export_button)
        self.exporting = False
        lay.addWidget(self.table)
        for keys, slot in ((QKeySequence.StandardKey.Undo, self.undo_stack.undo),
                           (QKeySequence.StandardKey.Redo, self.undo_stack.redo)):
            action = self.undo_stack.createUndoAction(self) if slot == self.undo_stack.undo else \
                self.undo_stack.createRedoAction(self)
            action.setShortcut(keys)
            self.addAction(action)
        self.loading = False

    def _filter_row(self) -> QHBoxLayout:
        self.owner = QLineEdit()
        self.owner.setPlaceholderText(self.tr("Chủ trì (không cần dấu)"))
        self.status = QComboBox()
        self.status.addItem(self.tr("Mọi tình trạng"), None)
        for status, text in STATUS_TEXT.items():
            self.status.addItem(self.tr(str(text)), status)
        self.category = QComboBox()
        self.category.addItem(self.tr("Mọi phân loại"), None)
        for cat, text in CATEGORY_TEXT.items():
            self.category.addItem(self.tr(str(text)), cat)
        self.unit = QComboBox()
        self.unit.addItem(self.tr("Mọi đơn vị"), None)
        self.due_from, self.due_to = QLineEdit(), QLineEdit()
        self.due_from.setPlaceholderText(self.tr("hạn từ ngày (dd/mm/yyyy)"))
        self.due_to.setPlaceholderText(self.tr("đến ngày"))
        row = self._filter_row_layout = QHBoxLayout()
        for w in (self.owner, self.status, self.category, self.unit, self.due_from, self.due_to):
            row.addWidget(w)
        self.owner.textChanged.connect(lambda _t: self.apply_filters())
        for box in (self.status, self.category, self.unit):
            box.currentIndexChanged.connect(lambda _i: self.apply_filters())
        for edit in (self.due_from, self.due_to):
            edit.editingFinished.connect(self.apply_filters)
        return row

    # -- loading and filtering ---------------------------------------------------------------------

    def reload(self) -> None:
        """Read the entries again in the background; the table is filled when they arrive."""
        self.loading = True
        run_in_background(lambda _job: self.source.entries(), self._loaded, parent=self,
                          title=self.tr("Không đọc được sổ theo dõi"))

    def _loaded(self, entries: list[RegisterEntry]) -> None:
        self.loading = False
        units = sorted({e.unit for e in entries if e.unit})
        self.unit.blockSignals(True)
        chosen = self.unit.currentData()
        self.unit.clear()
        self.unit.addItem(self.tr("Mọi đơn vị"), None)
        for u in units:
            self.unit.addItem(u, u)
        self.unit.setCurrentIndex(max(0, self.unit.findData(chosen)))
        self.unit.blockSignals(False)
        self.model.set_entries(entries, self.today(), self.soon_days)
        self.apply_filters()

    def filters(self) -> Filters:
        return Filters(owner=self.owner.text().strip(), status=self.status.currentData(),
                       category=self.category.currentData(), unit=self.unit.currentData(),
                       due_from=parse_day(self.due_from.text()), due_to=parse_day(self.due_to.text()))

    def apply_filters(self) -> None:
        self.model.apply(self.filters())
        self._show_counts()

    def _show_counts(self) -> None:
        c = self.model.counts()
        parts = [f"{self.tr(str(CATEGORY_TEXT[cat]))}: <b>{c[cat]}</b>" for cat in CATEGORY_TEXT]
        overdue = c[Category.OPEN_OVERDUE]
        head = self.tr("{0} nhiệm vụ").format(len(self.model.rows))
        colour = "#b00000" if overdue else "#333333"
        self.counts.setText(f"<span style='color:{colour}'>{head}</span> — " + " · ".join(parts))

    # -- status edits --------------------------------------------------------------------------------

    def _due_edited(self, entry: RegisterEntry, due: date | None) -> None:
        text = self.tr("Sửa hạn: {0}").format(day_text(due) or self.tr("theo văn bản"))
        push_saved(self.undo_stack, DueCommand(self, entry, due, text))

    def apply_due(self, entry: RegisterEntry, due: date | None, corrected: bool) -> bool:
        from desktop.store.errors import StoreError

        try:
            entry.version, entry.due, entry.recurring = self.source.set_due(entry, due, corrected)
        except StoreError as err:
            warn(self, self.tr("Chưa lưu được"), str(err))
            return False
        entry.due_corrected = corrected
        self.model.refresh(entry)
        self._show_counts()
        return True

    def _note_edited(self, entry: RegisterEntry, note: str) -> None:
        push_saved(self.undo_stack, NoteCommand(self, entry, note, self.tr("Sửa ghi chú")))

    def apply_note(self, entry: RegisterEntry, note: str) -> bool:
        from desktop.store.errors import StoreError

        try:
            entry.version = self.source.set_note(entry, note)
        except StoreError as err:
            warn(self, self.tr("Chưa lưu được"), str(err))
            return False
        entry.note = note
        self.model.refresh(entry)
        return True

    def _status_edited(self, entry: RegisterEntry, status: TaskStatus) -> None:
        self._edit_status(entry, status)

    def _edit_status(self, entry: RegisterEntry, status: TaskStatus, done_on: date | None = None) -> bool:
        done_on = (done_on or self.today()) if status == TaskStatus.DONE else None
        text = self.tr("Đổi tình trạng: {0}").format(self.tr(str(STATUS_TEXT[status])))
        return push_saved(self.undo_stack, StatusCommand(self, entry, status, done_on, text))

    # -- a task added by hand ----------------------------------------------------------------------------

    def add_dialog(self) -> None:
        from desktop.ui.register_add import AddTaskDialog

        self.adding = AddTaskDialog(self)
        self.adding.accepted.connect(lambda: self.add(self.adding.values()))
        self.adding.open()

    def add(self, values: dict[str, object]) -> bool:
        """Store a task the clerk typed (audited) and list the register again."""
        from desktop.store.errors import StoreError

        add = getattr(self.source, "add", None)
        if add is None:
            return False
        try:
            add(**values)
        except StoreError as err:
            warn(self, self.tr("Chưa lưu được"), str(err))
            return False
        self.reload()
        return True

    # -- export ----------------------------------------------------------------------------------------

    def export_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from desktop.ui.export_files import last_folder

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Xuất sổ theo dõi nhiệm vụ"),
                                              str(last_folder() / "so-theo-doi-nhiem-vu.xlsx"), "Excel (*.xlsx)")
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        """The rows shown (the filters applied) as the Excel register, written in the background."""
        from desktop.export.register_xlsx import build_register_workbook
        from desktop.ui.export_done import export_in_background

        rows, today, soon = list(self.model.rows), self.model.today, self.model.soon_days
        self.exporting = True
        export_in_background(self, lambda: build_register_workbook(rows, today, path, soon),
                             lambda: setattr(self, "exporting", False))

    # -- progress read in later reports ------------------------------------------------------------------

    def look_for_progress(self) -> None:
        """Read the reports newer than each task's source for sentences saying it was done or is under way
        (in the background), then let the clerk confirm them."""
        entries = list(self.model.entries)
        self.find_progress.setEnabled(False)
        self.loading = True
        run_in_background(lambda _job: self.source.proposals(entries), self._proposed,
                          on_failed=self._proposals_failed, parent=self)

    def _proposals_failed(self, message: str) -> None:
        self.loading = False
        self.find_progress.setEnabled(True)
        warn(self, self.tr("Không đọc được các văn bản"), message)

    def _proposed(self, proposals: list[Proposal]) -> None:
        from desktop.ui.register_proposals import ProposalsDialog

        self.loading = False
        self.find_progress.setEnabled(True)
        if not proposals:
            self.counts.setText(self.counts.text() + " — " + self.tr("không thấy tiến độ mới trong các văn bản"))
            return
        by_id = {e.id: e for e in self.model.entries if e.id is not None}
        self.dialog = ProposalsDialog(proposals, by_id, self.show_evidence, self)
        self.dialog.accepted.connect(lambda: self.accept_proposals(self.dialog.chosen()))
        self.dialog.open()

    def accept_proposals(self, chosen: list[Proposal]) -> int:
        """The statuses the clerk confirmed, as one step on the undo stack; how many were stored."""
        by_id = {e.id: e for e in self.model.entries if e.id is not None}
        done = 0
        self.undo_stack.beginMacro(self.tr("Cập nhật {0} nhiệm vụ theo văn bản mới hơn").format(len(chosen)))
        for p in chosen:
            entry = by_id.get(p.entry_id) if p.entry_id is not None else None
            if entry is not None and self._edit_status(entry, p.new_status, p.report_date):
                done += 1
        self.undo_stack.endMacro()
        return done

    def show_evidence(self, proposal: Proposal) -> None:
        if self.open_source is not None and proposal.report_id is not None:
            self.open_source(RegisterEntry(text=proposal.evidence_sentence, report_id=proposal.report_id,
                                           span=proposal.span))

    def apply(self, entry: RegisterEntry, status: TaskStatus, done_on: date | None) -> bool:
        from desktop.store.errors import StoreError

        try:
            entry.version = self.source.set_status(entry, status, done_on)
        except StoreError as err:
            warn(self, self.tr("Chưa lưu được"), str(err))
            return False
        entry.status, entry.done_on, entry.status_on = status, done_on, self.today()
        self.model.refresh(entry)
        self._show_counts()
        return True

    def _open(self, index: QModelIndex) -> None:
        entry = index.data(ENTRY_ROLE)
        if entry is not None and self.open_source is not None:
            self.open_source(entry)
