"""A decoded input text cut into blocks (lines, paragraphs, table cells) with positions.

Every reader in :mod:`desktop.core.intake` produces a :class:`Source`; the extractors only
ever see this shape, whatever the file type was.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from desktop.core.blocks import Block
from desktop.core.markdown import is_markdown, markdown_view
from desktop.core.textnorm import NormText, ascii_digits, normalize, unwrap_lines

# Columns in plain-text official documents are separated by long runs of spaces
# (header "TỈNH ỦY …        ĐẢNG CỘNG SẢN VIỆT NAM", signature block beside "Nơi nhận").
_SEGMENT = re.compile(r"[^ \t\n](?:(?![ ]{4,}|\t)[^\n])*")


@dataclass
class Source:
    name: str
    kind: str  # txt | docx | html | paste
    norm: NormText
    blocks: list[Block]
    tables: list[list[list[tuple[int, int]]]] = field(default_factory=list)  # cell spans
    title_hint: tuple[int, int] | None = None  # e.g. the <h1> of a web page
    encoding: str = "utf-8"

    @property
    def text(self) -> str:
        return self.norm.text

    def block_text(self, b: Block) -> str:
        return self.norm.text[b.start : b.end]

    def cell_text(self, table: int, row: int, col: int) -> str:
        s, e = self.tables[table][row][col]
        return self.norm.text[s:e]


def line_blocks(text: str, offset: int = 0) -> list[Block]:
    """Blocks of a plain text: one per line, or per column segment of a laid-out line."""
    blocks: list[Block] = []
    pos = 0
    for line in text.split("\n"):
        for m in _SEGMENT.finditer(line):
            seg = m.group().rstrip()
            if seg.strip():
                blocks.append(Block(offset + pos + m.start(), offset + pos + m.start() + len(seg)))
        pos += len(line) + 1
    return blocks


def tab_tables(text: str) -> tuple[list[Block], list[list[list[tuple[int, int]]]]]:
    """Blocks and tables of a plain text in which a table was pasted from Word or Excel: consecutive
    lines with the same number (≥ 3) of tab-separated cells become a table; other lines as
    :func:`line_blocks`."""
    lines = text.split("\n")
    starts = []
    pos = 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    widths = [len(line.split("\t")) if "\t" in line.strip("\t ") else 0 for line in lines]
    blocks: list[Block] = []
    tables: list[list[list[tuple[int, int]]]] = []
    k = 0
    while k < len(lines):
        j = k
        while j + 1 < len(lines) and widths[k] >= 3 and widths[j + 1] == widths[k]:
            j += 1
        if j == k:
            blocks.extend(line_blocks(lines[k], starts[k]))
            k += 1
            continue
        t = len(tables)
        rows: list[list[tuple[int, int]]] = []
        for r, i in enumerate(range(k, j + 1)):
            cells: list[tuple[int, int]] = []
            cpos = starts[i]
            for c, raw in enumerate(lines[i].split("\t")):
                stripped = raw.strip()
                a = cpos + (len(raw) - len(raw.lstrip()))
                if stripped:
                    blocks.append(Block(a, a + len(stripped), "cell", False, (t, r, c)))
                    cells.append((a, a + len(stripped)))
                else:
                    cells.append((cpos, cpos))
                cpos += len(raw) + 1
            rows.append(cells)
        tables.append(rows)
        k = j + 1
    return blocks, tables


def plain_text_parts(norm: NormText) -> tuple[NormText, list[Block], list[list[list[tuple[int, int]]]],
                                               tuple[int, int] | None]:
    """The analysis text, blocks, tables and title hint of a decoded plain text. A text written in Markdown
    is read through its marks (:mod:`desktop.core.markdown`); its view keeps the text's length, so the
    original's offsets hold. Otherwise lines broken inside a sentence are joined and tab tables found."""
    if is_markdown(norm.text):
        view = markdown_view(norm.text)
        return NormText(norm.raw, view.text, norm.anchors), view.blocks, view.tables, view.title_hint
    norm = unwrap_lines(norm)
    blocks, tables = tab_tables(norm.text)
    return norm, blocks, tables, None


def source_from_text(raw: str, name: str = "văn bản dán", kind: str = "paste",
                     encoding: str = "utf-8") -> Source:
    norm, blocks, tables, hint = plain_text_parts(normalize(raw))
    return Source(name=name, kind=kind, norm=norm, blocks=blocks, tables=tables, title_hint=hint,
                  encoding=encoding)


class TextBuilder:
    """Builds an NFC text piece by piece and records the blocks and table cells in it."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._len = 0
        self.blocks: list[Block] = []
        self.tables: list[list[list[tuple[int, int]]]] = []

    @property
    def length(self) -> int:
        return self._len

    def _append(self, s: str) -> int:
        start = self._len
        self._parts.append(s)
        self._len += len(s)
        return start

    def add_block(self, text: str, kind: str = "p", boilerplate: bool = False,
                  cell: tuple[int, int, int] | None = None) -> Block | None:
        text = ascii_digits(unicodedata.normalize("NFC", text))
        if self._len:
            self._append("\n")
        start = self._append(text)
        stripped = text.strip()
        if not stripped:
            return None
        lead = len(text) - len(text.lstrip())
        b = Block(start + lead, start + lead + len(stripped), kind, boilerplate, cell)
        self.blocks.append(b)
        return b

    def build(self, name: str, kind: str, encoding: str = "utf-8",
              title_hint: tuple[int, int] | None = None) -> Source:
        text = "".join(self._parts)
        return Source(name=name, kind=kind, norm=NormText(text, text), blocks=self.blocks,
                      tables=self.tables, title_hint=title_hint, encoding=encoding)
