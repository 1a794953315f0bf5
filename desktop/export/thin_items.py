"""Exports leave out items whose label was read too thin to trust, until a clerk verified them
(issue 16, point 7; the rule is :func:`desktop.core.thin_label.held_back`)."""

from __future__ import annotations

from dataclasses import replace

from desktop.core.model import Report
from desktop.core.thin_label import held_back

KINDS = ("documents", "people", "indicators", "tasks", "proposals")


def exportable(report: Report) -> Report:
    """A shallow copy of ``report`` without its held-back items (the report itself is not changed)."""
    lists = {k: [i for i in getattr(report, k) if not held_back(i)] for k in KINDS}
    if all(len(v) == len(getattr(report, k)) for k, v in lists.items()):
        return report
    return replace(report, **lists)  # type: ignore[arg-type]
