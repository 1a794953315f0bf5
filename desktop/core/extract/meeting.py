"""The event a text reports: its date (``Chiều 26/3``, ``Ngày 15/7/2024``) and who chaired it."""

from __future__ import annotations

import re

from desktop.core.extract.common import sentences
from desktop.core.extract.people import Mention
from desktop.core.layout import Layout
from desktop.core.model import DayMonthYear, Meeting
from desktop.core.vnnum import find_dates, has_digit, slashed

_EVENT_WORDS = re.compile(
    r"hội nghị|làm việc|cuộc họp|phiên họp|kỳ họp|buổi họp|chủ trì|hội thảo|tọa đàm|toạ đàm|đại hội|"
    r"giao ban|tổng kết|sơ kết|lễ|họp|thảo luận|kiểm tra|khảo sát|tiếp xúc",
    re.IGNORECASE,
)
# A dateline may come first: "BGP - ", "(PX) - ", "Lào Cai (TTXVN) – ".
_LEAD = re.compile(
    r"^(?:[A-ZĐ]{2,6}\s*[-–]\s*|(?:[\w. ]{1,25}?\s*)?\([^()]{1,30}\)\s*[-–]\s*)?"
    r"(?:(?:Sáng|Chiều|Tối|Trưa|Trong ngày|Hôm nay|Hôm qua)\s+(?:nay\s+)?\(?(?:ngày\s+)?|"
    r"Ngày\s+|Vào ngày\s+|Từ ngày\s+|Trong (?:hai|ba|2|3) ngày\s+(?=\d{1,2}\s*(?:và|-|–)\s*\d))"
    r"(\d{1,2}(?P<sep>[/.-])\d{1,2}(?:(?P=sep)\d{4})?|\d{1,2}\s*(?:và|-|–)\s*\d{1,2}/\d{1,2}(?:/\d{4})?|"
    r"\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)"
)
_IN_WORDS = re.compile(r"(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?$")
_CHAIR = re.compile(r"(?:sự\s+)?chủ\s+trì(?:\s+của)?|dự và chỉ đạo|đồng chủ trì", re.IGNORECASE)
_CHAIR_LOWER = re.compile(r"chủ\s+trì|dự và chỉ đạo")  # a quick test on lower-cased text (see rx.py)
_CHAIR_HINTS = ("trì", "TRÌ", "Trì", "hỉ đạo", "HỈ ĐẠO", "hỉ Đạo")  # one of them is in any text _CHAIR_LOWER finds


def _as_slashes(date: str) -> str:
    """"26-3-2025", "26.3" → "26/3/2025", "26/3"; "26 và 27/3" (a two-day event) → its first day, "26/3";
    "3 tháng 10 năm 2024" → "3/10/2024"."""
    words = _IN_WORDS.match(date)
    if words:
        return "/".join(g for g in words.groups() if g)
    two = re.match(r"(\d{1,2})\s*(?:và|-|–)\s*\d{1,2}(/\d{1,2}(?:/\d{4})?)$", date)
    if two:
        return two.group(1) + two.group(2)
    return slashed(date)


def extract_meeting(layout: Layout, mentions: list[Mention]) -> Meeting | None:
    date: DayMonthYear | None = None
    date_span = None
    for k, p in enumerate(layout.body_paras()):
        if p.role != "body" or k > 12:
            break
        for start, _end, s in sentences(p.text, p.start):
            m = _LEAD.match(s) if has_digit(s[:100]) else None  # (the date stands within its first 100 characters)
            if not m or not _EVENT_WORDS.search(s):
                continue
            found = find_dates(_as_slashes(m.group(1)))
            if not found:
                continue  # "Chiều 26/33": a typo, not a date
            d = found[0]
            date = DayMonthYear(day=d.day, month=d.month, year=d.year)
            date_span = (start + m.start(1), start + m.end(1))
            break
        if date:
            break
    chair, chair_span = _find_chair(layout, mentions)
    if date is None and chair is None:
        return None
    span = date_span or chair_span
    return Meeting(date=date, chair=chair, span=span)


def _find_chair(layout: Layout, mentions: list[Mention]) -> tuple[str | None, tuple[int, int] | None]:
    """The person who presides (``chủ trì``), else the leader who ``dự và chỉ đạo``."""
    best: tuple[int, str, tuple[int, int]] | None = None
    for p in layout.body_paras():
        t = p.text  # (the words first, in the cases they are written in: lower-casing a paragraph costs more)
        if p.role != "body" or not any(w in t for w in _CHAIR_HINTS) or not _CHAIR_LOWER.search(p.low):
            continue
        for start, end, s in sentences(p.text, p.start):
            for m in _CHAIR.finditer(s):
                after = s[m.end() : m.end() + 25]
                if re.match(r"\s*,\s*phối hợp", after) or re.search(r"\bgiao\b[^.;]*$", s[: m.start()]):
                    continue  # "giao Sở X chủ trì, phối hợp…": a task owner, not a chair
                pos = start + m.start()
                in_sentence = [x for x in mentions if start <= x.start < end]
                if not in_sentence:
                    continue
                if "của" in m.group() or m.group().lower().startswith("sự") or not s[: m.start()].strip():
                    # "dưới sự chủ trì của X", "Chủ trì cuộc họp có đồng chí X": the chair comes after
                    cands = [x for x in in_sentence if x.start >= pos]
                    pick = cands[0] if cands else None
                else:
                    cands = [x for x in in_sentence if x.start < pos]
                    pick = cands[0] if cands else None
                if pick is None:
                    continue
                rank = 1 if "dự và chỉ đạo" in m.group().lower() else 0
                if best is None or rank < best[0]:
                    best = (rank, pick.name, (pick.start, pick.end))
                if rank == 0:
                    return best[1], best[2]
    if best:
        return best[1], best[2]
    return _working_with(layout, mentions)


_WORKS_WITH = re.compile(r"làm việc với\b")  # ("đã có buổi" before it names no one)


def _working_with(layout: Layout, mentions: list[Mention]) -> tuple[str | None, tuple[int, int] | None]:
    """"Đồng chí X, Bí thư Tỉnh ủy đã có buổi làm việc với …" in the lead: X leads the working session."""
    for p in layout.body_paras()[:3]:
        if p.role != "body" or "làm việc với" not in p.text:
            continue
        for start, _end, s in sentences(p.text, p.start):
            m = _WORKS_WITH.search(s)
            if not m:
                continue
            before = [x for x in mentions if start <= x.start < start + m.start()]
            # "Cùng dự có đồng chí Y …": a guest, not the one who leads
            if before and not re.search(r"\b(?:[Dd]ự|[Cc]ùng)\b", s[: before[0].start - start]):
                return before[0].name, (before[0].start, before[0].end)
    return None, None
