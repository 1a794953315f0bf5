"""Automatic backups, restoring one, another library, and an import killed midway (issue 16, point 9).
Texts are invented."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.core.extract import extract_text
from desktop.core.model import ReviewStatus
from desktop.store.backup import list_backups, restore_backup, rotate_backups
from desktop.store.db import open_database
from desktop.store.errors import StoreError
from desktop.store.import_journal import ImportJournal, interrupted_files
from desktop.store.library import Library
from tests.conftest import ROOT

TEXT = ("Báo cáo tuần của UBND xã Hòa Phong\n\nTỷ lệ hộ nghèo giảm còn 3,2%. Thu ngân sách đạt 12,4 tỷ đồng. "
        "Có 7/9 thôn đạt chuẩn văn hóa, đạt 77,8%.")


def _reports(path: Path) -> int:
    with closing(sqlite3.connect(path)) as c:
        return c.execute("SELECT count(*) FROM reports").fetchone()[0]


def _library(path: Path, texts: int = 1) -> Library:
    lib = Library(open_database(f"sqlite:///{path}"))
    for k in range(texts):
        lib.add_report(extract_text(TEXT.replace("Hòa Phong", f"Hòa Phong {k}")))
    return lib


# --- store: rotation, content, restore, journal ------------------------------------------------------------

def test_rotation_keeps_the_newest_ten_and_the_newest_of_each_of_the_last_seven_days(tmp_path: Path) -> None:
    lib = _library(tmp_path / "thu-vien.sqlite3")
    folder = tmp_path / "backups"
    now = datetime(2026, 5, 20, 16, 0, 0)
    made = []
    for day in range(9, 0, -1):  # three a day on the nine days before today …
        for hour in (8, 12, 17):
            made.append(rotate_backups(lib.db, folder, now=now - timedelta(days=day, hours=16 - hour)))
    for minute in range(12):  # … and twelve today
        made.append(rotate_backups(lib.db, folder, now=now.replace(minute=minute)))
    kept = list_backups(folder, "thu-vien")
    newest = sorted(made, key=str)[-10:]
    assert {b.path for b in kept} == set(newest) | {
        folder / f"tu-dong-thu-vien-{(now - timedelta(days=d)).date():%Y%m%d}-170000-000000.sqlite3"
        for d in range(1, 7)}
    assert len(kept) == 16  # 10 of today + the last one of each of the six days before
    assert not list(folder.glob("*.tmp"))
    for b in kept[:1] + kept[-1:]:  # a real, consistent copy
        with sqlite3.connect(b.path) as c:
            assert c.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert _reports(b.path) == 1
    other = _library(tmp_path / "khac.sqlite3")
    rotate_backups(other.db, folder, now=now)  # another library's backups are counted apart
    assert len(list_backups(folder, "thu-vien")) == 16 and len(list_backups(folder, "khac")) == 1


def test_restore_copies_the_current_file_aside_then_puts_the_backup_in_place(tmp_path: Path) -> None:
    target = tmp_path / "thu-vien.sqlite3"
    lib = _library(target)
    backup = rotate_backups(lib.db, tmp_path / "backups")
    lib.add_report(extract_text(TEXT.replace("Hòa Phong", "Phú Xuân")))
    lib.db.close()
    assert _reports(target) == 2
    with pytest.raises(StoreError, match="hỏng"):
        restore_backup(tmp_path / "khong-phai.sqlite3", target)  # no such backup: the library is left alone
    assert _reports(target) == 2
    aside = restore_backup(backup, target)
    assert not target.with_name(target.name + "-wal").exists()  # the old log is not replayed onto the backup
    assert _reports(target) == 1 and aside is not None and _reports(aside) == 2
    assert Library(open_database(f"sqlite:///{target}")).count() == 1


def test_journal_names_the_files_an_import_killed_midway_left(tmp_path: Path) -> None:
    """A real kill: the import runs in another process, which is killed while it extracts the second file."""
    files = []
    for k in range(3):
        f = tmp_path / f"bao-cao-{k}.txt"
        f.write_text(TEXT.replace("Hòa Phong", f"Hòa Phong {k}"), encoding="utf-8")
        files.append(f)
    script = (
        "import os, signal, sys\n"
        "import desktop.store.importer as imp\n"
        "real = imp.extract\n"
        "def extract(source, **kw):\n"
        "    if source.name.endswith('bao-cao-1.txt'):\n"
        "        os.kill(os.getpid(), signal.SIGKILL)\n"
        "    return real(source, **kw)\n"
        "imp.extract = extract\n"
        "from desktop.store.importer import journaled_import\n"
        "journaled_import(sys.argv[1], sys.argv[2:])\n")
    env = dict(os.environ, REPORTDESK_HOME=str(tmp_path / "data"), PYTHONPATH=str(ROOT))
    run = subprocess.run([sys.executable, "-c", script, f"sqlite:///{tmp_path / 'lib.sqlite3'}",
                          *map(str, files)], env=env, cwd=ROOT, capture_output=True, text=True)
    assert run.returncode != 0, run.stderr  # killed
    journal = tmp_path / "data" / "nhap-dang-do.json"
    assert interrupted_files(journal) == files[1:]
    assert not journal.exists() and interrupted_files(journal) == []  # named once
    done = ImportJournal(journal)
    done.begin(files)
    for f in files:
        done.done(f)
    done.end()  # an import that ends leaves no journal
    assert not journal.exists()


# --- the window -----------------------------------------------------------------------------------------------

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data folder of the test's own: backups and the import journal go there."""
    monkeypatch.setenv("REPORTDESK_HOME", str(tmp_path / "data"))
    return tmp_path / "data"


def _window(qtbot, path: Path):
    from desktop.ui.main_window import MainWindow

    w = MainWindow(f"sqlite:///{path}")
    qtbot.addWidget(w)
    w.show()
    return w


def test_backup_on_start_then_on_the_timer_only_after_a_change(qtbot, tmp_path: Path, home: Path) -> None:
    from desktop.ui.number_settings import BACKUP_MINUTES
    from desktop.ui.settings import settings

    path = tmp_path / "thu-vien.sqlite3"
    _library(path, texts=2).db.close()
    settings().setValue(BACKUP_MINUTES.key, 3)
    try:
        w = _window(qtbot, path)
        with qtbot.waitSignal(w.autobackup.made, timeout=20000) as start:
            assert w.load_library()
        assert w.autobackup.timer.isActive() and w.autobackup.timer.interval() == 3 * 60_000
    finally:
        settings().remove(BACKUP_MINUTES.key)
    made = Path(start.args[0])
    assert made.parent == home / "backups" and _reports(made) == 2
    qtbot.waitUntil(lambda: w.session is not None and w.autobackup._job is None, timeout=20000)
    assert not w.autobackup.tick()  # nothing changed since: no copy
    assert len(list_backups(home / "backups")) == 1
    item = w.session.report.items()[0]
    w.session.set_review([item], ReviewStatus.VERIFIED)
    with qtbot.waitSignal(w.autobackup.made, timeout=20000) as second:
        w.autobackup.timer.timeout.emit()  # the timer's tick, as it fires
    assert len(list_backups(home / "backups")) == 2
    with sqlite3.connect(second.args[0]) as c:
        assert (ReviewStatus.VERIFIED.value,) in c.execute("SELECT review_status FROM items").fetchall()


def test_restore_reloads_the_window_and_another_library_opens(qtbot, tmp_path: Path, home: Path) -> None:
    from desktop.ui.library_switch import LibraryDialog, restore_into, switch_library

    path = tmp_path / "thu-vien.sqlite3"
    _library(path, texts=1).db.close()
    w = _window(qtbot, path)
    with qtbot.waitSignal(w.autobackup.made, timeout=20000) as start:
        assert w.load_library()
    qtbot.waitUntil(lambda: w.session is not None and w.autobackup._job is None, timeout=20000)
    w.library.add_report(extract_text(TEXT.replace("Hòa Phong", "Phú Xuân")))
    assert w.library.count() == 2
    dialog = LibraryDialog(w)
    qtbot.addWidget(dialog)
    assert dialog.selected() == Path(start.args[0])  # the newest backup, offered first
    old_session = w.session
    assert restore_into(w, Path(start.args[0]))
    assert w.library.count() == 1 and w.library.db.path == path
    assert w.session is not None and w.session is not old_session and w.session.library is w.library
    assert list(tmp_path.glob("thu-vien.truoc-khoi-phuc-*.sqlite3"))  # the file before the restore, kept
    other = tmp_path / "khac.sqlite3"
    _library(other, texts=3).db.close()
    assert switch_library(w, f"sqlite:///{other}")
    assert w.library.db.path == other and w.library.count() == 3
    assert w.session is not None and w.session.library is w.library


def test_a_damaged_library_is_reported_with_the_restore_command(qtbot, tmp_path: Path, home: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    import desktop.ui.main_window as mw

    shown: list[str] = []
    monkeypatch.setattr(mw, "warn", lambda _p, _t, text: shown.append(text))  # (the old blocking box)
    bad = tmp_path / "hong.sqlite3"
    bad.write_bytes(b"not a database" * 200)
    w = _window(qtbot, bad)
    assert not w.load_library()
    [box] = [b for b in w.findChildren(QMessageBox) if b.isVisible()]
    assert box.isVisible() and "hỏng" in box.text() and "Khôi phục bản sao lưu" in box.text()
    assert any("Khôi phục bản sao lưu" in b.text() for b in box.buttons())
    assert bad.read_bytes() == b"not a database" * 200


def test_start_after_a_killed_import_names_the_files_not_imported(qtbot, tmp_path: Path, home: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    left = [tmp_path / "bao-cao-2.txt", tmp_path / "bao-cao-3.txt"]
    journal = ImportJournal()
    journal.begin([tmp_path / "bao-cao-1.txt", *left])
    journal.done(tmp_path / "bao-cao-1.txt")  # then the app is killed: end() is never called
    w = _window(qtbot, tmp_path / "lib.sqlite3")
    assert w.load_library()
    boxes = [b for b in w.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1 and not boxes[0].isModal()
    assert all(str(f) in boxes[0].text() for f in left) and "bao-cao-1.txt" not in boxes[0].text()
