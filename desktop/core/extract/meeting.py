"""The event a text reports: its date (``Chiều 26/3``, ``… tổ chức ngày 26/11/2025``) and who chaired it.

The date may be written anywhere in the article: in the lead, in the middle, in a caption or at the end.
Every date phrase introduced the way Vietnamese dates an event (a time of day ``Sáng/Chiều/Tối/Trưa``,
``ngày``, ``vào ngày``, ``hôm nay``) is a candidate; a candidate is scored by the event words of its sentence
and by where it stands, and dates that belong to something else are left out: a cited document's date
(``Nghị quyết số 47 ngày …``), a deadline or a period (``trước ngày``, ``đến ngày``, ``từ ngày … đến ngày``),
the page's post stamp (``21/03/2025 | 15:45``), the date a document was issued (``Ngày 20/11, UBND tỉnh
đã có Thông báo …``), a session still to come (``sẽ``, ``dự kiến``). The title dates the session only when
nothing else does. ``year`` is set only when written with the chosen date.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from desktop.core.extract.common import sentences
from desktop.core.extract.people import Mention
from desktop.core.layout import Layout, Unit, reading_units, title_units
from desktop.core.lexicon import DOC_KINDS
from desktop.core.model import DayMonthYear, Meeting, Span
from desktop.core.rx import alternation, choice, words

# What introduces the date of an event: a time of day ("Sáng 26/3", "Chiều nay (26/3)", "Tối thứ Bảy, 5/4"),
# "hôm nay", "hôm qua", or "ngày" ("Ngày 5-12", "vào ngày 26/3/2019", "Trong hai ngày 26 và 27/3").
_PREFIX = (  # (written to start with a class of first letters, the left neighbour checked after it: see rx.py)
    r"[SsCcTtĐđHhNn](?<![\w/].)"
    r"(?:(?P<tod>(?<=[Ss])áng|(?<=[Cc])hiều|(?<=[Tt])(?:ối|rưa)|(?<=[Đđ])êm|(?<=[Hh])ôm (?:nay|qua)|"
    r"(?<=S)ÁNG|(?<=C)HIỀU|(?<=T)ỐI)(?:\s+nay)?\s*\(?\s*(?:(?:[Tt]hứ\s+\w+|[Cc]hủ\s+nhật)\s*[,(]?\s*)?(?:ngày\s+)?"
    r"|(?:(?<=[Tt])rong\s+(?:hai|ba|2|3)\s+ngày|(?<=[Nn])gày)\s+\(?)"
)
# A date: "26/3", "26-3-2025", "26.3", "26 tháng 3 năm 2025", and a span of days whose first day is the event's
# ("26 và 27/3", "08 đến ngày 09 tháng 11 năm 2025").
_DATE_PHRASE = re.compile(
    _PREFIX +
    r"(?:(?P<first>\d{1,2})\s*(?:và|-|–|đến(?:\s+(?:hết\s+)?ngày)?)\s*)?"
    r"(?:(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?:(?P=sep)(?P<y>\d{4}))?(?![\d/]|[.,]\d)"
    r"|(?P<wd>\d{1,2})\s+tháng\s+(?P<wm>\d{1,2})(?:\s*(?:năm|,)\s*(?P<wy>\d{4}))?(?!\d))"
)
_DOC_KIND = alternation(DOC_KINDS)
# Right before the date phrase: words that make it a deadline or a period, or a cited document's number
# ("Nghị quyết số 47 ngày", "35-CT/TW, ngày", "Quyết định 15 ngày", "Công văn ngày", "ban hành ngày").
# Words that make a date a deadline, a period, an issue or founding date ("trước ngày", "từ ngày", "ký ngày").
_NOT_EVENT_WORDS = ["trước", "đến", "tới", "từ", "sau", "kể từ", "hết", "hạn", "chậm nhất", "ban hành", "ký",
                    "thành lập", "sinh", "cập nhật", "đăng"]
_NOT_EVENT_BEFORE = re.compile(
    rf"(?:{words(_NOT_EVENT_WORDS, ignore_case=True)}|{words(['số'], ignore_case=True)}\s+\S*\d\S*"
    rf"|\d+[-/][\w/.-]*[A-ZĐ][\w/.-]*|{words(DOC_KINDS, ignore_case=True)}(?:\s+\d[\w/.-]*)?)\s*,?\s*$"
)
_CLOCK_AFTER = re.compile(r"\s*[|,–-]?\s*\d{1,2}\s*[:h]\s*\d{2}")  # "21/03/2025 | 15:45": a post stamp
# A dateline before the lead ("BGP - ", "(PX) - ", "Lào Cai (TTXVN) – "), then the date phrase.
_DATELINE = re.compile(r"(?:[A-ZĐ]{2,6}\s*[-–]\s*|(?:[\w. ]{1,25}?\s*)?\([^()]{1,30}\)\s*[-–]\s*)?"
                       r"(?:[Tt]ừ\s+|[Vv]ào\s+)?[\"“*_]*")
# Nouns that name a session, and verbs of holding one (looked up in the lower-cased sentence).
_MEETING_NOUNS = re.compile(
    r"hội nghị|kỳ họp|kì họp|cuộc họp|phiên họp|buổi họp|buổi làm việc|cuộc làm việc|hội thảo|tọa đàm|toạ đàm|"
    r"đại hội|giao ban|họp báo|phiên thảo luận|buổi tiếp|hội đàm"
)
EVENT_VERB_WORDS = ("tổ chức", "diễn ra", "khai mạc", "bế mạc", "chủ trì", "chủ tọa", "chủ toạ", "điều hành",
                    "làm việc", "họp", "đã thông qua", "biểu quyết thông qua", "tiếp xúc", "thăm", "tham dự",
                    "tiến hành", "triệu tập", "đã có buổi", "lễ")
# (only where a verb stands and whether there is one are read: written to start with the class of first letters)
_EVENT_VERBS = re.compile(words(EVENT_VERB_WORDS) + r"(?!\w)")
# An event verb right before the date ("tổ chức ngày 26/11", "diễn ra vào ngày", "họp ngày").
_VERB_BEFORE = re.compile(words(["tổ chức", "diễn ra", "khai mạc", "họp", "làm việc", "vào"], ignore_case=True)
                          + r"\s*$")
# A session named right before its date ("tại buổi làm việc với Ban Thường vụ Huyện ủy ngày 8/11/2025"), and the
# days an event spans ("Kỳ họp diễn ra từ ngày 10 đến 12/7").
_SESSION_BEFORE = re.compile(words(["buổi làm việc", "cuộc họp", "hội nghị", "kỳ họp", "phiên họp", "đại hội",
                                    "hội thảo", "buổi tiếp"], ignore_case=True))  # (in the clause before the date)
_EVENT_FROM = re.compile(rf"{words(['tổ chức', 'diễn ra', 'họp', 'làm việc', 'khai mạc'], ignore_case=True)}"
                         r"\s+(?:trong\s+\S+\s+ngày\s*,?\s*)?từ\s*$")
# A sentence that opens by citing what it carries out ("Thực hiện Kết luận tại hội nghị ngày 5/1, …", "Căn cứ
# …"): a date in that opening clause is the cited text's or event's, not the one reported.
_CITING = re.compile(r"\W*(?:Thực hiện|Căn cứ|Triển khai|Theo|Quán triệt)\s", re.IGNORECASE)
# "Ngày 20/11, UBND tỉnh đã có Thông báo 393 …": the date a document was issued, not the session's.
_ISSUES_DOC = re.compile(rf"{words(['có', 'ban hành', 'ký', 'gửi', 'phát hành'])}\s+(?i:{_DOC_KIND})(?!\w)")
# A sentence about a session still to come ("sẽ tổ chức …, dự kiến diễn ra vào ngày 16/4") dates no reported event.
_PLANNED = re.compile(rf"{words(['sẽ', 'dự kiến'])}(?!\w)")
_LIST_ITEM = re.compile(r"^\s*(?:[-+•–]|\(?\d{1,2}[.)]|\(?[a-zđ]\))\s")


@dataclass(frozen=True)
class _Candidate:
    score: int
    unit: int
    date: DayMonthYear
    span: tuple[int, int]


def find_event_date(units: list[Unit], hits: list[Span]) -> tuple[DayMonthYear, Span, int] | None:
    """The best-scored event date of the units (the earliest among equals) with the index of its unit, or None.
    ``hits``: :func:`date_hits` of the text the units' offsets index."""
    best: _Candidate | None = None
    for k, in_unit in _hits_by_unit(units, hits).items():
        u = units[k]
        listed = bool(_LIST_ITEM.match(u.text))
        sents = sentences(u.text)
        for whole in _date_phrases(u.text, in_unit):
            start, s = next(((a, x) for a, b, x in sents if a <= whole.start() < b), (0, u.text))
            m = _DATE_PHRASE.match(s, whole.start() - start)
            cand = _score(s, m, listed, k, u.start + start) if m else None
            if cand and (best is None or cand.score > best.score):
                best = cand
    return (best.date, best.span, best.unit) if best else None


# Where a date may stand: a digit that starts a number, then "/3", ".3", "-3" or " tháng 3", or a span of days
# ("26 và 27/3"). Digits are rare in prose: the text is scanned once for these, and the full phrase is looked
# for only around them.
_DAY_SPAN = r"(?:và|-|–|đến(?:\s+(?:hết\s+)?ngày)?)"
_DATE_HIT = re.compile(rf"[0-9](?<![\w/.,][0-9])(?:[0-9]?\s*{_DAY_SPAN}\s*[0-9]{{1,2}})?"
                       r"[0-9]?(?:[/.-][0-9]|\s+tháng\s+[0-9])")  # ([0-9]: an ASCII class is scanned faster than \d)
# What a hit holds before its last separator: digits, blanks (\s: the characters str.isspace() accepts, none above
# U+3000) and the letters and dashes of a span of days
_IN_HIT = "0123456789" + "".join(c for c in map(chr, range(0x3001)) if c.isspace()) + "".join(
    sorted(set(re.sub(r"\\s|[()?:|+]", "", _DAY_SPAN))))


def date_hits(text: str) -> list[Span]:
    """Where a date may stand in ``text``: the matches of _DATE_HIT.finditer(text), each tried only at the digits
    of the run of _IN_HIT characters before a separator ("/", "tháng", ".3", "-3": found by str.find; ``re`` reads
    a class of digits one character at a time through the whole text)."""
    out: list[Span] = []
    pos = 0
    for q in _separators(text):
        p = q
        while (kept := text[(floor := max(pos, p - 24)) : p].rstrip(_IN_HIT)) == "" and floor > pos:
            p = floor
        p = floor + len(kept)  # the start of the run that ends at q (none before pos)
        while p < q:
            m = _DATE_HIT.match(text, p) if "0" <= text[p] <= "9" else None
            if m is None:
                p += 1
                continue
            out.append(m.span())
            pos = p = m.end()
    return out


_DOT_DIGIT = re.compile(r"\.(?=[0-9])")
_DASH_DIGIT = re.compile(r"-(?=[0-9])")


def _separators(text: str) -> list[int]:
    """Where "/", "tháng", or "." or "-" before an ASCII digit stand in ``text``, in order."""
    out: list[int] = []
    for sep in ("/", "tháng"):
        i = text.find(sep)
        while i >= 0:
            out.append(i)
            i = text.find(sep, i + 1)
    out += [m.start() for m in _DOT_DIGIT.finditer(text)]
    out += [m.start() for m in _DASH_DIGIT.finditer(text)]
    out.sort()
    return out


def _hits_by_unit(units: list[Unit], hits: list[Span]) -> dict[int, list[Span]]:
    """The date hits by the index of the unit they stand in (offsets into the unit), in order."""
    starts = [u.start for u in units]
    out: dict[int, list[Span]] = {}
    for i, j in hits:
        k = bisect_right(starts, i) - 1
        if k >= 0 and j <= starts[k] + len(units[k].text):
            out.setdefault(k, []).append((i - starts[k], j - starts[k]))
    return out


def _date_phrases(text: str, hits: list[Span]) -> list[re.Match[str]]:
    out: list[re.Match[str]] = []
    last = -1
    for i, j in hits:
        for m in _DATE_PHRASE.finditer(text, max(0, i - 30), j + 20):
            if m.start() > last and m.start() <= i < m.end():
                out.append(m)
                last = m.start()
    return out


def _score(s: str, m: re.Match[str], listed: bool, unit: int, offset: int) -> _Candidate | None:
    """A date phrase of sentence ``s`` scored as the event's date; None when it belongs to something else."""
    date = _date_of(m)
    if date is None:
        return None
    before = s[max(0, m.start() - 80) : m.start()]
    at_start = bool(_DATELINE.fullmatch(s, 0, m.start()))
    # "diễn ra từ ngày 10 đến 12/7": the days the event spans
    spans_event = bool(m.group("first") and _EVENT_FROM.search(before, len(before) - 45))
    opening = at_start and before.strip().lower() in ("từ", "vào")  # "Từ ngày 08 đến ngày 09 …, <event>"
    if _NOT_EVENT_BEFORE.search(before, len(before) - 40) and not (opening or spans_event):
        return None
    if _CLOCK_AFTER.match(s, m.end()) or (_CITING.match(s) and "," not in s[: m.start()]):
        return None
    low = s.lower()
    noun = _MEETING_NOUNS.search(low)
    verb = _EVENT_VERBS.search(low)
    if (not noun and not verb) or _PLANNED.search(low):
        return None
    issued = _ISSUES_DOC.search(s, m.end(), m.end() + 160)
    if issued:
        first_event = min((x.start() for x in (_MEETING_NOUNS.search(low, m.end()),
                                                _EVENT_VERBS.search(low, m.end())) if x), default=len(s))
        if issued.start() < first_event:
            return None
    score = (2 if noun else 0) + (1 if verb else 0) + (3 if at_start else 0) + (2 if m.group("tod") else 0)
    clause = max(before.rfind(c) for c in ",.;:()") + 1  # (the session is named in the clause of the date)
    named = _VERB_BEFORE.search(before, len(before) - 16) or _SESSION_BEFORE.search(before, max(clause, 20))
    score += 2 if spans_event or named else 0
    score -= 3 if listed else 0
    if score < 3:
        return None
    dm = m.start("d") if m.group("d") else m.start("wd")
    return _Candidate(score, unit, date, (offset + (m.start("first") if m.group("first") else dm), offset + m.end()))


def _date_of(m: re.Match[str]) -> DayMonthYear | None:
    if m.group("d"):
        day, month, year = int(m.group("d")), int(m.group("m")), m.group("y")
    else:
        day, month, year = int(m.group("wd")), int(m.group("wm")), m.group("wy")
    if m.group("first"):
        day = int(m.group("first"))
    y = int(year) if year else None
    if not (1 <= day <= 31 and 1 <= month <= 12) or (y is not None and not 1900 <= y <= 2100):
        return None  # "Chiều 26/33": a typo, not a date
    return DayMonthYear(day=day, month=month, year=y)


def extract_meeting(layout: Layout, mentions: list[Mention]) -> Meeting | None:
    units = reading_units(layout)
    hits = date_hits(layout.source.text)
    found = find_event_date(units, hits) if hits else None
    date, date_span, lead = found if found else (None, None, 0)
    if found is None and hits:  # the title may be the only place that dates the session ("… NGÀY 8/11/2025")
        titled = find_event_date(title_units(layout), hits)
        date, date_span = (titled[0], titled[1]) if titled else (None, None)
    chair, chair_span = find_chair(units, mentions, lead, layout.source.text)
    if date is None and chair is None:
        return None
    return Meeting(date=date, chair=chair, span=date_span or chair_span)


# Presiding, in the order a chair is chosen: who presides ("chủ trì", "điều hành hội nghị", "chủ tọa kỳ họp"),
# the top leader who attends and directs ("dự và chỉ đạo"), the leader whose speech directs the session
# ("phát biểu chỉ đạo", "Chỉ đạo tại Hội nghị, …").
_SESSION = r"(?:hội nghị|đại hội|kỳ họp|kì họp|phiên họp|phiên thảo luận|cuộc họp|buổi làm việc|hội thảo)"
_CHAIR = re.compile(choice([
    r"sự\s+(?:đồng\s+)?chủ\s+trì(?:\s+của)?", r"đồng\s+chủ\s+trì", r"chủ\s+trì(?:\s+của)?",
    r"sự\s+(?:điều\s+hành|chủ\s+t(?:ọa|oạ))\s+của", rf"điều\s+hành(?=\s+{_SESSION})",
    rf"chủ\s+t(?:ọa|oạ)(?:\s+của|(?=\s+{_SESSION})|\s*:)",
    r"dự\s+và\s+chỉ\s+đạo", r"phát\s+biểu\s+chỉ\s+đạo", rf"chỉ\s+đạo\s+tại\s+{_SESSION}",
]))


_CHAIR_WORDS = ("hủ trì", "hủ tọa", "hủ toạ", "iều hành", "hỉ đạo", "HỦ TRÌ", "HỈ ĐẠO")  # (substring tests are fast)


# (words that share their first four characters are looked for by those, once: "hủ t" for "hủ trì", "hủ tọa" …)
_CHAIR_SCANS = tuple((group[0] if len(group) == 1 else head, group) for head, group in (
    (head, tuple(w for w in _CHAIR_WORDS if w[:4] == head)) for head in dict.fromkeys(w[:4] for w in _CHAIR_WORDS)))


def _chair_words(text: str) -> list[int]:
    """Where the words a presiding verb needs stand in ``text``, in order: the units without any are not
    scanned by the regex."""
    out: list[int] = []
    for head, group in _CHAIR_SCANS:
        i = text.find(head)
        while i >= 0:
            if text.startswith(group, i):
                out.append(i)
            i = text.find(head, i + 1)
    return sorted(out)


def _rank(verb: str) -> int:
    """0 presides, 1 attends and directs, 2 directs in a speech."""
    low = verb.lower()
    return 1 if low.startswith("dự") else 2 if "đạo" in low else 0


# The person named after the verb: "chủ trì hội nghị có đồng chí X", "… là đồng chí X", "… gồm …", "Chủ trì: X".
_AFTER_VERB = re.compile(r"[^,.;]{0,60}?(?<!\w)(?:có|gồm|là)(?!\w)|\s*:")


def find_chair(units: list[Unit], mentions: list[Mention], lead: int, text: str) -> tuple[str | None, Span | None]:
    """The person who presides, else the leader who ``dự và chỉ đạo``, else the leader who holds a working
    session with a unit, else the leader whose speech directs the session. ``text``: what the offsets index."""
    best: dict[int, Mention] = {}
    ordered = sorted(mentions, key=lambda x: x.start)
    starts = [x.start for x in ordered]
    words = _chair_words(text)
    for u in units:
        k = bisect_left(words, u.start)
        if k == len(words) or words[k] >= u.start + len(u.text):
            continue
        first = _CHAIR.search(u.text, max(0, words[k] - u.start - 12))
        if not first:
            continue
        for start, end, s in sentences(u.text, u.start):
            if end <= u.start + first.start():
                continue
            in_sentence = ordered[bisect_left(starts, start) : bisect_left(starts, end)]
            for m in _CHAIR.finditer(s) if in_sentence else ():
                rank = _rank(m.group())
                pick = None if rank in best else _chair_of(s, m, in_sentence, start)
                if pick is not None:
                    best[rank] = pick
                    if rank == 0:
                        return pick.name, (pick.start, pick.end)
    if 1 in best:
        return best[1].name, (best[1].start, best[1].end)
    host = _working_with(units[lead : lead + 3], mentions)
    if host is not None:
        return host.name, (host.start, host.end)
    if 2 in best:
        return best[2].name, (best[2].start, best[2].end)
    return None, None


def _chair_of(s: str, m: re.Match[str], in_sentence: list[Mention], start: int) -> Mention | None:
    """The person a presiding verb of sentence ``s`` (at ``start``) is said of."""
    if not in_sentence:
        return None
    if re.match(r"\s*,\s*phối hợp", s[m.end() : m.end() + 25]) or re.search(r"\bgiao\b[^.;]*$", s[: m.start()]):
        return None  # "giao Sở X chủ trì, phối hợp…": a task owner, not a chair
    pos = start + m.start()
    verb = m.group().lower()
    lead = s[: m.start()].strip(" ,-–*_\"“")
    before = [x for x in in_sentence if x.start < pos]
    if "của" in verb or verb.startswith("sự") or not lead or (not before and _AFTER_VERB.match(s, m.end())):
        # "dưới sự chủ trì của X", "Chủ trì cuộc họp có đồng chí X", "Chỉ đạo tại Hội nghị, X …",
        # "Về dự và chỉ đạo hội nghị có đồng chí X": the person comes after the verb
        later = [x for x in in_sentence if x.start >= pos]
        return later[0] if later else None
    return before[0] if before else None


_WORKS_WITH = re.compile(r"làm việc với\b")  # ("đã có buổi" before it names no one)
# Between a leader and "làm việc với": receiving a delegation that works with the host is no presiding
# ("X đã có buổi tiếp Đoàn công tác … do bà Y dẫn đầu làm việc với UBND tỉnh").
_RECEIVES = re.compile(r"(?<!\w)(?:tiếp|dẫn đầu|do)(?!\w)")


def _working_with(units: list[Unit], mentions: list[Mention]) -> Mention | None:
    """"Đồng chí X, Bí thư Tỉnh ủy đã có buổi làm việc với …" in the lead: X leads the working session."""
    for u in units:
        if "làm việc với" not in u.text:
            continue
        for start, _end, s in sentences(u.text, u.start):
            m = _WORKS_WITH.search(s)
            if not m:
                continue
            before = [x for x in mentions if start <= x.start < start + m.start()]
            # "Cùng dự có đồng chí Y …": a guest, not the one who leads
            if not before or re.search(r"\b(?:[Dd]ự|[Cc]ùng)\b", s[: before[0].start - start]):
                continue
            if _RECEIVES.search(s, before[0].end - start, m.start()):
                continue
            return before[0]
    return None
