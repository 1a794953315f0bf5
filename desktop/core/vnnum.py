"""Vietnamese numbers, dates, periods and document codes.

``1.000`` is one thousand, ``14,5`` is 14.5, ``3.956`` is 3956, ``12.085`` is 12085.
General-purpose date parsers misread these (``8,5%`` as a date); everything is parsed here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date


def number(not_after: str = "", *, possessive: bool = False) -> str:
    """A number as written in Vietnamese text: thousands grouped with '.', decimals after ','.

    ``not_after`` (a character-class body such as ``\\w.,/``) rejects a number glued to what
    precedes it. That check sits after the first digit, not before it: a pattern that starts
    with a plain digit lets Python's ``re`` jump from digit to digit instead of trying every
    position of the text, several times faster on a whole article. (``\\d{1,3}…|\\d+…`` is
    written ``\\d(?:\\d{0,2}…|\\d*…)`` for the same reason; it matches exactly the same.) The first
    digit is looked for as ``[0-9]``, a range ``re`` tests twice as fast as the Unicode class ``\\d``;
    intake writes digits of other scripts as ASCII (:func:`desktop.core.textnorm.ascii_digits`).

    ``possessive``: the runs of digits, of ".ddd" groups and the ",dd" are never given back (``*+``, ``++``,
    ``?+``). It matches the same where what follows the number can start neither with a digit nor with "." or
    ",", which is what stands after any shorter reading of those runs: re then stops at a number that is no
    match instead of trying each shorter reading.
    """
    guard = rf"(?<![{not_after}]\d)" if not_after else ""
    if possessive:
        return rf"[0-9]{guard}(?:\d{{0,2}}+(?:\.\d{{3}})++(?:,\d++)?+|\d*+(?:,\d++)?+)"
    return rf"[0-9]{guard}(?:\d{{0,2}}(?:\.\d{{3}})+(?:,\d+)?|\d*(?:,\d+)?)"


NUMBER = number()
NUMBER_RE = re.compile(number(r"\w.,/") + r"(?![\w]|[.,]\d)")


_GROUPED = re.compile(r"[0-9]\d{0,2}(?:\.\d{3})+")


def parse_number(s: str) -> float:
    """``"1.000"`` → 1000.0, ``"14,5"`` → 14.5, ``"2.091,9"`` → 2091.9, ``"07"`` → 7.0."""
    s = s.strip().replace("\u00a0", "").replace(" ", "")
    if not s:
        raise ValueError("empty number")
    if "," in s:
        whole, frac = s.rsplit(",", 1)
        return float(whole.replace(".", "") + "." + frac)
    if "." in s and _GROUPED.fullmatch(s):
        return float(s.replace(".", ""))
    return float(s)  # also a stray decimal point written the English way ("3.5"): keep its value


def as_json_number(x: float) -> int | float:
    return int(x) if float(x).is_integer() else round(x, 6)


def format_number(x: float, decimals: int | None = None) -> str:
    """Format the Vietnamese way: ``1234.5`` → ``"1.234,5"``."""
    if decimals is None:
        decimals = 0 if float(x).is_integer() else min(6, len(repr(float(x)).split(".")[1]))
    s = f"{x:,.{decimals}f}"
    return s.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


@dataclass(frozen=True)
class DateParts:
    day: int | None
    month: int | None
    year: int | None
    start: int
    end: int

    def iso(self) -> str | None:
        if self.day and self.month and self.year:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        return None


_DATE_NUMERIC = re.compile(r"([0-9](?<![\w/.,]\d)\d?)/(\d{1,2})(?:/(\d{4}))?(?![\w/]|[.,]\d)")
# "ngày d tháng m năm yyyy" in any case, written to start with a plain class (see rx.py)
_DATE_WORDS = re.compile(r"[nN](?i:gày)\s+(\d{1,2})\s+(?i:tháng)\s+(\d{1,2})(?:\s+(?i:năm)\s+(\d{4}))?")


def has_digit(text: str) -> bool:
    """Whether ``text`` has an ASCII digit. Ten substring tests scan a long text several times faster
    than a search for ``\\d``, which looks up every character's Unicode category."""
    # (the tests written out: a loop over the digits, or any() over a generator, costs more than they do)
    return ("0" in text or "1" in text or "2" in text or "3" in text or "4" in text or "5" in text or "6" in text
            or "7" in text or "8" in text or "9" in text)


def _valid(d: int, m: int, y: int | None) -> bool:
    return 1 <= d <= 31 and 1 <= m <= 12 and (y is None or 1900 <= y <= 2100)


def find_dates(text: str) -> list[DateParts]:
    """Every ``d/m``, ``d/m/yyyy`` and ``ngày d tháng m năm yyyy`` in ``text``."""
    out: list[DateParts] = []
    if not has_digit(text):
        return out
    for m in _DATE_WORDS.finditer(text):
        d, mo = int(m.group(1)), int(m.group(2))
        y = int(m.group(3)) if m.group(3) else None
        if _valid(d, mo, y):
            out.append(DateParts(d, mo, y, m.start(), m.end()))
    for m in _DATE_NUMERIC.finditer(text):
        d, mo = int(m.group(1)), int(m.group(2))
        y = int(m.group(3)) if m.group(3) else None
        if _valid(d, mo, y) and not any(o.start <= m.start() < o.end for o in out):
            out.append(DateParts(d, mo, y, m.start(), m.end()))
    out.sort(key=lambda x: x.start)
    return out


def slashed(date: str) -> str:
    """A date written "26-3-2025" or "26.3" (other separators offices use) as "26/3/2025", "26/3"."""
    return re.sub(r"^(\d{1,2})[-.](\d{1,2})(?:[-.](\d{4}))?(?!\d)",
                  lambda m: "/".join(x for x in m.groups() if x), date)


def day_text(day: date | None) -> str:
    """A date as offices write it: ``05/03/2026``; "" for none."""
    return f"{day.day:02d}/{day.month:02d}/{day.year}" if day is not None else ""


def parse_date(s: str) -> DateParts | None:
    found = find_dates(s)
    return found[0] if found else None


# Document codes: 18-NQ/TU, 02-NQ/TU, 2846/QĐ-UBND, 35/2023/UBTVQH15, 01-QC/ĐU, 58/2024/QH15
_UP = "A-ZĐƯƠÂĂÊÔ"
CODE_RE = re.compile(
    rf"(\d(?<![\w/-]\d)\d{{0,4}})((?:/\d{{4}})?(?:[-/][{_UP}][{_UP}a-zđ0-9]*(?:-[{_UP}0-9][{_UP}a-zđ0-9]*)*)+)(?![\w/])"
)


_CODE_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZĐƯƠÂĂÊÔ")  # the capitals of _UP


def may_have_code(text: str) -> bool:
    """Every code has a "-" or "/" before a capital ("-NQ", "/QĐ"): a quick test before CODE_RE's scan of
    digits. It visits only the dashes and slashes, which a regex search cannot jump to."""
    return code_scan_from(text) >= 0


def code_scan_from(text: str) -> int:
    """Where the first ``CODE_RE`` of ``text`` can start at the earliest, -1 when none can (see may_have_code).

    A code's first "-" or "/" before a capital ("-NQ", "/QĐ") comes right after its digits and "/" (the year of
    "92/2009/TT-BTC"); so the first code starts in the run of those before the first such mark of ``text``, or
    after that mark (no such mark stands among a code's digits). The run is walked back; CODE_RE's scan starts
    there (its look-behind still sees the text before)."""
    first = -1
    for sep in "-/":
        i = text.find(sep)
        while i >= 0 and text[i + 1 : i + 2] not in _CODE_CAPITALS:
            i = text.find(sep, i + 1)
        if i >= 0 and (first < 0 or i < first):
            first = i
    while first > 0 and (text[first - 1].isdecimal() or text[first - 1] == "/"):
        first -= 1
    return first


def normalise_code(code: str) -> str:
    return re.sub(r"\s+", "", code)


ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10,
         "XI": 11, "XII": 12}

YEAR_RE = re.compile(r"[nN](?<!\w.)(?i:ăm)\s+((?:19|20)\d{2})\b")  # "\bnăm …", any case (see rx.py)
PERIOD_RE = re.compile(
    r"(?:(?:trong|trước|đến hết|hết|cuối|đầu)\s+)?(?:quý\s+[IV]{1,3}/\d{4}|tháng\s+\d{1,2}/\d{4}|"
    r"năm\s+\d{4}|tuần\s+\d{1,2}|6 tháng (?:đầu|cuối) năm(?:\s+\d{4})?)",
    re.IGNORECASE,
)
