"""Where the library and its backups live, in the data folder (:mod:`desktop.paths`)."""

from __future__ import annotations

import os
from pathlib import Path

from desktop.paths import data_dir

__all__ = ["backups_dir", "data_dir", "default_db_path", "default_db_url"]


def default_db_path() -> Path:
    return data_dir() / "reportdesk.sqlite3"


def default_db_url() -> str:
    env = os.environ.get("REPORTDESK_DB")
    if env:
        return env if "://" in env else f"sqlite:///{Path(env).resolve()}"
    return f"sqlite:///{default_db_path()}"


def backups_dir() -> Path:
    return data_dir() / "backups"
