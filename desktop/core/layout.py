"""Reading order of a text: web chrome out, title found, header and signature told apart.

Every block gets a line role with a reason (:mod:`desktop.core.chrome`); the chrome is left out.
Produces the cleaned ``body`` of the contract and the list of paragraphs the extractors
read, each with its role: ``header`` (official-document header), ``title``, ``body`` (article text,
captions and bylines), ``signature`` (Nơi nhận / signer block) and, for table cells, ``cell``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import islice

from desktop.core.chrome import classify, is_chrome
from desktop.core.source import Block, Source
from desktop.core.vnnum import CODE_RE, YEAR_RE
from desktop.core.vnnum import has_digit as text_has_digit

_NO_BLANKS = str.maketrans("", "", " \t\u00a0")  # spaces, tabs, no-break spaces dropped
_VIET_CHAR = re.compile("[\u00c0-\u1ef9]")

DOC_TYPES = (
    "THÔNG BÁO", "BÁO CÁO", "NGHỊ QUYẾT", "KẾT LUẬN", "QUYẾT ĐỊNH", "KẾ HOẠCH", "CHỈ THỊ", "TỜ TRÌNH",
    "HƯỚNG DẪN", "QUY ĐỊNH", "CHƯƠNG TRÌNH", "ĐỀ ÁN", "BIÊN BẢN", "THÔNG TRI", "QUY CHẾ", "CÔNG ĐIỆN",
    "CÔNG VĂN", "THÔNG CÁO", "DIỄN VĂN", "BÀI PHÁT BIỂU", "ĐỀ CƯƠNG",
)
_HEADER_CUE = re.compile(r"ĐẢNG CỘNG SẢN VIỆT NAM|CỘNG H[ÒO]À? XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI")
# at the start of a line
_HEADER_LINE = re.compile(r"Số\s*:?\s*\d|(?:TỈNH|HUYỆN|THÀNH|THỊ|ĐẢNG) ?(?:UỶ|ỦY)|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|"
                          r"ĐẢNG BỘ|(?:UBND|HĐND) (?:XÃ|PHƯỜNG|THỊ TRẤN|THỊ XÃ|HUYỆN|THÀNH PHỐ|TỈNH)\b|"
                          r"(?:BAN THƯỜNG VỤ|THƯỜNG TRỰC|BAN CHẤP HÀNH|BAN CÁN SỰ ĐẢNG|ĐẢNG ĐOÀN|CHI BỘ) [A-ZĐ]")
# "I. KẾT QUẢ", "1. Việc triển khai", "a) …", "Phần thứ nhất": the body has begun, the trích yếu has ended
_SECTION = re.compile(r"^(?:[IVXL]+\s*[.)\-–]|\d{1,2}(?:\.\d{1,2})*\s*[.)]|[a-zđ]\)|(?:[Pp]hần|PHẦN)\s+\w+|"
                      r"[A-D]\s*[.)])\s*")
_BODY_START = re.compile(r"^(?:Ngày \d|Sáng|Chiều|Tối|Hôm nay|Hôm qua|Vào ngày|Thực hiện|Theo|Trên cơ sở)\b")
def _doc_type(line: str) -> str | None:
    """``THÔNG BÁO``, or a type with one more word (``BÁO CÁO NHANH``, ``BÁO CÁO TÓM TẮT``)."""
    t = line.strip(" :")
    if t in DOC_TYPES:
        return t
    head, _, extra = t.rpartition(" ")
    return t if head in DOC_TYPES and extra.isalpha() else None


_ABOUT_STARTS = ("Thực hiện", "Theo", "Trên cơ sở")
_RULE = re.compile(r"^[-_*=~.·•\s]{1,}$")
_OWN_NUMBER = re.compile(r"^Số\s*:?\s*(\S+)")
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

    def body_paras(self) -> list[Para]:
        return [p for p in self.paras if p.role in ("body", "cell")]




_BODY_LINE = re.compile(r"^(?:ĐẢNG ỦY|ĐẢNG UỶ|HUYỆN|TỈNH|THÀNH|THỊ|ỦY BAN|UỶ BAN|XÃ|BAN|SỞ|VĂN PHÒNG|HỘI ĐỒNG)")
_PLACE_LINE = re.compile(r"^(?:TỈNH|HUYỆN|XÃ|THÀNH PHỐ|PHƯỜNG|THỊ XÃ|THỊ TRẤN|QUẬN)\s")


def _issuing_body(header: list[str]) -> str | None:
    """The body that issues an official text: ``HUYỆN ỦY TÂN LẬP``, ``ỦY BAN NHÂN DÂN XÃ PHÚ XUÂN``."""
    lines = [h for h in header if "CỘNG" not in h and "ĐẢNG CỘNG SẢN" not in h and not h.startswith(("Số", "*"))]
    for k, u in enumerate(lines):
        if not _BODY_LINE.match(u):
            continue
        nxt = lines[k + 1] if k + 1 < len(lines) else ""
        if re.match(r"^(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN)$", u) and _PLACE_LINE.match(nxt):
            return f"{u} {nxt}"
        if u.startswith("ĐẢNG BỘ") and nxt and _BODY_LINE.match(nxt):
            continue  # "ĐẢNG BỘ TỈNH …" above "HUYỆN ỦY …": the second line issues the text
        return u
    return None


def _is_prose(t: str) -> bool:
    """A paragraph of sentences rather than a heading: long, with a sentence end inside."""
    return len(t) > 200 and re.search(r"[.;]\s+\S", t) is not None




_READER_REASONS = {"header": "header of the official document", "title": "the title",
                   "signature": "recipients and signer of the official document", "cell": "a table cell"}


@dataclass
class _Official:
    doc_type: str | None = None
    title: str = ""
    title_span: tuple[int, int] | None = None
    own_number: str | None = None
    unit: str | None = None


def _trich_yeu(text: str, blocks: list[Block], texts: list[str], kept: list[int], pos: int,
               roles: dict[int, str]) -> tuple[str, tuple[int, int]]:
    """The type line at ``kept[pos]`` and the lines of its trích yếu below, as the title and its span."""
    i = kept[pos]
    roles[i] = "title"
    parts = [texts[i]]
    last = blocks[i]
    start, end = blocks[i].start, blocks[i].end
    for j in kept[pos + 1 : pos + 6]:
        tj = texts[j]
        gap = "\n\n" in text[last.end : blocks[j].start].translate(_NO_BLANKS)
        if gap or _RULE.match(tj) or re.match(r"^(?:-\s*)?(?:Kính gửi|Căn cứ)", tj) or _SECTION.match(tj):
            if _RULE.match(tj):
                roles[j] = "title"
            break
        # "Thực hiện Nghị quyết số …, UBND huyện ban hành …" opens the body; "Thực hiện Nghị quyết số 20-NQ/HU
        # … về chuyển đổi số" under "KẾ HOẠCH", without a comma, is what the plan is about
        body_start = _BODY_START.match(tj) and ("," in tj or not tj.startswith(_ABOUT_STARTS))
        if len(tj) > 160 or tj.endswith((".", ";", ":")) or body_start \
                or re.search(r"[.!?]\s+[A-ZĐÀ-Ỹ]", tj):
            break  # the first paragraph of the body, not more of the trích yếu
        roles[j] = "title"
        parts.append(tj)
        end = blocks[j].end
        last = blocks[j]
    return " ".join(" ".join(parts).split()), (start, end)


def _official_header(text: str, blocks: list[Block], texts: list[str], kept: list[int],
                     roles: dict[int, str]) -> _Official | None:
    """Official document: header cue, then a document-type line, then the trích yếu."""
    seen_cue = False
    for pos, i in enumerate(kept[:30]):
        t = texts[i]
        if ("CỘNG" in t and _HEADER_CUE.search(t)) or _HEADER_LINE.match(t):
            seen_cue = True
        kind = _doc_type(t) if t.upper() == t and (seen_cue or pos == 0) else None
        if not kind:  # after the header, or first of all ("BÁO CÁO NHANH" over its subject, no header)
            continue
        out = _Official(doc_type=kind)
        for j in kept[:pos]:
            roles[j] = "header"
            m = _OWN_NUMBER.match(texts[j])
            code = CODE_RE.search(m.group(1)) if m else None
            if code:
                out.own_number = code.group(0)
        out.title, out.title_span = _trich_yeu(text, blocks, texts, kept, pos, roles)
        out.unit = _issuing_body([texts[j] for j in kept[:pos] if roles[j] == "header"])
        return out
    return None


def _signature(text: str, blocks: list[Block], texts: list[str], kept: list[int], roles: dict[int, str]) -> None:
    """Signature block: from "Nơi nhận" to the end of its table, or to the next blank line."""
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
            if "\n\n" in text[last.end : blocks[j].start].translate(_NO_BLANKS):
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
               roles: dict[int, str]) -> tuple[str, tuple[int, int] | None]:
    """A web page's title: the page's own hint (<h1>), else its first line with letters."""
    text, blocks = source.text, source.blocks
    if source.title_hint:
        s, e = source.title_hint
        for i in kept:
            if blocks[i].start == s:
                roles[i] = "title"
        return " ".join(text[s:e].split()), (s, e)
    if not kept:
        return "", None
    first = next((i for i in kept if any(c.isalpha() for c in texts[i])), kept[0])  # not a bare "12"
    b = blocks[first]
    title = " ".join(source.block_text(b).split())
    if not _is_prose(title):  # a pasted lead paragraph with no title line is still read
        roles[first] = "title"
    return title, (b.start, b.end)


def _line_roles(source: Source, texts: list[str], known_chrome: frozenset[str],
                overrides: Mapping[int, str] | None) -> list[tuple[str, str]]:
    text, blocks = source.text, source.blocks
    vietnamese = next(islice(_VIET_CHAR.finditer(text, 0, 4000), 40, None), None) is not None  # more than 40
    by_index = None
    if overrides:
        starts = {b.start: k for k, b in enumerate(blocks)}
        by_index = {starts[s]: v for s, v in overrides.items() if s in starts}
    return classify(texts, cells=[b.cell is not None for b in blocks], marked=[b.boilerplate for b in blocks],
                    vietnamese=vietnamese, known_chrome=known_chrome, overrides=by_index)


def analyse(source: Source, known_chrome: frozenset[str] = frozenset(),
            overrides: Mapping[int, str] | None = None) -> Layout:
    """The layout of ``source``. ``known_chrome``: normal forms of lines repeated on other pages of the site
    (:func:`desktop.core.chrome.repeated_lines`); ``overrides``: block start offset (in ``source.text``) →
    ``"article"`` or ``"chrome"``, a person's decision that wins over the classifier."""
    text = source.text
    blocks = source.blocks
    raw_texts = [source.block_text(b) for b in blocks]
    texts = [t.strip() for t in raw_texts]  # each block's text, read once for all the passes below
    line_roles = _line_roles(source, texts, known_chrome, overrides)
    noise = [i for i, (role, _) in enumerate(line_roles) if is_chrome(role)]
    kept = [i for i, (role, _) in enumerate(line_roles) if not is_chrome(role)]
    roles = {i: ("cell" if blocks[i].cell else "body") for i in kept}
    official = _official_header(text, blocks, texts, kept, roles)
    _signature(text, blocks, texts, kept, roles)
    if official:
        _signer_lines(texts, kept, roles)
        title, title_span = official.title, official.title_span
    else:
        title, title_span = _web_title(source, texts, kept, roles)
    paras = [Para(blocks[i].start, blocks[i].end, raw_texts[i], roles[i], blocks[i]) for i in kept]
    gaps = set()
    for k in range(1, len(paras)):
        between = text[paras[k - 1].end : paras[k].start]
        if between.count("\n") > 1 and "\n\n" in between.translate(_NO_BLANKS):
            gaps.add(k)
    years = [int(m.group(1)) for m in YEAR_RE.finditer(title)]
    lines = [(b.start, b.end, roles[i], _READER_REASONS[roles[i]]) if roles.get(i, "body") != "body"
             else (b.start, b.end, *line_roles[i]) for i, b in enumerate(blocks)]
    return Layout(source, paras, [blocks[i] for i in noise], title, title_span, official is not None,
                  official.doc_type if official else None, official.own_number if official else None,
                  years[-1] if years else None, official.unit if official else None,
                  "\n".join(p.text for p in paras), gaps, lines)
