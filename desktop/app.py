"""Entry point of the desktop application (``reportdesk`` with no arguments)."""

from __future__ import annotations

import sys
from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def sample_files() -> list[Path]:
    return sorted((RESOURCES / "samples").glob("*.txt"))


def run_app(argv: list[str] | None = None, db_url: str | None = None) -> int:
    from desktop.ui.app import launch

    return launch(argv if argv is not None else sys.argv, db_url)
