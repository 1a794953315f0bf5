"""Helpers shared by the extractors: sentences, clauses, trimming with offsets."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache

from desktop.core.lexicon import UPPER_LETTERS

# "…", "...", ".", "!" or "?" (closing quotes kept) before a capital, a digit or a list dash; and "./." which
# ends an official text. Written to start with the end mark itself so that re can skip to the marks.
_SENT_END = re.compile(rf"[.…!?](?:(?<=\.)\.\.)?(?:[\"”’)]*(?=\s+(?:[\"“(]?[{UPPER_LETTERS}0-9]|[-–•]))|(?<=\.)/\.)")


def sentences(text: str, offset: int = 0) -> tuple[tuple[int, int, str], ...]:
    """(start, end, sentence) with the final punctuation included."""
    found = _sentences(text)
    return found if not offset else tuple([(s + offset, e + offset, sent) for s, e, sent in found])


# What a sentence end (_SENT_END) is written with: a mark, closing quotes or brackets, "./."
_END_MARKS = frozenset('.…!?"”’)/')


def sentences_from(t: str, start: int) -> list[tuple[int, int, str]]:
    """``sentences(t[start:], start)`` read from the sentences of ``t`` (split once, cached): the same ends, the
    sentence ``start`` cuts begun there. (Only a start inside a sentence end's marks could hide an end the tail
    alone would show: such a tail is split itself.)"""
    out = [x for x in sentences(t) if x[1] > start]
    if not out or start <= out[0][0]:
        return out
    if t[start - 1 : start] in _END_MARKS and t[start : start + 1] in _END_MARKS:
        return list(sentences(t[start:], start))
    _s, e, _sent = out[0]
    cut = e - len(t[start:e].lstrip())
    out[0] = (cut, e, t[cut:e])
    return out


def clear_caches() -> None:
    from desktop.core.extract.enumeration import _inline_markers, is_heading

    _sentences.cache_clear()
    _inline_markers.cache_clear()
    is_heading.cache_clear()


@lru_cache(maxsize=2048)
def _sentences(text: str) -> tuple[tuple[int, int, str], ...]:
    return tuple(_split_sentences(text))


def _split_sentences(text: str, offset: int = 0) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []  # (a list, not a generator: no frame resumed for each sentence)
    pos = 0
    n = len(text)
    body = text.rstrip()[:-1]  # a mark at the very end ends the last sentence, not one inside
    for m in _SENT_END.finditer(text) if "." in body or "?" in body or "!" in body or "…" in body else ():
        end = m.end()
        if end <= pos:
            continue
        seg = text[pos:end]
        s = seg.strip()
        if s:  # (its first character stands first in the segment right after the blanks: no copy to count them)
            a = offset + pos + seg.find(s[0])
            out.append((a, a + len(s), s))
        pos = end
        if pos >= n:
            break
    if pos < n:
        seg = text[pos:]
        s = seg.strip()
        if s:
            a = offset + pos + seg.find(s[0])
            out.append((a, a + len(s), s))
    return out


@cache
def _clause_marks(sep: str) -> re.Pattern[str]:
    return re.compile("[" + re.escape("()[]“”\"" + sep) + "]")


def split_clauses(text: str, offset: int = 0, sep: str = ";") -> list[tuple[int, int, str]]:
    """Split at ``sep`` outside parentheses and quotes; returns trimmed pieces with offsets."""
    if (sep not in text) if len(sep) == 1 else all(c not in text for c in sep):  # one clause: brackets and
        # quotes matter only around a separator
        one = trimmed(text, 0, len(text), offset)
        return [one] if one[2] else []
    out: list[tuple[int, int, str]] = []
    depth = 0
    quote = False
    start = 0
    for m in _clause_marks(sep).finditer(text):  # only the brackets, quotes and separators matter
        i, c = m.start(), m.group()
        if c in "([":
            depth += 1
        elif c in ")]":
            depth = max(0, depth - 1)
        elif c in "“”\"":
            quote = (c == "“") or (c == '"' and not quote)
            if c == "”":
                quote = False
        elif c in sep and depth == 0 and not quote:
            out.append(trimmed(text, start, i, offset))
            start = i + 1
    out.append(trimmed(text, start, len(text), offset))
    return [x for x in out if x[2]]


_TRAIL = " \t\n\u00a0.;,:…"


def trimmed(text: str, start: int, end: int, offset: int = 0, trail: str = _TRAIL) -> tuple[int, int, str]:
    """Strip whitespace at both ends and trailing punctuation (``.``, ``;``, ``…``, ``./.``)."""
    while start < end and text[start] in " \t\n\u00a0":
        start += 1
    while end > start and text[end - 1] in trail:
        end -= 1
    if text[start:end].endswith("./"):
        end -= 2
        while end > start and text[end - 1] in trail:
            end -= 1
    return offset + start, offset + end, text[start:end]


def words(s: str) -> list[str]:
    return re.findall(r"\w+", s)


def is_capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper()


_FIGURE_CELL = re.compile(r"[\d.,]+\s*%?")
_COLUMN_NUMBER = re.compile(r"\(?\d{1,2}\)?(?:\s*=.*)?")


def header_row(text: str, rows: list[list[tuple[int, int]]]) -> int:
    """Index of the row that names a table's columns. With a two-row header ("Năm 2025" merged over
    "Kế hoạch | Thực hiện") it is the second row, the one as wide as the body rows."""
    widths = Counter(len(r) for r in rows[1:])
    width = widths.most_common(1)[0][0] if widths else len(rows[0])
    for k in range(min(3, len(rows) - 1)):
        cells = [text[s:e].strip() for s, e in rows[k]]
        filled = [c for c in cells if c]
        if filled and all(_COLUMN_NUMBER.fullmatch(c) for c in filled):
            continue  # the "(1) (2) (3)" row under the header
        if any(_FIGURE_CELL.fullmatch(c) for c in filled):
            break
        if len(cells) == width and len(filled) >= 0.6 * width:
            return k  # the first full row of names ("I | CHỈ TIÊU VỀ KINH TẾ | | |" is a section row)
    return 0
