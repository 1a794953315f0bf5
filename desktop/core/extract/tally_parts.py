"""How the parts of a total are written: a count and its status ("41 đảng viên hoàn thành xuất sắc"), status
first ("hoàn thành 25, đang thực hiện 12"), in brackets ("(khiển trách 4, cảnh cáo 2)"), sanctions listed after
a count of members, a breakdown of a part nested in brackets; and where one breakdown ends."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from itertools import pairwise

from desktop.core.extract.count_mentions import STATUS_WORD_RE, CountMention
from desktop.core.lexicon import COMPLEMENT_STATUS_WORDS, PLAN_NOUNS, SANCTIONS
from desktop.core.model import TallyPart
from desktop.core.rx import alternation, words
from desktop.core.vnnum import has_digit, parse_number

_STATUS_CUT = re.compile(r"[;(:]|,\s|\.\s|\.$")
_LEADING_AND = re.compile(r"^\s*(?:và\s+)?")
_TRAILING_LA = re.compile(r"\s+là$")
_TRAILING_AND = re.compile(r"\s+(?:và|,)$")


def part_status(text: str, offset: int, mention: CountMention, prev_end: int, next_start: int) -> str:
    after = text[mention.end - offset : next_start - offset]
    after = _STATUS_CUT.split(after, maxsplit=1)[0]  # (": …" lists the items, "là" introduces them)
    after = _TRAILING_LA.sub("", _LEADING_AND.sub("", after).strip(" ,.;"))
    after = _TRAILING_AND.sub("", after)
    if after and after not in ("và", ","):
        if after.startswith(("do ", "vì ", "bởi ")):
            # "trả lại 1 hồ sơ do không đủ điều kiện": "do", "vì", "bởi" (because) open a reason, which says why
            # and not what; the part's status is the verb before its number, then the reason
            what = _status_lead(text, offset, mention, prev_end)
            return f"{what} {after}" if what else after
        return after
    return _status_lead(text, offset, mention, prev_end)


_CLAUSE_CUT = re.compile(r"[;,:]\s*")
_LEADING_ENUMERATOR = re.compile(r"^\s*(?:[a-zđ]\)|\(\d{1,2}\)|\d{1,2}[.)])\s*")
_LEADING_FILLER = re.compile(r"^\s*(?:và|đến nay|hiện nay|trong đó|đã có|đã|có)\s+")
_LEADING_DA_CO = re.compile(r"^(?:đã|có)\s+")


def _status_lead(text: str, offset: int, mention: CountMention, prev_end: int) -> str:
    """The status words before a part's number ("đang giải quyết 52 hồ sơ")."""
    before = text[prev_end - offset : mention.start - offset]
    before = _CLAUSE_CUT.split(before)[-1]
    before = _LEADING_ENUMERATOR.sub("", before)  # an enumerator is no status
    before = _LEADING_FILLER.sub("", before.strip())
    before = _LEADING_DA_CO.sub("", before)
    return before.strip(" ,.;")


def status_before(text: str) -> str:
    """The status words at the end of ``text`` (its last clause), from the first one on."""
    clause = re.split(r"[;,:]", text)[-1]
    found = STATUS_WORD_RE.search(clause)
    while found and found.group() == "đã":  # "đã lãnh đạo hoàn thành": the status is "hoàn thành"
        later = STATUS_WORD_RE.search(clause, found.end())
        if not later or not clause[found.end() : later.start()].strip():
            break  # "đã hoàn thành" stays whole
        found = later
    return clause[found.start() :].strip(" ,.;") if found else ""


def core_match(total: CountMention, part: CountMention) -> bool:
    if total.core and part.core and (total.core == part.core or total.core in part.noun):
        return True
    return bool(part.noun) and part.noun.split()[0] == total.noun.split()[0]


# What narrows a status down to some of the same items ("đạt chuẩn nông thôn mới nâng cao"); anything else
# after a shorter status is a grade beside it ("hoàn thành tốt", "đạt trên 80%" beside "đạt").
_NARROWING = ("nâng cao", "kiểu mẫu", "mức độ")


def narrower_parts(parts: list[TallyPart]) -> set[int]:
    """Parts whose status is another part's status narrowed down ("đạt chuẩn nông thôn mới nâng cao")."""
    return {k for k, tp in enumerate(parts) for other in parts
            if other is not tp and other.status and tp.status.startswith(other.status + " ")
            and tp.status[len(other.status) + 1 :].startswith(_NARROWING)}


_SANCTION_LEAD = re.compile(r"\s*,?\s*(?:(?:bao )?gồm|trong đó)?\s*:?\s*")
_SANCTION_PART = re.compile(rf"({alternation(SANCTIONS)})\s+(\d{{1,4}})(?:\s+(?:đồng chí|đảng viên|trường hợp))?"
                            r"(?![\w])")
_SANCTION_GAP = re.compile(r"\s*(?:[,;]|và)\s*(?:và\s+)?")


def sanction_parts(text: str, pos: int) -> list[tuple[float, str, tuple[int, int]]]:
    """Sanctions listed after a count of members: "kỷ luật 6 đảng viên, gồm: khiển trách 3 đồng chí, cảnh cáo 2
    đồng chí, cách chức 1 đồng chí" (status first, a number, and perhaps the noun again)."""
    lead = _SANCTION_LEAD.match(text, pos)
    at = lead.end() if lead else pos
    found: list[tuple[float, str, tuple[int, int]]] = []
    while m := _SANCTION_PART.match(text, at):
        found.append((float(m.group(2)), m.group(1), (m.start(2), m.end(2))))
        gap = _SANCTION_GAP.match(text, m.end())
        if not gap:
            break
        at = gap.end()
    return found if len(found) >= 2 else []


_BRACKET = re.compile(r"\s*\(([^()]{3,200})\)")
_STATUS_FIRST = re.compile(r"^\s*([^\W\d_][^,;\d]{0,40}?)\s+(\d[\d.,]*)\s*$")
_COUNT_FIRST = re.compile(r"^\s*(\d[\d.,]*)\s+([^\W\d_][^,;\d]{0,40}?)\s*$")


def bracket_parts(text: str, pos: int) -> list[tuple[float, str, tuple[int, int]]]:
    """A breakdown in brackets right after a count, in one order throughout: "(khiển trách 4, cảnh cáo 2,
    khai trừ 1)" or "(4 khiển trách, 2 cảnh cáo, 1 khai trừ)". Positions are the numbers'."""
    m = _BRACKET.match(text, pos)
    if not m:
        return []
    out: list[tuple[float, str, tuple[int, int]]] = []
    at = m.start(1)
    orders = set()
    for piece in re.split(r"([,;])", m.group(1)):
        if piece in (",", ";"):
            at += 1
            continue
        sf, cf = _STATUS_FIRST.match(piece), _COUNT_FIRST.match(piece)
        if sf and not cf:
            num, status, g = sf.group(2), sf.group(1), 2
        elif cf and not sf:
            num, status, g = cf.group(1), cf.group(2), 1
        else:
            return []
        orders.add(g)
        try:
            value = parse_number(num)
        except ValueError:
            return []
        hit = sf or cf
        out.append((value, status.strip(), (at + hit.start(g), at + hit.end(g))))  # type: ignore[union-attr]
        at += len(piece)
    return out if len(out) >= 2 and len(orders) == 1 and all(v.is_integer() for v, _, _ in out) else []


_BRACKETED = re.compile(r"\([^()]*\)?")


def before_own_breakdown(text: str, off: int, mentions: list[CountMention], parts: list[int]) -> list[int]:
    """"… 5 đảng viên có vi phạm, trong đó 4 đảng viên …": the 4 are some of the 5, not a part beside them.
    ("271 hồ sơ (trong đó đúng hạn 268 …), đang giải quyết 52 …": a breakdown in brackets is read apart.)"""
    for k in range(len(parts) - 1):
        between = text[mentions[parts[k]].end - off : mentions[parts[k + 1]].start - off]
        if "(" in between:
            between = _BRACKETED.sub("", between)
        if "trong đó" in between or "Trong đó" in between:
            return parts[: k + 1]
    return parts


def as_noun_of(part: CountMention, noun: str) -> CountMention:
    """A part whose noun runs on past the total's ("15 dự án chuyển tiếp" under "42 dự án") ends at the
    total's noun; the words after it are the part's status. Under a two-word noun of one head word ("trường
    học", "hộ nghèo"), a part of the same head and another kind ends at the head."""
    if noun and len(part.noun) > len(noun) and part.noun.startswith(noun + " "):
        return replace(part, noun=noun, end=part.end - (len(part.noun) - len(noun)))
    # "12 trường mầm non" under "35 trường học": the head noun they share, then the kind ("mầm non")
    head = noun.split()[0] if noun else ""
    if len(noun.split()) == 2 and part.noun.startswith(head + " ") and not part.noun.startswith(noun):
        return replace(part, noun=head, end=part.end - (len(part.noun) - len(head)))
    return part


def clause_leads(text: str, off: int, mentions: list[CountMention], total: CountMention, later: list[int], semi: int,
                  scope_end: int) -> list[int]:
    """The first count of the total's noun in each ";"-clause after ``semi``, up to the end of the sentence."""
    leads: list[int] = []
    bounds = [semi] + [k for k in range(semi + 1, scope_end - off) if text[k] == ";"] + [scope_end - off]
    for a, b in pairwise(bounds):
        first = next((j for j in later if a < mentions[j].start - off < b), None)
        if first is not None and mentions[first].ratio_of is None and core_match(total, mentions[first]):
            leads.append(first)
    return leads


def colon_list_leads(text: str, off: int, mentions: list[CountMention], total: CountMention, later: list[int],
                     opens_end: int, scope_end: int) -> list[int]:
    """"…, trong đó: 1.177 hộ …; 2.809 hộ …; 706 hộ …": after an opener that ends with a colon, the ";" separates
    the items of the list it opens (not two breakdowns); the first count of the total's noun in each item, when
    there are two or more. ``opens_end``: where the opener ends, in ``text``."""
    if not text.endswith(":", 0, opens_end):
        return []
    leads = clause_leads(text, off, mentions, total, later, opens_end - 1, scope_end)
    return leads if len(leads) >= 2 else []


def whole_before_semicolon(text: str, off: int, total: float, found: list[CountMention], parts: list[int]) -> list[int]:
    """The parts up to a ";" when they already add up to the total: what follows breaks the same items
    down another way ("15 dự án chuyển tiếp, 27 dự án khởi công mới; đã hoàn thành … 9 dự án")."""
    running = 0.0
    for k, pm in enumerate(found[:-1]):
        running += pm.value
        if running == total and k >= 1 and ";" in text[pm.end - off : found[k + 1].start - off]:
            return parts[: k + 1]
    return parts


_BARE_STATUS = ["hoàn thành", "đang thực hiện", "đang triển khai", "chưa thực hiện", "chưa triển khai",
                "chưa hoàn thành", "không hoàn thành", "thực hiện thường xuyên", "thường xuyên", "chưa đạt",
                "không đạt", "đạt và vượt"]
_BARE_PART = re.compile(  # (the words in the shape re skips ahead with: see rx.py)
    rf"({words(_BARE_STATUS)})\s+(\d{{1,4}})"
    r"(?=\s*(?:[,;.)]|và\b|$))"
)


def bare_parts(text: str, pos: int, sents: list[tuple[int, int]]) -> list[tuple[float, str, tuple[int, int]]]:
    """Status-then-number parts with no noun ("hoàn thành 25, đang thực hiện 12"), in the rest of the
    sentence or, when it has fewer than two, in the next one too."""
    found: list[tuple[float, str, tuple[int, int]]] = []
    last = pos
    for k, (_a, end) in enumerate(sents):
        for m in _BARE_PART.finditer(text, pos, end + 1):
            gap = text[last : m.start()]
            if len(gap) > (80 if not found else 40) or (found and has_digit(gap)):
                break  # parts follow their total closely, one after another
            found.append((float(m.group(2)), m.group(1), (m.start(2), m.end(2))))
            last = m.end()
        if len(found) >= 2 or k == 1:
            break
    return found


_PART_CUT = re.compile(r"[,;.()]")


def has_status(text: str, off: int, m: CountMention) -> bool:
    """A part names a status: after it ("12 hồ sơ quá hạn") or right before it ("đã hoàn thành 4 nhiệm vụ")."""
    after = _PART_CUT.split(text[m.end - off : m.end - off + 60], maxsplit=1)[0]
    before = _PART_CUT.split(text[max(0, m.start - off - 30) : m.start - off])[-1]
    return bool(STATUS_WORD_RE.search(after) or STATUS_WORD_RE.search(before))


@cache
def plan_cores() -> frozenset[str]:
    return frozenset(n.replace("nhóm ", "") for n in PLAN_NOUNS)


_BRACKET_AFTER = re.compile(r"\s*\((?:trong đó\s*)?([^()]*)\)")


_STATUS_END = re.compile(r"[,;.]")


def nested_breakdowns(text: str, off: int, mentions: list[CountMention], part_list: list[int]) -> dict[int, list[int]]:
    nested: dict[int, list[int]] = {}
    for j in part_list:
        m = mentions[j]
        pm = _BRACKET_AFTER.match(text, m.end - off)
        if not pm:
            continue
        a, b = off + pm.start(1), off + pm.end(1)
        kids = [k for k in part_list if a <= mentions[k].start < b]
        if len(kids) >= 2:
            nested[j] = kids
    return nested


_COUNT_THEN_STATUS = re.compile(rf"(?<![\w/.,])(\d{{1,4}})\s+(?=(?:{alternation(COMPLEMENT_STATUS_WORDS)})(?![\w]))")
Part = tuple[float, str, tuple[int, int]]


def with_elided(text: str, off: int, later: list[CountMention], bare: list[Part],
                window: tuple[int, int]) -> list[Part]:
    """Status-first parts ("hoàn thành 4") and count-first ones whose noun is left out ("12 thường xuyên", "35 đang
    triển khai") mixed in one list after the total's opener (``window``: from the opener to the sentence end, in
    ``text``), in the order written."""
    out = list(bare)
    for x in later:
        if not x.elided or x.ratio_of is not None or any(a <= x.start - off < b for _, _, (a, b) in out):
            continue
        status = part_status(text, off, x, x.start, off + window[1])
        out.append((x.value, status, (x.start - off, x.num_end - off)))
    for c in _COUNT_THEN_STATUS.finditer(text, *window):
        if not any(a <= c.start(1) < b for _, _, (a, b) in out):
            status = _STATUS_END.split(text[c.end(1) : window[1]], maxsplit=1)[0].strip()
            out.append((parse_number(c.group(1)), status, (c.start(1), c.end(1))))
    return sorted(out, key=lambda p: p[2][0])
