"""Indicators: a value with a unit that measures a result or a target of the reported unit.

``(1) Tốc độ tăng trưởng kinh tế (GRDP) đạt trên 14,5%`` → label, 14.5, ``%``, ``trên``,
year, group ``1``. Dates, codes, ordinals, tally counts, ratio parts and the numbers inside
proposals are not indicators. Target tables in .docx give one indicator per numeric cell.

This module reads the body paragraphs in order (a heading or a lead-in gives the year of the items
below it); what it asks of each value is answered by :mod:`indicator_values` (where a value is, its
unit and qualifier), :mod:`indicator_label` (what it measures), :mod:`indicator_year` (of which year)
and :mod:`indicator_tables` (target tables, and prose that repeats them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from desktop.core.extract.common import sentences
from desktop.core.extract.enumeration import dash_item, group_at, inline_markers, is_heading, line_enumerator
from desktop.core.extract.indicator_label import label_of_value
from desktop.core.extract.indicator_tables import table_indicators, without_table_repeats
from desktop.core.extract.indicator_values import (
    BAD_BEFORE,
    BAD_TAIL,
    CRITERIA_LABEL,
    DASH_NUMBER,
    PER_PHRASE,
    RANGE_LOW,
    Val,
    criteria_averages,
    decimals_of,
    ends_with_word,
    find_values,
    in_sorted,
    last_marker,
    qualifier_before,
    unit_name,
)
from desktop.core.extract.indicator_year import YEAR_AFTER, ValueSentence, year_of
from desktop.core.extract.label_clean import clean_label, is_strong, one_space
from desktop.core.layout import Layout, Para
from desktop.core.lexicon import MONEY_UNITS
from desktop.core.model import Indicator
from desktop.core.vnnum import YEAR_RE, has_digit, parse_number

__all__ = ["extract_indicators"]

# The tests read these from here, under these names.
_clean_label, _Sentence, _one_space = clean_label, ValueSentence, one_space


_HEAD_TARGETS = re.compile(r"chỉ tiêu|mục tiêu", re.IGNORECASE)
_TARGETS_FOLLOW = re.compile(r"chỉ tiêu[^.]{0,60}(?:sau|như sau)?\s*:\s*$")  # "…các chỉ tiêu sau:"
_TARGETS_COLON = re.compile(r"chỉ tiêu[^.]{0,60}:\s*$")
_TARGETS_NUMBERED = re.compile(r"chỉ tiêu[^:]{0,40}:\s*\(1\)")  # "… các chỉ tiêu: (1) …"
_PAREN_DIGIT_START = re.compile(r"\s*\(\d")
_AT_LEAST_AFTER = re.compile(r"\s*trở lên")


@dataclass
class _ParaFacts:
    """What the values of one paragraph share."""

    text: str
    start: int
    markers: list[tuple[int, str]]
    line_group: str | None  # the item number of a "1. …" line
    target_list: bool  # "… các chỉ tiêu: (1) …"
    listed: bool  # an item line ("1. …", "- …")
    heading: bool


class _IndicatorReader:
    """Reads the body paragraphs in order; a heading or a lead-in gives the year of the items below it."""

    def __init__(self, layout: Layout, excluded: list[tuple[int, int]]) -> None:
        self.layout = layout
        self.excluded = sorted(excluded)
        self.out: list[Indicator] = []
        self.sentence_of: dict[int, int] = {}  # an indicator's index in ``out`` → where its sentence starts
        self.list_year: int | None = None  # "… các chỉ tiêu sau:" gives its items the year it names
        self.section_year: int | None = None  # "2. Các chỉ tiêu cụ thể đến năm 2030" over its "- …" items
        self.section_level = 0  # the level of the heading that gave it (1 "II.", 2 "1.", 3 "a)")

    def read(self) -> list[Indicator]:
        table_items = table_indicators(self.layout)
        for para in self.layout.paras:
            if para.role == "body":
                self._paragraph(para)
        return without_table_repeats(self.out, table_items, self.sentence_of)

    def _paragraph(self, para: Para) -> None:
        t = para.text
        head = is_heading(t)
        heading = (head and para.block.kind not in ("p",)) or para.block.kind in ("h2", "h3", "h4")
        if head or t.isupper():
            self._section_year(t)
        enum = line_enumerator(t)
        self._list_year(t, enum)
        if not para.has_digit:
            return  # no value here (the list and section years above are still followed)
        markers = inline_markers(t)
        facts = _ParaFacts(
            text=t, start=para.start, markers=markers, line_group=enum[0] if enum and not head else None,
            target_list=bool(markers) and "chỉ tiêu" in t and _TARGETS_NUMBERED.search(t) is not None,
            listed=not head and bool(enum or dash_item(t)), heading=heading)
        for s_start, _s_end, sent in sentences(t):
            self._sentence(facts, s_start, sent)

    def _section_year(self, t: str) -> None:
        years = YEAR_RE.findall(t) if _HEAD_TARGETS.search(t) else []
        level = _heading_level(t)
        if years:
            self.section_year, self.section_level = int(years[-1]), level
        elif level <= self.section_level:  # "1. Các chỉ tiêu chủ yếu" under "II. CHỈ TIÊU NĂM 2025" keeps its year
            self.section_year = None

    def _list_year(self, t: str, enum: tuple[str, int] | None) -> None:
        # (both patterns end in ":" and blanks: a quick test of the paragraph's end before their searches)
        targets = t.rstrip().endswith(":") and "chỉ tiêu" in t
        if targets and _TARGETS_FOLLOW.search(t):
            years = YEAR_RE.findall(t)
            self.list_year = int(years[-1]) if years else self.layout.doc_year
        if enum is None and not _PAREN_DIGIT_START.match(t):
            self.list_year = None if not (targets and _TARGETS_COLON.search(t)) else self.list_year

    def _sentence(self, para: _ParaFacts, s_start: int, sent: str) -> None:
        values = find_values(sent) if has_digit(sent) else []
        if "mỗi" in sent and "tiêu chí" in sent:  # "bình quân mỗi xã đạt 13,2 tiêu chí"
            self.out.extend(criteria_averages(sent, para.start + s_start, para.line_group))
        if not values:
            return
        bound: set[int] = set()  # where the "năm" of a year written right after a value is
        facts = ValueSentence(sent)
        years_after = [YEAR_AFTER.match(sent, vm.end()) for vm in values]  # (read once: the year reader asks too)
        for ym in years_after:
            if ym:
                bound.add(ym.start() + ym.group(0).lower().find("năm"))
        prev_label = ""
        for vm, ym in zip(values, years_after, strict=True):
            ind = self._value(para, s_start, facts, bound, vm, ym, prev_label)
            if ind is None:
                continue
            prev_label = ind.label
            self.sentence_of[len(self.out)] = para.start + s_start
            self.out.append(ind)
            if ind.span and ind.span[0] < para.start + s_start + vm.start():
                # "đạt từ 8,5 - 9%": a range gives both ends, the lower "từ", the upper as written ("trở lên": "từ")
                self.sentence_of[len(self.out)] = para.start + s_start
                self.out.append(replace(ind, value=parse_number(vm.group(1)), decimals=decimals_of(vm.group(1)),
                                        qualifier="từ" if _AT_LEAST_AFTER.match(sent, vm.end()) else None,
                                        span=(para.start + s_start + vm.start(), ind.span[1])))

    def _value(self, para: _ParaFacts, s_start: int, facts: ValueSentence, bound: set[int], vm: Val,
               year_after: re.Match[str] | None, prev_label: str) -> Indicator | None:
        """The indicator of the value ``vm`` in a sentence, or None if it is none."""
        sent = facts.text
        vs, ve, num, unit_raw = vm.start(), vm.end(), vm.num, vm.unit  # (read once: each read is a method call)
        abs_pos = para.start + s_start + vs
        if self.excluded and in_sorted(abs_pos, self.excluded):
            return None
        before = sent[:vs]
        value = parse_number(num)
        near = before[-60:]
        if ends_with_word(near.rstrip()[-BAD_TAIL:].lower(), BAD_BEFORE) or (
                value == 1 and PER_PHRASE.search(near)):
            return None
        if DASH_NUMBER.match(sent, ve):
            return None  # the lower end of a range
        low = RANGE_LOW.search(near) if "-" in near or "–" in near else None
        span_start = abs_pos
        if low:
            # "tăng trưởng đạt từ 7 - 8%", "120 - 150 triệu đồng": the lower bound, "từ" (a value is one
            # number); a range of counts ("1 - 2 biên chế") is no result
            if not (unit_raw.startswith("%") or unit_name(unit_raw).split("/")[0] in MONEY_UNITS):
                return None
            cut = len(near) - low.start()
            before, value = before[:-cut], parse_number(low.group(1))
            span_start -= cut
        clause_start = max(before.rfind(";"), last_marker(before)) + 1
        clause = before[clause_start:]
        label = vm.label or label_of_value(clause, sent[ve:], unit_raw, prev_label)
        if unit_raw.startswith("tiêu chí") and (not is_strong(label) or label.lower() == "bình quân"):
            label = CRITERIA_LABEL  # "bình quân đạt 16,8 tiêu chí/xã"
        if not label:
            return None
        group = para.line_group or group_at(para.markers, vs + s_start)
        link = _attribute_link(vm, para.start + s_start)
        return Indicator(label=label, value=value, unit=unit_name(unit_raw),
                         qualifier="từ" if low else qualifier_before(clause[-120:], sent),
                         year=self._year_of(para, facts, clause_start, vm, bound, year_after, group), group=group,
                         span=(span_start, para.start + s_start + ve),
                         decimals=decimals_of(low.group(1) if low else num),
                         note="heading" if para.heading else "", rel=link[0], ref=link[1])

    def _year_of(self, para: _ParaFacts, facts: ValueSentence, clause_start: int, vm: Val, bound: set[int],
                 year_after: re.Match[str] | None, group: str | None) -> int | None:
        """The value's year: written in its clause or sentence, else the year its list or section names."""
        year = year_of(facts, clause_start, vm.start(), year_after, bound)
        if year is None and group and (para.target_list or self.list_year):
            year = self.list_year or self.layout.doc_year
        if year is None and para.listed and self.section_year:
            year = self.section_year
        return year


def _attribute_link(vm: Val, sentence_start: int) -> tuple[str | None, str | None]:
    """``rel``/``ref`` of an attribute of a total, its share or the total (see indicator_values._attributes)."""
    if vm.rel is None:
        return None, None
    rel, total_at, k = vm.rel
    return rel, f"attr-{sentence_start + total_at}" + ("" if k is None else f"#{k}")


def extract_indicators(layout: Layout, excluded: list[tuple[int, int]]) -> list[Indicator]:
    return _IndicatorReader(layout, excluded).read()


_ROMAN_HEAD = re.compile(r"[IVX]{1,4}\s*[-.]")


def _heading_level(t: str) -> int:
    """1 for "II. MỤC TIÊU" or a line in capitals, 3 for "a) …", 2 for "1. …" and any other heading."""
    if t.isupper() or _ROMAN_HEAD.match(t):
        return 1
    enum = line_enumerator(t)
    return 3 if enum and enum[0].isalpha() else 2
