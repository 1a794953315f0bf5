"""``reportdesk tasks`` and ``reportdesk task-status`` (issue 17, item 4) and the register's "done when": the dev
conclusion notices and reports imported into an empty library give entries carrying every gold task with an
owner or a deadline, full-date deadlines resolved to that date; ``--today`` after a deadline makes it overdue,
``task-status ID done --date`` before it makes it done on time, audited, and undone with the previous values.
Texts of the small libraries are invented; the dev corpus and its gold are read from ../shared."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.cli import main
from desktop.core.model import Report, Task
from desktop.core.textnorm import fold
from desktop.store.db import open_database
from desktop.store.library import Library
from desktop.store.models import AuditRow, ReportRow
from desktop.store.register import get_entry
from desktop.store.register_edit import set_status
from tests.conftest import CORPUS, GOLD, dev_files

# measured on the dev corpus (issue 17): every gold task with an owner or a deadline has its entry (40 of 40)
MEASURED_SHARE = 1.0


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", fold(text)))


def _tasks(url: str, *options: str, capsys) -> list[dict]:
    assert main(["tasks", "--json", "--db", url, *options]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.fixture(scope="module")
def dev_library(tmp_path_factory) -> tuple[str, dict[int, str]]:
    """The dev corpus imported with ``reportdesk import`` into an empty library: (url, report id → file stem)."""
    if not dev_files() or not GOLD.is_dir():
        pytest.skip("dev corpus not available")
    url = f"sqlite:///{tmp_path_factory.mktemp('dev') / 'dev.sqlite3'}"
    assert main(["import", str(CORPUS), "--db", url]) == 0
    db = open_database(url)
    with db.session() as s:
        stems = {rid: Path(name).stem for rid, name in s.execute(select(ReportRow.id, ReportRow.source_name))}
    db.close()
    return url, stems


def _gold_followed() -> list[tuple[str, dict]]:
    out = []
    for path in sorted(GOLD.glob("*.json")):
        for task in json.loads(path.read_text(encoding="utf-8")).get("tasks", []):
            if task.get("owner") or task.get("deadline"):
                out.append((path.stem, task))
    return out


def _match(task: dict, entries: list[dict]) -> dict | None:
    """The entry of the same report saying most of the gold task's words (60 % at least)."""
    words = _words(task["text"])
    best = max(entries, key=lambda e: len(words & _words(e["text"])), default=None)
    return best if best is not None and len(words & _words(best["text"])) >= 0.6 * len(words) else None


def test_the_dev_register_carries_every_gold_task_with_an_owner_or_a_deadline(dev_library, capsys) -> None:
    url, stems = dev_library
    entries = _tasks(url, capsys=capsys)
    gold = _gold_followed()
    assert gold
    found, full_dates, recurring = 0, 0, 0
    for stem, task in gold:
        entry = _match(task, [e for e in entries if stems[e["report_id"]] == stem])
        if entry is None:
            print("not in the register:", stem, task["text"][:80])
            continue
        found += 1
        deadline = task.get("deadline") or ""
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", deadline):  # a full date: resolved to that very date
            full_dates += 1
            assert entry["due"] == deadline, (stem, task["text"][:60], entry)
        elif fold(deadline) in ("thuong xuyen", "hang thang"):
            recurring += 1
            assert entry["recurring"] and entry["due"] is None and entry["category"] == "recurring"
    share = found / len(gold)
    print(f"register: {found} of {len(gold)} gold tasks with an owner or a deadline ({share:.0%}); "
          f"{full_dates} full dates, {recurring} recurring checked")
    assert share >= MEASURED_SHARE
    assert full_dates >= 15 and recurring >= 5  # the gold has 17 full dates and 7 recurring phrases


def test_gold_period_phrases_resolve_to_their_periods_end(dev_library, capsys) -> None:
    url, _ = dev_library
    by_phrase = {e["deadline"]: e["due"] for e in _tasks(url, capsys=capsys) if e["deadline"]}
    for phrase, due in [("trong quý III/2024", "2024-09-30"), ("trong quý IV/2024", "2024-12-31"),
                        ("trong năm 2025", "2025-12-31"), ("trong quý I/2026", "2026-03-31")]:
        if phrase in by_phrase:
            assert by_phrase[phrase] == due, phrase
    assert len(set(by_phrase) & {"trong quý III/2024", "trong quý IV/2024", "trong năm 2025"}) >= 2


TEXT = "Giao Phòng Thử Nghiệm lập đề án. Giao Tổ Kiểm Tra rà soát hồ sơ. Văn phòng Thử thường xuyên đôn đốc."


@pytest.fixture
def url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("REPORTDESK_USER", "Thư ký Thử")
    url = f"sqlite:///{tmp_path / 'tasks.sqlite3'}"
    lib = Library(open_database(url))

    def task(words: str, owner: str, deadline: str) -> Task:
        return Task(text=words, span=(TEXT.index(words), TEXT.index(words) + len(words)), owner=owner,
                    deadline=deadline)

    lib.add_report(Report(source="thu.txt", text=TEXT, title="Thông báo thử", doc_date=date(2025, 3, 10),
                          tasks=[task("lập đề án", "Phòng Thử Nghiệm", "trước 30/6"),
                                 task("rà soát hồ sơ", "Tổ Kiểm Tra", "trong quý III/2025"),
                                 task("thường xuyên đôn đốc", "Văn phòng Thử", "thường xuyên")]))
    lib.db.close()
    return url


def _audit_count(url: str) -> int:
    db = open_database(url)
    with db.session() as s:
        n = s.scalar(select(func.count()).select_from(AuditRow).where(AuditRow.field.like("register.%"))) or 0
    db.close()
    return n


def test_overdue_then_done_on_time_audited_and_undone(url: str, capsys) -> None:
    today = ["--today", "2025-07-15"]
    entries = {e["text"]: e for e in _tasks(url, *today, capsys=capsys)}
    plan = entries["lập đề án"]
    assert (plan["due"], plan["status"], plan["category"]) == ("2025-06-30", "todo", "open_overdue")
    assert entries["rà soát hồ sơ"]["category"] == "open_on_time"
    assert [e["text"] for e in _tasks(url, "--category", "open_overdue", *today, capsys=capsys)] == ["lập đề án"]
    assert main(["task-status", str(plan["id"]), "done", "--date", "2025-06-20", "--note", "Đã trình",
                 "--db", url]) == 0
    assert "đã hoàn thành đúng hạn" in capsys.readouterr().out
    done = {e["text"]: e for e in _tasks(url, *today, capsys=capsys)}["lập đề án"]
    assert (done["status"], done["category"], done["done_on"]) == ("done", "done_on_time", "2025-06-20")
    db = open_database(url)
    try:
        with db.session() as s:
            audit = [(a.field, a.old_value, a.new_value, a.who) for a in s.scalars(
                select(AuditRow).where(AuditRow.field.like("register.%")).order_by(AuditRow.id))]
        assert ("register.status", "todo", "done", "Thư ký Thử") in audit
        assert ("register.done_on", None, "2025-06-20", "Thư ký Thử") in audit
        now = get_entry(db, plan["id"])
        set_status(db, plan["id"], "todo", done_on=None, note="", expected_version=now.version)  # the undo
    finally:
        db.close()
    undone = {e["text"]: e for e in _tasks(url, *today, capsys=capsys)}["lập đề án"]
    assert (undone["status"], undone["category"], undone["done_on"]) == ("todo", "open_overdue", None)
    assert _audit_count(url) == 6  # status, date and note, each changed and changed back


def test_filters_and_the_readable_table(url: str, capsys) -> None:
    assert [e["owner"] for e in _tasks(url, "--owner", "to kiem tra", capsys=capsys)] == ["Tổ Kiểm Tra"]
    assert [e["due"] for e in _tasks(url, "--due-before", "2025-06-30", capsys=capsys)] == ["2025-06-30"]
    assert len(_tasks(url, "--status", "todo", capsys=capsys)) == 3
    assert _tasks(url, "--status", "hoàn thành", capsys=capsys) == []
    recurring = _tasks(url, "--category", "recurring", capsys=capsys)
    assert [(e["recurring"], e["due"]) for e in recurring] == [(True, None)]
    assert main(["tasks", "--today", "2025-07-15", "--db", url]) == 0
    out = capsys.readouterr().out
    assert "Hạn" in out and "Chủ trì" in out and "Phòng Thử Nghiệm" in out
    assert "chưa hoàn thành – quá hạn: 1" in out and "thường xuyên: 1" in out


@pytest.mark.parametrize(("args", "message"), [
    (["task-status", "999", "done"], "Không có nhiệm vụ số 999"),
    (["task-status", "1", "xong"], "Trạng thái “xong” không hợp lệ"),
    (["task-status", "1", "done", "--date", "2025-02-30"], "ngày “2025-02-30” không hợp lệ"),
    (["tasks", "--today", "15/7/2025"], "ngày “15/7/2025” không hợp lệ"),
    (["tasks", "--category", "tre_han"], "Loại “tre_han” không hợp lệ"),
    (["tasks", "--status", "xong"], "Trạng thái “xong” không hợp lệ"),
])
def test_bad_input_is_named_in_vietnamese_and_writes_nothing(url: str, capsys, args: list[str],
                                                             message: str) -> None:
    assert main([*args, "--db", url]) == 2
    assert message in capsys.readouterr().err
    assert _audit_count(url) == 0


def test_help_lists_the_register_commands(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "tasks" in out and "task-status" in out
