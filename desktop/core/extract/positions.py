"""Positions written before or after a name: ``Phó Bí thư Tỉnh ủy X``, ``X, Phó Bí thư Tỉnh ủy, Chủ tịch …``."""

from __future__ import annotations

import re

from desktop.core.extract.person_names import has_name, name_candidates
from desktop.core.lexicon import NAME_COMMA_TAILS, POSITION_STOP_RE, TITLE_ANY_RE, TITLE_START_RE


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


def positions_after(text: str, pos: int) -> list[str]:
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
        if has_name(seg) and name_candidates(seg):  # "…, Bí thư Tỉnh ủy Đặng Xuân Phong giao": another person
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


def positions_before(text: str, name_start: int) -> list[str]:
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
