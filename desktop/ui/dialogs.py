"""Dialogs with Vietnamese buttons (Qt ships no Vietnamese translation of its own)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from desktop.ui.button_row import button_row
from desktop.ui.organisation_dialog import organisation_button
from desktop.ui.settings import load_defaults, save_defaults


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> None:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.addButton(QCoreApplication.translate("Dialogs", "Đồng ý"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def info(parent: QWidget | None, title: str, text: str) -> None:
    _box(parent, QMessageBox.Icon.Information, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    _box(parent, QMessageBox.Icon.Warning, title, text)


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Thiết lập"))
        self.defaults = d = load_defaults()
        self.clerk = QLineEdit(d.clerk_name)
        self.clerk.setPlaceholderText(self.tr("Tên hiện trong nhật ký sửa đổi"))
        self.language = QComboBox()
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(d.language)))
        form = QFormLayout(self)
        form.addRow(self.tr("Tên người dùng"), self.clerk)
        # the issuing organisation: one for Party documents, one for State documents (organisation_dialog)
        form.addRow(self.tr("Cơ quan ban hành — thể thức Đảng"), organisation_button(self, "party"))
        form.addRow(self.tr("Cơ quan ban hành — thể thức Nhà nước"), organisation_button(self, "state"))
        form.addRow(self.tr("Ngôn ngữ giao diện (khởi động lại để áp dụng)"), self.language)
        from desktop.ui.number_settings import BACKUP_MINUTES, SOON_DAYS

        self.backup_minutes = BACKUP_MINUTES.box(self)
        form.addRow(self.tr("Sao lưu tự động sau mỗi"), self.backup_minutes)
        self.soon_days = SOON_DAYS.box(self)
        form.addRow(self.tr("Nhiệm vụ “sắp đến hạn” khi còn"), self.soon_days)
        form.addRow(button_row(self, self.tr("Lưu"), self.tr("Hủy"))[0])

    def accept(self) -> None:
        save_defaults(replace(self.defaults, clerk_name=self.clerk.text().strip(),
                              language=self.language.currentData()))
        from desktop.ui.number_settings import BACKUP_MINUTES, SOON_DAYS

        BACKUP_MINUTES.save(self.backup_minutes)
        SOON_DAYS.save(self.soon_days)
        super().accept()
