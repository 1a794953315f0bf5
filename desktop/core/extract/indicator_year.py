"""The year a value is of: written right after it (``… năm 2025``), in its clause (``năm 2024``, a date), or
earlier in its sentence; not the date of a document cited there."""

from __future__ import annotations

import re

from desktop.core.vnnum import CODE_RE, DateParts, code_scan_from, find_dates, has_digit

YEAR_AFTER = re.compile(r"\s*(?:\)\s*)?(?:năm|vào năm)\s+((?:19|20)\d{2})\b")
# vnnum.YEAR_RE read from its "ă" (its match starts one character before), tried only where an "ă" and an "m" stand
# together: str.find goes to them faster than re scans for a class of letters
_A, _M = "ăĂ", "mM"
_YEAR_AT_A = re.compile(rf"[{_A}](?<=[nN].)(?<!\w..)[{_M}]\s+((?:19|20)\d{{2}})\b")
_A_M = tuple(a + m for a in _A for m in _M)


def _years_in(text: str) -> list[tuple[int, int, int]]:
    """(start, end, year) of every "năm yyyy", in order: ``_YEAR_AT_A.finditer`` (no two matches overlap, and each
    starts at an "ă" before an "m")."""
    out = []
    for am in _A_M:
        p = text.find(am)
        while p >= 0:
            y = _YEAR_AT_A.match(text, p)
            if y is not None:
                out.append((p - 1, y.end(), int(y.group(1))))
            p = text.find(am, p + 1)
    out.sort()
    return out


# "… tăng 9,1% so với năm 2024; thu nhập … đạt …": the year compared with is no year of the values after it
_COMPARED_WITH = ("so với ", "cùng kỳ ", "So với ")


def _citation_dates(text: str) -> list[tuple[int, int]]:
    spans = []
    lo = code_scan_from(text)
    for m in CODE_RE.finditer(text, lo) if lo >= 0 else ():  # (its look-behind sees the text before)
        spans.append((m.start(), min(len(text), m.end() + 30)))
    return spans


class ValueSentence:
    """What the value loop asks of one sentence, each read once and only when asked."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._years: list[tuple[int, int, int]] | None = None
        self._dates: list[DateParts] | None = None
        self._cites: list[tuple[int, int]] | None = None

    @property
    def years(self) -> list[tuple[int, int, int]]:
        """(start, end, year) of every "năm yyyy"."""
        if self._years is None:
            self._years = _years_in(self.text)
        return self._years

    @property
    def cites(self) -> list[tuple[int, int]]:
        """Where a document code and its date are (that date is not the value's year)."""
        if self._cites is None:
            self._cites = _citation_dates(self.text)
        return self._cites

    def dates_in(self, a: int, b: int) -> list[DateParts]:
        """``find_dates(text[a:b])``, read from the dates of the whole sentence. As for a value's
        clause: ``a`` is 0 or follows a blank or ";", and ``b`` is where a value starts (not right
        after a letter, a digit or ".,/-"), so the edges look the same from the piece and the whole."""
        if self._dates is None:
            self._dates = find_dates(self.text)
        if any(d.start < a < d.end or d.start < b < d.end for d in self._dates):
            return find_dates(self.text[a:b])  # a date across the edge: read the piece alone
        return [DateParts(d.day, d.month, d.year, d.start - a, d.end - a) for d in self._dates
                if a <= d.start and d.end <= b]


_MONTH_OF_YEAR = re.compile(r"tháng\s+\d{1,2}/((?:19|20)\d{2})")


def year_of(sentence: ValueSentence, clause_start: int, pos: int, year_after: re.Match[str] | None,
            bound_years: set[int]) -> int | None:
    """The year of the value at ``pos``; ``year_after``: ``YEAR_AFTER`` matched right after the value."""
    m = year_after
    if m:
        return int(m.group(1))
    clause = sentence.text[clause_start:pos]
    years = [(a, y) for a, e, y in sentence.years if a >= clause_start and e <= pos and a not in bound_years]
    if years:
        return years[-1][1]
    dated = ("/" in clause or "ăm" in clause or "ĂM" in clause) and has_digit(clause)  # a year: d/m/yyyy, … năm yyyy
    for d in reversed(sentence.dates_in(clause_start, pos)) if dated else ():
        a = clause_start + d.start
        if d.year and not any(s <= a < e for s, e in sentence.cites):
            return d.year
    m2 = _MONTH_OF_YEAR.search(clause) if "tháng" in clause else None
    if m2:
        return int(m2.group(1))
    earlier = [(a, y) for a, e, y in sentence.years if e <= clause_start and a not in bound_years
               and not sentence.text.endswith(_COMPARED_WITH, 0, a)]
    if earlier:
        return earlier[-1][1]
    return None
