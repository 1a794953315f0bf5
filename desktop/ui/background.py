"""The one way to run work off the UI thread (in the spirit of Anki's background operations).

``run_in_background(task, on_done, …)`` runs ``task(job)`` in a worker thread of a small pool; ``job`` lets the
task report progress (``job.progress(…)``) and see a cancel request (``job.cancelled``). Whatever the task
returns is handed to ``on_done`` on the UI thread; an exception becomes a Vietnamese message handed to
``on_failed`` (by default shown in a message box over ``parent``). Progress calls reach ``on_progress`` on the UI
thread too, in order. Nothing here blocks the UI thread except :meth:`Job.wait`, for shutting down.

Widgets are only ever touched in the callbacks, on the UI thread; the task gets plain data and may use the store
(its engine is thread-safe; each call opens its own session).
"""

from __future__ import annotations

import atexit
import gc
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

T = TypeVar("T")
WORKERS = 4  # an import, a backup, an export and a report or library load may run at the same time


class Job(Generic[T]):
    """One piece of background work: cancel it, wait for it (shutdown only), and, inside the task, report
    progress and look at the cancel flag."""

    def __init__(self, on_progress: Callable[..., None] | None) -> None:
        self._cancel = threading.Event()
        self._on_progress = on_progress
        self.wanted = True  # False once the caller has forgotten it: nothing more is delivered
        self.future: Future[T] | None = None

    def cancel(self) -> None:
        """Ask the task to stop (it looks at :attr:`cancelled` between its steps); thread-safe."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def progress(self, *args: Any) -> None:
        """From the task: ``on_progress(*args)`` is called on the UI thread."""
        if self._on_progress is not None and self.wanted:
            on_progress = self._on_progress
            _runner().on_main(lambda: on_progress(*args) if self.wanted else None)

    @property
    def running(self) -> bool:
        return self.future is not None and not self.future.done()

    def wait(self, seconds: float | None = None) -> bool:
        """Block until the task has ended (for closing the window: never in normal work); False on time-out."""
        if self.future is None:
            return True
        try:
            self.future.exception(timeout=seconds)
        except TimeoutError:
            return False
        except Exception:  # (cancelled before it started)
            pass
        return True

    def forget(self, *_destroyed: object) -> None:
        """The caller no longer wants the results: nothing more is delivered (the task still ends by itself)."""
        self.wanted = False
        self.cancel()


class _Runner(QObject):
    """The pool, and a queued signal that carries closures to the UI thread. Python's cyclic garbage collector
    runs on the UI thread only (as in Anki): a collection that starts in a worker thread may free a Qt object
    there, which crashes the process; so automatic collection is off and a timer collects when it is due."""

    _closure = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.pool = ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="reportdesk-bg")
        # queued: emitted from a worker thread, run by this object's (the UI) thread's event loop
        self._closure.connect(self._run, Qt.ConnectionType.QueuedConnection)
        gc.disable()
        atexit.register(gc.collect)  # (the last garbage freed on this thread while Qt is still there)
        self._gc = QTimer(self)
        self._gc.timeout.connect(collect_when_due)
        self._gc.start(GC_EVERY_MS)

    def on_main(self, fn: Callable[[], None]) -> None:
        self._closure.emit(fn)

    @staticmethod
    def _run(fn: Callable[[], None]) -> None:
        fn()


_RUNNER: _Runner | None = None
GC_EVERY_MS = 1000


def collect_when_due() -> None:
    """On the UI thread: collect each generation whose allocation count passed its threshold (what Python's own
    collector would have done by now)."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    for generation in (2, 1, 0):
        if counts[generation] > thresholds[generation]:
            gc.collect(generation)
            return


def _runner() -> _Runner:
    global _RUNNER
    if _RUNNER is None:
        _RUNNER = _Runner()
        app = QCoreApplication.instance()
        if app is not None:
            _RUNNER.moveToThread(app.thread())
    return _RUNNER


def message_of(exc: BaseException) -> str:
    """What a clerk reads for a failure: the store's own Vietnamese messages as they are, else a plain
    description without exception names."""
    from desktop.core.readable_errors import describe
    from desktop.store.errors import StoreError

    return str(exc) if isinstance(exc, StoreError) else describe(exc)


def run_in_background(task: Callable[[Job[T]], T], on_done: Callable[[T], None] | None = None, *,
                      on_failed: Callable[[str], None] | None = None,
                      on_progress: Callable[..., None] | None = None,
                      parent: QObject | None = None, title: str | None = None) -> Job[T]:
    """Start ``task(job)`` in a worker thread; the callbacks run on the UI thread. ``parent``: the object the
    callbacks belong to — once it is destroyed, nothing more is delivered (the job is forgotten). Without
    ``on_failed`` a failure is shown in a message box over ``parent`` (if a widget) titled ``title``."""
    runner = _runner()
    job: Job[T] = Job(on_progress)
    if parent is not None:
        parent.destroyed.connect(job.forget)

    def finished(future: Future[T]) -> None:  # in the worker thread (or here, if it was quick)
        runner.on_main(lambda: _deliver(job, future, on_done, on_failed, parent, title))

    job.future = runner.pool.submit(task, job)
    job.future.add_done_callback(finished)
    return job


def _deliver(job: Job[T], future: Future[T], on_done: Callable[[T], None] | None,
             on_failed: Callable[[str], None] | None, parent: QObject | None, title: str | None) -> None:
    if not job.wanted or (parent is not None and not shiboken6.isValid(parent)):
        return
    exc = future.exception() if not future.cancelled() else None
    if exc is None and not future.cancelled():
        if on_done is not None:
            on_done(future.result())
        return
    message = message_of(exc) if exc is not None else QCoreApplication.translate("Background", "Đã dừng.")
    if on_failed is not None:
        on_failed(message)
    else:
        from desktop.ui.dialogs import warn

        title = title or QCoreApplication.translate("Background", "Không thực hiện được")
        warn(parent if isinstance(parent, QWidget) else None, title, message)
