"""Default file names of exports, made from the report (pure: no Qt, no file system).

One pattern per kind (README, "Exports"): ``<kind>-<number or title>-<dd-mm-yyyy>.<ext>``, e.g.
``bao-cao-tom-tat-12-bc-hu-05-03-2024.docx``: ASCII without diacritics (``đ`` → ``d``), the text's own
document number when it has one, else its title shortened to a few words, and the report's date
(the text's own date — its header's date, a page's post date —, else the meeting's date; left out
when neither is known). Several reports:
``bao-cao-tong-hop-<n>-van-ban-<date of the newest>.docx``.
"""

from __future__ import annotations

import datetime
import re
import unicodedata

from desktop.core.model import Report
from desktop.core.textnorm import fold

PREFIXES = {"briefing": "bao-cao-tom-tat", "conclusion": "du-thao-thong-bao-ket-luan",
            "summary": "bao-cao-tong-hop", "tracking": "bang-theo-doi"}
TITLE_WORDS = 8  # a shortened title keeps at most this many words …
TITLE_CHARS = 48  # … and this many characters


def slug(text: str) -> str:
    """``Kết luận của Tỉnh ủy`` → ``ket-luan-cua-tinh-uy``, ``12-BC/HU`` → ``12-bc-hu``."""
    s = fold(unicodedata.normalize("NFC", text)).lower()
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


# a title's leading type name (``BÁO CÁO Kết quả …``) would repeat the kind's prefix
_TYPE_NAMES = ("bao-cao-", "thong-bao-", "ket-luan-", "ke-hoach-", "nghi-quyet-", "chuong-trinh-", "to-trinh-",
               "cong-van-", "quyet-dinh-", "chi-thi-", "bien-ban-")


def short_title(title: str) -> str:
    s = slug(title)
    while s.startswith(_TYPE_NAMES) and "-" in s:
        s = s.split("-", 2)[-1]
    words = s.split("-")[:TITLE_WORDS]
    out = ""
    for w in words:
        if out and len(out) + 1 + len(w) > TITLE_CHARS:
            break
        out = f"{out}-{w}" if out else w[:TITLE_CHARS]
    return out


def report_date(report: Report) -> datetime.date | None:
    """The text's own date, else the meeting's date when complete."""
    if report.doc_date is not None:
        return report.doc_date
    m = report.meeting.date if report.meeting is not None else None
    if m is not None and m.day and m.month and m.year:
        try:
            return datetime.date(m.year, m.month, m.day)
        except ValueError:
            pass
    return None


def report_key(report: Report) -> str:
    """The document number when the text has one, else the shortened title (``van-ban`` if neither)."""
    return slug(report.own_number or "") or short_title(report.title) or "van-ban"


def default_name(reports: list[Report], kind: str, fmt: str) -> str:
    if len(reports) == 1:
        return _name(kind, fmt, report_key(reports[0]), report_date(reports[0]))
    days = [d for d in map(report_date, reports) if d is not None]
    return several_name(kind, fmt, len(reports), max(days) if days else None)


def several_name(kind: str, fmt: str, count: int, newest: datetime.date | None) -> str:
    """``bao-cao-tong-hop-<n>-van-ban-<date of the newest>``; no count when there is none."""
    return _name(kind, fmt, f"{count}-van-ban" if count else "", newest)


def _name(kind: str, fmt: str, key: str, day: datetime.date | None) -> str:
    parts = [PREFIXES.get(kind, "xuat"), key]
    if day is not None:
        parts.append(f"{day.day:02d}-{day.month:02d}-{day.year}")
    return "-".join(p for p in parts if p) + f".{fmt}"
