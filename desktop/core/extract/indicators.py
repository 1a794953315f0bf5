"""Indicators: a value with a unit that measures a result or a target of the reported unit.

``(1) Tốc độ tăng trưởng kinh tế (GRDP) đạt trên 14,5%`` → label, 14.5, ``%``, ``trên``,
year, group ``1``. Dates, codes, ordinals, tally counts, ratio parts and the numbers inside
proposals are not indicators. Target tables in .docx give one indicator per numeric cell.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from desktop.core.extract.common import header_row, sentences
from desktop.core.extract.enumeration import DASH_ITEM, group_at, inline_markers, is_heading, line_enumerator
from desktop.core.layout import Layout, Para
from desktop.core.lexicon import COUNT_NOUNS, MONEY_UNITS, ORG_HEAD_RE, UPPER_LETTERS
from desktop.core.model import Indicator
from desktop.core.rx import alternation, choice, words
from desktop.core.vnnum import (
    CODE_RE,
    NUMBER,
    YEAR_RE,
    DateParts,
    find_dates,
    has_digit,
    may_have_code,
    number,
    parse_number,
)

_GLUED = r"\w.,/-"
_MONEY = alternation(MONEY_UNITS)
_COUNT = alternation(COUNT_NOUNS)
_PER = r"(?:/(?:năm|ha|người|tháng|xã|hộ|lao động)){0,2}"  # "triệu đồng/ha/năm", "tấn/năm"
# A value not glued to a word or another number on the left ("H2", "Covid-19", "1/10"): the guard after the
# first digit also keeps re from retrying every digit inside a year or a code.
_VALUE = re.compile(
    rf"({number(_GLUED)})\s*(%(?:/năm)?|(?:{_MONEY}){_PER}(?!\s+chí)|(?:{_COUNT}){_PER})(?![\w/])"
)


_DASH_NUMBER = re.compile(r"\s*-\s*\d")  # "1 - 2 biên chế": a range, no value of its own
_RANGE_LOW = re.compile(r"(?<![\w.,/])(\d[\d.,]*)\s*[-–]\s*$")  # "7 - " before "8%"
_RANGE_FROM_TO = re.compile(r"\btừ\s+[\d.,]+\s*%?[^;]{0,30}?\b(?:lên|xuống(?:\s+còn)?|đến|tới)\s+$")
_PER_PHRASE = re.compile(r"(?:trên|/|mỗi)\s+$")
_BAD_BEFORE = (
    "lần thứ", "thứ", "khóa", "khoá", "quốc lộ", "tỉnh lộ", "đường tỉnh", "nhánh", "tuyến", "điều", "khoản",
    "giai đoạn", "nhiệm kỳ", "covid", "mã số", "số hiệu", "phòng", "tầng", "km số", "lô",
)
_BAD_TAIL = max(map(len, _BAD_BEFORE)) + 1  # enough of the text before a value to test _BAD_BEFORE on
_LEAD_STRIP = re.compile("^(?:" + choice([  # connectives before a label, in any case
    "và", "trong đó", "cụ thể", "đồng thời", "riêng", "hiện", "hiện nay", "đến nay", r"năm \d{4}",
    "toàn (?:huyện|tỉnh|xã)", "kết quả", "đã", "có", "với", "qua đó", "nhất là", "phấn đấu(?: đến)?", "theo báo cáo",
    "ít nhất", "tối thiểu", "không dưới", "(?:tính )?đến(?: nay)?", "(?:cuối|đầu|giữa) năm", "gần", "hơn",
    "(?:bao )?gồm", "từ đầu (?:nhiệm kỳ|năm)", "(?:đến )?hết", "mới(?: chỉ)?(?= \\w+ \\w)",
    r"trong (?:\d+ )?(?:năm|tháng)(?: qua)?(?! học)",
]) + r"(?:[\s,:]+|$))+")
_YEAR_AFTER = re.compile(r"\s*(?:\)\s*)?(?:năm|vào năm)\s+((?:19|20)\d{2})\b")


def _unit(raw: str) -> str:
    u = " ".join(raw.split())
    if u.startswith("%"):
        return "%"
    if u == "lượt khách":
        return "lượt"
    return u


_SPACES = re.compile(r"\s+")
_CHANGE_FROM = re.compile(r"\b(?:giảm|tăng)\s+từ$")
_AVERAGE = re.compile(r"bình quân(?! đầu người)")
_REACHED = ("ước đạt", "mới đạt", "đạt", "đạt tỷ lệ", "đạt mức", "đạt được")
_REACHED_AFTER_BLANK = tuple(" " + w for w in _REACHED)


def _qualifier(before: str, clause: str) -> str | None:
    b = before.rstrip()
    if "từ" in b[-80:] and _RANGE_FROM_TO.search(b[-80:] + " "):
        return None
    tail = " ".join(b[-40:].split()).lower()  # (no leading blank: the tests below look at its end)
    last = tail.rsplit(" ", 1)[-1]
    if last in ("trên", "dưới", "từ", "khoảng"):
        if last == "từ" and _CHANGE_FROM.search(tail) and "trở lên" not in clause:
            return None
        return last
    if ("ình quân" in before or "ÌNH QUÂN" in before) and _AVERAGE.search(before.lower()):
        return "bình quân"
    if tail in _REACHED or tail.endswith(_REACHED_AFTER_BLANK):
        return "đạt"
    return None


def _citation_dates(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in CODE_RE.finditer(text) if may_have_code(text) else ():
        spans.append((m.start(), min(len(text), m.end() + 30)))
    return spans


class _Sentence:
    """What the value loop asks of one sentence, each read once and only when asked."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._years: list[tuple[int, int, int]] | None = None
        self._dates: list[DateParts] | None = None
        self._cites: list[tuple[int, int]] | None = None

    @property
    def years(self) -> list[tuple[int, int, int]]:
        """(start, end, year) of every "năm yyyy"."""
        if self._years is None:
            self._years = [(y.start(), y.end(), int(y.group(1))) for y in YEAR_RE.finditer(self.text)]
        return self._years

    @property
    def cites(self) -> list[tuple[int, int]]:
        """Where a document code and its date are (that date is not the value's year)."""
        if self._cites is None:
            self._cites = _citation_dates(self.text)
        return self._cites

    def dates_in(self, a: int, b: int) -> list[DateParts]:
        """``find_dates(text[a:b])``, read from the dates of the whole sentence. As for a value's
        clause: ``a`` is 0 or follows a blank or ";", and ``b`` is where a value starts (not right
        after a letter, a digit or ".,/-"), so the edges look the same from the piece and the whole."""
        if self._dates is None:
            self._dates = find_dates(self.text)
        if any(d.start < a < d.end or d.start < b < d.end for d in self._dates):
            return find_dates(self.text[a:b])  # a date across the edge: read the piece alone
        return [DateParts(d.day, d.month, d.year, d.start - a, d.end - a) for d in self._dates
                if a <= d.start and d.end <= b]


def _year(sentence: _Sentence, clause_start: int, pos: int, end: int, bound_years: set[int]) -> int | None:
    m = _YEAR_AFTER.match(sentence.text, end)
    if m:
        return int(m.group(1))
    clause = sentence.text[clause_start:pos]
    years = [(a, y) for a, e, y in sentence.years if a >= clause_start and e <= pos and a not in bound_years]
    if years:
        return years[-1][1]
    dated = ("/" in clause or "ăm" in clause or "ĂM" in clause) and has_digit(clause)  # a year: d/m/yyyy, … năm yyyy
    for d in reversed(sentence.dates_in(clause_start, pos)) if dated else ():
        a = clause_start + d.start
        if d.year and not any(s <= a < e for s, e in sentence.cites):
            return d.year
    m2 = re.search(r"tháng\s+\d{1,2}/((?:19|20)\d{2})", clause) if "tháng" in clause else None
    if m2:
        return int(m2.group(1))
    earlier = [(a, y) for a, e, y in sentence.years if e <= clause_start and a not in bound_years]
    if earlier:
        return earlier[-1][1]
    return None


_ENUM_PREFIX = re.compile(r"^\s*(?:\(\d{1,2}\)|\d{1,2}\s*[-.)]|[a-zđ]\))\s*")
_TAIL_WORDS = {
    "đạt", "là", "chiếm", "bằng", "còn", "tăng", "giảm", "vượt", "lên", "xuống", "từ", "trên", "dưới", "khoảng",
    "có", "với", "cho", "được", "gần", "hơn", "tới", "đến", "ước", "mới", "năm", "(đạt", "thêm",
}
_TAIL_PAIRS = {("trở", "lên"), ("đạt", "tỷ"), ("tỷ", "lệ"), ("đạt", "mức"), ("ít", "nhất"), ("tối", "thiểu"),
               ("không", "dưới"), ("lũy", "kế"), ("luỹ", "kế"), ("đối", "với")}


def _clean_label(s: str) -> str:
    """Trim enumerators, connectives and the verb/qualifier words that stand before a value."""
    m = _ENUM_PREFIX.match(s)
    if m:
        s = s[m.end() :]
    aim = s.find(" phấn đấu ")
    if aim >= 0:
        s = s[aim + 1 :]  # "Đảng bộ xã phấn đấu tốc độ tăng trưởng …": who aims is not what is measured
    s = _LEAD_STRIP.sub("", s.strip(" ,;:-–("))
    words = s.split()
    popped = ""
    while words:
        last = words[-1].strip(",;:-–(").lower()
        if last == "mới" and popped not in ("đạt", "được", "có"):
            break  # "nông thôn mới", "trồng mới" end the phrase; "mới đạt" is a verb
        if last == "năm" and len(words) > 1 and words[-2].lower() in ("đầu", "cả", "hằng", "hàng", "mỗi"):
            break  # "lũy kế từ đầu năm", "cả năm": a period that belongs to the label
        if len(words) > 1 and (words[-2].lower(), last) in _TAIL_PAIRS:
            del words[-2:]  # before single words: "trở lên", "không dưới" go together
        elif not last or last in _TAIL_WORDS or last.isdigit():
            popped = last
            words.pop()
        else:
            break
    s = " ".join(words).strip(" ,;:-–(")
    return s[:1].upper() + s[1:] if s else s


_WEAK = {"đạt", "là", "chiếm", "có", "với", "bằng", "của", "đến", "ngày", "quả", "cụ", "thể", "năm", "trong", "đó",
         "và", "tăng", "giảm", "còn", "lên", "từ", "trên", "dưới", "mới", "ước", "tỷ", "đồng", "bổ", "sung", "thêm"}
# what a % is of, after it; not a baseline ("kế hoạch", a bare "chỉ tiêu") or a comparison
# a quota named after "chỉ tiêu": "chỉ tiêu năm", "chỉ tiêu được giao", "chỉ tiêu nghị quyết"
_QUOTA_OF = r"(?:\s+(?:năm|nghị quyết|đại hội|nhiệm kỳ|đề ra|(?:được\s+|tỉnh\s+|huyện\s+)?giao))?"
_NOUN_AFTER_PCT = re.compile(rf"^\s+((?!kế hoạch|dự toán|so |trở lên|mục tiêu|"
                             rf"chỉ tiêu{_QUOTA_OF}(?=\s*(?:[,;.()]|$))|cùng kỳ|"
                             r"năm\b|tổng)[a-zđà-ỹ][^,;.()]*(?:,\s*[a-zđà-ỹ][^,;.()]*)?)")


_KH = re.compile(r"\s*KH\b")
_LOWER_PHRASE = re.compile(r"\s*([a-zđà-ỹ][^,;.()]*)")


def _after_noun(after: str) -> str:
    if _KH.match(after):
        return "kế hoạch"
    m = _LOWER_PHRASE.match(after)
    if not m or m.group(1).startswith(("trở lên", "trở xuống")):
        return ""
    words = []
    for w in m.group(1).split():
        if w in ("có", "của", "được", "đạt", "là", "so", "bằng", "và", "với", "năm", "trong", "tại", "để", "khi",
                 "nhằm", "do", "vì", "nhưng", "thì"):
            break
        words.append(w)
    return " ".join(words[:8])


_LETTERS = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1024)
def _strong(label: str) -> bool:
    ws = [w.lower() for w in _LETTERS.findall(label)]
    return len([w for w in ws if w not in _WEAK]) >= 2


_PAREN = re.compile(r"\(([^()]*)\)")
_YEAR_ONLY = re.compile(r"(?:19|20)\d{2}")


def _keep_paren(m: re.Match[str]) -> str:
    """``(GRDP)``, ``(giá so sánh 2010)`` stay with the label; ``(đạt 12/15 trường)`` is another figure."""
    inner = m.group(1)
    return m.group(0) if not has_digit(_YEAR_ONLY.sub("", inner)) else " "


def _strip_numbers(s: str) -> str:
    if "(" not in s:
        return _strip_numbers_plain(s)
    held: list[str] = []

    def hold(m: re.Match[str]) -> str:
        kept = _keep_paren(m)
        if kept == " ":
            return " "
        held.append(kept)
        return chr(0xE000 + len(held) - 1)  # a private-use mark no number pattern touches

    s = _PAREN.sub(hold, s)
    s = _strip_numbers_plain(s)
    if not held:
        return s
    return re.sub("[\ue000-\ue0ff]", lambda m: held[ord(m.group()) - 0xE000], s)


_PERIOD_PHRASE = re.compile(r"(?<![\w])(?:(?:lũy|luỹ) kế\s+)?\d{1,2}\s+tháng(?:\s+(?:đầu|cuối)\s+năm)?(?![\w])")


_QUARTER = re.compile(r"(?<![\w])(?:trong\s+)?quý\s+[IV]{1,3}(?:/\d{4}|\s+năm\s+\d{4})?(?![\w/])", re.IGNORECASE)


def _one_space(s: str) -> str:
    """Every run of white space as one blank. Most pieces have none but single blanks; the only white space
    ``isprintable()`` lets through is the blank, so they are told apart without a scan of ``\\s``."""
    return s if "  " not in s and s.isprintable() else _SPACES.sub(" ", s)


_DATE_WORD_NUMBER = re.compile(words(["năm", "tháng", "ngày", "Năm", "Tháng", "Ngày"]) + r"\s+\d[\d/]*")
_NUMBER_AND_UNIT = re.compile(rf"\d[\d.,/]*\s*(?:%|(?:ha|km²?|m²|m2|m3|tấn|tạ|kg|lít|MW|kWh|{_MONEY})(?![\w]))?")


def _strip_numbers_plain(s: str) -> str:
    if not has_digit(s):
        return _one_space(s)
    if "tháng" in s:
        s = _PERIOD_PHRASE.sub(" ", s)  # "lũy kế 11 tháng", "6 tháng đầu năm": when, not what
    if "quý" in s:
        s = _QUARTER.sub(" ", s)  # "trong quý I/2026": when
    s = _DATE_WORD_NUMBER.sub(" ", s)
    s = _NUMBER_AND_UNIT.sub(" ", s)
    return _SPACES.sub(" ", s)


_BASELINE = re.compile(r"^(?:kế hoạch|dự toán|mục tiêu|chỉ tiêu|cùng kỳ|so với)", re.IGNORECASE)
_RELATION_WORDS = ("bằng", "so với", "vượt", "tương đương", "tăng", "giảm", "tăng thêm", "giảm thêm", "tăng bình quân",
                   "giảm bình quân")
# "…, tăng 12,5%"; "…, bình quân mỗi năm giảm 3,1%"
_EACH_YEAR = r"(?:(?:bình quân\s+)?(?:mỗi|hằng|hàng)\s+năm\s+)?"
_RELATION = re.compile(rf"(?:^|[,(]\s*)({_EACH_YEAR}(?:{'|'.join(_RELATION_WORDS)}))\s*$", re.IGNORECASE)


# a comma, or an opening parenthesis left open before the value; a closed "(GRDP)" belongs to the label
_SEGMENT_SPLIT = re.compile(r"(?<!\d),|,(?!\d)|\((?![^()]*\))")  # not the decimal comma of "85,2"


# units of measure, not things counted: "trồng mới 1.200 ha rừng" is about rừng, not about ha
_MEASURES = {"km", "km²", "m²", "m2", "m", "ha", "tấn", "tạ", "kg", "lít", "m3", "m³", "MW", "kWh", "lượt",
             "triệu lượt", "nghìn lượt", "điểm", "con", "nghìn tấn", "triệu tấn", "nghìn ha", "nghìn con",
             "điểm phần trăm", "điểm %"}


_RELATION_SUFFIX = re.compile(r"(?: \((?:bằng|so với|vượt|tương đương|tăng|giảm)\b[^()]*\))+$")


# Word pairs written with a comma inside one noun: "nông, lâm nghiệp", "phòng, chống thiên tai".
_COMMA_PAIRS = {("nông", "lâm"), ("lâm", "ngư"), ("lâm", "thủy"), ("lâm", "thuỷ"), ("phòng", "chống"),
                ("phòng", "chữa"), ("xã", "thị"), ("xã", "phường"), ("phường", "thị"), ("huyện", "thị"),
                ("huyện", "thành"), ("chi", "đảng")}  # "xã, thị trấn", "huyện, thành phố", "chi, đảng bộ"


def _joined_pairs(segments: list[str]) -> list[str]:
    """Comma-split segments, with the pairs above put back together."""
    out: list[str] = []
    for seg in segments:
        before = out[-1].split()[-1:] if out else []
        first = seg.split()[:1]
        if before and first and (before[0].lower(), first[0].lower()) in _COMMA_PAIRS:
            out[-1] += "," + seg
        else:
            out.append(seg)
    return out


def _label(clause: str, after: str, unit_raw: str, prev_label: str) -> str:
    """The noun phrase naming what a value measures; "(đạt chỉ tiêu)" after it when the value is the share
    of a quota met ("28/28 thanh niên nhập ngũ, đạt 100% chỉ tiêu")."""
    label = _label_of(clause, after, unit_raw, prev_label)
    if label and unit_raw.startswith("%") and _QUOTA_AFTER.match(after) and not label.endswith(")"):
        return f"{label} (đạt chỉ tiêu)"
    return label


def _label_of(clause: str, after: str, unit_raw: str, prev_label: str) -> str:
    """The noun phrase naming what a value measures, read backwards from the value."""
    if unit_raw.startswith("%"):
        m = _NOUN_AFTER_PCT.match(after)
        tail = clause.rstrip().split()[-1:] if clause.strip() else []
        if m and (not tail or tail[0].lower() in ("đến", "cho", "có", "với", "hoàn", "thành", "trên", "dưới")
                  or tail[0].endswith(":")  # "… có chuyển biến: 100% hồ sơ …": the colon leads in
                  or not _strong(_clean_label(re.split(r"[,(]", clause)[-1]))):
            noun, _, more = m.group(1).partition(",")  # "chi bộ, đảng bộ trực thuộc" is one noun, but not
            return _clean_label(noun if has_digit(more) else m.group(1))  # "hộ nghèo, hoàn thành 15/19 …"
    relation = _RELATION.search(clause) if clause.rstrip()[-16:].lower().endswith(_RELATION_WORDS) else None
    if relation and prev_label:
        # "…đạt 186,4 tỷ đồng, bằng 112,3% dự toán": the same quantity measured against something
        against = _after_noun(after)
        if not against and "so với" in after[:12]:
            against = re.sub(r"\s*\([^()]*\d[^()]*\)", "", after.split(",")[0].split(";")[0]).strip(" .")
            if against.count(")") > against.count("("):
                against = against.rstrip(") ")  # "(giảm 1,8% so với năm 2024)": the value was in brackets
        verb = relation.group(1).lower()
        base = _RELATION_SUFFIX.sub("", prev_label)  # "…, tăng 12,5% …, bằng 105% KH": both about the base
        return f"{base} ({verb} {against})" if against else f"{base} ({verb})"
    heading = ""
    if ":" in clause:
        heading, clause = clause.rsplit(":", 1)
        if not clause.strip():
            clause, heading = heading, ""
    segments = _joined_pairs(_SEGMENT_SPLIT.split(clause)) if "," in clause or "(" in clause else [clause]
    unit = " ".join(unit_raw.split())
    counted = "" if unit.startswith("%") or unit in MONEY_UNITS or "/" in unit or unit in _MEASURES else unit
    if counted and segments and counted in segments[-1]:  # "tăng từ 37 xã lên 39 xã": the earlier figure, whole
        segments[-1] = re.sub(rf"\d[\d.,]*\s+{re.escape(counted)}(?![\w])", " ", segments[-1])
    partner = _PARTNER_TAIL.search(segments[-1]) if counted and segments else None
    if partner:  # "16 chi bộ với 412 đảng viên", "kiểm tra 12 tổ chức đảng và 18 đảng viên": what is counted
        head = _strip_numbers(segments[-1][: partner.start()]).split()
        verb = head[-2:] if head and head[-1].lower() not in ("có", "gồm", "với", "và") else []
        return _clean_label(" ".join([*verb, counted]))
    last = _clean_label(_strip_numbers(segments[-1])) if segments else ""
    follow = _after_noun(after)
    has = _HAS.search(segments[-1]) if segments else None  # "… có 145 tỷ đồng", "… có 52 tổ chức cơ sở đảng"
    if unit in MONEY_UNITS and _strong(follow) and (follow.startswith(("vốn", "kinh phí", "nguồn vốn")) or has):
        # "huyện được giao 98,6 tỷ đồng vốn thực hiện chương trình", "… có 145 tỷ đồng đầu tư cho giáo dục":
        # what the money is (for)
        return _clean_label(follow)
    if has and counted:  # "toàn Đảng bộ có 52 tổ chức cơ sở đảng": what it has, of whom (as the dev gold writes it)
        owned = _clean_label(f"{counted} {follow}")
        if _strong(owned):
            return f"{owned} của {_owner(segments[-1][: has.start()])}".removesuffix(" của ")
    if _strong(last):
        if unit in _MEASURES and follow and len(last.split()) <= 2:
            return _clean_label(f"{last} {follow}")  # "cứng hóa 45,5 km đường giao thông nông thôn"
        if counted and len(last.split()) <= 4 and not _has_word(last, counted):
            return _clean_label(f"{last} {counted} {follow}")  # "kết nạp 18 đảng viên mới": what was done to what
        if counted and not _has_word(last, counted) and ORG_HEAD_RE.match(last) and last.split()[-1][:1].islower():
            # "Ủy ban Kiểm tra Huyện ủy kiểm tra 4 tổ chức đảng": what was counted, and by whom (as the dev gold
            # writes it: "Tổ chức đảng được Ủy ban Kiểm tra Huyện ủy kiểm tra")
            return _clean_label(f"{counted} được {_DONE.sub(' ', last)}")
        done = _DONE.split(last)[-1] if counted and not _has_word(last, counted) else last
        subject = _UNIT_SUBJECT.match(done) if done == last and counted and not _has_word(last, counted) else None
        if subject and done[subject.end() :][:1].islower():
            done = done[subject.end() :]  # "Đảng bộ thị xã kết nạp 98 đảng viên mới": what was done, not by whom
        if done != last and len(done.split()) <= 4 and _strong(done):
            # "Ủy ban Kiểm tra Tỉnh ủy trong năm đã kiểm tra 15 tổ chức đảng": who did it is not what is counted
            return _clean_label(f"{done} {counted} {follow}")
        if " với " in last:  # "chi trả trợ cấp … với tổng số tiền 892,6 triệu đồng": the measure, then of what
            front, measure = last.rsplit(" với ", 1)
            if _strong(measure) and not front.endswith((" đối", " so")):  # "đối với", "so với": no measure
                return _clean_label(f"{measure} {front[:1].lower()}{front[1:]}")
        return last
    if unit.startswith("%") and _BASELINE.match(follow):
        follow = ""  # "đạt 94,4% kế hoạch": the plan is what it is measured against, not what it measures
    joined = _clean_label(" ".join(x for x in (last, counted, follow) if x))  # "đón trên 185.000 lượt khách": no "trên"
    if _strong(joined) and (counted or follow):
        return joined
    if prev_label and unit.startswith("%") and _BASELINE.match(_after_noun(after) or after.strip()):
        return prev_label  # "trồng mới 850 ha rừng, đạt 106% kế hoạch": the same quantity against its plan
    if counted and not last:  # "…; 6 xã đạt chuẩn kiểu mẫu": the counted noun and what it achieved
        described = _described(counted, after)
        if _strong(described):
            return described
    # walk back through the earlier segments: the nearest that names something (before any value in it)
    for k in range(len(segments) - 2, -1, -1):
        seg = segments[k]
        if k == 0:
            seg = re.split(r"\s(?:được|tại|theo)\s", seg)[0]
        lead, *rest = re.split(r"\d[\d.,]*\s*", seg, maxsplit=1)
        if rest and len(lead.split()) <= 2:  # "tinh giản 38 biên chế, đạt 105,6%": the verb and what it counts
            lead = f"{lead} {_after_noun(' ' + rest[0])}"
        cand = _clean_label(lead if _strong(_clean_label(lead)) else _strip_numbers(seg))
        if _strong(cand):
            return cand
    whole = _clean_label(_strip_numbers(" ".join(segments)))
    words = whole.split()
    whole = " ".join(words[-14:])
    if _strong(whole):
        return _clean_label(whole)
    if counted:  # "có 3 xã đạt chuẩn nông thôn mới nâng cao": what is counted, and what it achieved
        described = _described(counted, after)
        if _strong(described):
            return described
    return prev_label or whole or last


def _owner(phrase: str) -> str:
    """Who has what is counted, as written after "của": "toàn Đảng bộ", "huyện"; nothing if unclear."""
    phrase = _LEAD_STRIP.sub("", _strip_numbers(phrase).strip(" ,;:"))
    words = phrase.split()
    if not words or len(words) > 4 or (len(words) > 1 and not _strong(phrase)):
        return ""
    first = words[0]
    return (first.lower() if first in _COMMON_HEADS else first) + phrase[len(first) :]


_COMMON_HEADS = {"Toàn", "Cả", "Các", "Huyện", "Tỉnh", "Xã", "Phường", "Thành", "Thị"}
_HAS = re.compile(r"(?:^|\s)(?:hiện |nay |đã |vẫn )?có\s*$")
_UNIT_SUBJECT = re.compile(
    r"(?:(?:Toàn|Cả|toàn|cả)\s+)?(?:Đảng bộ|đảng bộ|Huyện|huyện|Tỉnh|tỉnh|Thị xã|thị xã|Thành phố|thành phố|Xã|xã|"
    rf"Phường|phường)(?:\s+(?:tỉnh|huyện|thị xã|thành phố|xã|phường))?(?:\s+[{UPPER_LETTERS}]\w*)*\s+")
_DONE = re.compile(r"\s(?:đã|đã tiến hành|đã tổ chức)\s")
_QUOTA_AFTER = re.compile(rf"\s*chỉ tiêu{_QUOTA_OF}\s*(?:[,;.()]|$)")
_PARTNER_TAIL = re.compile(r"\d[\d.,]*\s+[^\W\d_][^\d,;()]{0,40}?\)?\s+(?:với|và)\s*$")  # (after a bracket too)


def _has_word(text: str, phrase: str) -> bool:
    """``phrase`` stands in ``text`` as whole words ("Số xã đạt chuẩn" names the "xã" it counts)."""
    return re.search(rf"(?<![\w]){re.escape(phrase)}(?![\w])", text, re.IGNORECASE) is not None


def _described(counted: str, after: str) -> str:
    phrase = re.match(r"^\s*([a-zđà-ỹ][^,;.()]*)", after)
    return _clean_label(" ".join([counted] + (phrase.group(1).split()[:8] if phrase else [])))


def _ends_with_word(tail: str, phrases: tuple[str, ...]) -> bool:
    """``tail`` ends with one of ``phrases`` as whole words ("lần thứ", not "mức thứ" inside a word)."""
    if not tail.endswith(phrases):
        return False
    return any(tail.endswith(p) and (len(tail) == len(p) or not tail[-len(p) - 1].isalnum()) for p in phrases)


def _in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def _in_sorted(pos: int, spans: list[tuple[int, int]]) -> bool:
    """``pos`` inside one of ``spans`` (sorted by start)."""
    k = bisect_right(spans, (pos, float("inf")))
    return any(a <= pos < b for a, b in spans[max(0, k - 8) : k])


_HEAD_TARGETS = re.compile(r"chỉ tiêu|mục tiêu", re.IGNORECASE)
_TARGETS_FOLLOW = re.compile(r"chỉ tiêu[^.]{0,60}(?:sau|như sau)?\s*:\s*$")  # "…các chỉ tiêu sau:"
_TARGETS_COLON = re.compile(r"chỉ tiêu[^.]{0,60}:\s*$")
_PAREN_DIGIT_START = re.compile(r"\s*\(\d")


def extract_indicators(layout: Layout, excluded: list[tuple[int, int]]) -> list[Indicator]:
    out: list[Indicator] = []
    excluded = sorted(excluded)
    excluded_set = bool(excluded)
    sentence_of: dict[int, int] = {}
    table_items = _table_indicators(layout)
    list_year: int | None = None
    section_year: int | None = None  # "2. Các chỉ tiêu cụ thể đến năm 2030" over its "- …" items
    section_level = 0  # the level of the heading that gave it (1 "II.", 2 "1.", 3 "a)")
    for para in layout.paras:
        if para.role != "body":
            continue
        t = para.text
        heading = (is_heading(t) and para.block.kind not in ("p",)) or para.block.kind in ("h2", "h3", "h4")
        if is_heading(t) or t.isupper():
            years = YEAR_RE.findall(t) if _HEAD_TARGETS.search(t) else []
            level = _heading_level(t)
            if years:
                section_year, section_level = int(years[-1]), level
            elif level <= section_level:  # "1. Các chỉ tiêu chủ yếu" under "II. CHỈ TIÊU NĂM 2025" keeps its year
                section_year = None
        enum = line_enumerator(t)
        listed = bool(enum or DASH_ITEM.match(t)) and not is_heading(t)
        targets = "chỉ tiêu" in t
        if targets and _TARGETS_FOLLOW.search(t):
            years = YEAR_RE.findall(t)
            list_year = int(years[-1]) if years else layout.doc_year
        if enum is None and not _PAREN_DIGIT_START.match(t):
            list_year = None if not (targets and _TARGETS_COLON.search(t)) else list_year
        if not para.has_digit:
            continue  # no value here (the list and section years above are still followed)
        markers = inline_markers(t)
        line_group = None
        if enum and not is_heading(t):
            line_group = enum[0]
        target_list = bool(markers) and re.search(r"chỉ tiêu[^:]{0,40}:\s*\(1\)", t) is not None
        for s_start, _s_end, sent in sentences(t):
            values = list(_VALUE.finditer(sent)) if has_digit(sent) else []
            if "mỗi" in sent and "tiêu chí" in sent:  # "bình quân mỗi xã đạt 13,2 tiêu chí"
                out.extend(_criteria_averages(sent, t, para.start + s_start, line_group))
            if not values:
                continue
            bound: set[int] = set()
            facts = _Sentence(sent)
            for vm in values:
                ym = _YEAR_AFTER.match(sent, vm.end())
                if ym:
                    bound.add(ym.start() + ym.group(0).lower().find("năm"))
            prev_label = ""
            for vm in values:
                abs_pos = para.start + s_start + vm.start()
                if excluded_set and _in_sorted(abs_pos, excluded):
                    continue
                before = sent[: vm.start()]
                value = parse_number(vm.group(1))
                near = before[-60:]
                if _ends_with_word(near.rstrip()[-_BAD_TAIL:].lower(), _BAD_BEFORE) or (
                        value == 1 and _PER_PHRASE.search(near)):
                    continue
                if _DASH_NUMBER.match(sent, vm.end()):
                    continue  # the lower end of a range
                low = _RANGE_LOW.search(near) if "-" in near or "–" in near else None
                span_start = abs_pos
                if low:
                    # "tăng trưởng đạt từ 7 - 8%", "120 - 150 triệu đồng": the lower bound, "từ" (a value is one
                    # number); a range of counts ("1 - 2 biên chế") is no result
                    if not (vm.group(2).startswith("%") or _unit(vm.group(2)).split("/")[0] in MONEY_UNITS):
                        continue
                    cut = len(near) - low.start()
                    before, value = before[:-cut], parse_number(low.group(1))
                    span_start -= cut
                clause_start = max(before.rfind(";"), _last_marker(before)) + 1
                label = _label(before[clause_start:], sent[vm.end() :], vm.group(2), prev_label)
                if vm.group(2).startswith("tiêu chí") and (not _strong(label) or label.lower() == "bình quân"):
                    label = _criteria_label(t)  # "bình quân đạt 16,8 tiêu chí/xã"
                if not label:
                    continue
                prev_label = label
                unit = _unit(vm.group(2))
                qualifier = "từ" if low else _qualifier(before[clause_start:][-120:], sent)
                group = line_group or group_at(markers, vm.start() + s_start)
                year = _year(facts, clause_start, vm.start(), vm.end(), bound)
                if year is None and group and (target_list or list_year):
                    year = list_year or layout.doc_year
                if year is None and listed and section_year:
                    year = section_year
                sentence_of[len(out)] = para.start + s_start
                out.append(Indicator(label=label, value=value, unit=unit, qualifier=qualifier, year=year,
                                     group=group, span=(span_start, para.start + s_start + vm.end()),
                                     decimals=_decimals(low.group(1) if low else vm.group(1)),
                                     note="heading" if heading else ""))
        if line_group and list_year is None and re.match(r"^\s*\(?\d", t):
            pass
    return _dedupe(out, table_items, sentence_of)


_AVG_CRITERIA = re.compile(r"mỗi\s+(xã|huyện|thôn|bản|phường)\s+(?:đạt|có)\s+(\d[\d,]*)\s+tiêu chí(?![\w/])")


def _criteria_label(paragraph: str) -> str:
    """What an average number of criteria measures, as the dev gold names it."""
    return "Số tiêu chí nông thôn mới bình quân" if "nông thôn mới" in paragraph else "Số tiêu chí bình quân"


def _criteria_averages(sent: str, paragraph: str, start: int, group: str | None) -> list[Indicator]:
    """"Bình quân mỗi xã đạt 13,2 tiêu chí": an average, in criteria per commune."""
    return [Indicator(label=_criteria_label(paragraph), value=parse_number(m.group(2)), unit=f"tiêu chí/{m.group(1)}",
                      qualifier="bình quân", year=None, group=group, span=(start + m.start(2), start + m.end()),
                      decimals=_decimals(m.group(2)))
            for m in _AVG_CRITERIA.finditer(sent)]


_ROMAN_HEAD = re.compile(r"[IVX]{1,4}\s*[-.]")


def _heading_level(t: str) -> int:
    """1 for "II. MỤC TIÊU" or a line in capitals, 3 for "a) …", 2 for "1. …" and any other heading."""
    if t.isupper() or _ROMAN_HEAD.match(t):
        return 1
    enum = line_enumerator(t)
    return 3 if enum and enum[0].isalpha() else 2


def _decimals(num: str) -> int:
    return len(num.rsplit(",", 1)[1]) if "," in num else 0


def _column_role(name: str) -> str | None:
    low = name.lower()
    if "tỷ lệ" in low or "%" in low or low.startswith(("so sánh", "so với")):
        return "row-rate"
    if "thực hiện" in low or re.search(r"\bth\b", low):
        return "row-actual"
    if any(w in low for w in ("kế hoạch", "mục tiêu", "chỉ tiêu", "nghị quyết", "dự toán", "giao")) or \
            re.search(r"\bkh\b", low):
        return "row-plan"
    return None


_MARKER = re.compile(r"\(\d{1,2}\)\s")


def _last_marker(before: str) -> int:
    if "(" not in before:
        return -1
    ms = list(_MARKER.finditer(before))
    return ms[-1].end() - 1 if ms else -1


def _words(s: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[^\W\d_]+", s)} - _WEAK


def _dedupe(prose: list[Indicator], table: list[Indicator], sentence_of: dict[int, int]) -> list[Indicator]:
    """A prose figure that repeats a table cell is the same item: keep the table's."""
    rows: dict[tuple[float, str], list[Indicator]] = {}
    for i in table:
        rows.setdefault((i.value, i.unit), []).append(i)
    repeats: set[int] = set()
    for k, ind in enumerate(prose):
        for cell in rows.get((ind.value, ind.unit), []):
            label = cell.row_label()
            if _words(label) & _words(ind.label):
                repeats.add(k)
    # a sentence that repeats one cell of a row repeats its other cells too
    groups_hit = {(sentence_of.get(k), c.group) for k in repeats
                  for c in rows.get((prose[k].value, prose[k].unit), [])}
    for k, ind in enumerate(prose):
        for cell in rows.get((ind.value, ind.unit), []):
            if (sentence_of.get(k), cell.group) in groups_hit:
                repeats.add(k)
    kept = [ind for k, ind in enumerate(prose) if k not in repeats]
    body_keys = {(i.value, i.unit) for i in kept if i.note != "heading"}
    kept = [i for i in kept if i.note != "heading" or (i.value, i.unit) not in body_keys]
    for i in kept:
        i.note = ""
    return kept + table


_YEAR_BARE = re.compile(r"\b((?:19|20)\d{2})\b")
_NUM_CELL = re.compile(rf"^\s*({NUMBER})\s*%?\s*$")


def _table_indicators(layout: Layout) -> list[Indicator]:
    src = layout.source
    out: list[Indicator] = []
    for ti, rows in enumerate(src.tables):
        if len(rows) < 2:
            continue
        hi = header_row(src.text, rows)
        header = [src.text[s:e].strip() for s, e in rows[hi]]
        low = [h.lower() for h in header]
        label_col = next((k for k, h in enumerate(low) if "chỉ tiêu" in h or h in ("nội dung", "chỉ số")), None)
        if label_col is None or any("nhiệm vụ" in h for h in low):
            continue
        unit_col = next((k for k, h in enumerate(low) if h in ("đvt", "đơn vị tính", "đơn vị")), None)
        stt_col = next((k for k, h in enumerate(low) if h in ("stt", "tt", "số tt")), None)
        value_cols = [k for k in range(len(header)) if k not in (label_col, unit_col, stt_col)]
        head_years = [int(y) for k in range(hi) for a, b in rows[k] for y in _YEAR_BARE.findall(src.text[a:b])]
        year = (head_years[-1] if head_years else None) or _table_year(layout, rows) or layout.doc_year
        for ri, row in enumerate(rows[hi + 1 :], start=hi + 1):
            cells = [src.text[s:e].strip() for s, e in row]
            if len(cells) != len(header):
                continue
            if all(re.fullmatch(r"\(\d+\)(?:=.*)?", c) for c in cells if c):
                continue  # the column-number row
            stt = cells[stt_col] if stt_col is not None else ""
            if stt and not re.fullmatch(r"\d{1,3}", stt):
                continue  # section rows (I, II…)
            label = cells[label_col]
            unit = cells[unit_col] if unit_col is not None else ""
            if unit[:1].isupper() and not unit[:2].isupper():
                unit = unit[0].lower() + unit[1:]  # "Tỷ đồng" in a unit column is the unit "tỷ đồng"
            for k in value_cols:
                m = _NUM_CELL.match(cells[k])
                if not m:
                    continue
                col_name = header[k]
                is_pct = "%" in col_name or "tỷ lệ" in col_name.lower() or cells[k].endswith("%")
                s, e = row[k]
                out.append(Indicator(label=f"{label} ({col_name.lower()})", value=parse_number(m.group(1)),
                                     unit="%" if is_pct else (unit or ""), year=year, group=stt or None,
                                     span=(s, e), decimals=_decimals(m.group(1)),
                                     rel=_column_role(col_name), ref=f"table{ti}-row{ri}"))
    return out


def _table_year(layout: Layout, rows: list[list[tuple[int, int]]]) -> int | None:
    first = rows[0][0][0]
    text = layout.source.text[max(0, first - 400) : first]
    years = YEAR_RE.findall(text)
    return int(years[-1]) if years else None


def para_groups(para: Para) -> list[tuple[int, str]]:
    return inline_markers(para.text)
