"""The JSON shape of the extraction contract (schema ``reportdesk.extraction/1``)."""

from __future__ import annotations

from typing import Any

from desktop.core.model import SCHEMA, Report, Severity
from desktop.core.vnnum import as_json_number


def _span(s: tuple[int, int] | None) -> list[int] | None:
    return [s[0], s[1]] if s else None


def report_to_dict(r: Report) -> dict[str, Any]:
    meeting = None
    if r.meeting is not None:
        d = r.meeting.date
        meeting = {
            "date": {"day": d.day, "month": d.month, "year": d.year} if d else None,
            "chair": r.meeting.chair,
            "span": _span(r.meeting.span),
        }
    return {
        "schema": SCHEMA,
        "source": r.source,
        "title": r.title,
        "title_span": _span(r.title_span),
        "meeting": meeting,
        # extra fields (the contract allows them): who issued or reported the text, its number and own date
        "unit": r.unit,
        "own_number": r.own_number,
        "doc_date": r.doc_date.isoformat() if r.doc_date else None,
        "body": r.body,
        "documents": [{"kind": d.kind, "number": d.number, "date": d.date, "span": _span(d.span)}
                      for d in r.documents],
        "people": [{"name": p.name, "positions": p.positions, "span": _span(p.span),
                    "mentions": [list(m) for m in p.mentions]} for p in r.people],
        "indicators": [{"label": i.label, "value": as_json_number(i.value), "unit": i.unit,
                        "qualifier": i.qualifier, "year": i.year, "group": i.group, "span": _span(i.span)}
                       for i in r.indicators],
        "ratios": [{"numerator": as_json_number(x.numerator), "denominator": as_json_number(x.denominator),
                    "noun": x.noun, "span": _span(x.span)} for x in r.ratios],
        "tallies": [{"total": as_json_number(t.total), "noun": t.noun, "span": _span(t.span),
                     "parts": [{"count": as_json_number(p.count), "status": p.status, "span": _span(p.span)}
                               for p in t.parts]} for t in r.tallies],
        "tasks": [{"text": t.text, "group": t.group, "owner": t.owner, "partners": t.partners,
                   "deadline": t.deadline, "product": t.product, "span": _span(t.span)} for t in r.tasks],
        "proposals": [{"text": p.text, "span": _span(p.span)} for p in r.proposals],
        "findings": [finding_to_dict(f) for f in r.findings],
    }


def finding_to_dict(f) -> dict[str, Any]:
    values = {k: (as_json_number(v) if isinstance(v, float | int) else v) for k, v in f.values.items()}
    if f.severity == Severity.INFO:
        values.setdefault("severity", "info")
    return {"kind": f.kind, "message": f.message, "values": values, "severity": str(f.severity),
            "spans": [list(s) for s in f.spans]}
