"""The main window: library | article | form, with the review workflow and intake."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QProgressBar,
    QSplitter,
)

from desktop.core.dismissals import open_findings
from desktop.core.model import Item, ReviewStatus
from desktop.ui.article_view import ArticleView
from desktop.ui.autobackup import AutoBackup
from desktop.ui.chrome_lines import ChromeLines
from desktop.ui.delete_key import install_delete_key
from desktop.ui.dialogs import SettingsDialog, warn
from desktop.ui.file_actions import FileActions
from desktop.ui.find_bar import FindBar, show_library_hit
from desktop.ui.follow_up import FollowUp
from desktop.ui.form import ReportForm
from desktop.ui.import_flow import ImportFlow
from desktop.ui.library_panel import LibraryPanel
from desktop.ui.library_switch import library_failed, open_library_dialog, show_interrupted_import
from desktop.ui.load_progress import ReportLoader
from desktop.ui.recent_files import RecentFiles
from desktop.ui.report_delete import ReportDeletion, after_details_edit
from desktop.ui.review import ReviewActions
from desktop.ui.session import ReportSession
from desktop.ui.settings import settings
from desktop.ui.undo import drop_steps
from desktop.ui.undo_actions import follow, undo_redo_actions

if TYPE_CHECKING:
    from desktop.store.library import Library



class MainWindow(QMainWindow):
    def __init__(self, db_url: str | None = None) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("ReportDesk"))
        self.setAcceptDrops(True)
        self.resize(1440, 860)
        self.db_url = db_url
        self.library: Library | None = None
        self.session: ReportSession | None = None
        self.review: ReviewActions  # (menu Kiểm tra, made with the other actions)
        self.files: FileActions  # (menu Tệp)
        self.follow_up: FollowUp  # (menu Công cụ)
        self.library_panel = LibraryPanel()
        self.article = ArticleView()
        self.form = ReportForm()
        self.chrome = ChromeLines(self)  # the page's own lines in the article pane
        install_delete_key(self.form, lambda: self.review.delete_selected())  # Delete in an item table
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        for w in (self.library_panel, self.article, self.form):
            self.splitter.addWidget(w)
        self.splitter.setSizes([220, 470, 810])
        self.setCentralWidget(self.splitter)
        self.progress_label = QLabel()
        self.progress_bar = QProgressBar()
        self.progress_bar.setMaximumWidth(160)
        self.progress_bar.setTextVisible(False)
        self.statusBar().addPermanentWidget(self.progress_label)
        self.statusBar().addPermanentWidget(self.progress_bar)
        self._build_actions()
        self.autobackup = AutoBackup(self)  # on opening the library, then every N minutes of changes
        self.loader = ReportLoader(self)  # a report's data is loaded off the UI thread
        self.imports = ImportFlow(self)  # in the background, with a progress dialog
        self.deletions = ReportDeletion(self)  # Tệp › Xóa văn bản này…, undone while no report is open
        self.form.detailsChanged.connect(lambda _attr: after_details_edit(self))
        self.library_panel.reportSelected.connect(self.open_report)
        self.form.itemSelected.connect(self._on_item_selected)
        self.form.findingSelected.connect(lambda f: self.article.show_item(_SpanOnly(f.spans[0]))
                                          if f.spans else None)
        self.article.itemClicked.connect(self._on_article_click)
        self.article.createRequested.connect(self.create_from_selection)
        self.article.reanchorRequested.connect(self.reanchor)
        self._restore_layout()

    # -- set-up ----------------------------------------------------------------------------------

    def _act(self, text: str, slot, shortcut=None, menu=None, checkable: bool = False) -> QAction:
        a = QAction(text, self)
        if shortcut is not None:
            a.setShortcuts(shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)])
        a.setCheckable(checkable)
        a.triggered.connect(slot)
        if menu is not None:
            menu.addAction(a)
        self.addAction(a)
        return a

    def _build_actions(self) -> None:
        m = self.menuBar()
        self.files = FileActions(self)
        f = m.addMenu(self.tr("&Tệp"))
        self.open_action = self._act(self.tr("&Mở tệp…"), lambda: self.files.open_dialog(),
                                     QKeySequence.StandardKey.Open, f)
        self._act(self.tr("&Dán văn bản thành văn bản mới"), lambda: self.files.paste_new(), "Ctrl+Shift+V", f)
        self._act(self.tr("&Nhập cả thư mục…"), lambda: self.files.import_folder_dialog(), "Ctrl+I", f)
        self.recent = RecentFiles(f, self.import_paths, self)  # Tệp gần đây
        f.addSeparator()
        self.export_action = self._act(self.tr("&Xuất Word/Excel…"), self.export_dialog, "Ctrl+E", f)
        self._act(self.tr("&Sao lưu thư viện…"), lambda: self.files.backup_dialog(), None, f)
        self._act(self.tr("Mở thư viện khác / &Khôi phục bản sao lưu…"), lambda: open_library_dialog(self), None, f)
        f.addSeparator()
        self._act(self.tr("&Thoát"), self.close, QKeySequence.StandardKey.Quit, f)
        e = m.addMenu(self.tr("&Sửa"))
        self.undo_group = QUndoGroup(self)  # the Edit menu says what it undoes (issue 16, point 14)
        self.undo_action, self.redo_action = undo_redo_actions(self.undo_group, self)
        e.addActions([self.undo_action, self.redo_action])
        self._act(self.tr("&Xóa mục đang chọn"), lambda: self.review.delete_selected(), None, e)
        self.find_bar = FindBar(self.article)
        self._act(self.tr("&Tìm trong văn bản…"), self.find_bar.open_bar, QKeySequence.StandardKey.Find, e)
        self.library_panel.hitSelected.connect(lambda rid, iid: show_library_hit(self, rid, iid))
        self.chrome.add_view_menu(m)
        self.review = ReviewActions(self, m.addMenu(self.tr("&Kiểm tra")))
        self.identical_action = self.review.identical_action
        self.nothing_action = self.review.nothing_action
        self.only_unverified = self.review.only_unverified
        t = m.addMenu(self.tr("&Công cụ"))
        self.follow_up = FollowUp(self, t)  # the task register, targets over time
        t.addSeparator()
        self._act(self.tr("&Thiết lập…"), self.settings_dialog, "Ctrl+,", t)
        h = m.addMenu(self.tr("Trợ &giúp"))
        self._act(self.tr("&Giới thiệu ReportDesk"), lambda: self.files.about(), None, h)
        tb = self.addToolBar(self.tr("Thao tác"))
        tb.setObjectName("main-toolbar")
        for a in (self.open_action, self.undo_action, self.redo_action, self.export_action):
            tb.addAction(a)

    def _restore_layout(self) -> None:
        s = settings()
        geo = s.value("window/geometry")
        if isinstance(geo, QByteArray):
            self.restoreGeometry(geo)
        state = s.value("window/splitter")
        if isinstance(state, QByteArray):
            self.splitter.restoreState(state)

    def closeEvent(self, event) -> None:
        s = settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/splitter", self.splitter.saveState())
        if self.imports.job is not None:
            self.imports.job.forget()  # stops after the file at hand; what is done stays saved
            self.imports.job.wait(5)
        self.drop_undo_history()
        super().closeEvent(event)

    def drop_undo_history(self) -> None:
        """Every undo step this window holds goes, in Qt, while the stacks are alive (see ``ui/undo.py``)."""
        if self.session is not None:
            self.session.close()
        drop_steps(self.deletions.stack)
        self.follow_up.drop_undo_history()

    # -- library ---------------------------------------------------------------------------------

    def load_library(self) -> bool:
        """Open the database (after the window is shown: the first paint does not wait for it)."""
        from desktop.store.db import open_database
        from desktop.store.errors import StoreError
        from desktop.store.library import Library
        from desktop.store.paths import default_db_url

        url = self.db_url or default_db_url()
        fresh = url.startswith("sqlite:///") and not Path(url.removeprefix("sqlite:///")).exists()
        try:
            self.library = Library(open_database(url))
        except StoreError as err:
            library_failed(self, str(err))  # (non-blocking; offers another library or a backup)
            return False
        self.db_url = self.library.db.url
        self.library_panel.set_library(self.library)
        from desktop.store.import_journal import interrupted_files

        show_interrupted_import(self, interrupted_files())  # an import killed midway: which files it left
        self.autobackup.start()
        self.follow_up.notice_due()  # tasks overdue or due soon, in the status bar
        if fresh or self.library.count() == 0:
            from desktop.samples import sample_files

            samples = [str(p) for p in sample_files()]
            if samples:
                self.statusBar().showMessage(self.tr("Lần đầu sử dụng: đang tạo thư viện mẫu…"))
                self.import_paths(samples, quiet=True)
        else:
            first = self.library.list_reports(limit=1)
            if first:
                self.library_panel.reload(select=first[0].id)
                self.open_report(first[0].id)
        return True

    def open_report(self, report_id: int, quiet: bool = False) -> None:
        """Open a report (loaded in the background). ``quiet``: an open asked for earlier and done now — if it
        fails (the report was deleted meanwhile) the status bar says so, no dialog."""
        if self.library is None:
            return
        if self.session is not None and self.session.report.id == report_id:
            return
        from desktop.store.errors import StoreError

        try:
            loaded = self.loader.load(report_id)  # off the UI thread, with a busy indicator
        except StoreError as err:
            if quiet:
                self.statusBar().showMessage(str(err), 8000)
            else:
                warn(self, self.tr("Không mở được văn bản"), str(err))
            return
        if loaded is not None:
            self.set_session(ReportSession(loaded[0], self.library, self, lines=loaded[1]), loaded[2])

    def set_session(self, session: ReportSession, checked_empty: bool = False) -> None:
        old = self.session
        self.session = session
        self.review.session_opened(checked_empty)
        if old is not None:
            old.close()
            old.deleteLater()
        self.article.show_text(session.report.text)  # (no current item: it was one of the old text)
        self._paint_items()
        self.chrome.set_session(session)
        self.form.set_session(session)
        session.findingsChanged.connect(self._on_findings)
        session.progressChanged.connect(self._on_progress)
        session.saveFailed.connect(lambda msg: warn(self, self.tr("Chưa lưu được"), msg))
        session.structureChanged.connect(self._on_structure)
        session.changed.connect(lambda _i: self._paint_items())
        follow(self.undo_group, session.undo_stack)
        self._on_progress(*session.progress())
        self.setWindowTitle(self.tr("ReportDesk — {0}").format(session.report.title))

    def _paint_items(self) -> None:
        if self.session is None:
            return
        items = [(kind, i) for kind, m in self.session.models.items() for i in m.items]
        items += [("parts", p) for t in self.session.report.tallies for p in t.parts]
        self.article.set_items(items, open_findings(self.session.report))  # (not the dismissed ones)

    def _on_findings(self, findings: list) -> None:
        self.form.set_findings(findings)
        self.article.set_findings(open_findings(self.session.report) if self.session is not None else findings)

    def _on_structure(self) -> None:
        self.form.refresh_titles()
        self._paint_items()

    def _on_progress(self, verified: int, total: int) -> None:
        self.progress_label.setText(self.tr("{0}/{1} đã xác minh").format(verified, total))
        self.progress_bar.setMaximum(max(1, total))
        self.progress_bar.setValue(verified)
        self.review.update_nothing_action()  # (a review or a deletion may leave no item)

    # -- linking text and form -------------------------------------------------------------------

    def _on_item_selected(self, item: Item) -> None:
        self.article.show_item(item)

    def _on_article_click(self, item: Item) -> None:
        self.form.select_item(item)
        self.article.show_item(item)

    def create_from_selection(self, kind: str, start: int, end: int) -> None:
        """An item of ``kind`` from the selected text, pre-filled by the extractor run on it."""
        if self.session is None:
            return
        from desktop.ui.prefill import prefill

        item = prefill(kind, self.session.report.text, start, end)
        self.session.add(kind, item)
        self.form.select_item(item)
        self.article.show_item(item)
        self.statusBar().showMessage(self.tr("Đã tạo mục mới từ đoạn chọn (Ctrl+Z để hoàn tác)"), 4000)

    def reanchor(self, start: int, end: int) -> None:
        """Move the current item's place in the text to the selection (its values stay; Ctrl+Z undoes)."""
        item = self.article.current
        if self.session is None or item is None:
            return
        self.session.edit(item, "span", (start, end))
        self.article.show_item(item)
        self.statusBar().showMessage(self.tr("Đã đặt lại vị trí của mục trong văn bản (Ctrl+Z để hoàn tác)"), 4000)

    def undo(self) -> None:
        if self.session is not None:
            self.session.undo_stack.undo()
        else:  # a report deleted a moment ago
            self.deletions.stack.undo()

    def redo(self) -> None:
        if self.session is not None:
            self.session.undo_stack.redo()
        else:
            self.deletions.stack.redo()

    # -- intake ----------------------------------------------------------------------------------

    def import_paths(self, paths: list[str], quiet: bool = False) -> None:
        if not quiet and self.library is not None and not self.importing:
            self.recent.add(paths)
        self.imports.start(paths, quiet)

    @property
    def importing(self) -> bool:
        return self.imports.job is not None

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.import_paths(paths)
            event.acceptProposedAction()

    # -- other -----------------------------------------------------------------------------------

    def export_dialog(self) -> None:
        if self.library is None:
            return
        from desktop.ui.export_dialog import ExportDialog

        ExportDialog(self).exec()

    def settings_dialog(self) -> None:
        SettingsDialog(self).exec()

    # -- what tests and other modules call -------------------------------------------------------

    def mark(self, status: ReviewStatus) -> None:
        self.review.mark(status)

    def paste_new(self) -> None:
        self.files.paste_new()

class _SpanOnly(Item):
    """A stand-in item for showing a finding's span in the article."""

    def __init__(self, span: tuple[int, int]) -> None:
        super().__init__(span=span, review=ReviewStatus.UNCHECKED)

