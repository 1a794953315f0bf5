"""Status changes a later report suggests for the register's tasks: a sentence that says a task was done
(``Phòng Nội vụ đã hoàn thành việc rà soát …``) or is under way (``… đang triển khai …``), naming the task's
owner and sharing its words, becomes a :class:`Proposal` with that sentence as evidence. The clerk confirms;
nothing here changes a status.

A sentence that gives a task rather than reports on one (``đề nghị``, ``yêu cầu``, ``giao … chủ trì``, ``sẽ``,
``cần``) proposes nothing, nor does a negated or aimed verb (``chưa hoàn thành``, ``phấn đấu hoàn thành``).
Only a report dated after the task's source report is read.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from math import sqrt

from desktop.core.extract.common import sentences
from desktop.core.lexicon import ORG_HEAD_RE
from desktop.core.model import Report
from desktop.core.owner_names import Body, Words, bodies_of, body_starts, opens_with, without_bodies, words_of
from desktop.core.register import RegisterEntry, TaskStatus
from desktop.core.rx import alternation
from desktop.core.word_overlap import GENERIC_WORK_PHRASES, content_words, phrases_pattern, report_date

# Verbs that report a task done.
COMPLETION_VERBS = [
    "đã hoàn thành", "hoàn thành", "đã hoàn tất", "hoàn tất", "đã tổ chức", "đã ban hành", "đã phê duyệt",
    "đã bàn giao", "đã xây dựng xong", "đã thực hiện xong", "đã triển khai xong", "đã xong",
]
# Verbs (and aspect words) that report a task under way.
PROGRESS_VERBS = ["đang", "tiếp tục", "đã triển khai", "đã khởi công", "bước đầu"]
# Words before a completion verb that make it no fact: a negation ("chưa hoàn thành") or an aim, an order
# ("phấn đấu hoàn thành", "đôn đốc hoàn thành").
NEGATIONS = ["chưa", "không", "chậm", "chưa thể", "không thể"]
AIM_WORDS = ["để", "nhằm", "phấn đấu", "bảo đảm", "đảm bảo", "đôn đốc", "chỉ đạo", "khẩn trương", "sớm", "cần",
             "phải", "tập trung", "quyết tâm", "hướng tới", "tiến tới"]
# A bare completion verb (no "đã") before a deadline sets the deadline: "hoàn thành trước ngày 30/6".
DEADLINE_CUES = ["trước ngày", "chậm nhất", "hạn chót", "trong tháng", "trong quý", "trong năm", "trước tháng"]
# Phrases of a rating, not of a task done ("hoàn thành tốt nhiệm vụ trở lên": how a body is graded).
RATING_PHRASES = ["hoàn thành xuất sắc nhiệm vụ", "hoàn thành tốt nhiệm vụ", "hoàn thành nhiệm vụ",
                  "không hoàn thành nhiệm vụ"]
# Words that make a sentence a directive: asking verbs, future and modal words.
ASKING_VERBS = ["đề nghị", "yêu cầu", "kiến nghị", "giao nhiệm vụ"]
FUTURE_WORDS = ["sẽ", "dự kiến", "phấn đấu"]
MODAL_WORDS = ["cần", "phải"]
# A clause opening on one of these, with no body before it, is an order ("Tiếp tục rà soát …").
IMPERATIVE_OPENERS = ["tiếp tục", "khẩn trương", "tập trung", "sớm", "đẩy nhanh", "tăng cường"]
# Words of assigning a task: a task's text has them, a report on it need not.
ASSIGNING_WORDS = ["chủ trì", "phối hợp", "tham mưu", "giao", "đề nghị", "yêu cầu", "chỉ đạo", "đôn đốc"]

MIN_SHARED_WORDS = 3  # content words a sentence must share with a task (one Vietnamese word is 1–2 of them)
MIN_SCORE = 0.3  # shared words over the geometric mean of the two word counts (cosine of the word sets)

_CI = re.IGNORECASE
_COMPLETION = re.compile(rf"(?<!\w)(?:{alternation(COMPLETION_VERBS)})(?!\w)", _CI)
_PROGRESS = re.compile(rf"(?<!\w)(?:{alternation(PROGRESS_VERBS)})(?!\w)", _CI)
_BEFORE_VERB = re.compile(rf"(?<!\w)(?:{alternation([*NEGATIONS, *AIM_WORDS])})\s*$", _CI)
_DIRECTIVE = re.compile(
    rf"(?<!\w)(?:{alternation([*ASKING_VERBS, *FUTURE_WORDS])})(?!\w)"
    rf"|(?<!\w)(?:{alternation(MODAL_WORDS)})(?! thiết)(?!\w)"  # "cần thiết" is an adjective
    r"|(?<!\w)(?<!bàn )giao\b.{0,120}?\bchủ trì(?!\w)", _CI)
_DEADLINE = re.compile(rf"(?<!\w)(?:{alternation(DEADLINE_CUES)})(?!\w)", _CI)
_RATING = re.compile(rf"(?<!\w)(?:{alternation(RATING_PHRASES)})(?!\w)", _CI)
_IMPERATIVE = re.compile(rf"(?:{alternation(IMPERATIVE_OPENERS)})(?!\w)", _CI)
_LEAD = re.compile(r"^(?:[-–+•*]\s*|\(?\d{1,2}[.)]\s*|[a-zđ]\)\s*|[IVX]{1,4}\.\s*)+")
_CLAUSE = re.compile(r"[^;]+")
_NOT_CONTENT = phrases_pattern([*GENERIC_WORK_PHRASES, *ASSIGNING_WORDS, *COMPLETION_VERBS, *PROGRESS_VERBS])
_PROGRESS_STATUSES = {TaskStatus.TODO: (TaskStatus.DOING, TaskStatus.DONE), TaskStatus.DOING: (TaskStatus.DONE,)}


@dataclass(frozen=True)
class Proposal:
    """A status change a later report suggests: the entry, the new status, the sentence that says so and its
    place in that report's text (``report_id`` its id, when the report is stored), and how well it matches."""

    entry_id: int | None
    new_status: TaskStatus
    evidence_sentence: str
    span: tuple[int, int]
    score: float
    report_id: int | None = None
    report_date: date | None = None


@dataclass(frozen=True)
class Clause:
    """A sentence or one of its parts between semicolons, with its span in the report's text."""

    text: str
    start: int
    end: int


def clauses(text: str) -> Iterator[Clause]:
    """The report's sentences, one line at a time, cut at semicolons; list marks trimmed off."""
    pos = 0
    for line in text.splitlines(keepends=True):
        for s_start, _s_end, sent in sentences(line):
            for part in _CLAUSE.finditer(sent):
                lead = _LEAD.match(part.group())
                body = part.group()[lead.end() if lead else 0 :]
                stripped = body.strip(" \t,.:")
                if len(stripped) < 8:
                    continue
                start = pos + s_start + part.start() + (lead.end() if lead else 0) + body.index(stripped)
                yield Clause(stripped, start, start + len(stripped))
        pos += len(line)


def _norm(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _fact_verbs(text: str, pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """The matches of ``pattern`` in ``text`` that state a fact (not negated, not an aim)."""
    return [m for m in pattern.finditer(text) if not _BEFORE_VERB.search(text, 0, m.start())]


def reported_status(text: str) -> TaskStatus | None:
    """What ``text`` says of a task's work: done, under way, or nothing (a directive says nothing).
    Done and under way in one clause ("đã hoàn thành giai đoạn 1, đang triển khai giai đoạn 2"): under way."""
    text = _norm(text)
    if _DIRECTIVE.search(text) or _IMPERATIVE.match(text):
        return None
    text = _RATING.sub(lambda m: " " * len(m.group()), text)
    done = _fact_verbs(text, _COMPLETION)
    if done and _DEADLINE.search(text) and not any(m.group().lower().startswith("đã") for m in done):
        return None  # "hoàn thành dự thảo báo cáo trước ngày 24/3": a deadline set, nothing done yet
    masked = _COMPLETION.sub(lambda m: " " * len(m.group()), text)  # "đã triển khai xong" is no progress
    doing = _fact_verbs(masked, _PROGRESS)
    if doing:
        return TaskStatus.DOING
    return TaskStatus.DONE if done else None


@lru_cache(maxsize=1 << 14)
def task_words(text: str, bodies: tuple[Body, ...]) -> frozenset[str]:
    """The content words of a task's (or a report sentence's) text, its owner's name and the words of
    assigning and reporting work left out."""
    return frozenset(content_words(without_bodies(text, bodies), stop_phrases=_NOT_CONTENT))


def overlap_score(task: AbstractSet[str], sentence: AbstractSet[str]) -> tuple[int, float]:
    """(shared words, shared over the geometric mean of both counts)."""
    shared = len(task & sentence)
    if not shared:
        return 0, 0.0
    return shared, shared / sqrt(len(task) * len(sentence))


@dataclass(frozen=True)
class _Reading:
    """One clause of the later report that reports on some work: its status, words, and bodies."""

    clause: Clause
    status: TaskStatus
    names: Words  # its words as names are read (abbreviations written out)
    names_a_body: bool  # it opens on a body's name (its subject); otherwise its report's unit speaks


def _readings(report: Report) -> list[_Reading]:
    out = []
    for c in clauses(report.text):
        status = reported_status(c.text)
        if status is None:
            continue
        out.append(_Reading(c, status, words_of(c.text), bool(ORG_HEAD_RE.match(_norm(c.text)))))
    return out


def _names_owner(reading: _Reading, bodies: Sequence[Body], unit_bodies: Sequence[Body]) -> bool:
    """The clause names one of the owner's bodies — as its subject when it opens on a body's name (first, or
    after a comma in a list of bodies: not "Văn phòng HĐND và UBND xã" for UBND xã) — or names no body and
    the report is the owner's own (a named body, not "các xã")."""
    w = reading.names
    for b in bodies:
        if b.core[0] not in w.folded:
            continue
        for i in body_starts(w, b):
            if not reading.names_a_body or opens_with(w, i) or w.text[: w.spans[i][0]].rstrip().endswith(","):
                return True
    return not reading.names_a_body and any(_same(u, b) and not b.many for u in unit_bodies for b in bodies)


def _same(a: Body, b: Body) -> bool:
    if a.core != b.core or a.level is None or b.level is None:
        return a.core == b.core
    return a.level == b.level and (not (a.place and b.place) or a.place == b.place)


def _is_later(entry: RegisterEntry, when: date | None, report: Report) -> bool:
    if when is None or entry.source_date is None or when <= entry.source_date:
        return False
    return entry.report_id is None or report.id is None or entry.report_id != report.id


class _Matcher:
    """The clauses of one report that report on work, and for each owner the ones that name it (with their
    content words), found once however many of the owner's entries are matched."""

    def __init__(self, report: Report, when: date) -> None:
        self.report, self.when = report, when
        self.readings = _readings(report)
        self.unit_bodies = bodies_of(report.unit or "")
        self._naming: dict[str, list[tuple[_Reading, frozenset[str]]]] = {}

    def naming(self, owner: str) -> list[tuple[_Reading, frozenset[str]]]:
        found = self._naming.get(owner)
        if found is None:
            bodies = bodies_of(owner)
            found = [(r, task_words(r.clause.text, bodies)) for r in self.readings
                     if bodies and _names_owner(r, bodies, self.unit_bodies)]
            self._naming[owner] = found
        return found

    def proposals(self, entry: RegisterEntry) -> list[Proposal]:
        allowed = _PROGRESS_STATUSES.get(entry.status, ())
        naming = self.naming(entry.owner or "") if allowed else []
        if not naming:
            return []
        words = task_words(entry.text, bodies_of(entry.owner or ""))
        out = []
        for r, sentence_words in naming:
            if r.status not in allowed:
                continue
            shared, score = overlap_score(words, sentence_words)
            if shared >= MIN_SHARED_WORDS and score >= MIN_SCORE:
                out.append(Proposal(entry.id, r.status, r.clause.text, (r.clause.start, r.clause.end),
                                    round(score, 4), self.report.id, self.when))
        return out


def propose_status_changes(entries: Iterable[RegisterEntry], report: Report,
                           when: date | None = None) -> list[Proposal]:
    """Every status change ``report`` suggests for ``entries``, best first (one per entry and sentence).

    ``when`` is the report's date (default: its own, :func:`report_date`); an entry whose source report is not
    older is skipped, and so is every entry when the date is unknown. Only todo → doing/done and doing → done
    are proposed; an entry without an owner is never matched."""
    when = when or report_date(report)
    if when is None:
        return []
    later = [e for e in entries if _is_later(e, when, report)]
    if not later:
        return []
    matcher = _Matcher(report, when)
    found = [p for e in later for p in matcher.proposals(e)]
    return sorted(found, key=lambda p: (-p.score, p.new_status != TaskStatus.DONE, p.span))


def best_per_entry(proposals: Iterable[Proposal]) -> list[Proposal]:
    """The best proposal of each entry (the first of each in ``proposals``' order), in that order."""
    seen: set[int | None] = set()
    out = []
    for p in proposals:
        if p.entry_id not in seen:
            seen.add(p.entry_id)
            out.append(p)
    return out


def propose_from_reports(entries: Sequence[RegisterEntry], reports: Iterable[Report]) -> list[Proposal]:
    """The best proposal for each entry over several reports: the highest score, a later report on a tie."""
    found = [p for r in reports for p in propose_status_changes(entries, r)]
    found.sort(key=lambda p: (-p.score, -(p.report_date or date.min).toordinal(), p.new_status != TaskStatus.DONE))
    return best_per_entry(found)
