"""Who does a task: the body that owns it and the bodies it works with, as the task's own words name them.

A body is named before its work ("Phòng Nội vụ hoàn thiện …"), after "giao" ("giao Phòng Tài chính cân đối …"),
after "Đề nghị"/"Yêu cầu" opening an item, or after "phối hợp với"; its name ends where a work verb begins.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.core.lexicon import (
    LOWER_LETTERS,
    NAME_COMMA_TAILS,
    NOT_VERB_AFTER,
    ORG_HEAD_RE,
    TASK_VERB_AFTER_ANY_BLANK,
    TASK_VERB_RE,
    search_task_verb,
)
from desktop.core.rx import has_any

# Openers before a clause's subject: connectives, a purpose ("Để xác định vị trí dự án, UBND tỉnh …") and a role
# ("với vai trò là chủ đầu tư, Tập đoàn X chủ động …")
_CONNECTIVE = re.compile(r"^(?:Đồng thời|Bên cạnh đó|Ngoài ra|Mặt khác|Trong đó|Để [^,;.]{3,80}|"
                         r"[Vv]ới vai trò(?: là)? [^,;.]{3,60})\s*,\s*")
_CONNECTIVE_FIRST = "ĐBNMTVv"  # the first letters of _CONNECTIVE's openers
_MODALS = ("cần", "phải", "cũng", "sớm", "tiếp tục", "cần tiếp tục")  # before the work: "… cần chủ động …"
_MODAL_TAIL = re.compile(rf"(?:\s+(?:{'|'.join(_MODALS)}))+$")
# the last words of _MODAL_TAIL's alternatives
_MODAL_LAST = tuple(dict.fromkeys(m.rsplit(None, 1)[-1] for m in _MODALS))


def _without_modal_tail(org: str) -> str:
    """``_MODAL_TAIL.sub("", org)``, the regex tried only on a text that ends with one of its last words (its
    "$" stands at the end or before a final newline): elsewhere it would try every blank and find nothing."""
    return _MODAL_TAIL.sub("", org) if org.removesuffix("\n").endswith(_MODAL_LAST) else org


_MODAL_INSIDE = re.compile(r"\s(?:cần|phải|nên)\s")
_COMRADE = re.compile(r"^(?:Đồng chí|đồng chí)\s+")
_LIST_CUT = re.compile(r"[,;]\s*")
_BODY_END_WORDS = ("trong", "từ nay", "đến hết", "vào", "ngay")  # (the split tried only where one stands)
_BODY_END = re.compile(rf"\s(?:{'|'.join(_BODY_END_WORDS)})\s")  # "Sở Y tế trong tháng 9 …": the body ends


def org_before_verb(text: str) -> str | None:
    # "Đồng thời, Ủy ban Kiểm tra Huyện ủy hoàn thành …"
    lead = _CONNECTIVE.match(text) if text[:1] in _CONNECTIVE_FIRST else None
    if lead:
        text = text[lead.end() :]
    if not ORG_HEAD_RE.match(text[:1].upper() + text[1:] if text.startswith("các ") else text):
        return None  # "các sở, ngành khẩn trương …" inside a sentence is written lower-case
    m = search_task_verb(text)
    if not m or m.start() == 0:
        return None
    org = _COMRADE.sub("", text[: m.start()].strip(" ,:"))
    org = _without_modal_tail(org)  # "Các cơ quan chuyên môn cần chủ động …"
    org = _MODAL_INSIDE.split(org, 1)[0]  # "các phòng, ban cần bám sát kế hoạch, triển khai …": the work began
    return org if 1 <= len(org.split()) <= 14 else None


PARTNERS_AFTER = re.compile(r"phối hợp(?: với)?\s+([^;.\n]+)")  # partners_of() cuts it where the work begins


# "giao" at the start or after a blank: ``(?:^|\s)[Gg]iao\s+`` with the left edge checked after the "G", so that re
# jumps from one "G"/"g" to the next (its end, all that is read, is the same)
_GIVE = re.compile(r"[Gg](?<!\S.)iao\s+")
_AND_LOWER = re.compile(rf"\s+và\s+(?=[{LOWER_LETTERS}])")  # "và" then a common noun: another body


def split_bodies(s: str) -> list[str]:
    pieces = [p.strip() for p in _LIST_CUT.split(s) if p.strip()]
    merged: list[str] = []
    for p in pieces:
        if merged and ((len(p.split()) == 1 and p[0].islower()) or p.startswith(NAME_COMMA_TAILS)):
            merged[-1] += ", " + p
        else:
            merged.append(p)
    out: list[str] = []
    for p in merged:
        parts = _AND_LOWER.split(p) if "và" in p else [p]  # (the word the pattern needs)
        out.extend(x.strip() for x in parts if x.strip())
    return out


_NAME_HEAD_BEFORE = re.compile(r"(?:^|\s)(?:[Bb]an|[Tt]ổ|[Hh]ội đồng)$")
_NAME_HEAD_ENDS = ("an", "ổ", "ồng", "an\n", "ổ\n", "ồng\n")  # how a text _NAME_HEAD_BEFORE finds ends (quick test)


def work_start(phrase: str) -> int | None:
    """Where the work begins after the bodies named at the start of ``phrase``: the first work verb
    that is not part of a body's name ("Ban quản lý dự án", "Hội đồng thẩm định")."""
    first = TASK_VERB_RE.match(phrase)  # a verb at the start is no work after a body; the search goes on after it
    pos = first.end() if first else 0
    while (verb := TASK_VERB_AFTER_ANY_BLANK.search(phrase, pos)) is not None:
        at = verb.start()
        if phrase.endswith(NOT_VERB_AFTER, 0, at):  # no verb of TASK_VERB_RE starts at this blank: the next one
            pos = at + 1
        elif phrase.endswith(_NAME_HEAD_ENDS, 0, at) and _NAME_HEAD_BEFORE.search(phrase, 0, at):
            pos = verb.end()  # (as finditer goes on after a match)
        else:
            return at
    return None


ASK_WORDS = ("Đề nghị", "Yêu cầu", "đề nghị", "yêu cầu")
ASK_LEAD = re.compile(rf"^(?:{'|'.join(ASK_WORDS)})\s+")  # at the start of an item: who is asked


_ROLE = re.compile(r"\s(?:là|làm)\s")


def assigned_owner(text: str, lead: re.Pattern[str] = _GIVE) -> str | None:
    """The body after "giao" (or another ``lead``), up to its work: "giao Phòng Tài chính - Kế hoạch cân
    đối nguồn kinh phí", "Đề nghị Mặt trận Tổ quốc … tăng cường tuyên truyền"."""
    m = lead.search(text)
    if not m:
        return None
    rest = text[m.end() :]
    cut = work_start(rest)
    owner = rest[:cut].strip(" ,:") if cut is not None else ""
    owner = _ROLE.split(owner, 1)[0].strip(" ,")  # "giao Phòng Văn hóa và Thông tin là cơ quan thường trực, …"
    # a body is named with capitals ("Phòng …", "UBND …") or as "các xã"; "giao đất" is land allocation;
    # "các cấp ủy, chính quyền" is everyone, no one in particular
    named = owner[:1].isupper() or owner.startswith(("các ", "mỗi ", "từng "))
    return owner if named and not owner.lower().startswith("các cấp") else None


def partners_of(phrase: str) -> list[str]:
    """Bodies after ``phối hợp với``, up to the work itself: ``Phòng Nội vụ hoàn thiện quy chế, trình …``."""
    cut = work_start(phrase)
    if cut is not None:
        phrase = phrase[:cut]
    out = []
    for body in split_bodies(phrase):
        if _WORK_START.match(body):
            break
        out.append(body)
    return out


_WORK_START = re.compile(rf"(?:{TASK_VERB_RE.pattern})|trình\s")


def lead_owner_of(text: str) -> str | None:
    if not ("êu cầu" in text or "ề nghị" in text or "iao" in text):  # (the words the search needs)
        return None
    m = re.search(r"(?:[Yy]êu cầu|[Đđ]ề nghị|[Gg]iao)\s+(?:đối với\s+)?(.+?)(?=\s(?:tập trung|thực hiện|triển khai|"
                  r"lãnh đạo|chỉ đạo|khẩn trương)\b|:|$)", text)
    if not m:
        return None
    who = re.split(r"\s(?:trong|về|tại|để|như sau)\s", m.group(1) + " ", maxsplit=1)[0].strip(" ,")
    if re.match(r"(?:các|Thủ trưởng các|mọi|toàn)\b", who) or "các cấp" in who or len(who.split()) > 12:
        return None
    return who if ORG_HEAD_RE.match(who) else None


# A place-named body written in lower case as the subject of a directive: "huyện Vân Canh tập trung …"
_PLACE_BODY = re.compile(r"(?:huyện|xã|tỉnh|thị xã|thành phố|phường|thị trấn|quận)\s+(?=\w)")
# Several bodies, or everyone: no one in particular owns the work (contract 1.1, the annotators' notes)
# (an opening word, or "các cấp" anywhere: ``^(?:…)\s|các cấp`` searched, as a match and a substring test)
_COLLECTIVE = re.compile(r"(?:các|Các|mọi|Mọi|toàn|Toàn|những|Những|mỗi|Mỗi|từng|Từng)\s")


def addressee_of(clause: str) -> str | None:
    """The one body a directive clause opens with, before its work: "huyện Vân Canh tập trung …",
    "Sở Y tế khẩn trương …"; None for a collective addressee ("các thành viên trong cụm cần …")."""
    return addressee_before(clause, work_start(clause))


def addressee_before(clause: str, cut: int | None) -> str | None:
    """:func:`addressee_of`, where the work begins at ``cut`` (``work_start(clause)``, if the caller has it)."""
    return one_body(_without_modal_tail(clause[:cut].strip(" ,:"))) if cut is not None else None


def one_body(who: str) -> str | None:
    """``who`` if it names one body or place ("huyện Sơn Mỹ", "Sở Y tế"), not several or everyone."""
    who = who.strip(" ,:") + " "
    who = (_BODY_END.split(who, maxsplit=1)[0] if has_any(who, _BODY_END_WORDS) else who).strip()
    if not who or len(who.split()) > 12 or _COLLECTIVE.match(who) or "các cấp" in who or "," in who:
        return None
    place = _PLACE_BODY.match(who)
    if place and who[place.end()].isupper():
        return who
    return who if ORG_HEAD_RE.match(who) else None


_PLACE_PIECE = re.compile(r"(?:thị xã|thành phố|huyện|xã|phường|thị trấn|quận|đặc khu)$")


def body_of_frame(after: str) -> str | None:
    """The body a per-body frame names ("Đối với UBND các huyện, thị xã, xác định …" → "UBND các huyện, thị
    xã"): comma pieces that are place nouns or capitalised continue the name; None if no body heads it."""
    pieces = after.split(",")
    name = pieces[0].strip()
    if not ORG_HEAD_RE.match(name) or work_start(name) is not None:
        return None
    for piece in pieces[1:-1]:
        p = piece.strip()
        if not p or not (_PLACE_PIECE.match(p) or p[0].isupper()):
            break
        name += ", " + p
    return name


_LEAD_FRAME = re.compile(r"([^,:;]{2,60}),\s+")  # "Trong năm 2025, …", "Năm 2025, …" before the subject


def lead_subject(lead: str, period: Callable[[str], str | None]) -> tuple[str, str | None] | None:
    """The one body a list's lead-in names as its subject, and the period of its frame: "Trong năm 2025, Sở
    Nội vụ tập trung:" → ("Sở Nội vụ", "Trong năm 2025") (contract 1.1); None if no body opens the work.
    ``period`` reads a period in a frame (task_fields.frame_deadline)."""
    m = _LEAD_FRAME.match(lead)
    rest = lead[m.end() :] if m else lead
    owner = addressee_of(rest.rstrip(" :") + " ")
    if owner is None or not lead.rstrip().endswith(":"):
        return None
    return owner, period(m.group(1)) if m else None
