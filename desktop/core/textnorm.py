"""NFC normalisation that remembers where every character came from.

Extraction runs on the NFC text with LF line ends; spans are mapped back to the original
text (as decoded) so the UI highlights the right characters. Also: a diacritics-free fold
used for comparison and search (đ/Đ folded too, which SQLite's FTS5 does not do).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_CLUSTER = re.compile(r"\r\n|\r|(?s:.)[\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]*")


@dataclass(frozen=True)
class NormText:
    raw: str
    text: str
    offsets: tuple[int, ...] | None = None  # len(text) + 1 raw offsets; None when text[i] comes from raw[i]

    def to_raw(self, i: int) -> int:
        if self.offsets is None:
            return i
        return self.offsets[max(0, min(i, len(self.offsets) - 1))]

    def span_to_raw(self, start: int, end: int) -> tuple[int, int]:
        return self.to_raw(start), self.to_raw(end)


def normalize(raw: str) -> NormText:
    """NFC and LF line ends, with an offset map back to ``raw`` when anything changed."""
    if "\r" not in raw and unicodedata.is_normalized("NFC", raw):
        return NormText(raw, raw)
    out: list[str] = []
    offsets: list[int] = []
    for m in _CLUSTER.finditer(raw):
        piece = m.group()
        norm = "\n" if piece[0] == "\r" else unicodedata.normalize("NFC", piece)
        out.append(norm)
        offsets.extend([m.start()] * len(norm))
    offsets.append(len(raw))
    return NormText(raw, "".join(out), tuple(offsets))


_NEXT_LINE_LOWER = re.compile(r"\n(?=[ \t]*[^\W\d_])")
_SENTENCE_CLOSE = ".!?…:;"


def unwrap_lines(norm: NormText, min_line: int = 30) -> NormText:
    """Join lines that a PDF copy or a fixed-width editor broke inside a sentence.

    A line break becomes a space when the line before is long and does not end a sentence, and the line
    after starts with a lower-case letter and is long too or ends the sentence ("… tổng giá trị sản xuất
    tăng 8,6% so\nvới cùng kỳ; …"). A short line such as a unit ("xã", "km") under a label stays apart.
    The text keeps its length, so offsets into the original still hold; the original keeps its line breaks.
    """
    text = norm.text
    joins = []
    for m in _NEXT_LINE_LOWER.finditer(text):
        k = m.start()
        line = text[text.rfind("\n", 0, k) + 1 : k].rstrip()
        end = text.find("\n", k + 1)
        nxt = text[k + 1 : end if end >= 0 else len(text)].strip()
        if len(line) >= min_line and line[-1] not in _SENTENCE_CLOSE and not line.isupper() and nxt[:1].islower() \
                and (len(nxt) >= min_line or nxt[-1] in _SENTENCE_CLOSE):  # (a capitals line is a heading)
            joins.append(k)
    if not joins:
        return norm
    chars = list(text)
    for k in joins:
        chars[k] = " "
    return NormText(norm.raw, "".join(chars), norm.offsets)


_FOLD_EXTRA = str.maketrans({"đ": "d", "Đ": "D"})


def fold(s: str) -> str:
    """Lower-case, strip diacritics (đ → d). ``fold("Đảng ủy") == "dang uy"``."""
    decomposed = unicodedata.normalize("NFD", s.translate(_FOLD_EXTRA))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in [*range(0x41, 0x5B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        c = chr(cp)
        base = unicodedata.normalize("NFD", c)[0].lower()
        if c in "đĐ":
            base = "d"
        if len(base) == 1 and base != c:
            table[cp] = base
    return table


_FOLD_SAME_LENGTH = _build_fold_table()


def fold_same_length(s: str) -> str:
    """:func:`fold` that keeps every character in place (``len`` unchanged), for search snippets.

    Works on NFC text: each precomposed Vietnamese letter becomes one plain lower-case letter."""
    return s.translate(_FOLD_SAME_LENGTH)


_TONE_OLD = {
    # old-style tone placement → new style, for comparison only (never rewrite stored text)
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
_TONE_RE = re.compile("|".join(_TONE_OLD), re.IGNORECASE)


def same_tone_style(s: str) -> str:
    """Map old tone placement (``hoà``, ``uỷ``) to the new one (``hòa``, ``ủy``)."""

    def repl(m: re.Match[str]) -> str:
        src = m.group()
        dst = _TONE_OLD[src.lower()]
        return "".join(d.upper() if c.isupper() else d for c, d in zip(src, dst, strict=True))

    return _TONE_RE.sub(repl, s)
