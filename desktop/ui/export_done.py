"""After an export: a message naming the file, with "Mở tệp" and "Mở thư mục" (the system's own programs)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from desktop.ui.background import Job


class ExportDoneBox(QMessageBox):
    """Window-modal, not blocking: the window stays usable while it is shown."""

    def __init__(self, path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(self.tr("Đã xuất xong"))
        self.setText(self.tr("Đã lưu “{0}” trong thư mục {1}.").format(self.path.name, self.path.parent))
        self.open_file = self.addButton(self.tr("Mở tệp"), QMessageBox.ButtonRole.AcceptRole)
        self.open_folder = self.addButton(self.tr("Mở thư mục"), QMessageBox.ButtonRole.ActionRole)
        self.close_button = self.addButton(self.tr("Đóng"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.open_file)
        self.setEscapeButton(self.close_button)
        self.buttonClicked.connect(self._clicked)

    def _clicked(self, button) -> None:
        if button is self.open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))
        elif button is self.open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))


def show_export_done(parent: QWidget, path: str | Path) -> ExportDoneBox:
    box = ExportDoneBox(path, parent)
    box.open()
    return box


def export_in_background(parent: QWidget, build: Callable[[], object], finished: Callable[[], None]) -> Job:
    """Write an export (``build()`` returns the path written) in the background; then offer to open it, or say
    in a message why it was not written. ``finished`` is called first either way."""
    from desktop.ui.background import run_in_background
    from desktop.ui.dialogs import warn

    def done(path: object) -> None:
        finished()
        show_export_done(parent, str(path))

    def failed(message: str) -> None:
        finished()
        warn(parent, QCoreApplication.translate("ExportDone", "Chưa xuất được"), message)

    return run_in_background(lambda _job: build(), done, on_failed=failed, parent=parent)
