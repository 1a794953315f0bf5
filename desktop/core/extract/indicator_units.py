"""The unit of a value is the noun counted after its number, an open class: ``45 chợ``, ``120.000 lồng nuôi``,
``3,5 triệu con``, ``41 xã, phường và thị trấn``, ``18 ca sinh/1.000 phụ nữ``. The noun phrase is read word by
word up to a preposition, conjunction, auxiliary or predicate verb (word classes in :mod:`lexicon`), a mark, a
number or a capital (a name); ``/`` joins a per-unit (``tấn/ha``, ``triệu đồng/người/năm``). Units are written
one way (``héc ta`` = ``ha``, ``ngàn`` = ``nghìn``, ``người/1 năm`` = ``người/năm``).

Which values are no results is decided here too: a year, a number that names something (``thôn 3``), counts of
time, order or text parts (``04 năm``, ``lần thứ 17``), and the event's own proceedings (``bầu 15 đồng chí``)."""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.core.lexicon import (
    ADMIN_UNIT_NOUNS,
    AUXILIARIES,
    CLASSIFIERS,
    CONJUNCTIONS,
    MAGNITUDES,
    NOT_RESULT_NOUNS,
    NUMBERED_NOUNS,
    PLAN_NOUNS,
    PREDICATE_VERBS,
    PREPOSITIONS,
    PROCEEDING_VERBS,
    TASK_VERBS,
)
from desktop.core.rx import alternation, has_any

_TOKEN = re.compile(r"[^\W\d_]+|\d[\d.,]*\d|\d|\S")
_STOP = frozenset(PREPOSITIONS + CONJUNCTIONS + AUXILIARIES)
_MAGNITUDE = frozenset(MAGNITUDES)
_CLASSIFIER = frozenset(CLASSIFIERS)
# units of measure written in words: the noun after them is what is measured ("3.500 héc ta rừng")
_MEASURE_WORDS = ["héc ta", "hecta", "héc-ta", "ki lô mét", "ki-lô-mét", "mét khối", "mét vuông", "mét", "tấn", "tạ",
                  "lít", "ha", "km", "kg"]
_MAX_SYLLABLES = 4  # a counted noun is a classifier and a compound at most ("đơn vị hành chính")


def _by_syllables(phrases: list[str]) -> dict[str, list[tuple[str, ...]]]:
    """Phrases by their first syllable, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in sorted(set(phrases), key=lambda x: -len(x.split())):
        out.setdefault(p.split()[0], []).append(tuple(p.split()))
    return out


_VERBS = _by_syllables(PREDICATE_VERBS + TASK_VERBS)
_MEASURE = _by_syllables(_MEASURE_WORDS)
_ADMIN = _by_syllables(ADMIN_UNIT_NOUNS)
_NOT_RESULT = frozenset(NOT_RESULT_NOUNS) | frozenset(PLAN_NOUNS)
_NUMBERED = frozenset(NUMBERED_NOUNS)


def _phrase_at(toks: list[str], k: int, table: dict[str, list[tuple[str, ...]]]) -> int:
    """How many tokens from ``k`` on spell one phrase of ``table`` (0 if none)."""
    for phrase in table.get(toks[k], ()) if k < len(toks) else ():
        if tuple(toks[k : k + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def _is_word(tok: str) -> bool:
    return tok[:1].isalpha() and tok[:1].islower()


def _admin_list(toks: list[str], k: int) -> int:
    """``xã, phường và thị trấn``: kinds of administrative unit listed together are one counted noun; how many
    tokens from ``k`` the list takes (0 if no list of two or more starts there)."""
    n = _phrase_at(toks, k, _ADMIN)
    if not n:
        return 0
    end, kinds = k + n, 1
    while end < len(toks) and toks[end] in (",", "và"):
        more = _phrase_at(toks, end + 1, _ADMIN)
        if not more:
            break
        end, kinds = end + 1 + more, kinds + 1
    return end - k if kinds > 1 else 0


def _noun(toks: list[str], raw: list[str], k: int) -> int:
    """How many tokens from ``k`` on the counted noun takes (0 if none starts there); ``toks`` in lower case,
    ``raw`` as written (a capital starts a name)."""
    listed = _admin_list(toks, k)
    if listed:
        return listed
    end = k
    while end < len(toks) and end - k < _MAX_SYLLABLES and _is_word(raw[end]):
        if toks[end] in _STOP or _phrase_at(toks, end, _VERBS):
            break
        end += 1
    return end - k


# the base of a rate after "/" is a power of ten: "ca sinh/1.000 phụ nữ", "trẻ/100.000 dân"
_RATE_BASES = frozenset(("1", "10", "100", "1.000", "10.000", "100.000", "1.000.000"))


def read_unit(text: str, pos: int) -> tuple[str, int] | None:
    """The counted noun written from ``pos`` on (after a number and its blank), as a unit, and where it ends."""
    if not (_is_word(text[pos]) or text[pos] == "/"):
        return None
    window = text[pos : pos + 50]
    raw = _tokens(window)
    toks = list(map(str.lower, raw))
    k = 1 if toks[0] in _MAGNITUDE else 0  # "3,5 triệu con"
    n = _phrase_at(toks, k, _MEASURE) or (1 if k and toks[k : k + 1] and toks[k] in _CLASSIFIER else 0) \
        or _noun(toks, raw, k)
    if not n and toks[k : k + 1] != ["/"]:  # (a rate with its base only: "4/100.000 trẻ sinh ra còn sống")
        return None
    end = k + n
    for _ in range(2):  # "triệu đồng/người/năm", "ca sinh/1.000 phụ nữ"
        if end + 1 < len(toks) and toks[end] == "/":
            if toks[end + 1][:1].isdigit() and toks[end + 1] not in _RATE_BASES:
                break  # "2.150 triệu đồng/3.500 triệu đồng kế hoạch": a second figure, not a rate's base
            base = end + 2 if toks[end + 1][:1].isdigit() else end + 1
            more = _noun(toks, raw, base)
            if not more:
                break
            end = base + more
    last = 0
    for tok in raw[:end]:  # where the last token read ends
        last = window.index(tok, last) + len(tok)
    return unit_spelling(window[:last]), pos + last


def _tokens(window: str) -> list[str]:
    """``_TOKEN.findall(window)``. No token holds white space (``str.split()`` cuts at the same white space as
    ``\\s``), so each chunk between blanks is read alone; a chunk of letters only, as most are, is one token
    (every letter is a ``[^\\W\\d_]``) and needs no regex, whose scan tests every character's class."""
    out: list[str] = []
    for chunk in window.split():
        if chunk.isalpha():
            out.append(chunk)
        else:
            out += _TOKEN.findall(chunk)
    return out


_SPELLINGS = ((re.compile(r"\b(?:héc[ -]?ta|hecta)\b", re.IGNORECASE), "ha"), (re.compile(r"\bngàn\b"), "nghìn"),
              (re.compile(r"/\s*1\s+(?=[^\W\d_])"), "/"), (re.compile(r"\s*/\s*"), "/"))


@lru_cache(maxsize=512)
def unit_spelling(unit: str) -> str:
    """One spelling of a unit: ``héc ta`` = ``hecta`` = ``ha``, ``ngàn`` = ``nghìn``, ``người/1 năm`` =
    ``người/năm``, no blanks around ``/``, one blank between words."""
    u = " ".join(unit.split())
    if "/" in u or "ngàn" in u or "h" in u:
        for rx, repl in _SPELLINGS:
            u = rx.sub(repl, u)
    return u


_FIRST_WORD = re.compile(r"[^\W\d_]+")


def cannot_open_unit(text: str, pos: int) -> bool:
    """A quick test of the word at ``pos``: a function word or a noun of time or order starts no unit
    ("5 năm", "3 của", "12 tháng")."""
    m = _FIRST_WORD.match(text, pos)
    if m is None:
        return False
    w = m.group().lower()
    return w in _STOP or (w in _NOT_RESULT and w not in _ADMIN and text[m.end() : m.end() + 1] != " ")\
        or w in _TIME_WORDS


_TIME_WORDS = frozenset(("năm", "tháng", "ngày", "tuần", "giờ", "phút", "quý", "tuổi", "lần", "kỳ", "khóa", "khoá"))


_MULTIPLE_BEFORE = re.compile(r"(?:gấp|tăng|giảm|bằng|hơn)\s*$", re.IGNORECASE)


def is_multiple(num: str, unit: str, text: str, pos: int) -> bool:
    """"tăng 1,8 lần", "gấp 3 lần": a multiple is a measure; "họp 3 lần" counts times."""
    return unit == "lần" and ("," in num or _MULTIPLE_BEFORE.search(text[max(0, pos - 12) : pos]) is not None)


def names_no_result(unit: str, beyond: int = 0) -> bool:
    """A counted noun that measures no result: time, order, parts of a text, documents, a plan's items; with
    ``beyond``, only a noun longer than that many words ("điểm cầu" read on from the lexicon's "điểm")."""
    words = unit.replace(",", " ").replace("/", " / ").split()
    if words and words[0] in _MAGNITUDE:
        words = words[1:]
    return any(" ".join(words[:n]) in _NOT_RESULT for n in range(beyond + 1, min(3, len(words)) + 1))


_YEAR = re.compile(r"(?:19|20)\d\d")
_PROCEEDING_BEFORE = re.compile(rf"(?<!\w)(?:{alternation(PROCEEDING_VERBS)})(?:\s+(?:trực tuyến|tới|đến|cho|với|hơn|"
                                rf"trên|gần|khoảng|thêm))*\s*$", re.IGNORECASE)
_PROCEEDING_AFTER = re.compile(r"\s*(?:dự|tham dự|phát biểu|tham luận|được bầu|trúng cử vào)(?!\w)")


def is_name_number(num: str, text: str, pos: int) -> bool:
    """A number (at ``pos`` in ``text``) that names or numbers something: a year, or one written after a noun of
    order (``thôn 3``, ``tờ bản đồ số 12``) or after a capitalised name (``Tổng đài 112``, ``Quốc lộ 14``)."""
    if len(num) == 4 and _YEAR.fullmatch(num):
        return True
    tail = text[max(0, pos - 30) : pos]
    if not tail.endswith(" ") or len(tail) < 2 or not tail[-2].isalpha():
        return False  # a mark or nothing between: "…: 45 chợ", "(45 chợ"
    two = tail.split()[-2:]
    word = two[-1]
    if word.lower() in _NUMBERED or " ".join(two).lower() in _NUMBERED:
        return True
    if word[0].isupper():  # a name, unless it is the sentence's first word ("Có 45 chợ …")
        return bool(text[: pos - len(word) - 1].strip())
    return False


# a sentence that lists who attends: "Dự Đại hội có …, lãnh đạo các xã và hơn 84 đại biểu …"
_ATTENDANCE = re.compile(r"\s*(?:Về dự|Tham dự|Dự|Đến dự|Cùng dự|Về phía [^,.;]{1,30}? có)\s")


_PROCEEDING_KEYS = tuple({v.removesuffix(" của") for v in PROCEEDING_VERBS})  # (a quick test before the search)


# a sentence whose subject is the event itself, or that has none ("Hội nghị đã trao …", "Nhân dịp này, …")
_EVENT_SUBJECT = re.compile(r"\s*(?:Hội nghị|Đại hội|Kỳ họp|Buổi lễ|Lễ|Nhân dịp này|Dịp này|Tại (?:hội nghị|đại hội|"
                            r"kỳ họp|buổi lễ|lễ)|Trao|Tặng)(?!\w)")
_AWARD = re.compile(r"(?<!\w)(?:trao|tặng|khen thưởng)(?!\w)", re.IGNORECASE)
_PASSIVE = re.compile(r"(?<!\w)được\s")


def is_attendance(sent: str) -> bool:
    """A sentence that lists who attends the event: its counts are of the event ("Dự hội nghị có … 84 đại biểu")."""
    return _ATTENDANCE.match(sent) is not None


def awards_at_event(sent: str) -> int:
    """Where the awards the event hands out begin in a sentence whose subject is the event ("Hội nghị đã trao
    Bằng khen cho 2 tập thể, 8 cá nhân", "Nhân dịp này, Ban Thường vụ tặng giấy khen 16 tập thể"), or -1. Awards
    the unit received in the period ("trong 6 tháng có 15 tập thể được tỉnh khen") are results."""
    event = _EVENT_SUBJECT.match(sent)
    m = _AWARD.search(sent) if event else None
    if event is None or m is None:
        return -1
    # "Tại hội nghị, 5 tập thể và 8 cá nhân được (Chủ tịch UBND huyện) tặng giấy khen": in the passive the
    # awarded stand before the verb
    return event.end() if _PASSIVE.search(sent, event.end(), m.start()) else m.start()


def is_proceeding(text: str, start: int, end: int) -> bool:
    """What the event itself does with the value at ``start``–``end``: "bầu 15 đồng chí", "trao 16 giấy khen",
    "kết nối tới 174 điểm cầu", "có 200 đại biểu dự"."""
    near = text[max(0, start - 40) : start]
    if has_any(near, _PROCEEDING_KEYS) and _PROCEEDING_BEFORE.search(near) is not None:
        return True
    return _PROCEEDING_AFTER.match(text, end) is not None


_NATIONAL = re.compile(r"cả\s+nước[^,;()]{0,20}$")


def is_national_comparison(text: str, pos: int) -> bool:
    """"(bình quân cả nước tăng 9,3%)", "cao hơn mức tăng cả nước là 9,2%": the country's figure, quoted to
    compare, is no result of the reporting unit."""
    near = text[max(0, pos - 60) : pos]
    return "nước" in near and _NATIONAL.search(near) is not None
