"""Counts of things in prose: a whole number and the noun after it (``41 đảng viên``, ``3 lĩnh vực đột phá``),
or a ratio (``13/22 nhóm mục tiêu``); not a date, an amount of money or a measure."""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.layout import Para
from desktop.core.lexicon import COMPLEMENT_STATUS_WORDS, LOWER_LETTERS, MONEY_UNITS, PLAN_NOUNS, STATUS_WORDS
from desktop.core.model import Ratio
from desktop.core.rx import alternation, words
from desktop.core.vnnum import NUMBER, number, parse_number

_GLUED = r"\w/.,"  # a number right after one of these is part of something else ("H2", "1.5/")
# Numbers read possessively: what follows the first never starts with a digit, "." or ","; what follows a shorter
# reading of the second does, and fails. "(?:(…)|)" is "(…)?" without the repeat context re sets up for it.
_RATIO = re.compile(
    rf"({number(_GLUED, possessive=True)})(?:(\s*%)|)\s*/\s*({number(possessive=True)})(?:(\s*%)|)"
    r"(?![\w/]|[.,]\d)"
)
_DATE_WORD_BEFORE = re.compile(
    r"(?:ngày|tháng|quý|tuần|Ngày|Sáng|Chiều|Tối|Trưa|sáng|chiều|tối|từ|đến|hôm|số)\s*$"
)
_FUNCTION_WORDS = {
    "gần", "hơn", "khoảng", "của", "và", "đến", "tới", "năm", "để", "với", "về", "tại", "trong", "theo", "thì",
    "là", "đã", "sẽ", "nhưng", "nếu", "khi", "từ", "sau", "trước", "có", "được", "này", "đó", "các", "những", "cho",
    "nên", "vừa", "đang", "hay", "hoặc", "ra", "vào", "mà", "thời", "lúc", "bởi",
}
_NOUN_STOP = _FUNCTION_WORDS | {
    "đạt", "duy", "hoàn", "tham", "lên", "không", "chưa", "vượt", "so", "trên", "dưới", "chiếm", "bằng",
    "giải", "thực", "đánh", "tăng", "giảm", "còn", "nộp", "kết", "xếp", "nhập", "trở", "đều",
    "tiếp", "thuộc", "gồm", "như", "hiện", "ước", "tương", "bị", "phải", "mới", "thêm", "khoảng",
    "quá", "đúng", "trễ", "chậm", "trước", "sớm", "đang", "đã",
}
_MONEY = re.compile(rf"\s*({alternation(MONEY_UNITS)})(?![\w])(?!\s+chí)")
_MONEY_FIRST = frozenset(u[0] for u in MONEY_UNITS)  # what a money unit starts with (after blanks)
_MEASURE = re.compile(
    r"^(?:ha|tấn|tạ|kg|km|km2|km²|m|m2|m²|m3|m³|lít|MW|kWh|lượt|triệu lượt|nghìn lượt|con|đồng chí|năm|"
    r"tháng|tuần|ngày|giờ|tuổi|lần|biên chế|vạn)(?![\w])"
)
_PLAN = re.compile(rf"^(?:{alternation(PLAN_NOUNS)})(?![\w])")


_COUNT = re.compile(rf"({number(_GLUED + '%', possessive=True)})\s+(?=[{LOWER_LETTERS}])")

COMPLEMENT_RE = re.compile(rf"\s*(?:{alternation(COMPLEMENT_STATUS_WORDS)})(?![\w])")
STATUS_WORD_RE = re.compile(rf"{words(STATUS_WORDS)}(?![\w])")




def _piece_end(window: str, pieces: list[str], k: int) -> int:
    """Where ``pieces[k]`` (of ``window.split()``) ends in ``window``."""
    at = 0
    for raw in pieces[: k + 1]:
        at = window.index(raw, at) + len(raw)
    return at


def noun_after(text: str, pos: int, max_words: int = 4) -> str:
    first = text[pos : pos + 1]
    m = _MONEY.match(text, pos) if first in _MONEY_FIRST or first.isspace() else None
    if m:
        return m.group(1)
    words: list[str] = []
    limit = max_words
    window = text[pos : pos + 80]
    if window.startswith(_LONG_NOUNS):  # nouns longer than the word limit
        long = next(n for n in _LONG_NOUNS if window.startswith(n))
        if window[len(long) : len(long) + 1] in ("", " ", ",", ";", ".", ")", ":"):
            return long
    # the same pieces as \S+; with no dash, no more than ``max_words`` of them are read (and the start of the next)
    pieces = window.split() if "-" in window or "–" in window else window.split(None, max_words)
    for k, raw in enumerate(pieces):
        if words and raw in ("-", "–") and _COMPOUND_TAIL.match(text, pos + _piece_end(window, pieces, k)):
            words.append("-")  # "kinh tế - xã hội", "quốc phòng - an ninh": one noun
            limit = len(words) + 2
            continue
        if len(words) >= limit:
            break
        if words and raw[:1] == "(":
            break  # "7 đảng viên (khiển trách 4, …)": the bracket is an aside, not more of the noun
        word = raw.strip(",.;:()“”\"…")
        if not word or not word[0].isalpha() or word[0].isupper():
            break
        low = word.lower()
        if words and low in _NOUN_STOP and not (low == "thuộc" and words[-1].lower() == "trực"):  # "chi bộ trực thuộc"
            break
        if not words and low in _FUNCTION_WORDS:
            break
        if words and low == "đề" and k + 1 < len(pieces) and pieces[k + 1].startswith("ra"):
            break  # "chỉ tiêu đề ra": set, not part of the noun
        if words and low == "khó" and not (k + 1 < len(pieces) and pieces[k + 1].startswith("khăn")):
            break  # "4 chỉ tiêu khó đạt": a status; "hộ khó khăn" is a noun
        words.append(word)
        if raw[-1:] in ",.;:)…":
            break
    if words and words[-1] == "-":
        words.pop()
    return " ".join(words)


_LONG_NOUNS = ("tổ chức cơ sở đảng", "tổ chức đảng cơ sở", "đảng bộ, chi bộ cơ sở", "chi bộ trực thuộc đảng ủy")
_COMPOUND_TAIL = re.compile(r"\s+(?:xã hội|an ninh|quốc phòng|xây dựng|dịch vụ|du lịch|thương mại|môi trường)\b")


def plan_core(noun: str) -> str | None:
    m = _PLAN.match(noun)
    if not m:
        return None
    core = m.group()
    return core.replace("nhóm ", "")


@dataclass
class CountMention:
    value: float
    noun: str
    core: str | None
    start: int  # absolute
    end: int  # absolute, after the noun
    num_end: int
    ratio_of: float | None = None  # denominator when written X/Y
    elided: bool = False  # "…, 250 hoàn thành tốt nhiệm vụ": a status right after the number, the noun said before


def _is_date_like(text: str, m: re.Match[str]) -> bool:
    if m.group(2) or m.group(4):
        return False
    if _DATE_WORD_BEFORE.search(text, max(0, m.start() - 40), m.start()):  # (a word and a few blanks)
        return True
    return text[m.end():m.end() + 1] == "/"


_BLANKS = re.compile(r"\s*")


def _after_blanks(text: str, pos: int) -> int:
    """Where the white space from ``pos`` on ends."""
    m = _BLANKS.match(text, pos)
    return m.end() if m else pos


# "đứng thứ 4/34", "xếp thứ 12/63 tỉnh": a rank out of a field; "bản đồ tỷ lệ 1/2.000": a scale
_RANK_OR_SCALE = re.compile(r"(?:(?<!\w)thứ|(?:tỷ|tỉ) lệ|bản đồ)\s*$", re.IGNORECASE)
# the base of a rate is a power of ten: "4/100.000 trẻ sinh ra còn sống" is a rate (an indicator), no part of a whole
_RATE_BASES = (1e3, 1e4, 1e5, 1e6)


def _not_a_ratio(t: str, m: re.Match[str], den: float) -> bool:
    """A rank, a scale or a rate written X/Y, or "24/24" ("trực 24/24 giờ", "24/7": round the clock)."""
    if _RANK_OR_SCALE.search(t, max(0, m.start() - 12), m.start()):
        return True
    if m.group(1) == "24" and m.group(3) in ("24", "7"):
        return True
    return den in _RATE_BASES and "." in m.group(3) and not m.group(4)


# A result and its plan: "đạt 1.250 tỷ đồng/KH 1.100 tỷ đồng", "850/KH 900 con" (the unit written once or twice)
PLAN_PAIR = re.compile(rf"({number(_GLUED)})((?:\s*[^\W\d_][^\W\d_]*){{0,3}})\s*/\s*(?:KH|kế hoạch|Kế hoạch)\s*:?\s*"
                       rf"({NUMBER})(?![\d]|[.,]\d)")
_PLAN_SLASH = re.compile(r"/\s*(?:KH|kế hoạch|Kế hoạch)")  # what every plan pair has (starts with a plain "/")


def may_have_plan_pair(t: str) -> bool:
    """Whether ``t`` can hold a :data:`PLAN_PAIR` (one quick scan for its slash and plan word)."""
    return "/" in t and _PLAN_SLASH.search(t) is not None


def plan_pair_unit(t: str, m: re.Match[str]) -> tuple[str, int]:
    """The unit of a plan pair (written after the plan, else after the result) and where the pair ends."""
    after = noun_after(t, _after_blanks(t, m.end()), max_words=3) if t[m.end() : m.end() + 1] == " " else ""
    if t[m.end() : m.end() + 1] == "%":
        return "%", m.end() + 1
    if after:
        return after, t.index(after, m.end()) + len(after)
    return " ".join(m.group(2).split()), m.end()


def _plan_pairs(para: Para) -> list[tuple[Ratio, re.Match[str]]]:
    t = para.text
    out = []
    for m in PLAN_PAIR.finditer(t) if may_have_plan_pair(t) else ():
        unit, end = plan_pair_unit(t, m)
        if unit:
            slash = t.index("/", m.end(1))  # the span starts at the plan: the result is an indicator too
            out.append((Ratio(numerator=parse_number(m.group(1)), denominator=parse_number(m.group(3)), noun=unit,
                              span=(para.start + slash, para.start + end)), m))
    return out


def _ratio_scan_from(t: str, slash: int) -> int:
    """Where the first ``_RATIO`` of ``t`` can start at the earliest, given its first slash: what stands between a
    ratio's start and its slash is digits, "." and ",", blanks and "%", so the first ratio starts in the run of
    those right before the first slash, or after that slash (the run is walked back; the scan starts there)."""
    while slash > 0 and (t[slash - 1].isdecimal() or t[slash - 1].isspace() or t[slash - 1] in ".,%"):
        slash -= 1
    return slash


def find_ratios(para: Para) -> list[tuple[Ratio, re.Match[str]]]:
    t = para.text
    slash = t.find("/")
    if slash < 0:  # every ratio has its slash
        return []
    out = _plan_pairs(para) if "KH" in t or "hoạch" in t else []
    for m in _RATIO.finditer(t, _ratio_scan_from(t, slash)):  # (its look-behind still sees the text before)
        if _is_date_like(t, m):
            continue
        num, den = parse_number(m.group(1)), parse_number(m.group(3))
        if _not_a_ratio(t, m, den):
            continue
        if m.group(2) or m.group(4):
            noun = "%"
        else:
            noun = noun_after(t, _after_blanks(t, m.end()), max_words=5)
            if not noun or noun.split()[0].lower() in _FUNCTION_WORDS:
                continue
        out.append((Ratio(numerator=num, denominator=den, noun=noun,
                          span=(para.start + m.start(), para.start + m.end())), m))
    return out


def mentions_in(para: Para, ratio_matches: list[tuple[Ratio, re.Match[str]]]) -> list[CountMention]:
    t = para.text
    ms: list[CountMention] = []
    ratio_ranges = [(m.start(), m.end()) for _, m in ratio_matches]
    for r, m in ratio_matches:
        if m.re is PLAN_PAIR or r.noun == "%" or _MONEY.match(r.noun) or _MEASURE.match(r.noun) \
                or not r.numerator.is_integer():
            continue
        if STATUS_WORD_RE.match(r.noun) and ms and ms[-1].ratio_of == r.denominator:
            # "12/68 tổ chức cơ sở đảng hoàn thành xuất sắc …, 50/68 hoàn thành tốt …": the noun said once
            ms.append(CountMention(r.numerator, "", None, para.start + m.start(), para.start + m.end(),
                               para.start + m.end(), r.denominator, elided=True))
            continue
        noun_start = _after_blanks(t, m.end())
        ms.append(CountMention(r.numerator, r.noun, plan_core(r.noun) or r.noun, para.start + m.start(),
                           para.start + noun_start + len(r.noun), para.start + m.end(), r.denominator))
    for m in _COUNT.finditer(t):
        if ratio_ranges and any(a <= m.start() < b for a, b in ratio_ranges):
            continue
        noun = noun_after(t, m.end())
        if not noun or _MONEY.match(noun) or _MEASURE.match(noun):
            continue
        value = parse_number(m.group(1))
        if not value.is_integer():
            continue
        if STATUS_WORD_RE.match(noun):
            ms.append(CountMention(value, "", None, para.start + m.start(), para.start + m.end(1),
                                   para.start + m.end(1), elided=True))
            continue
        ms.append(CountMention(value, noun, plan_core(noun) or noun, para.start + m.start(),
                           para.start + m.end() + len(noun), para.start + m.end(1)))
    if ratio_matches:  # (the counts alone come in the order of the text)
        ms.sort(key=lambda x: x.start)
    return ms
