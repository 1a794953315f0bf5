"""A clerk corrects a report's details, deletes a report (and gets it back), dismisses a finding
(issue 16, points 8 and 10): the store, the upgrade of an existing library, and the exports. Texts invented."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from sqlalchemy import select, text

from desktop.core.dismissals import finding_key, open_findings
from desktop.core.extract import extract_text
from desktop.core.model import DayMonthYear
from desktop.export import export_reports
from desktop.store.db import current_revision, open_database
from desktop.store.dismissals import dismiss_finding, undismiss_finding
from desktop.store.errors import StoreError
from desktop.store.library import Library
from desktop.store.models import AuditRow
from desktop.store.report_delete import delete_report, restore_report
from desktop.store.report_details import update_report_details
from desktop.store.search import search
from tests.conftest import invented_offices

TEXT = ("Thường trực Huyện ủy làm việc với xã Hòa Phong\n\nSáng 12/5/2025, đồng chí Nguyễn Thị Lan, Bí thư Huyện ủy "
        "chủ trì buổi làm việc. Trong 18 chỉ tiêu, có 12 chỉ tiêu đạt, 4 chỉ tiêu đạt trên 80%, 1 chỉ tiêu chưa đạt. "
        "Có 9/7 thôn đạt chuẩn văn hóa. Tỷ lệ che phủ rừng đạt 61,2%. Đồng chí yêu cầu Đảng ủy xã tập trung chỉ đạo "
        "phát triển đảng viên.")
CLERK = "Phan Thị Thu"

OFFICE = invented_offices()["party"]  # an invented office: exports never fall back to a sample one


@pytest.fixture
def lib(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Library:
    monkeypatch.setenv("REPORTDESK_USER", CLERK)
    return Library(open_database(f"sqlite:///{tmp_path / 'lib.sqlite3'}"))


@pytest.fixture
def rid(lib: Library) -> int:
    report_id, _ = lib.add_report(extract_text(TEXT, name="hoa-phong.txt"))
    return report_id


def _audit(lib: Library, **where: object) -> list[AuditRow]:
    with lib.db.session() as s:
        q = select(AuditRow).order_by(AuditRow.id)
        for k, v in where.items():
            q = q.where(getattr(AuditRow, k) == v)
        return list(s.scalars(q))


# -- point 8: details ---------------------------------------------------------------------------------

def test_details_are_saved_audited_and_file_the_report_in_the_library(lib: Library, rid: int) -> None:
    update_report_details(lib.db, rid, {"title": "Báo cáo kết quả làm việc tại xã Hòa Phong",
                                        "unit": "Huyện ủy Tân Lập", "own_number": "45-BC/HU",
                                        "doc_date": date(2025, 5, 14),
                                        "meeting_date": DayMonthYear(day=13, month=5, year=2025),
                                        "meeting_chair": "Trần Văn Bình"})
    r = lib.get_report(rid)
    assert (r.title, r.unit, r.own_number, r.doc_date) == ("Báo cáo kết quả làm việc tại xã Hòa Phong",
                                                         "Huyện ủy Tân Lập", "45-BC/HU", date(2025, 5, 14))
    assert r.meeting is not None and r.meeting.chair == "Trần Văn Bình"
    assert r.meeting.date == DayMonthYear(day=13, month=5, year=2025)
    [summary] = lib.list_reports()
    assert (summary.unit, summary.day) == ("Huyện ủy Tân Lập", "2025-05-13")
    assert lib.units() == ["Huyện ủy Tân Lập"]
    assert [h.report_id for h in search(lib.db, "ket qua lam viec")] == [rid]
    rows = {a.field: a for a in _audit(lib, report_id=rid, action="update")}
    assert set(rows) == {"title", "unit", "own_number", "doc_date", "meeting_date", "meeting_chair"}
    assert rows["meeting_date"].old_value == "12/5/2025" and rows["meeting_date"].new_value == "13/5/2025"
    assert rows["meeting_chair"].old_value == "Nguyễn Thị Lan" and rows["unit"].who == CLERK
    update_report_details(lib.db, rid, {"meeting_date": None, "doc_date": None})
    assert lib.list_reports()[0].meeting_date is None and lib.get_report(rid).doc_date is None


def test_details_a_clerk_corrected_stay_when_the_text_is_read_again(lib: Library, rid: int) -> None:
    read = lib.get_report(rid)
    update_report_details(lib.db, rid, {"unit": "Huyện ủy Tân Lập", "meeting_chair": "Trần Văn Bình"})
    lib.set_line_role(rid, 0, "article")  # the text is extracted again
    again = lib.get_report(rid)
    assert (again.unit, again.meeting.chair) == ("Huyện ủy Tân Lập", "Trần Văn Bình")
    assert (again.title, again.meeting.date) == (read.title, read.meeting.date)  # the rest as the reader has it
    assert lib.list_reports()[0].unit == "Huyện ủy Tân Lập"


def test_edited_details_head_the_export(lib: Library, rid: int, tmp_path: Path) -> None:
    update_report_details(lib.db, rid, {"title": "Kết quả làm việc với Đảng ủy xã Hòa Phong",
                                        "own_number": "77-BC/HU"})
    out = export_reports([lib.get_report(rid)], "xlsx", "tracking", str(tmp_path / "t.xlsx"), "party")
    cells = [str(c.value) for ws in load_workbook(out).worksheets for row in ws.iter_rows() for c in row if c.value]
    assert any("77-BC/HU" in c or "Kết quả làm việc với Đảng ủy xã Hòa Phong" in c for c in cells)


def test_a_deleted_report_comes_back_whole_with_its_audit(lib: Library, rid: int) -> None:
    before = lib.get_report(rid)
    first = before.items()[0]
    lib.update_item(first.id, {"note": "đã đối chiếu"}, first.version)
    finding = before.findings[0]
    dismiss_finding(lib.db, rid, finding_key(before, finding), finding, "số liệu đúng theo biểu")
    lib.set_line_role(rid, 0, "article")
    history = [(a.id, a.item_id) for a in _audit(lib, report_id=rid)]
    lines = lib.report_lines(rid).overrides
    other, _ = lib.add_report(extract_text("Ủy ban nhân dân xã Tân Mỹ họp giao ban tuần. Thu ngân sách đạt 3,1 tỷ "
                                           "đồng.", name="tan-my.txt"))
    gone = delete_report(lib.db, rid)
    assert lib.count() == 1 and not search(lib.db, "hoa phong")
    [deleted] = _audit(lib, action="delete", field="report")
    assert deleted.who == CLERK and f"#{rid}" in (deleted.old_value or "")
    assert restore_report(lib.db, gone) == rid
    after = lib.get_report(rid)
    assert [(type(i), i.span) for i in after.items()] == [(type(i), i.span) for i in before.items()]
    assert [i.id for i in after.items()] == [i.id for i in before.items()]
    assert after.items()[0].note == "đã đối chiếu" and after.dismissed == {finding_key(before, finding):
                                                                           "số liệu đúng theo biểu"}
    assert lib.report_lines(rid).overrides == lines
    relinked = {(a.id, a.item_id) for a in _audit(lib, report_id=rid)}
    assert set(history) <= relinked
    assert [a.action for a in _audit(lib, report_id=rid)][-2:] == ["delete", "restore"]
    assert [h.report_id for h in search(lib.db, "hoa phong")] == [rid]
    assert lib.count() == 2 and other != rid


def test_a_deleted_report_whose_ids_were_taken_since_comes_back_under_new_ones(lib: Library, rid: int) -> None:
    before = lib.get_report(rid)
    first = before.items()[0]
    lib.update_item(first.id, {"note": "đã đối chiếu"}, first.version)
    before = lib.get_report(rid)
    gone = delete_report(lib.db, rid)
    other, _ = lib.add_report(extract_text("Ủy ban nhân dân xã Tân Mỹ họp giao ban tuần. Có 5/7 thôn đạt chuẩn. Thu "
                                           "ngân sách đạt 3,1 tỷ đồng.", name="tan-my.txt"))
    taken = {i.id for i in lib.get_report(other).items()}
    assert other == rid or taken & {i.id for i in before.items()}  # (SQLite gives the freed ids out again)
    back = restore_report(lib.db, gone)
    after = lib.get_report(back)
    assert back != other and not taken & {i.id for i in after.items()}
    assert [(type(i), i.span, i.note) for i in after.items()] == [(type(i), i.span, i.note) for i in before.items()]
    assert [e.new_value for e in lib.history(after.items()[0].id)] == ["đã đối chiếu"]
    assert len(lib.get_report(other).items()) == len(taken)


def test_deleting_an_unknown_report_says_so(lib: Library) -> None:
    with pytest.raises(StoreError, match="Không có văn bản số 999"):
        delete_report(lib.db, 999)


# -- point 10: dismissed findings ---------------------------------------------------------------------

def test_a_dismissed_finding_stays_dismissed_after_verifying_again_and_leaves_the_exports(
        lib: Library, rid: int, tmp_path: Path) -> None:
    r = lib.get_report(rid)
    kinds = sorted(f.kind for f in r.findings)
    assert kinds == ["ratio_over", "sum_mismatch"]
    mismatch = next(f for f in r.findings if f.kind == "sum_mismatch")
    dismiss_finding(lib.db, rid, finding_key(r, mismatch), mismatch, "biểu tổng hợp ghi 17 chỉ tiêu")
    again = lib.get_report(rid)  # findings computed afresh
    assert [f.kind for f in open_findings(again)] == ["ratio_over"]
    assert [a.who for a in _audit(lib, report_id=rid, action="dismiss")] == [CLERK]
    doc = Document(export_reports([again], "docx", "briefing", str(tmp_path / "b.docx"), "party", OFFICE))
    words = "\n".join(p.text for p in doc.paragraphs)
    assert "Tỷ số 9/7 thôn không thể lớn hơn" in words and "12 + 4 + 1" not in words
    summary = Document(export_reports([again], "docx", "summary", str(tmp_path / "s.docx"), "party", OFFICE))
    assert "12 + 4 + 1" not in "\n".join(p.text for p in summary.paragraphs)
    ratio = next(f for f in r.findings if f.kind == "ratio_over")
    dismiss_finding(lib.db, rid, finding_key(r, ratio), ratio, "9 thôn: gồm cả thôn mới tách")
    doc = Document(export_reports([lib.get_report(rid)], "docx", "briefing", str(tmp_path / "b2.docx"), "party", OFFICE))
    words = "\n".join(p.text for p in doc.paragraphs)
    assert ratio.message not in words and "không phát hiện điểm bất thường" not in words  # (the checks found them)
    assert "đã được đối chiếu" in words
    undismiss_finding(lib.db, rid, finding_key(r, ratio))
    undismiss_finding(lib.db, rid, finding_key(r, mismatch))
    assert sorted(f.kind for f in open_findings(lib.get_report(rid))) == kinds
    assert [a.action for a in _audit(lib, report_id=rid) if "dismiss" in a.action] == ["dismiss", "dismiss",
                                                                                      "undismiss", "undismiss"]


def test_a_changed_number_makes_the_finding_new_again(lib: Library, rid: int) -> None:
    r = lib.get_report(rid)
    mismatch = next(f for f in r.findings if f.kind == "sum_mismatch")
    dismiss_finding(lib.db, rid, finding_key(r, mismatch), mismatch, "đúng")
    tally = r.tallies[0]
    lib.update_item(tally.id, {"total": 19}, tally.version)
    assert "sum_mismatch" in [f.kind for f in open_findings(lib.get_report(rid))]


def test_a_library_of_the_current_version_is_upgraded_and_keeps_its_reports(tmp_path: Path) -> None:
    from alembic import command

    from desktop.store.db import _alembic_config

    path = tmp_path / "v5.sqlite3"
    db = open_database(f"sqlite:///{path}", migrate=False)
    with db.engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0005")
        conn.execute(text("INSERT INTO reports (content_hash, source_name, title, original_text, body, imported_at,"
                          " version, note, line_overrides) VALUES ('h', 'x.txt', 'cũ', 't', 'b', "
                          "'2025-01-01 00:00:00', 1, '', '')"))
    db.close()
    db = open_database(f"sqlite:///{path}")
    assert current_revision(db.engine) == "0008"
    lib = Library(db)
    [summary] = lib.list_reports()
    report = lib.get_report(summary.id)
    assert report.title == "cũ" and report.dismissed == {}
    dismiss_finding(db, summary.id, "sum_mismatch|tally-1|x", _finding(), "ghi chú")
    assert lib.get_report(summary.id).dismissed == {"sum_mismatch|tally-1|x": "ghi chú"}


def _finding():
    from desktop.core.model import Finding

    return Finding(kind="sum_mismatch", message="Tổng các phần không khớp.", values={})
