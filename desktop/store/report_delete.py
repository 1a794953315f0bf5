"""Deleting a report and giving it back: the deletion keeps a complete copy (the report, its items, their
search entries, its dismissed findings and which audit rows were about it) so that an undo while the
application is open restores it exactly, audit trail included. Both are audited.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Table, delete, func, insert, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from desktop.settings import current_user
from desktop.store.db import Database, describe_error
from desktop.store.edits import utc_now
from desktop.store.errors import StoreError
from desktop.store.models import AuditRow, DismissalRow, ItemRow, ReportRow, SearchDoc
from desktop.store.register_table import RegisterRow
from desktop.store.report_add import allocate_ids

Row = dict[str, Any]
REPORTS = cast(Table, ReportRow.__table__)
ITEMS = cast(Table, ItemRow.__table__)
SEARCH = cast(Table, SearchDoc.__table__)
DISMISSALS = cast(Table, DismissalRow.__table__)
REGISTER = cast(Table, RegisterRow.__table__)


@dataclass
class DeletedReport:
    """What a deletion took away, enough to put it back."""

    report: Row
    items: list[Row] = field(default_factory=list)
    search: list[Row] = field(default_factory=list)
    dismissals: list[Row] = field(default_factory=list)
    register: list[Row] = field(default_factory=list)  # its tasks' follow-up entries
    audit: list[tuple[int, int | None]] = field(default_factory=list)  # (audit row id, its item id)
    delete_audit_id: int | None = None

    @property
    def id(self) -> int:
        return int(self.report["id"])

    @property
    def title(self) -> str:
        return str(self.report.get("title") or self.report.get("source_name") or "")


def _rows(s: Session, table: Any, *where: Any) -> list[Row]:
    return [dict(r) for r in s.execute(select(table).where(*where)).mappings()]


def report_exists(db: Database, report_id: int) -> tuple[str, int] | None:
    """(title or file name, number of items) of a report, or None if the library has no such report."""
    with db.session() as s:
        row = s.get(ReportRow, report_id)
        if row is None:
            return None
        n = s.scalar(select(func.count(ItemRow.id)).where(ItemRow.report_id == report_id)) or 0
        return row.title or row.source_name, n


def delete_report(db: Database, report_id: int, who: str | None = None) -> DeletedReport:
    """Delete a report with everything it holds (one transaction, audited); returns the copy to restore from."""
    who = who or current_user()
    try:
        with db.session() as s:
            rows = _rows(s, REPORTS, ReportRow.id == report_id)
            if not rows:
                raise StoreError(f"Không có văn bản số {report_id} trong thư viện.")
            gone = DeletedReport(
                report=rows[0],
                items=_rows(s, ITEMS, ItemRow.report_id == report_id),
                search=_rows(s, SEARCH, SearchDoc.report_id == report_id),
                dismissals=_rows(s, DISMISSALS, DismissalRow.report_id == report_id),
                register=_rows(s, REGISTER, RegisterRow.report_id == report_id),
                audit=[(a, i) for a, i in s.execute(select(AuditRow.id, AuditRow.item_id)
                                                     .where(AuditRow.report_id == report_id))])
            gone.items.sort(key=lambda r: (r["parent_id"] is not None, r["id"]))  # tallies before their parts
            audit = AuditRow(at=utc_now(), who=who, action="delete", report_id=None, field="report",
                             old_value=f"#{report_id} {gone.title}")
            s.add(audit)
            s.execute(delete(SearchDoc).where(SearchDoc.report_id == report_id))
            s.execute(delete(REPORTS).where(ReportRow.id == report_id))  # items go with it (cascade)
            s.flush()
            gone.delete_audit_id = audit.id
            return gone
    except StoreError:
        raise
    except SQLAlchemyError as exc:
        raise describe_error(exc) from None


def _free(s: Session, column: Any, ids: list[int]) -> bool:
    return not ids or not s.scalar(select(func.count()).where(column.in_(ids)))


def restore_report(db: Database, gone: DeletedReport, who: str | None = None) -> int:
    """Put a deleted report back as it was (same ids when they are still free); audited. Returns its id."""
    who = who or current_user()
    try:
        with db.session() as s:
            report = dict(gone.report)
            if s.scalar(select(ReportRow.id).where(ReportRow.content_hash == report["content_hash"])) is not None:
                raise StoreError("Văn bản này đã được nhập lại vào thư viện; không cần khôi phục.")
            if not _free(s, ReportRow.id, [gone.id]):
                del report["id"]
            rid = s.execute(insert(REPORTS).values(**report)).inserted_primary_key[0]
            items = _item_ids(s, gone.items)
            if gone.items:
                s.execute(insert(ITEMS), [
                    {**r, "id": items[r["id"]], "report_id": rid,
                     "parent_id": items.get(r["parent_id"]) if r["parent_id"] is not None else None}
                    for r in gone.items])
            if gone.search:
                s.execute(insert(SEARCH), [
                    {**{k: v for k, v in r.items() if k != "id"}, "report_id": rid,
                     "item_id": items.get(r["item_id"]) if r["item_id"] is not None else None} for r in gone.search])
            if gone.dismissals:
                s.execute(insert(DISMISSALS), [
                    {**{k: v for k, v in r.items() if k != "id"}, "report_id": rid} for r in gone.dismissals])
            _restore_register(s, gone.register, rid, items)
            _relink_audit(s, gone, rid, items)
            s.add(AuditRow(at=utc_now(), who=who, action="restore", report_id=rid, field="report",
                           new_value=f"#{rid} {gone.title}"))
            return int(rid)
    except StoreError:
        raise
    except SQLAlchemyError as exc:
        raise describe_error(exc) from None


def _item_ids(s: Session, items: list[Row]) -> dict[int, int]:
    """Old item id → id to restore it under: the same ones if none was taken since, else a fresh block."""
    old = [int(r["id"]) for r in items]
    if _free(s, ItemRow.id, old):
        return {k: k for k in old}
    return dict(zip(old, allocate_ids(s, len(old)), strict=True))  # (max + 1 on SQLite, the sequence on PG)


def _relink_audit(s: Session, gone: DeletedReport, rid: int, items: dict[int, int]) -> None:
    """The audit rows about the report (and the one recording its deletion) point at it again."""
    for audit_id, item_id in gone.audit:
        s.execute(update(AuditRow).where(AuditRow.id == audit_id).values(
            report_id=rid, item_id=items.get(item_id) if item_id is not None else None))
    if gone.delete_audit_id is not None:
        s.execute(update(AuditRow).where(AuditRow.id == gone.delete_audit_id).values(report_id=rid))


def _restore_register(s: Session, entries: list[Row], rid: int, items: dict[int, int]) -> None:
    """The report's register entries, with their status and history, under their ids when still free."""
    keep = _free(s, RegisterRow.id, [int(r["id"]) for r in entries])
    rows = [{**{k: v for k, v in r.items() if keep or k != "id"}, "report_id": rid,
             "item_id": items.get(r["item_id"]) if r["item_id"] is not None else None} for r in entries]
    if rows:
        s.execute(insert(REGISTER), rows)
