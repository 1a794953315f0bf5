"""Reading order of a text: web chrome out, title found, header and signature told apart.

Every block gets a line role with a reason (:mod:`desktop.core.chrome`); the chrome is left out.
Produces the cleaned ``body`` of the contract and the list of paragraphs the extractors
read, each with its role: ``header`` (official-document header), ``title``, ``body`` (article text,
captions and bylines), ``signature`` (Nơi nhận / signer block) and, for table cells, ``cell``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import pairwise
from typing import NamedTuple

from desktop.core.chrome import CHROME_ROLES, classify, names_only
from desktop.core.header import page_facts, read_header
from desktop.core.source import Block, Source
from desktop.core.vnnum import YEAR_RE
from desktop.core.vnnum import has_digit as text_has_digit

_NO_BLANKS = str.maketrans("", "", " \t\u00a0")  # spaces, tabs, no-break spaces dropped
# more than 40 Vietnamese letters in the text's first 4000 characters, in one match (not 41 Match objects)
_VIET_41 = re.compile("(?:[^\u00c0-\u1ef9]*+[\u00c0-\u1ef9]){41}")

_AUTHORITY = re.compile(r"^(?:T/M|TM\.|KT\.|TL\.|TUQ\.|Q\.|THỪA LỆNH|THỪA ỦY QUYỀN)\s*", re.IGNORECASE)
# The signer's position alone on a line in capitals, when the head of the body signs in person ("CHỦ TỊCH")
_SIGNER_POSITION = re.compile(r"^(?:PHÓ )?(?:CHỦ TỊCH|BÍ THƯ|GIÁM ĐỐC|TRƯỞNG BAN|TRƯỞNG PHÒNG|CHÁNH VĂN PHÒNG|"
                              r"CHỦ NHIỆM|TRƯỞNG ĐOÀN|THỦ TRƯỞNG)$")


@dataclass
class Para:
    start: int
    end: int
    text: str
    role: str  # header | title | body | signature | cell
    block: Block

    # Lazily computed (below); init fields, not init=False ones, so that mypyc's compiled class sets them too.
    _low: str | None = field(default=None, repr=False, compare=False)
    _has_digit: bool | None = field(default=None, repr=False, compare=False)

    # Computed once and shared by the extractors that test them.
    @property
    def low(self) -> str:
        if self._low is None:
            self._low = self.text.lower()
        return self._low

    @property
    def has_digit(self) -> bool:
        if self._has_digit is None:
            self._has_digit = text_has_digit(self.text)
        return self._has_digit


@dataclass
class Layout:
    source: Source
    paras: list[Para]
    noise: list[Block]
    title: str
    title_span: tuple[int, int] | None
    official: bool = False
    doc_type: str | None = None
    own_number: str | None = None
    doc_year: int | None = None
    unit: str | None = None
    body: str = ""
    gaps: set[int] = field(default_factory=set)  # indices i where a blank line precedes paras[i]
    # every block of the source: (start, end, role, reason); roles of desktop.core.chrome, or header | title |
    # signature | cell for the kept blocks the official-document reader labelled
    lines: list[tuple[int, int, str, str]] = field(default_factory=list)
    doc_date: dt.date | None = None  # the document's date in its header, or a web page's post date

    def body_paras(self) -> list[Para]:
        return [p for p in self.paras if p.role in ("body", "cell")]




def _is_prose(t: str) -> bool:
    """A paragraph of sentences rather than a heading: long, with a sentence end inside."""
    return len(t) > 200 and re.search(r"[.;]\s+\S", t) is not None




_READER_REASONS = {"header": "header of the official document", "title": "the title",
                   "signature": "recipients and signer of the official document", "cell": "a table cell"}


def _signature(text: str, blocks: list[Block], texts: list[str], kept: list[int], roles: dict[int, str]) -> None:
    """Signature block: from "Nơi nhận" to the end of its table, or to the next blank line."""
    if "Nơi nhận" not in text:  # (one scan of the text instead of a test of each line: most texts have none)
        return
    for pos, i in enumerate(kept):
        if not texts[i].startswith("Nơi nhận"):
            continue
        b = blocks[i]
        cell = b.cell
        if cell:
            for j in kept:
                other = blocks[j].cell
                if other and other[0] == cell[0]:
                    roles[j] = "signature"
            return
        last = b
        roles[i] = "signature"
        rest = kept[pos + 1 :]
        for k, j in enumerate(rest):
            if "\n\n" in text[last.end : blocks[j].start].translate(_NO_BLANKS) and j != i:
                # the signer's name under a blank line (room for the signature) at the very end
                tail = [texts[x] for x in rest[k:]]
                if len(tail) <= 4 and all(len(x.split()) <= 6 and not x.endswith((".", ";")) for x in tail):
                    for x in rest[k:]:
                        roles[x] = "signature"
                break
            roles[j] = "signature"
            last = blocks[j]
        return


def _signer_lines(texts: list[str], kept: list[int], roles: dict[int, str]) -> None:
    """No "Nơi nhận" (or it comes later): "T/M HUYỆN ỦY", "BÍ THƯ", the signer's name at the end."""
    for pos in range(max(0, len(kept) - 8), len(kept)):
        i = kept[pos]
        if roles[i] != "body" or not (_AUTHORITY.match(texts[i]) or
                                      (pos >= len(kept) - 3 and _SIGNER_POSITION.match(texts[i]))):
            continue
        rest = [j for j in kept[pos:] if roles[j] == "body"]
        if all(len(texts[j].split()) <= 8 and not texts[j].endswith((".", ";", ":")) for j in rest):
            for j in rest:
                roles[j] = "signature"
        return


def _web_title(source: Source, texts: list[str], kept: list[int],
               roles: dict[int, str]) -> tuple[str, tuple[int, int] | None, int | None]:
    """A web page's title: the page's own hint (<h1>), else the article's heading under the page's banner, else
    its first line with letters. The third value: the banner line the heading was found under, if any."""
    text, blocks = source.text, source.blocks
    if source.title_hint:
        s, e = source.title_hint
        for i in kept:
            if blocks[i].start == s:
                roles[i] = "title"
        return " ".join(text[s:e].split()), (s, e), None
    if not kept:
        return "", None, None
    first = next((i for i in kept if any(c.isalpha() for c in texts[i])), kept[0])  # not a bare "12"
    heading = _article_heading(texts, kept, first)
    b = blocks[heading if heading is not None else first]
    title = " ".join(source.block_text(b).split())
    if not _is_prose(title):  # a pasted lead paragraph with no title line is still read
        roles[heading if heading is not None else first] = "title"
    return title, (b.start, b.end), first if heading is not None else None


def _article_heading(texts: list[str], kept: list[int], first: int) -> int | None:
    """The article's own heading on a page that opens with its banner or the site's name: the title-like line
    right before the article's first paragraph, with page chrome (a menu, a date stamp) between the page's
    first line and it. A page that opens with its heading has no chrome there, and keeps its first line."""
    pos = next((k for k, i in enumerate(kept) if _paragraph(texts[i])), None)
    if not pos:
        return None
    heading = kept[pos - 1]
    if pos >= 2 and _name_line(texts[heading]) and len(texts[kept[pos - 2]].split()) >= 6 \
            and not _name_line(texts[kept[pos - 2]]):
        heading = kept[pos - 2]  # "<heading>" then the author's name ("Nguyễn Hoa") above the first paragraph
    t = texts[heading]
    if heading <= first or heading - first == kept.index(heading) - kept.index(first):  # no chrome between
        return None
    if t.endswith((".", ";", ":", ",")) or len(t.split()) > 40 or not any(c.isalpha() for c in t):
        return None
    return heading


def _name_line(t: str) -> bool:
    """A line that is only a person's name, as an author's under a heading: two to four capitalised words (not
    all in capitals, which is a heading's style too)."""
    return len(t.split()) <= 4 and not t.isupper() and names_only(t)


def _paragraph(t: str) -> bool:
    """A paragraph of the article: a sentence of some length, ended."""
    return t.endswith((".", "!", "?", "…", '"', "”", ".)")) and len(t.split(None, 15)) >= 15  # (not every word)


def _as_written(source: Source, texts: list[str]) -> tuple[list[str], list[int]]:
    """Each block's line as written, and where it starts: a Markdown text's marks are blanked in the analysis
    text, but a heading's ``##`` over a list of links is page structure the chrome classifier reads, and a
    line shown dimmed as chrome is the whole line, marks and all."""
    norm = source.norm
    raw = norm.raw
    starts = [b.start for b in source.blocks]
    if norm.anchors is not None or raw is norm.text or len(raw) != len(norm.text):
        return texts, starts
    out = []
    for k, b in enumerate(source.blocks):
        line_start = raw.rfind("\n", 0, b.start) + 1
        if raw[line_start : b.start].strip(" \t#>*|+-") == "":  # only marks (or a bullet) before the words
            starts[k] = line_start
        out.append(raw[starts[k] : b.end].strip())
    return out, starts


def _line_roles(source: Source, written: list[str], known_chrome: frozenset[str],
                overrides: Mapping[int, str] | None) -> list[tuple[str, str]]:
    text, blocks = source.text, source.blocks
    vietnamese = _VIET_41.match(text, 0, 4000) is not None
    by_index = None
    if overrides:
        starts = {b.start: k for k, b in enumerate(blocks)}
        by_index = {starts[s]: v for s, v in overrides.items() if s in starts}
    return classify(written, cells=[b.cell is not None for b in blocks],
                    marked=[b.boilerplate for b in blocks],
                    vietnamese=vietnamese, known_chrome=known_chrome, overrides=by_index)


def analyse(source: Source, known_chrome: frozenset[str] = frozenset(),
            overrides: Mapping[int, str] | None = None) -> Layout:
    """The layout of ``source``. ``known_chrome``: normal forms of lines repeated on other pages of the site
    (:func:`desktop.core.chrome.repeated_lines`); ``overrides``: block start offset (in ``source.text``) →
    ``"article"`` or ``"chrome"``, a person's decision that wins over the classifier."""
    text = source.text
    blocks = source.blocks
    raw_texts = [text[b.start : b.end] for b in blocks]  # (Source.block_text, without a call per block)
    texts = [t.strip() for t in raw_texts]  # each block's text, read once for all the passes below
    written, line_starts = _as_written(source, texts)
    line_roles = _line_roles(source, written, known_chrome, overrides)
    noise: list[int] = []
    kept: list[int] = []
    roles: dict[int, str] = {}
    for i, (role, _) in enumerate(line_roles):  # (is_chrome, inlined; one pass)
        if role in CHROME_ROLES:
            noise.append(i)
        else:
            kept.append(i)
            roles[i] = "cell" if blocks[i].cell else "body"
    head = read_header(texts, blocks, kept, text)  # official document: header, type line, trích yếu
    roles.update(head.roles)
    if head.banner:  # a document portal's page over the document
        banner = set(head.banner)
        for i in banner:
            line_roles[i] = ("banner", "a document portal's banner over the official document")
        noise = sorted({*noise, *banner})
        kept = [i for i in kept if i not in banner]
    _signature(text, blocks, texts, kept, roles)
    if head.official:
        _signer_lines(texts, kept, roles)
        title, title_span, unit, doc_date = head.title, head.title_span, head.unit, head.date
    else:
        title, title_span, banner_line = _web_title(source, texts, kept, roles)
        if banner_line is not None:  # the site's name over its menu, the article's heading under it
            line_roles[banner_line] = ("banner", "the page's first line, above the menu and the article's heading")
            noise = sorted({*noise, banner_line})
            kept.remove(banner_line)
            del roles[banner_line]
        doc_date, unit = page_facts(texts, [i for i in kept if roles[i] == "body"], title)
    paras = [Para(blocks[i].start, blocks[i].end, raw_texts[i], roles[i], blocks[i]) for i in kept]
    years = [int(m.group(1)) for m in YEAR_RE.finditer(title)]
    get = roles.get
    lines = [(start, b.end, role, _READER_REASONS[role]) if (role := get(i, "body")) != "body"
             else (start, b.end, written_role[0], written_role[1])
             for i, (start, b, written_role) in enumerate(zip(line_starts, blocks, line_roles, strict=True))]
    return Layout(source, paras, [blocks[i] for i in noise], title, title_span, official=head.official,
                  doc_type=head.doc_type, own_number=head.own_number, doc_year=years[-1] if years else None,
                  unit=unit, body="\n".join(p.text for p in paras), gaps=_gaps(text, paras), lines=lines,
                  doc_date=doc_date)


def _gaps(text: str, paras: list[Para]) -> set[int]:
    """Indices k where a blank line stands between paragraph k - 1 and paragraph k."""
    gaps = set()
    for k, (prev, para) in enumerate(pairwise(paras), 1):
        if para.start - prev.end < 2:  # (one character between them holds no blank line)
            continue
        between = text[prev.end : para.start]
        if between.count("\n") > 1 and "\n\n" in between.translate(_NO_BLANKS):
            gaps.add(k)
    return gaps


class Unit(NamedTuple):
    """A paragraph as a reader sees it: one text with its offset (lines of a hard-wrapped paragraph joined).
    (A named tuple: one is made for each paragraph, and a frozen dataclass costs several times more to make.)"""

    start: int
    text: str


def reading_units(layout: Layout) -> list[Unit]:
    """The article's paragraphs, a paragraph hard-wrapped over several lines read as one.

    In a hard-wrapped text that separates paragraphs by blank lines, a line that ends without end punctuation and
    is followed directly by another line continues the same sentence (``… năm 2025 tại Thanh`` / ``Hóa, Thủ
    tướng …``).
    The gap between lines is filled with blanks, so offsets into the unit stay offsets into the text."""
    body = [p for p in layout.body_paras() if p.role != "cell"]  # (table cells hold no session)
    # blank lines separate paragraphs, and most long lines of the file end mid-sentence
    wrapped = len(layout.gaps) * 5 >= len(layout.paras) > 0 and _hard_wrapped(layout.source.norm.raw)
    if not wrapped:
        return [Unit(p.start, p.text) for p in body]
    article = {id(p) for p in body}
    paras = [(i, p) for i, p in enumerate(layout.paras) if id(p) in article]
    units: list[Unit] = []
    cur: list[tuple[int, str]] = []  # (start, text) of the lines of the current unit
    prev_index, prev_end = -2, -1
    for i, p in paras:
        joins = (cur and i == prev_index + 1 and i not in layout.gaps and 0 < p.start - prev_end <= 3
                 and _runs_on(cur[-1][1]))
        if cur and not joins:
            units.append(_unit(cur))
            cur = []
        cur.append((p.start, p.text))
        prev_index, prev_end = i, p.end
    if cur:
        units.append(_unit(cur))
    return units


def _hard_wrapped(raw: str) -> bool:
    """A file wrapped at a fixed width (a conversion from PDF or a mail): most of its long lines end mid-sentence,
    where a page or a document written one paragraph a line ends most lines with end punctuation."""
    # (a line of 40 characters or fewer is not stripped to learn it is no longer than 40)
    long = [t for line in raw.split("\n") if len(line) > 40 and len(t := line.strip()) > 40]
    return len(long) >= 8 and sum(map(_runs_on, long)) >= 0.6 * len(long)


def title_units(layout: Layout) -> list[Unit]:
    """The title's lines, read in lower case (an official title is often in capitals; Vietnamese letters keep
    their count when lower-cased, so offsets hold)."""
    lines = [(p.start, p.text.lower()) for p in layout.paras if p.role == "title"]
    return [Unit(start, low) for start, low in lines if len(low) == len(layout.source.text[start : start + len(low)])]


def _runs_on(line: str) -> bool:
    """A line ends mid-sentence: no end punctuation, and not a heading written in capitals."""
    t = line.rstrip(" *_")
    return bool(t) and t[-1] not in ".!?:;…\"”)" and not t.isupper()


def _unit(lines: list[tuple[int, str]]) -> Unit:
    start, text = lines[0]
    if len(lines) == 1:
        return Unit(start, text)
    for s, t in lines[1:]:
        text += " " * (s - start - len(text)) + t
    return Unit(start, text)
