"""A clerk's changes to the register: a task's status (with its completion date and a note), a corrected due
date, a task added by hand. Each is one transaction with one audit row per changed field (``register.status``,
``register.done_on``, ``register.note``, ``register.due``), and refused with a ConflictError when someone saved
the entry since ``expected_version``.

Undo is the same call with the values read before: ``set_status(db, id, old.status, done_on=old.done_on,
note=old.note, status_on=old.status_on, expected_version=new_version)``; ``set_due(db, id, old.due,
corrected=old_corrected)``.
"""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from desktop.core.deadlines import resolve
from desktop.core.register import TaskStatus
from desktop.settings import current_user
from desktop.store.db import Database, describe_error
from desktop.store.edits import overtaken, utc_now, versioned_edit
from desktop.store.errors import ConflictError, StoreError
from desktop.store.models import AuditRow, ItemRow, ReportRow
from desktop.store.register import report_date
from desktop.store.register_table import RegisterRow

GONE = "Nhiệm vụ số {id} không có trong sổ theo dõi (có thể đã bị xóa)."
BAD_STATUS = "Trạng thái “{status}” không hợp lệ; dùng một trong: todo, doing, done, dropped."


def status_of(value: TaskStatus | str) -> TaskStatus:
    """A status code (``done``) or its Vietnamese label (``hoàn thành``); a StoreError names the codes."""
    text = str(value).strip().casefold()
    for status in TaskStatus:
        if text in (status.value, status.label):
            return status
    raise StoreError(BAD_STATUS.format(status=value))


def entry_values(row: RegisterRow) -> dict[str, object]:
    """A stored entry's values (what a ConflictError shows)."""
    return {"status": row.status, "status_on": row.status_on, "done_on": row.done_on, "note": row.note,
            "due": row.due, "due_corrected": row.due_corrected, "changed_by": row.changed_by,
            "version": row.version}


def _audit(s: Session, row: RegisterRow, who: str, field: str, old: object, new: object) -> None:
    s.add(AuditRow(at=utc_now(), who=who, action="update", report_id=row.report_id, item_id=row.item_id,
                   field=f"register.{field}", old_value=None if old in (None, "") else str(old),
                   new_value=None if new in (None, "") else str(new)))


def _edit(db: Database, entry_id: int, changes: dict[str, object], expected_version: int | None,
          who: str | None) -> int:
    """Apply ``changes`` (column → value) to one entry with its audit rows, if nobody saved it since
    ``expected_version`` (None: whatever version). Returns the entry's version."""
    who = who or current_user()
    with versioned_edit(db, lambda: overtaken(db, RegisterRow, entry_id, entry_values, changes)) as s:
        row = s.get(RegisterRow, entry_id)
        if row is None:
            raise StoreError(GONE.format(id=entry_id))
        if expected_version is not None and row.version != expected_version:
            raise ConflictError(entry_id, entry_values(row), dict(changes))
        changed = False
        for column, new in changes.items():
            old = getattr(row, column)
            if old == new:
                continue
            setattr(row, column, new)
            changed = True
            if column in ("status", "done_on", "note", "due"):
                _audit(s, row, who, column, old, new)
        if changed:
            row.changed_by, row.changed_at = who, utc_now()
            s.flush()  # the version check happens here (UPDATE … WHERE version = ?)
        return row.version


def set_status(db: Database, entry_id: int, status: TaskStatus | str, done_on: date | None = None,
               note: str | None = None, expected_version: int | None = None, who: str | None = None, *,
               status_on: date | None = None, today: date | None = None) -> int:
    """Set a task's status. ``done``: completed on ``done_on`` (default ``today``); any other status clears the
    completion date. ``status_on``: the day of the status (default the completion date, else today). ``note``:
    None leaves the note as it is. Returns the new version."""
    status = status_of(status)
    today = today or date.today()
    done = (done_on or today) if status == TaskStatus.DONE else None
    changes: dict[str, object] = {"status": str(status), "done_on": done, "status_on": status_on or done or today}
    if note is not None:
        changes["note"] = note
    return _edit(db, entry_id, changes, expected_version, who)


def set_note(db: Database, entry_id: int, note: str, expected_version: int | None = None,
             who: str | None = None) -> int:
    """The clerk's note on a task (progress, a reason for delay; empty: none), audited. Returns the new version."""
    return _edit(db, entry_id, {"note": note.strip()}, expected_version, who)


def set_due(db: Database, entry_id: int, due: date | None, expected_version: int | None = None,
            who: str | None = None, *, corrected: bool = True) -> int:
    """A clerk's due date (kept when the deadline phrase is resolved again). ``corrected`` False: drop the
    correction, the due date follows the phrase again (``due`` is then ignored)."""
    if not corrected:
        with db.session() as s:
            row = s.get(RegisterRow, entry_id)
            if row is None:
                raise StoreError(GONE.format(id=entry_id))
            due, recurring = _phrase_due(s, row)
        return _edit(db, entry_id, {"due": due, "recurring": recurring, "due_corrected": False}, expected_version,
                     who)
    return _edit(db, entry_id, {"due": due, "recurring": False, "due_corrected": True}, expected_version, who)


def _phrase_due(s: Session, row: RegisterRow) -> tuple[date | None, bool]:
    """The due date the entry's deadline phrase resolves to."""
    phrase = row.deadline
    if row.item_id is not None:
        item = s.get(ItemRow, row.item_id)
        phrase = item.deadline if item else phrase
    report = s.get(ReportRow, row.report_id) if row.report_id is not None else None
    when = report_date(report.doc_date, report.meeting_date, report.meeting_year, report.meeting_month,
                       report.imported_at) if report else date.today()
    return resolve(phrase, when)


def add_entry(db: Database, text: str, *, report_id: int | None = None, owner: str | None = None,
              partners: list[str] | None = None, deadline: str | None = None, due: date | None = None,
              product: str | None = None, who: str | None = None) -> int:
    """A task a clerk adds to the register by hand (no extracted item). ``due`` None: the deadline phrase's
    date, counted from the report's date (today when there is no report). Audited; returns the entry's id."""
    if not text.strip():
        raise StoreError("Nội dung nhiệm vụ đang trống.")
    who = who or current_user()
    try:
        with db.session() as s:
            row = RegisterRow(report_id=report_id, item_id=None, text=text.strip(), owner=owner,
                              partners=json.dumps(partners or [], ensure_ascii=False), deadline=deadline,
                              product=product, status=str(TaskStatus.TODO), note="", changed_by=who,
                              changed_at=utc_now(), due_corrected=due is not None, recurring=False)
            if due is None:
                row.due, row.recurring = _phrase_due(s, row)
            else:
                row.due = due
            s.add(row)
            s.flush()
            s.add(AuditRow(at=utc_now(), who=who, action="create", report_id=report_id, field="register",
                           new_value=f"#{row.id} {row.text}"))
            return row.id
    except SQLAlchemyError as exc:
        raise describe_error(exc) from None
