"""Reading the library: the list of reports (filed under unit and day, with their review progress), one
report with all its items as domain objects (checked again on the way out), the audit trail, the units."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Integer, String, cast, func, select
from sqlalchemy.sql.elements import ColumnElement

from desktop.core.model import DayMonthYear, Item, Meeting, Report, ReviewStatus, Tally
from desktop.core.verify import verify_report
from desktop.store.convert import row_to_item
from desktop.store.db import Database
from desktop.store.dismissals import dismissed_keys
from desktop.store.errors import StoreError
from desktop.store.models import AuditRow, ItemRow, ReportRow


@dataclass
class ReportSummary:
    id: int
    title: str
    source_name: str
    unit: str | None
    meeting_date: str | None
    imported_at: datetime
    items: int
    verified: int
    checked_empty: bool = False  # a clerk confirmed there is nothing to extract
    doc_date: str | None = None  # the text's own date (ISO): the header's date or a page's post date

    @property
    def day(self) -> str:
        """The date the report is filed under (ISO): meeting date, else its own date, else the import day."""
        return self.meeting_date or self.doc_date or self.imported_at.date().isoformat()

    @property
    def reviewed(self) -> bool:
        """Every item verified, or no item and the clerk said so: a text with no item is not done by itself."""
        return self.verified >= self.items > 0 or (self.items == 0 and self.checked_empty)


@dataclass
class AuditEntry:
    at: datetime
    who: str
    action: str
    field: str | None
    old_value: str | None
    new_value: str | None


def list_reports(db: Database, unit: str | None = None, date_from: str | None = None, date_to: str | None = None,
                 limit: int = 5000) -> list[ReportSummary]:
    with db.session() as s:
        verified = cast(ItemRow.review_status == str(ReviewStatus.VERIFIED), Integer)
        items = (select(ItemRow.report_id, func.count(ItemRow.id).label("n"), func.sum(verified).label("v"))
                 .where(ItemRow.type != "part").group_by(ItemRow.report_id).subquery())
        q = (select(ReportRow.id, ReportRow.title, ReportRow.source_name, ReportRow.unit, ReportRow.meeting_date,
                    ReportRow.imported_at, items.c.n, items.c.v, ReportRow.checked_empty_at, ReportRow.doc_date)
             .outerjoin(items, items.c.report_id == ReportRow.id))
        if unit:
            q = q.where(ReportRow.unit == unit)
        day = report_day()
        if date_from:
            q = q.where(day >= date_from)
        if date_to:
            q = q.where(day <= date_to)
        q = q.order_by(ReportRow.unit, day.desc(), ReportRow.id.desc()).limit(limit)
        return [ReportSummary(r.id, r.title, r.source_name, r.unit, r.meeting_date, r.imported_at, r.n or 0,
                              int(r.v or 0), r.checked_empty_at is not None, r.doc_date) for r in s.execute(q)]


def report_day() -> ColumnElement[str]:
    """The date a report is filed under: its meeting date, else its own date (the header's date or a page's
    post date), else the day it was imported."""
    return func.coalesce(ReportRow.meeting_date, ReportRow.doc_date,
                         func.substr(cast(ReportRow.imported_at, String), 1, 10))


def get_report(db: Database, report_id: int) -> Report:
    with db.session() as s:
        row = s.get(ReportRow, report_id)
        if row is None:
            raise StoreError("Văn bản này không còn trong thư viện.")
        rows = list(s.scalars(select(ItemRow).where(ItemRow.report_id == report_id)
                              .order_by(ItemRow.position)))
        dismissed = dismissed_keys(s, report_id)
    r = Report(source=row.source_name, text=row.original_text, title=row.title, body=row.body,
               own_number=row.own_number, unit=row.unit, encoding=row.encoding, kind=row.kind, id=row.id,
               content_hash=row.content_hash, imported_at=row.imported_at.isoformat(timespec="seconds"),
               version=row.version, doc_date=_iso_date(row.doc_date), dismissed=dismissed)
    if row.meeting_chair or row.meeting_day or row.meeting_month:
        date = DayMonthYear(day=row.meeting_day, month=row.meeting_month, year=row.meeting_year) \
            if (row.meeting_day or row.meeting_month) else None
        r.meeting = Meeting(date=date, chair=row.meeting_chair)
    by_id: dict[int, Item] = {}
    lists: dict[str, list[Any]] = {  # each list of its own kind of item
        "document": r.documents, "person": r.people, "indicator": r.indicators, "ratio": r.ratios,
        "tally": r.tallies, "task": r.tasks, "proposal": r.proposals}
    for irow in rows:
        item = row_to_item(irow)
        by_id[irow.id] = item
        if irow.type == "part":
            parent = by_id.get(irow.parent_id or -1)
            if isinstance(parent, Tally):
                parent.parts.append(item)  # type: ignore[arg-type]
            continue
        lists[irow.type].append(item)
    r.findings = verify_report(r)
    return r


def audit_entries(db: Database, *where: ColumnElement[bool]) -> list[AuditEntry]:
    """The audit rows matching ``where``, oldest first."""
    with db.session() as s:
        rows = s.scalars(select(AuditRow).where(*where).order_by(AuditRow.at, AuditRow.id))
        return [AuditEntry(a.at, a.who, a.action, a.field, a.old_value, a.new_value) for a in rows]


def units(db: Database) -> list[str]:
    with db.session() as s:
        return [u for (u,) in s.execute(select(ReportRow.unit).distinct().order_by(ReportRow.unit)) if u]


def _iso_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:  # a value written by hand into the file
        return None
