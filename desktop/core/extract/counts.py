"""Ratios (``13/22 nhóm mục tiêu``) and tallies (``22 nhóm chỉ tiêu … 8 … 5 … 9``).

Both read counts of things in prose. Numbers that belong to a tally (its total, its parts,
the percentages inside a part's status) are reported as consumed so that the indicator
extractor does not take them again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import pairwise

from desktop.core.extract.common import sentences
from desktop.core.extract.enumeration import DASH_ITEM
from desktop.core.layout import Layout, Para
from desktop.core.lexicon import MONEY_UNITS, PLAN_NOUNS
from desktop.core.model import Ratio, Tally, TallyPart
from desktop.core.rx import alternation, words
from desktop.core.vnnum import NUMBER, has_digit, number, parse_number

_GLUED = r"\w/.,"  # a number right after one of these is part of something else ("H2", "1.5/")
_RATIO = re.compile(
    rf"({number(_GLUED)})(\s*%)?\s*/\s*({NUMBER})(\s*%)?(?![\w/]|[.,]\d)"
)
_DATE_WORD_BEFORE = re.compile(
    r"(?:ngày|tháng|quý|tuần|Ngày|Sáng|Chiều|Tối|Trưa|sáng|chiều|tối|từ|đến|hôm|số)\s*$"
)
_FUNCTION_WORDS = {
    "của", "và", "đến", "tới", "năm", "để", "với", "về", "tại", "trong", "theo", "thì", "là", "đã", "sẽ",
    "nhưng", "nếu", "khi", "từ", "sau", "trước", "có", "được", "này", "đó", "các", "những", "cho", "nên",
    "vừa", "đang", "hay", "hoặc", "ra", "vào", "mà", "thời", "lúc", "bởi",
}
_NOUN_STOP = _FUNCTION_WORDS | {
    "đạt", "duy", "hoàn", "tham", "lên", "không", "chưa", "vượt", "so", "trên", "dưới", "chiếm", "bằng",
    "giải", "thực", "đánh", "tăng", "giảm", "còn", "nộp", "kết", "xếp", "nhập", "trở", "đều",
    "tiếp", "thuộc", "gồm", "như", "hiện", "ước", "tương", "bị", "phải", "mới", "thêm", "khoảng",
    "quá", "đúng", "trễ", "chậm", "trước", "sớm", "đang", "đã",
}
_MONEY = re.compile(rf"\s*({alternation(MONEY_UNITS)})(?![\w])(?!\s+chí)")
_MEASURE = re.compile(
    r"^(?:ha|tấn|tạ|kg|km|km2|km²|m|m2|m²|m3|m³|lít|MW|kWh|lượt|triệu lượt|nghìn lượt|con|đồng chí|năm|"
    r"tháng|tuần|ngày|giờ|tuổi|lần|biên chế|tiêu chí|vạn)(?![\w])"
)
_PLAN = re.compile(rf"^(?:{alternation(PLAN_NOUNS)})(?![\w])")
_STANDALONE_PLAN = re.compile(
    r"^(?:nhóm chỉ tiêu|chỉ tiêu|nhóm mục tiêu|mục tiêu|nhóm nhiệm vụ|nhiệm vụ|lĩnh vực đột phá|khâu đột phá|"
    r"nhóm giải pháp|giải pháp|địa bàn trọng điểm|đột phá)(?![\w])"
)
_LIST_FOLLOWS = re.compile(r"\s*:\s*\(1\)\s")  # "3 nội dung: (1) …": the count of the list it opens
_RATIO_TALLY = re.compile(
    r"^(?:nhóm chỉ tiêu|chỉ tiêu|nhóm mục tiêu|mục tiêu|nhóm nhiệm vụ|nhiệm vụ|cuộc kiểm tra|cuộc giám sát|"
    r"danh mục|nội dung|đầu mục)(?![\w])"
)
_COUNT = re.compile(rf"({number(_GLUED + '%')})\s+(?=[a-zđà-ỹ])")


# Words that name the status of a tally part; the first ones name what is left of a whole.
_COMPLEMENT_WORDS = ["chưa", "không", "còn lại", "đang", "dưới", "chậm", "bị"]
_STATUS_WORDS = [*_COMPLEMENT_WORDS, "hoàn thành", "đạt", "vượt", "đúng hạn", "quá hạn", "trễ hạn", "trực tuyến",
                 "trực tiếp", "thường xuyên", "triển khai", "thực hiện", "xếp loại", "tốt", "khá", "trung bình",
                 "yếu", "kém", "đã", "khó đạt", "khó hoàn thành"]
_COMPLEMENT = re.compile(rf"\s*(?:{alternation(_COMPLEMENT_WORDS)})(?![\w])")
_STATUS_WORD = re.compile(rf"{words(_STATUS_WORDS)}(?![\w])")


def _piece_end(window: str, pieces: list[str], k: int) -> int:
    """Where ``pieces[k]`` (of ``window.split()``) ends in ``window``."""
    at = 0
    for raw in pieces[: k + 1]:
        at = window.index(raw, at) + len(raw)
    return at


def noun_after(text: str, pos: int, max_words: int = 4) -> str:
    m = _MONEY.match(text, pos)
    if m:
        return m.group(1)
    words: list[str] = []
    limit = max_words
    window = text[pos : pos + 80]
    if window.startswith(_LONG_NOUNS):  # nouns longer than the word limit
        long = next(n for n in _LONG_NOUNS if window.startswith(n))
        if window[len(long) : len(long) + 1] in ("", " ", ",", ";", ".", ")", ":"):
            return long
    pieces = window.split()  # the same pieces as \S+
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
class CountsResult:
    ratios: list[Ratio] = field(default_factory=list)
    tallies: list[Tally] = field(default_factory=list)
    consumed: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class _Mention:
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


def find_ratios(para: Para) -> list[tuple[Ratio, re.Match[str]]]:
    t = para.text
    out = []
    for m in _RATIO.finditer(t) if "/" in t else ():
        if _is_date_like(t, m):
            continue
        num, den = parse_number(m.group(1)), parse_number(m.group(3))
        if m.group(2) or m.group(4):
            noun = "%"
        else:
            noun = noun_after(t, _after_blanks(t, m.end()), max_words=5)
            if not noun or noun.split()[0].lower() in _FUNCTION_WORDS:
                continue
        out.append((Ratio(numerator=num, denominator=den, noun=noun,
                          span=(para.start + m.start(), para.start + m.end())), m))
    return out


def _mentions(para: Para, ratio_matches: list[tuple[Ratio, re.Match[str]]]) -> list[_Mention]:
    t = para.text
    ms: list[_Mention] = []
    ratio_ranges = [(m.start(), m.end()) for _, m in ratio_matches]
    for r, m in ratio_matches:
        if r.noun == "%" or _MONEY.match(r.noun) or _MEASURE.match(r.noun) or not r.numerator.is_integer():
            continue
        if _STATUS_WORD.match(r.noun) and ms and ms[-1].ratio_of == r.denominator:
            # "12/68 tổ chức cơ sở đảng hoàn thành xuất sắc …, 50/68 hoàn thành tốt …": the noun said once
            ms.append(_Mention(r.numerator, "", None, para.start + m.start(), para.start + m.end(),
                               para.start + m.end(), r.denominator, elided=True))
            continue
        noun_start = _after_blanks(t, m.end())
        ms.append(_Mention(r.numerator, r.noun, plan_core(r.noun) or r.noun, para.start + m.start(),
                           para.start + noun_start + len(r.noun), para.start + m.end(), r.denominator))
    for m in _COUNT.finditer(t):
        if any(a <= m.start() < b for a, b in ratio_ranges):
            continue
        noun = noun_after(t, m.end())
        if not noun or _MONEY.match(noun) or _MEASURE.match(noun):
            continue
        value = parse_number(m.group(1))
        if not value.is_integer():
            continue
        if _STATUS_WORD.match(noun):
            ms.append(_Mention(value, "", None, para.start + m.start(), para.start + m.end(1), para.start + m.end(1),
                               elided=True))
            continue
        ms.append(_Mention(value, noun, plan_core(noun) or noun, para.start + m.start(),
                           para.start + m.end() + len(noun), para.start + m.end(1)))
    ms.sort(key=lambda x: x.start)
    return ms


def _status(text: str, offset: int, mention: _Mention, prev_end: int, next_start: int) -> str:
    after = text[mention.end - offset : next_start - offset]
    after = re.split(r"[;(]|,\s|\.\s|\.$", after)[0]
    after = re.sub(r"^\s*(?:và\s+)?", "", after).strip(" ,.;")
    after = re.sub(r"\s+(?:và|,)$", "", after)
    if after and not re.fullmatch(r"(?:và|,)?", after):
        if after.startswith(("do ", "vì ", "bởi ")):  # "trả lại 1 hồ sơ do không đủ điều kiện": what, then why
            what = _status_lead(text, offset, mention, prev_end)
            return f"{what} {after}" if what else after
        return after
    return _status_lead(text, offset, mention, prev_end)


def _status_lead(text: str, offset: int, mention: _Mention, prev_end: int) -> str:
    """The status words before a part's number ("đang giải quyết 52 hồ sơ")."""
    before = text[prev_end - offset : mention.start - offset]
    before = re.split(r"[;,:]\s*", before)[-1]
    before = re.sub(r"^\s*(?:và|đến nay|hiện nay|trong đó|đã có|đã|có)\s+", "", before.strip())
    before = re.sub(r"^(?:đã|có)\s+", "", before)
    return before.strip(" ,.;")


def _status_before(text: str) -> str:
    """The status words at the end of ``text`` (its last clause), from the first one on."""
    clause = re.split(r"[;,:]", text)[-1]
    found = _STATUS_WORD.search(clause)
    while found and found.group() == "đã":  # "đã lãnh đạo hoàn thành": the status is "hoàn thành"
        later = _STATUS_WORD.search(clause, found.end())
        if not later or not clause[found.end() : later.start()].strip():
            break  # "đã hoàn thành" stays whole
        found = later
    return clause[found.start() :].strip(" ,.;") if found else ""


def _core_match(total: _Mention, part: _Mention) -> bool:
    if total.core and part.core and (total.core == part.core or total.core in part.noun):
        return True
    return bool(part.noun) and part.noun.split()[0] == total.noun.split()[0]


def extract_counts(layout: Layout) -> CountsResult:
    res = CountsResult()
    seen_ratio: set[tuple[float, float]] = set()
    for para in layout.paras:
        if para.role != "body" or not para.has_digit:
            continue
        rms = find_ratios(para)
        for r, _m in rms:
            key = (r.numerator, r.denominator)
            if key not in seen_ratio:
                seen_ratio.add(key)
                res.ratios.append(r)
        _tallies_in(para, rms, res, layout)
    _merge_tallies(res)
    return res


_IN_WHICH = re.compile(r"[^;.]{0,40}?\btrong đó\b")


def _tallies_in(para: Para, rms: list[tuple[Ratio, re.Match[str]]], res: CountsResult, layout: Layout) -> None:
    t = para.text
    off = para.start
    mentions = _mentions(para, rms)
    sents = list(sentences(t, off))

    def sent_of(pos: int) -> int:
        for k, (s, e, _) in enumerate(sents):
            if s <= pos < e + 1:
                return k
        return len(sents) - 1

    used: set[int] = set()
    for i, m in enumerate(mentions):
        if i in used or m.elided:
            continue
        bracket = _bracket_parts(t, m.end - off) if m.ratio_of is None and "(" in t[m.end - off : m.end - off + 3] \
            else None
        if not bracket and m.ratio_of is None:
            bracket = _sanction_parts(t, m.end - off) or None  # "6 đảng viên, gồm: khiển trách 3 đồng chí, …"
        if bracket and (sum(v for v, _, _ in bracket) == m.value or
                        all(_STATUS_WORD.match(st) or st.startswith(_SANCTIONS) for _, st, _ in bracket)):
            # "7 đảng viên (khiển trách 4, cảnh cáo 2, khai trừ 1)"; not "120 đảng viên (nữ 45, dân tộc thiểu
            # số 60)", kinds that overlap, unless they add up
            res.tallies.append(Tally(total=m.value, noun=m.noun, span=(m.start, m.end), parts=[
                TallyPart(count=v, status=st, span=(off + a, off + b)) for v, st, (a, b) in bracket]))
            res.consumed.extend([(m.start, m.end)] + [(off + a, off + b) for _, _, (a, b) in bracket])
            inside = [(off + a, off + b) for _, _, (a, b) in bracket]
            used.update(j for j, x in enumerate(mentions) if any(a <= x.start < b for a, b in inside))
            used.add(i)
            continue
        si = sent_of(m.start)
        scope_end = sents[si][1]
        later = [j for j in range(i + 1, len(mentions)) if mentions[j].start < scope_end and j not in used]
        partner = None  # "22 nhiệm vụ với 51 danh mục"
        if later and not mentions[later[0]].elided and re.fullmatch(
                r"\s*(?:với|gồm|và)\s*", t[m.end - off : mentions[later[0]].start - off]):
            partner = later[0]
            later = later[1:]
        after_text = t[m.end - off : scope_end - off]
        in_which = "trong đó" in after_text and _IN_WHICH.match(after_text) is not None
        parts = [j for j in later if _core_match(m, mentions[j]) or (in_which and mentions[j].core in
                                                                         _plan_cores())]
        if parts:  # "có 41 đảng viên hoàn thành xuất sắc …, 250 hoàn thành tốt …": the noun said once
            parts = sorted({*parts, *(j for j in later if mentions[j].elided and j > parts[0])})
        elif m.ratio_of is not None:  # "12/68 … xuất sắc, 50/68 hoàn thành tốt …, 6/68 …": the same, as ratios
            parts = [j for j in later if mentions[j].elided and mentions[j].ratio_of == m.ratio_of]
        if m.ratio_of is None:
            parts = [j for j in parts if mentions[j].ratio_of in (None, m.value)]
        if len(parts) < 2 and not in_which and m.ratio_of is None and si + 1 < len(sents) and \
                (m.core in _plan_cores() or partner is not None):
            nxt = [j for j in range(i + 1, len(mentions)) if sents[si + 1][0] <= mentions[j].start
                   < sents[si + 1][1] and j != partner]
            if nxt and mentions[nxt[0]].value == m.value and _core_match(m, mentions[nxt[0]]):
                nxt = []  # "… cho 42 dự án. Trong 42 dự án, có 15 …": the next sentence breaks its total down itself
                res.consumed.append((m.start, m.end))  # and the count said twice is no indicator either
            found = [j for j in nxt if _core_match(m, mentions[j]) or
                     (partner is not None and _core_match(mentions[partner], mentions[j]))]
            # parts in the next sentence belong to this total only if they add up to it (or to its partner):
            # "kiểm tra 12 tổ chức đảng …; giám sát 15 tổ chức đảng …. Qua kiểm tra, có 10 …, 2 …" is the 12's
            whole = sum(mentions[j].value for j in found)
            if found and (whole == m.value or (partner is not None and whole == mentions[partner].value)):
                parts = found
        if not parts and m.ratio_of is None and (m.core in _plan_cores() or partner is not None):
            bare = _bare_parts(t, m.end - off, [(a - off, b - off) for a, b, _ in sents[si : si + 2]])
            if len(bare) >= 2:  # "… 40 đầu việc; đã hoàn thành 25, đang thực hiện 12, chưa thực hiện 3"
                total_m = m
                s_ = sum(v for v, _, _ in bare)
                if partner is not None and abs(s_ - mentions[partner].value) <= abs(s_ - m.value):
                    total_m = mentions[partner]
                res.tallies.append(Tally(total=total_m.value, noun=total_m.noun, span=(total_m.start, total_m.end),
                                         parts=[TallyPart(count=v, status=st, span=(off + a, off + b))
                                                for v, st, (a, b) in bare]))
                res.consumed.extend([(m.start, m.end)] + [(off + a, off + b) for _, _, (a, b) in bare])
                used.add(i)
                if partner is not None:
                    used.add(partner)
                    res.consumed.append((mentions[partner].start, mentions[partner].end))
                continue
        ratio_total = m.ratio_of is not None
        plain = [j for j in parts if mentions[j].ratio_of is None]
        if ratio_total and in_which and plain:
            # "1.250/1.268 hồ sơ, trong đó 1.200 … đúng hạn, 50 … quá hạn": a breakdown of the 1.250
            ratio_total = False
            total_value = m.value
            part_list = plain
        elif ratio_total:
            if not _RATIO_TALLY.match(m.noun):
                # "18/21 xã đạt chuẩn, 3 xã chưa đạt" is a breakdown; "…, 5 xã đạt chuẩn nâng cao" is a subset
                plain = [j for j in parts if mentions[j].ratio_of is None]
                whole = m.value + sum(mentions[j].value for j in plain) == m.ratio_of
                if not whole and not any(_COMPLEMENT.match(t, mentions[j].end - off) for j in plain):
                    parts = [j for j in parts if mentions[j].ratio_of is not None]
            if not (_RATIO_TALLY.match(m.noun) or len(parts) >= 1):
                continue
            # a later "Y/T" with another denominator still counts the same items: keep it, so that
            # a wrong denominator shows up as a sum that does not match
            total_value = m.ratio_of if m.ratio_of is not None else m.value  # (it is not None here)
            part_list = [i, *parts]
        else:
            by_clause = False
            if in_which:  # "…, trong đó a …, b …; c …": the breakdown ends at the ";"
                semi = t.find(";", m.end - off, scope_end - off)
                if semi >= 0:
                    leads = _clause_leads(t, off, mentions, m, later, semi, scope_end)
                    parts = [j for j in parts if mentions[j].start - off < semi]
                    if sum(mentions[j].value for j in parts) != m.value and len(leads) >= 2 and \
                            sum(mentions[j].value for j in leads) == m.value:
                        # "tiếp nhận 12.450 hồ sơ, trong đó trực tuyến 10.820 …; đã giải quyết 12.300 hồ sơ, trong
                        # đó …; đang giải quyết 150 hồ sơ": the clauses after the ";" break the total down
                        parts, by_clause = leads, True
            if not by_clause:
                parts = _whole_before_semicolon(t, off, m.value, [mentions[j] for j in parts], parts)
                parts = _before_own_breakdown(t, off, mentions, parts)
            if len(parts) < 2 and not (parts and in_which):
                continue
            if m.core not in _plan_cores() and partner is None and not in_which and \
                    not t.startswith(":", m.end - off) and not all(_has_status(t, off, mentions[j]) for j in parts):
                continue  # "chết 18 người, bị thương 12 người": counts side by side, not a breakdown
            total_value = m.value
            part_list = parts
            if partner is not None:
                s = sum(mentions[j].value for j in parts)
                if s == mentions[partner].value and s != m.value:
                    total_value = mentions[partner].value
        # nested breakdown in parentheses: "271 hồ sơ (trong đó đúng hạn 268 hồ sơ, quá hạn 3 hồ sơ)"
        nested = _nested(t, off, mentions, part_list)
        nested_kids = {k for kids in nested.values() for k in kids}
        top = [j for j in part_list if j not in nested_kids]
        tally_parts = []
        for k, j in enumerate(top):
            pm = _as_noun_of(mentions[j], m.noun)
            prev_end = mentions[top[k - 1]].end if k else m.end
            nxt_start = mentions[top[k + 1]].start if k + 1 < len(top) else scope_end
            if k + 1 == len(top):
                nxt_start = max(nxt_start, sents[sent_of(pm.start)][1])
            status = _status(t, off, pm, prev_end, nxt_start)
            res.consumed.append((pm.start, pm.end + len(status) + 2))  # the part and the status after it
            if j == i and not _STATUS_WORD.search(status):
                # "huyện đạt và vượt 16/18 chỉ tiêu (Nghị quyết đề ra)": the ratio's own status stands before it
                status = _status_before(t[sents[si][0] - off : pm.start - off]) or status
            tally_parts.append(TallyPart(count=pm.value, status=status, span=(pm.start, pm.num_end)))
        narrower = _narrower_parts(tally_parts)
        if narrower:
            # "5/6 xã đạt chuẩn nông thôn mới, 1/6 xã đạt chuẩn nông thôn mới nâng cao": the second counts
            # some of the first again, it is no part of the breakdown
            tally_parts = [tp for k, tp in enumerate(tally_parts) if k not in narrower]
            if len(tally_parts) < 2 and not in_which and not _RATIO_TALLY.match(m.noun):
                continue
        noun = m.noun if partner is None or total_value == m.value else mentions[partner].noun
        tally = Tally(total=total_value, noun=noun, parts=tally_parts, span=(m.start, m.end))
        res.tallies.append(tally)
        res.consumed.append((m.start, m.end))
        # a part with a breakdown of its own ("đã giải quyết 12.300 hồ sơ, trong đó đúng hạn …") is a total too
        used.update([i, *(j for j in part_list if not _IN_WHICH.match(t, mentions[j].end - off))])
        if partner is not None and total_value == mentions[partner].value:
            # "22 nhiệm vụ với 51 danh mục … 4, 12, 35": the partner is the total; "16 chi bộ với 412 đảng viên"
            # broken down by chi bộ leaves the 412 a figure of its own
            used.add(partner)
            res.consumed.append((mentions[partner].start, mentions[partner].end))
        for parent, kids in nested.items():
            pm = mentions[parent]
            res.tallies.append(Tally(total=pm.value, noun=pm.noun, span=(pm.start, pm.end), parts=[
                TallyPart(count=mentions[j].value, status=_status(t, off, mentions[j], pm.end, mentions[j].end),
                          span=(mentions[j].start, mentions[j].num_end)) for j in kids]))
            for j in kids:
                res.consumed.append((mentions[j].start, mentions[j].end))
    # Counts of plan items with no breakdown: "3 lĩnh vực đột phá, 4 nhiệm vụ trọng tâm".
    for i, m in enumerate(mentions):
        if i in used or m.ratio_of is not None or not (_STANDALONE_PLAN.match(m.noun) or
                                                       _LIST_FOLLOWS.match(t, m.end - off)):
            continue
        if any(a <= m.start < b for a, b in res.consumed):
            continue
        noun = _full_noun(t, m.num_end - off)
        tally = Tally(total=m.value, noun=noun, parts=[], span=(m.start, m.end), complete=False)
        tally.enumerated = _enumerated_after(layout, para, m.end - off)
        res.tallies.append(tally)
        res.consumed.append((m.start, m.end))
    # An inline enumeration with no stated count: "Nhiệm vụ cụ thể: (1) … (15) …".
    head = _ENUMERATED_HEAD.match(t) if "(1)" in t else None
    if head:
        n = _inline_enumeration_count(t)
        res.tallies.append(Tally(total=n, noun=head.group(1).strip().lower(), parts=[],
                                 span=(off, off + head.end(1)), enumerated=n, complete=False))


# What narrows a status down to some of the same items ("đạt chuẩn nông thôn mới nâng cao"); anything else
# after a shorter status is a grade beside it ("hoàn thành tốt", "đạt trên 80%" beside "đạt").
_NARROWING = ("nâng cao", "kiểu mẫu", "mức độ")


def _narrower_parts(parts: list[TallyPart]) -> set[int]:
    """Parts whose status is another part's status narrowed down ("đạt chuẩn nông thôn mới nâng cao")."""
    return {k for k, tp in enumerate(parts) for other in parts
            if other is not tp and other.status and tp.status.startswith(other.status + " ")
            and tp.status[len(other.status) + 1 :].startswith(_NARROWING)}


_SANCTIONS = ("khiển trách", "cảnh cáo", "cách chức", "khai trừ", "xóa tên", "kỷ luật")
_SANCTION_LEAD = re.compile(r"\s*,?\s*(?:(?:bao )?gồm|trong đó)?\s*:?\s*")
_SANCTION_PART = re.compile(rf"({alternation(_SANCTIONS)})\s+(\d{{1,4}})(?:\s+(?:đồng chí|đảng viên|trường hợp))?"
                            r"(?![\w])")
_SANCTION_GAP = re.compile(r"\s*(?:[,;]|và)\s*(?:và\s+)?")


def _sanction_parts(text: str, pos: int) -> list[tuple[float, str, tuple[int, int]]]:
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


def _bracket_parts(text: str, pos: int) -> list[tuple[float, str, tuple[int, int]]]:
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


def _before_own_breakdown(text: str, off: int, mentions: list[_Mention], parts: list[int]) -> list[int]:
    """"… 5 đảng viên có vi phạm, trong đó 4 đảng viên …": the 4 are some of the 5, not a part beside them.
    ("271 hồ sơ (trong đó đúng hạn 268 …), đang giải quyết 52 …": a breakdown in brackets is read apart.)"""
    for k in range(len(parts) - 1):
        between = text[mentions[parts[k]].end - off : mentions[parts[k + 1]].start - off]
        if "(" in between:
            between = _BRACKETED.sub("", between)
        if "trong đó" in between or "Trong đó" in between:
            return parts[: k + 1]
    return parts


def _as_noun_of(part: _Mention, noun: str) -> _Mention:
    """A part whose noun runs on past the total's ("15 dự án chuyển tiếp" under "42 dự án") ends at the
    total's noun; the words after it are the part's status."""
    if not noun or len(part.noun) <= len(noun) or not part.noun.startswith(noun + " "):
        return part
    return replace(part, noun=noun, end=part.end - (len(part.noun) - len(noun)))


def _clause_leads(text: str, off: int, mentions: list[_Mention], total: _Mention, later: list[int], semi: int,
                  scope_end: int) -> list[int]:
    """The first count of the total's noun in each ";"-clause after ``semi``, up to the end of the sentence."""
    leads: list[int] = []
    bounds = [semi] + [k for k in range(semi + 1, scope_end - off) if text[k] == ";"] + [scope_end - off]
    for a, b in pairwise(bounds):
        first = next((j for j in later if a < mentions[j].start - off < b), None)
        if first is not None and mentions[first].ratio_of is None and _core_match(total, mentions[first]):
            leads.append(first)
    return leads


def _whole_before_semicolon(text: str, off: int, total: float, found: list[_Mention], parts: list[int]) -> list[int]:
    """The parts up to a ";" when they already add up to the total: what follows breaks the same items
    down another way ("15 dự án chuyển tiếp, 27 dự án khởi công mới; đã hoàn thành … 9 dự án")."""
    running = 0.0
    for k, pm in enumerate(found[:-1]):
        running += pm.value
        if running == total and k >= 1 and ";" in text[pm.end - off : found[k + 1].start - off]:
            return parts[: k + 1]
    return parts


_BARE_PART = re.compile(
    r"(?<![\w])(hoàn thành|đang thực hiện|đang triển khai|chưa thực hiện|chưa triển khai|chưa hoàn thành|"
    r"không hoàn thành|thực hiện thường xuyên|thường xuyên|chưa đạt|không đạt|đạt và vượt)\s+(\d{1,4})"
    r"(?=\s*(?:[,;.)]|và\b|$))"
)


def _bare_parts(text: str, pos: int, sents: list[tuple[int, int]]) -> list[tuple[float, str, tuple[int, int]]]:
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


def _full_noun(text: str, pos: int) -> str:
    rest = text[pos:].lstrip()
    m = re.match(r"[^,;:.()]+", rest)
    phrase = m.group().strip() if m else ""
    phrase = re.split(r"\s(?:được|đã|theo|của|trong|tại|do|như|sau|đó|nghị quyết|với|và|là)\b", phrase)[0]
    words = phrase.split()
    return " ".join(words[:8])




def _has_status(text: str, off: int, m: _Mention) -> bool:
    """A part names a status: after it ("12 hồ sơ quá hạn") or right before it ("đã hoàn thành 4 nhiệm vụ")."""
    after = re.split(r"[,;.()]", text[m.end - off : m.end - off + 60])[0]
    before = re.split(r"[,;.()]", text[max(0, m.start - off - 30) : m.start - off])[-1]
    return bool(_STATUS_WORD.search(after) or _STATUS_WORD.search(before))


@cache
def _plan_cores() -> frozenset[str]:
    return frozenset(n.replace("nhóm ", "") for n in PLAN_NOUNS)


def _nested(text: str, off: int, mentions: list[_Mention], part_list: list[int]) -> dict[int, list[int]]:
    nested: dict[int, list[int]] = {}
    for j in part_list:
        m = mentions[j]
        rest = text[m.end - off :]
        pm = re.match(r"\s*\((?:trong đó\s*)?([^()]*)\)", rest)
        if not pm:
            continue
        a, b = m.end + pm.start(1), m.end + pm.end(1)
        kids = [k for k in part_list if a <= mentions[k].start < b]
        if len(kids) >= 2:
            nested[j] = kids
    return nested


_ENUM_LINE = re.compile(r"^\s*(?:\((\d{1,2})\)|(\d{1,2})\s*[-.)]|([a-zđ])\))\s+")


_ENUMERATED_HEAD = re.compile(r"((?:Nhiệm vụ|Chỉ tiêu|Mục tiêu|Giải pháp|Nhóm nhiệm vụ)[^:(]{0,40}):\s*\(1\)")


def _inline_enumeration_count(text: str) -> int:
    nums = [int(x) for x in re.findall(r"(?:^|[\s;:.])\((\d{1,2})\)\s", text)]
    n = 0
    for x in nums:
        if x == n + 1:
            n = x
    return n


def _enumerated_after(layout: Layout, para: Para, pos: int) -> int | None:
    """How many items are listed after a stated count that ends in ``:``."""
    rest = para.text[pos:]
    colon = re.match(r"[^.;]{0,80}?(?:sau|như sau|là|gồm|đó là)?\s*:", rest)
    if not colon:
        return None
    inline = _inline_enumeration_count(rest[colon.end() :])
    if inline:
        return inline
    paras = layout.paras
    idx = next((k for k, p in enumerate(paras) if p is para), None)
    if idx is None:
        return None
    n = 0
    following = paras[idx + 1 :]
    if following and DASH_ITEM.match(following[0].text):  # "- …" items, as many as there are dashes
        for p in following:
            if not DASH_ITEM.match(p.text):
                break
            n += 1
        return n
    for p in following:
        m = _ENUM_LINE.match(p.text)
        if not m and DASH_ITEM.match(p.text):
            continue  # a dash sub-item under a numbered one
        if not m:
            break
        val = m.group(1) or m.group(2)
        if val is None:
            n += 1
            continue
        if int(val) != n + 1:
            break
        n = int(val)
    return n or None


def _complete(t: Tally) -> bool:
    return len(t.parts) >= 2 and sum(p.count for p in t.parts) == t.total


def _merge_tallies(res: CountsResult) -> None:
    """A standalone total and a ratio X/total about the same thing are one tally; two breakdowns that each
    add up to the total ("68 tổ chức cơ sở đảng (45 đảng bộ, 23 chi bộ)" and "12/68 …, 50/68 …, 6/68 …") are two
    views of it, and stay two."""
    merged: list[Tally] = []
    for t in res.tallies:
        target = next((m for m in merged if m.total == t.total and (
            (plan_core(m.noun) or m.noun) == (plan_core(t.noun) or t.noun)
            or m.noun.split()[:1] == t.noun.split()[:1]) and not (_complete(m) and _complete(t))), None)
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
