"""The fictional sample reports a new library starts with (``resources/samples``)."""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def sample_files() -> list[Path]:
    return sorted((RESOURCES / "samples").glob("*.txt"))


def large_sample_text(size: int = 3_000_000) -> str:
    """About ``size`` bytes of fictional reports: the samples again and again, with other years and numbers
    (for measuring and testing the work on one very large file)."""
    base = "\n\n".join(p.read_text(encoding="utf-8") for p in sample_files())
    parts, total, k = [], 0, 0
    while total < size:
        k += 1
        part = base.replace("2025", str(1000 + k)).replace("%", f",{k % 10}%")
        parts.append(part)
        total += len(part.encode("utf-8")) + 2
    return "\n\n".join(parts)
