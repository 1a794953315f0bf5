"""Text of a web page saved from a browser, one block per paragraph-like element.

The text is everything outside ``<head>``, ``<script>``, ``<style>`` and ``<noscript>``.
Blocks outside the article (menus, related news, comment forms, footers) are flagged as
boilerplate so the noise filter can drop them without guessing from words alone.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from desktop.core.source import Source, TextBuilder

_SKIP = {"head", "script", "style", "noscript", "template", "svg", "iframe", "select"}
_BLOCK = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "figcaption", "figure",
    "td", "th", "tr", "table", "section", "article", "header", "footer", "nav", "aside", "main",
    "blockquote", "pre", "form", "textarea", "button", "label", "dt", "dd", "dl", "address",
    "caption", "body", "html", "title", "option", "br", "hr",
}
_VOID = {"br", "hr", "img", "input", "meta", "link", "source", "wbr", "area", "base", "col", "embed"}
_BOILER_TAGS = {"nav", "header", "footer", "aside", "form", "button", "textarea", "label"}
_BOILER_CLASS = re.compile(
    r"related|comment|most-?read|menu|breadcrumb|topbar|tags?\b|share|tools|social|footer|sidebar|"
    r"widget|banner|advert|\bads?\b|login|search|paging|pagination|__meta|\bmeta\b|counter|"
    r"lienquan|tin-?khac|copyright",
    re.IGNORECASE,
)


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []  # (tag, boilerplate-here)
        self.skip = 0
        self.in_article = 0
        self.has_article = False
        self.buf: list[str] = []
        # text, tag, boilerplate, in_article, table cell (table, row, column) or None
        self.blocks: list[tuple[str, str, bool, bool, tuple[int, int, int] | None]] = []
        self.tables: list[list[int]] = []  # open tables: [index, row, column]
        self.n_tables = 0
        self.cell: tuple[int, int, int] | None = None

    def _flush(self) -> None:
        text = re.sub(r"[ \t\r\n\f]+", " ", "".join(self.buf)).strip()
        self.buf = []
        if text:
            tag = next((t for t, _ in reversed(self.stack) if t in _BLOCK), "p")
            boiler = any(b for _, b in self.stack)
            self.blocks.append((text, tag, boiler, self.in_article > 0, self.cell))

    def _table_tag(self, tag: str) -> None:
        """Keep (table, row, column) of the cell being read, so target tables work as in .docx."""
        if tag == "table":
            self.tables.append([self.n_tables, -1, -1])
            self.n_tables += 1
            self.cell = None
        elif self.tables and tag == "tr":
            self.tables[-1][1] += 1
            self.tables[-1][2] = -1
        elif self.tables and tag in ("td", "th"):
            t = self.tables[-1]
            t[1] = max(t[1], 0)
            t[2] += 1
            self.cell = (t[0], t[1], t[2])
            boiler = any(b for _, b in self.stack)
            self.blocks.append(("", tag, boiler, self.in_article > 0, self.cell))  # empty cells count too

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
            if tag not in _VOID:
                self.stack.append((tag, False))
            return
        if tag in _BLOCK:
            self._flush()
        if tag in _VOID:
            return
        cls = " ".join(v or "" for k, v in attrs if k in ("class", "id"))
        boiler = tag in _BOILER_TAGS or bool(cls and _BOILER_CLASS.search(cls))
        if tag == "article":
            self.in_article += 1
            self.has_article = True
        self.stack.append((tag, boiler))
        if tag in ("table", "tr", "td", "th"):
            self._table_tag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        if tag in _BLOCK and not self.skip:
            self._flush()
        if tag in ("td", "th"):
            self.cell = None
        elif tag == "table" and self.tables:
            self.tables.pop()
            self.cell = None
        # pop up to the matching tag (tolerate unclosed elements)
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                for t, _ in self.stack[i:]:
                    if t in _SKIP:
                        self.skip = max(0, self.skip - 1)
                    if t == "article":
                        self.in_article = max(0, self.in_article - 1)
                del self.stack[i:]
                break

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.buf.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def _data_tables(blocks: list[tuple[str, str, bool, bool, tuple[int, int, int] | None]]) -> set[int]:
    """Tables of figures or tasks, as opposed to tables that lay out a whole page (old sites do that):
    at least two rows and two columns, and no cell holding a paragraph of prose."""
    rows: dict[int, set[int]] = {}
    cols: dict[int, int] = {}
    long_cell: set[int] = set()
    text_len: dict[tuple[int, int, int], int] = {}
    for text, _tag, _b, _a, cell in blocks:
        if cell is None:
            continue
        rows.setdefault(cell[0], set()).add(cell[1])
        cols[cell[0]] = max(cols.get(cell[0], 0), cell[2] + 1)
        text_len[cell] = text_len.get(cell, 0) + len(text)
        if text_len[cell] > 400:
            long_cell.add(cell[0])
    return {t for t in rows if len(rows[t]) >= 2 and cols[t] >= 2 and t not in long_cell}


def parse_html(html: str, name: str = "trang web", encoding: str = "utf-8") -> Source:
    parser = _Parser()
    parser.feed(html)
    parser.close()
    tb = TextBuilder()
    title_hint = None
    data_tables = _data_tables(parser.blocks)
    index: dict[int, int] = {}  # parser's table number -> index in tb.tables
    for text, tag, boiler, in_article, cell in parser.blocks:
        outside = parser.has_article and not in_article
        if cell is not None and cell[0] not in data_tables:
            cell = None  # a table used for page layout: its text is ordinary paragraphs
            if not text:
                continue
        if cell is not None:
            t = index.setdefault(cell[0], len(index))
            while len(tb.tables) <= t:
                tb.tables.append([])
            rows = tb.tables[t]
            while len(rows) <= cell[1]:
                rows.append([])
            row = rows[cell[1]]
            if not text:
                while len(row) <= cell[2]:
                    row.append((tb.length, tb.length))
                continue
            b = tb.add_block(text, "cell", boilerplate=boiler or outside, cell=(t, cell[1], cell[2]))
            if b is not None and cell[2] < len(row):
                s0, _e0 = row[cell[2]]
                row[cell[2]] = (b.start if s0 == _e0 else s0, b.end)
            continue
        b = tb.add_block(text, tag, boilerplate=boiler or outside)
        if b is not None and tag == "h1" and title_hint is None and not b.boilerplate:
            title_hint = (b.start, b.end)
    tb.tables = [rows for rows in tb.tables if any(rows)]
    return tb.build(name, "html", encoding=encoding, title_hint=title_hint)
