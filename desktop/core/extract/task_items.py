"""What a listed item is, before it is read as a task: work set, or an objective, a fact, an assessment or a
report of what was done (:func:`no_work`); in a section that answers another body's requests, the request and
its answer (:func:`answered_request`); the body a heading item names over the items below it
(:func:`body_heading`)."""

from __future__ import annotations

import re
from datetime import date

from desktop.core.deadlines import resolve
from desktop.core.extract.common import sentences, split_clauses, trimmed
from desktop.core.extract.enumeration import inline_markers
from desktop.core.extract.task_collector import Collector
from desktop.core.extract.task_cues import ITEM_HEAD, PLURAL_OR_COMMITTEE
from desktop.core.extract.task_fields import frame_deadline
from desktop.core.extract.task_owner import lead_subject, org_before_verb, work_start
from desktop.core.layout import Para
from desktop.core.lexicon import ORG_HEAD_RE, TASK_VERB_RE, search_task_verb
from desktop.core.rx import words

__all__ = ["answered_request", "body_heading", "no_work"]

# What a reply opens with: an assignment, a request down, or the body that is to act
_REPLY_OPEN = re.compile(rf"\s*(?:(?:[Gg]iao|[Đđ]ề nghị|[Yy]êu cầu)\s|(?:{ORG_HEAD_RE.pattern[1:]}))")
_TOPIC = re.compile(r"\s*(?:Về|Đối với)\s+(?:(?:việc|đề nghị|kiến nghị|đề xuất)\s+)?")


# "(1) Mục tiêu đầu tư: …": what the plan aims at, not work assigned
_OBJECTIVE = re.compile(r"(?:Mục tiêu|Mục đích|Quan điểm|Nguyên tắc|Phạm vi|Đối tượng)\b")
# "… là nhiệm vụ hết sức quan trọng": an assessment
_ASSESSMENT = re.compile(r"\slà\s+(?:một\s+)?(?:nhiệm vụ|việc làm|vấn đề)\s+(?:(?:hết sức|rất|đặc biệt)\s+)?"
                         r"(?:quan trọng|cấp bách|cần thiết|cấp thiết)")
_PAST = re.compile(rf"{words(['đã', 'vừa'])}(?![\w])")  # (the shape re skips ahead with, see rx.py)


def no_work(body: str, label: re.Match[str] | None) -> bool:
    """An item that sets no work: an objective, a fact ("Cấp quyết định đầu tư: Chủ tịch UBND tỉnh" — a name
    or a number after the label ``label``, no verb), an assessment, or a report of what was done ("…, Chủ tịch
    UBND tỉnh đã ban hành …")."""
    value = body[label.end() :].lstrip() if label else ""
    if label and (_OBJECTIVE.match(label.group(1))
                  or not (search_task_verb(value.lower()) or value[:1].islower())):
        return True  # (a value that is a name or a number)
    if "là" in body and _ASSESSMENT.search(body):  # (the regex needs "là": the search only where it stands)
        return True
    comma = body.find(", ")
    if 0 < comma < 80 and body[comma + 2 : comma + 3].isupper():  # "Thực hiện quy định X, <subject> đã …"
        body = body[comma + 2 :]
    if TASK_VERB_RE.match(body[:1].lower() + body[1:]):
        return False
    cut = work_start(body)
    dated = _DATED_VERB.match(body, cut) if cut is not None else None
    if dated:  # "Hội nghị … tổ chức ngày 26/11/2025 đã thống nhất …": a participle; the predicate is later
        cut = work_start(body[dated.end() :])
        cut = cut + dated.end() if cut is not None else None
    past = _PAST.search(body, 0, (cut or 80) + 1)
    return past is not None and (cut is None or past.start() < cut)


_DATED_VERB = re.compile(r"\s*\S+(?:\s\S+)?\s+(?:vào\s+)?ngày\s+\d[\d/]*")


def answered_request(col: Collector, body: str, s0: int, group: str | None) -> bool:
    """"1. Về đề nghị X: giao Bộ Y chủ trì …" in a section answering another body's requests: the request X
    is a proposal, the answer its tasks (a new task where a sentence names its own body). "Về A: X: giao …"
    names a topic A, then the request. False when the item has no such shape."""
    topic = _TOPIC.match(body)
    colon = body.find(":")
    if not topic or colon < 0:
        return False
    req_a, req_b, rest = topic.end(), colon, colon + 1
    second = body.find(":", rest)
    if second > 0 and not _REPLY_OPEN.match(body, rest) and _REPLY_OPEN.match(body, second + 1):
        req_a, req_b, rest = rest, second, second + 1
    col.proposal(*trimmed(body, req_a, req_b, s0))
    start = rest
    for a, _b, clause in [c for s, _e, sent in sentences(body[rest:], rest) for c in split_clauses(sent, s)]:
        if a > rest and org_before_verb(clause):  # "…; Bộ KH&CN hướng dẫn …", "Để …, UBND tỉnh X phối hợp …":
            col.task(*trimmed(body, start, a, s0), group=group)  # another body, another task
            start = a
    col.task(*trimmed(body, start, len(body), s0), group=group)
    return True


_HEAD_VERBS = ("chỉ đạo", "lãnh đạo", "chủ trì", "thực hiện", "tập trung")  # (the sub tried on a head ending so)
_HEAD_VERB = re.compile(rf"\s+(?:{'|'.join(_HEAD_VERBS)})(?:\s+thực hiện)?$")
_ASK_OPENING = re.compile(r"(?:Đề nghị|Yêu cầu|Giao)\s+")


def body_heading(head: str, colon: bool) -> str | None:
    """The body a heading item names ("Sở Y tế", "Đề nghị Ủy ban MTTQ tỉnh"), without its verb, or None.
    Without a colon the heading is the name alone: no work verb in it."""
    head = head.strip()
    head = _HEAD_VERB.sub("", head) if head.endswith(_HEAD_VERBS) else head
    ask = _ASK_OPENING.match(head)
    if ask:
        head = head[ask.end() :]
    if not colon and (work_start(head) is not None or len(head.split()) > 14):
        return None
    return head if ORG_HEAD_RE.match(head) or PLURAL_OR_COMMITTEE.match(head) else None


# "2. Ban Tổ chức Tỉnh ủy:" alone on its line; "4. Ủy ban nhân dân phường, xã" with no colon (a name, no verb)
_HEAD_ONLY = re.compile(r"\s*([^:;.]{3,140}?)\s*(?::\s*|$)")


def head_alone(body: str) -> re.Match[str] | None:
    """A line that is only a heading (``_HEAD_ONLY`` over the whole of it); a line with "." or ";" is none,
    which is tested before the lazy match."""
    return _HEAD_ONLY.fullmatch(body) if "." not in body and ";" not in body else None


_BODIES_HEAD = re.compile(r"^([^:;.]{3,90}):\s+")  # "UBND các xã, thị trấn: …", "Sở Tài chính, Sở Nội vụ: …"


def item_head(body: str) -> re.Match[str] | None:
    """The head of an item "<head>: <its work>" (``Sở Y tế: …``). A head with commas counts only when it names
    bodies and no work, and its work follows the colon: ``UBND các xã, thị trấn: Tập trung …``, not ``Năm 2025,
    Sở X tập trung: …`` nor ``Các Bộ, cơ quan và các Tập đoàn: <their names>, …`` (the colon lists them)."""
    if body.find(":", 3, 91) < 0:  # (both heads end in a colon after 3 to 90 characters)
        return None
    m = ITEM_HEAD.match(body)
    if m is not None or "," not in body[:92]:
        return m
    m = _BODIES_HEAD.match(body)
    if m is None or not (ORG_HEAD_RE.match(m.group(1)) or PLURAL_OR_COMMITTEE.match(m.group(1))) \
            or work_start(m.group(1)) is not None:
        return None
    work = body[m.end() : m.end() + 40]
    return m if TASK_VERB_RE.match(work[:1].lower() + work[1:]) else None


def listed_inline(body: str) -> list[tuple[int, str]]:
    """The inline "(1) … (2) …" markers of an item whose list follows a colon (none otherwise)."""
    markers = inline_markers(body) if "(" in body else []
    return markers if markers and ":" in body[: markers[0][0]] else []


def item_list_tasks(col: Collector, item: Para, markers: list[tuple[int, str]], owner: str | None,
                    deadline: str | None) -> None:
    """A listed item that is a list of tasks itself ("2. …, các cấp ủy tập trung các nội dung sau: (1) …; (2) …"):
    each inline item is a task, with the body and period its lead-in names, else those of the section."""
    t = item.text
    subject = lead_subject(t[: markers[0][0]], frame_deadline)
    for idx, (pos, label) in enumerate(markers):
        end = markers[idx + 1][0] if idx + 1 < len(markers) else len(t)
        a, b, txt = trimmed(t, pos + len(f"({label})"), end, item.start)
        col.task(a, b, txt, group=label, lead_owner=subject[0] if subject else owner,
                 lead_deadline=subject[1] if subject else deadline)


# A period opening an item: "Quý III năm 2025, …", "6 tháng đầu năm 2025, …", "Năm 2024, …"
_PERIOD_FRAME = re.compile(r"\s*(?:Trong\s+)?((?:[Qq]uý\s+[IV]+|\d{1,2}\s+tháng\s+(?:đầu|cuối)\s+năm|[Nn]ăm)"
                           r"(?:\s+năm)?\s*[/ ]\s*\d{4})\s*,")


def past_period(body: str, doc_date: date | None) -> bool:
    """The item opens with a period that ended before the document's date: it reports, it assigns nothing
    ("1. Quý III năm 2025, tình hình … ổn định; thu ngân sách đạt …" in a notice of 20/10/2025)."""
    m = _PERIOD_FRAME.match(body) if doc_date is not None else None
    if m is None or doc_date is None:
        return False
    end, _ = resolve(m.group(1), doc_date)
    return end is not None and end < doc_date
