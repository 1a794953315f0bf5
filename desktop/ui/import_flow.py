"""Importing files in the window: the work runs in the background (:mod:`desktop.ui.background`) with a progress
dialog that names each step of the file at hand (reading, extracting, saving — a large file takes seconds) and a
Dừng button; at the end the library shows the new reports and the first one opens."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QProgressDialog

from desktop.settings import current_user
from desktop.ui.background import Job, run_in_background
from desktop.ui.dialogs import warn
from desktop.ui.noop import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from desktop.store.importer import ImportResult
    from desktop.ui.main_window import MainWindow

STAGE_TEXT = {
    "reading": QT_TRANSLATE_NOOP("ImportFlow", "Đang đọc tệp “{0}”…"),
    "extracting": QT_TRANSLATE_NOOP("ImportFlow", "Đang trích xuất dữ liệu từ “{0}”…"),
    "saving": QT_TRANSLATE_NOOP("ImportFlow", "Đang lưu “{0}” vào thư viện…"),
}


class ImportFlow(QObject):
    """One import at a time; ``job`` is the running one (None when idle)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.job: Job | None = None
        self.dialog: QProgressDialog | None = None
        self.quiet = False

    def start(self, paths: list[str], quiet: bool = False) -> None:
        library = self.window.library
        if library is None or self.job is not None:
            return
        db_url, who = library.db.url, current_user()
        self.quiet = quiet
        self.dialog = None if quiet else self._dialog()

        def task(job: Job) -> list[ImportResult]:
            from desktop.store.importer import journaled_import

            return journaled_import(db_url, paths, who, cancelled=lambda: job.cancelled,
                                    progress=lambda n, total, res: job.progress("file", n, total, _line(res)),
                                    stage=lambda name, path: job.progress("stage", name, path.name))

        self.job = run_in_background(task, self._done, on_failed=self._failed, on_progress=self._progress,
                                     parent=self)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()  # a flag the import looks at between the steps of a file

    def _dialog(self) -> QProgressDialog:
        dialog = QProgressDialog(self.tr("Đang nhập văn bản…"), self.tr("Dừng"), 0, 0, self.window)
        dialog.setWindowTitle(self.tr("Nhập văn bản"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)  # shown from the start: one large file takes seconds
        dialog.canceled.connect(self.cancel)
        dialog.setValue(0)  # starts the dialog's clock: it shows even before the first file is done
        return dialog

    def _progress(self, what: str, *args: object) -> None:
        if what == "stage":
            name, file = str(args[0]), str(args[1])
            text = self.tr(str(STAGE_TEXT[name])).format(file) if name in STAGE_TEXT else file
            self._show(text)
            return
        done, total, line = int(str(args[0])), int(str(args[1])), str(args[2])
        dialog = self.dialog  # (a modal dialog's setValue turns the event loop: the import may end inside it)
        if dialog is not None:
            dialog.setMaximum(total)
            dialog.setLabelText(line)
            dialog.setValue(done)
        else:
            self._show(self.tr("Đang nhập {0}/{1}: {2}").format(done, total, line))

    def _show(self, text: str) -> None:
        dialog = self.dialog
        if dialog is not None:
            dialog.setLabelText(text)
        else:
            self.window.statusBar().showMessage(text)

    def _end(self) -> tuple[QProgressDialog | None, bool]:
        dialog, quiet = self.dialog, self.quiet
        self.job, self.dialog = None, None
        if dialog is not None:
            dialog.reset()
        return dialog, quiet

    def _failed(self, message: str) -> None:
        _dialog, quiet = self._end()
        self.window.statusBar().showMessage(message, 8000)
        if not quiet:
            warn(self.window, self.tr("Không nhập được"), message)

    def _done(self, results: list[ImportResult]) -> None:
        _dialog, quiet = self._end()
        w = self.window
        ok = [r for r in results if r.status == "imported"]
        dup = [r for r in results if r.status == "duplicate"]
        bad = [r for r in results if r.status == "failed"]
        first = (ok or dup)[0].report_id if (ok or dup) else None
        w.library_panel.reload(select=first)
        if first is not None:
            w.open_report(first)
        msg = self.tr("Đã nhập {0}, trùng {1}, lỗi {2}.").format(len(ok), len(dup), len(bad))
        w.statusBar().showMessage(msg, 8000)
        if bad and not quiet:
            details = "\n".join(f"• {r.path.name}: {r.reason}" for r in bad[:15])
            warn(w, self.tr("Một số tệp không nhập được"), msg + "\n\n" + details)


def _line(res: ImportResult) -> str:
    """One file's outcome in the progress dialog."""
    reason = f" — {res.reason}" if res.status == "failed" else ""
    return f"{res.label}: {Path(res.path).name}{reason}"
