"""Issue 16, point 12 (window): Ctrl+F finds in the open article (hits highlighted, Enter / Shift+Enter, Esc,
the count), and a library search hit opens its report scrolled to the hit, highlighted."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from desktop.core.extract import extract_text
from desktop.ui.find_bar import CURRENT, HIT
from desktop.ui.library_panel import REPORT_ID

FILLER = "".join(f"Đoạn {k}: xã tiếp tục rà soát hộ nghèo, cập nhật số liệu và báo cáo định kỳ.\n\n" for k in range(60))
TEXT = ("Tin làm việc tại xã Đồng Tâm\n\nSáng 3/4, Thường trực Tỉnh ủy làm việc với xã Đồng Tâm.\n\n" + FILLER
        + "Cuối buổi, đồng chí Phó Bí thư nêu kết luận của Tỉnh ủy về giao thông nông thôn.\n\n" + FILLER
        + "Văn phòng TỈNH ỦY theo dõi.")


@pytest.fixture
def window(make_window, qtbot):
    w = make_window("find.sqlite3")
    rid, _ = w.library.add_report(extract_text(TEXT, name="dong-tam.txt"))
    with qtbot.waitSignal(w.library_panel.loaded, timeout=20000):
        w.library_panel.reload(select=rid)
    assert w.session.report.id == rid
    return w


def _marks(w) -> list[tuple[str, str]]:
    """(text, colour) of the find bar's marks drawn in the article."""
    colours = {QColor(HIT).name(), QColor(CURRENT).name()}
    out = []
    for s in w.article.extraSelections():
        colour = s.format.background().color().name()
        if colour in colours:
            out.append((s.cursor.selectedText(), "current" if colour == QColor(CURRENT).name() else "hit"))
    return out


def test_ctrl_f_finds_highlights_steps_counts_and_closes(window, qtbot) -> None:
    w = window
    w.activateWindow()
    target = w.windowHandle()
    QTest.keyClick(target, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = w.find_bar
    assert bar.isVisible() and bar.edit.hasFocus()
    QTest.keyClicks(bar.edit, "tinh uy")  # no diacritics, any case
    assert bar.count.text() == "1/3"
    assert [m[0] for m in _marks(w)] == ["Tỉnh ủy", "Tỉnh ủy", "TỈNH ỦY"]
    assert [m[1] for m in _marks(w)] == ["current", "hit", "hit"]
    QTest.keyClick(bar.edit, Qt.Key.Key_Return)
    assert bar.count.text() == "2/3" and [m[1] for m in _marks(w)] == ["hit", "current", "hit"]
    second = w.article.textCursor().position()
    assert w.article.toPlainText()[second : second + 7] == "Tỉnh ủy"
    assert w.article.viewport().rect().contains(w.article.cursorRect().center())  # scrolled to it
    QTest.keyClick(bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count.text() == "3/3"  # previous, round the end
    bar.edit.setText("khong co dau day")
    assert bar.count.text() == "0/0" and _marks(w) == []
    bar.edit.setText("tinh uy")
    QTest.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible() and _marks(w) == [] and w.article.hasFocus()


def test_a_library_hit_opens_its_report_scrolled_to_the_hit(window, qtbot) -> None:
    w = window
    rid = w.session.report.id
    others = [s.id for s in w.library.list_reports() if s.id != rid]
    with qtbot.waitSignal(w.library_panel.loaded, timeout=20000):
        w.library_panel.reload(select=others[0])  # another report open
    assert w.session.report.id != rid
    w.library_panel.search.setText("ket luan tinh uy")
    with qtbot.waitSignal(w.library_panel.loaded, timeout=20000):
        w.library_panel.reload()
    model = w.library_panel.model
    rows = [model.item(g).child(k) for g in range(model.rowCount()) for k in range(model.item(g).rowCount())]
    hit = next(r for r in rows if r.data(REPORT_ID) == rid)
    w.library_panel.tree.setCurrentIndex(hit.index())
    assert w.session.report.id == rid
    assert _marks(w) == [("kết luận của Tỉnh ủy", "current")]
    assert w.article.verticalScrollBar().value() > 0
    assert w.article.viewport().rect().contains(w.article.cursorRect().center())


def test_a_hit_for_a_report_still_loading_is_shown_when_its_text_comes(window, qtbot) -> None:
    from desktop.ui.find_bar import show_library_hit

    w = window
    rid = w.session.report.id
    other = next(s.id for s in w.library.list_reports() if s.id != rid)
    with qtbot.waitSignal(w.library_panel.loaded, timeout=20000):
        w.library_panel.reload(select=other)
    w.library_panel.search.setText("ket luan tinh uy")
    show_library_hit(w, rid, 0)  # the report is not open yet (as while it is read off the UI thread)
    assert _marks(w) == []
    w.open_report(rid)
    qtbot.waitUntil(lambda: _marks(w) == [("kết luận của Tỉnh ủy", "current")], timeout=5000)
