"""Findings a clerk dismissed with a note: stored, taken back, read with the report; each change audited.

The key is computed by :func:`desktop.core.dismissals.finding_key`; the store keeps it and the finding's kind
and message (so the history reads without the text), never the finding itself.
"""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from desktop.core.model import Finding
from desktop.settings import current_user
from desktop.store.db import Database, describe_error
from desktop.store.edits import utc_now
from desktop.store.errors import StoreError
from desktop.store.models import AuditRow, DismissalRow, ReportRow


def dismissed_keys(s: Session, report_id: int) -> dict[str, str]:
    """Every dismissed finding of a report: key → the clerk's note."""
    rows = s.execute(select(DismissalRow.finding_key, DismissalRow.note).where(DismissalRow.report_id == report_id))
    return {key: note for key, note in rows}


def dismiss_finding(db: Database, report_id: int, key: str, finding: Finding, note: str,
                    who: str | None = None) -> None:
    """Record that a clerk checked this finding and dismissed it (with ``note``); audited."""
    who = who or current_user()
    try:
        with db.session() as s:
            if s.get(ReportRow, report_id) is None:
                raise StoreError("Văn bản này không còn trong thư viện.")
            row = s.scalar(select(DismissalRow).where(DismissalRow.report_id == report_id,
                                                      DismissalRow.finding_key == key))
            old = row.note if row is not None else None
            if row is None:
                row = DismissalRow(report_id=report_id, finding_key=key, kind=finding.kind, message=finding.message)
                s.add(row)
            row.note, row.who, row.at = note, who, utc_now()
            s.add(AuditRow(at=utc_now(), who=who, action="dismiss", report_id=report_id, field=finding.kind,
                           old_value=old, new_value=f"{finding.message} — {note}" if note else finding.message))
    except StoreError:
        raise
    except SQLAlchemyError as exc:
        raise describe_error(exc) from None


def undismiss_finding(db: Database, report_id: int, key: str, who: str | None = None) -> None:
    """Take a dismissal back: the finding needs a look again; audited."""
    who = who or current_user()
    try:
        with db.session() as s:
            row = s.scalar(select(DismissalRow).where(DismissalRow.report_id == report_id,
                                                      DismissalRow.finding_key == key))
            if row is None:
                return
            s.add(AuditRow(at=utc_now(), who=who, action="undismiss", report_id=report_id, field=row.kind,
                           old_value=row.note, new_value=row.message))
            s.execute(delete(DismissalRow).where(DismissalRow.id == row.id))
    except SQLAlchemyError as exc:
        raise describe_error(exc) from None
