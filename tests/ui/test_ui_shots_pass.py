"""Defects seen in the screenshot pass of the workflow (issue 16, Done-when): in the window (pytest-qt,
offscreen). Names are invented."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from desktop.core.extract import extract_text

LONG_TITLE = ("Hội nghị lần thứ mười hai Ban Chấp hành Đảng bộ huyện Vân Khê khóa XXI đánh giá kết quả thực hiện "
              "nhiệm vụ chính trị năm 2026 và quyết định phương hướng, nhiệm vụ trọng tâm năm 2027")


def test_a_long_title_shows_its_beginning_in_the_chung_tab(make_window, qtbot) -> None:
    window = make_window("shots.sqlite3")
    report = extract_text(LONG_TITLE + "\n\nNăm 2026, toàn huyện có 12/15 chỉ tiêu đạt và vượt kế hoạch.",
                          name="dai-hoi.txt")
    report.title = LONG_TITLE
    rid, _ = window.library.add_report(report)
    with qtbot.waitSignal(window.library_panel.loaded, timeout=20000):
        window.library_panel.reload(select=rid)
    window.open_report(rid)
    qtbot.waitUntil(lambda: window.session is not None and window.session.report.id == rid, timeout=10000)
    window.form.setCurrentIndex(0)
    edit = window.form.details.edits["title"]
    assert edit.text() == LONG_TITLE
    assert edit.cursorPosition() == 0  # the field shows "Hội nghị lần thứ…", not the title's last words
