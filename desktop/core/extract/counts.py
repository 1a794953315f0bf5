"""Ratios (``13/22 nhóm mục tiêu``) and tallies (``22 nhóm chỉ tiêu … 8 … 5 … 9``).

Both read counts of things in prose (:mod:`count_mentions`); the tallies of each paragraph are read by
:mod:`tallies`. Numbers that belong to a tally (its total, its parts, the percentages inside a part's
status) are reported as consumed so that the indicator extractor does not take them again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.core.extract.count_mentions import find_ratios, plan_core
from desktop.core.extract.tallies import read_tallies
from desktop.core.layout import Layout
from desktop.core.model import Ratio, Tally

_RATE_AFTER = re.compile(r"[^.;!?\n%]{0,120}?\d+(?:,\d+)?\s*%")


@dataclass
class CountsResult:
    ratios: list[Ratio] = field(default_factory=list)
    tallies: list[Tally] = field(default_factory=list)
    consumed: list[tuple[int, int]] = field(default_factory=list)


def extract_counts(layout: Layout) -> CountsResult:
    res = CountsResult()
    lists: set[int] = set()  # the tallies whose count opens a list of its own
    seen_ratio: dict[tuple[float, float], tuple[Ratio, bool]] = {}  # the ratio, and whether a rate follows it
    for para in layout.paras:
        if para.role != "body" or not para.has_digit:
            continue
        rms = find_ratios(para)
        for r, m in rms:
            key = (r.numerator, r.denominator)
            if key not in seen_ratio:
                seen_ratio[key] = (r, _RATE_AFTER.match(para.text, m.end()) is not None)
                res.ratios.append(r)
            elif not seen_ratio[key][1] and _RATE_AFTER.match(para.text, m.end()):
                # "27/30 chỉ tiêu" in the headline, "27/30 chỉ tiêu … (chiếm 90%)" in the article: one ratio, at the
                # place it is written with its rate, so that the rate is checked against it
                seen_ratio[key][0].span = r.span
                seen_ratio[key] = (seen_ratio[key][0], True)
        openers = read_tallies(para, rms, res.tallies, res.consumed, layout)
        if openers:  # (no generator made for the many paragraphs without one)
            lists.update(id(t) for t in openers)
    _merge_tallies(res, lists)
    return res


def _complete(t: Tally) -> bool:
    return len(t.parts) >= 2 and sum(p.count for p in t.parts) == t.total


def _merge_tallies(res: CountsResult, lists: set[int]) -> None:
    """A standalone total and a ratio X/total about the same thing are one tally; two breakdowns that each
    add up to the total ("68 tổ chức cơ sở đảng (45 đảng bộ, 23 chi bộ)" and "12/68 …, 50/68 …, 6/68 …") are two
    views of it, and stay two; so are two counts that each open a list of their own ("thiếu 2 chỉ tiêu: …; …"
    twice, for two criteria)."""
    merged: list[Tally] = []
    for t in res.tallies:
        target = next((m for m in merged if m.total == t.total and (
            (plan_core(m.noun) or m.noun) == (plan_core(t.noun) or t.noun)
            or m.noun.split()[:1] == t.noun.split()[:1]) and not (_complete(m) and _complete(t))
            and not (id(m) in lists and id(t) in lists)), None)
        if target is None:
            merged.append(t)
            continue
        counts = {p.count for p in target.parts}
        target.parts.extend(p for p in t.parts if p.count not in counts)
        if target.enumerated is None:
            target.enumerated = t.enumerated
        if len(t.noun) > len(target.noun):
            target.noun = t.noun
    res.tallies[:] = merged
