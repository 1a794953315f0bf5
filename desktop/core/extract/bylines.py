"""Authors and signers: bylines (``Tin, ảnh: X``, ``Theo X/báo …``, a name alone closing the article), photo
credits (``Ảnh: X``) and the signature block of an official text."""

from __future__ import annotations

import itertools
import re

from desktop.core.extract.mention import Mention
from desktop.core.extract.person_names import HONORIFICS
from desktop.core.layout import _AUTHORITY, Layout, Para
from desktop.core.lexicon import TITLE_START_RE, UPPER_LETTERS
from desktop.core.rx import has_any

_BYLINE_NAME = rf"[{UPPER_LETTERS}][\w']*(?: [{UPPER_LETTERS}][\w']*){{1,3}}"
_BYLINE_THEO = re.compile(rf"^Theo\s+({_BYLINE_NAME})\s*(?:/|\(|-|–|$)")
_BYLINE_NAMES = re.compile(rf"^({_BYLINE_NAME})((?:\s*[-–,&]\s*{_BYLINE_NAME})*)\s*(?:\((.*)\))?$")
_BYLINE_POS = re.compile(rf"^({_BYLINE_NAME})\s*[–-]\s*(.+)$")
# "Ảnh:", "Video:", "Tin, ảnh:" before a name; the first letter is checked again by look-behinds (see rx.py)
_PHOTO = re.compile(r"[ÁẢVCTB](?<!\w.)(?:(?<=[ÁẢ])nh|(?<=V)ideo|(?<=C)lip|"
                    r"(?:(?<=T)in|(?<=B)ài|(?<=Ả)nh)\s*(?:,|và|-|/)\s*(?:ảnh|bài|video|clip))\s*:\s*"
                    rf"({_BYLINE_NAME})")


_PHOTO_WORDS = ("Ảnh", "Ánh", "Video", "Clip", "Tin", "Bài")  # (one of them is in every credit _PHOTO reads)
_MORE_NAMES = re.compile(rf"\s*(?:[-–,&]|và)\s*({_BYLINE_NAME})(?=\s*(?:[-–,&]|và|$|\)))")
_NOT_AUTHOR = ("Báo ", "Đài ", "Cổng ", "Trang tin", "Trang thông tin", "Tạp chí", "Thông tấn", "TTXVN", "Trung tâm")


# Syllables of the names of bodies and places, never of a person's: a byline's "Văn Long" or "Trung Kiên" is a
# reporter, "Trung tâm Văn hóa" or "Báo Lào Cai" is not.
_BODY_SYLLABLES = {"ủy", "uỷ", "ban", "sở", "phòng", "tâm", "ương", "báo", "đài", "cổng", "đảng", "tỉnh", "huyện",
                   "xã", "bộ", "cục", "hội", "tạp", "thông", "ttxvn", "vtv", "nguồn", "ảnh", "tin", "bài",
                   "theo", "video", "clip"}


def _author_name(name: str) -> bool:
    """A byline names its author bare: not a body ("Báo Lào Cai"), nor with an honorific ("Ông Võ Văn Tư - Chủ
    tịch Hội … điều hành Đại hội" is a caption about a person)."""
    words = name.split()
    return (not name.startswith(_NOT_AUTHOR) and words[0] not in HONORIFICS
            and not any(w.lower() in _BODY_SYLLABLES for w in words))


# "Tác giả: T Kiên" anywhere in the article
_AUTHOR_LABEL = re.compile(rf"(?<!\w)Tác giả\s*:\s*({_BYLINE_NAME})")
# What a byline may open with: "Tin", "Bài", "Tin, ảnh", "Tin và ảnh" ("ành": the same word, its tone mark mistyped)
_BYLINE_PREFIX = re.compile(rf"^(?:Tin|Bài|Ảnh)(?:\s*(?:,|và|-|/)\s*(?:[ảàa]nh|bài|video))?\s*:?\s+"
                            rf"(?=[{UPPER_LETTERS}])")
# The article's last paragraph: a long one that ends a sentence; the byline is the short line right after it
_PROSE_END = (".", "!", "?", "…", "”", '"')  # ("./." too) and blanks after it


def _ends_prose(t: str) -> bool:
    return t.rstrip().endswith(_PROSE_END)


def _author(name: str, start: int, end: int, extra: list[str] | None = None) -> Mention:
    """A reporter's name as written; a name written in capitals ("Ảnh: TRỌNG LỢI") in its usual case."""
    if name.isupper():
        name = name.title()
    return Mention(name, start, end, ["Tác giả", *(extra or [])])


def _credits(p: Para) -> list[Mention]:
    """Photo credits and author labels inside a paragraph: "Ảnh: X", "Tin, ảnh: X - Y", "Tác giả: X"."""
    out: list[Mention] = []
    for pm in _PHOTO.finditer(p.text) if has_any(p.text, _PHOTO_WORDS) else ():
        out.append(_author(pm.group(1), p.start + pm.start(1), p.start + pm.end(1)))
        at = pm.end()
        while more := _MORE_NAMES.match(p.text, at):  # "Tin, ảnh: Thanh Hà - Minh Đức"
            if not _author_name(more.group(1)):
                break
            out.append(_author(more.group(1), p.start + more.start(1), p.start + more.end(1)))
            at = more.end()
    for am in _AUTHOR_LABEL.finditer(p.text) if "Tác giả" in p.text else ():
        if _author_name(am.group(1)):
            out.append(_author(am.group(1), p.start + am.start(1), p.start + am.end(1)))
    return out


def _closing_lines(body: list[Para]) -> list[tuple[Para, bool, bool]]:
    """Where a byline stands: the last lines of the body, and a short line right after a long paragraph that
    ends a sentence (the article's end, when site chrome follows it). Flags: among the last lines; right after
    the article's prose."""
    after_prose = {id(p) for prev, p in itertools.pairwise(body)
                   if len(prev.text) >= 80 and len(p.text) <= 90 and _ends_prose(prev.text)}
    tail = body[-5:]
    out = [(p, True, id(p) in after_prose) for p in tail]
    out += [(p, False, True) for p in body[:-5] if id(p) in after_prose]
    return out


def _byline(p: Para, last: bool, after_prose: bool) -> list[Mention]:
    t = p.text.strip()
    at = p.start + (len(p.text) - len(p.text.lstrip()))
    if len(t) > 90 or t.endswith((".", ":", ";")):
        return []
    m = _BYLINE_THEO.match(t)
    if m:
        return [_author(m.group(1), at + m.start(1), at + m.end(1))]
    m = _BYLINE_POS.match(t)
    if last and m and TITLE_START_RE.match(m.group(2)) and _author_name(m.group(1)):
        return [_author(m.group(1), at + m.start(1), at + m.end(1), [" ".join(m.group(2).split())])]
    prefix = _BYLINE_PREFIX.match(t)
    skip = prefix.end() if prefix else 0
    names_part = t[skip:].split("(")[0]
    if names_part.isupper() and after_prose:  # "THU HÀ - MINH ĐỨC" right after the article: a byline in capitals
        t = t[:skip] + names_part.title() + t[skip + len(names_part) :]
    elif any(w.isupper() and len(w) > 1 for w in names_part.split()):
        return []
    m = _BYLINE_NAMES.match(t[skip:])
    if not m:
        return []
    names = re.finditer(_BYLINE_NAME, t[skip : skip + (m.end(2) if m.group(2) else m.end(1))])
    at += skip
    return [_author(nm.group(), at + nm.start(), at + nm.end()) for nm in names if _author_name(nm.group())]


def byline_people(layout: Layout) -> list[Mention]:
    out: list[Mention] = []
    body = [p for p in layout.paras if p.role == "body"]
    for p in body:
        if ":" in p.text:
            out.extend(_credits(p))
    if layout.official:
        return out
    for p, last, after_prose in _closing_lines(body):
        out.extend(_byline(p, last, after_prose))
    return out


def signature_people(layout: Layout) -> list[Mention]:
    out: list[Mention] = []
    sig = [p for p in layout.paras if p.role == "signature"]
    for k, p in enumerate(sig):
        t = p.text.strip()
        if not re.fullmatch(_BYLINE_NAME, t) or t.isupper():
            continue
        position = None
        for q in reversed(sig[:k]):
            qt = q.text.strip()
            if qt.isupper() and not _AUTHORITY.match(qt) and not qt.startswith(("-", "NƠI NHẬN")):
                position = " ".join(qt.split())
                break
        out.append(Mention(t, p.start, p.end, [position] if position else []))
    return out
