"""Links between extracted items that verification needs.

* a percentage stated for a ratio (``46/61 trường … 75,4%``, ``9.846/8.750 tỷ đồng, vượt 12,5%``);
* the shares of one whole (``Cơ cấu kinh tế: … 16,58%; … 30,91%; … 52,51%``,
  ``vốn trung ương chiếm 61,2%, vốn địa phương chiếm 32,5%, …``);
* a result, its plan and the rate between them written in a sentence
  (``đạt 215,4 tỷ đồng, bằng 86,5% dự toán (dự toán 249 tỷ đồng)``);
* an amount broken down after "trong đó", with the share each part has
  (``tổng vốn 1.250 tỷ đồng; trong đó vốn ngân sách 450 tỷ đồng, chiếm 36%; …``).
Table rows are linked when they are read (see :mod:`desktop.core.extract.indicators`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from desktop.core.extract.common import sentences
from desktop.core.layout import Layout
from desktop.core.model import Indicator, Ratio, Tally
from desktop.core.rx import words
from desktop.core.vnnum import parse_number

_RATE_GAP_MAX = 120  # (the longest gap between a ratio and its rate: read before the gap is cut out)
_RATE_GAP = re.compile(rf"^[^;]{{0,{_RATE_GAP_MAX}}}$")
# "…, tỷ lệ hộ nghèo 5%" names another quantity; "…, đạt tỷ lệ 80%" states the ratio's own rate
_NEW_LABEL = re.compile(r"(?<!đạt )(?<!với )(?<!chiếm )(?:tỷ lệ|tỉ lệ)\s(?!\s*(?:là\s+)?$)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…]\s+\S")
# "4/12 tổ chức … tăng 8% so với năm 2014": a % after "tăng"/"giảm" is a change, not the ratio's own rate
_CHANGE_BEFORE = re.compile(r"(?<![\w])(?:tăng|giảm)(?: thêm)?\s*$", re.IGNORECASE)
_SHARE_CONTEXT = re.compile(r"cơ cấu|tỷ trọng|tỉ trọng", re.IGNORECASE)
# (compiled once: re.search with a pattern's text looks it up in re's cache at every call)
_EXCESS_BEFORE = re.compile(r"vượt\s+$")
_NO_FIGURE = re.compile(r"[^\d;]{0,40}")


def assign_keys(ratios: list[Ratio], indicators: list[Indicator], tallies: list[Tally]) -> None:
    for k, r in enumerate(ratios):
        r.key = r.key or f"ratio-{k + 1}"
    for k, i in enumerate(indicators):
        i.key = i.key or f"ind-{k + 1}"
    for k, t in enumerate(tallies):
        t.key = t.key or f"tally-{k + 1}"


def _span(item: Indicator | Ratio) -> tuple[int, int]:
    """An item's span; the linkers only take items that have one."""
    return item.span or (-1, -1)


def link_rates(layout: Layout, ratios: list[Ratio], indicators: list[Indicator]) -> None:
    text = layout.source.text
    for ind in indicators:
        if ind.unit != "%" or ind.rel or not ind.span:
            continue
        best = None
        for r in ratios:
            if not r.span or r.noun == "%" or r.span[1] > ind.span[0] or ind.span[0] - r.span[1] > _RATE_GAP_MAX:
                continue  # (a longer gap fails _RATE_GAP: without a "\n" in it, its "$" is the gap's end)
            gap = text[r.span[1] : ind.span[0]]
            if "\n" in gap or "%" in gap or not _RATE_GAP.match(gap) or _NEW_LABEL.search(gap) \
                    or _SENTENCE_END.search(gap) or _CHANGE_BEFORE.search(gap):
                continue
            if best is None or r.span[1] > _span(best)[1]:
                best = r
        if best is not None:
            before = text[max(0, ind.span[0] - 12) : ind.span[0]].lower()
            ind.rel = "excess" if _EXCESS_BEFORE.search(before) else "rate"
            ind.ref = best.key


# a % followed by a noun names its own base ("chiếm 2,1% dân số toàn huyện"): no share of the count before it
_BARE_RATE_END = re.compile(r"\s*(?:[),;.:]|và\b|$)")
_PART_GAP_MAX = 80  # (the longest gap between a part and its rate: read before the gap is cut out)
_PART_GAP = re.compile(rf"^[^\d;%!?…]{{0,{_PART_GAP_MAX}}}$")
_AGAINST_AFTER = re.compile(r"\s*(?:kế hoạch|dự toán|so với|so cùng kỳ|mục tiêu|chỉ tiêu|nghị quyết|KH)\b")


def link_part_rates(layout: Layout, tallies: list[Tally], indicators: list[Indicator]) -> None:
    """``120 thôn, trong đó 96 thôn đạt chuẩn văn hóa, chiếm 82%``: the % stated for one part of a tally."""
    text = layout.source.text
    parts = [(p.span[1], t, k) for t in tallies if t.total for k, p in enumerate(t.parts) if p.span]
    if not parts:
        return
    for ind in indicators:
        if ind.unit != "%" or ind.rel or not ind.span:
            continue
        before = [(end, t, k) for end, t, k in parts if end <= ind.span[0]]
        if not before:
            continue
        end, tally, k = max(before, key=lambda x: x[0])
        if ind.span[0] - end > _PART_GAP_MAX:
            continue  # (a longer gap fails _PART_GAP: without a "\n" in it, its "$" is the gap's end)
        gap = text[end : ind.span[0]]
        if "\n" in gap or not _PART_GAP.match(gap) or _NEW_LABEL.search(gap) or _SENTENCE_END.search(gap) \
                or _AGAINST_AFTER.match(text, ind.span[1]) or not _BARE_RATE_END.match(text, ind.span[1]):
            continue
        ind.rel, ind.ref = "part-rate", f"{tally.key}#{k}"


def link_shares(layout: Layout, indicators: list[Indicator]) -> None:
    text = layout.source.text
    by_para: dict[int, list[Indicator]] = {}
    starts = [p.start for p in layout.paras]
    for ind in indicators:
        if ind.unit == "%" and ind.rel is None and ind.span:
            by_para.setdefault(_para_index(layout, starts, ind.span[0]), []).append(ind)
    n = 0
    for pi, items in by_para.items():
        if pi < 0:
            continue
        para = layout.paras[pi]
        groups: dict[tuple[int, str | None], list[Indicator]] = {}
        base = para.start  # (added here: sentences() with an offset copies the cached list)
        for s0, e0, _sent in sentences(para.text):
            s, e = base + s0, base + e0
            for ind in items:
                if s <= _span(ind)[0] < e:
                    groups.setdefault((s, ind.group), []).append(ind)
        for (s, _g), members in groups.items():
            if len(members) < 2:
                continue
            start = s
            if _g is not None:
                marker = text.rfind(f"({_g})", s, _span(members[0])[0])
                start = marker if marker >= 0 else start
            context = text[start : _span(members[-1])[1]]
            chiem = sum(1 for x in members if _after_chiem(text, _span(x)[0]))
            if not (len(members) >= 3 and _SHARE_CONTEXT.search(context)) and chiem < 2:  # (the count first: cheaper)
                continue
            if chiem >= 2:
                members = [m for m in members if _after_chiem(text, _span(m)[0])]
            n += 1
            for m in members:
                m.rel, m.ref = "share", f"share-{n}"


def _sentence_at(layout: Layout, starts: list[int], pos: int) -> tuple[int, int] | None:
    """Where the sentence holding ``pos`` starts and ends in the text (``starts``: the paragraphs' starts)."""
    k = _para_index(layout, starts, pos)
    if k < 0:
        return None
    para = layout.paras[k]
    at = pos - para.start
    return next(((para.start + s, para.start + e) for s, e, _ in sentences(para.text) if s <= at < e), None)


def _para_index(layout: Layout, starts: list[int], pos: int) -> int:
    """The paragraph holding ``pos`` (``starts``: the paragraphs' starts, in order), or -1."""
    k = bisect_right(starts, pos) - 1
    return k if k >= 0 and pos < layout.paras[k].end else -1


# A rate against the plan itself (unlike _AGAINST_AFTER, not against last year or "so với …")
_AGAINST_PLAN = re.compile(r"\s*(?:kế hoạch|KH|dự toán|chỉ tiêu|mục tiêu)\b", re.IGNORECASE)
# (the plan's figure in brackets after the rate is labelled from "bằng … kế hoạch": "bằng 55,3% kế hoạch (3.500 …)")
_PLAN_LABEL = re.compile(r"(?:(?:bằng|so với)\s+)?(?:kế hoạch|dự toán|chỉ tiêu|mục tiêu)\b", re.IGNORECASE)


def link_plan_rates(layout: Layout, indicators: list[Indicator]) -> None:
    """A rate against a plan, with the result before it and the plan's own figure in the same clause:
    ``di dời 125 hộ, đạt 62,5% kế hoạch (kế hoạch 200 hộ)``, ``kế hoạch 200 hộ, đã di dời 125 hộ, đạt 62,5%``.
    They are linked as a row (plan, actual, rate) so the rate is checked against actual / plan."""
    text = layout.source.text
    free = sorted((i for i in indicators if i.rel is None and i.span), key=lambda i: i.span[0])  # type: ignore[index]
    rates = [i for i in free if i.unit == "%" and (i.qualifier == "đạt" or _AGAINST_PLAN.match(text, i.span[1]))]  # type: ignore[index]
    if not rates:
        return
    starts = [p.start for p in layout.paras]
    at = [i.span[0] for i in free]  # type: ignore[index]  # (where each stands: a clause's are found by bisection)
    n = 0
    for rate in rates:
        if rate.rel is not None:
            continue
        sent = _sentence_at(layout, starts, rate.span[0])  # type: ignore[index]
        if sent is None:
            continue
        # the clause around the rate: from the ";" before it to the ";" after it
        lo = max(sent[0], text.rfind(";", sent[0], rate.span[0]) + 1)  # type: ignore[index]
        hi = text.find(";", rate.span[1], sent[1])  # type: ignore[index]
        hi = sent[1] if hi < 0 else hi
        members = [i for i in free[bisect_left(at, lo) : bisect_left(at, hi)] if i.rel is None]
        actuals = [i for i in members if i.unit != "%" and i.span[1] <= rate.span[0]  # type: ignore[index]
                   and not _PLAN_LABEL.match(i.label)]
        if not actuals:
            continue
        actual = actuals[-1]
        plans = [i for i in members if i.unit == actual.unit and i is not actual and _PLAN_LABEL.match(i.label)]
        if len(plans) != 1:
            continue
        n += 1
        for ind, rel in ((plans[0], "row-plan"), (actual, "row-actual"), (rate, "row-rate")):
            ind.rel, ind.ref = rel, f"plan-{n}"


_IN_WHICH = re.compile(words(["trong đó"], ignore_case=True) + r"\b")
_SHARE_BEFORE = re.compile(r"chiếm\s+(?:tỷ lệ\s+)?$", re.IGNORECASE)


def link_amount_parts(layout: Layout, indicators: list[Indicator]) -> None:
    """``Tổng vốn … 1.250 tỷ đồng; trong đó vốn ngân sách 450 tỷ đồng, chiếm 36%; vốn dân cư 800 tỷ đồng``:
    the parts of an amount (same unit, after "trong đó" in the same sentence) and the % each one takes.
    Counted things are tallies (see counts.py); this is for money and measures."""
    text = layout.source.text
    if not any(w in text for w in ("trong đó", "Trong đó", "TRONG ĐÓ")):
        return
    items = sorted((i for i in indicators if i.span), key=lambda i: i.span[0])  # type: ignore[index]
    starts = [p.start for p in layout.paras]
    n = 0
    for total in items:
        if total.unit == "%" or total.rel is not None:
            continue
        sent = _sentence_at(layout, starts, total.span[0])  # type: ignore[index]
        if sent is None:
            continue
        end = sent[1]
        which = _IN_WHICH.search(text, total.span[1], min(end, total.span[1] + 49))  # type: ignore[index]
        if which is None:  # within 40 characters after the amount
            continue
        later = [i for i in items if which.end() <= i.span[0] < end and i.rel is None]  # type: ignore[index]
        parts = [i for i in later if i.unit == total.unit]
        if len(parts) < 2:
            continue
        n += 1
        ref = f"amount-{n}"
        total.rel, total.ref = "amount-total", ref
        for j, part in enumerate(parts):
            part.rel, part.ref = "amount-part", f"{ref}#{j}"
            rate = next((i for i in items if i.unit == "%" and i.rel in (None, "share")  # a share of this whole too
                         and part.span[1] <= i.span[0] <= part.span[1] + 20  # type: ignore[index]
                         and _SHARE_BEFORE.search(text, part.span[1], i.span[0])), None)  # type: ignore[index]
            if rate is not None:
                rate.rel, rate.ref = "amount-rate", f"{ref}#{j}"


# "nữ 9 (30%)", "9 đại biểu nữ, chiếm 30%", "giảm 97 đơn vị (giảm 62,58%)": a % written right after a count
_COUNT_THEN_RATE = re.compile(
    r"(?<![\w/.,])(\d{1,3}(?:\.\d{3})*)(?![\w/]|[.,]\d)([^\d%;()]{0,40}?)\s*(?:\(\s*(?:giảm|tăng|chiếm|bằng)?|,\s*chiếm"
    r"(?:\s+tỷ lệ)?)\s*$"
)
_WHOLE_OPENER = re.compile(r"(?<![\w])(?:trong đó|gồm|bao gồm)(?![\w])|\(")
_CHANGE_WORD = re.compile(r"(?:giảm|tăng)(?: thêm)?\s+$")
# (the left edge checked after the first digit, so that re jumps from digit to digit: see vnnum.number)
_COUNT = re.compile(r"([0-9](?<![\w/.,]\d)\d{0,2}(?:\.\d{3})*)(?![\w/]|[.,]\d)\s+([^\W\d_]+)")


def _whole_of(text: str, sent_start: int, part_at: int, noun: str) -> float | None:
    """The whole a count is a share of, by the structure of its sentence: the count right before "trong đó" /
    "gồm" / a bracket ("30 đại biểu, trong đó nữ 9", "48 đại biểu (nữ 15, chiếm 31,25%)"); for a change
    ("giảm 97 đơn vị"), the first count of the same noun
    in the sentence, the value it changed from ("có 155 đơn vị …, còn 58 đơn vị, giảm 97 đơn vị")."""
    if _CHANGE_WORD.search(text, max(sent_start, part_at - 12), part_at):
        head = noun.split()[0] if noun.split() else ""
        first = next((m for m in _COUNT.finditer(text, sent_start, part_at) if head and m.group(2) == head), None)
        return parse_number(first.group(1)) if first else None
    openers = list(_WHOLE_OPENER.finditer(text, sent_start, part_at))
    if not openers:
        return None
    opener = openers[-1]
    counts = list(_COUNT.finditer(text, sent_start, opener.start()))
    if not counts or not _NO_FIGURE.fullmatch(text[counts[-1].end() : opener.start()]):
        return None
    return parse_number(counts[-1].group(1))


def link_whole_rates(layout: Layout, indicators: list[Indicator]) -> None:
    """A % written right after a count, checked against that count over the whole the sentence names by its
    structure (see :func:`_whole_of`): overlapping attributes (``trúng cử 30 đại biểu, trong đó nữ 9 (30%), dân
    tộc thiểu số 5``) are no tally, but their stated shares are still checked. The count and the whole are
    kept in ``ref`` (``whole-N:part/whole``), as they need not be items of their own."""
    text = layout.source.text
    starts = [p.start for p in layout.paras]
    n = 0
    for ind in indicators:
        if ind.unit != "%" or ind.rel or not ind.span or not _BARE_RATE_END.match(text, ind.span[1]):
            continue  # "(chiếm 5,2% dân số)", "30% kế hoạch": a % followed by a noun names its own base
        before = _COUNT_THEN_RATE.search(text, max(0, ind.span[0] - 60), ind.span[0])
        sent = _sentence_at(layout, starts, ind.span[0]) if before else None
        if before is None or sent is None or before.start() < sent[0]:
            continue
        part = parse_number(before.group(1))
        whole = _whole_of(text, sent[0], before.start(), before.group(2).strip())
        if whole and part <= whole and not 1900 <= part <= 2100:
            n += 1
            ind.rel, ind.ref = "of-whole", f"whole-{n}:{format(part, 'g')}/{format(whole, 'g')}"


_CHIEM_BEFORE = re.compile(r"chiếm\s+$")


def _after_chiem(text: str, at: int) -> bool:
    """"chiếm 12%": the value at ``at`` is written as a share ("chiếm", takes up)."""
    return _CHIEM_BEFORE.search(text[max(0, at - 8) : at]) is not None
