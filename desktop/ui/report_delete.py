"""Delete the open report from the library (Tệp › Xóa văn bản này…, after a confirmation). The deletion is
audited and kept on the window's own undo stack: Ctrl+Z while no report is open, or Tệp › Khôi phục,
gives the report back whole — items, lines, dismissed findings, its audit trail — and opens it again."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from desktop.store.errors import StoreError
from desktop.ui.dialogs import warn
from desktop.ui.undo import SavedCommand, push_saved

if TYPE_CHECKING:
    from desktop.store.db import Database
    from desktop.store.report_delete import DeletedReport
    from desktop.ui.main_window import MainWindow


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes = box.addButton(QCoreApplication.translate("ReportDelete", "Xóa"), QMessageBox.ButtonRole.DestructiveRole)
    no = box.addButton(QCoreApplication.translate("ReportDelete", "Không xóa"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.exec()
    return box.clickedButton() is yes


class DeleteReportCommand(SavedCommand):
    """Made before it goes on the stack (a refused deletion is no step). A restore the library refuses keeps
    the step and the copy it holds: the stack goes back to "deleted" at once, and Ctrl+Z tries again."""

    def __init__(self, owner: ReportDeletion, report_id: int, text: str) -> None:
        super().__init__(text)
        self.owner, self.report_id = owner, report_id
        self.gone: DeletedReport | None = None
        self.still_deleted = False  # the last restore was refused

    def do(self) -> bool:
        from desktop.store.report_delete import delete_report

        try:
            self.gone = delete_report(self.owner.db(), self.report_id)
        except StoreError as err:
            warn(self.owner.window, QCoreApplication.translate("ReportDelete", "Không xóa được"), str(err))
            return False
        self.owner.deleted(self.gone)
        return True

    def undo_change(self) -> bool:
        from desktop.store.report_delete import restore_report

        if self.gone is None:
            return False
        try:
            self.report_id = restore_report(self.owner.db(), self.gone)
        except StoreError as err:
            warn(self.owner.window, QCoreApplication.translate("ReportDelete", "Không khôi phục được"), str(err))
            self.still_deleted = True
            stack = self.owner.stack
            QTimer.singleShot(0, lambda: stack.redo() if self.still_deleted and stack.canRedo() else None)
            return True  # (kept: the redo just queued puts the stack back where it was)
        self.owner.restored(self.report_id)
        return True

    def redo(self) -> None:
        if self.still_deleted:  # nothing was restored: nothing to delete again
            self.still_deleted = False
            return
        super().redo()


class ReportDeletion(QObject):
    """The window's report deletions and their undo stack."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.stack = QUndoStack(self)
        menu = cast(QMenu, window.menuBar().actions()[0].menu())  # Tệp
        quit_action = menu.actions()[-1]
        self.delete_action = QAction(self.tr("Xóa văn bản này khỏi thư viện…"), window)
        self.delete_action.triggered.connect(self.delete_open_report)
        self.restore_action = QAction(self.tr("Khôi phục văn bản vừa xóa"), window)
        self.restore_action.setEnabled(False)
        self.restore_action.triggered.connect(self.stack.undo)
        self.stack.canUndoChanged.connect(self.restore_action.setEnabled)
        menu.insertAction(quit_action, self.delete_action)
        menu.insertAction(quit_action, self.restore_action)
        menu.insertSeparator(quit_action)

    def db(self) -> Database:
        library = self.window.library
        if library is None:
            raise StoreError(self.tr("Chưa mở thư viện."))
        return library.db

    def delete_open_report(self) -> None:
        w = self.window
        session = w.session
        if session is None or w.library is None or session.report.id is None:
            w.statusBar().showMessage(self.tr("Chưa mở văn bản nào để xóa."), 5000)
            return
        r = session.report
        title = r.title or r.source
        if not confirm(w, self.tr("Xóa văn bản"), self.tr(
                "Xóa văn bản “{0}” cùng {1} mục khỏi thư viện?\n\nCó thể hoàn tác (Ctrl+Z) khi ứng dụng còn mở; "
                "việc xóa được ghi vào nhật ký.").format(title, len(r.items()))):
            return
        push_saved(self.stack, DeleteReportCommand(self, session.report.id, self.tr("Xóa văn bản “{0}”").format(title)))

    def deleted(self, gone: DeletedReport) -> None:
        """No report is open any more; the library list no longer shows it."""
        w = self.window
        if w.session is not None and w.session.report.id == gone.id:
            old, w.session = w.session, None
            w.form.set_session(None)
            w.chrome.session = None
            w.article.set_line_marks([])
            w.article.show_text("")
            w.article.set_items([], [])
            old.deleteLater()
            w.progress_label.setText("")
            w.progress_bar.setValue(0)
            w.setWindowTitle("ReportDesk")
        if w.session is None:  # Sửa › Hoàn tác now names and undoes the deletion
            from desktop.ui.undo_actions import follow

            follow(w.undo_group, self.stack)
        w.library_panel.reload()
        w.statusBar().showMessage(self.tr("Đã xóa văn bản “{0}” (Ctrl+Z để hoàn tác).").format(gone.title), 8000)

    def restored(self, report_id: int) -> None:
        self.window.library_panel.reload(select=report_id)
        self.window.open_report(report_id)
        self.window.statusBar().showMessage(self.tr("Đã khôi phục văn bản."), 5000)


def after_details_edit(window: MainWindow) -> None:
    """A detail of the open report changed: the library list files it anew, the title bar names it."""
    session = window.session
    if session is None:
        return
    window.library_panel.reload(select=session.report.id)
    window.setWindowTitle(QCoreApplication.translate("MainWindow", "ReportDesk — {0}").format(session.report.title))
