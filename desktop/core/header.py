"""The header block of an official document, and the date of a web page.

A Vietnamese official document opens with a laid-out header: the issuing body (under its superior:
``BAN CHẤP HÀNH TRUNG ƯƠNG`` / ``VĂN PHÒNG``, ``ĐẢNG BỘ TỈNH …`` / ``HUYỆN ỦY …``), its own number
(``Số: 634/TB-VPCP``, ``Số 07-KL/VPTW``), the national motto (``CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`` /
``Độc lập - Tự do - Hạnh phúc`` for the State, ``ĐẢNG CỘNG SẢN VIỆT NAM`` for the Party), place and date
(``Hà Nội, ngày 22 tháng 11 năm 2025``), then the type name in capitals (``THÔNG BÁO``, ``KẾ HOẠCH``) and
the trích yếu, one or several lines up to a short rule or the first body line. Its title is the type name
and the trích yếu joined by a space, as written (contract 1.1).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from desktop.core.lexicon import UPPER_LETTERS
from desktop.core.source import Block
from desktop.core.vnnum import CODE_RE

DOC_TYPES = (
    "THÔNG BÁO", "BÁO CÁO", "NGHỊ QUYẾT", "KẾT LUẬN", "QUYẾT ĐỊNH", "KẾ HOẠCH", "CHỈ THỊ", "TỜ TRÌNH",
    "HƯỚNG DẪN", "QUY ĐỊNH", "CHƯƠNG TRÌNH", "ĐỀ ÁN", "BIÊN BẢN", "THÔNG TRI", "QUY CHẾ", "CÔNG ĐIỆN",
    "CÔNG VĂN", "THÔNG CÁO", "DIỄN VĂN", "BÀI PHÁT BIỂU", "ĐỀ CƯƠNG",
)
_TYPE_FIRSTS = frozenset(t[0] for t in DOC_TYPES)
# the national motto of a State or a Party document
_HEADER_CUE = re.compile(r"ĐẢNG CỘNG SẢN VIỆT NAM|CỘNG H(?:ÒA|OÀ|OA) XÃ HỘI")
# at the start of a line: the number, an issuing body
_HEADER_LINE = re.compile(r"Số\s*:?\s*\d|(?:TỈNH|HUYỆN|THÀNH|THỊ|ĐẢNG) ?(?:UỶ|ỦY)|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|"
                          r"ĐẢNG BỘ|(?:UBND|HĐND) (?:XÃ|PHƯỜNG|THỊ TRẤN|THỊ XÃ|HUYỆN|THÀNH PHỐ|TỈNH)\b|"
                          r"(?:BAN THƯỜNG VỤ|THƯỜNG TRỰC|BAN CHẤP HÀNH|BAN CÁN SỰ ĐẢNG|ĐẢNG ĐOÀN|CHI BỘ) [A-ZĐ]")
_HEADER_FIRSTS = "STHĐỦUBC"  # the first characters of _HEADER_LINE's alternatives (case-sensitive)
# "I. KẾT QUẢ", "1. Việc triển khai", "a) …", "Phần thứ nhất": the body has begun, the trích yếu has ended
_SECTION = re.compile(r"^(?:[IVXL]+\s*[.)\-–]|\d{1,2}(?:\.\d{1,2})*\s*[.)]|[a-zđ]\)|(?:[Pp]hần|PHẦN)\s+\w+|"
                      r"[A-D]\s*[.)])\s*")
_BODY_START = re.compile(r"^(?:Ngày \d|Sáng|Chiều|Tối|Hôm nay|Hôm qua|Vào ngày|Thực hiện|Theo|Trên cơ sở)\b")
_ABOUT_STARTS = ("Thực hiện", "Theo", "Trên cơ sở")
_RULE = re.compile(r"^[-_*=~.·•\s]{1,}$")
_OWN_NUMBER = re.compile(r"^Số\s*:?\s*(\S+)")
_OPENING = re.compile(r"^(?:-\s*)?(?:Kính gửi|Căn cứ)")
_NO_BLANKS = str.maketrans("", "", " \t\u00a0")
_BODY_LINE = re.compile(r"^(?:ĐẢNG ỦY|ĐẢNG UỶ|HUYỆN|TỈNH|THÀNH|THỊ|ỦY BAN|UỶ BAN|XÃ|BAN|SỞ|VĂN PHÒNG|HỘI ĐỒNG|"
                        r"BỘ|TỔNG CỤC|CỤC|CHI BỘ|ĐẢNG BỘ)")
_PLACE_LINE = re.compile(r"^(?:TỈNH|HUYỆN|XÃ|THÀNH PHỐ|PHƯỜNG|THỊ XÃ|THỊ TRẤN|QUẬN|ĐẶC KHU)\s")
_COUNCIL = re.compile(r"^(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN)$")
# "Hà Nội, ngày 22 tháng 11 năm 2025" (place, date in words), "…, ngày 08/11/2025"
_PLACE_DATE = re.compile(r"^(?:(?P<place>[^,\d]{2,40}),\s*)?ngày\s+(?P<d>\d{1,2})\s*(?:tháng\s+|/)(?P<m>\d{1,2})\s*"
                         r"(?:năm\s+|/)(?P<y>\d{4})\b", re.IGNORECASE)
# a web page's date line: "Thứ 6, 21/03/2025 | 15:45", "Cập nhật: 26/12/2025 10:20", "Ngày đăng: 26/12/2025"
_POSTED = (r"(?:(?:giờ|ngày|thời gian)\s+)?(?:đăng|cập nhật|xuất bản)(?:\s+bài(?:\s+viết)?)?(?:\s+gốc)?"
           r"(?:\s+(?:lúc|ngày))?")
_PAGE_DATE = re.compile(rf"^(?:(?:{_POSTED}|thời gian|ngày)\s*:?\s*)?(?:(?:thứ\s+\w+|chủ nhật)\s*,?\s*)?"
                        r"(?:\d{1,2}:\d{2}\s*,?\s*(?:ngày\s*)?)?"
                        r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})\b(?=\s*(?:$|[|(\-–]|,?\s*\d{1,2}:\d{2}))",
                        re.IGNORECASE)  # the date ends the line, or a time or the next part of a stamp follows
_POSTED_LINE = re.compile(rf"^{_POSTED}\s*:?\s*(?:\d{{1,2}}:\d{{2}}\s*,?\s*(?:ngày\s*)?)?"
                          r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})\b", re.IGNORECASE)
# an organ, then its level: "Huyện ủy", "UBND xã", "HĐND tỉnh", "Đảng bộ huyện" (its place's name follows)
# (written to start with the class of the organs' capitals, then the organs that start with the capital read, in
# their order: re jumps from one capital to the next; see rx.py)
_COMMITTEE = r"\s+(?:ủy|uỷ|ỦY|UỶ)"
_ORGAN = re.compile(r"[HTĐQUỦ](?<!\w.)(?:"
                    rf"(?<=H)(?:uyện{_COMMITTEE}|UYỆN{_COMMITTEE}|ĐND|ội đồng nhân dân)|"
                    rf"(?<=T)(?:ỉnh{_COMMITTEE}|hành{_COMMITTEE}|hị{_COMMITTEE}|ỈNH{_COMMITTEE}|HÀNH{_COMMITTEE}|"
                    rf"HỊ{_COMMITTEE})|"
                    rf"(?<=Đ)(?:ảng{_COMMITTEE}|ẢNG{_COMMITTEE}|ảng bộ|ẢNG BỘ)|"
                    rf"(?<=Q)(?:uận{_COMMITTEE}|UẬN{_COMMITTEE})|"
                    r"(?<=U)(?:BND|ỷ ban nhân dân)|"
                    r"(?<=Ủ)(?:y ban nhân dân|Y BAN NHÂN DÂN))"
                    r"(?:\s+(?i:xã|phường|thị trấn|thị xã|huyện|quận|thành phố|tỉnh|đặc khu))?"
                    r"(?=\s)")
# a date inside a short stamp line: "Kinh tế Chính trị | thứ năm, 08 08 2019 08:51" (day, month, year apart by
# spaces only after a weekday or before a time), "Tin tức | 21/03/2025"
_STAMP_DATE = re.compile(r"(?:(?:thứ\s+\w+|chủ nhật)\s*,?\s*)(?P<d>\d{1,2})[/.\- ](?P<m>\d{1,2})[/.\- ](?P<y>\d{4})\b|"
                         r"\b(?P<d2>\d{1,2})[/.\-](?P<m2>\d{1,2})[/.\-](?P<y2>\d{4})\b|"
                         r"\b(?P<d3>\d{1,2}) (?P<m3>\d{1,2}) (?P<y3>\d{4}),?\s+\d{1,2}:\d{2}\b", re.IGNORECASE)
# a position written right before its organ: the capitalised words after the organ name its holder
_HOLDER = re.compile(r"(?:chủ tịch|bí thư|giám đốc|trưởng ban|chánh văn phòng|ủy viên|uỷ viên|thành viên)\s+$",
                     re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.;:]\s")  # where the lead's first clause ends
_NEW_SENTENCE = re.compile(rf"[.!?]\s+[{UPPER_LETTERS}]")  # a sentence ends and another begins
_WINDOW = 30  # the type line of a document that opens the text comes among its first blocks
_PAGE_WINDOW = 90  # … or under a motto, after a document portal's banner and metadata
_TRICH_YEU_PARTS = 6
_BANNER = 5  # more blocks than a stamp ("KHẨN", "MẬT") over a header: a portal's page over the document


@dataclass
class Header:
    """What the header block of an official document says (``official`` False: no such block)."""

    official: bool = False
    doc_type: str | None = None
    title: str = ""
    title_span: tuple[int, int] | None = None
    own_number: str | None = None
    body: str | None = None  # the issuing body as written ("ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK")
    superior: str | None = None  # the body above it ("BAN CHẤP HÀNH TRUNG ƯƠNG")
    place: str | None = None
    date: dt.date | None = None
    roles: dict[int, str] = field(default_factory=dict)  # block index → "header" | "title"
    banner: list[int] = field(default_factory=list)  # blocks over the header that are no part of the document

    @property
    def unit(self) -> str | None:
        """The issuing unit: the body, with its superior when the body's name alone names no one
        (``VĂN PHÒNG`` under ``BAN CHẤP HÀNH TRUNG ƯƠNG``)."""
        if self.body and self.superior and len(self.body.split()) <= 2:
            return f"{self.body} {self.superior}"
        return self.body


def doc_type(line: str) -> str | None:
    """``THÔNG BÁO``, or a type with one more word (``BÁO CÁO NHANH``, ``BÁO CÁO TÓM TẮT``)."""
    t = line.strip(" :")
    if t[:1] not in _TYPE_FIRSTS:  # (both tests below need a type's first letter first)
        return None
    if t in DOC_TYPES:
        return t
    head, _, extra = t.rpartition(" ")
    return t if head in DOC_TYPES and extra.isalpha() else None


def _is_capitals(t: str) -> bool:
    return t.upper() == t and any(c.isalpha() for c in t)


def _date(y: str, m: str, d: str) -> dt.date | None:
    try:
        return dt.date(int(y), int(m), int(d))
    except ValueError:
        return None


def _type_position(texts: list[str], kept: list[int]) -> int | None:
    """Position in ``kept`` of the type line: after a header cue among the first blocks, first of all
    (``BÁO CÁO NHANH`` over its subject, no header), or right under a motto further down (a portal page)."""
    seen_cue = False
    last_motto = -99
    for pos, i in enumerate(kept[:_PAGE_WINDOW]):
        t = texts[i]
        if "CỘNG" in t and _HEADER_CUE.search(t):
            seen_cue, last_motto = True, pos
        elif not seen_cue and t[:1] in _HEADER_FIRSTS and _HEADER_LINE.match(t):  # (once seen, no more to learn)
            seen_cue = True
        near = pos < _WINDOW and (seen_cue or pos == 0)
        if (near or pos - last_motto <= 8) and doc_type(t) and _is_capitals(t):
            return pos
    return None


def read_header(texts: list[str], blocks: list[Block], kept: list[int], text: str) -> Header:
    """The header of an official document among the kept blocks (``texts`` stripped, by block index)."""
    pos = _type_position(texts, kept)
    if pos is None:
        return Header()
    i = kept[pos]
    head = Header(official=True, doc_type=doc_type(texts[i]))
    lines = [texts[j] for j in kept[:pos]]
    for j in kept[:pos]:
        head.roles[j] = "header"
    start = pos - 1
    while start > 0 and pos - start < 20 and not ("CỘNG" in texts[kept[start]]
                                                   and _HEADER_CUE.search(texts[kept[start]])):
        start -= 1  # the header proper: from the motto's row (a portal's banner above it is not the header)
    first = _header_first(texts, blocks, kept, start)
    if first >= _BANNER:  # a document portal's banner and metadata over the document
        head.banner = kept[:first]
    header_lines = lines[max(0, start - 6):]
    for t in header_lines:
        m = _OWN_NUMBER.match(t)
        code = CODE_RE.search(m.group(1)) if m else None
        if code:
            head.own_number = code.group(0)
        d = _PLACE_DATE.match(t)
        if d and head.date is None:
            head.date = _date(d["y"], d["m"], d["d"])
            head.place = (d["place"] or "").strip(" *") or None
    head.body, head.superior = _issuing_body(header_lines)
    _trich_yeu(head, texts, blocks, kept, pos, text)
    return head


def _header_first(texts: list[str], blocks: list[Block], kept: list[int], motto: int) -> int:
    """Position in ``kept`` of the header's first block: the first cell of the motto's table row, or the
    capitals lines (issuing body) right over the motto line."""
    cell = blocks[kept[motto]].cell
    first = motto
    if cell:
        while first > 0 and (other := blocks[kept[first - 1]].cell) and other[:2] == cell[:2]:
            first -= 1
        return first
    while first > 0 and motto - first < 3 and _is_capitals(texts[kept[first - 1]]):
        first -= 1
    return first


def _trich_yeu(head: Header, texts: list[str], blocks: list[Block], kept: list[int], pos: int, text: str) -> None:
    """The title: the type line and the trích yếu under it, up to a rule, a blank line (unless the trích yếu,
    in capitals, goes on in capitals), ``Kính gửi``/``Căn cứ``, a section or the first body paragraph."""
    i = kept[pos]
    head.roles[i] = "title"
    parts = [texts[i]]
    last = blocks[i]
    start, end = blocks[i].start, blocks[i].end
    for j in kept[pos + 1 : pos + _TRICH_YEU_PARTS]:
        tj = texts[j]
        gap = "\n\n" in text[last.end : blocks[j].start].translate(_NO_BLANKS)
        capitals_on = all(_is_capitals(p) for p in parts) and _is_capitals(tj) and not _HEADER_LINE.match(tj)
        if (gap and not capitals_on) or _RULE.match(tj) or _OPENING.match(tj) or _SECTION.match(tj):
            if _RULE.match(tj):
                head.roles[j] = "title"
            break
        if len(parts) >= 2 and _is_capitals(tj) and not _is_capitals(parts[-1]):
            # "Về kế hoạch …" then "HỘI ĐỒNG NHÂN DÂN TỈNH …", "CHỦ TỊCH ỦY BAN NHÂN DÂN …": the authority that
            # issues it, in capitals after the trích yếu (its session on the line under it), is no more title
            for k in kept[kept.index(j) : kept.index(j) + 3]:
                if not _is_capitals(texts[k]) or _SECTION.match(texts[k]):
                    break
                head.roles[k] = "header"
            break
        # "Thực hiện Nghị quyết số …, UBND huyện ban hành …" opens the body; "Thực hiện Nghị quyết số 20-NQ/HU
        # … về chuyển đổi số" under "KẾ HOẠCH", without a comma, is what the plan is about
        body_start = _BODY_START.match(tj) and ("," in tj or not tj.startswith(_ABOUT_STARTS))
        if (len(tj) > 160 and not _is_capitals(tj)) or tj.endswith((".", ";", ":")) or body_start \
                or _NEW_SENTENCE.search(tj):
            break  # the first paragraph of the body, not more of the trích yếu
        head.roles[j] = "title"
        parts.append(tj)
        end = blocks[j].end
        last = blocks[j]
    head.title = " ".join(" ".join(parts).split())
    head.title_span = (start, end)


def _issuing_body(header: list[str]) -> tuple[str | None, str | None]:
    """The body that issues an official text and the one above it. The left column of the header holds, in
    capitals, the superior over the body (``ĐẢNG BỘ TỈNH …`` / ``HUYỆN ỦY …``, ``BAN CHẤP HÀNH TRUNG ƯƠNG`` /
    ``VĂN PHÒNG``); a council's name and its place may take two lines (``ỦY BAN NHÂN DÂN`` / ``XÃ PHÚ XUÂN``)."""
    column: list[str] = []
    for raw in header:
        h = " ".join(raw.split())
        if not _is_capitals(h) or _HEADER_CUE.search(h) or _OWN_NUMBER.match(h) or _RULE.match(h) \
                or _PLACE_DATE.match(h) or doc_type(h):
            continue
        if column and _COUNCIL.match(column[-1]) and _PLACE_LINE.match(h):
            column[-1] = f"{column[-1]} {h}"
        else:
            column.append(h)
    while column and not _BODY_LINE.match(column[0]) and len(column) > 1:
        column.pop(0)  # a portal's banner line over the header
    if not column or not any(_BODY_LINE.match(c) for c in column):
        return None, None
    return column[-1], " ".join(column[:-1]) or None


def page_date(texts: list[str], title: str) -> dt.date | None:
    """The post date of a web page: a short date line near its heading, or near the heading repeated over the
    article (a saved page shows it as the browser's title first): ``Thứ 6, 21/03/2025 | 15:45``,
    ``Cập nhật: 26/12/2025 10:20``, ``Chính trị | thứ năm, 08 08 2019 08:51``."""
    first = title.split(" ", 1)[0]  # (a line that does not start with the title's first word is not it)
    n = title.count(" ") + 1  # (the title's words: a paragraph that starts like it is not split into all its words)
    heads = [i for i, t in enumerate(texts) if t and t.startswith(first) and " ".join(t.split(None, n)) == title] \
        or [0]
    for around in heads[:3]:
        found = _date_near(texts, around)
        if found:
            return found
    for t in texts[-5:]:  # "Giờ đăng bài viết gốc: 01/04/2025 21:59" under a re-posted article
        m = _POSTED_LINE.match(t)
        if m:
            return _date(m["y"], m["m"], m["d"])
    return None


def _digit_in(s: str) -> bool:
    """Whether a character of ``s`` is a digit (``str.isdigit``), in a loop: any() over a generator costs more."""
    for c in s:  # noqa: SIM110
        if c.isdigit():
            return True
    return False


def _date_near(texts: list[str], around: int) -> dt.date | None:
    for k in range(max(0, around - 6), min(len(texts), around + 6)):
        t = texts[k]
        if len(t) > 80 or not _digit_in(t[-24:]):
            continue
        m = _PAGE_DATE.match(t)
        if m:
            return _date(m["y"], m["m"], m["d"])
        m = _STAMP_DATE.search(t)
        rest = t[: m.start()] + t[m.end() :] if m else ""
        if m and ("|" in t or len(rest.split()) <= 4):  # a stamp line, not a sentence that holds a date
            y, mo, d = (m["y"] or m["y2"] or m["y3"]), (m["m"] or m["m2"] or m["m3"]), (m["d"] or m["d2"] or m["d3"])
            return _date(y, mo, d)
    return None


def subject_unit(title: str) -> str | None:
    """The unit a web page is about, when its heading names an organ with its place (``HUYỆN ỦY ĐẮK R’LẤP:
    Tổ chức …``, ``Hội nghị BCH Đảng bộ huyện Đăk R’lấp lần thứ 17``)."""
    for m in _ORGAN.finditer(title):
        if _HOLDER.search(title, max(0, m.start() - 30), m.start()):
            continue  # "Phó Chủ tịch UBND tỉnh Phạm Anh Tuấn": a position and its holder's name, not a place
        place: list[str] = []
        for w in title[m.end():].split()[:4]:
            if not w[:1].isupper() or (not place and _ORGAN.match(w + " ")):
                break  # "Đảng ủy UBND tỉnh": an organ of an organ, no place
            place.append(w.rstrip(":,;.)"))
            if w[-1:] in ":,;.)":
                break
        if place:
            return f"{m.group()} {' '.join(place)}"
    return None


def page_facts(texts: list[str], body: list[int], title: str) -> tuple[dt.date | None, str | None]:
    """A web page's date and unit: the unit its heading names, else the one the lead sentence names first
    (``Ngày 20/11/2025, UBND tỉnh Quảng Ngãi đã có Thông báo …``)."""
    unit = subject_unit(title)
    if unit is None:
        lead = next((texts[i] for i in body[:8] if len(texts[i]) > 80), "")
        unit = subject_unit(_CLAUSE_END.split(lead, maxsplit=1)[0])
    return page_date(texts, title), unit
