"""Authors and signers: bylines (``Tin, ảnh: X``, ``Theo X/báo …``, a name alone closing the article), photo
credits (``Ảnh: X``) and the signature block of an official text."""

from __future__ import annotations

import re

from desktop.core.extract.mention import Mention
from desktop.core.extract.person_names import HONORIFICS
from desktop.core.layout import _AUTHORITY, Layout
from desktop.core.lexicon import TITLE_START_RE

_BYLINE_NAME = r"[A-ZĐÀ-Ỹ][\w']*(?: [A-ZĐÀ-Ỹ][\w']*){1,3}"
_BYLINE_THEO = re.compile(rf"^Theo\s+({_BYLINE_NAME})\s*(?:/|\(|-|–|$)")
_BYLINE_NAMES = re.compile(rf"^({_BYLINE_NAME})((?:\s*[-–,&]\s*{_BYLINE_NAME})*)\s*(?:\((.*)\))?$")
_BYLINE_POS = re.compile(rf"^({_BYLINE_NAME})\s*[–-]\s*(.+)$")
# "Ảnh:", "Video:", "Tin, ảnh:" before a name; the first letter is checked again by look-behinds (see rx.py)
_PHOTO = re.compile(r"[ÁẢVCTB](?<!\w.)(?:(?<=[ÁẢ])nh|(?<=V)ideo|(?<=C)lip|"
                    r"(?:(?<=T)in|(?<=B)ài|(?<=Ả)nh)\s*(?:,|và|-|/)\s*(?:ảnh|bài|video|clip))\s*:\s*"
                    rf"({_BYLINE_NAME})")


_MORE_NAMES = re.compile(rf"\s*(?:[-–,&]|và)\s*({_BYLINE_NAME})(?=\s*(?:[-–,&]|và|$|\)))")
_NOT_AUTHOR = ("Báo ", "Đài ", "Cổng ", "Trang ", "Tạp chí", "Thông tấn", "TTXVN", "Trung tâm")


# Syllables of the names of bodies and places, never of a person's: a byline's "Văn Long" or "Trung Kiên" is a
# reporter, "Trung tâm Văn hóa" or "Báo Lào Cai" is not.
_BODY_SYLLABLES = {"ủy", "uỷ", "ban", "sở", "phòng", "tâm", "ương", "báo", "đài", "cổng", "đảng", "tỉnh", "huyện",
                   "xã", "bộ", "cục", "hội", "tạp", "thông", "tấn", "ttxvn", "vtv", "nguồn", "ảnh", "tin", "bài",
                   "theo", "video", "clip"}


def _author_name(name: str) -> bool:
    """A byline names its author bare: not a body ("Báo Lào Cai"), nor with an honorific ("Ông Võ Văn Tư - Chủ
    tịch Hội … điều hành Đại hội" is a caption about a person)."""
    words = name.split()
    return (not name.startswith(_NOT_AUTHOR) and words[0] not in HONORIFICS
            and not any(w.lower() in _BODY_SYLLABLES for w in words))


def byline_people(layout: Layout) -> list[Mention]:
    out: list[Mention] = []
    body = [p for p in layout.paras if p.role == "body"]
    for p in body:
        for pm in _PHOTO.finditer(p.text) if ":" in p.text else ():
            out.append(Mention(pm.group(1), p.start + pm.start(1), p.start + pm.end(1), ["Tác giả"]))
            at = pm.end()
            while more := _MORE_NAMES.match(p.text, at):  # "Tin, ảnh: Thanh Hà - Minh Đức"
                if not _author_name(more.group(1)):
                    break
                out.append(Mention(more.group(1), p.start + more.start(1), p.start + more.end(1), ["Tác giả"]))
                at = more.end()
    if layout.official:
        return out
    for p in body[-5:]:
        t = p.text.strip()
        if len(t) > 90 or t.endswith((".", ":", ";")):
            continue
        m = _BYLINE_THEO.match(t)
        if m:
            out.append(Mention(m.group(1), p.start + m.start(1), p.start + m.end(1), ["Tác giả"]))
            continue
        m = _BYLINE_POS.match(t)
        if m and TITLE_START_RE.match(m.group(2)) and _author_name(m.group(1)):
            out.append(Mention(m.group(1), p.start + m.start(1), p.start + m.end(1),
                               ["Tác giả", " ".join(m.group(2).split())]))
            continue
        m = _BYLINE_NAMES.match(t)
        if m and not any(w.isupper() and len(w) > 1 for w in t.split("(")[0].split()):
            for nm in re.finditer(_BYLINE_NAME, t[: m.end(2) if m.group(2) else m.end(1)]):
                if not _author_name(nm.group()):
                    continue
                out.append(Mention(nm.group(), p.start + nm.start(), p.start + nm.end(), ["Tác giả"]))
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
