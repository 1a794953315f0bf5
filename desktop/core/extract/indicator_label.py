"""What a value measures: the noun phrase before it (read backwards through its clause), or after it (``đạt
100% hồ sơ …``), what is counted and by whom, or the previous value's label measured against something
(``…, bằng 112,3% dự toán``)."""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.core.extract.label_clean import LOWER_PHRASE, after_noun, clean_label, is_strong, strip_numbers
from desktop.core.lexicon import ADMIN_UNIT_NOUNS, LOWER_LETTERS, MONEY_UNITS, ORG_HEAD_RE, search_task_verb
from desktop.core.vnnum import has_digit

# what a % is of, after it; not a baseline ("kế hoạch", a bare "chỉ tiêu") or a comparison
# a quota named after "chỉ tiêu": "chỉ tiêu năm", "chỉ tiêu được giao", "chỉ tiêu nghị quyết"
_QUOTA_OF = r"(?:\s+(?:năm|nghị quyết|đại hội|nhiệm kỳ|đề ra|(?:được\s+|tỉnh\s+|huyện\s+)?giao))?"
_NOUN_AFTER_PCT = re.compile(rf"^\s+((?!kế hoạch|dự toán|so |trở lên|mục tiêu|(?:vào|trong|tại|từ|đến|sau|trước)\s|"
                             rf"chỉ tiêu{_QUOTA_OF}(?=\s*(?:[,;.()]|$))|cùng kỳ|"
                             rf"năm\b|tổng)[{LOWER_LETTERS}][^,;.()]*(?:,\s*[{LOWER_LETTERS}][^,;.()]*)?)")


_BASELINE = re.compile(r"^(?:kế hoạch|dự toán|mục tiêu|chỉ tiêu|cùng kỳ|so với)", re.IGNORECASE)
_RELATION_WORDS = ("bằng", "so với", "vượt", "tương đương", "tăng", "giảm", "tăng thêm", "giảm thêm", "tăng bình quân",
                   "giảm bình quân")
# "…, tăng 12,5%"; "…, bình quân mỗi năm giảm 3,1%"
_EACH_YEAR = r"(?:(?:bình quân\s+)?(?:mỗi|hằng|hàng)\s+năm\s+)?"
_RELATION = re.compile(rf"(?:^|[,(]\s*)({_EACH_YEAR}(?:{'|'.join(_RELATION_WORDS)}))\s*$", re.IGNORECASE)
_RELATION_LAST = frozenset(w[-2:] for w in _RELATION_WORDS)  # how a relation word ends (a quick test)


# a comma, or an opening parenthesis left open before the value; a closed "(GRDP)" belongs to the label
# (each alternative starts with its mark, so that re jumps to "," and "(")
_SEGMENT_SPLIT = re.compile(r",(?<!\d,)|,(?!\d)|\((?![^()]*\))")  # not the decimal comma of "85,2"


# units of measure, not things counted: "trồng mới 1.200 ha rừng" is about rừng, not about ha
_MEASURES = {"km", "km²", "m²", "m2", "m", "ha", "tấn", "tạ", "kg", "lít", "m3", "m³", "MW", "kWh", "lượt",
             "triệu lượt", "nghìn lượt", "điểm", "con", "nghìn tấn", "triệu tấn", "nghìn ha", "nghìn con",
             "điểm phần trăm", "điểm %"}


_COUNT_FIRST = re.compile(r"\s*(?:gồm\s+)?\d")
_LIST_OPENED = re.compile(r"(?:trong đó|gồm|:)\s*$")
_RELATION_SUFFIX = re.compile(r"(?: \((?:bằng|so với|vượt|tương đương|tăng|giảm)\b[^()]*\))+$")


# Word pairs written with a comma inside one noun: "nông, lâm nghiệp", "phòng, chống thiên tai".
_COMMA_PAIRS = {("nông", "lâm"), ("lâm", "ngư"), ("lâm", "thủy"), ("lâm", "thuỷ"), ("phòng", "chống"),
                ("phòng", "chữa"), ("xã", "thị"), ("xã", "phường"), ("phường", "thị"), ("huyện", "thị"),
                ("huyện", "thành"), ("chi", "đảng")}  # "xã, thị trấn", "huyện, thành phố", "chi, đảng bộ"


# kinds of administrative unit listed with commas name one set ("các huyện, thị xã, thành phố"): first syllables
_ADMIN_FIRST = frozenset(n.split()[0] for n in ADMIN_UNIT_NOUNS if n != "đơn vị")


# the words a joined pair or list can start with: after any other word no segment is joined (a quick test)
_JOIN_AFTER = frozenset(a for a, _ in _COMMA_PAIRS) | _ADMIN_FIRST


def _joined_pairs(segments: list[str]) -> list[str]:
    """Comma-split segments, with the pairs above and lists of kinds of administrative unit put back together."""
    out: list[str] = []
    before = ""  # the last word of the segment before, in lower case: the last word of ``out[-1]`` (a blank
    for seg in segments:  # segment is never joined, so ``out[-1]`` ends with the segment before whenever it has a word)
        # (only the first and last words are read: no split of the whole segment)
        first = seg.split(None, 1)[:1] if before in _JOIN_AFTER else []
        if before and first and ((before, first[0].lower()) in _COMMA_PAIRS or (
                before in _ADMIN_FIRST and first[0].lower() in _ADMIN_FIRST)):
            out[-1] += "," + seg
        else:
            out.append(seg)
        last = seg.rsplit(None, 1)[-1:]
        before = last[0].lower() if last else ""
    return out


def label_of_value(clause: str, after: str, unit_raw: str, prev_label: str) -> str:
    """The noun phrase naming what a value measures; "(đạt chỉ tiêu)" after it when the value is the share
    of a quota met ("28/28 thanh niên nhập ngũ, đạt 100% chỉ tiêu")."""
    label = _label_of(clause, after, unit_raw, prev_label)
    if label and unit_raw.startswith("%") and _QUOTA_AFTER.match(after) and not label.endswith(")"):
        return f"{label} (đạt chỉ tiêu)"
    return label


def _label_of(clause: str, after: str, unit_raw: str, prev_label: str) -> str:
    """The noun phrase naming what a value measures, read backwards from the value."""
    if unit_raw.startswith("%"):
        named_after = _pct_label(clause, after)
        if named_after is not None:
            return named_after
    tail = clause.rstrip()  # (its last two letters first: most clauses end with no relation word)
    relation = _RELATION.search(clause) if tail[-2:].lower()[-2:] in _RELATION_LAST \
        and tail[-16:].lower().endswith(_RELATION_WORDS) else None
    if relation and prev_label:
        return _relation_label(relation.group(1), after, prev_label)
    unit = " ".join(unit_raw.split())
    counted = "" if unit.startswith("%") or unit in MONEY_UNITS or "/" in unit or unit in _MEASURES else unit
    segments = _segments(_after_colon(clause), counted)
    end = segments[-1].rstrip() if segments else ""  # (how the segment ends: a quick test before the searches)
    partner = _PARTNER_TAIL.search(segments[-1]) if counted and end.endswith(("với", "và")) else None
    if partner:  # "16 chi bộ với 412 đảng viên", "kiểm tra 12 tổ chức đảng và 18 đảng viên": what is counted
        head = strip_numbers(segments[-1][: partner.start()]).split()
        verb = head[-2:] if head and head[-1].lower() not in ("có", "gồm", "với", "và") else []
        return clean_label(" ".join([*verb, counted]))
    last = clean_label(strip_numbers(segments[-1])) if segments else ""
    follow = after_noun(after)
    if follow and unit in _MEASURES and segments and not last and (
            _COUNT_FIRST.match(segments[-2] if len(segments) > 1 and not segments[-1].strip() else segments[-1])
            or _LIST_OPENED.search(clause)):
        # "…, trong đó: 1.320 con trâu, 2.930 con bò": items written count first, each noun after its own count
        # (the words before a count are the noun of the one before it, or the list's lead-in)
        return clean_label(follow)
    has = _HAS.search(segments[-1]) if end.endswith("có") else None  # "… có 145 tỷ đồng", "… có 52 tổ chức cơ sở đảng"
    if unit in MONEY_UNITS and is_strong(follow) and (follow.startswith(_FUND_NOUNS) or has):
        # "huyện được giao 98,6 tỷ đồng vốn thực hiện chương trình", "… có 145 tỷ đồng đầu tư cho giáo dục": an
        # amount of money is followed by the noun of the fund or by what it is for; that names it, not the verb
        return clean_label(follow)
    counted_label = clean_label(f"{counted} {follow}") if has and counted else ""
    if counted_label and is_strong(counted_label):
        # "toàn Đảng bộ có 52 tổ chức cơ sở đảng": after "có" (to have) stands what is counted; the one who has
        # it is the subject, not the measure
        return counted_label
    if is_strong(last):
        return _named_label(last, counted, follow, unit)
    return _unnamed_label(segments, last, counted, follow, unit, after, prev_label)


def _pct_label(clause: str, after: str) -> str | None:
    """What a percentage is of when its noun follows it ("đạt 100% hồ sơ …"); None to read the clause before."""
    m = _NOUN_AFTER_PCT.match(after)
    tail = clause.rsplit(None, 1)[-1:]  # its last word, if any (the clause is not split whole)
    if m and (not tail or tail[0].lower() in ("đến", "cho", "có", "với", "hoàn", "thành", "trên", "dưới")
              or tail[0].endswith(":")  # "… có chuyển biến: 100% hồ sơ …": the colon leads in
              or not is_strong(clean_label(clause[max(clause.rfind(","), clause.rfind("(")) + 1 :]))):
        noun, _, more = m.group(1).partition(",")  # "chi bộ, đảng bộ trực thuộc" is one noun, but not
        return clean_label(noun if has_digit(more) else m.group(1))  # "hộ nghèo, hoàn thành 15/19 …"
    return None


# (patterns compiled once: re.sub with a pattern's text looks it up in re's cache at every call, and other readers'
# patterns of the same text may have pushed it out)
_BRACKETED_FIGURE = re.compile(r"\s*\([^()]*\d[^()]*\)")


def _relation_label(verb: str, after: str, prev_label: str) -> str:
    """"…đạt 186,4 tỷ đồng, bằng 112,3% dự toán": the same quantity measured against something."""
    against = after_noun(after)
    if not against and "so với" in after[:12]:
        against = _BRACKETED_FIGURE.sub("", after.split(",")[0].split(";")[0]).strip(" .")
        if against.count(")") > against.count("("):
            against = against.rstrip(") ")  # "(giảm 1,8% so với năm 2024)": the value was in brackets
    verb = verb.lower()
    base = _RELATION_SUFFIX.sub("", prev_label)  # "…, tăng 12,5% …, bằng 105% KH": both about the base
    return f"{base} ({verb} {against})" if against else f"{base} ({verb})"


def _after_colon(clause: str) -> str:
    """The part of the clause after its last colon, unless nothing follows the colon."""
    if ":" not in clause:
        return clause
    head, rest = clause.rsplit(":", 1)
    return rest if rest.strip() else head


def _segments(clause: str, counted: str) -> list[str]:
    """The clause cut at its commas and open brackets, the last segment without an earlier figure of the
    noun counted ("tăng từ 37 xã lên 39 xã": the earlier figure, whole)."""
    segments = _joined_pairs(_SEGMENT_SPLIT.split(clause)) if "," in clause or "(" in clause else [clause]
    if counted and segments and counted in segments[-1]:
        segments[-1] = _figure_of(counted).sub(" ", segments[-1])
    return segments


@lru_cache(maxsize=256)
def _figure_of(counted: str) -> re.Pattern[str]:
    """An earlier figure of the noun counted ("37 xã" in "tăng từ 37 xã lên"), compiled once per noun."""
    return re.compile(rf"\d[\d.,]*\s+{re.escape(counted)}(?![\w])")


def _named_label(last: str, counted: str, follow: str, unit: str) -> str:
    """The label when the segment before the value names something: with what is counted, minus who did it."""
    if unit in _MEASURES and follow:
        subject = _UNIT_SUBJECT.match(last)  # "huyện trồng mới 3.500 ha rừng": who acted is no part of the label
        done = last[subject.end() :].strip() if subject and subject.end() < len(last) else last
        if len(done.split()) <= 2:
            return clean_label(f"{done} {follow}")  # "cứng hóa 45,5 km đường giao thông nông thôn"
    if counted and len(last.split()) <= 4 and not _has_word(last, counted):
        return clean_label(f"{last} {counted} {follow}")  # "kết nạp 18 đảng viên mới": what was done to what
    body = (ORG_HEAD_RE.match(last) or _UNIT_SUBJECT.match(last)) if counted and not _has_word(last, counted) else None
    verb = search_task_verb(last, body.end()) if body else None
    if verb and is_strong(last[verb.start() :]):
        # "Trạm Y tế xã tổ chức tiêm chủng cho 146 trẻ em", "Đảng bộ Công an tỉnh kết nạp 14 đảng viên mới": a body
        # or unit named at the clause's start is its subject, and the action begins at its first verb (not at a
        # lower-case word: only a name's first syllable is a capital, "Công an", "Quân sự"); who acted is no label
        return clean_label(f"{last[verb.start() :]} {counted} {follow}")
    done = _DONE.split(last)[-1] if counted and not _has_word(last, counted) else last
    if done != last and len(done.split()) <= 4 and is_strong(done):
        # "Ủy ban Kiểm tra Tỉnh ủy trong năm đã kiểm tra 15 tổ chức đảng": the tense word "đã" stands between a
        # subject and its verb, so what follows it is what was done; who did it is not what is counted
        return clean_label(f"{done} {counted} {follow}")
    if " với " in last:  # "chi trả trợ cấp … với tổng số tiền 892,6 triệu đồng": the measure, then of what
        front, measure = last.rsplit(" với ", 1)
        if is_strong(measure) and not front.endswith((" đối", " so")):  # "đối với", "so với": no measure
            return clean_label(f"{measure} {front[:1].lower()}{front[1:]}")
    return last


def _unnamed_label(segments: list[str], last: str, counted: str, follow: str, unit: str, after: str,
                   prev_label: str) -> str:
    """The label when the segment before the value names nothing by itself: with what follows the value,
    an earlier segment, the whole clause, or the previous value's label."""
    if unit.startswith("%") and _BASELINE.match(follow):
        follow = ""  # "đạt 94,4% kế hoạch": the plan is what it is measured against, not what it measures
    joined = clean_label(" ".join(x for x in (last, counted, follow) if x))  # "đón trên 185.000 lượt khách": no "trên"
    if is_strong(joined) and (counted or follow):
        return joined
    if prev_label and unit.startswith("%") and _BASELINE.match(after_noun(after) or after.strip()):
        return prev_label  # "trồng mới 850 ha rừng, đạt 106% kế hoạch": the same quantity against its plan
    if counted and not last:  # "…; 6 xã đạt chuẩn kiểu mẫu": the counted noun and what it achieved
        described = _described(counted, after)
        if is_strong(described):
            return described
    earlier = _earlier_segment_label(segments)
    if earlier:
        return earlier
    whole = clean_label(strip_numbers(" ".join(segments)))
    words = whole.split()
    whole = " ".join(words[-14:])
    if is_strong(whole):
        return clean_label(whole)
    if counted:  # "có 3 xã đạt chuẩn nông thôn mới nâng cao": what is counted, and what it achieved
        described = _described(counted, after)
        if is_strong(described):
            return described
    return prev_label or whole or last


_BY_OR_AT = re.compile(r"\s(?:được|tại|theo)\s")
_FIGURE_AND_BLANKS = re.compile(r"\d[\d.,]*\s*")


def _earlier_segment_label(segments: list[str]) -> str:
    """Walking back through the earlier segments: the nearest that names something (before any value in it)."""
    for k in range(len(segments) - 2, -1, -1):
        seg = segments[k]
        if k == 0:
            seg = _BY_OR_AT.split(seg)[0]
        lead, *rest = _FIGURE_AND_BLANKS.split(seg, maxsplit=1)
        if rest and len(lead.split()) <= 2:  # "tinh giản 38 biên chế, đạt 105,6%": the verb and what it counts
            lead = f"{lead} {after_noun(' ' + rest[0])}"
        named = clean_label(lead)
        cand = named if is_strong(named) else clean_label(strip_numbers(seg))
        if is_strong(cand):
            return cand
    return ""


# Nouns that name a sum of money as a fund (they follow the amount: "98,6 tỷ đồng vốn …").
_FUND_NOUNS = ("vốn", "kinh phí", "nguồn vốn", "ngân sách")
_HAS = re.compile(r"(?:^|\s)(?:hiện |nay |đã |vẫn )?có\s*$")
_UNIT_SUBJECT = re.compile(r"(?:(?:Toàn|Cả|toàn|cả)\s+)?(?:Đảng bộ|đảng bộ|Huyện|huyện|Tỉnh|tỉnh|Thị xã|thị xã|"
                           r"Thành phố|thành phố|Xã|xã|Phường|phường)(?![\w])")
_DONE = re.compile(r"\s(?:đã|đã tiến hành|đã tổ chức)\s")
_QUOTA_AFTER = re.compile(rf"\s*chỉ tiêu{_QUOTA_OF}\s*(?:[,;.()]|$)")
_PARTNER_TAIL = re.compile(r"[0-9][\d.,]*\s+[^\W\d_][^\d,;()]{0,40}?\)?\s+(?:với|và)\s*$")  # (after a bracket too)


def _has_word(text: str, phrase: str) -> bool:
    """``phrase`` stands in ``text`` as whole words ("Số xã đạt chuẩn" names the "xã" it counts)."""
    return _word_re(phrase).search(text) is not None


@lru_cache(maxsize=256)
def _word_re(phrase: str) -> re.Pattern[str]:
    """The pattern of ``phrase`` as whole words, built once per phrase (the nouns counted are few)."""
    # (the left edge checked after the phrase, by a look-behind as long as it: re then jumps to the phrase's first
    # letter instead of trying every position; see rx.words)
    return re.compile(rf"{re.escape(phrase)}(?<!\w.{{{len(phrase)}}})(?![\w])", re.IGNORECASE)


def _described(counted: str, after: str) -> str:
    phrase = LOWER_PHRASE.match(after)
    return clean_label(" ".join([counted] + (phrase.group(1).split()[:8] if phrase else [])))
