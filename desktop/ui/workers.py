"""Long work off the UI thread: batch import with progress and cancel, and any other call (a backup, loading a
large report) whose result comes back to the UI thread as a signal."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from desktop.store.db import open_database
from desktop.store.import_journal import ImportJournal
from desktop.store.importer import import_paths, iter_files
from desktop.store.library import Library


class ImportWorker(QObject):
    progress = Signal(int, int, str)  # done, total, line for the log
    stage = Signal(str, str)  # a step of one file has started: reading | extracting | saving, the file's name
    finished = Signal(list)  # ImportResult list

    def __init__(self, db_url: str, paths: list[str], who: str | None = None) -> None:
        super().__init__()
        self.db_url = db_url
        self.paths = paths
        self.who = who
        self._cancel = threading.Event()
        self.journal = ImportJournal()  # the files not done yet, named at the next start if the app is killed

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        results = []
        try:
            files = iter_files(self.paths)
            self.journal.begin(files)
            db = open_database(self.db_url)  # its own connection pool for this thread
            try:
                results = import_paths(Library(db), files, who=self.who, progress=self._progress,
                                       cancelled=self._cancel.is_set, stage=self._stage)
            finally:
                db.close()
        except Exception as exc:
            from desktop.core.readable_errors import describe
            from desktop.store.errors import StoreError

            self.progress.emit(0, 0, str(exc) if isinstance(exc, StoreError) else describe(exc))
        finally:
            self.journal.end()
        self.finished.emit(results)

    def _stage(self, name: str, path: Path) -> None:
        self.stage.emit(name, path.name)

    def _progress(self, done: int, total: int, res) -> None:
        self.journal.done(res.path)
        reason = f" — {res.reason}" if res.status == "failed" else ""
        self.progress.emit(done, total, f"{res.label}: {res.path.name}{reason}")


def start_import(db_url: str, paths: list[str], who: str | None = None) -> tuple[QThread, ImportWorker]:
    thread = QThread()
    worker = ImportWorker(db_url, paths, who)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.finished.connect(thread.quit)
    return thread, worker


class CallWorker(QObject):
    """Runs ``fn()`` in its thread; ``done`` carries the result, ``failed`` the message of an exception."""

    done = Signal(object)
    failed = Signal(str)

    def __init__(self, fn: Callable[[], object]) -> None:
        super().__init__()
        self.fn = fn

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:
            self.failed.emit(str(exc))
        else:
            self.done.emit(result)


def start_call(fn: Callable[[], object]) -> tuple[QThread, CallWorker]:
    """A thread (not started) that runs ``fn``; it quits once the result or the failure is emitted. Connect
    ``done``/``failed`` with a queued connection, keep both objects until the thread has finished."""
    thread = QThread()
    worker = CallWorker(fn)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.done.connect(thread.quit)
    worker.failed.connect(thread.quit)
    return thread, worker
