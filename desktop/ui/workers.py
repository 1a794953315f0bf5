"""Long work off the UI thread: batch import with progress and cancel."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread, Signal

from desktop.store.db import open_database
from desktop.store.importer import import_paths
from desktop.store.library import Library


class ImportWorker(QObject):
    progress = Signal(int, int, str)  # done, total, line for the log
    finished = Signal(list)  # ImportResult list

    def __init__(self, db_url: str, paths: list[str], who: str | None = None) -> None:
        super().__init__()
        self.db_url = db_url
        self.paths = paths
        self.who = who
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        results = []
        try:
            db = open_database(self.db_url)  # its own connection pool for this thread
            try:
                results = import_paths(Library(db), self.paths, who=self.who, progress=self._progress,
                                       cancelled=self._cancel.is_set)
            finally:
                db.close()
        except Exception as exc:
            from desktop.core.readable_errors import describe
            from desktop.store.errors import StoreError

            self.progress.emit(0, 0, str(exc) if isinstance(exc, StoreError) else describe(exc))
        self.finished.emit(results)

    def _progress(self, done: int, total: int, res) -> None:
        reason = f" — {res.reason}" if res.status == "failed" else ""
        self.progress.emit(done, total, f"{res.label}: {res.path.name}{reason}")


def start_import(db_url: str, paths: list[str], who: str | None = None) -> tuple[QThread, ImportWorker]:
    thread = QThread()
    worker = ImportWorker(db_url, paths, who)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.finished.connect(thread.quit)
    return thread, worker
