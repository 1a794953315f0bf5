"""Positions written before or after a name: ``Phó Bí thư Tỉnh ủy X``, ``X, Phó Bí thư Tỉnh ủy, Chủ tịch …``."""

from __future__ import annotations

import re

from desktop.core.extract.person_names import has_name, name_candidates
from desktop.core.extract.position_words import (
    EXPANSIONS,
    RANK_START,
    TITLE_ABBREVIATIONS,
    TITLE_ANY,
    TITLE_START,
    drop_rank_tail,
    position_stop,
    stops,
)
from desktop.core.lexicon import NAME_COMMA_TAILS
from desktop.core.rx import alternation
from desktop.core.textnorm import same_tone_style


def clean_position(p: str) -> str:
    p = p.strip(" ,;:.-–")
    cut = position_stop(" " + p)
    if cut is not None:
        p = p[: max(cut - 1, 0)].strip(" ,;:.-–")
    return _unranked(p)


def _unranked(p: str) -> str:
    p = RANK_START.sub("", p)  # "Đại tá, Chỉ huy trưởng …": the rank is not part of it
    return " ".join(p.split())


_PAREN_POSITION = re.compile(r"\s*\(([^()]{3,160})\)")
# between a name and its position: a comma or dash, or "tái đắc cử", "được bầu giữ chức", "được bổ nhiệm làm"
_NEXT_POSITION = re.compile(r"\s*[,–-]\s*|\s+(?:tái\s+)?(?:đắc cử|được (?:bầu|bổ nhiệm)(?:\s+giữ chức|\s+làm)?)\s+")


_MINISTRY = re.compile(r"Bộ (?:[A-ZĐ]\w*)(?: (?:[A-ZĐ]\w*|và|vụ|an|tế|dục|nghiệp|tư|chính))*(?=\s*(?:[,;.:()\n]|$))")
# A segment ends at a punctuation mark, at a sentence's full stop (not the dot of an abbreviated title: "CT. Hội
# CCB"), or at a dash between spaces that a new title follows ("Trưởng Phòng Tài nguyên - Môi trường" goes on).
_SEGMENT_STOP = re.compile(r"[,;:()\n…]|\.(?!\w)|\s[–-]\s")
_ABBR_DOT = re.compile(rf"(?<![\w])(?-i:{alternation(TITLE_ABBREVIATIONS)})$")
# (an abbreviation ends right at the dot: it is looked for in as many characters before it as the longest has;
# the look-behind still sees the character before them)
_ABBR_LONGEST = max(map(len, TITLE_ABBREVIATIONS))


def _segment_end(text: str, pos: int) -> int:
    for stop in _SEGMENT_STOP.finditer(text, pos):
        ch = stop.group()
        if ch == "." and _ABBR_DOT.search(text, max(0, stop.start() - _ABBR_LONGEST), stop.start()):
            continue
        if ch.strip() in "–-" and ch.strip() and not TITLE_START.match(text[stop.end() :]):
            continue
        if ch == "," and text[stop.end() :].lstrip().startswith(NAME_COMMA_TAILS):
            continue  # "Giám đốc Sở Văn hóa, Thể thao và Du lịch": one name
        return stop.start()
    return len(text)


def _other_person(seg: str) -> tuple[bool, int | None]:
    """Whether ``seg`` names another person, and where the position before that name ends
    ("Bí thư Huyện ủy và đồng chí Lê Văn Thị …": at "và")."""
    if not has_name(seg):
        return False, None
    found = name_candidates(seg)
    if not found:
        return False, None
    cut = position_stop(seg[: found[0][0]])
    return True, cut


_HELD = re.compile(r"\s*giữ chức(?: vụ)?\s+")  # "… được bổ nhiệm giữ chức Phó Giám đốc"


def positions_after(text: str, pos: int) -> list[str]:
    """Comma- or dash-separated positions after a name: ``, Ủy viên …, Bí thư Tỉnh ủy, …``, ``- TUV – Bí thư …``."""
    out: list[str] = []
    rest = text[pos:]
    paren = _PAREN_POSITION.match(rest)
    if paren and TITLE_START.match(paren.group(1)):  # "Lê Thị Bình (Phó Chủ tịch UBND tỉnh)"
        return [q for q in (clean_position(x) for x in paren.group(1).split(",")) if q]
    while m := _NEXT_POSITION.match(rest):
        rest = rest[m.end() :]
        ministry = _MINISTRY.match(rest) if out and m.group().strip() == "," else None
        if ministry:  # "Phó Cục trưởng Cục Cảnh sát hình sự, Bộ Công an": where the department sits
            out[-1] += ", " + ministry.group()
            rest = rest[ministry.end() :]
            continue
        if not TITLE_START.match(rest):
            break
        seg_end = _segment_end(rest, 0)
        seg = rest[:seg_end]
        other, before_other = _other_person(seg)
        if other:  # "…, Bí thư Tỉnh ủy Đặng Xuân Phong giao": another person
            if before_other is not None:
                out.append(clean_position(seg[:before_other]))
            break
        cut = position_stop(seg)
        if cut is not None:
            out.append(clean_position(seg[:cut]))
            held = _HELD.match(seg, cut)
            if held:
                out.append(clean_position(seg[held.end() :]))
            break
        # (clean_position(seg) without its stop scan: seg begins with a title, so the blank put before it stops
        # nothing that seg's own scan, which found no stop, did not try — a title does not begin with "và")
        out.append(_unranked(seg.strip(" ,;:.-–")))
        rest = rest[seg_end:]
    return [p for p in out if p]


def _clause_segments(text: str, name_start: int) -> list[str]:
    rfind = text.rfind  # (the six marks written out: max() over a generator costs more)
    bound = max(rfind(".", 0, name_start), rfind(";", 0, name_start), rfind(":", 0, name_start),
                rfind("(", 0, name_start), rfind(")", 0, name_start), rfind("\n", 0, name_start))
    clause = drop_rank_tail(text[bound + 1 : name_start])  # "…, Thiếu tướng X": the rank is no position
    segments: list[str] = []
    for seg in clause.split(","):  # "Giám đốc Sở Văn hóa, Thể thao và Du lịch Lục Thị Mai": one position
        if segments and seg.lstrip().startswith(NAME_COMMA_TAILS):
            segments[-1] += "," + seg
        else:
            segments.append(seg)
    return segments


# A word that links to what follows: the name after it is not the holder of the position before it
_LINK_WORDS = ("và", "cùng", "với", "của", "cho", "gồm", "có", "là", "tới", "đến", "do", "bởi")  # ("do": led by)
_LINK_END = re.compile(rf"(?<!\w)(?:{'|'.join(_LINK_WORDS)})$")
_LINK_LONGEST = max(map(len, _LINK_WORDS))  # (looked for in the last characters only: it ends the text)


def positions_before(text: str, name_start: int) -> list[str]:
    """Positions written right before a name: ``Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh X``; after a verb or
    another person, only what follows them (``Chủ tịch UBND tỉnh A và Phó Chủ tịch UBND tỉnh B``)."""
    segments = _clause_segments(text, name_start)
    last = segments[-1]
    ends = [m.end() for m in stops(last)]
    for _start, end, _name in name_candidates(last) if has_name(last) else ():
        ends.append(end)
    tail_from = max(ends, default=0)
    title = TITLE_ANY.search(last, tail_from)
    if not title:
        return []
    pos_text = last[title.start() :].strip()
    if not pos_text or len(pos_text.split()) > 14 or _LINK_END.search(pos_text, max(0, len(pos_text) - _LINK_LONGEST)):
        return []
    out = [" ".join(pos_text.split())]
    if tail_from == 0 and title.start() == len(last) - len(last.lstrip()):  # a position from its start
        for seg in reversed(segments[:-1]):
            s = seg.strip()
            if not TITLE_ANY.match(s) or position_stop(" " + s) is not None or len(s.split()) > 14 or has_name(s):
                break
            out.insert(0, " ".join(s.split()))
    return out


_WORD = re.compile(r"[\w’']+")


def _long_form(p: str) -> tuple[str, ...]:
    """A position's words in one spelling: lower case, one tone style, abbreviations written out."""
    out: list[str] = []
    for w in _WORD.findall(same_tone_style(p).casefold()):
        out.extend(EXPANSIONS.get(w, w).split())
    return tuple(out)


def fullest(positions: list[str]) -> list[str]:
    """One position per office, in its fullest form: ``Phó Chủ tịch UBND`` gives way to ``Phó Chủ tịch UBND tỉnh``,
    ``PBT thường trực huyện ủy`` to ``Phó Bí thư Thường trực huyện ủy`` (the form written out, the first of equals)."""
    if len(positions) < 2:  # nothing to give way to (the test below needs another position, j != i)
        return list(positions)
    forms = [_long_form(p) for p in positions]
    keep: list[str] = []
    for i, (p, f) in enumerate(zip(positions, forms, strict=True)):
        better = any(
            f and j != i and g[: len(f)] == f and (len(g) > len(f) or len(positions[j]) > len(p)
                                             or (len(positions[j]) == len(p) and j < i))
            for j, g in enumerate(forms))
        if not better:
            keep.append(p)
    return keep
