"""One open report: its items as table models, its undo stack, autosave and live verification.

Every change goes through :meth:`ReportSession.edit` (recorded on the undo stack) and is
saved to the library at once, so closing the window or a crash loses nothing. A save that
meets another clerk's newer version is refused by the store; the session then shows their
values and keeps the clerk's own in the message, so nothing is lost either, and the refused
change is no step on the undo stack (see :mod:`desktop.ui.undo`).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from desktop.core.model import Finding, Item, Report, ReviewStatus, Tally
from desktop.core.verify import Verifier
from desktop.store.errors import ConflictError, StoreError
from desktop.store.lines import ReportLines
from desktop.ui.columns import (
    DOCUMENT_COLUMNS,
    INDICATOR_COLUMNS,
    PART_COLUMNS,
    PERSON_COLUMNS,
    PROPOSAL_COLUMNS,
    RATIO_COLUMNS,
    TALLY_COLUMNS,
    TASK_COLUMNS,
    field_title,
    status_text,
)
from desktop.ui.item_model import ItemTableModel
from desktop.ui.undo import (
    AddItemCommand,
    EditItemCommand,
    LineRoleCommand,
    RemoveItemsCommand,
    drop_steps,
    push_saved,
)

KINDS = {
    # kind: (Report attribute, columns)
    "indicators": ("indicators", INDICATOR_COLUMNS),
    "tasks": ("tasks", TASK_COLUMNS),
    "proposals": ("proposals", PROPOSAL_COLUMNS),
    "tallies": ("tallies", TALLY_COLUMNS),
    "ratios": ("ratios", RATIO_COLUMNS),
    "documents": ("documents", DOCUMENT_COLUMNS),
    "people": ("people", PERSON_COLUMNS),
}


class ReportSession(QObject):
    changed = Signal(object)  # an item whose values changed
    findingsChanged = Signal(list)
    progressChanged = Signal(int, int)
    saveFailed = Signal(str)
    structureChanged = Signal()
    linesChanged = Signal(object)  # the text was read again after a line decision: a LineChange (or None)

    def __init__(self, report: Report, library=None, parent: QObject | None = None,
                 lines: ReportLines | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.library = library
        self.undo_stack = QUndoStack(self)
        self.models: dict[str, ItemTableModel] = {}
        for kind, (attr, columns) in KINDS.items():
            model = ItemTableModel(columns, self.edit, self)
            model.set_items(getattr(report, attr))
            self.models[kind] = model
        self.parts = ItemTableModel(PART_COLUMNS, self.edit, self)
        self.verifier = Verifier(report)
        self.findings: list[Finding] = self.verifier.findings()
        report.findings = self.findings
        self.lines = lines if lines is not None else self._read_lines()  # (read off the UI thread by the window)

    def close(self) -> None:
        """The report is closed (another opened, or the window closed): its undo steps go, in Qt."""
        drop_steps(self.undo_stack)

    # -- what the views call -------------------------------------------------------------------

    def edit(self, item: Item, attr: str, value: object) -> None:
        push_saved(self.undo_stack, EditItemCommand(self, [item], {attr: value},
                                                    self.tr("Sửa {0}").format(field_title(attr))))

    def set_review(self, items: list[Item], status: ReviewStatus) -> None:
        items = [i for i in items if i.review != status]
        if not items:
            return
        push_saved(self.undo_stack, EditItemCommand(self, items, {"review": status}, ""),  # (those saved: one step)
                   lambda cmd: self.tr("Đánh dấu {0} mục: {1}").format(len(cmd.edits), status_text(status)))

    def add(self, kind: str, item: Item) -> None:
        push_saved(self.undo_stack, AddItemCommand(self, kind, item, self.tr("Thêm mục")))

    def remove(self, kind: str, item: Item) -> None:
        self.remove_many([(kind, item)], self.tr("Xóa mục"))

    def remove_many(self, items: list[tuple[str, Item]], text: str) -> bool:
        """Delete ``(kind, item)`` pairs as one undoable step, all or nothing: if another clerk saved one of them
        since (or deleted it), none is deleted and the step is not made."""
        return push_saved(self.undo_stack, RemoveItemsCommand(self, items, text))

    def mark_line(self, offset: int, role: str | None) -> bool:
        """The clerk says the line holding ``offset`` is ``article`` or ``chrome``, or takes the word back
        (None) (undoable); False if there is no such line, nothing changes, or the text is not in a library
        (nothing to read again from)."""
        line = self.lines.line_at(offset)
        if line is None or self.library is None or self.report.id is None:
            return False
        old = self.lines.overrides.get(line.start)
        if old == role:
            return False
        label = {"article": self.tr("Đánh dấu dòng là nội dung bài viết"),
                 "chrome": self.tr("Đánh dấu dòng là phần trang web")}.get(role or "", self.tr("Bỏ đánh dấu dòng"))
        return push_saved(self.undo_stack, LineRoleCommand(self, line.start, role, old, label))

    def all_items(self) -> list[Item]:
        return [i for i in self.report.items()]

    def progress(self) -> tuple[int, int]:
        items = [i for i in self.all_items() if i.review != ReviewStatus.REJECTED]
        return sum(1 for i in items if i.review == ReviewStatus.VERIFIED), len(items)

    def next_unverified(self, after: Item | None = None) -> Item | None:
        items = [i for i in self.all_items() if i.span]
        items.sort(key=lambda i: i.span or (0, 0))  # (all have one)
        start = 0
        if after is not None:
            start = next((k + 1 for k, i in enumerate(items) if i is after), 0)
        for i in items[start:] + items[:start]:
            if i.review == ReviewStatus.UNCHECKED:
                return i
        return None

    def kind_of(self, item: Item) -> str | None:
        for kind, model in self.models.items():
            if model.row_of(item) >= 0:
                return kind
        return "parts" if any(item in t.parts for t in self.report.tallies) else None

    # -- what the undo commands call -----------------------------------------------------------

    def apply(self, item: Item, changes: dict[str, object]) -> bool:
        """Make and save ``changes``; False if the library refused (then the item shows what is stored)."""
        saved = True
        before = {k: getattr(item, k) for k in changes}
        for k, v in changes.items():
            setattr(item, k, v)
        if self.library is not None and item.id is not None:
            try:
                item.version = self.library.update_item(item.id, changes, item.version)
            except ConflictError as err:
                saved = False
                self._show_theirs(item, err)
                mine = ", ".join(f"{field_title(k)}: {status_text(v) if k == 'review' else v}"
                                 for k, v in err.mine.items())
                self.saveFailed.emit(f"{err}\n\n" + self.tr("Giá trị bạn đã nhập: {0}").format(mine))
            except StoreError as err:
                saved = False
                for k, v in before.items():
                    setattr(item, k, v)
                self.saveFailed.emit(str(err))
        self._changed(item)
        return saved

    def insert_item(self, kind: str, item: Item, row: int | None = None) -> bool:
        target = self._list(kind)
        pos = len(target) if row is None or row < 0 else row
        if self.library is not None and self.report.id is not None:
            try:
                self.library.add_item(self.report.id, item)
            except StoreError as err:
                self.saveFailed.emit(str(err))
                return False
        if kind in self.models:
            self.models[kind].insert(item, pos)  # the model shares the report's list
        else:
            target.insert(pos, item)
        self.verifier.rebuild()
        self._changed(item)
        self.structureChanged.emit()
        return True

    def remove_items(self, items: list[tuple[str, Item]]) -> list[int] | None:
        """Delete the items, all or nothing; their rows in the tables (-1: in none), or None if refused."""
        stored = {item.id: item.version for _kind, item in items if item.id is not None}
        if self.library is not None and stored:
            from desktop.store.item_delete import delete_items

            try:
                delete_items(self.library.db, stored)
            except StoreError as err:
                for _kind, item in items:
                    if isinstance(err, ConflictError) and item.id == err.item_id:
                        self._show_theirs(item, err)
                        self._changed(item)
                self.saveFailed.emit(f"{err}\n\n" + self.tr("Không mục nào bị xóa."))
                return None
            for _kind, item in items:
                item.id = None
        rows = [self.models[kind].remove(item) if kind in self.models else -1 for kind, item in items]
        self.verifier.rebuild()
        for _kind, item in items:
            self._changed(item)
        self.structureChanged.emit()
        return rows

    def apply_line_role(self, start: int, role: str | None) -> bool:
        """Store the decision (None: the reader decides again), then show the text as read again."""
        if self.library is None or self.report.id is None:
            return False
        try:
            change = self.library.set_line_role(self.report.id, start, role)
        except StoreError as err:
            self.saveFailed.emit(str(err))
            return False
        self._reload()
        self.linesChanged.emit(change)
        return True

    # -- internals -------------------------------------------------------------------------------

    def _read_lines(self) -> ReportLines:
        if self.library is not None and self.report.id is not None:
            try:
                return self.library.report_lines(self.report.id)
            except StoreError:
                pass
        return ReportLines(list(self.report.lines), {})

    def _reload(self) -> None:
        """The items as stored after a new reading; an item that stayed keeps its object (the undo stack and
        the views hold it)."""
        assert self.library is not None and self.report.id is not None
        fresh = self.library.get_report(self.report.id)
        old = {i.id: i for i in self.report.items() if i.id is not None}
        for kind, (attr, _columns) in KINDS.items():
            items = getattr(self.report, attr)
            items[:] = [old.get(i.id, i) if i.id is not None else i for i in getattr(fresh, attr)]
            self.models[kind].set_items(items)
        for attr in ("title", "title_span", "body", "meeting", "unit", "own_number", "version"):
            setattr(self.report, attr, getattr(fresh, attr))
        self.parts.set_items([])
        self.lines = self._read_lines()
        self.verifier.rebuild()
        self.findings = self.verifier.findings()
        self.report.findings = self.findings
        self.structureChanged.emit()
        self.findingsChanged.emit(self.findings)
        self.progressChanged.emit(*self.progress())

    @staticmethod
    def _show_theirs(item: Item, err: ConflictError) -> None:
        """The values another clerk saved first, and their version: the next save starts from them."""
        for k, v in err.current.items():
            if hasattr(item, k) and k != "version":
                setattr(item, k, v)
        item.version = int(str(err.current.get("version", item.version)))

    def _list(self, kind: str) -> list[Item]:
        return getattr(self.report, KINDS[kind][0])

    def _changed(self, item: Item) -> None:
        for model in (*self.models.values(), self.parts):
            model.refresh(item)
        for t in self.report.tallies:
            if item in t.parts:
                self.models["tallies"].refresh(t)
        self.verifier.invalidate([item])
        self.findings = self.verifier.findings()
        self.report.findings = self.findings
        self.findingsChanged.emit(self.findings)
        self.progressChanged.emit(*self.progress())
        self.changed.emit(item)

    def show_parts(self, tally: Tally | None) -> None:
        self.parts.set_items(tally.parts if tally else [])


