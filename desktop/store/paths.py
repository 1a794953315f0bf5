"""Where the data lives: the per-user data folder, or beside the program in portable mode."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "ReportDesk"
PORTABLE_MARKER = "portable.txt"


def _program_dir() -> Path:
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parents[2]


def data_dir() -> Path:
    """``%LOCALAPPDATA%\\ReportDesk`` on Windows (``~/.local/share/ReportDesk`` on Linux), or the
    ``data`` folder beside the program when a ``portable.txt`` marker sits there."""
    override = os.environ.get("REPORTDESK_HOME")
    if override:
        return Path(override)
    prog = _program_dir()
    if (prog / PORTABLE_MARKER).exists():
        return prog / "data"
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    return data_dir() / "reportdesk.sqlite3"


def default_db_url() -> str:
    env = os.environ.get("REPORTDESK_DB")
    if env:
        return env if "://" in env else f"sqlite:///{Path(env).resolve()}"
    return f"sqlite:///{default_db_path()}"


def backups_dir() -> Path:
    return data_dir() / "backups"
