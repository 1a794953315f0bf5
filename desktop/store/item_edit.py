"""A clerk's edits to the items of a stored report: change fields (with optimistic locking), review, add an
item by hand, delete one. Each is one transaction: the item changes with its audit rows (one per changed
field) and its search document, or nothing does. A save made on an older version than the stored one is
refused with a ConflictError carrying the stored values, so the clerk sees what the other clerk saved."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from desktop.core.model import Item, ReviewStatus
from desktop.core.textnorm import fold_same_length
from desktop.settings import current_user
from desktop.store.convert import (
    COMMON,
    FIELDS,
    from_column_value,
    item_to_row,
    row_to_item,
    search_text,
    to_column_value,
)
from desktop.store.db import Database, describe_error
from desktop.store.edits import overtaken, utc_now, versioned_edit
from desktop.store.errors import ConflictError, StoreError
from desktop.store.models import AuditRow, ItemRow, SearchDoc
from desktop.store.register import sync_report

# What makes two items of other texts "the same" (a person by name, a document by its number, …)
_SAME = {"person": ("text",), "document": ("doc_number",), "indicator": ("text", "value", "unit"),
         "ratio": ("value", "value2", "text"), "tally": ("value", "text"), "task": ("text",), "proposal": ("text",)}


def update_item(db: Database, item_id: int, changes: dict[str, object], expected_version: int | None,
                who: str | None = None) -> int:
    """Apply ``changes`` (domain attribute → value) if nobody saved the item since
    ``expected_version`` (None: whatever version it is at); write one audit row per changed field.
    Returns the new version."""
    who = who or current_user()
    with versioned_edit(db, lambda: overtaken(db, ItemRow, item_id, item_values, changes)) as s:
        row = s.get(ItemRow, item_id)
        if row is None:
            raise StoreError("Mục này không còn trong thư viện (có thể đã bị xóa).")
        if expected_version is not None and row.version != expected_version:
            raise ConflictError(item_id, item_values(row), dict(changes))
        columns = {**FIELDS[row.type], **COMMON}
        changed = False
        for attr, value in changes.items():
            if attr == "span":  # where the item is in the text: two columns, one audit row
                old_span, new_span = (row.span_start, row.span_end), _span_pair(value)
                if old_span != new_span:
                    row.span_start, row.span_end = new_span
                    changed = True
                    s.add(AuditRow(at=utc_now(), who=who, action="update", report_id=row.report_id,
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
            s.add(AuditRow(at=utc_now(), who=who, action="update", report_id=row.report_id, item_id=row.id,
                           field=attr, old_value=None if old is None else str(old),
                           new_value=None if new is None else str(new)))
            if attr == "review":
                row.reviewer = who
                row.reviewed_at = utc_now()
        if changed:
            s.flush()  # the version check happens here (UPDATE … WHERE version = ?)
            reindex_item(s, row)
            if row.type == "task" and {"owner", "deadline"} & set(changes):
                sync_report(s, row.report_id)  # a task now followed up, or its due date moved
        return row.version


def set_review_many(db: Database, statuses: dict[int, ReviewStatus], who: str | None = None) -> None:
    """Set each item's review status (whatever version it is at), one audit row each."""
    who = who or current_user()
    for item_id, status in statuses.items():
        update_item(db, item_id, {"review": status}, None, who)


def identical_unchecked(db: Database, item_id: int) -> list[int]:
    """Items of *other* texts, not yet checked, that say the same as this one: confirm one, offer the rest."""
    with db.session() as s:
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


def add_item(db: Database, report_id: int, item: Item, who: str | None = None, parent_id: int | None = None) -> int:
    """Store an item the clerk created (``origin`` manual)."""
    who = who or current_user()
    try:
        with db.session() as s:
            position = (s.scalar(select(func.max(ItemRow.position)).where(ItemRow.report_id == report_id))
                        or 0) + 1
            row = item_to_row(item, report_id, position)
            row.parent_id = parent_id
            s.add(row)
            s.flush()
            s.add(AuditRow(at=utc_now(), who=who, action="create", report_id=report_id, item_id=row.id,
                           new_value=search_text(item)))
            txt = search_text(item)
            if txt:
                s.add(SearchDoc(report_id=report_id, item_id=row.id, item_type=row.type,
                                folded=fold_same_length(txt)))
            item.id, item.version = row.id, row.version
            if row.type == "task":
                sync_report(s, report_id)  # a task the clerk added, with an owner or a deadline, is followed up
            return row.id
    except SQLAlchemyError as exc:
        raise describe_error(exc) from None


def delete_item(db: Database, item_id: int, expected_version: int, who: str | None = None) -> None:
    who = who or current_user()
    try:
        with db.session() as s:
            row = s.get(ItemRow, item_id)
            if row is None:
                return
            if row.version != expected_version:
                raise ConflictError(item_id, item_values(row), {})
            s.add(AuditRow(at=utc_now(), who=who, action="delete", report_id=row.report_id, item_id=None,
                           field=row.type, old_value=row.text))
            s.execute(delete(SearchDoc).where(SearchDoc.item_id == item_id))
            s.delete(row)
    except StoreError:
        raise
    except SQLAlchemyError as exc:
        raise describe_error(exc) from None


def reindex_item(s: Session, row: ItemRow) -> None:
    """The item's search document follows its new text (one is made if it had none)."""
    txt = search_text(row_to_item(row))
    doc = s.scalar(select(SearchDoc).where(SearchDoc.item_id == row.id))
    if doc is None and txt:
        s.add(SearchDoc(report_id=row.report_id, item_id=row.id, item_type=row.type, folded=fold_same_length(txt)))
    elif doc is not None:
        doc.folded = fold_same_length(txt)


def item_values(row: ItemRow) -> dict[str, object]:
    """A stored item's values by domain attribute, with its span and version (what a ConflictError shows)."""
    cols = {**FIELDS[row.type], **COMMON}
    span = (row.span_start, row.span_end) if row.span_start is not None else None
    return {attr: from_column_value(col, getattr(row, col)) for attr, col in cols.items()} | {
        "span": span, "version": row.version}


def _span_pair(value: Any) -> tuple[int | None, int | None]:
    """A span change's value, (start, end) or empty, as the two columns' values."""
    return tuple(value) if value else (None, None)


def _span_text(span: tuple[int | None, int | None]) -> str | None:
    return None if span[0] is None else f"{span[0]}–{span[1]}"
