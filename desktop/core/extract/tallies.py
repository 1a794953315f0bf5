"""Tallies of one paragraph (``22 nhóm chỉ tiêu … 8 … 5 … 9``): each count read as a total whose parts follow it
in its sentence (or the next one), in brackets or clause by clause; plan items' counts with no breakdown; an inline
enumeration with no stated count. Numbers of a tally (total, parts, percentages in a part's status) are reported
as consumed: the indicator extractor does not take them again (attributes that overlap are not a tally's)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.core.extract.common import sentences
from desktop.core.extract.count_mentions import STATUS_WORD_RE, CountMention, mentions_in
from desktop.core.extract.tally_enumerated import enumerated_after, enumerated_head, full_noun
from desktop.core.extract.tally_parts import (
    as_noun_of,
    bare_parts,
    before_own_breakdown,
    bracket_parts,
    clause_leads,
    colon_list_leads,
    core_match,
    has_status,
    narrower_parts,
    nested_breakdowns,
    part_status,
    plan_cores,
    sanction_parts,
    status_before,
    whole_before_semicolon,
    with_elided,
)
from desktop.core.extract.tally_structure import (
    BACK_REFERENCE,
    CHANGE,
    LIST_WORD,
    NOT_A_NOUN,
    OPENS_LIST,
    REMAINDER_STATUS,
    STANDALONE_PLAN,
    all_reached,
    change,
    enumerated_items,
    enumerated_parts,
    list_follows,
    overlapping,
    part_opener,
    proceeding_before,
    remainder,
)
from desktop.core.layout import Layout, Para
from desktop.core.model import Ratio, Tally, TallyPart

_RATIO_TALLY = re.compile(
    r"^(?:nhóm chỉ tiêu|chỉ tiêu|nhóm mục tiêu|mục tiêu|nhóm nhiệm vụ|nhiệm vụ|cuộc kiểm tra|cuộc giám sát|"
    r"danh mục|nội dung|đầu mục)(?![\w])"
)


_IN_WHICH = re.compile(r"(?:[^;.\d]|\d+(?:,\d+|)\s*%){0,40}?\btrong đó\b")  # ("(?:…|)": no repeat context)
_JOINED_BY = re.compile(r"\s*(?:với|gồm|và)\s*")  # "22 nhiệm vụ với 51 danh mục"


@dataclass
class _Scope:
    """One count read as a possible total: the counts after it in its sentence, and how they follow it."""

    i: int  # the total's index among the paragraph's counts
    m: CountMention
    si: int  # its sentence
    scope_end: int  # where its sentence ends (absolute)
    later: list[int]  # the counts after it in its sentence, not yet used
    partner: int | None  # "22 nhiệm vụ với 51 danh mục": the count joined to it
    in_which: bool  # "…, trong đó …" / "…, gồm …" follows it
    opens_end: int = -1  # where that opener ends (absolute)
    nested: dict[int, list[int]] = field(default_factory=dict)  # enumerated parts broken down in their item
    back_ref: bool = False  # its parts are in the next sentence, which opens with "Trong đó", "Cụ thể", …
    subsets: bool = False  # "…, trong đó …" (not enumerated): what follows may name only some of the items


def read_tallies(para: Para, rms: list[tuple[Ratio, re.Match[str]]], tallies: list[Tally],
                 consumed: list[tuple[int, int]], layout: Layout) -> list[Tally]:
    """The tallies of one paragraph, added to ``tallies`` (their numbers to ``consumed``); returns the counts that
    open a list of their own (": A; B"), never merged. (No reader is set up for a paragraph without a count.)"""
    mentions = [x for x in mentions_in(para, rms) if not NOT_A_NOUN.match(x.noun)]
    openers: list[Tally] = []
    if mentions:
        reader = ParaTallies(para, mentions, tallies, consumed, layout)
        reader.read()
        openers = reader.list_openers
    tallies.extend(enumerated_head(para.text, para.start))
    tallies.extend(all_reached(para.text, para.start))
    return openers


class ParaTallies:
    """Tallies of one paragraph: each count read in turn as a total whose parts follow it."""

    def __init__(self, para: Para, mentions: list[CountMention], tallies: list[Tally],
                 consumed: list[tuple[int, int]], layout: Layout) -> None:
        self.para, self.layout = para, layout
        self.t, self.off = para.text, para.start
        self.mentions = mentions
        self.sents = sentences(para.text, para.start)  # (read around a count)
        self.tallies, self.consumed = tallies, consumed
        self.used: set[int] = set()
        self.list_openers: list[Tally] = []  # counts that open a list of their own (": A; B"), never merged

    def read(self) -> None:
        for i, m in enumerate(self.mentions):
            if i not in self.used and not m.elided:
                self._total(i, m)
        self._standalone()

    def _sent_of(self, pos: int) -> int:
        return next((k for k, (s, e, _) in enumerate(self.sents) if s <= pos < e + 1), len(self.sents) - 1)

    def _total(self, i: int, m: CountMention) -> None:
        if self._bracketed(i, m):
            return
        scope = self._scope(i, m)
        parts = self._parts(scope)
        if not parts and m.ratio_of is None and (m.core in plan_cores() or scope.partner is not None) and \
                self._bare(scope):
            return
        chosen = self._breakdown(scope, parts)
        if chosen is not None:
            self._record(scope, *chosen)

    def _bracketed(self, i: int, m: CountMention) -> bool:
        """"7 đảng viên (khiển trách 4, cảnh cáo 2, khai trừ 1)", "6 đảng viên, gồm: khiển trách 3 đồng chí, …"."""
        t, off, mentions = self.t, self.off, self.mentions
        bracket = bracket_parts(t, m.end - off) if m.ratio_of is None and "(" in t[m.end - off : m.end - off + 3] \
            else None
        if not bracket and m.ratio_of is None:
            bracket = sanction_parts(t, m.end - off) or None  # "6 đảng viên, gồm: khiển trách 3 đồng chí, …"
        if not bracket or overlapping([st for _, st, _ in bracket]) or any(CHANGE.match(st) for _, st, _ in bracket):
            # the parts in brackets break the count down, whether they add up or not; not "120 đảng viên (nữ 45,
            # dân tộc thiểu số 60)", attributes that overlap, nor "(tăng 5, giảm 2)", changes
            return False
        self.tallies.append(Tally(total=m.value, noun=m.noun, span=(m.start, m.end), parts=[
            TallyPart(count=v, status=st, span=(off + a, off + b)) for v, st, (a, b) in bracket]))
        self.consumed.extend([(m.start, m.end)] + [(off + a, off + b) for _, _, (a, b) in bracket])
        inside = [(off + a, off + b) for _, _, (a, b) in bracket]
        self.used.update(j for j, x in enumerate(mentions) if any(a <= x.start < b for a, b in inside))
        self.used.add(i)
        return True

    def _scope(self, i: int, m: CountMention) -> _Scope:
        t, off, mentions = self.t, self.off, self.mentions
        si = self._sent_of(m.start)
        scope_end = self.sents[si][1]
        later = [j for j in range(i + 1, len(mentions)) if mentions[j].start < scope_end and j not in self.used]
        partner = None  # "22 nhiệm vụ với 51 danh mục"
        if later and not mentions[later[0]].elided and _JOINED_BY.fullmatch(
                t, m.end - off, mentions[later[0]].start - off):
            partner = later[0]
            later = later[1:]
        opener = part_opener(t, m.end - off, scope_end - off)
        in_which = opener is not None and (opener.group(1) == "trong đó" or partner is None)
        sc = _Scope(i, m, si, scope_end, later, partner, in_which, off + opener.end() if opener else -1)
        sc.subsets = in_which and opener is not None and opener.group(1) == "trong đó" and \
            not enumerated_parts(t, opener.end())
        return sc

    def _parts(self, sc: _Scope) -> list[int]:
        """The counts that may be the total's parts: of its noun, in its sentence (or the next one)."""
        m, later, mentions = sc.m, sc.later, self.mentions
        parts = [j for j in later if (core_match(m, mentions[j]) or (sc.in_which and mentions[j].core in plan_cores()))
                 and not change(self.t, self.off, mentions[j])]
        if parts:  # "có 41 đảng viên hoàn thành xuất sắc …, 250 hoàn thành tốt …": the noun said once
            parts = sorted({*parts, *(j for j in later if mentions[j].elided and j > parts[0])})
        elif m.ratio_of is not None:  # "12/68 … xuất sắc, 50/68 hoàn thành tốt …, 6/68 …": the same, as ratios
            parts = [j for j in later if mentions[j].elided and mentions[j].ratio_of == m.ratio_of]
        if m.ratio_of is None:
            parts = [j for j in parts if mentions[j].ratio_of in (None, m.value)]
        else:  # "15/15 nhiệm vụ; … 13/13 nhiệm vụ": X/X counts all its items, it is a whole total by itself
            parts = [j for j in parts if mentions[j].ratio_of in (None, m.ratio_of) or
                     (m.value != m.ratio_of and mentions[j].value != mentions[j].ratio_of)]
        if len(parts) < 2 and not sc.in_which and m.ratio_of is None and sc.si + 1 < len(self.sents) and \
                (m.core in plan_cores() or sc.partner is not None or
                 BACK_REFERENCE.match(self.t, self.sents[sc.si + 1][0] - self.off)):
            parts = self._next_sentence_parts(sc) or parts
        elif not parts and m.ratio_of is not None and m.value < m.ratio_of and sc.si + 1 < len(self.sents):
            parts = self._next_sentence_rest(sc)
        return parts

    def _next_sentence_rest(self, sc: _Scope) -> list[int]:
        """"… đạt 5/9 tiêu chí, gồm: …. 4 tiêu chí đang phấn đấu là: …": the next sentence opens with the count
        of the same items that have not reached the status — the rest of the ratio's total."""
        a, _b, _ = self.sents[sc.si + 1]
        first = next((j for j in range(sc.i + 1, len(self.mentions)) if self.mentions[j].start >= a), None)
        if first is None:
            return []
        x = self.mentions[first]
        opens = x.start - a <= 12 and x.ratio_of is None and core_match(sc.m, x)
        return [first] if opens and remainder(self.t, self.off, x) else []

    def _next_sentence_parts(self, sc: _Scope) -> list[int]:
        """Parts in the next sentence belong to this total only if they add up to it (or to its partner):
        "kiểm tra 12 tổ chức đảng …; giám sát 15 tổ chức đảng …. Qua kiểm tra, có 10 …, 2 …" is the 12's."""
        m, partner, mentions = sc.m, sc.partner, self.mentions
        a, b, _ = self.sents[sc.si + 1]
        nxt = [j for j in range(sc.i + 1, len(mentions)) if a <= mentions[j].start < b and j != partner]
        if OPENS_LIST.match(self.t, m.end - self.off):
            return []  # "thiếu 2 chỉ tiêu: A; B. … thiếu 2 chỉ tiêu quan trọng: C; D": a list of its own
        if nxt and mentions[nxt[0]].value == m.value and core_match(m, mentions[nxt[0]]):
            nxt = []  # "… cho 42 dự án. Trong 42 dự án, có 15 …": the next sentence breaks its total down itself
            self.consumed.append((m.start, m.end))  # and the count said twice is no indicator either
        found = [j for j in nxt if core_match(m, mentions[j]) or
                 (partner is not None and core_match(mentions[partner], mentions[j]))]
        if found and BACK_REFERENCE.match(self.t, a - self.off):
            sc.back_ref = True
            return found  # "Kiểm tra 12 tổ chức đảng. Trong đó, 10 …, 2 …": the next sentence says it breaks it down
        whole = sum(mentions[j].value for j in found)
        if found and (whole == m.value or (partner is not None and whole == mentions[partner].value)):
            return found
        return []

    def _bare(self, sc: _Scope) -> bool:
        """"… 40 đầu việc; đã hoàn thành 25, đang thực hiện 12, chưa thực hiện 3": parts with no noun."""
        t, off, m, partner = self.t, self.off, sc.m, sc.partner
        bare = bare_parts(t, m.end - off, [(a - off, b - off) for a, b, _ in self.sents[sc.si : sc.si + 2]])
        if sc.in_which or t.startswith(":", m.end - off):  # "…, trong đó hoàn thành 4, 12 thường xuyên, 35 đang …"
            bare = with_elided(t, off, [self.mentions[j] for j in sc.later], bare, (sc.opens_end - off,
                                                                                     sc.scope_end - off))
        if len(bare) < 2:
            return False
        total_m = m
        s_ = sum(v for v, _, _ in bare)
        if partner is not None and abs(s_ - self.mentions[partner].value) <= abs(s_ - m.value):
            total_m = self.mentions[partner]
        self.tallies.append(Tally(total=total_m.value, noun=total_m.noun, span=(total_m.start, total_m.end),
                                  parts=[TallyPart(count=v, status=st, span=(off + a, off + b))
                                         for v, st, (a, b) in bare]))
        self.consumed.extend([(m.start, m.end)] + [(off + a, off + b) for _, _, (a, b) in bare])
        self.used.add(sc.i)
        if partner is not None:
            self.used.add(partner)
            self.consumed.append((self.mentions[partner].start, self.mentions[partner].end))
        return True

    def _breakdown(self, sc: _Scope, parts: list[int]) -> tuple[float, list[int]] | None:
        """The total and the parts that break it down, or None when the counts are no breakdown."""
        m, mentions = sc.m, self.mentions
        plain = [j for j in parts if mentions[j].ratio_of is None]
        if m.ratio_of is not None and sc.in_which and all(mentions[j].start < sc.scope_end for j in parts):
            # "1.250/1.268 hồ sơ, trong đó 1.200 … đúng hạn, 50 … quá hạn": a breakdown of the 1.250;
            # "12/12 tổ chức đạt …, trong đó 4/12 … đạt … xuất sắc": one subset of the 12, no breakdown
            subset = plain or parts
            if plain or len(parts) >= 2:
                return m.value, subset
            if not parts:
                return self._ratio_breakdown(sc, parts)
            return (m.ratio_of, [sc.i]) if _RATIO_TALLY.match(m.noun) else None
        if m.ratio_of is not None:
            return self._ratio_breakdown(sc, parts)
        return self._count_breakdown(sc, parts)

    def _ratio_breakdown(self, sc: _Scope, parts: list[int]) -> tuple[float, list[int]] | None:
        m, mentions = sc.m, self.mentions
        if not _RATIO_TALLY.match(m.noun):
            # "18/21 xã đạt chuẩn, 3 xã chưa đạt" is a breakdown; "…, 5 xã đạt chuẩn nâng cao" is a subset
            plain = [j for j in parts if mentions[j].ratio_of is None]
            whole = m.value + sum(mentions[j].value for j in plain) == m.ratio_of
            if not whole and not any(remainder(self.t, self.off, mentions[j]) for j in plain):
                parts = [j for j in parts if mentions[j].ratio_of is not None]
        if not (_RATIO_TALLY.match(m.noun) or len(parts) >= 1):
            return None
        # a later "Y/T" with another denominator still counts the same items: keep it, so that
        # a wrong denominator shows up as a sum that does not match
        total_value = m.ratio_of if m.ratio_of is not None else m.value  # (it is not None here)
        return total_value, [sc.i, *parts]

    def _count_breakdown(self, sc: _Scope, parts: list[int]) -> tuple[float, list[int]] | None:
        t, off, m, mentions = self.t, self.off, sc.m, self.mentions
        listed = sc.in_which and enumerated_parts(t, sc.opens_end - off)  # "trong đó: a) …; b) …; c) …"
        colon = colon_list_leads(t, off, mentions, m, sc.later, sc.opens_end - off, sc.scope_end) \
            if sc.in_which and not listed else []
        parts, by_clause = (colon, True) if colon else (parts, False)
        if sc.in_which and not listed and not colon:  # "…, trong đó a …, b …; c …": the breakdown ends at the ";"
            semi = t.find(";", max(m.end, sc.opens_end) - off, sc.scope_end - off)  # (not a ";" before "trong đó")
            if semi >= 0:
                leads = clause_leads(t, off, mentions, m, sc.later, semi, sc.scope_end)
                parts = [j for j in parts if mentions[j].start - off < semi]
                if sum(mentions[j].value for j in parts) != m.value and len(leads) >= 2 and \
                        sum(mentions[j].value for j in leads) == m.value:
                    # "tiếp nhận 12.450 hồ sơ, trong đó trực tuyến 10.820 …; đã giải quyết 12.300 hồ sơ, trong
                    # đó …; đang giải quyết 150 hồ sơ": the clauses after the ";" break the total down
                    parts, by_clause = leads, True
        if listed:
            parts = self._listed(sc, parts)
        elif not by_clause:
            parts = whole_before_semicolon(t, off, m.value, [mentions[j] for j in parts], parts)
            parts = before_own_breakdown(t, off, mentions, parts)
        if len(parts) < 2 and not (parts and sc.in_which):
            return None
        if m.core not in plan_cores() and sc.partner is None and not sc.in_which and not sc.back_ref and \
                not t.startswith(":", m.end - off) and not all(has_status(t, off, mentions[j]) for j in parts):
            return None  # "chết 18 người, bị thương 12 người": counts side by side, not a breakdown
        total_value = m.value
        if sc.partner is not None:
            s = sum(mentions[j].value for j in parts)
            if s == mentions[sc.partner].value and s != m.value:
                total_value = mentions[sc.partner].value
        return total_value, parts

    def _listed(self, sc: _Scope, parts: list[int]) -> list[int]:
        """Enumerated parts ("trong đó: a) …; b) …"), with the breakdown of an item inside it (a nested level)."""
        off, mentions = self.off, self.mentions
        top, nested = enumerated_items(self.t, [mentions[j].start - off for j in parts], sc.opens_end - off,
                                       sc.scope_end - off)
        if len(top) < 2:
            return parts
        sc.nested = {parts[k]: [parts[x] for x in kids] for k, kids in nested.items()}
        return [parts[k] for k in top] + [j for kids in sc.nested.values() for j in kids]

    def _record(self, sc: _Scope, total_value: float, part_list: list[int]) -> None:
        """The tally of the total and its parts, and the breakdowns of parts in brackets."""
        t, off, m, mentions, partner = self.t, self.off, sc.m, self.mentions, sc.partner
        # nested breakdown in parentheses: "271 hồ sơ (trong đó đúng hạn 268 hồ sơ, quá hạn 3 hồ sơ)"
        nested = nested_breakdowns(t, off, mentions, part_list) | sc.nested
        nested_kids = {k for kids in nested.values() for k in kids}
        tally_parts, spans = self._top_parts(sc, [j for j in part_list if j not in nested_kids])
        if overlapping([tp.status for tp in tally_parts], m.noun):
            # "30 đại biểu, trong đó 9 đại biểu nữ, 5 đại biểu là người dân tộc thiểu số": one person may be
            # both, so these are figures of their own (indicators), not parts that must add up
            return
        self.consumed.extend(spans)
        narrower = narrower_parts(tally_parts)
        if narrower:
            # "5/6 xã đạt chuẩn nông thôn mới, 1/6 xã đạt chuẩn nông thôn mới nâng cao": the second counts
            # some of the first again, it is no part of the breakdown
            tally_parts = [tp for k, tp in enumerate(tally_parts) if k not in narrower]
            if len(tally_parts) < 2 and not sc.in_which and not _RATIO_TALLY.match(m.noun):
                return
        noun = m.noun if partner is None or total_value == m.value else mentions[partner].noun
        # "1.200 hộ, trong đó 96 hộ nghèo, 150 hộ cận nghèo", "18 xã, trong đó 12 xã đạt chuẩn, 3 xã đạt chuẩn
        # nâng cao": after "trong đó", parts that name no remainder (chưa, đang, quá hạn …) may leave items
        # unnamed; enumerated parts, parts after "gồm" and a status list with its remainder are the whole
        subsets = sc.subsets and not sc.nested and not any(REMAINDER_STATUS.search(tp.status) for tp in tally_parts)
        self.tallies.append(Tally(total=total_value, noun=noun, parts=tally_parts, span=(m.start, m.end),
                                  complete=not subsets))
        self.consumed.append((m.start, m.end))
        # a part with a breakdown of its own ("đã giải quyết 12.300 hồ sơ, trong đó đúng hạn …") is a total too
        self.used.update([sc.i, *(j for j in part_list if not _IN_WHICH.match(t, mentions[j].end - off))])
        if partner is not None and total_value == mentions[partner].value:
            # "22 nhiệm vụ với 51 danh mục … 4, 12, 35": the partner is the total; "16 chi bộ với 412 đảng viên"
            # broken down by chi bộ leaves the 412 a figure of its own
            self.used.add(partner)
            self.consumed.append((mentions[partner].start, mentions[partner].end))
        for parent, kids in nested.items():
            pm = mentions[parent]
            self.tallies.append(Tally(total=pm.value, noun=pm.noun, span=(pm.start, pm.end), parts=[
                TallyPart(count=mentions[j].value, status=part_status(t, off, mentions[j], pm.end, mentions[j].end),
                          span=(mentions[j].start, mentions[j].num_end)) for j in kids]))
            for j in kids:
                self.consumed.append((mentions[j].start, mentions[j].end))

    def _top_parts(self, sc: _Scope, top: list[int]) -> tuple[list[TallyPart], list[tuple[int, int]]]:
        """The parts with their status (each read up to the next part) and the spans they and their statuses take."""
        t, off, m, mentions = self.t, self.off, sc.m, self.mentions
        tally_parts, spans = [], []
        for k, j in enumerate(top):
            pm = as_noun_of(mentions[j], m.noun)
            prev_end = mentions[top[k - 1]].end if k else m.end
            nxt_start = mentions[top[k + 1]].start if k + 1 < len(top) else sc.scope_end
            if k + 1 == len(top):
                nxt_start = max(nxt_start, self.sents[self._sent_of(pm.start)][1])
            status = part_status(t, off, pm, prev_end, nxt_start)
            spans.append((pm.start, pm.end + len(status) + 2))
            if j == sc.i and not STATUS_WORD_RE.search(status):
                # "huyện đạt và vượt 16/18 chỉ tiêu (Nghị quyết đề ra)": the ratio's own status stands before it
                status = status_before(t[self.sents[sc.si][0] - off : pm.start - off]) or status
            tally_parts.append(TallyPart(count=pm.value, status=status, span=(pm.start, pm.num_end)))
        return tally_parts, spans

    def _standalone(self) -> None:
        """Counts of plan items with no breakdown: "3 lĩnh vực đột phá, 4 nhiệm vụ trọng tâm"."""
        t, off = self.t, self.off
        for i, m in enumerate(self.mentions):
            if i in self.used or m.ratio_of is not None or LIST_WORD.match(m.noun):
                continue
            listed = list_follows(t, m.end - off) and not 1900 <= m.value <= 2100  # not a year
            if not (listed or (STANDALONE_PLAN.match(m.noun) and not proceeding_before(t, m.start - off))):
                continue
            if any(a <= m.start < b for a, b in self.consumed):
                continue
            noun = full_noun(t, m.num_end - off)
            tally = Tally(total=m.value, noun=noun, parts=[], span=(m.start, m.end), complete=False)
            tally.enumerated = enumerated_after(self.layout, self.para, m.end - off)
            if OPENS_LIST.match(t, m.end - off):
                self.list_openers.append(tally)
            self.tallies.append(tally)
            self.consumed.append((m.start, m.end))
