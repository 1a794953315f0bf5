"""Where the clerk's files live: the per-user data folder, or beside the program in portable mode.

Standard library and platformdirs only: the settings, the store and the exports all read it, so it
imports none of them (``desktop.store.paths`` builds the library's and the backups' paths on it).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "ReportDesk"
PORTABLE_MARKER = "portable.txt"


def _program_dir() -> Path:
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parents[1]


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
