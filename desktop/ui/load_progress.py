"""Progress for long work the clerk waits on: the steps of an import (reading, extracting, saving — a large file
takes seconds), and opening a report, whose data (the report, the reading of its lines) is loaded in a worker
thread while the window keeps answering and the status bar shows a busy indicator. Only the widgets are filled
on the UI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel, QProgressBar

from desktop.store.errors import StoreError
from desktop.store.report_size import text_length
from desktop.ui.noop import QT_TRANSLATE_NOOP
from desktop.ui.workers import start_call

if TYPE_CHECKING:
    from desktop.core.model import Report
    from desktop.store.lines import ReportLines
    from desktop.ui.main_window import MainWindow

LARGE = 200_000  # characters from which a report is loaded in a worker thread (a 3 MB text took seconds)
STAGE_TEXT = {
    "reading": QT_TRANSLATE_NOOP("LoadProgress", "Đang đọc tệp “{0}”…"),
    "extracting": QT_TRANSLATE_NOOP("LoadProgress", "Đang trích xuất dữ liệu từ “{0}”…"),
    "saving": QT_TRANSLATE_NOOP("LoadProgress", "Đang lưu “{0}” vào thư viện…"),
}


class ImportStages(QObject):
    """Shows each step of the file being imported in the import's progress dialog (or the status bar)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def show(self, stage: str, name: str) -> None:
        text = self.tr(str(STAGE_TEXT[stage])).format(name) if stage in STAGE_TEXT else name
        dialog = self.window._import_dialog
        if dialog is not None:
            dialog.setLabelText(text)
        else:
            self.window.statusBar().showMessage(text)


class ReportLoader(QObject):
    """Loads a large report off the UI thread; :meth:`load` returns when it is loaded, the event loop running
    meanwhile (the window repaints, timers fire; user input waits). A second open asked for meanwhile (by code)
    is done right after. A small report is loaded at once."""

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

    def load(self, report_id: int) -> tuple[Report, ReportLines | None] | None:
        """The report and its lines as stored; None if another load is running (this one is done after it).
        Raises StoreError with the store's message."""
        library = self.window.library
        if library is None:
            return None
        if text_length(library.db, report_id) < LARGE:
            return _load(library, report_id)  # at once, as quick as a thread would start
        if self.busy:
            self.pending = report_id
            return None
        self.busy, self._result, self._error = True, None, None
        thread, worker = start_call(lambda: _load(library, report_id))
        worker.done.connect(self._done, Qt.ConnectionType.QueuedConnection)
        worker.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self._loop = QEventLoop()  # (no parent: nothing deletes it while it runs)
        self.label.show()
        self.bar.show()
        thread.start()
        try:
            # the window repaints and its timers run; clicks and keys wait, so nothing else starts meanwhile
            self._loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        finally:
            thread.wait()
            self.label.hide()
            self.bar.hide()
            self.busy, self._loop = False, None
            if self.pending is not None:
                QTimer.singleShot(0, lambda rid=self.pending: self.window.open_report(rid))
                self.pending = None
        if self._error is not None:
            raise StoreError(self._error)
        return self._result  # type: ignore[return-value]

    def _done(self, result: object) -> None:
        self._result = result
        if self._loop is not None:
            self._loop.quit()

    def _failed(self, message: str) -> None:
        self._error = message
        if self._loop is not None:
            self._loop.quit()


def _load(library, report_id: int) -> tuple[Report, ReportLines | None]:
    """In the worker thread: the stored report, and the reading of its lines (None if that fails: the session
    then falls back to the report's own lines)."""
    report = library.get_report(report_id)
    try:
        lines = library.report_lines(report_id)
    except StoreError:
        lines = None
    return report, lines
