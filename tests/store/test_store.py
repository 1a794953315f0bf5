"""The storage layer on SQLite and on a real PostgreSQL (``REPORTDESK_TEST_PG``; CI starts one)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.core.extract import extract_file, extract_text
from desktop.core.model import Indicator, Origin, ReviewStatus
from desktop.store.backup import backup_database, rotate_backups
from desktop.store.db import current_revision, open_database
from desktop.store.errors import ConflictError, StoreError
from desktop.store.importer import import_paths
from desktop.store.library import Library
from desktop.store.search import search
from tests.conftest import CORPUS, ENGINES, ROOT, dev_files, empty_library_url


@pytest.fixture(params=ENGINES)
def db(request, tmp_path: Path):
    database = open_database(empty_library_url(request.param, tmp_path))
    yield database
    database.close()


@pytest.fixture
def lib(db) -> Library:
    return Library(db)


SAMPLE = ("Thường trực Huyện ủy làm việc với xã Tân Mỹ\n\nSáng 12/5, đồng chí Nguyễn Thị Lan, Bí thư Huyện ủy chủ "
          "trì buổi làm việc. Trong 18 chỉ tiêu, có 12 chỉ tiêu đạt, 4 chỉ tiêu đạt trên 80%, 2 chỉ tiêu chưa đạt. "
          "Tỷ lệ che phủ rừng đạt 61,2%. Đồng chí yêu cầu Đảng ủy xã tập trung chỉ đạo nhiệm vụ phát triển "
          "đảng viên; đẩy nhanh tiến độ xây dựng trường học ở Sa Pa.")


def test_schema_is_at_head(db) -> None:
    assert current_revision(db.engine) == "0008"


def test_import_dev_corpus_stores_every_item_with_spans(lib: Library) -> None:
    files = dev_files()
    if not files:
        pytest.skip("dev corpus not available")
    results = import_paths(lib, [CORPUS])
    assert [r.status for r in results] == ["imported"] * len(files)
    for res in results:
        fresh = extract_file(res.path)
        stored = lib.get_report(res.report_id)
        assert stored.text == fresh.text and stored.title == fresh.title
        pairs = list(zip(stored.items(), fresh.items(), strict=True))
        assert pairs, res.path
        for a, b in pairs:
            assert type(a) is type(b) and a.span == b.span and a.span is not None
        assert [f.kind for f in stored.findings] == [f.kind for f in fresh.findings]


def test_duplicates_and_failures_do_not_stop_the_batch(lib: Library, tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    a.write_text(SAMPLE, encoding="utf-8")
    b = tmp_path / "sub" / "b.txt"
    b.parent.mkdir()
    b.write_text(SAMPLE, encoding="utf-8")  # same text, another file
    (tmp_path / "sub" / "rong.txt").write_bytes(b"")
    (tmp_path / "sub" / "c.txt").write_text(SAMPLE.replace("Tân Mỹ", "Tân Lập"), encoding="utf-8")
    results = import_paths(lib, [tmp_path])
    status = {r.path.name: r.status for r in results}
    assert status == {"a.txt": "imported", "b.txt": "duplicate", "rong.txt": "failed", "c.txt": "imported"}
    assert "rỗng" in next(r.reason for r in results if r.status == "failed")
    assert lib.count() == 2


def test_search_is_diacritics_insensitive_with_filters(lib: Library) -> None:
    rid, _ = lib.add_report(extract_text(SAMPLE, name="tan-my.txt"))
    other = extract_text("Tin khác\n\nHội nghị bàn về giao thông nông thôn ở Bắc Hà.", name="khac.txt")
    lib.add_report(other)
    hits = search(lib.db, "nhiem vu")
    assert hits and all(h.report_id == rid for h in hits)
    assert "[nhiệm vụ]" in hits[0].snippet
    assert search(lib.db, "sa pa")[0].report_id == rid
    assert search(lib.db, "DANG UY XA", item_type="task")
    assert search(lib.db, "dang uy", item_type="person") == []
    assert search(lib.db, "bac ha")[0].report_id != rid
    assert search(lib.db, "nguyen thi lan", item_type="person")[0].item_type == "person"
    task = lib.get_report(rid).tasks[0]
    lib.set_review(task.id, ReviewStatus.VERIFIED, task.version, who="Lan")
    assert [h.item_id for h in search(lib.db, "tap trung", item_type="task", review_status="đã xác minh")] == [task.id]
    assert search(lib.db, "nhiem vu", date_from="2099-01-01") == []
    assert search(lib.db, "   ") == []


def test_edits_are_audited_with_who_when_field_old_new(lib: Library) -> None:
    rid, _ = lib.add_report(extract_text(SAMPLE))
    ind = next(i for i in lib.get_report(rid).indicators if i.value == 61.2)
    v2 = lib.update_item(ind.id, {"value": 62.1, "note": "theo báo cáo sửa đổi"}, ind.version, who="Lan")
    v3 = lib.set_review(ind.id, ReviewStatus.VERIFIED, v2, who="Minh")
    assert v3 == v2 + 1 == ind.version + 2
    hist = lib.history(ind.id)
    assert [(h.who, h.field, h.old_value, h.new_value) for h in hist] == [
        ("Lan", "value", "61.2", "62.1"), ("Lan", "note", "", "theo báo cáo sửa đổi"),
        ("Minh", "review", "unchecked", "verified")]  # stored as codes
    again = next(i for i in lib.get_report(rid).indicators if i.id == ind.id)
    assert again.value == 62.1 and again.review == ReviewStatus.VERIFIED and again.reviewer == "Minh"


def test_the_second_save_of_the_same_item_gets_a_conflict_and_loses_nothing(db) -> None:
    clerk_a, clerk_b = Library(db), Library(db)
    rid, _ = clerk_a.add_report(extract_text(SAMPLE))
    item_a = clerk_a.get_report(rid).tasks[0]
    item_b = clerk_b.get_report(rid).tasks[0]
    clerk_a.update_item(item_a.id, {"owner": "Đảng ủy xã Tân Mỹ"}, item_a.version, who="A")
    with pytest.raises(ConflictError) as err:
        clerk_b.update_item(item_b.id, {"owner": "UBND xã"}, item_b.version, who="B")
    assert err.value.current["owner"] == "Đảng ủy xã Tân Mỹ" and err.value.mine == {"owner": "UBND xã"}
    assert "người khác" in str(err.value)
    stored = clerk_b.get_report(rid).tasks[0]
    assert stored.owner == "Đảng ủy xã Tân Mỹ"
    clerk_b.update_item(stored.id, {"owner": "UBND xã"}, stored.version, who="B")  # after looking, B saves


def test_manual_items_and_deletes(lib: Library) -> None:
    rid, _ = lib.add_report(extract_text(SAMPLE))
    new = Indicator(label="Thu ngân sách", value=3.45, unit="tỷ đồng", origin=Origin.MANUAL, span=(0, 5))
    item_id = lib.add_item(rid, new, who="Lan")
    r = lib.get_report(rid)
    stored = next(i for i in r.indicators if i.id == item_id)
    assert stored.origin == Origin.MANUAL and stored.span == (0, 5)
    assert search(lib.db, "thu ngan sach")[0].item_id == item_id
    lib.delete_item(item_id, stored.version, who="Lan")
    assert all(i.id != item_id for i in lib.get_report(rid).indicators)
    assert search(lib.db, "thu ngan sach") == []
    lib.delete_report(rid)
    assert lib.count() == 0 and search(lib.db, "nhiem vu") == []


def test_list_reports_by_unit_and_progress(lib: Library) -> None:
    files = [f for f in dev_files() if f.name.startswith(("tb-", "bao-cao"))]
    if not files:
        pytest.skip("dev corpus not available")
    import_paths(lib, files)
    rows = lib.list_reports()
    assert {r.unit for r in rows} >= {"TỈNH UỶ HOÀ LÂM", "HUYỆN ỦY TÂN LẬP"}
    assert all(r.items > 0 and r.verified == 0 for r in rows)
    only = lib.list_reports(unit="HUYỆN ỦY TÂN LẬP")
    assert [r.unit for r in only] == ["HUYỆN ỦY TÂN LẬP"]
    assert lib.units() == sorted(lib.units())


def test_a_text_with_nothing_to_extract_is_done_only_when_a_clerk_says_so(lib: Library) -> None:
    empty, _ = lib.add_report(extract_text("Thông báo lịch tiếp công dân\n\nLịch tiếp công dân tuần tới như thường lệ.",
                                        name="lich.txt"))
    full, _ = lib.add_report(extract_text("Tin\n\nThu ngân sách đạt 12,5 tỷ đồng.", name="tin.txt"))

    def state(rid: int) -> tuple[int, bool]:
        s = next(r for r in lib.list_reports() if r.id == rid)
        return s.items, s.reviewed

    assert state(empty) == (0, False)  # no item yet is not "done"
    lib.set_nothing_to_extract(empty, True, who="Lan")
    assert state(empty) == (0, True) and lib.nothing_to_extract(empty)
    entry = [h for h in lib.report_history(empty) if h.field == "checked_empty"][-1]
    assert (entry.who, entry.old_value, entry.new_value) == ("Lan", "False", "True")
    lib.set_nothing_to_extract(empty, False)
    assert state(empty) == (0, False)
    assert state(full) == (1, False)


def test_the_same_person_unchecked_in_other_texts_is_found_and_reviewed_in_one_go(lib: Library) -> None:
    text = "Tin\n\nĐồng chí Nguyễn Thị Lan, Bí thư Huyện ủy chủ trì hội nghị {0}."
    ids = [lib.add_report(extract_text(text.format(k), name=f"t{k}.txt"))[0] for k in range(3)]
    people = [lib.get_report(rid).people[0] for rid in ids]
    same = lib.identical_unchecked(people[0].id)
    assert sorted(same) == sorted(p.id for p in people[1:])  # other texts only
    lib.set_review_many({same[0]: ReviewStatus.VERIFIED}, who="Lan")
    assert lib.identical_unchecked(people[0].id) == same[1:]  # a checked one is no longer offered
    assert lib.history(same[0])[-1].who == "Lan"


# --- SQLite files: upgrades, backups, bad files ------------------------------------------------

def test_old_database_is_upgraded_after_a_backup_copy(tmp_path: Path) -> None:
    from alembic import command

    from desktop.store.db import _alembic_config

    path = tmp_path / "old.sqlite3"
    db = open_database(f"sqlite:///{path}", migrate=False)
    with db.engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0001")
    Library(db)  # an old file with data in it
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO reports (content_hash, source_name, title, original_text, body, imported_at,"
                          " version) VALUES ('h', 'x.txt', 'cũ', 't', 'b', '2024-01-01 00:00:00', 1)"))
    db.close()
    db = open_database(f"sqlite:///{path}")
    assert current_revision(db.engine) == "0008"
    backups = list(tmp_path.glob("old.truoc-nang-cap-0001-*.sqlite3"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as c:
        assert c.execute("SELECT title FROM reports").fetchall() == [("cũ",)]
    assert Library(db).count() == 1


def test_backup_and_rotation(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'lib.sqlite3'}")
    lib = Library(db)
    lib.add_report(extract_text(SAMPLE))
    dest = backup_database(db, tmp_path / "bk" / "copy.sqlite3")
    with sqlite3.connect(dest) as c:
        assert c.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert c.execute("SELECT count(*) FROM reports").fetchone() == (1,)
    for _ in range(4):
        rotate_backups(db, tmp_path / "auto", keep=2)
    assert len(list((tmp_path / "auto").glob("tu-dong-*.sqlite3"))) == 2
    out = subprocess.run([sys.executable, "-m", "desktop.cli", "backup", str(tmp_path / "cli.sqlite3"), "--db",
                          f"sqlite:///{tmp_path / 'lib.sqlite3'}"], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0 and (tmp_path / "cli.sqlite3").exists()


def test_corrupt_file_gets_a_clear_message_and_is_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "hong.sqlite3"
    garbage = b"this is not a database" * 100
    path.write_bytes(garbage)
    with pytest.raises(StoreError, match="hỏng"):
        open_database(f"sqlite:///{path}")
    assert path.read_bytes() == garbage
    # a real SQLite header with broken pages inside
    good = tmp_path / "good.sqlite3"
    gdb = open_database(f"sqlite:///{good}")
    Library(gdb).add_report(extract_text(SAMPLE))
    gdb.close()  # checkpoint the WAL into the file
    data = bytearray(good.read_bytes())
    assert len(data) > 4096 * 6
    for k in range(4096, min(len(data), 4096 * 6)):
        data[k] = 0xFF
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(bytes(data))
    with pytest.raises(StoreError) as err:
        open_database(f"sqlite:///{bad}")
    assert "hỏng" in str(err.value) or "toàn vẹn" in str(err.value)


def test_locked_database_gives_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    lib = Library(open_database(f"sqlite:///{path}", busy_timeout_ms=200))
    other = sqlite3.connect(path, timeout=0.1)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError, match="khóa"):
            lib.add_report(extract_text(SAMPLE))
    finally:
        other.rollback()
        other.close()
    assert lib.add_report(extract_text(SAMPLE))[1] is True


def test_full_disk_loses_nothing(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    db = open_database(f"sqlite:///{path}")
    lib = Library(db)
    lib.add_report(extract_text(SAMPLE))
    from sqlalchemy import event

    @event.listens_for(db.engine, "connect")
    def _small(dbapi_conn, _rec) -> None:
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count={pages + 2}")

    db.engine.dispose()
    big = extract_text("Tin dài\n\n" + ("Thu ngân sách đạt 12,5 tỷ đồng; nhiệm vụ trọng tâm. " * 4000))
    with pytest.raises(StoreError, match="đầy"):
        lib.add_report(big)
    db.close()
    again = Library(open_database(f"sqlite:///{path}"))
    assert again.count() == 1 and again.get_report(1).title.startswith("Thường trực")


def test_unwritable_folder_gets_a_clear_message(tmp_path: Path, monkeypatch) -> None:
    def refuse(self, data) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "write_bytes", refuse)
    with pytest.raises(StoreError, match="quyền ghi"):
        open_database(f"sqlite:///{tmp_path / 'ro' / 'lib.sqlite3'}")


def test_killing_a_batch_import_leaves_each_report_whole_or_absent(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for k in range(300):
        (src / f"bc-{k:03d}.txt").write_text(
            f"Báo cáo số {k}\n\n" + SAMPLE.replace("18 chỉ tiêu", f"{k + 18} chỉ tiêu") * 3, encoding="utf-8")
    path = tmp_path / "lib.sqlite3"
    url = f"sqlite:///{path}"
    open_database(url).close()
    proc = subprocess.Popen([sys.executable, "-m", "desktop.cli", "import", str(src), "--db", url],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    seen = 0
    deadline = time.time() + 60
    while seen < 20 and time.time() < deadline:
        line = proc.stdout.readline()
        seen += "đã nhập" in line
    proc.kill()
    proc.wait()
    proc.stdout.close()
    assert seen >= 20, "the import did not get going"
    db = open_database(url)
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    lib = Library(db)
    n = lib.count()
    assert 20 <= n < 300
    for summary in lib.list_reports():
        stored = lib.get_report(summary.id)
        fresh = extract_file(src / stored.source)
        assert len(stored.items()) == len(fresh.items()), stored.source


PAGE = ("Huyện ủy Hòa Lâm sơ kết công tác quý I/2026\n05/04/2026 08:15\n"
        "Sáng 3/4, Ban Thường vụ Huyện ủy Hòa Lâm tổ chức hội nghị sơ kết công tác quý I. Đồng chí Trần Văn Bình, "
        "Bí thư Huyện ủy chủ trì hội nghị. Thu ngân sách đạt 120,5 tỷ đồng.\n")


def test_a_web_page_is_filed_under_its_unit_and_post_date(lib: Library) -> None:
    """A page whose meeting date has no year is filed under its own post date, not the import day."""
    rid, _ = lib.add_report(extract_text(PAGE, name="hoa-lam.txt"), who="Lan")
    summary = next(s for s in lib.list_reports() if s.id == rid)
    assert (summary.unit, summary.meeting_date, summary.doc_date) == ("Huyện ủy Hòa Lâm", None, "2026-04-05")
    assert summary.day == "2026-04-05"
    assert [s.id for s in lib.list_reports(date_from="2026-04-01", date_to="2026-04-30")] == [rid]
    assert lib.list_reports(date_from="2026-05-01") == []
    assert [h.report_id for h in search(lib.db, "so ket", date_from="2026-04-05", date_to="2026-04-05")] == [rid]
    assert lib.get_report(rid).doc_date.isoformat() == "2026-04-05"
