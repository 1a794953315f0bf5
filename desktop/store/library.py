"""The library of reports: store, read, edit (with audit trail and optimistic locking), delete.

Every write is one transaction: a report is stored with all its items or not at all; an
edit changes the item and writes its audit rows together, or nothing.

:class:`Library` is the one door the CLI, the UI and the exports' callers use; the work is done by the
modules named for each job, which take the Database: :mod:`~desktop.store.report_add` (storing a report
with its items and search index), :mod:`~desktop.store.item_edit` (a clerk's edits to items),
:mod:`~desktop.store.report_read` (the list, a report, the audit trail), :mod:`~desktop.store.lines` (line
decisions).
"""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.exc import SQLAlchemyError

from desktop.core.model import Item, Report, ReviewStatus
from desktop.core.source import Source
from desktop.settings import current_user  # the one source of "who" for the audit trail
from desktop.store import item_edit, report_add, report_read
from desktop.store.db import Database, describe_error
from desktop.store.edits import utc_now
from desktop.store.errors import StoreError
from desktop.store.lines import LineChange, ReportLines, report_lines, set_line_role
from desktop.store.models import AuditRow, ReportRow, SearchDoc
from desktop.store.report_add import content_hash
from desktop.store.report_read import AuditEntry, ReportSummary, report_day

__all__ = ["AuditEntry", "Library", "ReportSummary", "content_hash", "current_user", "report_day"]


class Library:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- writing ---------------------------------------------------------------------------------

    def add_report(self, report: Report, who: str | None = None, text_hash: str | None = None,
                   source: Source | None = None, known_chrome: frozenset[str] = frozenset()) -> tuple[int, bool]:
        """Store a report with all its items. Returns (id, created); an identical text is not stored twice.
        ``source`` (and the ``known_chrome`` lines of its batch): what the report was extracted from, so that
        it can be extracted again as it was read."""
        return report_add.add_report(self.db, report, who, text_hash, source, known_chrome)

    def update_item(self, item_id: int, changes: dict[str, object], expected_version: int | None,
                    who: str | None = None) -> int:
        """Apply ``changes`` (domain attribute → value) if nobody saved the item since
        ``expected_version`` (None: whatever version it is at); write one audit row per changed field.
        Returns the new version."""
        return item_edit.update_item(self.db, item_id, changes, expected_version, who)

    def set_review(self, item_id: int, status: ReviewStatus, expected_version: int, who: str | None = None) -> int:
        return self.update_item(item_id, {"review": status}, expected_version, who)

    def identical_unchecked(self, item_id: int) -> list[int]:
        """Items of *other* texts, not yet checked, that say the same as this one: confirm one, offer the rest."""
        return item_edit.identical_unchecked(self.db, item_id)

    def set_review_many(self, statuses: dict[int, ReviewStatus], who: str | None = None) -> None:
        """Set each item's review status (whatever version it is at), one audit row each."""
        item_edit.set_review_many(self.db, statuses, who)

    def add_item(self, report_id: int, item: Item, who: str | None = None, parent_id: int | None = None) -> int:
        """Store an item the clerk created (``origin`` manual)."""
        return item_edit.add_item(self.db, report_id, item, who, parent_id)

    def delete_item(self, item_id: int, expected_version: int, who: str | None = None) -> None:
        item_edit.delete_item(self.db, item_id, expected_version, who)

    def delete_report(self, report_id: int, who: str | None = None) -> None:
        who = who or current_user()
        with self.db.session() as s:
            row = s.get(ReportRow, report_id)
            if row is None:
                return
            s.add(AuditRow(at=utc_now(), who=who, action="delete", report_id=None, old_value=row.source_name))
            s.execute(delete(SearchDoc).where(SearchDoc.report_id == report_id))
            s.delete(row)

    # -- reading ---------------------------------------------------------------------------------

    def count(self) -> int:
        with self.db.session() as s:
            return s.scalar(select(func.count(ReportRow.id))) or 0

    def find_by_hash(self, h: str) -> int | None:
        with self.db.session() as s:
            return s.scalar(select(ReportRow.id).where(ReportRow.content_hash == h))

    def list_reports(self, unit: str | None = None, date_from: str | None = None, date_to: str | None = None,
                     limit: int = 5000) -> list[ReportSummary]:
        return report_read.list_reports(self.db, unit, date_from, date_to, limit)

    def set_nothing_to_extract(self, report_id: int, on: bool, who: str | None = None) -> int | None:
        """Record (or take back) that a clerk read the text and found nothing to extract; the report's new
        version (None if nothing changed)."""
        who = who or current_user()
        try:
            with self.db.session() as s:
                row = s.get(ReportRow, report_id)
                if row is None:
                    raise StoreError("Văn bản này không còn trong thư viện.")
                if (row.checked_empty_at is not None) == on:
                    return None
                row.checked_empty_at = utc_now() if on else None
                s.add(AuditRow(at=utc_now(), who=who, action="update", report_id=report_id, field="checked_empty",
                               old_value=str(not on), new_value=str(on)))
                s.flush()  # (the report's version moves: the open session keeps it in step)
                return row.version
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
        return report_read.audit_entries(self.db, AuditRow.report_id == report_id, AuditRow.item_id.is_(None))

    def nothing_to_extract(self, report_id: int) -> bool:
        with self.db.session() as s:
            return s.scalar(select(ReportRow.checked_empty_at).where(ReportRow.id == report_id)) is not None

    def get_report(self, report_id: int) -> Report:
        return report_read.get_report(self.db, report_id)

    def history(self, item_id: int) -> list[AuditEntry]:
        return report_read.audit_entries(self.db, AuditRow.item_id == item_id)

    def units(self) -> list[str]:
        return report_read.units(self.db)
