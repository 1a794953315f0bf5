"""The Tệp menu's dialogs: open files, import a folder, paste a text as a new report, back the library up; and the
About box."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from desktop.ui.dialogs import info, warn
from desktop.ui.noop import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

FILE_FILTER = QT_TRANSLATE_NOOP("FileActions", "Văn bản (*.txt *.docx *.html *.htm);;Tất cả (*)")


class FileActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def open_dialog(self) -> None:
        w = self.window
        paths, _ = QFileDialog.getOpenFileNames(w, self.tr("Mở văn bản"), "", self.tr(str(FILE_FILTER)))
        if paths:
            w.import_paths(paths)

    def import_folder_dialog(self) -> None:
        w = self.window
        folder = QFileDialog.getExistingDirectory(w, self.tr("Chọn thư mục cần nhập"))
        if folder:
            w.import_paths([folder])

    def paste_new(self) -> None:
        """The clipboard's text as a new report, extracted, stored and opened."""
        w = self.window
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            info(w, self.tr("Dán văn bản"), self.tr("Bộ nhớ tạm không có chữ nào để dán."))
            return
        if w.library is None:
            return
        from datetime import datetime

        from desktop.core.extract import extract_text

        name = self.tr("Văn bản dán lúc {0}").format(datetime.now().strftime("%H:%M %d/%m/%Y"))
        report = extract_text(text, name=name)
        report_id, created = w.library.add_report(report)
        w.library_panel.reload(select=report_id)
        w.open_report(report_id)
        if not created:
            w.statusBar().showMessage(self.tr("Văn bản này đã có trong thư viện; đã mở bản đã lưu."), 5000)

    def backup_dialog(self) -> None:
        w = self.window
        if w.library is None:
            return
        from desktop.store.backup import backup_database
        from desktop.store.errors import StoreError

        path, _ = QFileDialog.getSaveFileName(w, self.tr("Sao lưu thư viện"), "reportdesk-sao-luu.sqlite3",
                                              self.tr("Cơ sở dữ liệu (*.sqlite3)"))
        if not path:
            return
        try:
            dest = backup_database(w.library.db, Path(path))
        except StoreError as err:
            warn(w, self.tr("Không sao lưu được"), str(err))
            return
        info(w, self.tr("Sao lưu"), self.tr("Đã sao lưu thư viện vào:\n{0}").format(dest))

    def about(self) -> None:
        w = self.window
        from desktop import __version__

        info(w, self.tr("Giới thiệu"), self.tr(
            "ReportDesk {0}\n\nTrích xuất, kiểm tra số liệu và lập báo cáo từ văn bản của văn phòng cấp ủy, "
            "chính quyền. Chạy ngoại tuyến; dữ liệu lưu trên máy của bạn.").format(__version__))
