"""Entry point of the desktop application (``reportdesk`` with no arguments)."""

from __future__ import annotations

import sys

from desktop.samples import RESOURCES, sample_files

__all__ = ["RESOURCES", "run_app", "sample_files"]


def run_app(argv: list[str] | None = None, db_url: str | None = None) -> int:
    from desktop.ui.app import launch

    return launch(argv if argv is not None else sys.argv, db_url)
