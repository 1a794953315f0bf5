"""Follow-up across reports (issue 17) in the window: Công cụ › Sổ theo dõi nhiệm vụ (the register, its status
edits stored, audited and undoable), › Chỉ tiêu qua các kỳ báo cáo (targets over time), and on opening a library a
short notice in the status bar when tasks are overdue or due soon."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu

from desktop.core.model import Item, ReviewStatus
from desktop.core.register import Category, RegisterEntry, TaskStatus, counts
from desktop.settings import current_user
from desktop.ui.background import run_in_background
from desktop.ui.library_panel import unit_key
from desktop.ui.number_settings import SOON_DAYS

if TYPE_CHECKING:
    from desktop.core.targets_over_time import Series
    from desktop.core.task_matching import Proposal
    from desktop.store.library import Library
    from desktop.ui.main_window import MainWindow
    from desktop.ui.register_window import RegisterWindow
    from desktop.ui.targets_window import TargetsWindow


_SYNCED: set[str] = set()  # libraries whose register was brought up to date in this session


class StoreRegisterSource:
    """The store's register as the Register view reads and writes it."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self.db = library.db

    def entries(self) -> list[RegisterEntry]:
        from desktop.store.register import list_entries, sync_register

        if self.db.url not in _SYNCED:  # once a session: a library made before the register (schema 0008); the
            sync_register(self.db)      # store keeps it in step after that (import, re-read, task edits)
            _SYNCED.add(self.db.url)
        return list_entries(self.db)

    def proposals(self, entries: list[RegisterEntry]) -> list[Proposal]:
        """In the background: each entry's best status change read in a report newer than its source."""
        from desktop.core.task_matching import propose_from_reports

        dated = [e.source_date for e in entries if e.source_date is not None and e.status != TaskStatus.DONE]
        if not dated:
            return []
        oldest = min(dated).isoformat()
        reports = (self.library.get_report(s.id) for s in self.library.list_reports() if s.day > oldest)
        return propose_from_reports(entries, reports)

    def add(self, text: str, owner: str | None = None, partners: list[str] | None = None,
            deadline: str | None = None, product: str | None = None) -> int:
        """A task the clerk adds by hand (its due date from the deadline phrase, counted from today)."""
        from desktop.store.register_edit import add_entry

        return add_entry(self.db, text, owner=owner, partners=partners, deadline=deadline, product=product,
                         who=current_user())

    def set_due(self, entry: RegisterEntry, due: date | None, corrected: bool) -> tuple[int, date | None, bool]:
        from desktop.store.register import get_entry
        from desktop.store.register_edit import set_due

        assert entry.id is not None
        version = set_due(self.db, entry.id, due, expected_version=entry.version, who=current_user(),
                          corrected=corrected)
        stored = get_entry(self.db, entry.id)
        return version, (stored.due if stored else due), bool(stored and stored.recurring)

    def set_note(self, entry: RegisterEntry, note: str) -> int:
        from desktop.store.register_edit import set_note

        assert entry.id is not None
        return set_note(self.db, entry.id, note, expected_version=entry.version, who=current_user())

    def set_status(self, entry: RegisterEntry, status: TaskStatus, done_on: date | None) -> int:
        from desktop.store.register_edit import set_status

        assert entry.id is not None
        return set_status(self.db, entry.id, status, done_on=done_on, expected_version=entry.version,
                          who=current_user())


def load_series(library: Library, unit: str) -> list[Series]:
    """In the background: the targets of ``unit``'s reports over time, each report dated as the library files it."""
    from desktop.core.targets_over_time import targets_over_time

    summaries = [s for s in library.list_reports() if s.unit and unit_key(s.unit) == unit_key(unit)]
    days = {s.id: date.fromisoformat(s.day) for s in summaries}
    reports = [library.get_report(s.id) for s in summaries]
    return targets_over_time(reports, when=lambda r: days.get(r.id or -1))


class FollowUp(QObject):
    def __init__(self, window: MainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.register: RegisterWindow | None = None
        self.targets: TargetsWindow | None = None
        self._register_db: object = None
        window._act(self.tr("Sổ &theo dõi nhiệm vụ…"), self.open_register, "Ctrl+Shift+T", menu)
        window._act(self.tr("Chỉ tiêu &qua các kỳ báo cáo…"), self.open_targets, "Ctrl+Shift+G", menu)

    def open_register(self) -> None:
        library = self.window.library
        if library is None:
            return
        from desktop.ui.register_window import RegisterWindow

        if self.register is None or self._register_db is not library.db:  # (another library opened since)
            self.drop_undo_history()
            if self.register is not None:
                self.register.deleteLater()
            self.register = RegisterWindow(StoreRegisterSource(library), open_source=self.show_source,
                                           soon_days=SOON_DAYS.value(), parent=self.window)
            self._register_db = library.db
        self.register.soon_days = SOON_DAYS.value()  # (Settings may have changed it)
        self.register.show()
        self.register.raise_()
        self.register.reload()

    def drop_undo_history(self) -> None:
        """The register's undo steps go, in Qt (its library is closed, or the window; see ``ui/undo.py``)."""
        if self.register is not None:
            from desktop.ui.undo import drop_steps

            drop_steps(self.register.undo_stack)

    def open_targets(self) -> None:
        library = self.window.library
        if library is None:
            return
        from desktop.ui.targets_window import TargetsWindow

        units: dict[str, str] = {}
        for u in library.units():  # one entry per unit, written as running text writes it
            if unit_key(u) not in units or units[unit_key(u)].isupper():
                units[unit_key(u)] = u
        self.targets = TargetsWindow(sorted(units.values()), lambda unit: load_series(library, unit), self.window)
        self.targets.show()
        self.targets.reload()

    def show_source(self, entry: RegisterEntry) -> None:
        """The report that gave the task, open in the window at the task's sentence."""
        w = self.window
        if entry.report_id is None:
            return
        w.open_report(entry.report_id)
        if w.session is not None and w.session.report.id == entry.report_id and entry.span:
            w.article.show_item(Item(span=entry.span, review=ReviewStatus.UNCHECKED))
        w.raise_()
        w.activateWindow()

    def notice_due(self, today: date | None = None) -> None:
        """On opening a library: how many tasks are overdue or due soon, in the status bar (no dialog)."""
        library = self.window.library
        if library is None:
            return
        source, day, soon = StoreRegisterSource(library), today or date.today(), SOON_DAYS.value()
        run_in_background(lambda _job: counts(source.entries(), day, soon), self._noticed, on_failed=lambda _m: None,
                          parent=self)

    def _noticed(self, by_category: dict[Category, int]) -> None:
        overdue, soon = by_category[Category.OPEN_OVERDUE], by_category[Category.DUE_SOON]
        if overdue or soon:
            self.window.statusBar().showMessage(self.tr(
                "{0} nhiệm vụ quá hạn, {1} nhiệm vụ sắp đến hạn — xem Công cụ › Sổ theo dõi nhiệm vụ (Ctrl+Shift+T)"
            ).format(overdue, soon), 20000)
