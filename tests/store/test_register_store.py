"""The follow-up register in the library (issue 17, item 1), on SQLite and on PostgreSQL (``REPORTDESK_TEST_PG``):
entries made when a report is stored and by ``sync_register``, due dates counted from the report's own date,
status changes audited, versioned and undoable, a clerk's date correction kept, entries following their items
and reports (deletion and restore). Units, people and tasks are invented."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select, text

from desktop.core.model import DayMonthYear, Meeting, Report, Task
from desktop.core.register import Category, TaskStatus, category
from desktop.store.db import open_database
from desktop.store.errors import ConflictError, StoreError
from desktop.store.item_delete import delete_items
from desktop.store.library import Library
from desktop.store.models import AuditRow
from desktop.store.register import followed_items, get_entry, list_entries, sync_register
from desktop.store.register_edit import add_entry, set_due, set_status
from desktop.store.register_table import RegisterRow
from desktop.store.report_delete import delete_report, restore_report
from tests.conftest import ENGINES, empty_library_url


@pytest.fixture(params=ENGINES)
def db(request, tmp_path: Path):
    database = open_database(empty_library_url(request.param, tmp_path))
    yield database
    database.close()


TEXT = ("Kết luận của Thường trực Đảng ủy xã Kiểm Thử. Giao Phòng Thử Nghiệm rà soát hồ sơ đất. Văn phòng "
        "Kiểm Thử thường xuyên đôn đốc. Trước 30/6 hoàn thành đề án. Các đồng chí quán triệt tinh thần.")


def _report(doc_date: date | None = date(2025, 3, 10), meeting: DayMonthYear | None = None,
            text_: str = TEXT) -> Report:
    def task(words: str, **kw) -> Task:
        start = text_.index(words)
        return Task(text=words, span=(start, start + len(words)), **kw)

    return Report(source="kt.txt", text=text_, title="Thông báo kết luận thử", unit="Đảng ủy xã Kiểm Thử",
                  own_number="12-TB/ĐU", doc_date=doc_date, meeting=Meeting(date=meeting) if meeting else None,
                  tasks=[task("rà soát hồ sơ đất", owner="Phòng Thử Nghiệm", partners=["Tổ Kiểm Tra"]),
                         task("thường xuyên đôn đốc", owner="Văn phòng Kiểm Thử", deadline="thường xuyên"),
                         task("hoàn thành đề án", deadline="trước 30/6"),
                         task("quán triệt tinh thần")])  # neither owner nor deadline: not followed


def _by_text(db) -> dict[str, object]:
    return {e.text: e for e in list_entries(db)}


def test_storing_a_report_enters_its_tasks_with_an_owner_or_a_deadline(db) -> None:
    rid, _ = Library(db).add_report(_report())
    entries = _by_text(db)
    assert set(entries) == {"rà soát hồ sơ đất", "thường xuyên đôn đốc", "hoàn thành đề án"}
    plan = entries["hoàn thành đề án"]
    assert (plan.due, plan.recurring, plan.deadline, plan.status) == (date(2025, 6, 30), False, "trước 30/6",
                                                                      TaskStatus.TODO)
    assert plan.report_id == rid and plan.item_id is not None and plan.version == 1
    assert TEXT[plan.span[0]:plan.span[1]] == "hoàn thành đề án"
    assert (plan.source_title, plan.source_number, plan.source_date, plan.unit) == (
        "Thông báo kết luận thử", "12-TB/ĐU", date(2025, 3, 10), "Đảng ủy xã Kiểm Thử")
    every = entries["thường xuyên đôn đốc"]
    assert every.recurring and every.due is None and category(every, date(2030, 1, 1)) == Category.RECURRING
    owned = entries["rà soát hồ sơ đất"]
    assert owned.owner == "Phòng Thử Nghiệm" and owned.partners == ["Tổ Kiểm Tra"] and owned.due is None


@pytest.mark.parametrize(("doc_date", "meeting", "year"), [
    (None, DayMonthYear(day=2, month=11, year=2023), 2024),  # the meeting's date; 30/6 long before it: next year
    (None, DayMonthYear(month=5, year=2022), 2022),  # a month and year alone
    (date(2021, 1, 5), DayMonthYear(day=2, month=11, year=2023), 2021),  # the text's own date first
])
def test_a_missing_year_comes_from_the_reports_own_date(db, doc_date, meeting, year) -> None:
    Library(db).add_report(_report(doc_date, meeting))
    assert _by_text(db)["hoàn thành đề án"].due == date(year, 6, 30)


def test_without_any_date_the_import_day_counts(db) -> None:
    Library(db).add_report(_report(None))
    due = _by_text(db)["hoàn thành đề án"].due
    assert due is not None and due.month == 6 and due.year in (date.today().year, date.today().year + 1)


def test_sync_register_is_idempotent_and_fills_a_library_made_before_the_register(db) -> None:
    Library(db).add_report(_report())
    assert sync_register(db) == 0
    with db.session() as s:
        s.execute(delete(RegisterRow))  # as a library of version 0007 had none
    assert sync_register(db) == 3
    assert sync_register(db) == 0
    assert len(list_entries(db)) == 3


def test_due_follows_an_edited_phrase_unless_a_clerk_corrected_it(db) -> None:
    lib = Library(db)
    lib.add_report(_report())
    plan = _by_text(db)["hoàn thành đề án"]
    lib.update_item(plan.item_id, {"deadline": "trong quý III/2025"}, None)
    sync_register(db)
    assert get_entry(db, plan.id).due == date(2025, 9, 30)
    v = set_due(db, plan.id, date(2025, 10, 15), expected_version=plan.version)
    lib.update_item(plan.item_id, {"deadline": "trong năm 2025"}, None)
    sync_register(db)  # a new resolution leaves the clerk's date alone
    corrected = get_entry(db, plan.id)
    assert corrected.due == date(2025, 10, 15) and corrected.version == v
    set_due(db, plan.id, None, corrected=False)  # the correction dropped: the phrase again
    assert get_entry(db, plan.id).due == date(2025, 12, 31)


def _audit(db, field: str) -> list[tuple[str | None, str | None]]:
    with db.session() as s:
        return [(a.old_value, a.new_value) for a in s.scalars(
            select(AuditRow).where(AuditRow.field == field).order_by(AuditRow.id))]


def test_status_changes_are_versioned_audited_and_undone_with_the_previous_values(db) -> None:
    Library(db).add_report(_report())
    before = _by_text(db)["hoàn thành đề án"]
    late = date(2025, 7, 20)
    assert category(before, late) == Category.OPEN_OVERDUE
    v2 = set_status(db, before.id, "done", done_on=date(2025, 6, 25), note="Đã trình", expected_version=1,
                    who="Thư ký A")
    done = get_entry(db, before.id)
    assert (done.status, done.done_on, done.note, done.changed_by, done.version) == (
        TaskStatus.DONE, date(2025, 6, 25), "Đã trình", "Thư ký A", v2)
    assert category(done, late) == Category.DONE_ON_TIME
    with pytest.raises(ConflictError):  # saved on the version read before: refused
        set_status(db, before.id, "doing", expected_version=1)
    set_status(db, before.id, before.status, done_on=before.done_on, note=before.note,
               status_on=before.status_on, expected_version=v2, who="Thư ký A")  # the undo
    undone = get_entry(db, before.id)
    assert (undone.status, undone.done_on, undone.note) == (TaskStatus.TODO, None, "")
    assert category(undone, late) == Category.OPEN_OVERDUE
    assert _audit(db, "register.status") == [("todo", "done"), ("done", "todo")]
    assert _audit(db, "register.done_on") == [(None, "2025-06-25"), ("2025-06-25", None)]
    assert _audit(db, "register.note") == [(None, "Đã trình"), ("Đã trình", None)]


def test_a_done_task_without_a_date_is_done_today_and_bad_input_writes_nothing(db) -> None:
    Library(db).add_report(_report())
    entry = _by_text(db)["hoàn thành đề án"]
    set_status(db, entry.id, "hoàn thành", today=date(2025, 7, 1))  # the Vietnamese label is read too
    assert get_entry(db, entry.id).done_on == date(2025, 7, 1)
    assert category(get_entry(db, entry.id), date(2025, 7, 2)) == Category.DONE_LATE
    with pytest.raises(StoreError, match="không hợp lệ"):
        set_status(db, entry.id, "xong")
    with pytest.raises(StoreError, match="không có trong sổ"):
        set_status(db, 99999, "done")
    assert len(_audit(db, "register.status")) == 1


def test_list_filters(db) -> None:
    lib = Library(db)
    lib.add_report(_report())
    other = _report(date(2025, 3, 10), text_=TEXT + " Thêm.")
    other.unit = "Ủy ban nhân dân xã Thử Hai"
    lib.add_report(other)
    assert len(list_entries(db)) == 6
    assert {e.text for e in list_entries(db, owner="phong thu nghiem")} == {"rà soát hồ sơ đất"}
    assert len(list_entries(db, unit="thu hai")) == 3
    assert [e.due for e in list_entries(db, due_before=date(2025, 6, 30))] == [date(2025, 6, 30)] * 2
    assert list_entries(db, due_before=date(2025, 6, 29)) == []
    one = list_entries(db)[0]
    set_status(db, one.id, TaskStatus.DOING)
    assert [e.id for e in list_entries(db, status="doing")] == [one.id]


def test_entries_follow_their_item_and_report_and_come_back_with_a_restored_report(db) -> None:
    lib = Library(db)
    rid, _ = lib.add_report(_report())
    entries = _by_text(db)
    owned, plan = entries["rà soát hồ sơ đất"], entries["hoàn thành đề án"]
    delete_items(db, {owned.item_id: 1})
    assert owned.id not in {e.id for e in list_entries(db)}
    set_status(db, plan.id, "done", done_on=date(2025, 6, 1))
    gone = delete_report(db, rid)
    assert list_entries(db) == []
    new_id = restore_report(db, gone)
    back = {e.text: e for e in list_entries(db)}
    assert set(back) == {"thường xuyên đôn đốc", "hoàn thành đề án"}
    kept = back["hoàn thành đề án"]
    assert (kept.id, kept.report_id, kept.status, kept.done_on) == (plan.id, new_id, TaskStatus.DONE, date(2025, 6, 1))
    assert kept.item_id is not None and lib.get_report(new_id).tasks
    assert sync_register(db) == 0  # restored as it was: nothing to make again


def test_a_clerks_own_entry_and_the_items_a_new_reading_keeps(db) -> None:
    rid, _ = Library(db).add_report(_report())
    eid = add_entry(db, "Báo cáo bổ sung số liệu", report_id=rid, owner="Phòng Thử Nghiệm", deadline="trong tháng 8")
    mine = get_entry(db, eid)
    assert (mine.item_id, mine.due, mine.owner, mine.source_date) == (None, date(2025, 8, 31), "Phòng Thử Nghiệm",
                                                                      date(2025, 3, 10))
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(AuditRow).where(AuditRow.field == "register")) == 1
        assert followed_items(s, rid) == set()
    plan = _by_text(db)["hoàn thành đề án"]
    set_status(db, plan.id, "doing")
    with db.session() as s:
        assert followed_items(s, rid) == {plan.item_id}
    with pytest.raises(StoreError):
        add_entry(db, "  ")


def test_a_library_of_version_0007_gets_the_register_and_sync_fills_it(tmp_path: Path) -> None:
    from alembic import command

    from desktop.store.db import _alembic_config, current_revision

    path = tmp_path / "v7.sqlite3"
    old = open_database(f"sqlite:///{path}", migrate=False)
    with old.engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0007")
        conn.execute(text("INSERT INTO reports (id, content_hash, source_name, title, original_text, body, imported_at,"
                          " version, note, line_overrides, corrected, doc_date) VALUES (1, 'h', 'x.txt', 'cũ', 't', 'b',"
                          " '2025-01-01 00:00:00', 1, '', '', '', '2024-11-20')"))
        conn.execute(text("INSERT INTO items (report_id, type, position, origin, review_status, note, text, deadline,"
                          " version) VALUES (1, 'task', 1, 'auto', 'unchecked', '', 'lập đề án thử', 'trong quý I', 1)"))
    old.close()
    db = open_database(f"sqlite:///{path}")
    try:
        assert current_revision(db.engine) == "0008"
        assert list_entries(db) == []
        assert sync_register(db) == 1
        [entry] = list_entries(db)
        assert (entry.text, entry.due) == ("lập đề án thử", date(2025, 3, 31))  # quý I after November: next year's
    finally:
        db.close()


def test_a_new_reading_keeps_a_followed_task_with_its_entry(db) -> None:
    from desktop.store.register import sync_report
    from desktop.store.reread import replace_untouched

    rid, _ = Library(db).add_report(_report())
    entries = _by_text(db)
    plan, owned = entries["hoàn thành đề án"], entries["rà soát hồ sơ đất"]
    set_status(db, plan.id, "doing", note="Đang soạn")
    new = _report()  # the same tasks read on other words: what nobody touched goes, the rest stays
    for t in new.tasks:
        t.text, t.span = t.text + " (đọc lại)", (t.span[0] + 1, t.span[1])
    with db.session() as s:
        replace_untouched(s, rid, new, "Thư ký Thử")
        sync_report(s, rid)
    after = {e.id: e for e in list_entries(db)}
    assert after[plan.id].status == TaskStatus.DOING and after[plan.id].note == "Đang soạn"
    assert after[plan.id].text == "hoàn thành đề án"  # the followed task as it was
    assert owned.id not in after  # an untouched task went with its entry …
    assert "rà soát hồ sơ đất (đọc lại)" in {e.text for e in after.values()}  # … and its new reading entered
