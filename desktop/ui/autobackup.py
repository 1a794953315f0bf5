"""Automatic backups of the open library (README, "Where the data lives, and backups"): one when the library is
opened, then one every N minutes (Settings; 10 by default) if the file changed since the last one. Each is made
with SQLite's online backup API in a worker thread, written to a temporary name and renamed, into the data
folder's ``backups``; the newest 10 of the library are kept, plus the newest of each of the last 7 days."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from desktop.store.backup import library_signature, rotate_backups
from desktop.store.paths import backups_dir
from desktop.ui.background import Job, run_in_background
from desktop.ui.number_settings import BACKUP_MINUTES

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

class AutoBackup(QObject):
    """Backs up ``window.library`` (whichever library the window has open) on :meth:`start` and on each tick of
    its timer when the file changed. ``made`` carries the new backup's path."""

    made = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.folder: Path | None = None  # backups_dir() unless set (tests)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.tick)
        self._signature: tuple | None = None
        self._job: Job | None = None
        window.installEventFilter(self)  # a backup still running is waited for when the window closes

    def start(self) -> None:
        """The library was opened: back it up now, then every ``BACKUP_MINUTES`` (Settings)."""
        self._signature = None
        self.timer.start(BACKUP_MINUTES.value() * 60_000)
        self.tick()

    def tick(self) -> bool:
        """Back up if the library file changed since the last backup; True if a backup was started."""
        lib = self.window.library
        path = lib.db.path if lib is not None else None
        if lib is None or path is None or self._job is not None or not path.exists() or lib.count() == 0:
            return False  # (an empty library, before the first import, needs no copy)
        signature = library_signature(path)
        if signature == self._signature:
            return False
        self._signature = signature
        db, folder = lib.db, self.folder or backups_dir()
        self._job = run_in_background(lambda _job: rotate_backups(db, folder), self._done, on_failed=self._failed,
                                      parent=self)
        return True

    def _done(self, made: object) -> None:
        self._finish()
        if made is not None:
            self.made.emit(made)

    def _failed(self, message: str) -> None:
        self._finish()
        self._signature = None  # try again at the next tick
        self.window.statusBar().showMessage(self.tr("Chưa sao lưu tự động được: {0}").format(message), 10000)

    def _finish(self) -> None:
        self._job = None

    def wait(self) -> None:
        """Let a running backup end (before the library is closed or the window goes)."""
        if self._job is not None:
            self._job.wait(30)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.timer.stop()
            self.wait()
        return False
