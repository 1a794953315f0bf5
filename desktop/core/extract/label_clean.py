"""The words of a label: connectives, enumerators and verbs trimmed off its ends, figures, dates and periods
taken out of it, and whether what is left names something (two words that are not function words)."""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.core.extract.indicator_values import MONEY_ALTERNATION
from desktop.core.lexicon import LOWER_LETTERS
from desktop.core.rx import choice, words
from desktop.core.vnnum import has_digit

LEAD_STRIP = re.compile("^(?:" + choice([  # connectives before a label, in any case
    "và", "trong đó", "cụ thể", "đồng thời", "riêng", "hiện", "hiện nay", "đến nay", r"năm \d{4}",
    "toàn (?:huyện|tỉnh|xã)", "kết quả", "đã", "có", "với", "qua đó", "nhất là", "phấn đấu(?: đến)?", "theo báo cáo",
    "ít nhất", "tối thiểu", "không dưới", "(?:tính )?đến(?: nay)?", "(?:cuối|đầu|giữa) năm", "gần", "hơn",
    "(?:bao )?gồm", "từ đầu (?:nhiệm kỳ|năm)", "(?:đến )?hết", "mới(?: chỉ)?(?= \\w+ \\w)",
    r"trong (?:\d+ )?(?:năm|tháng)(?: qua)?(?! học)",
    r"(?:kể )?từ (?:năm \d{4} |ngày [\d/]+ )?trở đi",  # "Từ năm 2025 trở đi, 100% …": from when, not what
]) + r"(?:[\s,:]+|$))+")


_ENUM_PREFIX = re.compile(r"^\s*(?:\(\d{1,2}\)|\d{1,2}\s*[-.)]|[a-zđ]\))\s*")


def _may_open_enum(s: str) -> bool:
    """What ``_ENUM_PREFIX`` needs at the start (a quick test: most labels start with a word): a blank, "(", a digit
    (``\\d`` is what isdecimal() calls a digit), or any character before ")"."""
    c = s[:1]
    return c == "(" or c.isspace() or c.isdecimal() or s[1:2] == ")"


_TAIL_WORDS = {
    "đạt", "là", "chiếm", "bằng", "còn", "tăng", "giảm", "vượt", "lên", "xuống", "từ", "trên", "dưới", "khoảng",
    "có", "với", "cho", "được", "gần", "hơn", "tới", "đến", "ước", "mới", "năm", "(đạt", "thêm", "đã", "đang",
    "sẽ",
}
_TAIL_PAIRS = {("trở", "lên"), ("đạt", "tỷ"), ("tỷ", "lệ"), ("đạt", "mức"), ("ít", "nhất"), ("tối", "thiểu"),
               ("không", "dưới"), ("lũy", "kế"), ("luỹ", "kế"), ("đối", "với")}


# "năm" after these is part of an adjective, not a year: "cây hằng năm" (annual), "cây lâu năm" (perennial)
_YEAR_ADJECTIVE = frozenset(("hằng", "hàng", "lâu", "mỗi", "nhiều"))


def clean_label(s: str) -> str:
    """Trim enumerators, connectives and the verb/qualifier words that stand before a value."""
    m = _ENUM_PREFIX.match(s) if _may_open_enum(s) else None
    if m:
        s = s[m.end() :]
    aim = s.find(" phấn đấu ")
    if aim >= 0:
        s = s[aim + 1 :]  # "Đảng bộ xã phấn đấu tốc độ tăng trưởng …": who aims is not what is measured
    s = s.strip(" ,;:-–(")
    lead = LEAD_STRIP.match(s)  # (anchored at the start: a match there is the only one a sub would replace)
    if lead:
        s = s[lead.end() :]
    words = s.split()
    popped = ""
    while words:
        last = words[-1].strip(",;:-–(").lower()
        if last == "mới" and popped not in ("đạt", "được", "có"):
            break  # "nông thôn mới", "trồng mới" end the phrase; "mới đạt" is a verb
        if last == "năm" and len(words) > 1 and (words[-2].lower() in ("đầu", "cả") or words[-2] in _YEAR_ADJECTIVE):
            break  # "lũy kế từ đầu năm", "cả năm": a period that belongs to the label; "cây lâu năm": a kind
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
         "và", "tăng", "giảm", "còn", "lên", "từ", "trên", "dưới", "mới", "ước", "tỷ", "đồng", "bổ", "sung", "thêm",
         "chưa", "đủ", "không"}  # ("chưa đủ 100% trường …": a negation and a degree name nothing)


_KH = re.compile(r"\s*KH\b")
LOWER_PHRASE = re.compile(rf"\s*([{LOWER_LETTERS}][^,;.()]*)")  # what follows a value, up to a comma or bracket


def after_noun(after: str) -> str:
    if _KH.match(after):
        return "kế hoạch"
    m = LOWER_PHRASE.match(after)
    if not m or m.group(1).startswith(("trở lên", "trở xuống")):
        return ""
    words: list[str] = []
    for w in m.group(1).split(None, 8)[:8]:  # (eight words at most are kept: the rest is not split)
        if w in _AFTER_NOUN_STOP and not (w == "năm" and words and words[-1] in _YEAR_ADJECTIVE):
            break
        words.append(w)
    return " ".join(words)


# words that end the noun after a value: verbs of result and comparison, prepositions, conjunctions
_AFTER_NOUN_STOP = frozenset(("có", "của", "được", "đạt", "là", "so", "bằng", "và", "với", "năm", "trong", "tại", "để",
                              "khi", "nhằm", "do", "vì", "nhưng", "thì", "cần", "phải", "vào"))


_LETTERS = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1024)
def is_strong(label: str) -> bool:
    ws = list(map(str.lower, _LETTERS.findall(label)))
    return len([w for w in ws if w not in _WEAK]) >= 2


_PAREN = re.compile(r"\(([^()]*)\)")
_YEAR_ONLY = re.compile(r"(?:19|20)\d{2}")


def _keep_paren(m: re.Match[str]) -> str:
    """``(GRDP)``, ``(giá so sánh 2010)`` stay with the label; ``(đạt 12/15 trường)`` is another figure."""
    inner = m.group(1)
    return m.group(0) if not has_digit(_YEAR_ONLY.sub("", inner)) else " "


_HELD_MARK = re.compile("[\ue000-\ue0ff]")  # (compiled once: see indicator_label._BRACKETED_FIGURE)


def strip_numbers(s: str) -> str:
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
    return _HELD_MARK.sub(lambda m: held[ord(m.group()) - 0xE000], s)


_PERIOD_PHRASE = re.compile(r"(?<![\w])(?:(?:lũy|luỹ) kế\s+)?\d{1,2}\s+tháng(?:\s+(?:đầu|cuối)\s+năm)?(?![\w])")


_QUARTER = re.compile(r"(?<![\w])(?:trong\s+)?quý\s+[IV]{1,3}(?:/\d{4}|\s+năm\s+\d{4})?(?![\w/])", re.IGNORECASE)


def one_space(s: str) -> str:
    """Every run of white space as one blank. Most pieces have none but single blanks; the only white space
    ``isprintable()`` lets through is the blank, so they are told apart without a scan of ``\\s``."""
    return s if "  " not in s and s.isprintable() else _blanks_as_one(s)


def _blanks_as_one(s: str) -> str:
    """``re.sub(r"\\s+", " ", s)``: every run of white space as one blank, one kept at either end. ``str.split()``
    cuts at the same white space as ``\\s`` (both ask ``Py_UNICODE_ISSPACE``, as ``isspace()`` does), and costs
    a fraction of a sub, which builds a piece for every run it replaces."""
    inner = " ".join(s.split())
    if not inner:
        return " " if s else ""
    return (" " if s[0].isspace() else "") + inner + (" " if s[-1].isspace() else "")


# "năm 2025", "tháng 6", "ngày 15/10" are times, not labels; a sentence's first word is written with a capital
# ("Năm 2025, …"), so both spellings are the same word
_DATE_WORD_NUMBER = re.compile(words(["năm", "tháng", "ngày", "Năm", "Tháng", "Ngày"]) + r"\s+\d[\d/]*")
_NUMBER_AND_UNIT = re.compile(rf"[0-9][\d.,/]*\s*(?:%|(?:ha|km²?|m²|m2|m3|tấn|tạ|kg|lít|MW|kWh|"
                              rf"{MONEY_ALTERNATION})(?![\w]))?")


def _strip_numbers_plain(s: str) -> str:
    if not has_digit(s):
        return one_space(s)
    if "tháng" in s:
        s = _PERIOD_PHRASE.sub(" ", s)  # "lũy kế 11 tháng", "6 tháng đầu năm": when, not what
    if "quý" in s:
        s = _QUARTER.sub(" ", s)  # "trong quý I/2026": when
    s = _DATE_WORD_NUMBER.sub(" ", s)
    s = _NUMBER_AND_UNIT.sub(" ", s)
    return _blanks_as_one(s)


def content_words(s: str) -> set[str]:
    return {w.lower() for w in _LETTERS.findall(s)} - _WEAK
