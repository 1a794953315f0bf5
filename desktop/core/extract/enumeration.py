"""Enumerators: ``(1)…(25)`` inline, ``1-``/``1.``/``a)`` items, and section headings that are not items."""

from __future__ import annotations

import re
from functools import lru_cache

# "(n) " at the start or after a blank or ";:.", the check written after the "(" (see rx.py)
_INLINE = re.compile(r"\((?<![^\s;:.]\()(\d{1,2})\)\s")
# A "- …" / "• …" item line; ``.end()`` is where its text starts.
DASH_ITEM = re.compile(r"^\s*[-–•+]\s+")
_DASHES = "-–•+"


def dash_item(text: str) -> re.Match[str] | None:
    """``DASH_ITEM.match(text)``, tried only on a line that starts with a blank or a dash (as the pattern needs;
    ``\\s`` is what str.isspace() calls a blank)."""
    first = text[:1]
    return DASH_ITEM.match(text) if first in _DASHES or first.isspace() else None


# ("2.1." / "2.1" before a capital (checked by line_enumerator): a numbered item under item 2 of an official
# document; a decimal is written with a comma in Vietnamese, and a dot before thousands has three digits after it)
_LINE = re.compile(r"^\s*(?:\((\d{1,2})\)|(\d{1,2}(?:\.\d{1,2}){1,3}(?=\.?\s+[^\W\d_]))\.?|(\d{1,2})\s*[-.)]"
                   r"|([a-zđ])\)|([IVX]{1,4})\s*[-.])\s+")
_LINE_FIRST = frozenset("(0123456789IVXabcdefghijklmnopqrstuvwxyzđ")  # what _LINE can start with, but blanks


def inline_markers(text: str) -> list[tuple[int, str]]:
    """Positions of inline ``(n)`` markers that count up from 1 (a real list, not a citation)."""
    if "(" not in text:
        return []
    return list(_inline_markers(text))


@lru_cache(maxsize=512)
def _inline_markers(text: str) -> tuple[tuple[int, str], ...]:
    out: list[tuple[int, str]] = []
    expected = 1
    for m in _INLINE.finditer(text):
        n = int(m.group(1))
        if n == expected:
            out.append((m.start(), str(n)))
            expected += 1
    return tuple(out)


def line_enumerator(text: str) -> tuple[str, int] | None:
    """``("3", end_of_marker)`` for an item line ``3- …``/``(3) …``/``c) …`` (``("2.1", …)`` for ``2.1. …``);
    None otherwise."""
    first = text[:1]
    if first not in _LINE_FIRST and not first.isspace():
        return None  # most lines: a capital, a dash
    m = _LINE.match(text)
    if not m or m.group(5) or (m.group(2) and not text[m.end() : m.end() + 1].isupper()):
        return None  # (a numbered item starts with a capital: "1.5 ha lúa" is a figure)
    return (m.group(1) or m.group(2) or m.group(3) or m.group(4)), m.end()


def item_marks(texts: list[str]) -> tuple[list[tuple[str, int] | None], list[re.Match[str] | None]]:
    """Each text's :func:`line_enumerator` and :func:`dash_item`, and a last None each (for the text after the
    last); each tried only on a text whose first character can open it, as those functions test."""
    enums: list[tuple[str, int] | None] = []
    dashes: list[re.Match[str] | None] = []
    for text in texts:
        first = text[:1]
        blank = first.isspace()
        enums.append(line_enumerator(text) if blank or first in _LINE_FIRST else None)
        dashes.append(DASH_ITEM.match(text) if blank or first in _DASHES else None)
    enums.append(None)
    dashes.append(None)
    return enums, dashes


@lru_cache(maxsize=1024)
def is_heading(text: str) -> bool:
    """A section heading (``1. Đánh giá chung``, ``I- MỤC TIÊU``): short, no sentence punctuation."""
    t = text.strip()
    if t[:1] in "IVX" and _ROMAN_HEADING.match(t):
        return True
    return len(t) < 110 and not t.endswith((".", ";", ":", "…", "./.")) and len(t.split()) <= 14


_ROMAN_HEADING = re.compile(r"[IVX]{1,4}\s*[-.]\s")


def group_at(markers: list[tuple[int, str]], pos: int) -> str | None:
    g = None
    for start, label in markers:
        if start <= pos:
            g = label
        else:
            break
    return g
