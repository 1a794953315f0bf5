"""A task's deadline phrase as a due date: ``trước ngày 30/6/2025`` → 2025-06-30, ``trong quý III/2025`` →
2025-09-30, ``trong tuần 12`` → the Sunday of ISO week 12, ``thường xuyên`` → recurring, no date.

The extractor keeps a full date as ISO (``2025-06-30``) and any other deadline as written
(:func:`desktop.core.extract.task_fields.deadline_in`); both are read here. A phrase without a year takes the
report's own year; a date that then falls more than :data:`ROLLOVER_DAYS` before the report is next year's
(``trước 31/1`` in a report of November). A date that does not exist (``31/2``, week 54) resolves to None.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, timedelta

from desktop.core.vnnum import ROMAN, find_dates

# Adverbs of frequency that make a task recurring (no due date): "thường xuyên", "hằng tháng", "định kỳ"
RECURRENCE_ADVERBS = ("thường xuyên", "định kỳ", "liên tục")
# The period nouns after "hằng"/"hàng" ("hằng tháng", "hàng quý")
PERIOD_NOUNS = ("ngày", "tuần", "tháng", "quý", "năm")

ROLLOVER_DAYS = 30  # a yearless date this far before the report is next year's

_YEAR = r"(?:\s*/\s*|\s+năm\s+)(\d{4})"
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_EVERY = re.compile(rf"(?<!\w)h[ằà]ng\s+(?:{'|'.join(PERIOD_NOUNS)})(?!\w)")
_WEEK = re.compile(rf"(?<!\w)tuần\s+(?:thứ\s+)?(\d{{1,2}})(?:{_YEAR})?(?!\d)")
_QUARTER = re.compile(rf"(?<!\w)quý\s+([ivx]+|\d)(?:{_YEAR})?(?![\w/])")
_PART_OF_YEAR = re.compile(r"(?<!\w)(\d+|những|các)\s+tháng\s+(đầu|cuối)\s+năm(?:\s+(\d{4}))?")
_MONTH = re.compile(rf"(?<!\w)tháng\s+(\d{{1,2}})(?:{_YEAR})?(?![\d/])")
_YEAR_END = re.compile(r"(?<!\w)cuối\s+năm(?:\s+(\d{4}))?")
_WHOLE_YEAR = re.compile(r"(?<!\w)năm\s+(\d{4})")
_THIS = re.compile(r"(?<!\w)(tuần|tháng|quý|năm)\s+(?:này|nay)(?!\w)")
_WITHIN_DAYS = re.compile(r"(?<!\w)trong\s+(?:vòng\s+)?(\d{1,3})\s+ngày(?!\w)")


def is_recurring(phrase: str) -> bool:
    low = phrase.casefold()
    return any(w in low for w in RECURRENCE_ADVERBS) or _EVERY.search(low) is not None


def resolve(phrase: str | None, report_date: date | None) -> tuple[date | None, bool]:
    """(due date or None, recurring) of a deadline phrase; ``report_date`` gives a missing year."""
    if not phrase or not phrase.strip():
        return None, False
    if is_recurring(phrase):
        return None, True
    low = phrase.casefold().strip()
    m = _ISO.fullmatch(low)
    if m:
        return _day(int(m.group(1)), int(m.group(2)), int(m.group(3))), False
    return _period_end(low, report_date), False


def _period_end(low: str, report_date: date | None) -> date | None:
    """The last day of the first period the phrase names (a day, a week, a quarter, part of a year, a month,
    a year), the year taken from the report when the phrase has none."""
    found = find_dates(low)
    if found:
        d = found[0]
        return _yearless(d.year, report_date, lambda y: _day(y, d.month or 0, d.day or 0))
    m = _WEEK.search(low)
    if m:
        week = int(m.group(1))
        return _yearless(_int(m.group(2)), report_date, lambda y: _iso_sunday(y, week))
    m = _PART_OF_YEAR.search(low)
    if m:
        months = 12 if m.group(2) == "cuối" else int(m.group(1)) if m.group(1).isdigit() else 6
        return _yearless(_int(m.group(3)), report_date, lambda y: _month_end(y, months))
    m = _QUARTER.search(low)
    if m:
        q = _quarter(m.group(1))
        return _yearless(_int(m.group(2)), report_date, lambda y: _month_end(y, 3 * q) if q else None)
    m = _MONTH.search(low)
    if m:
        month = int(m.group(1))
        return _yearless(_int(m.group(2)), report_date, lambda y: _month_end(y, month))
    m = _YEAR_END.search(low) or _WHOLE_YEAR.search(low)
    if m:
        return _yearless(_int(m.group(1)), report_date, lambda y: date(y, 12, 31))
    return _relative(low, report_date)


def _relative(low: str, report_date: date | None) -> date | None:
    """``trong tháng này``, ``trong năm nay``, ``trong 30 ngày``: counted from the report's date."""
    if report_date is None:
        return None
    m = _THIS.search(low)
    if m:
        unit = m.group(1)
        if unit == "tuần":
            return report_date + timedelta(days=6 - report_date.weekday())
        if unit == "tháng":
            return _month_end(report_date.year, report_date.month)
        if unit == "quý":
            return _month_end(report_date.year, 3 * ((report_date.month - 1) // 3 + 1))
        return date(report_date.year, 12, 31)
    m = _WITHIN_DAYS.search(low)
    if m:
        return report_date + timedelta(days=int(m.group(1)))
    return None


def _yearless(year: int | None, report_date: date | None, make: Callable[[int], date | None]) -> date | None:
    """``make(year)``; with no year written, the report's year, or the next one when that date falls more than
    :data:`ROLLOVER_DAYS` before the report."""
    if year is not None:
        return make(year)
    if report_date is None:
        return None
    due = make(report_date.year)
    if due is not None and due < report_date - timedelta(days=ROLLOVER_DAYS):
        return make(report_date.year + 1)
    return due


def _int(s: str | None) -> int | None:
    return int(s) if s else None


def _quarter(s: str) -> int | None:
    q = int(s) if s.isdigit() else ROMAN.get(s.upper())
    return q if q is not None and 1 <= q <= 4 else None


def _day(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _month_end(y: int, m: int) -> date | None:
    if not 1 <= m <= 12:
        return None
    return date(y, m, calendar.monthrange(y, m)[1])


def _iso_sunday(y: int, week: int) -> date | None:
    try:
        return date.fromisocalendar(y, week, 7)
    except ValueError:
        return None
