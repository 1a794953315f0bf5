"""Where a value stands in a sentence and what kind it is: a number with its unit (``14,5%``, ``186,4 tỷ đồng``,
``18 đảng viên``), not one that is part of a name, a code or a range's lower end; its qualifier (``trên``,
``bình quân``, ``đạt``); the average number of criteria per commune."""

from __future__ import annotations

import re
from bisect import bisect_right

from desktop.core.extract.count_mentions import PLAN_PAIR, may_have_plan_pair, plan_pair_unit
from desktop.core.extract.indicator_units import (
    awards_at_event,
    cannot_open_unit,
    is_attendance,
    is_multiple,
    is_name_number,
    is_national_comparison,
    is_proceeding,
    names_no_result,
    read_unit,
    unit_spelling,
)
from desktop.core.lexicon import COUNT_NOUNS, LOWER_LETTERS, MONEY_UNITS, UPPER_LETTERS
from desktop.core.model import Indicator
from desktop.core.rx import alternation
from desktop.core.vnnum import has_digit, number, parse_number

_GLUED = r"\w.,/-"
MONEY_ALTERNATION = alternation(MONEY_UNITS)
_COUNT = alternation(COUNT_NOUNS)
_PER = r"(?:/(?:năm|ha|người|tháng|xã|hộ|lao động)){0,2}"  # "triệu đồng/ha/năm", "tấn/năm"
# A unit of the lexicon after a number and its blanks, read where the number found by _ANY_VALUE (below) ends: the
# same as the number and unit read together from the number's start, as only that one reading of the number is
# followed by a blank, a letter or "%" (a shorter one by a digit, "." or ","; every unit starts with "%" or a letter),
# and the pattern does not go back into the number's digits when no unit follows.
_UNIT_AFTER = re.compile(rf"\s*(%(?:/năm)?|(?:{MONEY_ALTERNATION}){_PER}(?!\s+chí)|(?:{_COUNT}){_PER})(?![\w/])")


DASH_NUMBER = re.compile(r"\s*-\s*\d")  # "1 - 2 biên chế": a range, no value of its own
RANGE_LOW = re.compile(r"(?<![\w.,/])(\d[\d.,]*)\s*[-–]\s*$")  # "7 - " before "8%"
_RANGE_FROM_TO = re.compile(r"\btừ\s+[\d.,]+\s*%?[^;]{0,30}?\b(?:lên|xuống(?:\s+còn)?|đến|tới)\s+$")
PER_PHRASE = re.compile(r"(?:trên|/|mỗi)\s+$")
BAD_BEFORE = (
    "lần thứ", "thứ", "khóa", "khoá", "quốc lộ", "tỉnh lộ", "đường tỉnh", "nhánh", "tuyến", "điều", "khoản",
    "giai đoạn", "nhiệm kỳ", "covid", "mã số", "số hiệu", "phòng", "tầng", "km số", "lô",
)
BAD_TAIL = max(map(len, BAD_BEFORE)) + 1  # enough of the text before a value to test BAD_BEFORE on


def unit_name(raw: str) -> str:
    u = unit_spelling(raw)
    if u.startswith("%"):
        return "%"
    if u == "lượt khách":
        return "lượt"
    return u


# words of degree written before a value, as the qualifier they mean ("hơn 2,4 triệu con" = trên)
_DEGREE = {"hơn": "trên", "gần": "khoảng", "chừng": "khoảng", "xấp xỉ": "khoảng"}
_COMPARATIVES = tuple(f"{a} hơn" for a in ("cao", "thấp", "nhiều", "ít", "lớn", "nhỏ", "tăng", "giảm", "nhanh", "chậm"))
_CHANGE_FROM = re.compile(r"\b(?:giảm|tăng)\s+từ$")
_AVERAGE = re.compile(r"bình quân(?! đầu người)")
_REACHED = ("ước đạt", "mới đạt", "đạt", "đạt tỷ lệ", "đạt mức", "đạt được")
_REACHED_AFTER_BLANK = tuple(" " + w for w in _REACHED)


def qualifier_before(before: str, clause: str) -> str | None:
    b = before.rstrip()
    if "từ" in b[-80:] and _RANGE_FROM_TO.search(b[-80:] + " "):
        return None
    tail = " ".join(b[-40:].split()).lower()  # (no leading blank: the tests below look at its end)
    last = tail.rsplit(" ", 1)[-1]
    if last in ("trên", "dưới", "từ", "khoảng"):
        if last == "từ" and _CHANGE_FROM.search(tail) and "trở lên" not in clause:
            return None
        return last
    if last in _DEGREE and not tail.endswith(_COMPARATIVES):
        return _DEGREE[last]  # ("cao hơn 500 đồng": higher by, a difference, not "more than")
    if ("ình quân" in before or "ÌNH QUÂN" in before) and _AVERAGE.search(before.lower()):
        return "bình quân"
    if tail in _REACHED or tail.endswith(_REACHED_AFTER_BLANK):
        return "đạt"
    return None


def ends_with_word(tail: str, phrases: tuple[str, ...]) -> bool:
    """``tail`` ends with one of ``phrases`` as whole words ("lần thứ", not "mức thứ" inside a word)."""
    if not tail.endswith(phrases):
        return False
    return any(tail.endswith(p) and (len(tail) == len(p) or not tail[-len(p) - 1].isalnum()) for p in phrases)


def in_sorted(pos: int, spans: list[tuple[int, int]]) -> bool:
    """``pos`` inside one of ``spans`` (sorted by start)."""
    k = bisect_right(spans, (pos, _INF))
    for a, b in spans[max(0, k - 8) : k]:  # noqa: SIM110 (a loop, not any() over a generator: once per value)
        if a <= pos < b:
            return True
    return False


_INF = float("inf")


_AVG_CRITERIA = re.compile(r"mỗi\s+(xã|huyện|thôn|bản|phường)\s+(?:đạt|có)\s+(\d[\d,]*)\s+tiêu chí(?![\w/])")


# An average number of criteria names nothing before it ("bình quân mỗi xã đạt 13,2 tiêu chí", "bình quân đạt
# 16,8 tiêu chí/xã"): "mỗi" (each) makes it a number per unit, and the label says only that — the criteria averaged.
CRITERIA_LABEL = "Số tiêu chí bình quân"


def criteria_averages(sent: str, start: int, group: str | None) -> list[Indicator]:
    """"Bình quân mỗi xã đạt 13,2 tiêu chí": an average, in criteria per commune."""
    return [Indicator(label=CRITERIA_LABEL, value=parse_number(m.group(2)), unit=f"tiêu chí/{m.group(1)}",
                      qualifier="bình quân", year=None, group=group, span=(start + m.start(2), start + m.end()),
                      decimals=decimals_of(m.group(2)))
            for m in _AVG_CRITERIA.finditer(sent)]


def decimals_of(num: str) -> int:
    return len(num.rsplit(",", 1)[1]) if "," in num else 0


_MARKER = re.compile(r"\(\d{1,2}\)\s")


def last_marker(before: str) -> int:
    """Where the last "(n) " marker of ``before`` ends (at its blank), or -1. Markers cannot overlap (one holds no
    other "("), so the last is the one at the last "(" that starts one: read back from the end."""
    p = before.rfind("(")
    while p >= 0:
        m = _MARKER.match(before, p)
        if m is not None:
            return m.end() - 1
        p = before.rfind("(", 0, p)
    return -1


class Val:
    """A value as written in a sentence: its number, its unit, where it starts and ends (read like a match)."""

    __slots__ = ("_end", "_start", "label", "num", "open", "rel", "unit")

    def __init__(self, start: int, end: int, num: str, unit: str, *, open_class: bool = False,
                 label: str = "") -> None:
        self._start, self._end, self.num, self.unit, self.open = start, end, num, unit, open_class
        self.label = label  # when the value's place names what it measures (an attribute of a total)
        # an attribute of a total: ("attribute-total" | "attribute" | "attribute-rate", where the total starts in
        # the sentence, the attribute's index)
        self.rel: tuple[str, int, int | None] | None = None

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, k: int) -> str:
        return self.num if k == 1 else self.unit


# "394 tỷ 581 triệu đồng", "2 triệu 500 nghìn đồng": one sum in the larger unit (394,581 tỷ đồng)
_COMPOUND_MONEY = re.compile(rf"([0-9](?<![{_GLUED}]\d)\d{{0,2}})\s*(tỷ|triệu)\s*(\d{{1,3}})\s*"
                             r"(triệu|nghìn|ngàn)\s*đồng(?![\w/])")
_NEXT_SMALLER = {"tỷ": "triệu", "triệu": "nghìn"}


def _may_have_compound_money(sent: str) -> bool:
    """A sum written in two units needs a unit and the next smaller one of ``_NEXT_SMALLER`` in the sentence (a
    match of any other pair is dropped): the quick test before the scan of every digit."""
    return "triệu" in sent and ("tỷ" in sent or "nghìn" in sent or "ngàn" in sent)


# the base of a rate is a power of ten: "dưới 4/100.000 trẻ sinh ra còn sống", "18 ca sinh/1.000 phụ nữ"
RATE_BASE = r"(?:100|1\.000|10\.000|100\.000|1\.000\.000)"
# a number before a blank and a word, or before a rate's base ("4/100.000 trẻ sinh ra còn sống")
_OPEN_VALUE = re.compile(rf"({number(_GLUED)})(?=\s+[^\W\d_]|/{RATE_BASE}\s+[^\W\d_])")
_BLANK_AFTER = re.compile(r"\s*")
_COMMON_CAPITAL = re.compile(rf"[{UPPER_LETTERS}][{LOWER_LETTERS}]+ [{LOWER_LETTERS}]")
# (a letter or "%" after the number and its blanks, or a rate's base: none starts with a digit, "." or ",", so
# the number can be read possessive, see vnnum.number)
_ANY_VALUE = re.compile(rf"{number(_GLUED, possessive=True)}(?=\s*(?:[^\W\d_]|%)|/{RATE_BASE}\s)")


def find_values(sent: str) -> list[Val]:
    """Every value of a sentence: sums written in two units, numbers with a unit of the lexicon, and numbers
    with any other counted noun after them (open class, see :mod:`indicator_units`)."""
    out: list[Val] = []
    taken: list[tuple[int, int]] = []
    if _may_have_compound_money(sent):
        for m in _COMPOUND_MONEY.finditer(sent):
            small = m.group(4).replace("ngàn", "nghìn")
            if _NEXT_SMALLER[m.group(2)] == small:
                out.append(Val(m.start(), m.end(), f"{m.group(1)},{int(m.group(3)):03d}", f"{m.group(2)} đồng"))
                taken.append((m.start(), m.end()))
    if may_have_plan_pair(sent):
        for m in PLAN_PAIR.finditer(sent):  # "đạt 1.250 tỷ đồng/KH 1.100 tỷ đồng": the result; the plan is none
            unit, end = plan_pair_unit(sent, m)
            if unit:
                a_end = m.end(2) if m.group(2).strip() else m.end(1)
                out.append(Val(m.start(), a_end, m.group(1), unit_spelling(unit)))
                taken.append((m.start(), end))
    read_to = 0  # where the last value read ends
    for m in _ANY_VALUE.finditer(sent):  # each number, with a unit of the lexicon or any counted noun after it
        at = m.start()
        if at < read_to or (taken and any(a <= at < b for a, b in taken)):
            continue
        closed = _UNIT_AFTER.match(sent, m.end())
        if closed is not None:
            val = _closed(sent, at, m.group(), closed)
            read_to = val.end() if val else closed.end()
        else:
            val = _open(sent, m)
        if val is not None:
            out.append(val)
            read_to = max(read_to, val.end())
    if "trong đó" in sent or "Trong đó" in sent:
        attrs = _attributes(sent, out)
        starts = {v.start() for v in attrs}
        out = [v for v in out if v.start() not in starts] + attrs
    if not out:
        return out
    out.sort(key=Val.start)
    if "nước" in sent:
        out = [v for v in out if not is_national_comparison(sent, v.start())]
    counted = [v for v in out if v.unit != "%" and v.unit.split("/")[0] not in _MONEY_SET]
    if not counted:  # (percentages and money are never the event's own counts)
        return out
    attendance, awards = is_attendance(sent), awards_at_event(sent)
    dropped = {id(v) for v in counted
               if attendance or 0 <= awards < v.start() or is_proceeding(sent, v.start(), v.end())}
    return [v for v in out if id(v) not in dropped] if dropped else out


# after a unit of the lexicon, the noun may go on: "điểm cầu", "/1.000 phụ nữ", ", phường và thị trấn"
_MONEY_SET = frozenset(MONEY_UNITS)
_MAY_GO_ON = re.compile(rf"(?: [{LOWER_LETTERS}]|/|, [{LOWER_LETTERS}])")


# one-syllable units of the lexicon that measure or classify (the noun after them is what is measured); any other
# one-syllable unit may be the first syllable of a longer noun ("trường hợp", "nhà văn hóa", "hộ dân")
_MEASURE_UNITS = frozenset(("m", "ha", "km", "tấn", "tạ", "kg", "con", "lít", "m2", "m3", "m²", "m³", "MW", "kWh",
                            "lượt", "điểm", "cây", "khách", "cuộc", "vụ", "lớp", "ca", "bản"))  # (classifiers too)


def _closed(sent: str, start: int, num: str, m: re.Match[str]) -> Val | None:
    """A value with a unit of the lexicon (``m``: _UNIT_AFTER after the number ``num`` at ``start``); "41 xã,
    phường và thị trấn", "tỷ đồng/xã, phường": a list of kinds of administrative unit after it is the whole counted
    noun, and so is a per-unit ("ca sinh/1.000 phụ nữ")."""
    unit, end = m.group(1), m.end()
    money = unit.split("/")[0] in _MONEY_SET
    if unit[:1] == "%" or not _MAY_GO_ON.match(sent, end) or (money and sent[end] != ",") \
            or (sent[end] == " " and (" " in unit or cannot_open_unit(sent, end + 1))):
        return Val(start, end, num, unit_spelling(unit))
    read = read_unit(sent, m.start(1))
    if read and not money and names_no_result(read[0], beyond=len(unit.split())):
        return None  # "174 điểm cầu": the whole noun names no result
    if read and read[1] > end and (sent[end] == "," or "/" in read[0] or (
            " " not in unit and unit not in _MEASURE_UNITS and not names_no_result(read[0]))):
        unit, end = read  # "23 ca sinh/1.000 phụ nữ", "41 xã, phường và thị trấn", "2 trường hợp", "5 nhà văn hóa"
    return Val(start, end, num, unit_spelling(unit))


def _open(sent: str, m: re.Match[str]) -> Val | None:
    """A number and the counted noun after it, unless the number names something or the noun measures no
    result."""
    pos = _BLANK_AFTER.match(sent, m.end()).end()  # type: ignore[union-attr]
    num = m.group()
    if pos < len(sent) and sent.startswith("lần", pos) and is_multiple(num, "lần", sent, m.start()):
        return Val(m.start(), pos + 3, num, "lần", open_class=True)  # "tăng 1,8 lần"
    if pos == m.end() and sent[pos] != "/":
        return None  # a word glued to a number ("H2", "8.269,66m²") is read by the lexicon or not at all
    text = sent
    if sent[pos].isupper() and _COMMON_CAPITAL.match(sent, pos):
        # "01 Siêu thị hạng III": a common noun written with a capital (a name capitalises every syllable)
        text = sent[:pos] + sent[pos].lower() + sent[pos + 1 :]
    if not (text[pos].islower() or text[pos] == "/") or cannot_open_unit(text, pos):
        return None  # a capital after a number starts a name ("2 xã" is read, "Quyết định 15 Sở …" not)
    if is_name_number(num, sent, m.start()):
        return None
    read = read_unit(text, pos)
    if read is None or names_no_result(read[0]):
        return None
    return Val(m.start(), read[1], num, read[0], open_class=True)


_IN_WHICH = re.compile(r"(?<!\w)(?:trong đó|Trong đó)\s*[:,]?\s*")
# "nữ 9 (30%)", "dân tộc thiểu số 5": an attribute, its count written after it and the share in brackets
_ATTRIBUTE = re.compile(rf"([{LOWER_LETTERS}][^\W\d_]*(?:\s+[^\W\d_]+){{0,4}})\s+(\d[\d.]*)"
                        r"(?:\s*\(\s*(\d[\d,]*)\s*%\s*\))?(?=\s*(?:[,;]|\.(?!\d)|và\s|$))")
_ATTR_SEPARATOR = re.compile(r"\s*(?:[,;]|và(?!\w))\s*")


def _attributes(sent: str, values: list[Val]) -> list[Val]:
    """``trúng cử 30 đại biểu, trong đó nữ 9 (30%), dân tộc thiểu số 5 (16,7%)``: attributes of the counted total
    (one person may have several, so they are indicators, not a tally's parts and not an amount's: they need not
    add up), each in the total's unit, with the share written after it. They are linked by ``rel``/``ref``: the
    total "attribute-total" ``attr-N``, attribute k "attribute" ``attr-N#k``, its share "attribute-rate"
    ``attr-N#k`` (to check against attribute / total)."""
    out: list[Val] = []
    for w in _IN_WHICH.finditer(sent):
        total = max((v for v in values if v.end() <= w.start()), key=Val.end, default=None)
        gap = sent[total.end() : w.start()] if total else ""
        if total is None or total.unit == "%" or total.unit.split("/")[0] in MONEY_UNITS or len(gap) > 80 \
                or ";" in gap or has_digit(gap):
            continue  # (the total and its attributes in one clause: "25 người trúng cử …, trong đó nữ 8")
        pos, k = w.end(), 0
        while (m := _ATTRIBUTE.match(sent, pos)) is not None:
            name = m.group(1) if m.group(1).startswith(total.unit) else f"{total.unit} {m.group(1)}"
            out.append(Val(m.start(2), m.end(2), m.group(2), total.unit, label=name[:1].upper() + name[1:]))
            out[-1].rel = ("attribute", total.start(), k)
            if m.group(3):
                out.append(Val(m.start(3), m.end(3) + 1, m.group(3), "%", label=f"Tỷ lệ {name}"))
                out[-1].rel = ("attribute-rate", total.start(), k)
            total.rel, k = ("attribute-total", total.start(), None), k + 1
            sep = _ATTR_SEPARATOR.match(sent, m.end())
            pos = sep.end() if sep and sep.end() > m.end() else len(sent)
    return out
