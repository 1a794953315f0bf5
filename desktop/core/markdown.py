"""Markdown read through: what a converted document says, without its markup, at the same offsets.

Documents converted to Markdown (by portals, by ``pandoc``, by ETL tools) carry marks that are no
part of the words: ``**bold**``, ``*italic*``, ``#`` headings, ``\\`` escapes, table pipes, ``<jsontable …>``
placeholders. The view built here keeps the text's length: every mark is a space, and a line break
inside a paragraph (Markdown's soft break, used by hard-wrapping converters) is a space too, so a
span found in the view is a span of the original. Tables come in two shapes: GitHub rows
(``| a | b |``, ``|---|---|``) and the one-mark-a-line shape of HTML-table converters, in which a
line ``|`` closes a cell and two such lines in a row close a row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.core.blocks import Block

Tables = list[list[list[tuple[int, int]]]]

_PIPE = re.compile(r"^[ \t]*\|[ \t]*$")
_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$")
_RULE_ROW = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?$")
_HEADING = re.compile(r"^[ \t]{0,3}(#{1,6})(?=[ \t]|$)")
_HEADING_TAIL = re.compile(r"[ \t]+#+[ \t]*$")
# ``**``/``__`` always; a lone ``*`` only where it opens or closes emphasis (not "(*)", not "2 * 3", not a
# bullet "* item"); a backslash that escapes punctuation; converter placeholders.
_MARK = re.compile(r"<jsontable\b[^>]*>|</jsontable>|\*\*|(?<![\w_])__(?=\S)|(?<=\S)__(?![\w_])|"
                   r"\\[\\`*_{}\[\]()#+\-.!|<>~]|(?<![\w*])\*(?=[^\s*)])|(?<=[^\s*(])\*(?![\w*])")
_RULE_LINE = re.compile(r"^[ \t]*[-_*=~.·•]{3,}[ \t]*$|^[ \t]*\*[ \t]*$")  # "-------" under a body, the Party star
# an item that opens a line: "- ", "+ ", "1. ", "a) ", "(3) ", "II. "
_ITEM = re.compile(r"^[ \t]*(?:[-+•–][ \t]|\d{1,2}[.)][ \t]|[a-zđ]\)[ \t]|\(\d{1,2}\)|[IVXL]{1,5}\.[ \t])")
_BULLET = re.compile(r"^[ \t]*[-+*•][ \t]+\S")
_CLOSES = ".;:!?"
_MARKS = frozenset("*_|# \t")

# Marks of Markdown, counted to tell a converted document from plain text (a plain text has none of them
# at line starts, and no "**" pairs).
_BOLD_PAIR = re.compile(r"\*\*[^*\n]+(?:\n[^*\n]+)?\*\*")
_MD_LINE = re.compile(r"^(?:[ \t]*\|[ \t]*$|[ \t]*\|.*\|[ \t]*$|#{1,6} \S)", re.MULTILINE)


def is_markdown(text: str) -> bool:
    """Several ``**…**`` pairs, pipe rows or ``#`` headings, or a ``# `` heading first of all: written in
    Markdown (never judged by file name)."""
    sample = text[:60000]
    lines = len(_MD_LINE.findall(sample))
    return lines >= 3 or len(_BOLD_PAIR.findall(sample)) + lines >= 4 or re.match(r"\s*# \S", sample) is not None


@dataclass
class MarkdownView:
    text: str
    blocks: list[Block]
    tables: Tables = field(default_factory=list)
    title_hint: tuple[int, int] | None = None


def _blank_marks(chars: list[str], line: str, start: int) -> tuple[int, int]:
    """Blank the marks of one line in ``chars``; the number of bold and of italic marks, for the spans that
    run over a line break."""
    bold = italic = 0
    if "*" not in line and "_" not in line and "\\" not in line and "<" not in line:
        return 0, 0
    for m in _MARK.finditer(line):
        s = m.group()
        if s == "**":
            bold += 1
        elif s == "*":
            italic += 1
        elif s[0] == "\\":  # an escaped character is itself: only the backslash goes
            s = "\\"
        chars[start + m.start() : start + m.start() + len(s)] = " " * len(s)
    return bold, italic


def _blank(chars: list[str], a: int, b: int) -> None:
    for k in range(a, b):
        if chars[k] != "\n":
            chars[k] = " "


def _is_upper_line(s: str) -> bool:
    return s.upper() == s and s.lower() != s  # letters, all of them capitals


def wrap_width(text: str) -> int:
    """The width a hard-wrapping converter broke this text's lines at: the length that nine in ten of its
    longer lines (40 characters or more) stay within. A text with few lines gets no width."""
    lengths = sorted(n for n in (len(line.rstrip()) for line in text.split("\n")) if n >= 40)
    return lengths[int(0.9 * (len(lengths) - 1))] if len(lengths) >= 10 else 10_000


def _filled(prev: str, width: int) -> bool:
    """A wrapped line is no longer than about the width: a much longer one was not wrapped, and its break is
    the writer's (a title and a note on lines of their own over a list of documents). A short line may still
    be wrapped: converters of PDF break early after an enumerator ("(1) Công tác tham mưu")."""
    return len(prev.rstrip()) <= width + width // 5


def _joins(prev: str, nxt: str, in_emphasis: bool, in_cell: bool, width: int = 10_000) -> bool:
    """Whether the break between two lines of a paragraph is a soft wrap (one paragraph) or ends a line the
    writer meant: a rule, an item after a closed clause, a capitals line of a header cell."""
    p, n = prev.rstrip(" *_"), nxt.strip(" *_")
    if not p or not n or _RULE_LINE.match(prev) or _RULE_LINE.match(nxt):
        return False
    if in_emphasis:
        return True  # "**ỦY BAN NHÂN\nDÂN**", "*Hà Nội, ngày 22\ntháng 11 năm 2025*"
    if prev.rstrip()[-1:] in "*_" or nxt.lstrip()[:1] in "*_":
        return False  # a bold or italic stretch that ends or opens a line: a heading, a label ("**KẾ HOẠCH**")
    closed = p[-1] in _CLOSES or p.endswith(("./.", ".)", ";)"))
    if closed and (_ITEM.match(n) or n[:1].isupper()):
        return False
    if not in_cell and not _filled(prev, width):
        return False
    if _BULLET.match(prev) and _BULLET.match(nxt):
        return False  # a list goes on: each "- " line is an item of its own (a list of links under a heading)
    if not _is_upper_line(p):
        return True
    # capitals, then ordinary case: a heading or trích yếu ends; "BAN CHẤP HÀNH" over "TRUNG ƯƠNG" in a header
    # cell: the lines of a header stand apart
    return _is_upper_line(n) and not in_cell


class _Builder:
    def __init__(self, text: str) -> None:
        self.text = text
        self.chars = list(text)
        self.blocks: list[Block] = []
        self.tables: Tables = []
        self.width = wrap_width(text)

    def span(self, a: int, b: int) -> tuple[int, int] | None:
        """``a``–``b`` without the blanks at either end (in the view)."""
        while a < b and self.chars[a] in " \t\n":
            a += 1
        while b > a and self.chars[b - 1] in " \t\n":
            b -= 1
        return (a, b) if a < b else None

    def paragraph(self, lines: list[tuple[int, str, int, int]], kind: str,
                  cell: tuple[int, int, int] | None = None) -> list[Block]:
        """Blocks of consecutive lines (start, line, bold marks, italic marks), soft wraps joined."""
        out: list[Block] = []
        bold = italic = 0
        first = 0
        for k, (start, line, nb, ni) in enumerate(lines):
            if k and not _joins(lines[k - 1][1], line, bool(bold % 2 or italic % 2), cell is not None, self.width):
                out += self._block(lines[first][0], lines[k - 1][0] + len(lines[k - 1][1]), kind, cell)
                first = k
            elif k:
                self.chars[start - 1] = " "  # the soft break
            bold, italic = bold + nb, italic + ni
        if lines:
            out += self._block(lines[first][0], lines[-1][0] + len(lines[-1][1]), kind, cell)
        return out

    def _block(self, a: int, b: int, kind: str, cell: tuple[int, int, int] | None) -> list[Block]:
        s = self.span(a, b)
        if s is None:
            return []
        block = Block(s[0], s[1], kind, False, cell)
        self.blocks.append(block)
        return [block]


def _classify(text: str) -> list[tuple[int, str, str]]:
    out: list[tuple[int, str, str]] = []
    pos = 0
    for line in text.split("\n"):
        if _PIPE.match(line):
            kind = "pipe"
        elif _RULE_ROW.match(line) and "|" in line:
            kind = "rule_row"
        elif _ROW.match(line) and line.count("|") >= 3:
            kind = "row"
        elif _HEADING.match(line):
            kind = "heading"
        elif not line.strip():
            kind = "blank"
        else:
            kind = "text"
        out.append((pos, line, kind))
        pos += len(line) + 1
    return out


def markdown_view(text: str) -> MarkdownView:
    """The text as the analysis reads it (marks blanked, soft wraps joined), its blocks and tables."""
    b = _Builder(text)
    lines = _classify(text)
    marks: list[tuple[int, int]] = []
    for start, line, kind in lines:
        if kind in ("pipe", "rule_row"):
            _blank(b.chars, start, start + len(line))
            marks.append((0, 0))
            continue
        if kind == "heading":
            h = _HEADING.match(line)
            assert h is not None
            _blank(b.chars, start, start + h.end())
            tail = _HEADING_TAIL.search(line, h.end())
            if tail:
                _blank(b.chars, start + tail.start(), start + len(line))
        marks.append(_blank_marks(b.chars, line, start))
    title_hint = _walk(b, lines, marks)
    return MarkdownView("".join(b.chars), b.blocks, b.tables, title_hint)


def _walk(b: _Builder, lines: list[tuple[int, str, str]], marks: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Paragraphs, headings and tables, in order; the span of the first level-1 heading."""
    title_hint: tuple[int, int] | None = None
    para: list[tuple[int, str, int, int]] = []
    k = 0
    n = len(lines)
    while k < n:
        start, line, kind = lines[k]
        if kind == "text":
            para.append((start, line, *marks[k]))
            k += 1
            continue
        b.paragraph(para, "p")
        para = []
        if kind == "heading":
            level = len(line.lstrip(" \t")) - len(line.lstrip(" \t").lstrip("#"))
            made = b.paragraph([(start, line, *marks[k])], f"h{level}")
            if made and level == 1 and title_hint is None:
                title_hint = (made[0].start, made[0].end)
            k += 1
        elif kind == "pipe":
            k = _pipe_table(b, lines, marks, k)
        elif kind in ("row", "rule_row"):
            k = _row_table(b, lines, k)
        else:
            k += 1
    b.paragraph(para, "p")
    return title_hint


_CELL_LINES = 12  # a cell of a converted table rarely runs longer; the text after a table does


def _pipe_table(b: _Builder, lines: list[tuple[int, str, str]], marks: list[tuple[int, int]], k: int) -> int:
    """A table of the one-mark-a-line shape from line ``k`` (a ``|``); the index of the line after it. A row
    opens with ``|`` and each cell closes with one. The table is over at a blank line after a ``|``, or where
    the text after a closing ``|`` runs on for longer than a cell does before the next ``|`` (the document
    goes on under its header table with no blank line)."""
    t = len(b.tables)
    rows: list[list[tuple[int, int]]] = []
    row: list[tuple[int, int]] = []
    cell: list[tuple[int, str, int, int]] = []
    k += 1
    while k < len(lines):
        start, line, kind = lines[k]
        if kind == "pipe":
            if cell:
                row.append(_cell(b, cell, (t, len(rows), len(row))))
                cell = []
                if _runs_on(lines, k + 1):
                    k += 1
                    break
            elif row:  # "|" right after "|": the row ends
                rows.append(row)
                row = []
        elif kind == "blank" and not cell:
            break  # a blank line after a closing "|": the table is over
        elif kind != "blank":
            cell.append((start, line, *marks[k]))
        k += 1
    if cell:
        row.append(_cell(b, cell, (t, len(rows), len(row))))
    if row:
        rows.append(row)
    if rows:
        b.tables.append(rows)
        _split_lead_cells(b, t)
    return k


def _split_lead_cells(b: _Builder, t: int) -> None:
    """A first row wider than the rows under it (the widest width that two of them share) began before the
    table: a one-row table (a signature block) and the text between it and the next table, read on as cells.
    Its extra leading cells become a table of their own, before this one."""
    rows = b.tables[t]
    widths = [len(r) for r in rows[1:]]
    shared = [w for w in set(widths) if widths.count(w) >= 2]
    if not shared:
        return
    extra = len(rows[0]) - max(shared)
    if extra <= 0:
        return
    b.tables[t:t + 1] = [[rows[0][:extra]], [rows[0][extra:], *rows[1:]]]
    for block in b.blocks:
        c = block.cell
        if c is None or c[0] != t:
            continue
        if c[1] == 0 and c[2] < extra:
            block.cell = (t, 0, c[2])
        else:
            block.cell = (t + 1, c[1], c[2] - extra if c[1] == 0 else c[2])


def _runs_on(lines: list[tuple[int, str, str]], k: int) -> bool:
    """Whether the lines from ``k`` are text after the table rather than its next cell."""
    for j in range(k, min(len(lines), k + _CELL_LINES + 1)):
        kind = lines[j][2]
        if kind == "pipe":
            return False
        if kind == "blank":
            return True
    return True


def _cell(b: _Builder, lines: list[tuple[int, str, int, int]], where: tuple[int, int, int]) -> tuple[int, int]:
    made = b.paragraph(lines, "cell", where)
    if not made:
        return (lines[0][0], lines[0][0])
    return (made[0].start, made[-1].end)


def _row_table(b: _Builder, lines: list[tuple[int, str, str]], k: int) -> int:
    """A table of GitHub rows (``| a | b |``) from line ``k``; the rule row under the head is no row."""
    t = len(b.tables)
    rows: list[list[tuple[int, int]]] = []
    while k < len(lines) and lines[k][2] in ("row", "rule_row"):
        start, line, kind = lines[k]
        k += 1
        if kind == "rule_row":
            continue
        cells: list[tuple[int, int]] = []
        inner_start = line.index("|") + 1
        inner_end = line.rindex("|")
        pos = inner_start
        for raw in line[inner_start:inner_end].split("|"):
            a = start + pos
            made = b._block(a, a + len(raw), "cell", (t, len(rows), len(cells)))
            cells.append((made[0].start, made[0].end) if made else (a, a))
            pos += len(raw) + 1
        for p in [inner_start - 1, *(inner_start + i for i, c in enumerate(line[inner_start:inner_end]) if c == "|"),
                  inner_end]:
            b.chars[start + p] = " "
        rows.append(cells)
    b.tables.append(rows)
    return k
