"""NFC normalisation that remembers where every character came from.

Extraction runs on the NFC text with LF line ends; spans are mapped back to the original
text (as decoded) so the UI highlights the right characters. Also: a diacritics-free fold
used for comparison and search (đ/Đ folded too, which SQLite's FTS5 does not do).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

_CLUSTER = re.compile(r"(?s:.)[\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]*")  # a character, its marks


@dataclass(frozen=True)
class NormText:
    raw: str
    text: str
    # Where text came from, None when text[i] comes from raw[i]. Anchors (text positions, raw positions), both
    # ascending: from anchor k on, text[t] comes from raw[raw_k + t - text_k] (one anchor per line of a CRLF file,
    # one more around each character that NFC composed). The last anchor is (len(text), len(raw)).
    anchors: tuple[tuple[int, ...], tuple[int, ...]] | None = None

    def to_raw(self, i: int) -> int:
        if self.anchors is None:
            return i
        ts, rs = self.anchors
        i = max(0, min(i, ts[-1]))
        k = bisect_right(ts, i) - 1
        return rs[k] + i - ts[k]

    def span_to_raw(self, start: int, end: int) -> tuple[int, int]:
        return self.to_raw(start), self.to_raw(end)


_MARKS = "\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"  # combining marks
_MARKED = re.compile(rf"[^{_MARKS}]?[{_MARKS}]+")


def _clusters(raw: str, start: int, end: int, t: int, out: list[str], anchor: Callable[[int, int], None]) -> int:
    """NFC of raw[start:end] one cluster at a time, each output character anchored at its cluster's start."""
    for c in _CLUSTER.finditer(raw, start, end):
        norm = unicodedata.normalize("NFC", c.group())
        for k in range(len(norm)):
            anchor(t + k, c.start())
        out.append(norm)
        t += len(norm)
        anchor(t, c.end())
    return t


_LINE = re.compile(r"([^\r\n]*)(\r\n|\r|\n)?")


def normalize(raw: str) -> NormText:
    """NFC and LF line ends, with a map back to ``raw`` when anything changed.

    Lines already in NFC are copied whole; only a line that NFC changes is read a character cluster at a
    time (a base letter and its combining marks), so a CRLF file costs one anchor per line."""
    if "\r" not in raw and unicodedata.is_normalized("NFC", raw):
        return NormText(raw, ascii_digits(raw))
    out: list[str] = []
    ts: list[int] = [0]
    rs: list[int] = [0]
    t = 0  # length of the text so far

    def anchor(t: int, r: int) -> None:
        if r - rs[-1] != t - ts[-1]:  # off the current line of the map: a new anchor (the last one at t counts)
            ts.append(t)
            rs.append(r)

    def plain(start: int, end: int, t: int) -> int:
        """Characters with no combining mark: copied as they are, unless NFC changes them even so."""
        piece = raw[start:end]
        if not unicodedata.is_normalized("NFC", piece):
            return _clusters(raw, start, end, t, out, anchor)
        anchor(t, start)
        out.append(piece)
        return t + len(piece)

    for m in _LINE.finditer(raw):
        line, end = m.group(1), m.group(2)
        if not line and not end:
            break
        anchor(t, m.start())
        if unicodedata.is_normalized("NFC", line):
            out.append(line)
            t += len(line)
        else:
            pos, line_end = m.start(), m.start() + len(line)
            for c in _MARKED.finditer(raw, pos, line_end):  # a letter and its marks; plain runs between them
                t = plain(pos, c.start(), t)
                cs, pos = c.span()
                norm = unicodedata.normalize("NFC", c.group())
                if len(norm) == 1:  # the usual case: a letter and its marks become one character
                    anchor(t, cs)
                    out.append(norm)
                    t += 1
                    anchor(t, pos)
                else:
                    t = _clusters(raw, cs, pos, t, out, anchor)
            t = plain(pos, line_end, t)
        if end:
            anchor(t, m.start() + len(line))
            out.append("\n")
            t += 1
    anchor(t, len(raw))
    if ts[-1] != t:
        ts.append(t)
        rs.append(len(raw))
    return NormText(raw, ascii_digits("".join(out)), (tuple(ts), tuple(rs)))


_DIGIT_RUN = re.compile(r"\d+")


def ascii_digits(text: str) -> str:
    """Decimal digits of other scripts (fullwidth ``１２``, Arabic-Indic ``٣``) as ASCII digits, one for one, so
    that the readers' patterns can look for ``[0-9]``, which ``re`` finds twice as fast as ``\\d``."""
    if text.isascii():
        return text
    runs = _DIGIT_RUN.findall(text)
    if all(r.isascii() for r in runs):
        return text
    return _DIGIT_RUN.sub(lambda m: "".join(str(unicodedata.decimal(c)) for c in m.group()), text)


_NEXT_LINE_LOWER = re.compile(r"\n(?=[ \t]*[^\W\d_])")
_SENTENCE_CLOSE = ".!?…:;"
# "a) …", "đ. …": a line that opens with a letter and its bracket or dot is an item of a list, not the rest of
# the sentence above it
_LETTER_ITEM = re.compile(r"[a-zđ][).]\s")


def unwrap_lines(norm: NormText, min_line: int = 30) -> NormText:
    """Join lines that a PDF copy or a fixed-width editor broke inside a sentence.

    A line break becomes a space when the line before is long and does not end a sentence, and the line
    after starts with a lower-case letter and is long too or ends the sentence ("… tổng giá trị sản xuất
    tăng 8,6% so\nvới cùng kỳ; …"). A short line such as a unit ("xã", "km") under a label stays apart, and so
    does a lettered item ("a) Phòng Tài chính: …") under a heading.
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
                and (len(nxt) >= min_line or nxt[-1] in _SENTENCE_CLOSE) \
                and not _LETTER_ITEM.match(nxt):  # (a capitals line is a heading)
            joins.append(k)
    if not joins:
        return norm
    chars = list(text)
    for k in joins:
        chars[k] = " "
    return NormText(norm.raw, "".join(chars), norm.anchors)


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
# ("o" or "u" in a plain class, then the tone-marked vowel after it in any case: re jumps from one o/u to the next)
_TONE_RE = re.compile("[oOuU](?:(?<=[oO])(?i:" + "|".join(k[1] for k in _TONE_OLD if k[0] == "o") + ")|(?<=[uU])(?i:"
                      + "|".join(k[1] for k in _TONE_OLD if k[0] == "u") + "))")


def same_tone_style(s: str) -> str:
    """Map old tone placement (``hoà``, ``uỷ``) to the new one (``hòa``, ``ủy``)."""

    def repl(m: re.Match[str]) -> str:
        src = m.group()
        dst = _TONE_OLD[src.lower()]
        return "".join(d.upper() if c.isupper() else d for c, d in zip(src, dst, strict=True))

    return _TONE_RE.sub(repl, s)
