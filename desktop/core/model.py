"""Domain types shared by extraction, verification, the store, exports and the UI.

Plain dataclasses: no Qt, no SQL. Every extracted item carries a character span into the
original text (``(start, end)``, code points after decoding, before cleaning), where it
came from (auto / manual) and a review status that only a person changes.
"""

from __future__ import annotations

import datetime
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple

Span = tuple[int, int]

SCHEMA = "reportdesk.extraction/1"


class Origin(StrEnum):
    AUTO = "auto"
    MANUAL = "manual"


class ReviewStatus(StrEnum):
    """Where a clerk is with an item. Pre-filled items never count as verified.

    The values are stable ASCII codes, stored as they are (libraries before schema 0007 stored the Vietnamese
    labels); a status is shown by its ``label`` (Vietnamese, translated by the interface)."""

    UNCHECKED = "unchecked"
    VERIFIED = "verified"
    NEEDS_FIX = "needs_fix"
    REJECTED = "rejected"

    @property
    def label(self) -> str:
        """The Vietnamese name of the status, as exports print it and the interface translates it."""
        return REVIEW_LABELS[self]

    @classmethod
    def parse(cls, text: str) -> ReviewStatus:
        """A status from its code or its Vietnamese label (what older libraries and commands used).
        Raises ValueError with the accepted words."""
        word = " ".join(unicodedata.normalize("NFC", str(text)).split())
        for status in cls:
            if word.lower() in (status.value, REVIEW_LABELS[status]):
                return status
        accepted = ", ".join(f"{s.value} ({REVIEW_LABELS[s]})" for s in cls)
        raise ValueError(f"Trạng thái kiểm tra “{text}” không có; dùng một trong: {accepted}.")


REVIEW_LABELS: dict[ReviewStatus, str] = {
    ReviewStatus.UNCHECKED: "chưa kiểm tra",
    ReviewStatus.VERIFIED: "đã xác minh",
    ReviewStatus.NEEDS_FIX: "cần sửa",
    ReviewStatus.REJECTED: "loại bỏ",
}


class Severity(StrEnum):
    ERROR = "lỗi"
    WARNING = "cảnh báo"
    INFO = "thông tin"


@dataclass(kw_only=True)
class Item:
    key: str = ""  # stable within one report ("ind-3", "ratio-1"); links items to each other
    span: Span | None = None
    origin: Origin = Origin.AUTO
    review: ReviewStatus = ReviewStatus.UNCHECKED
    note: str = ""
    id: int | None = None  # set by the store
    version: int = 0  # optimistic locking: the version this copy was read at
    reviewer: str | None = None
    reviewed_at: str | None = None  # ISO timestamp


@dataclass(kw_only=True)
class DocumentRef(Item):
    kind: str
    number: str
    date: str | None = None  # ISO YYYY-MM-DD


@dataclass(kw_only=True)
class Person(Item):
    name: str
    positions: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)


@dataclass(kw_only=True)
class Indicator(Item):
    label: str
    value: float
    unit: str
    qualifier: str | None = None
    year: int | None = None
    group: str | None = None
    decimals: int | None = None  # as written ("75,4" → 1); sets the rounding tolerance of checks
    # How this value relates to others, for verification:
    #   rel="rate"/"excess" + ref=<ratio key>: the stated % of that ratio ("46/61 trường … 75,4%", "vượt 12,5%")
    #   rel="part-rate" + ref=<tally key>#<part index>: the % stated for one part of a tally
    #   rel="share" + ref=<set id>: one share of a whole ("cơ cấu kinh tế: … 16,58%; … 30,91%; …")
    #   rel="row-plan"/"row-actual"/"row-rate" + ref=<row id>: a cell of a target table row, or a result, its plan
    #     and the rate between them written in one sentence (ref "plan-N")
    #   rel="amount-total"/"amount-part"/"amount-rate" + ref="amount-N"/"amount-N#k": an amount, its parts after
    #     "trong đó" and the % stated for part k
    #   rel="of-whole" + ref="whole-N:<part>/<whole>": a % written after a count, of the whole its sentence names
    rel: str | None = None
    ref: str | None = None

    def row_label(self) -> str:
        """The label without the last bracketed group, the column a table cell adds to its row's name:
        "Trồng rừng mới (tỷ lệ (%))" → "Trồng rừng mới", "Tốc độ tăng trưởng (GRDP) (kế hoạch)" → "… (GRDP)"."""
        label = self.label.rstrip()
        if not label.endswith(")"):
            return label
        depth = 0
        for i in range(len(label) - 1, -1, -1):
            depth += {")": 1, "(": -1}.get(label[i], 0)
            if depth == 0:
                return label[:i].rstrip() if i > 0 else label
        return label


@dataclass(kw_only=True)
class Ratio(Item):
    numerator: float
    denominator: float
    noun: str

    @property
    def percent(self) -> float | None:
        return None if not self.denominator else 100.0 * self.numerator / self.denominator


@dataclass(kw_only=True)
class TallyPart(Item):
    count: float
    status: str


@dataclass(kw_only=True)
class Tally(Item):
    total: float
    noun: str
    parts: list[TallyPart] = field(default_factory=list)
    enumerated: int | None = None  # items actually listed after a stated count, if any
    complete: bool = True  # parts read as a complete breakdown of the total


@dataclass(kw_only=True)
class Task(Item):
    """A task or directive, with the "4 rõ / 5 rõ" fields where the text names them."""

    text: str
    group: str | None = None
    owner: str | None = None
    partners: list[str] = field(default_factory=list)
    deadline: str | None = None
    product: str | None = None
    progress: str | None = None  # tình trạng / kết quả thực hiện, filled by the clerk


@dataclass(kw_only=True)
class Proposal(Item):
    text: str


@dataclass(kw_only=True)
class Finding:
    kind: str
    message: str
    values: dict[str, float | str]
    severity: Severity = Severity.ERROR
    spans: list[Span] = field(default_factory=list)


@dataclass(kw_only=True)
class DayMonthYear:
    day: int | None = None
    month: int | None = None
    year: int | None = None


@dataclass(kw_only=True)
class Meeting(Item):
    date: DayMonthYear | None = None
    chair: str | None = None


class LineRole(NamedTuple):
    """What one line (block) of the source is: ``article``, ``caption``, ``byline``, ``header``, ``title``,
    ``signature``, ``cell``, or page chrome (``menu``, ``related-list``, ``counter``, ``footer``, ``banner``,
    ``widget``, ``image``, ``stamp``), with the reason in a few words. Offsets into the original text.
    (A named tuple: one is made for every line of every text, and a frozen dataclass cost four times as much.)"""

    start: int
    end: int
    role: str
    reason: str


@dataclass(kw_only=True)
class Report:
    """Everything extracted from one text."""

    source: str
    text: str  # the original text the spans point into
    title: str = ""
    title_span: Span | None = None
    body: str = ""
    meeting: Meeting | None = None
    documents: list[DocumentRef] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    ratios: list[Ratio] = field(default_factory=list)
    tallies: list[Tally] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    proposals: list[Proposal] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    lines: list[LineRole] = field(default_factory=list)  # every line's role (not in the JSON contract)
    own_number: str | None = None  # the document's own số–ký hiệu, if it is an official text
    unit: str | None = None  # issuing body, if the header names it
    doc_date: datetime.date | None = None  # the document's date in its header, or a web page's post date
    encoding: str | None = None
    kind: str | None = None  # txt | docx | html | paste
    id: int | None = None  # set by the store
    content_hash: str | None = None
    imported_at: str | None = None
    version: int = 0
    # findings a clerk dismissed, by their stable key (see desktop.core.dismissals): key → the clerk's note
    dismissed: dict[str, str] = field(default_factory=dict)

    def items(self) -> list[Item]:
        """Every extracted item, in a stable order (tally parts after their tally)."""
        out: list[Item] = [*self.documents, *self.people, *self.indicators, *self.ratios]
        for t in self.tallies:
            out.append(t)
            out.extend(t.parts)
        out += [*self.tasks, *self.proposals]
        return out
