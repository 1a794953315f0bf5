"""Issue 18, point 6 (command line): ``reportdesk search`` lists report by report, at most ``--per-report`` hits
each and a line ``còn N kết quả trong văn bản này`` for the others; ``--json`` gives each hit's ``more``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.store.db import open_database
from desktop.store.library import Library
from tests.cli.test_cli import run
from tests.store.test_search_per_report import LONG_TASKS, SHORT, fill


@pytest.fixture
def url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'lib.sqlite3'}"
    db = open_database(url)
    fill(Library(db))
    db.close()
    return url


def test_text_output_is_per_report_with_the_count_of_the_others(url: str) -> None:
    out = run("search", "de", "dieu", "--db", url)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    heads = [x for x in lines if x.startswith("#")]
    assert len(heads) == len(SHORT) + 1 and "Đê điều mùa lũ năm nay" in heads[0]
    long = next(k for k, x in enumerate(lines) if "Kế hoạch phòng chống thiên tai" in x)
    assert [x.startswith("    [") for x in lines[long + 1 : long + 6]] == [True] * 5
    assert lines[long + 6] == f"    … còn {LONG_TASKS + 1 - 5} kết quả trong văn bản này"
    assert sum("kết quả trong văn bản này" in x for x in lines) == 1
    two = run("search", "de", "dieu", "--db", url, "--per-report", "2", "--limit", "1").stdout.splitlines()
    assert len([x for x in two if x.startswith("#")]) == 1


def test_json_carries_more(url: str) -> None:
    out = run("search", "de", "dieu", "--db", url, "--json")
    assert out.returncode == 0, out.stderr
    hits = json.loads(out.stdout)
    long = [h for h in hits if h["title"] == "Kế hoạch phòng chống thiên tai"]
    assert len(long) == 5 and {h["more"] for h in long} == {LONG_TASKS + 1 - 5}
    assert len({h["report_id"] for h in hits}) == len(SHORT) + 1
    assert all(h["more"] == 0 for h in hits if h not in long)


def test_a_per_report_below_one_is_refused_in_vietnamese(url: str) -> None:
    out = run("search", "de", "dieu", "--db", url, "--per-report", "0")
    assert out.returncode == 2 and "--per-report" in out.stderr and "ít nhất 1" in out.stderr
