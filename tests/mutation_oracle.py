"""Which numbers of a corpus text a clerk's check must catch when one of them changes, found from the gold file
and the text alone (never from the extractor's output, so that an item the extractor fails to link counts as
a miss):

* every number of a complete gold tally (total and parts, the parts adding up to the total);
* the stated count of a gold list (``6 nhiệm vụ trọng tâm: (1) … (6)``) that its enumerators follow;
* both numbers of a gold ``X/Y`` ratio and the percentage written after it in its sentence that equals X/Y;
* a gold percentage written right after a count ``N`` (``nữ 9 (30%)``, ``96 thôn, chiếm 82%``) whose sentence
  holds the total ``T`` with N/T equal to it.

Each target is (offset of the number's first digit in the text, finding kinds that must appear).
"""

from __future__ import annotations

import re

from desktop.core.vnnum import NUMBER, parse_number

NUM = re.compile(rf"(?<![\w/.,])(?:{NUMBER})(?![\w]|[.,]\d)")
_PERCENT = re.compile(rf"(?<![\w/.,])({NUMBER})\s*%")
_DENOMINATOR = re.compile(rf"(?<=/)\s*({NUMBER})(?![\w]|[.,]\d)")
_SENT_END = re.compile(r"[.!?](?:\s|$)|\n")
TALLY_KINDS = frozenset({"sum_mismatch", "part_over_total", "enumeration_count"})
RATE_KINDS = frozenset({"percent_mismatch", "ratio_over"})


def _value(s: str) -> float | None:
    try:
        return parse_number(s)
    except ValueError:
        return None


def _numbers(text: str, lo: int, hi: int) -> list[tuple[int, float]]:
    out = []
    for m in NUM.finditer(text, max(0, lo), min(len(text), hi)):
        v = _value(m.group())
        if v is not None:
            out.append((m.start(), v))
    return out


def _sentence(text: str, pos: int) -> tuple[int, int]:
    starts = [m.end() for m in _SENT_END.finditer(text, max(0, pos - 600), pos)]
    end = _SENT_END.search(text, pos)
    return (starts[-1] if starts else max(0, pos - 600)), (end.start() if end else len(text))


def _close(stated: float, computed: float, written: str) -> bool:
    decimals = len(written.split(",")[1]) if "," in written else 0
    return abs(stated - computed) <= max(0.1, 0.5 * 10 ** -decimals) + 1e-9


def _totals_at(text: str, total: float, noun: str) -> list[int]:
    """Where a gold tally's total may be written: the number followed by the first word of its noun, as a
    denominator ("101/178 mục tiêu") or as a count."""
    head = noun.split()[0].lower() if noun.split() else ""
    out = [m.start(1) for m in _DENOMINATOR.finditer(text)
           if _value(m.group(1)) == total and text[m.end() : m.end() + 40].lower().lstrip().startswith(head)]
    return out + [pos for pos, v in _numbers(text, 0, len(text))
                  if v == total and text[pos : pos + 40].lower().split(maxsplit=1)[-1].startswith(head)]


def _parts_near(text: str, at: int, parts: list[float]) -> list[int] | None:
    near = _numbers(text, at - 40, at + 900)
    taken, out = {at}, []
    for count in parts:
        pos = next((p for p, v in near if v == count and p not in taken), None)
        if pos is None:
            return None
        taken.add(pos)
        out.append(pos)
    return out


def tally_targets(text: str, tally: dict) -> list[tuple[int, frozenset[str]]]:
    parts = [p["count"] for p in tally["parts"]]
    places = _totals_at(text, tally["total"], tally["noun"])
    if not places:
        return []
    if len(parts) < 2 or abs(sum(parts) - tally["total"]) > 1e-9:
        return next((t for at in places if (t := _list_target(text, at))), [])
    # the place where the parts follow the total most closely (not a headline that repeats it)
    found = [(max(abs(p - at) for p in ps), at, ps) for at in places if (ps := _parts_near(text, at, parts))]
    if not found:
        return []  # parts not found near their total: no target rather than a wrong one
    _spread, at, ps = min(found)
    return [(at, TALLY_KINDS)] + [(pos, TALLY_KINDS) for pos in ps]


_LIST_OPEN = re.compile(r"[^.;\n]{0,80}?:\s*(?:\n\s*)?(?:\(1\)|1[.)]\s|a\)|-\s|Thứ nhất)")


def _list_target(text: str, at: int) -> list[tuple[int, frozenset[str]]]:
    """A stated count that opens an enumerated list: changing it must be reported."""
    return [(at, frozenset({"enumeration_count"}))] if _LIST_OPEN.match(text, at) else []


def ratio_targets(text: str, num: float, den: float) -> list[tuple[int, frozenset[str]]]:
    """X/Y with the percentage that equals it written after it in its sentence."""
    out: list[tuple[int, frozenset[str]]] = []
    for m in re.finditer(rf"(?<![\w/.,])({NUMBER})\s*/\s*({NUMBER})(?![\w/])", text):
        if _value(m.group(1)) != num or _value(m.group(2)) != den or not den:
            continue
        _s, end = _sentence(text, m.end())
        for pm in _PERCENT.finditer(text, m.end(), min(end, m.end() + 160)):
            v = _value(pm.group(1))
            if v is not None and (_close(v, 100 * num / den, pm.group(1)) or _close(v, 100 * num / den - 100,
                                                                                     pm.group(1))):
                out += [(m.start(1), RATE_KINDS), (m.start(2), RATE_KINDS), (pm.start(1), RATE_KINDS)]
                break
        if out:
            break
    return out


def part_rate_targets(text: str, percents: set[float]) -> list[tuple[int, frozenset[str]]]:
    """``nữ 9 (30%)``: a gold percentage right after a count whose total is earlier in the sentence."""
    out: list[tuple[int, frozenset[str]]] = []
    for pm in _PERCENT.finditer(text):
        v = _value(pm.group(1))
        if v is None or v not in percents or not 0 < v <= 100:
            continue
        lo, _e = _sentence(text, pm.start())
        before = _numbers(text, lo, pm.start())
        if not before or not re.fullmatch(r"[^\d%;]{0,40}", text[before[-1][0] + 1 : pm.start()].lstrip("0123456789.,")):
            continue
        n_pos, n = before[-1]
        if 1900 <= n <= 2100:
            continue  # a year, not a count
        total = next(((p, t) for p, t in reversed(before[:-1]) if t > n and _close(v, 100 * n / t, pm.group(1))), None)
        if total is not None and n >= 1:
            out += [(n_pos, frozenset({"percent_mismatch"})), (pm.start(1), frozenset({"percent_mismatch"}))]
    return out


def targets(text: str, gold: dict) -> list[tuple[int, frozenset[str]]]:
    out: list[tuple[int, frozenset[str]]] = []
    for t in gold["tallies"]:
        out += tally_targets(text, t)
    for r in gold["ratios"]:
        if r["noun"] != "%":
            out += ratio_targets(text, r["numerator"], r["denominator"])
    out += part_rate_targets(text, {i["value"] for i in gold["indicators"] if i.get("unit") == "%"})
    return list(dict.fromkeys(out))
