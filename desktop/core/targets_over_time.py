"""A unit's targets across its reports: the indicators of several reports grouped when they name the same
target in the same unit (``Thu ngân sách nhà nước trên địa bàn`` in one report, ``Tổng thu ngân sách nhà nước``
in the next, both in ``tỷ đồng``), one :class:`Series` per group with its values in date order, each as a plan
(kế hoạch, mục tiêu, a threshold "trên 95%") or a result (thực hiện).

Labels match by their content words, without diacritics or case (Jaccard ≥ :data:`LABEL_THRESHOLD`); units
must be the same once spelt alike (``tỉ đồng`` = ``tỷ đồng``, ``héc-ta`` = ``ha``); a label naming one side of
a contrast (thu/chi, công nghiệp/nông nghiệp) never joins one naming the other side. The comparison column of a
target table (``tỷ lệ % so KH``) is left out: it is the ratio of the plan and the result already in the series.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from desktop.core.model import Indicator, Report, ReviewStatus
from desktop.core.textnorm import fold
from desktop.core.word_overlap import (
    FUNCTION_WORDS,
    PERIOD_NOUNS,
    content_words,
    jaccard,
    phrases_pattern,
    plain_words,
    report_date,
)

# Content words two labels share over all the words of either. 0.6: a label reworded between reports keeps its
# head and most modifiers ("Thu ngân sách nhà nước trên địa bàn" / "Tổng thu ngân sách nhà nước": 5 of 8 = 0.62;
# "… trên địa bàn" / "Thu ngân sách trên địa bàn": 5 of 7 = 0.71), while two targets that share only their head
# noun stay apart ("Diện tích trồng rừng mới" / "Diện tích lúa": 2 of 6 = 0.33; "Tổng giá trị sản xuất" /
# "Giá trị sản xuất nông nghiệp": 4 of 7 = 0.57). Looked at on the gold labels of dev and dev2: of the 106 pairs
# from different reports in one unit at 0.6 or more (not contrasting), about 8 name different targets
# ("Tỷ lệ hồ sơ nộp trực tuyến" / "… trực tuyến toàn trình"); 0.7 would lose rewordings like the first above.
LABEL_THRESHOLD = 0.6

PLAN = "plan"
RESULT = "result"

# Words of a label's last bracket (a target table's column) that make its value a plan, or a result.
PLAN_COLUMN_WORDS = ["kế hoạch", "mục tiêu", "chỉ tiêu", "dự toán", "nghị quyết", "giao", "kh"]
RESULT_COLUMN_WORDS = ["thực hiện", "ước", "kết quả", "lũy kế", "th"]
# Words of a comparison column: a rate between two values of the series, not a value of its own.
COMPARISON_COLUMN_WORDS = ["tỷ lệ", "so với", "so kh", "so cùng kỳ", "% so"]
# Qualifiers that state a value as a threshold to reach: a target ("trên 95%", "ít nhất 20 xã").
THRESHOLD_QUALIFIERS = ["trên", "từ", "dưới", "ít nhất", "tối thiểu", "không dưới", "không quá", "tối đa"]
# Words that are no content of a label: function words, periods, the words of estimation, and the nouns of
# measure that head many labels ("Tỷ lệ hồ sơ nộp trực tuyến", "Số xã đạt chuẩn").
ESTIMATE_WORDS = ["ước", "ước tính", "đạt", "dự kiến", "lũy kế", "luỹ kế"]
MEASURE_NOUNS = ["tỷ lệ", "tỉ lệ", "tỷ trọng", "tỉ trọng", "số", "số lượng", "tổng số", "tốc độ", "mức"]
# Words of change: a label with one (a rise or fall, "Tỷ lệ hộ nghèo giảm") and one without (a level, "Tỷ lệ hộ
# nghèo") name two targets.
CHANGE_WORDS = ["tăng", "giảm"]
# Pairs of words naming opposite sides of one measure: a label with one side never joins a label with the other.
CONTRAST_PAIRS = [("thu", "chi"), ("công nghiệp", "nông nghiệp"), ("xuất khẩu", "nhập khẩu"), ("tăng", "giảm"),
                  ("nam", "nữ"), ("thành thị", "nông thôn"), ("trong nước", "nước ngoài"), ("sinh", "tử vong"),
                  ("thoát nghèo", "tái nghèo"), ("hộ nghèo", "hộ cận nghèo")]
# Ways of writing one unit: the spelling on the left is the unit on the right.
UNIT_SPELLINGS = {
    "tỉ đồng": "tỷ đồng", "tỷ đ": "tỷ đồng", "tỷ vnđ": "tỷ đồng", "tỷ vnd": "tỷ đồng",
    "trđ": "triệu đồng", "tr.đ": "triệu đồng", "tr đồng": "triệu đồng", "triệu đ": "triệu đồng",
    "triệu vnđ": "triệu đồng", "ng.đồng": "nghìn đồng", "ngàn đồng": "nghìn đồng", "nghìn đ": "nghìn đồng",
    "héc ta": "ha", "héc-ta": "ha", "hécta": "ha", "hec ta": "ha", "phần trăm": "%", "km2": "km²", "m2": "m²",
    "m3": "m³", "đô la mỹ": "usd", "usd": "usd", "triệu usd": "triệu usd", "người/năm": "người/năm",
}

_LABEL_STOP = FUNCTION_WORDS | frozenset(PERIOD_NOUNS)
_NOT_LABEL_CONTENT = phrases_pattern(ESTIMATE_WORDS)
_MEASURE_HEAD = re.compile(rf"^(?:{'|'.join(sorted(MEASURE_NOUNS, key=len, reverse=True))})(?!\w)\s*")
_LAST_BRACKET = re.compile(r"\(([^()]*)\)\s*$")


class Point(NamedTuple):
    """One value of a series: the report's date, the value, and whether it is a plan or a result."""

    on: date
    value: float
    role: str


@dataclass
class Series:
    """One target over time, in ``unit``; ``label`` is its latest report's wording; points in date order
    (a plan before a result on one date)."""

    label: str
    unit: str
    points: list[Point] = field(default_factory=list)

    def unit_key(self) -> str:
        """The series' unit as compared (see :func:`unit_key`)."""
        return unit_key(self.unit)

    def dates(self) -> list[date]:
        """The dates of the series' points, each once, in order."""
        return list(dict.fromkeys(p.on for p in self.points))


def unit_key(unit: str) -> str:
    """The unit as compared: spelt one way, then folded (``"Tỉ  đồng"`` → ``"ty dong"``)."""
    plain = " ".join(unicodedata.normalize("NFC", unit).split()).lower()
    return fold(UNIT_SPELLINGS.get(plain, plain))


def _has(text: str, phrase: str) -> bool:
    """Whether ``text`` (its words joined by spaces) has ``phrase`` as whole words."""
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text) is not None


def _column(ind: Indicator) -> str:
    m = _LAST_BRACKET.search(ind.label)
    return " ".join(unicodedata.normalize("NFC", m.group(1)).lower().split()) if m else ""


def role_of(ind: Indicator) -> str | None:
    """``plan`` or ``result`` for a value, None for a comparison column (a rate between the two)."""
    if ind.rel == "row-rate":
        return None
    if ind.rel == "row-plan":
        return PLAN
    if ind.rel == "row-actual":
        return RESULT
    column = _column(ind)
    if column and any(_has(column, w) for w in COMPARISON_COLUMN_WORDS):
        return None
    if column and any(_has(column, w) for w in PLAN_COLUMN_WORDS):
        return PLAN
    if column and any(_has(column, w) for w in RESULT_COLUMN_WORDS):
        return RESULT
    return PLAN if (ind.qualifier or "").lower() in THRESHOLD_QUALIFIERS else RESULT


def _role_column(column: str) -> bool:
    return any(_has(column, w) for w in [*PLAN_COLUMN_WORDS, *RESULT_COLUMN_WORDS, *COMPARISON_COLUMN_WORDS])


def label_of(ind: Indicator) -> str:
    """The target's name without the column its value sits in (``"Thu ngân sách (kế hoạch năm)"`` → ``"Thu
    ngân sách"``); other brackets stay (``"(giá so sánh 2010)"``)."""
    if ind.rel in ("row-plan", "row-actual", "row-rate") or _role_column(_column(ind)):
        return ind.row_label()
    return ind.label.strip()


def label_words(label: str) -> set[str]:
    """The content words of a label, folded (a measure noun heading it left out: "Tỷ lệ hộ nghèo" → hộ nghèo)."""
    low = _MEASURE_HEAD.sub("", " ".join(plain_words(label)))
    return content_words(low, _LABEL_STOP, _NOT_LABEL_CONTENT)


def _says(plain: str, phrase: str) -> bool:
    """Whether a label (its words joined by spaces) has ``phrase`` as whole words: with its diacritics, or
    folded when the label is written without any."""
    return _has(plain, fold(phrase) if plain.isascii() else phrase)


@dataclass(frozen=True)
class _Label:
    """A label read once: its key (as written, figures kept, without case or diacritics), content words, the
    side it names alone of each contrast (pair index, 0 or 1), and whether it names a change."""

    key: str
    words: frozenset[str]
    sides: frozenset[tuple[int, int]]
    change: bool

    def contrasts(self, other: _Label) -> bool:
        """One names one side of a contrast and the other the other side, or one a change, the other a level."""
        return self.change != other.change or any((i, 1 - side) in self.sides for i, side in other.sides)


@lru_cache(maxsize=8192)
def _read_label(label: str) -> _Label:
    plain = " ".join(plain_words(label))
    sides = set()
    for i, pair in enumerate(CONTRAST_PAIRS):
        named = [_says(plain, x) for x in pair]
        if named[0] != named[1]:
            sides.add((i, 0 if named[0] else 1))
    key = " ".join(fold(unicodedata.normalize("NFC", label)).split())
    return _Label(key, frozenset(label_words(label)), frozenset(sides),
                  any(_says(plain, w) for w in CHANGE_WORDS))


def same_target(a: str, b: str, threshold: float = LABEL_THRESHOLD) -> bool:
    """Whether two labels name one target (their units compared apart)."""
    la, lb = _read_label(a), _read_label(b)
    return jaccard(la.words, lb.words) >= threshold and not la.contrasts(lb)


@dataclass
class _Group:
    unit: str  # its key
    labels: list[_Label]
    series: Series
    seen: set[tuple[date, str, str]] = field(default_factory=set)  # (date, role, label key) of its values

    def score(self, label: _Label, on: date, role: str) -> float:
        """How well a value fits the group: 2 for a label it has already, the best Jaccard of the labels else;
        0 for a contrasting label, or for another label with a value of the same role in the same report (a
        report's two figures are two targets, or a plan and its result)."""
        if any(d == on and r == role and k != label.key for d, r, k in self.seen):
            return 0.0
        if label in self.labels:
            return 2.0
        if any(label.contrasts(other) for other in self.labels):
            return 0.0
        return max(jaccard(label.words, other.words) for other in self.labels)


def _place(groups: list[_Group], text: str, unit: str, on: date, role: str, threshold: float) -> _Group:
    """The group a value of the label ``text`` in ``unit`` joins (the best above the threshold), or a new one."""
    key = unit_key(unit)
    label = _read_label(text)
    best, best_score = None, 0.0
    for g in groups:
        if g.unit != key:
            continue
        score = g.score(label, on, role)
        if score >= threshold and score > best_score:
            best, best_score = g, score
    if best is None:
        best = _Group(key, [], Series(text, unit))
        groups.append(best)
    if label not in best.labels:
        best.labels.append(label)
    best.seen.add((on, role, label.key))
    return best


def series_of(dated: Iterable[tuple[date, Iterable[Indicator]]],
              threshold: float = LABEL_THRESHOLD) -> list[Series]:
    """One series per target over ``dated`` (each report's date and its indicators), in the order the targets
    first appear; rejected indicators and comparison columns left out, a value repeated in one report once."""
    groups: list[_Group] = []
    for on, indicators in sorted(dated, key=lambda d: d[0]):
        for ind in indicators:
            role = role_of(ind)
            if role is None or ind.review == ReviewStatus.REJECTED or not ind.unit.strip():
                continue
            label = label_of(ind)
            group = _place(groups, label, ind.unit, on, role, threshold)
            point = Point(on, ind.value, role)
            if point not in group.series.points:
                group.series.points.append(point)
            group.series.label = label
    for g in groups:
        g.series.points.sort(key=lambda p: (p.on, p.role != PLAN))
    return [g.series for g in groups]


def targets_over_time(reports: Iterable[Report], when: Callable[[Report], date | None] = report_date,
                      threshold: float = LABEL_THRESHOLD) -> list[Series]:
    """The series of ``reports`` (one unit's, as the caller chose them), each dated by ``when`` (default: the
    report's own date); a report without a date is left out."""
    dated = [(d, r.indicators) for r in reports if (d := when(r)) is not None]
    return series_of(dated, threshold)
