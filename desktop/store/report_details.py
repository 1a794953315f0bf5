"""A report's own details as a clerk corrects them: title, issuing unit, số–ký hiệu, its date, the meeting's
date and chair. One transaction per change, one audit row per changed field (who: the clerk from Settings).

The library list files a report under its unit and its date (meeting date, else its own date), so a change
here moves it there; the exports read the same columns. A detail a clerk corrected is kept when the text is
read again after a line decision (as items a clerk touched are).
"""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import select

from desktop.core.model import DayMonthYear
from desktop.core.textnorm import fold_same_length
from desktop.settings import current_user
from desktop.store.db import Database
from desktop.store.edits import utc_now, versioned_edit
from desktop.store.errors import DetailsConflict, StoreError
from desktop.store.models import AuditRow, ReportRow, SearchDoc

# what a clerk can correct: domain name → how it is shown in the audit trail (the field column)
DETAIL_FIELDS = ("title", "unit", "own_number", "doc_date", "meeting_date", "meeting_chair")


# the columns each detail is kept in
COLUMNS = {"title": ("title",), "unit": ("unit",), "own_number": ("own_number",), "doc_date": ("doc_date",),
           "meeting_date": ("meeting_day", "meeting_month", "meeting_year", "meeting_date"),
           "meeting_chair": ("meeting_chair",)}


def corrected_details(row: ReportRow) -> set[str]:
    """The details a clerk corrected in this report."""
    try:
        names = json.loads(row.corrected) if row.corrected else []
    except ValueError:  # a value written by hand into the file
        return set()
    return {n for n in names if n in COLUMNS} if isinstance(names, list) else set()


def corrected_columns(row: ReportRow) -> dict[str, object]:
    """The values of the columns holding a clerk's corrections, to put back after the text is read again."""
    return {col: getattr(row, col) for name in corrected_details(row) for col in COLUMNS[name]}


def meeting_text(d: DayMonthYear | None) -> str | None:
    """A meeting date as the audit shows it: "14/3/2025", "3/2025", "14/3"."""
    if d is None:
        return None
    parts = [str(x) for x in (d.day, d.month, d.year) if x]
    return "/".join(parts) or None


def _current(row: ReportRow, attr: str) -> str | None:
    if attr == "meeting_date":
        day = DayMonthYear(day=row.meeting_day, month=row.meeting_month, year=row.meeting_year)
        return meeting_text(day)
    value = getattr(row, attr)
    return None if value is None or value == "" else str(value)


def _set(row: ReportRow, attr: str, value: object) -> str | None:
    """Write one detail into the row; returns it as the audit shows it."""
    if attr == "meeting_date":
        d = value if isinstance(value, DayMonthYear) else None
        row.meeting_day, row.meeting_month, row.meeting_year = (d.day, d.month, d.year) if d else (None, None, None)
        full = d is not None and d.day and d.month and d.year
        row.meeting_date = f"{d.year:04d}-{d.month:02d}-{d.day:02d}" if full and d else None
        return meeting_text(d)
    if attr == "doc_date":
        row.doc_date = value.isoformat() if isinstance(value, date) else None
        return row.doc_date
    text = str(value).strip() if value is not None else ""
    if attr == "title":
        row.title = text
    else:
        setattr(row, attr, text or None)
    return text or None


def update_report_details(db: Database, report_id: int, changes: dict[str, object], who: str | None = None,
                          expected_version: int | None = None) -> int:
    """Apply ``changes`` (``title``, ``unit``, ``own_number``: text; ``doc_date``: a date or None;
    ``meeting_date``: a DayMonthYear or None; ``meeting_chair``: text) in one transaction, audited per field,
    if nobody saved the report since ``expected_version`` (None: whatever version it is at; else
    :class:`DetailsConflict`). Returns the report's new version."""
    who = who or current_user()
    unknown = set(changes) - set(DETAIL_FIELDS)
    if unknown:
        raise StoreError(f"Không sửa được trường “{', '.join(sorted(unknown))}” của văn bản.")
    with versioned_edit(db, lambda: StoreError("Văn bản vừa được người khác sửa; hãy mở lại rồi sửa tiếp.")) as s:
        row = s.get(ReportRow, report_id)
        if row is None:
            raise StoreError("Văn bản này không còn trong thư viện (có thể đã bị xóa).")
        if expected_version is not None and row.version != expected_version:
            raise DetailsConflict(row.version)
        for attr, value in changes.items():
            old = _current(row, attr)
            new = _set(row, attr, value)
            if old != new:
                s.add(AuditRow(at=utc_now(), who=who, action="update", report_id=report_id, field=attr,
                               old_value=old, new_value=new))
        row.corrected = json.dumps(sorted(corrected_details(row) | set(changes)))
        if "title" in changes:
            doc = s.scalar(select(SearchDoc).where(SearchDoc.report_id == report_id,
                                                   SearchDoc.item_type == "report"))
            if doc is not None:
                doc.folded = fold_same_length(row.title + "\n" + row.body)
        s.flush()
        if {"doc_date", "meeting_date"} & set(changes):
            from desktop.store.register import sync_report

            sync_report(s, report_id)  # due dates without a year follow the report's date
        return row.version
