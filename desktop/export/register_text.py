"""How the register's exports write an entry: its dates (dd/mm/yyyy), the document that gave the task
(văn bản giao: số, ngày), its progress and result, and the default file names of the two exports."""

from __future__ import annotations

from datetime import date

from desktop.core.register import Category, RegisterEntry, TaskStatus, category
from desktop.core.vnnum import day_text
from desktop.export.save import ExportError

TITLE_CHARS = 90  # a source cited by its title keeps at most this many characters
PREFIXES = {"register": "so-theo-doi-nhiem-vu", "register-report": "bao-cao-ket-qua-thuc-hien-nhiem-vu"}
NO_OWNER = "Chưa rõ cơ quan chủ trì"




def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def short_title(title: str) -> str:
    title = " ".join(title.split())
    if len(title) > TITLE_CHARS:
        title = title[:TITLE_CHARS].rsplit(" ", 1)[0] + "…"
    return title


def source_cite(e: RegisterEntry) -> str:
    """``Số 12-TB/HU, ngày 05/03/2026``: the number when the source has one, else its title; "" for a task the
    clerk added without a source."""
    what = f"Số {e.source_number}" if e.source_number else short_title(e.source_title)
    when = f"ngày {day_text(e.source_date)}" if e.source_date else ""
    return ", ".join(x for x in (what, when) if x)


def source_key(e: RegisterEntry) -> tuple[str, date | None, str]:
    """Entries of one source document share this key."""
    return (e.source_number or "", e.source_date, "" if e.source_number else " ".join(e.source_title.split()))


def progress(e: RegisterEntry) -> str:
    """The Tiến độ, kết quả cell: status (and completion date), the clerk's note, the product."""
    status = cap(TaskStatus(e.status).label)
    if e.status == TaskStatus.DONE and e.done_on is not None:
        status += f" ngày {day_text(e.done_on)}"
    parts = [status, e.note.strip().rstrip("."), f"Sản phẩm: {e.product.strip()}" if e.product else ""]
    return ". ".join(p for p in parts if p) + "."


def overdue_days(e: RegisterEntry, today: date) -> int:
    return (today - e.due).days if e.due is not None and e.due < today else 0


def is_overdue(e: RegisterEntry, today: date, soon_days: int) -> bool:
    return category(e, today, soon_days) == Category.OPEN_OVERDUE


def require_entries(entries: list[RegisterEntry]) -> None:
    if not entries:
        raise ExportError("Sổ theo dõi chưa có nhiệm vụ nào để xuất (hoặc bộ lọc không còn nhiệm vụ nào).")


def default_name(kind: str, today: date) -> str:
    """``so-theo-doi-nhiem-vu-30-06-2026.xlsx`` / ``bao-cao-ket-qua-thuc-hien-nhiem-vu-30-06-2026.docx``."""
    ext = "xlsx" if kind == "register" else "docx"
    return f"{PREFIXES[kind]}-{today.day:02d}-{today.month:02d}-{today.year}.{ext}"
