"""How long a stored report's text is, without loading it: the window loads a large one off the UI thread."""

from __future__ import annotations

from sqlalchemy import func, select

from desktop.store.db import raise_as_store_error
from desktop.store.models import ReportRow


def text_length(db, report_id: int) -> int:
    """Characters of the report's original text (0 if there is no such report)."""
    try:
        with db.session() as s:
            n = s.scalar(select(func.length(ReportRow.original_text)).where(ReportRow.id == report_id))
    except Exception as exc:
        raise_as_store_error(exc, db.path.name if db.path else "")
    return int(n or 0)
