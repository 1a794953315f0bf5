"""Which way a request goes: up the administrative ladder (a proposal of the reporting unit) or down it
(a directive). Told by the levels of the speaker and the addressee ("huyện đề nghị tỉnh …" goes up, "Bí thư
Tỉnh ủy đề nghị huyện …" down; an official document speaks at its issuer's level), else by who speaks: a
leader directs, a unit asks. :func:`proposals_from` then reads the requests sent up, one per request clause."""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.core.extract.common import sentences_from, split_clauses, trimmed
from desktop.core.extract.task_collector import Collector
from desktop.core.extract.task_owner import ASK_LEAD, assigned_owner, work_start
from desktop.core.lexicon import LOWER_LETTERS, UPPER_LETTERS
from desktop.core.rx import has_any
from desktop.core.vnnum import has_digit

# Who speaks in a sentence: a leader, or a unit (a committee, the People's Committee, a department).
# Plain substring tests ("in") scan several times faster than one regex over these common letters.
_LEADER_WORDS = ("đồng chí", "Đồng chí", "Bí thư", "Chủ tịch", "đại biểu", "Đại biểu", "lãnh đạo", "Thủ tướng",
                 "Bộ trưởng", "Trưởng ban", "Trưởng đoàn", "trưởng đoàn", "Giám đốc")
_UNIT_WORDS = ("Huyện ủy", "Huyện uỷ", "Thị ủy", "Thị uỷ", "Thành ủy", "Thành uỷ", "Đảng ủy", "Đảng uỷ", "UBND",
               "Ủy ban nhân dân", "Uỷ ban nhân dân", "thị xã", "Hội nghị", "Sở", "Ban")
_CITIZEN_WORDS = ("cử tri", "Cử tri", "người dân", "Người dân", "bà con", "Bà con")
_UNIT_BOUNDED = re.compile(r"\b(?:[Hh]uyện|xã|[Tt]ỉnh)\b")
_HONORIFIC_NAME = re.compile(r"(?<![\w])(?:ông|bà|Ông|Bà)\s+(\w)")


def names_leader(s: str) -> bool:
    """A leader speaks: a title or "đồng chí", or a person named with "ông"/"bà" ("bà Đinh Thị Loan đề nghị …";
    not "bà con", the villagers)."""
    if has_any(s, _LEADER_WORDS):
        return True
    return ("ông " in s or "bà " in s or "Ông " in s or "Bà " in s) and any(
        m.group(1).isupper() for m in _HONORIFIC_NAME.finditer(s))


def names_unit(s: str) -> bool:
    return has_any(s, _UNIT_WORDS) or (
        ("uyện" in s or "xã" in s or "ỉnh" in s) and _UNIT_BOUNDED.search(s) is not None)


def _asked(body: str) -> tuple[str, int] | None:
    """The body asked by an item "Đề nghị Tỉnh ủy quan tâm …" and where its request starts."""
    lead = ASK_LEAD.match(body)
    asked = assigned_owner(body, ASK_LEAD) if lead else None
    if not asked or not lead:
        return None
    return asked, body.index(asked, lead.end()) + len(asked)


def request_start(body: str) -> int:
    """Where the request of a proposal item starts: after "Đề nghị Tỉnh ủy" ("… quan tâm bố trí vốn …")."""
    found = _asked(body)
    return found[1] if found else 0


def asked_above(body: str, issuer: str | None) -> int | None:
    """An item "Đề nghị UBND tỉnh xem xét …" in a district's text is a request sent up, not a task: where
    the request itself starts (after the body asked), or None."""
    found = _asked(body) if issuer else None
    if not found or not issuer:
        return None
    own, theirs = _level(issuer.lower(), last=True), _level(found[0], last=False)  # (the issuer is in capitals)
    return found[1] if own is not None and theirs is not None and theirs > own else None


# Levels of the administrative ladder, so "lãnh đạo huyện đề nghị tỉnh …" reads as a request upward and
# "Bí thư Tỉnh ủy đề nghị huyện …" as a directive downward. Departments sit just under their level.
# (Every alternative starts with its plain letter, so that re jumps from one of those letters to the next: a
# word's left edge "\bX" is checked after its first letter, "X(?<!\w.)"; "[Bb]an" is "Ban" or "ban".)
_LEVELS = [
    (re.compile(r"Trung ương|Chính phủ|Thủ tướng|Quốc hội|Bộ Chính trị|Ban Bí thư|các bộ|B(?<!\w.)ộ\s"), 3.0),
    (re.compile(r"S(?<!\w.)ở\b|Ban\s.{0,30}Tỉnh ủy|ban\s.{0,30}Tỉnh ủy|Ban\s.{0,30}tỉnh|ban\s.{0,30}tỉnh"), 1.5),
    (re.compile(r"Tỉnh ủy|Tỉnh uỷ|UBND tỉnh|HĐND tỉnh|Ủy ban nhân dân tỉnh|t(?<!\w.)ỉnh\b"), 2.0),
    (re.compile(r"P(?<!\w.)hòng\b"), 0.5),
    (re.compile(r"Huyện ủy|Huyện uỷ|Thị ủy|Thị uỷ|Thành ủy|Thành uỷ|UBND huyện|h(?<!\w.)uyện\b|thị xã|thành phố"), 1.0),
    (re.compile(r"Đảng ủy xã|Đảng uỷ xã|UBND xã|x(?<!\w.)ã\b|phường|thị trấn"), 0.0),
]


def _level(text: str, last: bool) -> float | None:
    """Level of the body named last in ``text`` (the speaker) or first (the addressee)."""
    best: tuple[int, float] | None = None
    for rx, level in _LEVELS:
        for m in rx.finditer(text):
            key = m.start()
            if best is None or (key > best[0] if last else key < best[0]):
                best = (key, level)
    return best[1] if best else None


_CENTRAL = re.compile(r"trung ương|chính phủ|quốc hội|thủ tướng|^bộ\s", re.IGNORECASE)


def issuer_level(unit: str | None) -> float | None:
    """The level of the body that issues an official document ("VĂN PHÒNG CHÍNH PHỦ" → central, "ỦY BAN NHÂN DÂN
    TỈNH X" → province): the voice of the document's own sentences."""
    if not unit:
        return None
    return 3.0 if _CENTRAL.search(unit) else _level(unit.lower(), last=True)


def is_upward(before: str, after: str, trigger: str, prev_speaker: Callable[[], str | None],
              own_level: float | None = None) -> bool:
    """``own_level``: the issuer's level when the sentence names no speaker (an official document's voice)."""
    if trigger in ("kiến nghị", "kính đề nghị"):
        return True
    speaker, addressee = _level(before, last=True), _level(after[:40], last=False)
    speaker = own_level if speaker is None and not names_leader(before) else speaker
    if speaker is not None and addressee is not None and speaker != addressee:
        return addressee > speaker
    if names_leader(before):
        return False
    if names_unit(before) or has_any(before, _CITIZEN_WORDS):  # "cử tri đề nghị Nhà nước …": citizens ask
        return True
    return prev_speaker() == "unit"


def _speaker(sentence: str) -> str | None:
    if names_leader(sentence):
        return "leader"
    if names_unit(sentence):
        return "unit"
    return None


class Speaker:
    """Who spoke last ("leader" or "unit"): the last sentence that names one, read only when a request
    needs to know (most texts never ask, and reading every sentence costs time)."""

    def __init__(self, known: str | None = None, since: list[str] | None = None, level: float | None = None) -> None:
        self._known = known
        self._since = since or []  # sentences read since ``_known`` was settled, in order
        self.level = level  # the level of the document's issuer, if it is an official document

    def heard(self, sentence: str) -> None:
        self._since.append(sentence)

    def set(self, who: str | None) -> None:
        self._known, self._since = who, []

    def copy(self) -> Speaker:
        return Speaker(self._known, list(self._since), self.level)

    def current(self) -> str | None:
        for sentence in reversed(self._since):
            who = _speaker(sentence)
            if who:
                self._known = who
                break
        self._since = []
        return self._known


# Reading the requests sent up: the text after the verb of asking, split into one request each.
# ("có" and "chính" only in "cấp có thẩm quyền", "Chính phủ", "chính quyền", "Tài chính"; "nước" in "Nhà nước":
# "Nhà nước có chính sách …" asks the State for a policy)
_ADDRESSEE = re.compile(
    rf"^(?:\s*(?:[{UPPER_LETTERS}][\w']*|với|các|bộ|ngành|ban|sở|và|cấp|ủy|uỷ|tỉnh|huyện|xã|ương|đảng|thường|vụ|trực|nhân|dân|"
    r"hội|đồng|chính(?=\s+(?:phủ|quyền))|(?<=Tài )chính|phủ|(?<=Nhà )nước|cán|sự|có(?=\s+thẩm)|thẩm|quyền|,))+"
)

_LOWER_OR_DIGIT = re.compile(rf"\s*(?:[{LOWER_LETTERS}]|\d)")


def strip_addressee(s: str) -> str:
    m = _ADDRESSEE.match(s)
    rest = s[m.end() :] if m else s
    if m and _LOWER_OR_DIGIT.match(rest):
        work = work_start(s)
        if work is not None and work > m.end() and any(w[:1].isupper() for w in s[m.end() : work].split()):
            return s[work:].lstrip()  # "Sở Nông nghiệp và Môi trường sớm thẩm định …": the name goes on
        return rest
    return s



# "…; đồng thời kiến nghị UBND tỉnh …", ", đồng thời …": a second request in the same sentence
# (each alternative opens with its mark, "[,;]" as "," and ";", so that re jumps from one mark to the next)
_ASK_VERB = r"(?:kính đề nghị|đề nghị|kiến nghị|đề xuất)\s"
_ASK_AGAIN = rf"(?:(?:đồng thời|và|cũng)\s+)+{_ASK_VERB}"
_NEXT_REQUEST = re.compile(rf",\s*(?={_ASK_AGAIN})|;\s*(?={_ASK_AGAIN})|;\s*(?={_ASK_VERB})|,\s*đồng thời\s+")


_COLON_LEAD = re.compile(r"(?:xem xét|như sau|gồm)?\s*:\s*")
# The text before a colon that announces the requests ("… các nội dung sau:"); "… cho 3 thôn: A, B, C" lists
# where, it is the request itself
_LEAD_BEFORE_COLON = re.compile(r"(?:nội dung|vấn đề|việc|sau|cụ thể|như)\s*$")


def proposals_from(col: Collector, t: str, start: int, end: int, offset: int) -> int:
    """The requests in ``t[start:end]`` (or on to the paragraph's end after "… như:"); returns where they end."""
    seg = t[start:end]
    colon = _COLON_LEAD.search(seg) if ":" in seg else None
    lead_in = colon is not None and colon.start() < 120 and (
        colon.group().strip() != ":" or _LEAD_BEFORE_COLON.search(seg, 0, colon.start()) is not None
        or not has_digit(seg[: colon.start()]))
    if colon and lead_in:
        base = start + colon.end()
        if _LEAD_BEFORE_COLON.search(seg, 0, colon.start()) or colon.group().strip() != ":":
            # "kiến nghị … một số nội dung như: A. B. C.": the requests run on to the paragraph's end
            for s, e, sent in sentences_from(t, base):
                if s > base and _REPORTED.search(sent):
                    return s  # "Những vấn đề … đã được … trả lời": the account goes on, the requests ended
                _proposal_parts(col, t, s, t[s:e], offset)
            return len(t)
        body = t[base:end]
    else:
        body = strip_addressee(seg)
        base = end - len(body)
        if _ANNOUNCES.match(body) and ":" not in body:
            return end  # "đề xuất với Đoàn công tác xem xét một số nội dung kiến nghị": the requests follow
    _proposal_parts(col, t, base, body, offset)
    return end


# "xem xét một số nội dung …", "các vấn đề sau": what announces requests, not a request itself
_ANNOUNCES = re.compile(r"(?:với\s+[^,.;:]{0,40}?\s+)?(?:xem xét\s+)?(?:một số|các|những)\s+(?:nội dung|vấn đề)")


_REPORTED = re.compile(r"(?<![\w])đã(?![\w])")


def _proposal_parts(col: Collector, t: str, base: int, body: str, offset: int) -> None:
    """The requests in ``body`` (which starts at ``base`` in ``t``): split at a second request verb and ``;``."""
    parts = _NEXT_REQUEST.split(body)
    pos = base
    for k, part in enumerate(parts):
        if k:
            part_start = t.find(part, pos)
            inner = re.match(r"(?:(?:đồng thời|và|cũng)\s+)*(?:kính đề nghị|đề nghị|kiến nghị|đề xuất)\s+", part)
            stripped = strip_addressee(part[inner.end() :]) if inner else part
            pos = part_start + len(part) - len(stripped)
            part = stripped
        for a, b, _clause in split_clauses(part, pos):
            a2, b2, txt = trimmed(t, a, b, offset)
            col.proposal(a2, b2, txt)
        pos = t.find(part, pos) + len(part)
