"""``reportdesk delete REPORT_ID [--yes]`` (issue 16, point 8): asks first, says clearly when the id is unknown,
and the deletion is audited. Texts invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.cli import main
from desktop.core.extract import extract_text
from desktop.store.db import open_database
from desktop.store.library import Library
from desktop.store.models import AuditRow


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'cli.sqlite3'}"


def _library(url: str) -> Library:
    return Library(open_database(url))


def test_delete_asks_then_deletes_and_is_audited(url: str, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REPORTDESK_USER", "Lò Văn Pọm")
    lib = _library(url)
    rid, _ = lib.add_report(extract_text("Xã Tân Mỹ họp giao ban\n\nCó 5/7 thôn đạt chuẩn văn hóa.", name="a.txt"))
    keep, _ = lib.add_report(extract_text("Xã Hòa Phong họp giao ban\n\nThu ngân sách đạt 3,1 tỷ đồng.", name="b.txt"))
    lib.db.close()
    monkeypatch.setattr("builtins.input", lambda _q: "k")
    assert main(["delete", str(rid), "--db", url]) == 2
    assert "Không xóa gì" in capsys.readouterr().out
    assert _library(url).count() == 2
    monkeypatch.setattr("builtins.input", lambda q: "c" if f"#{rid}" in q else "k")
    assert main(["delete", str(rid), "--db", url]) == 0
    assert f"Đã xóa văn bản #{rid}" in capsys.readouterr().out
    lib = _library(url)
    assert [s.id for s in lib.list_reports()] == [keep]
    with lib.db.session() as s:
        [row] = s.scalars(select(AuditRow).where(AuditRow.action == "delete"))
        assert row.who == "Lò Văn Pọm" and f"#{rid}" in (row.old_value or "")


def test_delete_yes_does_not_ask_and_an_unknown_id_is_named(url: str, capsys, monkeypatch) -> None:
    lib = _library(url)
    rid, _ = lib.add_report(extract_text("Xã Tân Mỹ họp giao ban\n\nCó 5/7 thôn đạt chuẩn văn hóa.", name="a.txt"))
    lib.db.close()
    monkeypatch.setattr("builtins.input", lambda _q: pytest.fail("--yes must not ask"))
    assert main(["delete", str(rid), "--yes", "--db", url]) == 0
    assert main(["delete", str(rid), "--yes", "--db", url]) == 2
    err = capsys.readouterr().err
    assert f"Không có văn bản số {rid} trong thư viện" in err and "Traceback" not in err
