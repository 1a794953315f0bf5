"""The fictional sample reports a new library starts with (``resources/samples``)."""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def sample_files() -> list[Path]:
    return sorted((RESOURCES / "samples").glob("*.txt"))
