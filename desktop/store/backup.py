"""Backups of a SQLite library with the online backup API: consistent even while the app writes."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from desktop.store.errors import StoreError


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
        from desktop.store.db import describe_error

        if isinstance(exc, sqlite3.Error):
            raise describe_error(exc, dest.name) from None
        raise StoreError(f"Không ghi được bản sao lưu “{dest}”: {exc.strerror or exc}.") from None
    return dest


def rotate_backups(db, folder: Path, keep: int = 10) -> Path | None:
    """A dated automatic backup in ``folder``, keeping the newest ``keep`` of them."""
    if db.path is None or not db.path.exists():
        return None
    made = backup_database(db, folder / f"tu-dong-{datetime.now():%Y%m%d-%H%M%S-%f}.sqlite3")
    olds = sorted(folder.glob("tu-dong-*.sqlite3"))
    for old in olds[: max(0, len(olds) - keep)]:
        old.unlink(missing_ok=True)
    return made
