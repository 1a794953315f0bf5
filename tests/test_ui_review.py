"""The review workflow on the window, offscreen: keyboard review with modifiers held, switching
report, and who the audit trail names (issue 16, points 1–3). Texts and people are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.core.model import ReviewStatus

CTRL = Qt.KeyboardModifier.ControlModifier
CLERK = "Hoàng Thị Mai"
OUTLINE = "#ffb347"  # the background the article gives the current item

TEXT_A = ("Đoàn công tác của Huyện ủy làm việc với Đảng ủy xã Hòa Phong\n\nSáng 14/3, đồng chí Lê Văn Quang, Phó Bí thư "
          "Huyện ủy chủ trì buổi làm việc. Tỷ lệ hộ nghèo giảm còn 3,2%. Tỷ lệ trẻ em được tiêm chủng đạt 97,5%. "
          "Thu ngân sách đạt 12,4 tỷ đồng. Có 7/9 thôn đạt chuẩn văn hóa, đạt 77,8%.\n\n"
          "Đồng chí Phó Bí thư yêu cầu Đảng ủy xã tập trung chỉ đạo thu ngân sách; hoàn thành sửa chữa đường liên "
          "thôn trước mùa mưa.")
TEXT_B = ("Thường trực Huyện ủy làm việc với Đảng ủy xã Phú Xuân\n\nChiều 21/4, đồng chí Đỗ Thị Hằng, Bí thư Huyện ủy "
          "chủ trì buổi làm việc. Tỷ lệ che phủ rừng đạt 58,3%. Tỷ lệ lao động qua đào tạo đạt 64%.\n\n"
          "Đảng ủy xã đề nghị Thường trực Huyện ủy xem xét: hỗ trợ kinh phí xây nhà văn hóa thôn Đông.")


@pytest.fixture
def window(tmp_path: Path, qtbot):
    from desktop.ui.main_window import MainWindow

    w = MainWindow(f"sqlite:///{tmp_path / 'review.sqlite3'}")
    qtbot.addWidget(w)
    w.show()
    assert w.load_library()
    qtbot.waitUntil(lambda: w._import is None and w.session is not None, timeout=20000)
    return w


# -- 1. verify and go to the next item, with Ctrl still held ------------------------------------------


def test_ctrl_enter_with_ctrl_held_verifies_one_item_and_moves_on_each_time(window, qtbot) -> None:
    w = window
    w.activateWindow()
    target = w.windowHandle()  # through the window system, as a keyboard does: Qt then knows Ctrl is down
    QTest.keyClick(target, Qt.Key.Key_F8)
    first = w.article.current
    assert first is not None and first.review == ReviewStatus.UNCHECKED
    QTest.keyPress(target, Qt.Key.Key_Control, CTRL)
    seen = []
    total = len([i for i in w.session.all_items() if i.span])  # every kind: document, tally, parts, ratio …
    for _ in range(total - 1):
        current = w.article.current
        before = {id(i): i.review for i in w.session.all_items()}
        QTest.keyClick(target, Qt.Key.Key_Return, CTRL)
        changed = [i for i in w.session.all_items() if i.review != before[id(i)]]
        assert changed == [current]  # exactly the current item, nothing else
        assert current.review == ReviewStatus.VERIFIED
        assert w.article.current is not current and w.article.current not in seen  # it moved on
        table = w.form.current_table()
        assert table is not None and len(table.selectionModel().selectedRows()) == 1
        assert table.selected_items() == [w.article.current]
        seen.append(current)
    QTest.keyClick(target, Qt.Key.Key_Return, CTRL)  # the last one
    QTest.keyRelease(target, Qt.Key.Key_Control)
    assert all(i.review == ReviewStatus.VERIFIED for i in w.session.all_items() if i.span)
    assert w.statusBar().currentMessage() == "Mọi mục của văn bản này đã được kiểm tra."
