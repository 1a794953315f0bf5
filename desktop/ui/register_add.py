"""A task the clerk adds to the follow-up register by hand (a directive given orally, a task from a paper
document not in the library): its text, lead, partners, deadline as written and product."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from desktop.ui.button_row import button_row


class AddTaskDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Thêm nhiệm vụ vào sổ theo dõi"))
        self.resize(620, 320)
        self.text = QPlainTextEdit()
        self.owner = QLineEdit()
        self.partners = QLineEdit()
        self.partners.setPlaceholderText(self.tr("các cơ quan, cách nhau bằng dấu chấm phẩy"))
        self.deadline = QLineEdit()
        self.deadline.setPlaceholderText(self.tr("như văn bản ghi: trước ngày 30/6/2026, trong quý III/2026…"))
        self.product = QLineEdit()
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00000")
        form = QFormLayout(self)
        form.addRow(self.tr("Nhiệm vụ"), self.text)
        form.addRow(self.tr("Cơ quan chủ trì"), self.owner)
        form.addRow(self.tr("Phối hợp"), self.partners)
        form.addRow(self.tr("Thời hạn"), self.deadline)
        form.addRow(self.tr("Sản phẩm"), self.product)
        form.addRow(self.error)
        form.addRow(button_row(self, self.tr("Thêm"), self.tr("Hủy"))[0])

    def accept(self) -> None:
        if not self.text.toPlainText().strip():
            self.error.setText(self.tr("Hãy ghi nội dung nhiệm vụ."))
            return
        super().accept()

    def values(self) -> dict[str, object]:
        """What the clerk typed, as the store's ``add_entry`` takes it."""
        def text_or_none(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        return {"text": self.text.toPlainText().strip(), "owner": text_or_none(self.owner),
                "partners": [p.strip() for p in self.partners.text().split(";") if p.strip()],
                "deadline": text_or_none(self.deadline), "product": text_or_none(self.product)}
