"""File › "Mở thư viện khác / Khôi phục bản sao lưu…": open another library file, or put an automatic backup in
place of the current library (the current file is first copied aside, then the backup is restored atomically)
and reload the window. The message for a library that cannot be opened (damaged, locked) offers the command."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.store.backup import list_backups, restore_backup
from desktop.store.errors import StoreError
from desktop.store.paths import backups_dir, default_db_url
from desktop.ui.dialogs import warn
from desktop.ui.noop import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

COMMAND = QT_TRANSLATE_NOOP("LibrarySwitch", "Mở thư viện khác / Khôi phục bản sao lưu…")


def library_file(window: MainWindow) -> Path | None:
    """The SQLite file of the window's library, opened or not (None for a PostgreSQL server)."""
    if window.library is not None:
        return window.library.db.path
    url = window.db_url or default_db_url()
    return Path(url.removeprefix("sqlite:///")) if url.startswith("sqlite:///") else None


def _busy(window: MainWindow) -> bool:
    if window.importing:
        warn(window, QCoreApplication.translate("LibrarySwitch", "Thư viện"), QCoreApplication.translate(
            "LibrarySwitch", "Đang nhập văn bản; hãy đợi nhập xong hoặc bấm Dừng rồi thử lại."))
        return True
    return False


def _close_library(window: MainWindow) -> None:
    window.autobackup.wait()
    if window.session is not None:
        window.session.deleteLater()
        window.session = None
    if window.library is not None:
        window.library.db.close()  # the last connection closes: SQLite folds its log into the file
        window.library = None


def switch_library(window: MainWindow, url: str) -> bool:
    """Close the open library and open ``url`` in the window instead (its first report shown)."""
    if _busy(window):
        return False
    _close_library(window)
    window.db_url = url
    return window.load_library()


def restore_into(window: MainWindow, backup: Path) -> bool:
    """Restore ``backup`` over the window's library file, then reload the window from it."""
    target = library_file(window)
    if target is None or _busy(window):
        return False
    url = window.library.db.url if window.library is not None else (window.db_url or default_db_url())
    _close_library(window)
    try:
        aside = restore_backup(backup, target)
    except StoreError as err:
        warn(window, QCoreApplication.translate("LibrarySwitch", "Không khôi phục được"), str(err))
        window.db_url = url
        window.load_library()
        return False
    window.db_url = url
    ok = window.load_library()
    if ok:
        note = QCoreApplication.translate("LibrarySwitch", "Đã khôi phục thư viện từ bản sao lưu “{0}”.")
        note = note.format(backup.name)
        if aside is not None:
            note += " " + QCoreApplication.translate("LibrarySwitch",
                                                     "Tệp trước khi khôi phục được giữ ở “{0}”.").format(aside)
        window.statusBar().showMessage(note, 15000)
    return ok


class LibraryDialog(QDialog):
    """The automatic backups, newest first, to restore one; or another library file to open."""

    def __init__(self, window: MainWindow, folder: Path | None = None) -> None:
        super().__init__(window)
        self.main = window
        self.setWindowTitle(self.tr("Mở thư viện khác / Khôi phục bản sao lưu"))
        self.list = QListWidget()
        for b in list_backups(folder or backups_dir()):
            row = QListWidgetItem(self.tr("{0} — thư viện {1} — {2} KB").format(
                b.when.strftime("%H:%M:%S %d/%m/%Y"), b.stem or "?", max(1, b.path.stat().st_size // 1024)))
            row.setData(Qt.ItemDataRole.UserRole, str(b.path))
            self.list.addItem(row)
        if self.list.count():
            self.list.setCurrentRow(0)
        target = library_file(window)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Thư viện đang dùng: {0}\nCác bản sao lưu tự động (mới nhất trước). Khôi phục "
                                     "một bản sẽ thay tệp thư viện bằng bản đó; tệp hiện tại được giữ lại bên cạnh.")
                             .format(target or window.db_url)))
        lay.addWidget(self.list)
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(self.tr("&Khôi phục bản đã chọn"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(self.list.count() > 0 and target is not None)
        other = buttons.addButton(self.tr("&Mở tệp thư viện khác…"), QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(self._restore)
        other.clicked.connect(self._open_other)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(640, 380)

    def selected(self) -> Path | None:
        row = self.list.currentItem()
        return Path(row.data(Qt.ItemDataRole.UserRole)) if row is not None else None

    def _restore(self) -> None:
        backup = self.selected()
        if backup is None:
            return
        ask = QMessageBox(QMessageBox.Icon.Question, self.tr("Khôi phục bản sao lưu"), self.tr(
            "Thay thư viện hiện tại bằng bản sao lưu “{0}”? Tệp hiện tại được sao ra bên cạnh trước.")
            .format(backup.name), QMessageBox.StandardButton.NoButton, self)
        yes = ask.addButton(self.tr("Khôi phục"), QMessageBox.ButtonRole.AcceptRole)
        ask.addButton(self.tr("Hủy"), QMessageBox.ButtonRole.RejectRole)
        ask.exec()
        if ask.clickedButton() is yes and restore_into(self.main, backup):
            self.accept()

    def _open_other(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Mở thư viện khác"), "",
                                              self.tr("Thư viện ReportDesk (*.sqlite3 *.db);;Tất cả (*)"))
        if path and switch_library(self.main, f"sqlite:///{Path(path).resolve()}"):
            self.accept()


def open_library_dialog(window: MainWindow) -> None:
    LibraryDialog(window).exec()


def library_failed(window: MainWindow, message: str) -> QMessageBox:
    """The library could not be opened: say why, and offer the command (non-blocking)."""
    command = QCoreApplication.translate("LibrarySwitch", str(COMMAND))
    hint = QCoreApplication.translate("LibrarySwitch", "Dùng Tệp › {0} để khôi phục một bản sao lưu tự động hoặc "
                                                       "mở tệp thư viện khác.").format(command)
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("LibrarySwitch", "Không mở được thư viện"),
                      message + "\n\n" + hint, QMessageBox.StandardButton.NoButton, window)
    act = box.addButton(command, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("LibrarySwitch", "Đóng"), QMessageBox.ButtonRole.RejectRole)
    act.clicked.connect(lambda: open_library_dialog(window))
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box


def show_interrupted_import(window: QWidget, files: list[Path]) -> QMessageBox | None:
    """After a start that follows an import killed midway: name the files it did not import (non-blocking)."""
    if not files:
        return None
    names = "\n".join(f"• {f}" for f in files[:15]) + ("\n…" if len(files) > 15 else "")
    head = QCoreApplication.translate("LibrarySwitch", "Lần nhập trước bị ngắt giữa chừng (chương trình đã bị "
                                                       "đóng). {0} tệp chưa được nhập:").format(len(files))
    tail = QCoreApplication.translate("LibrarySwitch", "Hãy mở lại các tệp này để nhập.")
    title = QCoreApplication.translate("LibrarySwitch", "Lần nhập trước chưa xong")
    box = QMessageBox(QMessageBox.Icon.Information, title,
                      head + "\n" + names + "\n\n" + tail, QMessageBox.StandardButton.NoButton, window)
    box.addButton(QCoreApplication.translate("LibrarySwitch", "Đồng ý"), QMessageBox.ButtonRole.AcceptRole)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.show()
    return box
