"""Referenced documents: ``Nghị quyết số 18-NQ/TU ngày 1/10/2021``, ``Đề án 05``, ``Kế hoạch số 120/KH-UBND``.

A document is cited by its number code (``18-NQ/TU``), or by its kind and a bare number (``Quyết định số 15``).
Codes are taken as written with their spaces removed (``18 NQ/ TU`` → ``18NQ/TU``, ``92/2009/TT- BTC`` →
``92/2009/TT-BTC``; no hyphen is added). The date is the one written right after the code; documents listed
together and dated once (``số 008/CĐ-UBND và số 009/CĐ-UBND ngày 19/11/2025``) share it; a sentence that opens
with a full date and says a body issued or passed the document (``Ngày 20/11/2025, UBND tỉnh đã có Thông báo
393/TB-UBND``) dates it too. Not documents: the text's own number (its header ``Số: 12/BC-UBND``), numbers in a
licence or footer line (``Giấy phép số 112/GP-STTTT``, a site's notice to its readers).
"""

from __future__ import annotations

import re

from desktop.core.layout import Layout
from desktop.core.lexicon import DOC_KIND_BY_CODE, DOC_KINDS
from desktop.core.model import DocumentRef
from desktop.core.rx import has_any, words
from desktop.core.textnorm import same_tone_style
from desktop.core.vnnum import CODE_RE, DateParts, code_scan_from, find_dates, slashed

_KIND_RE = re.compile(rf"({words(DOC_KINDS, ignore_case=True)})(?![\w])")
_DATE_AFTER = re.compile(r"^\s*,?\s*(?:ban hành\s+)?(?:ngày\s+)?")
_SHORT_TAIL = r"\s+(?:số\s+)?(\d{1,4})(?![\w/\-.,]|,\d)"
_SHORT = re.compile(rf"({words(DOC_KINDS)}){_SHORT_TAIL}")
# The same for a line without the kinds that begin with "Đ" ("Đề án"): its first letters are then all ASCII, which
# re tests faster at each character of the line (the kinds of one first letter are tried only where it stands, so
# the matches of a line without those kinds are the same)
_D_KINDS = tuple(k for k in DOC_KINDS if k.startswith("Đ"))
_SHORT_ASCII = re.compile(rf"({words([k for k in DOC_KINDS if not k.startswith('Đ')])}){_SHORT_TAIL}")
# "Kế hoạch 5 năm", "Nghị quyết 6 tháng đầu năm", "Nghị quyết lần 3": a period or an ordinal, not a number
# ("… số 47 ngày 13/12/2019" is a number with its date: see _dated_short)
_NOT_SHORT_AFTER = re.compile(r"^\s*(?:năm|tháng|ngày|khóa|khoá|lần)\b")
# A code written with spaces after a kind or "số": "18 NQ/ TU", "05 CT/TW", "92/2009/TT- BTC", "66.4/2025/NQ-CP",
# "8935/BNV-CTTN&BĐG" (the dot of a sub-number and "&" between two units' letters belong to the code)
_UP = "A-ZĐ"
_LOOSE_CODE = re.compile(
    rf"(?:{words([*DOC_KINDS, 'số', 'Số'])})\s*:?\s+(?:số\s+)?"
    rf"(\d{{1,5}}(?:\.\d{{1,3}})?(?:/\d{{4}})?(?:\s*[-–/]\s*|\s+)[{_UP}][{_UP}a-zđ]*(?:&[{_UP}]+)?"
    rf"(?:\s*[-/]\s*[{_UP}0-9][{_UP}a-zđ0-9]*(?:&[{_UP}]+)?)+)(?![\w/&])"
)
# Lines whose numbers are no citations: a licence, a copyright, a site's notice to its readers.
_FOOTER_MARKS = ("iấy phép", "GPTTĐT", "©", "ản quyền", "uý khách", "uý thành viên", "uý Thành viên", "uý độc giả",
                 "uí khách", "hịu trách nhiệm chính", "ơ quan chủ quản", "hi rõ nguồn")


def _footer_line(t: str) -> bool:
    return has_any(t, _FOOTER_MARKS)
# A sentence that opens with the date a body issued or passed what it cites.
_LEAD_DATE = re.compile(r"\s*(?:[Vv]ào\s+)?[Nn]gày\s+(\d{1,2}/\d{1,2}/\d{4}|\d{1,2} tháng \d{1,2} năm \d{4})\s*,")
_ISSUE_VERB = re.compile(r"(?:ban hành|đã có|có|thông qua|ký|phát hành|công bố)\s*$")
_JOINED = re.compile(r"^\s*(?:,|và|,\s*và)\s*(?:số\s+)?$")


_STOP_OR_DIGIT = re.compile(r"[;.]|\d")
_CODE_WORD = re.compile(r"[A-ZĐ][A-ZĐa-zđ]*")
_LICENCE_BEFORE = re.compile(r"giấy phép\s+(?:số\s*)?$")
_CODE_PARTS = re.compile(r"[-/]|(?<=\d)(?=[A-ZĐ])")  # "18-NQ/TU", "15QĐ": the number is the first part


def _kind_for(text: str, code_start: int, code: str) -> str:
    window = text[max(0, code_start - 80) : code_start]
    found = list(_KIND_RE.finditer(window))
    if found:
        last = found[-1]
        between = window[last.end() :]
        # "Nghị quyết số", "Luật Đầu tư công số", "Quyết định số … của": a short name may sit between.
        if len(between) < 45 and not _STOP_OR_DIGIT.search(between):
            return _kind_name(last.group(1))
    letters = _CODE_WORD.findall(code)
    for part in letters:
        key = part.upper()
        if key in DOC_KIND_BY_CODE:
            return DOC_KIND_BY_CODE[key]
        if key.startswith("QH"):
            return "Luật"
    return "Văn bản"


def _kind_name(k: str) -> str:
    return k[0].upper() + k[1:].lower() if k.isupper() else k[0].upper() + k[1:]


def _date_after(t: str, end: int) -> str | None:
    """The date written right after a code: ``ngày 15/8/2025``, ``ngày 3 tháng 9 năm 2025``, ``1-10-2021``."""
    rest = t[end : end + 40]
    lead = _DATE_AFTER.match(rest)
    if not lead:
        return None
    tail = rest[lead.end() :]
    for cand in (tail, "ngày " + tail, slashed(tail)):
        ds = find_dates(cand)
        if ds and ds[0].start == 0:
            return _iso(ds[0])
    return None


def _iso(d: DateParts) -> str | None:
    return d.iso() if d.year else None


def _lead_date(t: str, kind_start: int) -> str | None:
    """``Ngày 20/11/2025, UBND tỉnh … đã có Thông báo …``: the opening date of the sentence when the words
    right before the citation say the document was issued, passed or signed."""
    sent = max(t.rfind(". ", 0, kind_start) + 1, 0)
    head = _LEAD_DATE.match(t, sent)
    if not head or not _ISSUE_VERB.search(t, head.end(), kind_start):
        return None
    ds = find_dates(head.group(1) if "/" in head.group(1) else "ngày " + head.group(1))
    return _iso(ds[0]) if ds else None


_BLANKS = re.compile(r"\s+")
_CAPITAL = re.compile(r"[A-ZĐ]")


def _codes_in(t: str, own: str | None) -> list[tuple[int, int, str]]:
    """Codes of a line (start, end, code without spaces), the loose spellings first."""
    out: list[tuple[int, int, str]] = []
    for m in _LOOSE_CODE.finditer(t) if "/" in t or "-" in t else ():  # a loose code ends in "-X" or "/X"
        out.append((m.start(1), m.end(1), _BLANKS.sub("", m.group(1)).replace("–", "-")))
    lo = code_scan_from(t)
    for m in CODE_RE.finditer(t, lo) if lo >= 0 else ():  # (its look-behind still sees the text before)
        if not _CAPITAL.search(m.group(2)) or any(s <= m.start() < e for s, e, _ in out):
            continue
        out.append((m.start(), m.end(), m.group(0)))
    out.sort()
    return [c for c in out if not (own and c[2] == own)]


def _line_docs(t: str, offset: int, codes: list[tuple[int, int, str]], docs: dict[str, DocumentRef]) -> None:
    """The documents of a line's ``codes`` (:func:`_codes_in`) into ``docs``, dated where the line says."""
    undated: list[DocumentRef] = []
    prev_end = -1
    for start, end, code in codes:
        if _LICENCE_BEFORE.search(t[max(0, start - 25) : start].lower()):
            continue
        if prev_end < 0 or not _JOINED.match(t[prev_end:start]):
            undated = []
        kind = _kind_for(t, start, code)
        date = _date_after(t, end)
        if date is None:
            kind_at = t.rfind(kind, max(0, start - 60), start) if kind != "Văn bản" else -1
            date = _lead_date(t, kind_at) if kind_at >= 0 else None
        key = same_tone_style(code).upper()
        doc = docs.get(key)
        if doc is None:
            doc = docs[key] = DocumentRef(kind=kind, number=code, date=None, span=(offset + start, offset + end))
        elif doc.number.isupper() and not code.isupper():  # "1899/QĐ-TTG" of an upper-case title: as cited
            doc.number = code
        if date:
            for d in [*undated, doc]:  # "số 008/CĐ-UBND và số 009/CĐ-UBND ngày 19/11/2025": one date for both
                d.date = d.date or date
            undated = []
        elif not doc.date:
            undated.append(doc)
        prev_end = end


def _short_citations(t: str, offset: int) -> list[tuple[str, str, tuple[int, int], str | None]]:
    out = []
    for m in (_SHORT if has_any(t, _D_KINDS) else _SHORT_ASCII).finditer(t):
        date = _date_after(t, m.end()) if t.startswith(" ngày", m.end()) else None
        if date is None and _NOT_SHORT_AFTER.match(t[m.end() :]):
            continue
        num = m.group(2)
        if len(num) == 4 and num.startswith(("19", "20")):
            continue
        out.append((_kind_name(m.group(1)), num, (offset + m.start(), offset + m.end()), date))
    return out


def extract_documents(layout: Layout) -> list[DocumentRef]:
    own = layout.own_number
    docs: dict[str, DocumentRef] = {}
    shorts: list[tuple[str, str, tuple[int, int], str | None]] = []
    for para in layout.paras:
        if para.role in ("header", "signature") or not para.has_digit:
            continue
        codes = _codes_in(para.text, own)
        short = _short_citations(para.text, para.start)
        if (codes or short) and _footer_line(para.text):  # (a line that cites nothing is not read for marks)
            continue
        _line_docs(para.text, para.start, codes, docs)
        shorts.extend(short)
    own_num = own.split("-")[0].split("/")[0].lstrip("0") if own else None
    # (number without its leading zeros, kind) of every document so far: a short citation of one is no other
    # document. Read once, not for each short citation; a short one added below has its bare number as its number.
    cited = {(_CODE_PARTS.split(d.number)[0].lstrip("0"), d.kind) for d in docs.values()} if shorts else set()
    for kind, num, span, date in shorts:
        bare = num.lstrip("0")
        if (bare, kind) in cited or own_num == bare:
            continue
        key = f"{kind}:{bare}"
        if key not in docs:
            docs[key] = DocumentRef(kind=kind, number=num, date=date, span=span)
            cited.add((bare, kind))
    return sorted(docs.values(), key=lambda d: d.span or (0, 0))
