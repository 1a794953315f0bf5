"""In the window (pytest-qt, offscreen): the Chung tab's details edited, saved, audited, undone and used by the
library list and exports; a report deleted and given back by Ctrl+Z; a finding dismissed with a note
(issue 16, points 8 and 10). Names are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from docx import Document
from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.core.dismissals import finding_key, open_findings
from desktop.export import export_reports
from desktop.settings import OrgDefaults, save_defaults
from desktop.store.models import AuditRow
from desktop.ui.library_panel import REPORT_ID
from tests.conftest import invented_offices

CLERK = "Vi Thị Sen"

OFFICE = invented_offices()["party"]  # an invented office: exports never fall back to a sample one


@pytest.fixture
def window(make_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("REPORTDESK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("REPORTDESK_USER", "tai-khoan-chung")
    save_defaults(OrgDefaults(clerk_name=CLERK))
    return make_window("details.sqlite3")


def _audit(window, **where: object) -> list[AuditRow]:
    with window.library.db.session() as s:
        q = select(AuditRow).order_by(AuditRow.id)
        for k, v in where.items():
            q = q.where(getattr(AuditRow, k) == v)
        return list(s.scalars(q))


def _library_rows(window, qtbot) -> dict[str, list[int]]:
    """The library list: group (unit) → report ids under it (once the list is filled again)."""
    qtbot.waitUntil(lambda: not window.library_panel.loading, timeout=20000)
    m = window.library_panel.model
    return {m.item(g).text(): [int(m.item(g).child(k).data(REPORT_ID)) for k in range(m.item(g).rowCount())]
            for g in range(m.rowCount())}


def _type(qtbot, edit, text: str) -> None:
    """Type into a field and press Enter (QTest types no Vietnamese letters: the text is set, Enter is a key)."""
    edit.setFocus()
    edit.setText(text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_details_typed_in_the_chung_tab_are_saved_audited_filed_and_undone(window, qtbot, tmp_path: Path) -> None:
    rid = window.session.report.id
    title_before = window.session.report.title
    edits = window.form.details.edits
    _type(qtbot, edits["unit"], "Huyện ủy Tân Lập")
    _type(qtbot, edits["title"], "Kết quả làm việc với xã Đông Hòa")
    _type(qtbot, edits["meeting_date"], "9/4/2025")
    _type(qtbot, edits["meeting_chair"], "Mạc Văn Toàn")
    stored = window.library.get_report(rid)
    assert (stored.unit, stored.title, stored.meeting.chair) == ("Huyện ủy Tân Lập", "Kết quả làm việc với xã Đông Hòa",
                                                                 "Mạc Văn Toàn")
    assert rid in _library_rows(window, qtbot)["Huyện ủy Tân Lập"]
    assert next(s for s in window.library.list_reports() if s.id == rid).day == "2025-04-09"
    assert {a.field: a.who for a in _audit(window, report_id=rid, action="update")} == {
        "unit": CLERK, "title": CLERK, "meeting_date": CLERK, "meeting_chair": CLERK}
    assert "Kết quả làm việc với xã Đông Hòa" in window.windowTitle()
    doc = Document(export_reports([window.session.report], "docx", "briefing", str(tmp_path / "b.docx"), "party", OFFICE))
    assert "Mạc Văn Toàn" in "\n".join(p.text for p in doc.paragraphs)
    # a date that cannot be: kept in its field with a message, nothing saved
    _type(qtbot, edits["doc_date"], "31/2/2025")
    assert window.form.details.error.isVisibleTo(window) and "31/2/2025" in window.form.details.error.text()
    assert edits["doc_date"].text() == "31/2/2025" and window.library.get_report(rid).doc_date == stored.doc_date
    # Ctrl+Z undoes the last edits one by one, in the store and in the fields
    window.undo()
    window.undo()
    meeting = window.library.get_report(rid).meeting
    assert meeting is None or meeting.chair != "Mạc Văn Toàn"
    assert edits["meeting_chair"].text() != "Mạc Văn Toàn" and edits["meeting_date"].text() != "9/4/2025"
    assert window.library.get_report(rid).title == "Kết quả làm việc với xã Đông Hòa"
    window.undo()
    assert window.library.get_report(rid).title == title_before and edits["title"].text() == title_before
    window.redo()
    assert window.library.get_report(rid).title == "Kết quả làm việc với xã Đông Hòa"
    assert [a.field for a in _audit(window, report_id=rid, action="update")][-1] == "title"


def test_a_report_deleted_in_the_window_comes_back_whole_with_ctrl_z(window, qtbot, monkeypatch) -> None:
    asked: list[str] = []
    answer = {"yes": False}
    monkeypatch.setattr("desktop.ui.report_delete.confirm", lambda _w, _t, text: asked.append(text) or answer["yes"])
    lib = window.library
    rid = window.session.report.id
    item = window.session.report.items()[0]
    window.session.edit(item, "note", "đối chiếu với biểu 01")
    before = [(type(i).__name__, i.id, i.note) for i in lib.get_report(rid).items()]
    n = lib.count()
    window.deletions.delete_action.trigger()
    assert asked and lib.count() == n and window.session.report.id == rid  # "Không xóa": nothing happens
    answer["yes"] = True
    window.deletions.delete_action.trigger()
    assert lib.count() == n - 1 and window.session is None
    assert all(rid not in ids for ids in _library_rows(window, qtbot).values())
    [gone] = _audit(window, action="delete", field="report")
    assert gone.who == CLERK
    window.undo()
    assert lib.count() == n and window.session is not None and window.session.report.id == rid
    assert [(type(i).__name__, i.id, i.note) for i in lib.get_report(rid).items()] == before
    assert [e.new_value for e in lib.history(item.id)] == ["đối chiếu với biểu 01"]
    assert [a.action for a in _audit(window, report_id=rid)][-2:] == ["delete", "restore"]


def _open_report_with_findings(window, qtbot) -> None:
    for s in window.library.list_reports():
        if window.library.get_report(s.id).findings:
            with qtbot.waitSignal(window.library_panel.loaded, timeout=20000):
                window.library_panel.reload(select=s.id)
            qtbot.waitUntil(lambda sid=s.id: window.session.report.id == sid)
            return
    pytest.fail("no sample text with a finding")


def test_a_finding_dismissed_with_a_note_shows_checked_and_leaves_the_export(window, qtbot, monkeypatch,
                                                                             tmp_path: Path) -> None:
    _open_report_with_findings(window, qtbot)
    monkeypatch.setattr("desktop.ui.finding_dismissal.ask_note", lambda _p, _f: "đã đối chiếu biểu tổng hợp")
    session, proxy = window.form.session, window.form.findings_proxy
    finding = session.findings[0]
    first = proxy.index(0, 0)
    assert proxy.data(first, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert proxy.flags(first) & Qt.ItemFlag.ItemIsUserCheckable
    assert proxy.setData(first, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    row = session.findings.index(next(f for f in session.findings if f.message == finding.message))
    index = proxy.index(row, 1)
    assert proxy.data(proxy.index(row, 0), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert proxy.data(index, Qt.ItemDataRole.FontRole).strikeOut()
    assert "đã đối chiếu biểu tổng hợp" in proxy.data(index, Qt.ItemDataRole.ToolTipRole)
    rid = session.report.id
    assert window.library.get_report(rid).dismissed == {finding_key(session.report, finding):
                                                        "đã đối chiếu biểu tổng hợp"}
    assert [a.who for a in _audit(window, report_id=rid, action="dismiss")] == [CLERK]
    assert finding not in open_findings(session.report)
    assert finding.message not in [f.message for f in window.article.findings]  # its numbers no longer underlined
    doc = Document(export_reports([session.report], "docx", "briefing", str(tmp_path / "b.docx"), "party", OFFICE))
    assert finding.message not in "\n".join(p.text for p in doc.paragraphs)
    # an edit re-runs the checks: the finding is still the dismissed one
    item = next(i for i in session.report.items() if i.span)
    window.session.edit(item, "note", "xem lại")
    assert finding.message in [f.message for f in session.findings]
    assert all(f.message != finding.message for f in open_findings(session.report))
    window.undo()  # the note
    window.undo()  # the dismissal
    assert window.library.get_report(rid).dismissed == {}
    row = [f.message for f in session.findings].index(finding.message)
    assert proxy.data(proxy.index(row, 0), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert [a.action for a in _audit(window, report_id=rid) if "dismiss" in a.action] == ["dismiss", "undismiss"]


def test_details_saved_by_another_clerk_are_never_overwritten(window, qtbot, monkeypatch) -> None:
    """Two clerks on one library: the second save of the report's details meets the first one's and is refused;
    the window shows what is stored, the message keeps the clerk's own values, a next edit goes through (a
    leftover of issue 16: the last save won)."""
    from desktop.store.db import open_database
    from desktop.store.library import Library
    from desktop.store.report_details import update_report_details

    warned: list[str] = []
    monkeypatch.setattr("desktop.ui.main_window.warn", lambda _w, _t, text: warned.append(text))
    rid = window.session.report.id
    other = Library(open_database(window.db_url))
    try:
        update_report_details(other.db, rid, {"title": "Tiêu đề do cán bộ khác sửa"}, who="Lan")
    finally:
        other.db.close()
    edits = window.form.details.edits
    _type(qtbot, edits["unit"], "Huyện ủy Tân Lập")
    stored = window.library.get_report(rid)
    assert stored.title == "Tiêu đề do cán bộ khác sửa" and stored.unit != "Huyện ủy Tân Lập"  # nothing overwritten
    assert warned and "Huyện ủy Tân Lập" in warned[-1]  # the clerk's value, not lost
    assert edits["title"].text() == "Tiêu đề do cán bộ khác sửa"  # what is stored now, shown
    assert not window.session.undo_stack.canUndo() or "Tân Lập" not in window.session.undo_stack.undoText()
    _type(qtbot, edits["unit"], "Huyện ủy Tân Lập")  # again, from the stored version: saved
    stored = window.library.get_report(rid)
    assert stored.unit == "Huyện ủy Tân Lập" and stored.title == "Tiêu đề do cán bộ khác sửa"


def test_marking_nothing_to_extract_does_not_make_the_next_detail_edit_a_conflict(window, qtbot,
                                                                                    monkeypatch) -> None:
    warned: list[str] = []
    monkeypatch.setattr("desktop.ui.main_window.warn", lambda _w, _t, text: warned.append(text))
    rid = window.session.report.id
    window.review.toggle_nothing_to_extract(True)  # a change to the report row: the session keeps its version
    _type(qtbot, window.form.details.edits["own_number"], "12-BC/HU")
    assert not warned and window.library.get_report(rid).own_number == "12-BC/HU"
