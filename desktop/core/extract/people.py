"""People named in full, with their positions as written.

A capitalised run of 2–4 syllables counts as a name only in a context that says so:
``đồng chí X``, a position right before it (``Bí thư Tỉnh ủy X``), positions right after it
(``X, Phó Bí thư …``), a byline, ``Ảnh: X``, or the signature block of an official text.
Streets and historical figures (``đường Chu Văn An``, ``tư tưởng Hồ Chí Minh``) have none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from desktop.core.layout import _AUTHORITY, Layout
from desktop.core.lexicon import (
    NAME_COMMA_TAILS,
    POSITION_STOP_RE,
    SURNAMES,
    TITLE_ANY_RE,
    TITLE_START_RE,
    UPPER_LETTERS,
)
from desktop.core.model import Person
from desktop.core.textnorm import fold, same_tone_style

_PLACE_BEFORE = {
    "xã", "phường", "huyện", "tỉnh", "thị", "thành", "phố", "trấn", "bản", "thôn", "đường", "quận",
    "sông", "núi", "cầu", "chợ", "làng", "khu", "cụm", "viên", "đền", "chùa", "hồ", "đèo", "Báo", "báo",
    "Đài", "trường", "Trường", "hiệu", "Công", "đội", "Đoàn", "tổ", "lộ", "dự", "án", "nhà", "tư", "tưởng",
    "cách", "gương", "phong", "Hồ", "Bác", "xóm", "ấp", "khối", "mỏ", "suối",
}
_NOT_NAME_START = {
    "Ban", "Ủy", "Uỷ", "Thường", "Tỉnh", "Huyện", "Thành", "Thị", "Đảng", "Trung", "Nhà", "Hội",
    "Chủ", "Bí", "Phó", "Trưởng", "Giám", "Nhân", "Mặt", "Văn", "Sở", "Phòng", "Bộ", "Chính", "Đoàn",
    "Đại", "Tổng", "Các", "Những", "Lãnh", "Đồng", "Theo", "Ảnh", "Nguồn", "Tin", "Bài", "Cục",
}
# what stands right before a name in "đồng chí X", "ông X", "Thiếu tướng X" (tested with str.endswith)
_PRE_WORDS = ("đồng chí", "Đồng chí", "đ/c", "Đ/c", "ông", "Ông", "bà", "Bà", "anh", "Anh", "chị", "Chị",
              "Thượng tướng", "Thiếu tướng", "Trung tướng", "Đại tá", "Thượng tá")


def _pre_context(text: str, pos: int) -> bool:
    """``text[:pos]`` ends with one of ``_PRE_WORDS`` and blanks (without copying the prefix)."""
    while pos and text[pos - 1].isspace():
        pos -= 1
    return text.endswith(_PRE_WORDS, 0, pos)

_LIST_CONTEXT = re.compile(r"(?:các đồng chí|Các đồng chí)[^.;:()]{0,60}:\s*$|(?:gồm|có)\s*:\s*$|;\s*$")
_LIST_GAP = re.compile(r"\s*,\s*|\s+và\s+|\s*,\s*và\s+")


@dataclass
class Mention:
    name: str
    start: int
    end: int
    positions: list[str]


# Capitalised words joined by single spaces; "(?<!…)" after the first letter: see rx.py
_CAP_RUN = re.compile(rf"[{UPPER_LETTERS}](?<![\w'’].)[\w'’]*(?:-[\w'’]+)?(?: [{UPPER_LETTERS}][\w'’]*(?:-[\w'’]+)?)*")


def _is_name_token(tok: str) -> bool:
    if len(tok) > 1 and tok.isupper() and "'" not in tok and "’" not in tok:
        return False  # UBND, HĐND, ĐBQH
    return tok.isalpha() or not any(ch.isdigit() for ch in tok)


def _has_name(seg: str) -> bool:
    """Cheap test: a surname followed by a capitalised word ("… Bí thư Tỉnh ủy Đặng Xuân Phong")."""
    words = seg.split()
    return any(w in SURNAMES and i + 1 < len(words) and words[i + 1][:1].isupper()
               for i, w in enumerate(words[:-1]))


_Word = tuple[int, int, str]  # start, end, the word


def _runs(text: str) -> list[list[_Word]]:
    """Runs of two capitalised words or more separated by single spaces (all-caps abbreviations break a
    run; a lone capitalised word is never a name, so it is passed over without splitting)."""
    runs: list[list[_Word]] = []
    for rm in _CAP_RUN.finditer(text):
        run_text = rm.group()
        if " " not in run_text:
            if len(run_text) > 3 and run_text[1] in "'’" and _one_word_name(run_text):
                runs.append([(rm.start(), rm.end(), run_text)])
            continue
        pos = rm.start()
        cur: list[_Word] = []
        for tok in run_text.split(" "):
            if _is_name_token(tok):
                cur.append((pos, pos + len(tok), tok))
            elif cur:
                runs.append(cur)
                cur = []
            pos += len(tok) + 1
        if cur:
            runs.append(cur)
    return runs


def _one_word_name(tok: str) -> bool:
    """A Central Highlands name written as one word: a capital, an apostrophe, a capitalised syllable
    (``K’Choi``, ``H'Bia``); a context (``ông``, positions) still has to say it is a person."""
    return len(tok) >= 4 and tok[1] in "'’" and tok[0].isupper() and tok[2].isupper() and tok[3:].isalpha()


def _surname_like(tok: str) -> bool:
    return tok in SURNAMES or tok.startswith(("H'", "H’"))


def _clean_position(p: str) -> str:
    p = p.strip(" ,;:.-–")
    m = POSITION_STOP_RE.search(p)
    if m:
        p = p[: m.start()].strip(" ,;:.-–")
    return " ".join(p.split())


_PAREN_POSITION = re.compile(r"\s*\(([^()]{3,160})\)")
# between a name and its position: a comma or dash, or "tái đắc cử", "được bầu giữ chức", "được bổ nhiệm làm"
_NEXT_POSITION = re.compile(r"\s*[,–-]\s*|\s+(?:tái\s+)?(?:đắc cử|được (?:bầu|bổ nhiệm)(?:\s+giữ chức|\s+làm)?)\s+")


_MINISTRY = re.compile(r"Bộ (?:[A-ZĐ]\w*)(?: (?:[A-ZĐ]\w*|và|vụ|an|tế|dục|nghiệp|tư|chính))*(?=\s*(?:[,;.:()\n]|$))")
_SEGMENT_STOP = re.compile(r"[,;.:()\n]|\s[–-]\s")


def _segment_end(text: str, pos: int) -> int:
    stop = _SEGMENT_STOP.search(text, pos)
    return stop.start() if stop else len(text)


def _positions_after(text: str, pos: int) -> list[str]:
    """Comma-separated positions after a name: ``, Ủy viên …, Bí thư Tỉnh ủy, …``."""
    out: list[str] = []
    rest = text[pos:]
    paren = _PAREN_POSITION.match(rest)
    if paren and TITLE_START_RE.match(paren.group(1)):  # "Lê Thị Bình (Phó Chủ tịch UBND tỉnh)"
        return [q for q in (_clean_position(x) for x in paren.group(1).split(",")) if q]
    while True:
        m = _NEXT_POSITION.match(rest)
        if not m:
            break
        rest = rest[m.end() :]
        ministry = _MINISTRY.match(rest) if out and m.group().strip() == "," else None
        if ministry:  # "Phó Cục trưởng Cục Cảnh sát hình sự, Bộ Công an": where the department sits
            out[-1] += ", " + ministry.group()
            rest = rest[ministry.end() :]
            continue
        if not TITLE_START_RE.match(rest):
            break
        seg_end = _segment_end(rest, 0)
        while rest.startswith(",", seg_end):  # "Giám đốc Sở Văn hóa, Thể thao và Du lịch": one name
            after = rest[seg_end + 1 :].lstrip()
            tail = next((x for x in NAME_COMMA_TAILS if after.startswith(x)), None)
            if tail is None:
                break
            seg_end = _segment_end(rest, len(rest) - len(after) + len(tail))
        seg = rest[:seg_end]
        if _has_name(seg) and _name_candidates(seg):  # "…, Bí thư Tỉnh ủy Đặng Xuân Phong giao": another person
            break
        cut = POSITION_STOP_RE.search(seg)
        if cut:
            out.append(_clean_position(seg[: cut.start()]))
            held = re.match(r"\s*giữ chức(?: vụ)?\s+", seg[cut.start() :])
            if held:
                out.append(_clean_position(seg[cut.start() + held.end() :]))
            break
        out.append(_clean_position(seg))
        rest = rest[seg_end:]
    return [p for p in out if p]


def _positions_before(text: str, name_start: int) -> list[str]:
    """Positions written right before a name: ``Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh X``."""
    bound = max(text.rfind(c, 0, name_start) for c in ".;:()\n")
    clause = text[bound + 1 : name_start]
    segments: list[str] = []
    for seg in clause.split(","):  # "Giám đốc Sở Văn hóa, Thể thao và Du lịch Lục Thị Mai": one position
        if segments and seg.lstrip().startswith(NAME_COMMA_TAILS):
            segments[-1] += "," + seg
        else:
            segments.append(seg)
    out: list[str] = []
    last = segments[-1]
    titles = list(TITLE_ANY_RE.finditer(last))
    if not titles:
        return []
    first = titles[0]
    pos_text = last[first.start() :].strip()
    if not pos_text or POSITION_STOP_RE.search(" " + pos_text) or len(pos_text.split()) > 14:
        return []
    out.append(" ".join(pos_text.split()))
    if first.start() == len(last) - len(last.lstrip()):  # segment is a position from its start
        for seg in reversed(segments[:-1]):
            s = seg.strip()
            m = TITLE_ANY_RE.match(s)
            if not m or POSITION_STOP_RE.search(" " + s) or len(s.split()) > 14:
                break
            out.insert(0, " ".join(s.split()))
    return out


_HONORIFICS = {"Ông", "Bà", "Anh", "Chị", "Cô", "Chú", "Đồng", "Đ/c"}


def _name_candidates(text: str) -> list[tuple[int, int, str]]:
    found = []
    for run in _runs(text):
        while run and run[0][2] in _HONORIFICS:  # "Ông Nguyễn Đình Khoa" at a sentence start
            run = run[1:]
        if len(run) < 2 and not (run and _one_word_name(run[0][2])):
            continue  # a name has two syllables at least, but for "K’Choi"
        toks = [w[2] for w in run]
        best = None
        for k in range(min(4, len(toks)), 1, -1):
            cand = toks[-k:]
            # a two-syllable tail of a longer run is a place more often than a name ("Si Ma Cai")
            if _surname_like(cand[0]) and not (k == 2 and len(toks) > 2):
                best = len(toks) - k
                break
        if best is None:
            if ((2 <= len(toks) <= 4 or _one_word_name(toks[0])) and _pre_context(text, run[0][0])
                    and toks[0] not in _NOT_NAME_START):
                best = 0
            else:
                continue
        first = run[best][0]
        if best == 0:
            before = re.search(r"([\w']+)[ \u00a0]+$", text[max(0, first - 30) : first])
            if before and before.group(1) in _PLACE_BEFORE and not (
                    len(run) >= 3 and TITLE_ANY_RE.search(text[max(0, first - 60) : first])):
                continue  # "tỉnh Hà Giang" is a place; "Chủ tịch UBND tỉnh Trần Văn Dũng" is a person
        found.append((first, run[-1][1], " ".join(toks[best:])))
    return found


def _mentions_in(text: str, offset: int) -> list[Mention]:
    out: list[Mention] = []
    listed_end = -1  # end of the previous bare name in a list "các đồng chí …: A, B và C"
    for start, end, name in _name_candidates(text):
        after = _positions_after(text, end)
        before = _positions_before(text, start)
        context = _pre_context(text, start) or bool(after) or bool(before)
        if not context and ((_LIST_CONTEXT.search(text, max(0, start - 120), start) and re.match(r"\s*,", text[end:]))
                            or (listed_end >= 0 and _LIST_GAP.fullmatch(text, listed_end, start))):
            context = True
            listed_end = end
        else:
            listed_end = -1
        if not context:
            continue
        if name.split()[0] in _NOT_NAME_START and not _pre_context(text, start):
            continue
        out.append(Mention(name, offset + start, offset + end, before + after))
    return out


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
    return (not name.startswith(_NOT_AUTHOR) and words[0] not in _HONORIFICS
            and not any(w.lower() in _BODY_SYLLABLES for w in words))


def _byline_people(layout: Layout) -> list[Mention]:
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


def _signature_people(layout: Layout) -> list[Mention]:
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


@lru_cache(maxsize=1024)
def _key(s: str) -> str:
    return fold(same_tone_style(s))


def extract_people(layout: Layout) -> tuple[list[Person], list[Mention]]:
    mentions: list[Mention] = []
    for p in layout.paras:
        if p.role in ("body", "cell") and not p.text.islower():  # a name has capitals
            mentions.extend(_mentions_in(p.text, p.start))
    mentions.extend(_byline_people(layout))
    people: dict[str, Person] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        person = people.get(m.name)
        if person is None:
            person = people[m.name] = Person(name=m.name, positions=[], span=(m.start, m.end))
        person.mentions.append((m.start, m.end))
        known = {_key(x) for x in person.positions}
        for pos in m.positions:
            if _key(pos) not in known:
                person.positions.append(pos)
                known.add(_key(pos))
    for m in _signature_people(layout):
        person = people.get(m.name)
        if person is None:
            people[m.name] = Person(name=m.name, positions=m.positions, span=(m.start, m.end),
                                    mentions=[(m.start, m.end)])
            continue
        person.mentions.append((m.start, m.end))
        for pos in m.positions:
            if not any(_key(pos) in _key(x) for x in person.positions):
                person.positions.append(pos)
    return list(people.values()), mentions
