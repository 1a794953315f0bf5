"""Review statuses are stored as stable codes and shown by their labels (issue 18, point 5).

The library of schema 0006 is the one ``tests/data/make_library_0006.py`` made with ReportDesk before the codes
(statuses stored as Vietnamese labels): as a file for SQLite, as rows loaded into a 0006 schema for PostgreSQL.
"""

from __future__ import annotations

import json
import shutil
from datetime import datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import MetaData, text

from desktop.cli import main as cli_main
from desktop.core.extract import extract_text
from desktop.core.model import ReviewStatus
from desktop.store.db import Database, _alembic_config, current_revision, open_database
from desktop.store.library import Library
from desktop.store.search import search
from tests.conftest import empty_library_url
from tests.store.test_store import SAMPLE

DATA = Path(__file__).resolve().parents[1] / "data"
DUMP = json.loads((DATA / "library_0006.json").read_text(encoding="utf-8"))
CODES = {"chưa kiểm tra": "unchecked", "đã xác minh": "verified", "cần sửa": "needs_fix", "loại bỏ": "rejected"}
TABLES = ("reports", "items", "audit", "search_docs", "finding_dismissals")


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request, tmp_path: Path) -> str:
    return empty_library_url(request.param, tmp_path)


def _load_0006(url: str) -> Database:
    """A schema at 0006 holding the rows the 0006 version wrote."""
    db = open_database(url, migrate=False)
    with db.engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0006")
        meta = MetaData()
        meta.reflect(conn, only=TABLES)
        for name in TABLES:
            table = meta.tables[name]
            rows = [{k: _typed(table.c[k].type, v) for k, v in row.items()} for row in DUMP[name]]
            if rows:
                conn.execute(table.insert(), rows)
    return db


def _typed(kind: object, value: object) -> object:
    try:
        python = kind.python_type  # type: ignore[attr-defined]
    except NotImplementedError:
        return value
    if value is not None and python is datetime:
        return datetime.fromisoformat(str(value))
    if value is not None and python is bool:
        return bool(value)
    return value


def _migrate(db: Database, to: str, down: bool = False) -> None:
    with db.engine.begin() as conn:
        (command.downgrade if down else command.upgrade)(_alembic_config(conn), to)


def _stored(db: Database) -> tuple[dict[int, str], list[tuple[str | None, str | None, str | None]]]:
    """The items' statuses and the audit's (field, old, new), as the tables hold them."""
    with db.engine.connect() as conn:
        items = {i: s for i, s in conn.execute(text("SELECT id, review_status FROM items"))}
        audit = conn.execute(text("SELECT field, old_value, new_value FROM audit ORDER BY id")).all()
    return items, [tuple(a) for a in audit]


def _server_default(db: Database) -> str | None:
    """The items' status column default on PostgreSQL (None on SQLite)."""
    if db.dialect != "postgresql":
        return None
    with db.engine.connect() as conn:
        value = conn.execute(text("SELECT column_default FROM information_schema.columns "
                                  "WHERE table_name = 'items' AND column_name = 'review_status'")).scalar_one()
    return str(value).split("'")[1]


def _as_codes(value: str | None, field: str | None) -> str | None:
    return CODES[value] if field == "review" and value is not None else value


EXPECTED_ITEMS = {r["id"]: CODES[r["review_status"]] for r in DUMP["items"]}
EXPECTED_AUDIT = [(a["field"], _as_codes(a["old_value"], a["field"]), _as_codes(a["new_value"], a["field"]))
                  for a in DUMP["audit"]]


def _check_upgraded(db: Database) -> None:
    assert current_revision(db.engine) == "0008"
    items, audit = _stored(db)
    assert items == EXPECTED_ITEMS and set(items.values()) == set(CODES.values())
    assert audit == EXPECTED_AUDIT
    assert ("note", "", "cần sửa") in audit  # a note that reads like a status is no status
    lib = Library(db)
    [summary] = lib.list_reports()
    assert (summary.verified, summary.items) == (1, 5)  # 8 items, 3 of them a tally's parts; counted on codes
    report = lib.get_report(summary.id)
    labels = {r["id"]: r["review_status"] for r in DUMP["items"]}
    assert {i.id: i.review.label for i in report.items()} == labels  # reads back the same
    verified = next(i for i in report.items() if i.review == ReviewStatus.VERIFIED)
    assert [(h.old_value, h.new_value) for h in lib.history(verified.id)][-1] == ("unchecked", "verified")
    for status in ("verified", "đã xác minh"):  # the filter compares codes, and still takes an old label
        assert [h.item_id for h in search(db, "nguyen thi lan", review_status=status)] == [verified.id]
    assert search(db, "nguyen thi lan", review_status="unchecked") == []


def test_a_sqlite_library_made_at_0006_opens_upgraded_to_codes_and_reads_back_the_same(tmp_path: Path) -> None:
    path = tmp_path / "thu-vien.sqlite3"
    shutil.copy(DATA / "library_0006.sqlite3", path)
    db = open_database(f"sqlite:///{path}")  # what the window and every command do
    try:
        _check_upgraded(db)
    finally:
        db.close()
    [before] = tmp_path.glob("thu-vien.truoc-nang-cap-0006-*.sqlite3")  # the copy kept before the upgrade
    old = open_database(f"sqlite:///{before}", migrate=False)
    assert current_revision(old.engine) == "0006" and set(_stored(old)[0].values()) == set(CODES)
    old.close()


def test_migration_0007_converts_items_and_audit_both_ways(url: str) -> None:
    db = _load_0006(url)
    try:
        original = _stored(db)
        _migrate(db, "head")
        _check_upgraded(db)
        assert _server_default(db) in (None, "unchecked")  # SQLite keeps its column as it was
        _migrate(db, "0006", down=True)
        assert current_revision(db.engine) == "0006" and _stored(db) == original
        assert _server_default(db) in (None, "chưa kiểm tra")
        _migrate(db, "head")
        assert _stored(db) == (EXPECTED_ITEMS, EXPECTED_AUDIT)
    finally:
        db.close()


def test_statuses_are_written_as_codes(url: str) -> None:
    db = open_database(url)
    try:
        lib = Library(db)
        rid, _ = lib.add_report(extract_text(SAMPLE, name="tan-my.txt"))
        first, second = lib.get_report(rid).items()[:2]
        lib.set_review(first.id, ReviewStatus.VERIFIED, first.version, who="Lan")
        lib.set_review_many({second.id: ReviewStatus.NEEDS_FIX}, who="Lan")
        items, audit = _stored(db)
        assert items[first.id] == "verified" and items[second.id] == "needs_fix"
        assert set(items.values()) == {"unchecked", "verified", "needs_fix"}
        assert [a for a in audit if a[0] == "review"] == [("review", "unchecked", "verified"),
                                                          ("review", "unchecked", "needs_fix")]
    finally:
        db.close()


def test_search_status_takes_the_code_or_the_old_label(tmp_path: Path, capsys) -> None:
    db_url = f"sqlite:///{tmp_path / 'lib.sqlite3'}"
    lib = Library(open_database(db_url))
    rid, _ = lib.add_report(extract_text(SAMPLE, name="tan-my.txt"))
    task = lib.get_report(rid).tasks[0]
    lib.set_review(task.id, ReviewStatus.VERIFIED, task.version, who="Lan")
    lib.db.close()
    found = {}
    for word in ("verified", "đã xác minh", "unchecked"):
        assert cli_main(["search", "tap trung", "--status", word, "--json", "--db", db_url]) == 0
        found[word] = [h["item_id"] for h in json.loads(capsys.readouterr().out)]
    assert found["verified"] == found["đã xác minh"] == [task.id] and task.id not in found["unchecked"]
    with pytest.raises(SystemExit) as exit_:
        cli_main(["search", "tap trung", "--status", "xong", "--db", db_url])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "Trạng thái kiểm tra “xong” không có" in err and "verified (đã xác minh)" in err


def test_the_workbook_prints_the_vietnamese_label(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from desktop.export import export_reports

    lib = Library(open_database(f"sqlite:///{tmp_path / 'lib.sqlite3'}"))
    rid, _ = lib.add_report(extract_text(SAMPLE, name="tan-my.txt"))
    task = lib.get_report(rid).tasks[0]
    lib.set_review(task.id, ReviewStatus.VERIFIED, task.version)
    report = lib.get_report(rid)  # read back from the store: the statuses came from their codes
    ws = load_workbook(export_reports([report], "xlsx", "tracking", tmp_path / "t.xlsx"))["Đối chiếu nguồn"]
    shown = [(r[2], r[5]) for r in ws.iter_rows(min_row=6, values_only=True)]
    assert (task.text, "đã xác minh") in shown and {s for _, s in shown} == {"đã xác minh", "chưa kiểm tra"}
    lib.db.close()
