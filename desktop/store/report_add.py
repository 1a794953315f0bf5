"""Storing a report that was read: the report row, all its items (batched) and its search index, with the
import's audit row, in one transaction — the report with all its items or not at all. An identical text
(same content hash) is not stored twice, also when another clerk imports it at the same moment."""

from __future__ import annotations

import hashlib

from sqlalchemy import func, insert, select, text
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from desktop.core.model import Item, Report, Tally, TallyPart
from desktop.core.source import Source
from desktop.core.textnorm import fold_same_length
from desktop.settings import current_user
from desktop.store.convert import ITEM_TYPES, item_to_values, search_text
from desktop.store.db import Database, describe_error
from desktop.store.edits import utc_now
from desktop.store.errors import StoreError
from desktop.store.lines import source_layout
from desktop.store.models import AuditRow, ItemRow, ReportRow, SearchDoc
from desktop.store.register import sync_report


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def add_report(db: Database, report: Report, who: str | None = None, text_hash: str | None = None,
               source: Source | None = None, known_chrome: frozenset[str] = frozenset()) -> tuple[int, bool]:
    """Store a report with all its items. Returns (id, created); an identical text is not stored twice.
    ``source`` (and the ``known_chrome`` lines of its batch): what the report was extracted from, so that
    it can be extracted again as it was read."""
    who = who or current_user()
    h = text_hash or report.content_hash or content_hash(report.text)
    try:
        with db.session() as s:
            existing = s.scalar(select(ReportRow.id).where(ReportRow.content_hash == h))
            if existing is not None:
                return existing, False
            row = _report_row(report, h, source, known_chrome)
            s.add(row)
            s.flush()
            add_items(s, row.id, report)
            index_report(s, row.id, report)
            sync_report(s, row.id)  # its tasks with an owner or a deadline enter the follow-up register
            s.add(AuditRow(at=utc_now(), who=who, action="import", report_id=row.id, new_value=report.source))
            report.id = row.id
            return row.id, True
    except IntegrityError:
        # another clerk imported the same text a moment ago
        with db.session() as s:
            existing = s.scalar(select(ReportRow.id).where(ReportRow.content_hash == h))
        if existing is not None:
            return existing, False
        raise StoreError("Không lưu được văn bản (xung đột dữ liệu).") from None
    except SQLAlchemyError as exc:
        raise describe_error(exc, report.source) from None


def _report_row(report: Report, h: str, source: Source | None, known_chrome: frozenset[str]) -> ReportRow:
    m = report.meeting
    d = m.date if m and m.date else None
    return ReportRow(
        content_hash=h, source_name=report.source, kind=report.kind, encoding=report.encoding,
        title=report.title, unit=report.unit, own_number=report.own_number,
        meeting_day=d.day if d else None, meeting_month=d.month if d else None,
        meeting_year=d.year if d else None, meeting_chair=m.chair if m else None,
        meeting_date=(f"{d.year:04d}-{d.month:02d}-{d.day:02d}" if d and d.year and d.month and d.day
                      else None),
        doc_date=report.doc_date.isoformat() if report.doc_date else None,
        original_text=report.text, body=report.body, imported_at=utc_now(),
        source_layout=source_layout(source, known_chrome) if source is not None else None,
    )


def add_items(s: Session, report_id: int, report: Report) -> None:
    """Insert all items with two batched INSERTs (tallies first, so parts get their parent's id)."""
    position = 0
    top: list[Item] = []
    rows: list[dict[str, object]] = []
    for item in report.items():
        if isinstance(item, TallyPart):
            continue
        position += 1
        top.append(item)
        rows.append(item_to_values(item, report_id, position))
    ids = allocate_ids(s, len(rows) + sum(len(t.parts) for t in report.tallies))
    for item, values in zip(top, rows, strict=True):
        item.id = values["id"] = ids.pop(0)
    if rows:
        s.execute(insert(ItemRow), rows)
    parts: list[Item] = []
    rows = []
    for item in top:
        if isinstance(item, Tally):
            for part in item.parts:
                position += 1
                parts.append(part)
                rows.append(item_to_values(part, report_id, position, parent_id=item.id))
    for added, values in zip(parts, rows, strict=True):
        added.id = values["id"] = ids.pop(0)
    if rows:
        s.execute(insert(ItemRow), rows)


def index_report(s: Session, report_id: int, report: Report) -> None:
    """The search documents of a new report: its title and body, and each item that says something."""
    docs = [{"report_id": report_id, "item_id": None, "item_type": "report",
             "folded": fold_same_length(report.title + "\n" + report.body)}]
    for item in report.items():
        txt = search_text(item)
        if txt:
            docs.append({"report_id": report_id, "item_id": item.id, "item_type": ITEM_TYPES[type(item)],
                         "folded": fold_same_length(txt)})
    s.execute(insert(SearchDoc), docs)


def allocate_ids(s: Session, n: int) -> list[int]:
    """Ids for ``n`` new items, so that they can be inserted in one batch without RETURNING.

    SQLite: the transaction already holds the write lock (the report row is inserted first), so
    ``max(id)`` cannot move under us. PostgreSQL: the ids come from the table's sequence."""
    if n <= 0:
        return []
    if s.get_bind().dialect.name == "postgresql":
        seq = s.scalar(text("SELECT pg_get_serial_sequence('items', 'id')"))
        return list(s.scalars(text("SELECT nextval(:seq) FROM generate_series(1, :n)"), {"seq": seq, "n": n}))
    start = (s.scalar(select(func.max(ItemRow.id))) or 0) + 1
    return list(range(start, start + n))
