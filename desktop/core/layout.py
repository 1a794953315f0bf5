"""Reading order of a text: web noise out, title found, header and signature told apart.

Produces the cleaned ``body`` of the contract and the list of paragraphs the extractors
read, each with its role: ``header`` (official-document header), ``title``, ``body``,
``signature`` (Nơi nhận / signer block) and, for table cells, ``cell``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from itertools import islice

from desktop.core.header import page_facts, read_header
from desktop.core.rx import choice
from desktop.core.source import Block, Source
from desktop.core.vnnum import YEAR_RE
from desktop.core.vnnum import has_digit as text_has_digit

_IMAGE = re.compile(r"^[\w\-. ()]+\.(?:jpe?g|png|gif|webp|bmp|tiff?)$", re.IGNORECASE)
_COUNTER = re.compile(
    r"^[•·\-\s]*(?:đang online|online|hôm nay|hôm qua|trong tuần|trong tháng|tuần này|tháng này|tất cả|"
    r"tổng truy cập|tổng số lượt truy cập|lượt truy cập|lượt xem|số lượt truy cập)\s*:?\s*[\d.,]+\s*$",
    re.IGNORECASE,
)
_WIDGET = re.compile("^" + choice([
    "đăng nhập", "đăng ký", "đăng xuất", "bình luận", "gửi bình luận", "gửi", "chia sẻ", "in bài", "in trang",
    "tìm kiếm", "trang chủ", "rss", "liên hệ", "thống kê truy cập", "liên kết website", "quay lại", "về đầu trang",
    "lên đầu trang", "bản in", "gửi email", "lưu bài", "xem thêm", "ý kiến của bạn", "từ khóa:?.*", "tags?:.*",
    r"bạn còn \d+/\d+ ký tự", "bạn vui lòng nhập.*", "vui lòng nhập.*", "nhập nội dung bình luận.*", "họ và tên",
    "email", "mã xác nhận", "[•·]+", "in bài viết", "gửi ý kiến", "đọc tiếp", r"bình luận \(\d+\)", r"\d+ bình luận",
    "cỡ chữ:?", "nghe bài viết", r"theo dõi (?:chúng tôi|báo)\b.{0,40}", "chia sẻ bài viết", "đăng ký nhận tin",
    "tải ứng dụng", "liên hệ quảng cáo", r"đang tải\.*", "facebook", "zalo", "thích", "video", "ảnh", "tiêu điểm",
    "mới nhất", r"(?:(?:a-|a\+|in bài|bản in|chia sẻ:?|facebook|zalo|twitter|email|cỡ chữ:?|lưu bài)(?:\s+|$)){2,}",
]) + "$")
# page numbers: "1 2 3 … 10", "« 1 2 3 »"; never one number alone ("310" in a table cell)
_PAGINATION = re.compile(r"^(?:\d+\s+){1,}\d*\s*(?:\.\.\.|…)?\s*$|^(?:\d+\s+)+(?:\.\.\.|…)\s*\d+$|"
                         r"^(?:«|‹|<<)?\s*\d+(?:\s+\d+)+\s*(?:»|›|>>)?$|^(?:«|‹|<<)\s*\d+\s*(?:»|›|>>)?$")
_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
_COPYRIGHT_LINE = re.compile(choice([  # used with .match: at the start of a line
    "©", r"\(c\)", r"copyright\b", r"phó tổng biên tập\s*:", r"tổng biên tập\s*:",
    r"giấy phép (?:số|hoạt động|xuất bản)[^.]{0,60}$", r"cơ quan chủ quản\s*:",
    "chịu trách nhiệm (?:nội dung|xuất bản)",
]))


def _is_copyright(t: str) -> bool:
    return bool(_COPYRIGHT_LINE.match(t)) or (len(t) >= 15 and ("uyền" in t or "UYỀN" in t)
                                              and "bản quyền thuộc" in t.lower())

_CONTACT = re.compile(
    choice(["địa chỉ", "điện thoại", "đt", "fax", "email", "e-mail", "hotline", "website"]) + r"\s*:")
_TAIL = re.compile(choice([
    "tin liên quan", "tin khác", "các tin khác", "tin mới", "tin mới nhất", "tin tức", "thông tin mới nhất",
    "tin cùng chuyên mục", "bài liên quan", "bài viết liên quan", "đọc nhiều nhất", "xem nhiều nhất", "tin đọc nhiều",
    "tin xem nhiều", "tin nổi bật", "tin tiêu điểm", "bình luận", "ý kiến bạn đọc", "thống kê truy cập",
    "có thể bạn quan tâm", "tin bài khác", "các bài viết khác",
]) + r"\s*:?$")  # (both used with .match)
_NO_BLANKS = str.maketrans("", "", " \t\u00a0")  # spaces, tabs, no-break spaces dropped
_VIET_CHAR = re.compile("[\u00c0-\u1ef9]")
_UNACCENTED = re.compile(r"^[a-z]+(?: [a-z]+){1,4}$")

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
    doc_date: dt.date | None = None  # the document's date in its header, or a web page's post date

    def body_paras(self) -> list[Para]:
        return [p for p in self.paras if p.role in ("body", "cell")]




def _is_noise_part(t: str) -> bool:
    """An image file name, a visit counter, page numbers, a web address or a widget (``t`` stripped).
    The first or last character says which of the anchored patterns can match at all."""
    return bool((t[:1] in "0123456789«‹<" and _PAGINATION.match(t))
                or (t[-1:] in "0123456789.," and _COUNTER.match(t))
                or ("." in t[-6:] and _IMAGE.match(t))
                or (t[:4].lower() in ("http", "www.") and _URL.match(t))
                or _WIDGET.match(t))


_SEGMENTS = re.compile(r"\s+[|»›]\s+|\s*\|\s*")
_STAMP = re.compile(r"^(?:(?:thứ\s+\w+|chủ nhật)\s*,?\s*)?\d{1,2}/\d{1,2}/\d{4}(?:\s*[,-]?\s*\d{1,2}:\d{2}(?::\d{2})?"
                    r"(?:\s*(?:\(?GMT[+-]\d+\)?|AM|PM|SA|CH))?)?$|^\d{1,2}:\d{2}(?::\d{2})?$", re.IGNORECASE)


# "Cập nhật lúc: 10:20 ngày 26/12/2025", "Ngày đăng: 26/12/2025 10:20"
_POSTED = re.compile(r"^(?:ngày |thời gian )?(?:cập nhật|đăng|đăng tải|xuất bản)(?: lúc| ngày)?\s*:?\s*"
                     r"(?:\d{1,2}:\d{2}(?::\d{2})?\s*,?\s*(?:ngày\s*)?)?\d{1,2}/\d{1,2}/\d{4}"
                     r"(?:\s*[,-]?\s*(?:lúc\s*)?\d{1,2}:\d{2}(?::\d{2})?)?$", re.IGNORECASE)


def _is_menu_or_stamp(t: str) -> bool:
    """``Trang chủ | Chính trị | Đăng nhập`` and ``Thứ Hai, 14/07/2025 09:15 | Lượt xem: 1.254``: every part a
    widget, counter, time stamp or menu word, at least one of them unmistakably so."""
    t = t.strip()
    if "|" not in t and "»" not in t and "›" not in t:  # one part: a time stamp or nothing
        return ("/" in t or ":" in t) and (_STAMP.match(t) is not None or _POSTED.match(t) is not None)
    parts = [p.strip() for p in _SEGMENTS.split(t) if p.strip()]
    if len(parts) < 2:
        return bool(_STAMP.match(t))
    marked = 0
    for p in parts:
        if (_is_noise_part(p) and not p.replace(" ", "").isdigit()) or _STAMP.match(p):
            marked += 1
        elif len(p.split()) > 4 or p[-1:] in ".;:!?":
            return False
    return marked > 0


def _is_prose(t: str) -> bool:
    """A paragraph of sentences rather than a heading: long, with a sentence end inside."""
    return len(t) > 200 and re.search(r"[.;]\s+\S", t) is not None


def _is_noise_line(t: str) -> bool:
    if len(t) > 200:  # widgets, counters and file names are short; articles are not noise
        return _is_copyright(t[:40])
    return _is_noise_part(t) or _is_copyright(t) or _is_menu_or_stamp(t)


def analyse(source: Source) -> Layout:
    text = source.text
    blocks = source.blocks
    n = len(blocks)
    noise: set[int] = set()
    vietnamese = next(islice(_VIET_CHAR.finditer(text, 0, 4000), 40, None), None) is not None  # more than 40

    raw_texts = [source.block_text(b) for b in blocks]
    texts = [t.strip() for t in raw_texts]  # each block's text, read once for all the passes below
    tail_from = n
    for i, b in enumerate(blocks):
        t = texts[i]
        if b.boilerplate or _is_noise_line(t) or (vietnamese and "a" <= t[:1] <= "z" and _UNACCENTED.match(t)):
            noise.add(i)
        if tail_from == n and i >= max(3, n // 5) and not b.cell and _TAIL.match(t):
            tail_from = i
    noise.update(range(tail_from, n))
    for i in range(int(n * 0.66), n):
        if _CONTACT.match(texts[i]):
            noise.add(i)

    kept = [i for i in range(n) if i not in noise]
    roles = {i: ("cell" if blocks[i].cell else "body") for i in kept}

    # Official document: header block, then a document-type line, then the trích yếu (desktop.core.header).
    head = read_header(texts, blocks, kept, text)
    roles.update(head.roles)
    if head.banner:  # a document portal's page over the document
        noise.update(head.banner)
        kept = [i for i in kept if i not in noise]
    official, doc_type, title, title_span = head.official, head.doc_type, head.title, head.title_span
    own_number, unit, doc_date = head.own_number, head.unit, head.date

    # Signature block: from "Nơi nhận" to the end of its table, or to the next blank line.
    for pos, i in enumerate(kept):
        t = texts[i]
        if not t.startswith("Nơi nhận"):
            continue
        b = blocks[i]
        cell = b.cell
        if cell:
            for j in kept:
                other = blocks[j].cell
                if other and other[0] == cell[0]:
                    roles[j] = "signature"
        else:
            last = b
            roles[i] = "signature"
            rest = kept[pos + 1 :]
            for n, j in enumerate(rest):
                if "\n\n" in text[last.end : blocks[j].start].translate(_NO_BLANKS) and j != i:
                    # the signer's name under a blank line (room for the signature) at the very end
                    tail = [texts[x] for x in rest[n:]]
                    if len(tail) <= 4 and all(len(x.split()) <= 6 and not x.endswith((".", ";")) for x in tail):
                        for x in rest[n:]:
                            roles[x] = "signature"
                    break
                roles[j] = "signature"
                last = blocks[j]
        # The authority lines right before "Nơi nhận" in a laid-out text belong to it too.
        break
    if official:  # no "Nơi nhận" (or it comes later): "T/M HUYỆN ỦY", "BÍ THƯ", the signer's name at the end
        for pos in range(max(0, len(kept) - 8), len(kept)):
            i = kept[pos]
            if roles[i] != "body" or not (_AUTHORITY.match(texts[i]) or
                                          (pos >= len(kept) - 3 and _SIGNER_POSITION.match(texts[i]))):
                continue
            rest = [j for j in kept[pos:] if roles[j] == "body"]
            if all(len(texts[j].split()) <= 8 and not texts[j].endswith((".", ";", ":")) for j in rest):
                for j in rest:
                    roles[j] = "signature"
            break

    if not title:
        if source.title_hint:
            s, e = source.title_hint
            title, title_span = " ".join(text[s:e].split()), (s, e)
            for i in kept:
                if blocks[i].start == s:
                    roles[i] = "title"
        elif kept:
            first = next((i for i in kept if any(c.isalpha() for c in texts[i])), kept[0])  # not a bare "12"
            b = blocks[first]
            title, title_span = " ".join(source.block_text(b).split()), (b.start, b.end)
            if not _is_prose(title):  # a pasted lead paragraph with no title line is still read
                roles[first] = "title"

    if not official:  # a web page: its date line near the heading, the unit it is about
        doc_date, unit = page_facts(texts, [i for i in kept if roles[i] == "body"], title)
    paras = [Para(blocks[i].start, blocks[i].end, raw_texts[i], roles[i], blocks[i]) for i in kept]
    gaps = set()
    for k in range(1, len(paras)):
        between = text[paras[k - 1].end : paras[k].start]
        if between.count("\n") > 1 and "\n\n" in between.translate(_NO_BLANKS):
            gaps.add(k)
    years = [int(m.group(1)) for m in YEAR_RE.finditer(title)]
    body = "\n".join(p.text for p in paras)
    return Layout(source, paras, [blocks[i] for i in sorted(noise)], title, title_span, official, doc_type,
                  own_number, years[-1] if years else None, unit, body, gaps, doc_date)
