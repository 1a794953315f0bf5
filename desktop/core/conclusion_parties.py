"""Who concludes, and to whom, for a draft Thông báo kết luận — read from the text, never assumed.

In order: the text's own words (``kết luận của X tại buổi làm việc với Y``, ``X (đã) làm việc với Y``), then the
meeting's chair (``đồng chí Bí thư Tỉnh ủy``) with, as counterpart, a leader of another body present or the text's
issuer when it is of another level. Anything not found stays empty for the clerk to fill. Pure: no Qt, no SQL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.lexicon import ORG_HEAD_RE
from desktop.core.model import Report
from desktop.core.official_case import official_case, same_name


@dataclass(frozen=True)
class Parties:
    concluding: str = ""  # "Ban Thường vụ Tỉnh ủy", "Chủ tịch UBND tỉnh", "đồng chí Bí thư Tỉnh ủy"
    counterpart: str = ""  # "Ban Thường vụ Huyện ủy Phú Xuân"; "" for a meeting with no one body worked with
    subject: str = ""  # "tiến độ giải ngân vốn đầu tư công năm 2025" (what the meeting was about), if written
    recipients: tuple[str, ...] = ()  # the Nơi nhận lines as the clerk corrected them (empty: computed)


_END = r"(?=\s+(?:về|tại|nhằm|để|ngày|vào|trong|sáng|chiều)\s|[,.;:\n(]|$)"
_CONCLUDED = re.compile(r"[Kk]ết luận của\s+(?P<who>[^,.;:\n]{3,80}?)\s+tại\s+(?:buổi|cuộc|phiên|hội nghị)"
                        r"(?:\s+(?:làm việc|họp|giao ban|tiếp xúc))?"
                        rf"(?:\s+với\s+(?P<with>[^,.;:\n]{{3,80}}?){_END})?(?:\s+về\s+(?P<about>[^.;\n]{{3,160}}))?")
_WORKED = re.compile(r"(?:^|[,.;:]\s*|\n)(?P<who>[^,.;:\n]{3,80}?)\s+(?:đã\s+)?(?:có\s+(?:buổi|cuộc)\s+)?làm việc"
                     rf"\s+với\s+(?P<with>[^,.;:\n]{{3,80}}?){_END}(?:\s+về\s+(?P<about>[^.;\n]{{3,160}}))?")
_LEVEL_NAME = re.compile(r"^(?:huyện|xã|thị xã|thành phố|phường|thị trấn|quận|tỉnh)\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ]")
_LEADER = re.compile(r"^(?:Phó\s+)?(?:Bí thư|Chủ tịch|Giám đốc|Chánh|Trưởng ban|Trưởng)\s+(?!Đoàn)(?P<body>.+)$")
_PLACED_BODY = re.compile(r"(?:ủy|uỷ|UBND|nhân dân)\s+(?:(?:huyện|xã|thị xã|thành phố|phường|quận|tỉnh)\s+)?[A-ZĐ]")
_STATE_WORDS = re.compile(r"UBND|HĐND|[Uu]ỷ ban nhân dân|[Ủủ]y ban nhân dân|Hội đồng nhân dân|Sở|Giám đốc")
_LEVELS = (("tỉnh", re.compile(r"(?i)tỉnh")), ("huyện", re.compile(r"(?i)huyện|thị xã|thành phố|quận|thị ủy|thành ủy")),
           ("xã", re.compile(r"(?i)\bxã\b|phường|thị trấn")))


def _body_like(s: str) -> bool:
    s = s.strip()
    return bool(ORG_HEAD_RE.match(s) or _LEVEL_NAME.match(s) or re.match(r"^(?:đồng chí|Đồng chí)\s", s))


def _clean(s: str | None) -> str:
    return " ".join((s or "").split()).strip(" ,.;:")


def _from_words(texts: list[str]) -> Parties | None:
    for text in texts:
        for rx in (_CONCLUDED, _WORKED):
            for m in rx.finditer(text):
                who, partner = _clean(m["who"]), _clean(m["with"])
                if not _body_like(who) or (partner and not _body_like(partner)):
                    continue
                return Parties(who[:1].upper() + who[1:] if rx is _WORKED else who, partner, _clean(m["about"]))
    return None


def _positions(report: Report, name: str | None) -> list[str]:
    return next((p.positions for p in report.people if name and p.name == name), [])


def _leader_post(positions: list[str], state: bool) -> str | None:
    posts = [p for p in positions if _LEADER.match(p)]
    preferred = [p for p in posts if bool(_STATE_WORDS.search(p)) == state]
    return next(iter(preferred or posts), None)


def level_of(name: str) -> str | None:
    """``tỉnh`` / ``huyện`` / ``xã``: the administrative level a body's name points to, if any."""
    for level, rx in _LEVELS:
        if rx.search(name):
            return level
    return None


def _counterpart(report: Report, chair: str | None, chair_body: str) -> str:
    own = level_of(chair_body) if chair_body else None
    for p in report.people:
        if p.name == chair:
            continue
        for post in p.positions:
            m = _LEADER.match(post)
            if own and m and _PLACED_BODY.search(m["body"]) and level_of(m["body"]) not in (own, None):
                return official_case(m["body"])
    if report.unit:
        unit = official_case(report.unit)
        if not own or level_of(unit) not in (own, None):
            return unit
    return ""


def conclusion_parties(report: Report, state: bool = False) -> Parties:
    """Who concludes and with whom, from the title, the first paragraphs and the meeting; ``state`` prefers
    a leader's State post (``Chủ tịch UBND tỉnh``) to his Party post when only the chair is known."""
    head = report.text[:4000]
    found = _from_words([report.title, head])
    if found:
        return found
    chair = report.meeting.chair if report.meeting else None
    post = _leader_post(_positions(report, chair), state)
    concluding = f"đồng chí {post}" if post else (f"đồng chí {chair}" if chair else "")
    body = _LEADER.match(post)["body"] if post and _LEADER.match(post) else ""  # type: ignore[index]
    return Parties(concluding, _counterpart(report, chair, body))


def _bare(name: str) -> str:
    return re.sub(r"\s*\([^)]*\)$", "", name)


def recipients(parties: Parties, owners: list[str], settings_list: list[str]) -> list[str]:
    """The Nơi nhận lines: the Settings lines sent for report (``… (b/c)``) first, then the counterpart, each task
    owner and the rest of the Settings list — each body once, however it is spelt."""
    upward = [s for s in settings_list if s.rstrip().endswith("(b/c)")]
    out: list[str] = []
    for name in [*upward, parties.counterpart, *owners, *settings_list]:
        name = _clean(name)
        if name and not any(same_name(_bare(name), _bare(o)) for o in out):
            out.append(name[:1].upper() + name[1:])
    return out
