"""How ``reportdesk search`` prints its results: report by report, best first, each with its hits and the count
of the others (``còn N kết quả trong văn bản này``)."""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.store.search import Hit


def report_hit_lines(hits: Iterable[Hit]) -> list[str]:
    from desktop.store.search import by_report  # (the command line starts without SQLAlchemy)

    lines = []
    for g in by_report(hits):
        where = ", ".join(x for x in (g.unit or "", g.date or "") if x)
        lines.append(f"#{g.report_id} {g.title}" + (f" ({where})" if where else ""))
        lines.extend(f"    [{h.item_type}] {h.snippet}" for h in g.hits)
        if g.more:
            lines.append(f"    … còn {g.more} kết quả trong văn bản này")
    return lines


def print_report_hits(hits: Iterable[Hit]) -> None:
    for line in report_hit_lines(hits):
        print(line)


def at_least_one(value: str) -> int:
    """An argparse type: a whole number, 1 or more."""
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"cần một số nguyên ít nhất 1, không phải “{value}”")
    return n
