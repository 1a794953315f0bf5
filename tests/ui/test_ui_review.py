"""The review workflow on the window, offscreen: keyboard review with modifiers held, switching
report, and who the audit trail names (issue 16, points 1–3). Texts and people are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from desktop.core.extract import extract_text
from desktop.core.model import ReviewStatus, Task
from desktop.settings import OrgDefaults, save_defaults
from desktop.store.db import open_database
from desktop.store.library import Library
from desktop.store.models import AuditRow
from desktop.ui.library_panel import REPORT_ID
from desktop.ui.session import ReportSession

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
def window(make_window):
    return make_window("review.sqlite3")


@pytest.fixture
def clerk_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A clerk name in Settings, in a settings file of this test only (never the real one)."""
    monkeypatch.setenv("REPORTDESK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("REPORTDESK_USER", "tai-khoan-chung")
    save_defaults(OrgDefaults(clerk_name=CLERK))
    return CLERK


def _statuses(lib: Library, *report_ids: int) -> dict[int, ReviewStatus]:
    return {i.id: i.review for rid in report_ids for i in lib.get_report(rid).items()}


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


# -- 2. switching report clears the current item ---------------------------------------------------


def test_review_keys_after_switching_report_change_nothing_and_say_so(window, qtbot) -> None:
    w = window
    a, _ = w.library.add_report(extract_text(TEXT_A, name="hoa-phong.txt"))
    b, _ = w.library.add_report(extract_text(TEXT_B, name="phu-xuan.txt"))
    with qtbot.waitSignal(w.library_panel.loaded, timeout=20000):
        w.library_panel.reload(select=a)
    assert w.session.report.id == a
    item = w.session.report.indicators[0]
    w.form.select_item(item)
    w.article.show_item(item)  # as a click on its row does
    before = _statuses(w.library, a, b)
    # the clerk clicks report B in the library
    panel = w.library_panel
    index = next(panel.model.index(r, 0, g.index()) for g in map(panel.model.item, range(panel.model.rowCount()))
                 for r in range(g.rowCount()) if g.child(r).data(REPORT_ID) == b)
    panel.tree.setCurrentIndex(index)
    assert w.session.report.id == b
    assert w.article.current is None  # no outline of A's item drawn over B's text
    assert not [s for s in w.article.extraSelections() if s.format.background().color().name() == OUTLINE]
    for status in (ReviewStatus.VERIFIED, ReviewStatus.NEEDS_FIX, ReviewStatus.REJECTED):
        w.mark(status)
        assert _statuses(w.library, a, b) == before
        assert w.statusBar().currentMessage() == "Chưa chọn mục nào trong văn bản này."
    QTest.keyClick(w.windowHandle(), Qt.Key.Key_Return, CTRL)
    assert _statuses(w.library, a, b) == before
    assert all(i.review == ReviewStatus.UNCHECKED for i in w.session.all_items())


def test_an_item_of_another_report_is_never_reviewed_through_the_article(window) -> None:
    w = window
    a, _ = w.library.add_report(extract_text(TEXT_A, name="hoa-phong.txt"))
    b, _ = w.library.add_report(extract_text(TEXT_B, name="phu-xuan.txt"))
    w.open_report(a)
    stale = w.session.report.indicators[0]
    w.open_report(b)
    w.article.current = stale  # however it got there, it is not an item of this report
    before = _statuses(w.library, a, b)
    w.mark(ReviewStatus.VERIFIED)
    assert _statuses(w.library, a, b) == before


# -- 3. the audit names the clerk of Settings ----------------------------------------------------------


def _audit(lib: Library) -> list[tuple[str, str, str | None]]:
    with lib.db.session() as s:
        return [(a.action, a.who, a.field) for a in s.scalars(select(AuditRow).order_by(AuditRow.id))]


def test_current_user_is_settings_then_environment_then_os(clerk_settings, monkeypatch) -> None:
    import getpass

    from desktop.settings import current_user

    assert current_user() == CLERK
    save_defaults(OrgDefaults(clerk_name="  "))
    assert current_user() == "tai-khoan-chung"
    monkeypatch.delenv("REPORTDESK_USER")
    assert current_user() == getpass.getuser()


def test_edit_review_create_delete_and_undo_are_audited_with_the_clerk_name(clerk_settings, tmp_path: Path,
                                                                             qtbot) -> None:
    lib = Library(open_database(f"sqlite:///{tmp_path / 'audit.sqlite3'}"))
    rid, _ = lib.add_report(extract_text(TEXT_A, name="hoa-phong.txt"))
    session = ReportSession(lib.get_report(rid), lib)
    ind = session.report.indicators[0]
    session.edit(ind, "note", "theo số liệu của Chi cục Thống kê")
    session.set_review([ind], ReviewStatus.VERIFIED)
    new = Task(text="Rà soát hộ cận nghèo", span=(0, 10))
    session.add("tasks", new)
    session.remove("tasks", session.report.tasks[0])
    session.undo_stack.undo()  # the deletion comes back: a create
    session.undo_stack.undo()  # the new task goes: a delete
    session.undo_stack.undo()  # the review taken back: an update
    session.undo_stack.redo()
    actions = _audit(lib)
    assert [a for a, _w, _f in actions] == ["import", "update", "update", "create", "delete", "create", "delete",
                                            "update", "update"]
    assert {w for _a, w, _f in actions} == {CLERK}
    assert [i.reviewer for i in lib.get_report(rid).indicators if i.id == ind.id] == [CLERK]
    session.close()  # (its undo steps go in Qt, as when the window closes a report)


def test_cli_import_is_audited_with_the_clerk_name(clerk_settings, tmp_path: Path) -> None:
    from desktop.cli import main

    f = tmp_path / "phu-xuan.txt"
    f.write_text(TEXT_B, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    assert main(["import", str(f), "--db", url]) == 0
    assert _audit(Library(open_database(url))) == [("import", CLERK, None)]
