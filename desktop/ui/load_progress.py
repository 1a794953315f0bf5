"""Opening a report: its data (the report, the reading of its lines) is loaded in the background while the
window keeps repainting and the status bar shows a busy indicator; only the widgets are filled on the UI
thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QLabel, QProgressBar

from desktop.store.errors import StoreError
from desktop.ui.background import run_in_background

if TYPE_CHECKING:
    from desktop.core.model import Report
    from desktop.store.lines import ReportLines
    from desktop.ui.main_window import MainWindow

SHOW_AFTER_MS = 150  # the busy indicator only for a load the clerk would notice


class ReportLoader(QObject):
    """Loads a report off the UI thread; :meth:`load` returns when it is loaded, the event loop running meanwhile
    (the window repaints, timers fire; user input waits). A second open asked for meanwhile (by code) is done
    right after."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.label = QLabel(self.tr("Đang mở văn bản…"))
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy: how long a load takes is not known
        self.bar.setMaximumWidth(120)
        self.bar.setTextVisible(False)
        window.statusBar().addWidget(self.label)
        window.statusBar().addWidget(self.bar)
        self.label.hide()
        self.bar.hide()
        self.busy = False
        self.pending: int | None = None
        self._loop: QEventLoop | None = None
        self._result: object = None
        self._error: str | None = None

    def load(self, report_id: int) -> tuple[Report, ReportLines | None, bool] | None:
        """The report, its lines and its "nothing to extract" mark as stored; None if another load is running
        (this one is done after it). Raises StoreError with the store's message."""
        library = self.window.library
        if library is None:
            return None
        if self.busy:
            self.pending = report_id
            return None
        self.busy, self._result, self._error = True, None, None
        self._loop = QEventLoop()  # (no parent: nothing deletes it while it runs)
        job = run_in_background(lambda _job: _load(library, report_id), self._done, on_failed=self._failed,
                                parent=self)
        indicator = QTimer(singleShot=True, interval=SHOW_AFTER_MS)
        indicator.timeout.connect(self._show_busy)
        indicator.start()
        try:
            # the window repaints and its timers run; clicks and keys wait, so nothing else starts meanwhile
            self._loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        finally:
            indicator.stop()
            job.wait()  # (ended: its result was delivered)
            self.label.hide()
            self.bar.hide()
            self.busy, self._loop = False, None
            if self.pending is not None:
                QTimer.singleShot(0, lambda rid=self.pending: self.window.open_report(rid, quiet=True))
                self.pending = None
        if self._error is not None:
            raise StoreError(self._error)
        return self._result  # type: ignore[return-value]

    def _show_busy(self) -> None:
        self.label.show()
        self.bar.show()

    def _done(self, result: object) -> None:
        self._result = result
        if self._loop is not None:
            self._loop.quit()

    def _failed(self, message: str) -> None:
        self._error = message
        if self._loop is not None:
            self._loop.quit()


def _load(library, report_id: int) -> tuple[Report, ReportLines | None, bool]:
    """In the worker thread: the stored report, the reading of its lines (None if that fails: the session then
    falls back to the report's own lines), and whether a clerk marked it as having nothing to extract."""
    report = library.get_report(report_id)
    try:
        lines = library.report_lines(report_id)
    except StoreError:
        lines = None
    return report, lines, library.nothing_to_extract(report_id)
