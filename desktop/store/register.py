"""The task follow-up register in the library (issue 17): entries made for the tasks that have an owner or a
deadline, their due dates resolved from the deadline phrase and the report's own date, and the register listed
with each entry's source report.

Entries are made when a report is stored (:func:`sync_report`, called by
:func:`desktop.store.report_add.add_report`) and for a library that existed before the register, or whose tasks
a clerk edited or added since, by :func:`sync_register` — idempotent: an entry is made once per task item, and
an entry's due date follows its task's deadline phrase unless a clerk corrected the date. An entry follows its
task item: deleting the item or its report deletes the entry. A clerk's changes are in
:mod:`desktop.store.register_edit`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import and_, insert, or_, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from desktop.core.deadlines import resolve
from desktop.core.register import RegisterEntry, TaskStatus
from desktop.core.textnorm import fold
from desktop.store.db import Database, describe_error
from desktop.store.models import ItemRow, ReportRow
from desktop.store.register_table import RegisterRow

__all__ = ["RegisterRow", "followed_items", "get_entry", "list_entries", "report_date", "sync_register",
           "sync_report"]


def report_date(doc_date: str | None, meeting_date: str | None, meeting_year: int | None,
                meeting_month: int | None, imported_at: datetime | None) -> date:
    """The date a report's deadlines count from: its own date (header, post), else its meeting's (a month or a
    year alone gives its first day), else the day it was imported."""
    for iso in (doc_date, meeting_date):
        try:
            if iso:
                return date.fromisoformat(iso)
        except ValueError:  # a value written by hand into the file
            pass
    if meeting_year:
        return date(meeting_year, meeting_month if meeting_month and 1 <= meeting_month <= 12 else 1, 1)
    return (imported_at or datetime.now(UTC)).date()


_DATE_COLUMNS = (ReportRow.id, ReportRow.doc_date, ReportRow.meeting_date, ReportRow.meeting_year,
                 ReportRow.meeting_month, ReportRow.imported_at)


def _report_dates(s: Session, report_ids: Iterable[int]) -> dict[int, date]:
    ids = sorted(set(report_ids))
    out: dict[int, date] = {}
    for k in range(0, len(ids), 500):
        for rid, doc, meeting, year, month, imported in s.execute(
                select(*_DATE_COLUMNS).where(ReportRow.id.in_(ids[k:k + 500]))):
            out[rid] = report_date(doc, meeting, year, month, imported)
    return out


def _has(column: Any) -> Any:
    return and_(column.is_not(None), column != "")


def sync_report(s: Session, report_id: int | None = None) -> int:
    """In the open transaction: make the missing entries of one report's tasks (every report's: None) that
    have an owner or a deadline, and let the due date of every entry not corrected by a clerk follow its task's
    deadline phrase. Returns how many entries were made. Audit-free: nothing here is a clerk's decision."""
    q = (select(ItemRow.id, ItemRow.report_id, ItemRow.deadline, RegisterRow.id, RegisterRow.due,
                RegisterRow.recurring, RegisterRow.due_corrected)
         .outerjoin(RegisterRow, RegisterRow.item_id == ItemRow.id)
         .where(ItemRow.type == "task", or_(_has(ItemRow.owner), _has(ItemRow.deadline), RegisterRow.id.is_not(None))))
    if report_id is not None:
        q = q.where(ItemRow.report_id == report_id)
    rows = list(s.execute(q))
    dates = _report_dates(s, (r[1] for r in rows))
    new: list[dict[str, object]] = []
    for item_id, rid, deadline, entry_id, due, recurring, corrected in rows:
        resolved, every = resolve(deadline, dates.get(rid))
        if entry_id is None:
            new.append({"report_id": rid, "item_id": item_id, "due": resolved, "recurring": every,
                        "due_corrected": False, "status": str(TaskStatus.TODO), "note": "", "version": 1})
        elif not corrected and (due, bool(recurring)) != (resolved, every):
            s.execute(update(RegisterRow).where(RegisterRow.id == entry_id).values(due=resolved, recurring=every))
    if new:
        s.execute(insert(RegisterRow), new)
    return len(new)


def sync_register(db: Database, report_id: int | None = None) -> int:
    """:func:`sync_report` in a transaction of its own (the whole library: ``report_id`` None)."""
    try:
        with db.session() as s:
            return sync_report(s, report_id)
    except SQLAlchemyError as exc:
        raise describe_error(exc) from None


def followed_items(s: Session, report_id: int) -> set[int]:
    """The task items of a report whose entry a clerk changed (status, note, date): a new reading keeps them."""
    return set(s.scalars(select(RegisterRow.item_id).where(
        RegisterRow.report_id == report_id, RegisterRow.item_id.is_not(None),
        or_(RegisterRow.version > 1, RegisterRow.due_corrected.is_(True)))))


_COLUMNS = (RegisterRow.id, RegisterRow.report_id, RegisterRow.item_id, RegisterRow.text, RegisterRow.owner,
            RegisterRow.partners, RegisterRow.deadline, RegisterRow.product, RegisterRow.due, RegisterRow.recurring,
            RegisterRow.status, RegisterRow.status_on, RegisterRow.done_on, RegisterRow.note, RegisterRow.changed_by,
            RegisterRow.version, RegisterRow.due_corrected,
            ItemRow.text, ItemRow.owner, ItemRow.partners, ItemRow.deadline, ItemRow.product, ItemRow.span_start,
            ItemRow.span_end,
            ReportRow.title, ReportRow.source_name, ReportRow.own_number, ReportRow.unit, *_DATE_COLUMNS[1:])


def _entry(r: Any) -> RegisterEntry:
    (eid, rid, item_id, text, owner, partners, deadline, product, due, recurring, status, status_on, done_on, note,
     who, version, corrected, i_text, i_owner, i_partners, i_deadline, i_product, start, end,
     title, source_name, number, unit, *dated) = r
    linked = item_id is not None
    plist = i_partners if linked else partners
    return RegisterEntry(
        id=eid, report_id=rid, item_id=item_id, text=(i_text if linked else text) or "",
        owner=i_owner if linked else owner, partners=json.loads(plist) if plist and plist != "[]" else [],
        deadline=i_deadline if linked else deadline, due=due, recurring=bool(recurring), due_corrected=bool(corrected),
        product=i_product if linked else product, status=_status(status), status_on=status_on, done_on=done_on,
        note=note or "", changed_by=who, span=(start, end) if start is not None and end is not None else None,
        source_title=title or source_name or "", source_number=number,
        source_date=_report_date(*dated) if rid is not None else None, unit=unit, version=version)


_report_date = lru_cache(maxsize=4096)(report_date)  # (a listing meets each report's dates once per entry)
_fold = lru_cache(maxsize=4096)(fold)


_STATUSES = {str(s): s for s in TaskStatus}  # (a dict: calling the enum per row took most of a 10,000-row read)


def _status(code: str) -> TaskStatus:
    return _STATUSES.get(code, TaskStatus.TODO)  # (an unknown value: written by hand into the file)


def _query() -> Any:
    return (select(*_COLUMNS).select_from(RegisterRow)
            .outerjoin(ItemRow, ItemRow.id == RegisterRow.item_id)
            .outerjoin(ReportRow, ReportRow.id == RegisterRow.report_id))


def list_entries(db: Database, *, status: TaskStatus | str | None = None, owner: str | None = None,
                 due_before: date | None = None, unit: str | None = None,
                 report_id: int | None = None) -> list[RegisterEntry]:
    """The register's entries, the earliest due first (no date last). ``owner`` and ``unit``: words the owner
    or the source report's unit contains, diacritics and case aside; ``due_before``: due on or before that day."""
    q = _query()
    if status is not None:
        q = q.where(RegisterRow.status == str(TaskStatus(status)))
    if due_before is not None:
        q = q.where(RegisterRow.due <= due_before)
    if report_id is not None:
        q = q.where(RegisterRow.report_id == report_id)
    try:
        with db.session() as s:
            # (on the connection: the ORM session's result handling doubled a 10,000-row read)
            entries = [_entry(r) for r in s.connection().execute(q)]
    except SQLAlchemyError as exc:
        raise describe_error(exc) from None
    if owner:
        entries = [e for e in entries if _fold(owner) in _fold(e.owner or "")]
    if unit:
        entries = [e for e in entries if _fold(unit) in _fold(e.unit or "")]
    entries.sort(key=lambda e: (e.due is None, e.due or date.max, e.id or 0))
    return entries


def get_entry(db: Database, entry_id: int) -> RegisterEntry | None:
    with db.session() as s:
        row = s.execute(_query().where(RegisterRow.id == entry_id)).first()
    return _entry(row) if row is not None else None
