"""The library of reports: store, read, edit (with audit trail and optimistic locking), delete.

Every write is one transaction: a report is stored with all its items or not at all; an
edit changes the item and writes its audit rows together, or nothing.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Integer, String, cast, delete, func, insert, select, text
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.sql.elements import ColumnElement

from desktop.core.model import DayMonthYear, Item, Meeting, Report, ReviewStatus, Tally, TallyPart
from desktop.core.source import Source
from desktop.core.textnorm import fold_same_length
from desktop.core.verify import verify_report
from desktop.settings import current_user  # the one source of "who" for the audit trail
from desktop.store.convert import (
    COMMON,
    FIELDS,
    from_column_value,
    item_to_row,
    item_to_values,
    row_to_item,
    search_text,
    to_column_value,
)
from desktop.store.db import Database, describe_error
from desktop.store.dismissals import dismissed_keys
from desktop.store.errors import ConflictError, StoreError
from desktop.store.lines import LineChange, ReportLines, report_lines, set_line_role, source_layout
from desktop.store.models import AuditRow, ItemRow, ReportRow, SearchDoc


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


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
        return self.meeting_date or self.doc_date or self.imported_at.strftime("%Y-%m-%d")

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


class Library:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- writing ---------------------------------------------------------------------------------

    def add_report(self, report: Report, who: str | None = None, text_hash: str | None = None,
                   source: Source | None = None, known_chrome: frozenset[str] = frozenset()) -> tuple[int, bool]:
        """Store a report with all its items. Returns (id, created); an identical text is not stored twice.
        ``source`` (and the ``known_chrome`` lines of its batch): what the report was extracted from, so that
        it can be extracted again as it was read."""
        who = who or current_user()
        h = text_hash or report.content_hash or content_hash(report.text)
        try:
            with self.db.session() as s:
                existing = s.scalar(select(ReportRow.id).where(ReportRow.content_hash == h))
                if existing is not None:
                    return existing, False
                m = report.meeting
                d = m.date if m and m.date else None
                row = ReportRow(
                    content_hash=h, source_name=report.source, kind=report.kind, encoding=report.encoding,
                    title=report.title, unit=report.unit, own_number=report.own_number,
                    meeting_day=d.day if d else None, meeting_month=d.month if d else None,
                    meeting_year=d.year if d else None, meeting_chair=m.chair if m else None,
                    meeting_date=(f"{d.year:04d}-{d.month:02d}-{d.day:02d}" if d and d.year and d.month and d.day
                                  else None),
                    doc_date=report.doc_date.isoformat() if report.doc_date else None,
                    original_text=report.text, body=report.body, imported_at=_now(),
                    source_layout=source_layout(source, known_chrome) if source is not None else None,
                )
                s.add(row)
                s.flush()
                self._add_items(s, row.id, report)
                self._index(s, row.id, report)
                s.add(AuditRow(at=_now(), who=who, action="import", report_id=row.id,
                               new_value=report.source))
                report.id = row.id
                return row.id, True
        except IntegrityError:
            # another clerk imported the same text a moment ago
            with self.db.session() as s:
                existing = s.scalar(select(ReportRow.id).where(ReportRow.content_hash == h))
            if existing is not None:
                return existing, False
            raise StoreError("Không lưu được văn bản (xung đột dữ liệu).") from None
        except SQLAlchemyError as exc:
            raise describe_error(exc, report.source) from None

    @staticmethod
    def _add_items(s, report_id: int, report: Report) -> None:
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
        ids = _allocate_ids(s, len(rows) + sum(len(t.parts) for t in report.tallies))
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

    @staticmethod
    def _index(s, report_id: int, report: Report) -> None:
        docs = [{"report_id": report_id, "item_id": None, "item_type": "report",
                 "folded": fold_same_length(report.title + "\n" + report.body)}]
        for item in report.items():
            txt = search_text(item)
            if txt:
                docs.append({"report_id": report_id, "item_id": item.id, "item_type": _type_of(item),
                             "folded": fold_same_length(txt)})
        s.execute(insert(SearchDoc), docs)

    def update_item(self, item_id: int, changes: dict[str, object], expected_version: int | None,
                    who: str | None = None) -> int:
        """Apply ``changes`` (domain attribute → value) if nobody saved the item since
        ``expected_version`` (None: whatever version it is at); write one audit row per changed field.
        Returns the new version."""
        who = who or current_user()
        try:
            with self.db.session() as s:
                row = s.get(ItemRow, item_id)
                if row is None:
                    raise StoreError("Mục này không còn trong thư viện (có thể đã bị xóa).")
                if expected_version is not None and row.version != expected_version:
                    raise ConflictError(item_id, self._values(row), dict(changes))
                columns = {**FIELDS[row.type], **COMMON}
                changed = False
                for attr, value in changes.items():
                    if attr == "span":  # where the item is in the text: two columns, one audit row
                        old_span, new_span = (row.span_start, row.span_end), _span_pair(value)
                        if old_span != new_span:
                            row.span_start, row.span_end = new_span
                            changed = True
                            s.add(AuditRow(at=_now(), who=who, action="update", report_id=row.report_id,
                                           item_id=row.id, field="span", old_value=_span_text(old_span),
                                           new_value=_span_text(new_span)))
                        continue
                    if attr not in columns:
                        raise StoreError(f"Trường “{attr}” không sửa được ở mục loại {row.type}.")
                    col = columns[attr]
                    new = to_column_value(col, value)
                    old = getattr(row, col)
                    if old == new:
                        continue
                    setattr(row, col, new)
                    changed = True
                    s.add(AuditRow(at=_now(), who=who, action="update", report_id=row.report_id, item_id=row.id,
                                   field=attr, old_value=None if old is None else str(old),
                                   new_value=None if new is None else str(new)))
                    if attr == "review":
                        row.reviewer = who
                        row.reviewed_at = _now()
                if changed:
                    s.flush()  # the version check happens here (UPDATE … WHERE version = ?)
                    self._reindex_item(s, row)
                return row.version
        except StaleDataError:
            with self.db.session() as s:
                row = s.get(ItemRow, item_id)
                current = self._values(row) if row else {}
            raise ConflictError(item_id, current, dict(changes)) from None
        except StoreError:
            raise
        except SQLAlchemyError as exc:
            raise describe_error(exc) from None

    def set_review(self, item_id: int, status: ReviewStatus, expected_version: int, who: str | None = None) -> int:
        return self.update_item(item_id, {"review": status}, expected_version, who)

    def identical_unchecked(self, item_id: int) -> list[int]:
        """Items of *other* texts, not yet checked, that say the same as this one: confirm one, offer the rest."""
        with self.db.session() as s:
            row = s.get(ItemRow, item_id)
            if row is None or row.type not in _SAME:
                return []
            q = select(ItemRow.id).where(ItemRow.type == row.type, ItemRow.report_id != row.report_id,
                                         ItemRow.review_status == str(ReviewStatus.UNCHECKED))
            for col in _SAME[row.type]:
                value = getattr(row, col)
                if value is None:
                    return []
                q = q.where(getattr(ItemRow, col) == value)
            return list(s.scalars(q.order_by(ItemRow.id)))

    def set_review_many(self, statuses: dict[int, ReviewStatus], who: str | None = None) -> None:
        """Set each item's review status (whatever version it is at), one audit row each."""
        who = who or current_user()
        for item_id, status in statuses.items():
            self.update_item(item_id, {"review": status}, None, who)

    def add_item(self, report_id: int, item: Item, who: str | None = None, parent_id: int | None = None) -> int:
        """Store an item the clerk created (``origin`` manual)."""
        who = who or current_user()
        try:
            with self.db.session() as s:
                position = (s.scalar(select(func.max(ItemRow.position)).where(ItemRow.report_id == report_id))
                            or 0) + 1
                row = item_to_row(item, report_id, position)
                row.parent_id = parent_id
                s.add(row)
                s.flush()
                s.add(AuditRow(at=_now(), who=who, action="create", report_id=report_id, item_id=row.id,
                               new_value=search_text(item)))
                txt = search_text(item)
                if txt:
                    s.add(SearchDoc(report_id=report_id, item_id=row.id, item_type=row.type,
                                    folded=fold_same_length(txt)))
                item.id, item.version = row.id, row.version
                return row.id
        except SQLAlchemyError as exc:
            raise describe_error(exc) from None

    def delete_item(self, item_id: int, expected_version: int, who: str | None = None) -> None:
        who = who or current_user()
        try:
            with self.db.session() as s:
                row = s.get(ItemRow, item_id)
                if row is None:
                    return
                if row.version != expected_version:
                    raise ConflictError(item_id, self._values(row), {})
                s.add(AuditRow(at=_now(), who=who, action="delete", report_id=row.report_id, item_id=None,
                               field=row.type, old_value=row.text))
                s.execute(delete(SearchDoc).where(SearchDoc.item_id == item_id))
                s.delete(row)
        except StoreError:
            raise
        except SQLAlchemyError as exc:
            raise describe_error(exc) from None

    def delete_report(self, report_id: int, who: str | None = None) -> None:
        who = who or current_user()
        with self.db.session() as s:
            row = s.get(ReportRow, report_id)
            if row is None:
                return
            s.add(AuditRow(at=_now(), who=who, action="delete", report_id=None, old_value=row.source_name))
            s.execute(delete(SearchDoc).where(SearchDoc.report_id == report_id))
            s.delete(row)

    def _reindex_item(self, s, row: ItemRow) -> None:
        txt = search_text(row_to_item(row))
        doc = s.scalar(select(SearchDoc).where(SearchDoc.item_id == row.id))
        if doc is None and txt:
            s.add(SearchDoc(report_id=row.report_id, item_id=row.id, item_type=row.type, folded=fold_same_length(txt)))
        elif doc is not None:
            doc.folded = fold_same_length(txt)

    @staticmethod
    def _values(row: ItemRow) -> dict[str, object]:
        cols = {**FIELDS[row.type], **COMMON}
        span = (row.span_start, row.span_end) if row.span_start is not None else None
        return {attr: from_column_value(col, getattr(row, col)) for attr, col in cols.items()} | {
            "span": span, "version": row.version}

    # -- reading ---------------------------------------------------------------------------------

    def count(self) -> int:
        with self.db.session() as s:
            return s.scalar(select(func.count(ReportRow.id))) or 0

    def find_by_hash(self, h: str) -> int | None:
        with self.db.session() as s:
            return s.scalar(select(ReportRow.id).where(ReportRow.content_hash == h))

    def list_reports(self, unit: str | None = None, date_from: str | None = None, date_to: str | None = None,
                     limit: int = 5000) -> list[ReportSummary]:
        with self.db.session() as s:
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

    def set_nothing_to_extract(self, report_id: int, on: bool, who: str | None = None) -> None:
        """Record (or take back) that a clerk read the text and found nothing to extract."""
        who = who or current_user()
        try:
            with self.db.session() as s:
                row = s.get(ReportRow, report_id)
                if row is None:
                    raise StoreError("Văn bản này không còn trong thư viện.")
                if (row.checked_empty_at is not None) == on:
                    return
                row.checked_empty_at = _now() if on else None
                s.add(AuditRow(at=_now(), who=who, action="update", report_id=report_id, field="checked_empty",
                               old_value=str(not on), new_value=str(on)))
        except StoreError:
            raise
        except SQLAlchemyError as exc:
            raise describe_error(exc) from None

    def set_line_role(self, report_id: int, start: int, role: str | None, who: str | None = None) -> LineChange:
        """A clerk's decision on the line starting at ``start``: ``article``, ``chrome``, or None (the reader
        decides again). The text is extracted again; only items nobody touched are replaced."""
        return set_line_role(self.db, report_id, start, role, who)

    def report_lines(self, report_id: int) -> ReportLines:
        """Every line's role (article, menu, related-list …) with the clerk's decisions applied."""
        try:
            with self.db.session() as s:
                return report_lines(s, report_id)
        except SQLAlchemyError as exc:
            raise describe_error(exc) from None

    def report_history(self, report_id: int) -> list[AuditEntry]:
        """Changes to the text as a whole (its import, "nothing to extract")."""
        return self._audit(AuditRow.report_id == report_id, AuditRow.item_id.is_(None))

    def nothing_to_extract(self, report_id: int) -> bool:
        with self.db.session() as s:
            return s.scalar(select(ReportRow.checked_empty_at).where(ReportRow.id == report_id)) is not None

    def get_report(self, report_id: int) -> Report:
        with self.db.session() as s:
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

    def history(self, item_id: int) -> list[AuditEntry]:
        return self._audit(AuditRow.item_id == item_id)

    def _audit(self, *where: ColumnElement[bool]) -> list[AuditEntry]:
        with self.db.session() as s:
            rows = s.scalars(select(AuditRow).where(*where).order_by(AuditRow.at, AuditRow.id))
            return [AuditEntry(a.at, a.who, a.action, a.field, a.old_value, a.new_value) for a in rows]

    def units(self) -> list[str]:
        with self.db.session() as s:
            return [u for (u,) in s.execute(select(ReportRow.unit).distinct().order_by(ReportRow.unit)) if u]


# What makes two items of other texts "the same" (a person by name, a document by its number, …)
_SAME = {"person": ("text",), "document": ("doc_number",), "indicator": ("text", "value", "unit"),
         "ratio": ("value", "value2", "text"), "tally": ("value", "text"), "task": ("text",), "proposal": ("text",)}


def _span_pair(value: Any) -> tuple[int | None, int | None]:
    """A span change's value, (start, end) or empty, as the two columns' values."""
    return tuple(value) if value else (None, None)


def _span_text(span: tuple[int | None, int | None]) -> str | None:
    return None if span[0] is None else f"{span[0]}–{span[1]}"


def _allocate_ids(s, n: int) -> list[int]:
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


def report_day():
    """The date a report is filed under: its meeting date, else its own date (the header's date or a page's
    post date), else the day it was imported."""
    return func.coalesce(ReportRow.meeting_date, ReportRow.doc_date,
                         func.substr(cast(ReportRow.imported_at, String), 1, 10))


def _iso_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:  # a value written by hand into the file
        return None


def _type_of(item: Item) -> str:
    from desktop.store.convert import ITEM_TYPES

    return ITEM_TYPES[type(item)]

