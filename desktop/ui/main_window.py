"""The main window: library | article | form, with the review workflow and intake."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QFileDialog,
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
from desktop.ui.delete_key import delete_items, install_delete_key
from desktop.ui.dialogs import SettingsDialog, info, warn
from desktop.ui.find_bar import FindBar, show_library_hit
from desktop.ui.form import ReportForm
from desktop.ui.import_flow import ImportFlow
from desktop.ui.library_panel import LibraryPanel
from desktop.ui.library_switch import library_failed, open_library_dialog, show_interrupted_import
from desktop.ui.load_progress import ReportLoader
from desktop.ui.noop import QT_TRANSLATE_NOOP
from desktop.ui.recent_files import RecentFiles
from desktop.ui.report_delete import ReportDeletion, after_details_edit
from desktop.ui.session import ReportSession
from desktop.ui.settings import settings
from desktop.ui.undo_actions import follow, undo_redo_actions

if TYPE_CHECKING:
    from desktop.store.library import Library

FILE_FILTER = QT_TRANSLATE_NOOP("MainWindow", "Văn bản (*.txt *.docx *.html *.htm);;Tất cả (*)")


class MainWindow(QMainWindow):
    def __init__(self, db_url: str | None = None) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("ReportDesk"))
        self.setAcceptDrops(True)
        self.resize(1440, 860)
        self.db_url = db_url
        self.library: Library | None = None
        self.session: ReportSession | None = None
        self._identical: list[int] = []  # items of other texts offered after a confirmation
        self._checked_empty = False  # the open text is marked "nothing to extract" (read once when it opens)
        self.library_panel = LibraryPanel()
        self.article = ArticleView()
        self.form = ReportForm()
        self.chrome = ChromeLines(self)  # the page's own lines in the article pane
        install_delete_key(self.form, self.delete_selected)  # Delete in an item table
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
        f = m.addMenu(self.tr("&Tệp"))
        self.open_action = self._act(self.tr("&Mở tệp…"), self.open_dialog, QKeySequence.StandardKey.Open, f)
        self._act(self.tr("&Dán văn bản thành văn bản mới"), self.paste_new, "Ctrl+Shift+V", f)
        self._act(self.tr("&Nhập cả thư mục…"), self.import_folder_dialog, "Ctrl+I", f)
        self.recent = RecentFiles(f, self.import_paths, self)  # Tệp gần đây
        f.addSeparator()
        self.export_action = self._act(self.tr("&Xuất Word/Excel…"), self.export_dialog, "Ctrl+E", f)
        self._act(self.tr("&Sao lưu thư viện…"), self.backup_dialog, None, f)
        self._act(self.tr("Mở thư viện khác / &Khôi phục bản sao lưu…"), lambda: open_library_dialog(self), None, f)
        f.addSeparator()
        self._act(self.tr("&Thoát"), self.close, QKeySequence.StandardKey.Quit, f)
        e = m.addMenu(self.tr("&Sửa"))
        self.undo_group = QUndoGroup(self)  # the Edit menu says what it undoes (issue 16, point 14)
        self.undo_action, self.redo_action = undo_redo_actions(self.undo_group, self)
        e.addActions([self.undo_action, self.redo_action])
        self._act(self.tr("&Xóa mục đang chọn"), self.delete_selected, None, e)
        self.find_bar = FindBar(self.article)
        self._act(self.tr("&Tìm trong văn bản…"), self.find_bar.open_bar, QKeySequence.StandardKey.Find, e)
        self.library_panel.hitSelected.connect(lambda rid, iid: show_library_hit(self, rid, iid))
        self.chrome.add_view_menu(m)
        r = m.addMenu(self.tr("&Kiểm tra"))
        self._act(self.tr("Đánh dấu &đã xác minh"), lambda: self.mark(ReviewStatus.VERIFIED),
                  [QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")], r)
        self._act(self.tr("Đánh dấu &cần sửa"), lambda: self.mark(ReviewStatus.NEEDS_FIX), "Ctrl+Shift+Return", r)
        self._act(self.tr("Đánh dấu &loại bỏ"), lambda: self.mark(ReviewStatus.REJECTED), "Ctrl+Shift+Delete", r)
        self._act(self.tr("Mục &chưa kiểm tra tiếp theo"), self.next_unverified, "F8", r)
        self._act(self.tr("&Lịch sử sửa đổi của mục…"), self.history_dialog, "Ctrl+H", r)
        self.identical_action = self._act(self.tr("Xác minh cả các mục &giống hệt ở văn bản khác"),
                                          self.verify_identical, [QKeySequence("Ctrl+Alt+Return"),
                                                                  QKeySequence("Ctrl+Alt+Enter")], r)
        self.identical_action.setEnabled(False)
        r.addSeparator()
        self.nothing_action = self._act(self.tr("Văn bản &không có gì cần trích xuất (đã kiểm tra)"),
                                        self._toggle_nothing_to_extract, None, r, checkable=True)
        self.nothing_action.setEnabled(False)
        r.addSeparator()
        self.only_unverified = self._act(self.tr("Chỉ hiện mục chưa kiểm tra"), self._toggle_unverified, "Ctrl+U",
                                         r, checkable=True)
        t = m.addMenu(self.tr("&Công cụ"))
        self._act(self.tr("&Thiết lập…"), self.settings_dialog, "Ctrl+,", t)
        h = m.addMenu(self.tr("Trợ &giúp"))
        self._act(self.tr("&Giới thiệu ReportDesk"), self.about, None, h)
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
        super().closeEvent(event)

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
        self._checked_empty = checked_empty
        if old is not None:
            old.deleteLater()
        self._identical = []  # offered for an item of the old text
        self.identical_action.setEnabled(False)
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

    def _update_nothing_action(self) -> None:
        """"Nothing to extract" is offered for a text with no item left (every one deleted or rejected)."""
        report = self.session.report if self.session is not None else None
        if report is None or report.id is None or self.library is None:
            self.nothing_action.setEnabled(False)
            return
        empty = all(i.review == ReviewStatus.REJECTED for i in report.items())
        self.nothing_action.setEnabled(empty or self._checked_empty)
        self.nothing_action.setChecked(self._checked_empty)

    def _toggle_nothing_to_extract(self, on: bool) -> None:
        if self.session is None or self.library is None or self.session.report.id is None:
            return
        from desktop.store.errors import StoreError

        try:
            self.library.set_nothing_to_extract(self.session.report.id, on)
            self._checked_empty = on
        except StoreError as err:
            warn(self, self.tr("Chưa lưu được"), str(err))
        self._update_nothing_action()
        self.library_panel.reload(select=self.session.report.id)

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
        self._update_nothing_action()  # (a review or a deletion may leave no item)

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

    # -- review ----------------------------------------------------------------------------------

    def _selected_items(self) -> list[Item]:
        """The rows selected in the form, else the item outlined in the text; only items of this report."""
        if self.session is None:
            return []
        table = self.form.current_table()
        items = table.selected_items() if table is not None else []
        if not items and isinstance(self.article.current, Item):
            items = [self.article.current]
        return [i for i in items if i is not None and self.session.kind_of(i) is not None]

    def _nothing_selected(self) -> None:
        self.statusBar().showMessage(self.tr("Chưa chọn mục nào trong văn bản này."), 5000)

    def mark(self, status: ReviewStatus) -> None:
        if self.session is None:
            return
        items = self._selected_items()
        if not items:
            self._nothing_selected()
            return
        self.session.set_review(items, status)
        self._identical = []
        if status == ReviewStatus.VERIFIED and len(items) == 1:
            self._offer_identical(items[0])
            self.next_unverified()

    def _offer_identical(self, item: Item) -> None:
        """After one item is verified: the same item, unchecked, in other texts (a person, a document …)."""
        if self.library is None or item.id is None:
            return
        from desktop.store.errors import StoreError

        try:
            self._identical = self.library.identical_unchecked(item.id)
        except StoreError:
            self._identical = []
        self.identical_action.setEnabled(bool(self._identical))
        if self._identical:
            self.statusBar().showMessage(self.tr("Có {0} mục giống hệt ở văn bản khác chưa kiểm tra — Ctrl+Alt+Enter "
                                                 "để xác minh cả").format(len(self._identical)), 15000)

    def verify_identical(self) -> None:
        """Verify the identical items offered after the last confirmation (undoable with Ctrl+Z)."""
        if self.session is None or self.library is None or not self._identical:
            return
        from desktop.ui.undo import ReviewElsewhereCommand, push_saved

        ids, self._identical = self._identical, []
        self.identical_action.setEnabled(False)
        rid = self.session.report.id
        if push_saved(self.session.undo_stack, ReviewElsewhereCommand(
                self.library, {k: ReviewStatus.UNCHECKED for k in ids}, ReviewStatus.VERIFIED,
                self.tr("Xác minh {0} mục giống hệt ở văn bản khác").format(len(ids)),
                done=lambda: self.library_panel.reload(select=rid),
                failed=lambda msg: warn(self, self.tr("Chưa lưu được"), msg))):
            self.statusBar().showMessage(self.tr("Đã xác minh {0} mục giống hệt (Ctrl+Z để hoàn tác)").format(len(ids)),
                                         4000)

    def next_unverified(self) -> None:
        if self.session is None:
            return
        current = self.article.current if isinstance(self.article.current, Item) else None
        item = self.session.next_unverified(current)
        if item is None:
            self.statusBar().showMessage(self.tr("Mọi mục của văn bản này đã được kiểm tra."), 5000)
            return
        self.form.select_item(item)
        self.article.show_item(item)

    def _toggle_unverified(self) -> None:
        self.form.set_only_unverified(self.only_unverified.isChecked())

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

    def delete_selected(self) -> None:
        if self.session is None:
            return
        items = self._selected_items()
        if not items:
            self._nothing_selected()
        delete_items(self.session, items)  # one undoable step

    # -- intake ----------------------------------------------------------------------------------

    def open_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Mở văn bản"), "", self.tr(FILE_FILTER))
        if paths:
            self.import_paths(paths)

    def import_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Chọn thư mục cần nhập"))
        if folder:
            self.import_paths([folder])

    def paste_new(self) -> None:
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            info(self, self.tr("Dán văn bản"), self.tr("Bộ nhớ tạm không có chữ nào để dán."))
            return
        if self.library is None:
            return
        from datetime import datetime

        from desktop.core.extract import extract_text

        name = self.tr("Văn bản dán lúc {0}").format(datetime.now().strftime("%H:%M %d/%m/%Y"))
        report = extract_text(text, name=name)
        report_id, created = self.library.add_report(report)
        self.library_panel.reload(select=report_id)
        self.open_report(report_id)
        if not created:
            self.statusBar().showMessage(self.tr("Văn bản này đã có trong thư viện; đã mở bản đã lưu."), 5000)

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

    def backup_dialog(self) -> None:
        if self.library is None:
            return
        from desktop.store.backup import backup_database
        from desktop.store.errors import StoreError

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Sao lưu thư viện"), "reportdesk-sao-luu.sqlite3",
                                              self.tr("Cơ sở dữ liệu (*.sqlite3)"))
        if not path:
            return
        try:
            dest = backup_database(self.library.db, Path(path))
        except StoreError as err:
            warn(self, self.tr("Không sao lưu được"), str(err))
            return
        info(self, self.tr("Sao lưu"), self.tr("Đã sao lưu thư viện vào:\n{0}").format(dest))

    def history_dialog(self) -> None:
        """Who changed the selected item, when, from what to what."""
        items = self._selected_items()
        if len(items) != 1 or items[0].id is None or self.library is None:
            info(self, self.tr("Lịch sử sửa đổi"), self.tr("Chọn một mục trong bảng để xem lịch sử sửa đổi của nó."))
            return
        from desktop.ui.history_dialog import HistoryDialog, describe

        self.history = HistoryDialog(describe(items[0]), self.library.history(items[0].id), self)
        self.history.open()

    def settings_dialog(self) -> None:
        SettingsDialog(self).exec()

    def about(self) -> None:
        from desktop import __version__

        info(self, self.tr("Giới thiệu"), self.tr(
            "ReportDesk {0}\n\nTrích xuất, kiểm tra số liệu và lập báo cáo từ văn bản của văn phòng cấp ủy, "
            "chính quyền. Chạy ngoại tuyến; dữ liệu lưu trên máy của bạn.").format(__version__))


class _SpanOnly(Item):
    """A stand-in item for showing a finding's span in the article."""

    def __init__(self, span: tuple[int, int]) -> None:
        super().__init__(span=span, review=ReviewStatus.UNCHECKED)

