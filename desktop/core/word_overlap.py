"""Words two texts share, compared without diacritics or case: what tells that a later report speaks of a task
already in the register, or that two indicator labels of different reports name the same target.

Vietnamese is written one syllable a word; the words compared here are syllables, folded (``fold``: no
diacritics, đ → d, lower case, old and new tone placement alike), with function words and figures left out.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Set as AbstractSet
from datetime import date
from functools import lru_cache

from desktop.core.lexicon import CONJUNCTIONS, PREPOSITIONS
from desktop.core.model import Report
from desktop.core.rx import alternation
from desktop.core.textnorm import fold

fold_word = lru_cache(maxsize=1 << 16)(fold)  # one word folded (the same words come back again and again)
_WORD = re.compile(r"[^\W\d_]+")  # a word (figures left out: dates, amounts and numbering say nothing)


# Function words: they name nothing a task or a target is about. Compared with their diacritics (folded, many
# would be other words: "tại" → "tai" as in "tài chính", "số" → "so" as in "sở", "đó" → "do" as in "đo đạc").
DETERMINERS = ["các", "những", "mọi", "mỗi", "từng", "toàn", "cả", "này", "đó", "ấy", "một"]
ASPECT_WORDS = ["đã", "đang", "sẽ", "được", "bị", "chưa", "không", "vẫn", "đều", "cũng", "là", "có"]
# Nouns of time and period: a task's deadline and a target's period are not what it is about.
PERIOD_NOUNS = ["ngày", "tháng", "năm", "quý", "tuần", "kỳ", "đầu", "cuối", "giữa", "hết", "hạn"]
# Phrases every task has, whatever its work: the work's genre, not its content.
GENERIC_WORK_PHRASES = ["công tác", "thực hiện", "triển khai", "hoàn thành", "tiếp tục", "bảo đảm", "đảm bảo",
                        "kịp thời", "nhiệm vụ", "nội dung", "theo quy định", "thời gian", "việc", "xong", "tốt"]

FUNCTION_WORDS = frozenset([*DETERMINERS, *ASPECT_WORDS, *PREPOSITIONS, *CONJUNCTIONS])
STOP_WORDS = FUNCTION_WORDS | frozenset(PERIOD_NOUNS)


def phrases_pattern(phrases: list[str]) -> re.Pattern[str]:
    """Any of ``phrases`` (lower case, with diacritics) as whole words."""
    return re.compile(rf"(?<!\w)(?:{alternation(phrases)})(?!\w)")


_GENERIC_WORK = phrases_pattern(GENERIC_WORK_PHRASES)


def plain_words(text: str) -> list[str]:
    """The words of ``text`` in lower case, with their diacritics (NFC), in order."""
    return _WORD.findall(unicodedata.normalize("NFC", text).lower())


def folded_words(text: str) -> list[str]:
    """The words of ``text`` folded, in order: ``"Đã rà soát 12 hồ sơ"`` → ``["da", "ra", "soat", "ho", "so"]``."""
    return [fold_word(w) for w in plain_words(text)]


def content_words(text: str, stop: frozenset[str] = STOP_WORDS,
                  stop_phrases: re.Pattern[str] | None = _GENERIC_WORK) -> set[str]:
    """The words of ``text`` that name something, folded: ``stop`` words and ``stop_phrases`` left out (they
    are compared with their diacritics), the others without."""
    low = unicodedata.normalize("NFC", text).lower()
    if stop_phrases is not None:
        low = stop_phrases.sub(" ", low)
    return {fold_word(w) for w in _WORD.findall(low) if w not in stop}


def jaccard(a: AbstractSet[str], b: AbstractSet[str]) -> float:
    """Shared words over all words of either (0 when both are empty)."""
    union = a | b
    return len(a & b) / len(union) if union else 0.0


def report_date(report: Report) -> date | None:
    """The report's own date: its header's (or a web page's post date), else its meeting's when that is a full
    date; None when the text gives neither (the caller may fall back on the day it was imported)."""
    if report.doc_date is not None:
        return report.doc_date
    when = report.meeting.date if report.meeting is not None else None
    if when is not None and when.day and when.month and when.year:
        try:
            return date(when.year, when.month, when.day)
        except ValueError:
            return None
    return None
