"""Qt's own dialogs and context menus speak Vietnamese when the interface does (issue 16, point 14)."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QMessageBox, QTextEdit

from desktop.ui.qt_strings import install_qt_strings


@pytest.fixture
def vietnamese_qt(qapp):
    tr = install_qt_strings(qapp, "vi")
    assert tr is not None, "i18n/qtbase_vi.qm is shipped"
    yield
    QApplication.instance().removeTranslator(tr)


def _texts(menu) -> list[str]:
    return [a.text().replace("&", "").split("\t")[0] for a in menu.actions() if not a.isSeparator()]


def test_message_box_buttons_read_vietnamese(vietnamese_qt, qtbot) -> None:
    box = QMessageBox(QMessageBox.Icon.Question, "Xóa", "Xóa mục này?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                      | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Yes).text().replace("&", "") == "Có"
    assert box.button(QMessageBox.StandardButton.No).text().replace("&", "") == "Không"
    assert box.button(QMessageBox.StandardButton.Cancel).text().replace("&", "") == "Hủy"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Discard)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Save).text().replace("&", "") == "Lưu"


def test_line_and_text_field_context_menus_read_vietnamese(vietnamese_qt, qtbot) -> None:
    edit = QLineEdit("Tân Mỹ")
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    assert {"Hoàn tác", "Làm lại", "Cắt", "Sao chép", "Dán", "Xóa", "Chọn tất cả"} <= set(_texts(menu))
    text = QTextEdit("Tân Mỹ")
    qtbot.addWidget(text)
    assert {"Sao chép", "Chọn tất cả"} <= set(_texts(text.createStandardContextMenu()))
    assert not {"Undo", "Copy", "Paste", "Select All"} & set(_texts(menu))
