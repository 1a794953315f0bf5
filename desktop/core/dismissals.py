"""Findings a clerk dismissed ("checked, the figures are right as written"), recognised again after every
verification run.

Findings are recomputed from the items, so a dismissal is kept under a key that a new run gives the same
finding again: its kind, the items it concerns (their keys, else their ids, else its spans) and a fingerprint
of its numbers and message. When a number changes the finding is a new one and shows again.
"""

from __future__ import annotations

import hashlib

from desktop.core.model import Finding, Item, Report


def finding_items(report: Report, finding: Finding) -> str:
    """The items a finding concerns, as one stable string: "tally-2+tally-2.p1+…"."""
    spans = set(finding.spans)
    part_names = {id(p): p.key or (f"{t.key}.{k}" if t.key else "")
                  for t in report.tallies for k, p in enumerate(t.parts, start=1)}
    names = sorted(filter(None, (_name(item, part_names) for item in report.items()
                                 if item.span is not None and item.span in spans)))
    if names:
        return "+".join(names)
    return "+".join(f"@{s}-{e}" for s, e in sorted(spans))


def _name(item: Item, part_names: dict[int, str]) -> str:
    """An item's stable name in its report: its key (a tally's part: the tally's key and its place), else
    its id in the library."""
    name = part_names.get(id(item)) or item.key
    return name or (f"#{item.id}" if item.id is not None else "")


def _fingerprint(finding: Finding) -> str:
    values = ",".join(f"{k}={_value(v)}" for k, v in sorted(finding.values.items()))
    return hashlib.sha256(f"{values}|{finding.message}".encode()).hexdigest()[:16]


def _value(v: float | str) -> str:
    return f"{v:.6g}" if isinstance(v, float | int) else str(v)


def finding_key(report: Report, finding: Finding) -> str:
    """The key a dismissal of this finding is kept under, within its report."""
    return f"{finding.kind}|{finding_items(report, finding)}|{_fingerprint(finding)}"


def dismissal_note(report: Report, finding: Finding) -> str | None:
    """The clerk's note if this finding was dismissed, else None."""
    if not report.dismissed:
        return None
    return report.dismissed.get(finding_key(report, finding))


def open_findings(report: Report) -> list[Finding]:
    """The findings nobody dismissed: what still needs a look (and goes into an export's "Vấn đề cần lưu ý")."""
    if not report.dismissed:
        return list(report.findings)
    return [f for f in report.findings if dismissal_note(report, f) is None]
