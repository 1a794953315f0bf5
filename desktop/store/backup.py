"""Backups of a SQLite library with the online backup API: consistent even while the app writes."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from desktop.store.errors import StoreError, describe_error


def backup_database(db, dest: Path) -> Path:
    """Copy the library to ``dest`` atomically (written to a temporary name, then renamed)."""
    if db.path is None:
        raise StoreError("Sao lưu bằng ReportDesk chỉ dành cho tệp SQLite; với máy chủ PostgreSQL dùng chung, "
                         "hãy dùng pg_dump của máy chủ.")
    wants_dir = str(dest).endswith(("/", "\\"))
    dest = Path(dest)
    if wants_dir or dest.is_dir():
        dest = dest / f"{db.path.stem}-{datetime.now():%Y%m%d-%H%M%S}.sqlite3"
    tmp = dest.with_name(dest.name + ".tmp")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        src = sqlite3.connect(str(db.path), timeout=10)
        try:
            out = sqlite3.connect(str(tmp))
            try:
                src.backup(out)
            finally:
                out.close()
        finally:
            src.close()
        os.replace(tmp, dest)
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, sqlite3.Error):
            raise describe_error(exc, dest.name) from None
        raise StoreError(f"Không ghi được bản sao lưu “{dest}”: {exc.strerror or exc}.") from None
    return dest


AUTO_PREFIX = "tu-dong-"
AUTO_KEEP = 10  # the newest automatic backups kept …
AUTO_DAYS = 7  # … plus the newest of each of the last days
_AUTO_NAME = re.compile(r"^tu-dong-(?:(?P<stem>.+)-)?(?P<when>\d{8}-\d{6}-\d{6})\.sqlite3$")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    stem: str  # the library file's name without extension ("" for the old unnamed copies)
    when: datetime


def list_backups(folder: Path, stem: str | None = None) -> list[BackupFile]:
    """The automatic backups in ``folder`` (of the library ``stem``, or of every library), newest first."""
    out = []
    for p in folder.glob(f"{AUTO_PREFIX}*.sqlite3") if folder.is_dir() else []:
        m = _AUTO_NAME.match(p.name)
        if m and (stem is None or (m["stem"] or "") == stem):
            out.append(BackupFile(p, m["stem"] or "", datetime.strptime(m["when"], "%Y%m%d-%H%M%S-%f")))
    return sorted(out, key=lambda b: b.when, reverse=True)


def prune_backups(folder: Path, stem: str, keep: int = AUTO_KEEP, days: int = AUTO_DAYS,
                  now: datetime | None = None) -> list[Path]:
    """Delete the automatic backups of ``stem`` except the newest ``keep`` and the newest of each of the last
    ``days`` days (today included). Returns what was deleted."""
    now = now or datetime.now()
    found = list_backups(folder, stem)
    kept = {b.path for b in found[:keep]}
    recent = {(now.date() - timedelta(days=k)) for k in range(days)}
    for b in found:  # newest first: the first one seen of a day is its newest
        if b.when.date() in recent:
            recent.discard(b.when.date())
            kept.add(b.path)
    gone = [b.path for b in found if b.path not in kept]
    for p in gone:
        p.unlink(missing_ok=True)
    return gone


def rotate_backups(db, folder: Path, keep: int = AUTO_KEEP, days: int = AUTO_DAYS,
                   now: datetime | None = None) -> Path | None:
    """A dated automatic backup of the library in ``folder``; then only the newest ``keep`` backups of this
    library and the newest of each of the last ``days`` days are kept (:func:`prune_backups`)."""
    if db.path is None or not db.path.exists():
        return None
    now = now or datetime.now()
    made = backup_database(db, folder / f"{AUTO_PREFIX}{db.path.stem}-{now:%Y%m%d-%H%M%S-%f}.sqlite3")
    prune_backups(folder, db.path.stem, keep, days, now)
    return made


def library_signature(path: Path) -> tuple[tuple[int, int], ...]:
    """Sizes and modification times of a SQLite file and its write-ahead log: they change with every write."""
    out = []
    for p in (path, path.with_name(path.name + "-wal")):
        try:
            st = p.stat()
            out.append((st.st_size, st.st_mtime_ns))
        except OSError:
            out.append((-1, -1))
    return tuple(out)


def restore_backup(backup: Path, target: Path) -> Path | None:
    """Put ``backup`` in place of the library file ``target`` (every connection to it closed first). The current
    file is first copied aside (``<name>.truoc-khoi-phuc-<date>.sqlite3``, with its log), then the backup is
    written beside the target and renamed over it: an interruption leaves either the old or the restored file.
    Returns the copy set aside (None if there was no file)."""
    _check_backup(backup)
    aside = None
    tmp = target.with_name(target.name + ".khoi-phuc.tmp")
    try:
        if target.exists():
            aside = target.with_name(f"{target.stem}.truoc-khoi-phuc-{datetime.now():%Y%m%d-%H%M%S}{target.suffix}")
            shutil.copy2(target, aside)
            if (wal := target.with_name(target.name + "-wal")).exists():
                shutil.copy2(wal, aside.with_name(aside.name + "-wal"))
        shutil.copyfile(backup, tmp)
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        for side in ("-wal", "-shm"):  # the old file's log must not be replayed onto the restored one
            target.with_name(target.name + side).unlink(missing_ok=True)
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StoreError(f"Không khôi phục được bản sao lưu “{backup.name}”: {exc.strerror or exc}. "
                         f"Tệp thư viện hiện tại không bị thay đổi.") from None
    return aside


def _check_backup(path: Path) -> None:
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as c:
            ok = c.execute("PRAGMA integrity_check").fetchone()
    except sqlite3.Error:
        ok = None
    if ok != ("ok",):
        raise StoreError(f"Bản sao lưu “{path.name}” không đọc được hoặc đã hỏng; hãy chọn bản khác.")
