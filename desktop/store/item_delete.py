"""Deleting items a clerk chose, all or nothing (issue 18, point 3).

On a shared library another clerk may have saved one of the items since this clerk read it, or deleted it.
Then nothing is deleted: the whole choice is refused with the store's sentence, so an undo step is only ever
made for a deletion that happened, and its undo gives back exactly what was deleted."""

from __future__ import annotations

from sqlalchemy import delete

from desktop.settings import current_user
from desktop.store.db import Database
from desktop.store.edits import utc_now, versioned_edit
from desktop.store.errors import ConflictError, StoreError
from desktop.store.item_edit import item_values
from desktop.store.models import AuditRow, ItemRow, SearchDoc

GONE = "Mục này không còn trong thư viện (có thể người khác vừa xóa)."


def delete_items(db: Database, versions: dict[int, int], who: str | None = None) -> None:
    """Delete the items ``{id: version read}`` in one transaction, one audit row each; if any was saved by
    someone else since (ConflictError, with their values) or is no longer there (StoreError), none is."""
    who = who or current_user()
    with versioned_edit(db, lambda: ConflictError(0, {}, {})) as s:  # (which one is not known: the sentence says)
        rows = []
        for item_id, version in versions.items():
            row = s.get(ItemRow, item_id)
            if row is None:
                raise StoreError(GONE)
            if row.version != version:
                raise ConflictError(item_id, item_values(row), {})
            rows.append(row)
        for row in rows:
            s.add(AuditRow(at=utc_now(), who=who, action="delete",
                           report_id=row.report_id, item_id=None, field=row.type, old_value=row.text))
            s.execute(delete(SearchDoc).where(SearchDoc.item_id == row.id))
            s.delete(row)
        s.flush()  # the version check happens here too (DELETE … WHERE version = ?)
