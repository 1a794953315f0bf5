"""Referenced documents: ``Nghị quyết số 18-NQ/TU ngày 1/10/2021``, ``Đề án 05``."""

from __future__ import annotations

import re

from desktop.core.layout import Layout
from desktop.core.lexicon import DOC_KIND_BY_CODE, DOC_KINDS
from desktop.core.model import DocumentRef
from desktop.core.rx import words
from desktop.core.textnorm import same_tone_style
from desktop.core.vnnum import CODE_RE, find_dates, may_have_code, slashed

_KIND_RE = re.compile(rf"({words(DOC_KINDS, ignore_case=True)})(?![\w])")
_DATE_AFTER = re.compile(r"^\s*,?\s*(?:ban hành\s+)?(?:ngày\s+)?")
_SHORT = re.compile(rf"({words(DOC_KINDS)})\s+(?:số\s+)?(\d{{1,4}})(?![\w/\-.,]|,\d)")
_NOT_SHORT_AFTER = re.compile(r"^\s*(?:năm|tháng|ngày|khóa|khoá|lần)\b")


def _kind_for(text: str, code_start: int, code: str) -> str:
    window = text[max(0, code_start - 80) : code_start]
    found = list(_KIND_RE.finditer(window))
    if found:
        last = found[-1]
        between = window[last.end() :]
        # "Nghị quyết số", "Luật Đầu tư công số", "Quyết định số … của": a short name may sit between.
        if len(between) < 45 and not re.search(r"[;.]|\d", between):
            k = last.group(1)
            return k[0].upper() + k[1:].lower() if k.isupper() else k[0].upper() + k[1:]
    letters = re.findall(r"[A-ZĐ][A-ZĐa-zđ]*", code)
    for part in letters:
        key = part.upper()
        if key in DOC_KIND_BY_CODE:
            return DOC_KIND_BY_CODE[key]
        if key.startswith("QH"):
            return "Luật"
    return "Văn bản"


def extract_documents(layout: Layout) -> list[DocumentRef]:
    own = layout.own_number
    docs: dict[str, DocumentRef] = {}
    shorts: list[tuple[str, str, tuple[int, int]]] = []
    for para in layout.paras:
        if para.role in ("header", "signature"):
            continue
        t = para.text
        if not para.has_digit:
            continue
        for m in CODE_RE.finditer(t) if may_have_code(t) else ():
            code = m.group(0)
            if own and code == own:
                continue
            if not re.search(r"[A-ZĐ]", m.group(2)):
                continue
            pre = t[max(0, m.start() - 25) : m.start()].lower()
            if re.search(r"giấy phép\s+(?:số\s*)?$", pre):
                continue
            kind = _kind_for(t, m.start(), code)
            date = None
            rest = t[m.end() : m.end() + 40]
            lead = _DATE_AFTER.match(rest)
            if lead:
                tail = rest[lead.end() :]
                for cand in (tail, "ngày " + tail, slashed(tail)):  # "15/8/2025", "3 tháng 9 năm 2025", "1-10-2021"
                    ds = find_dates(cand)
                    if ds and ds[0].start == 0:
                        date = ds[0].iso()
                        break
            key = same_tone_style(code).upper()
            span = (para.start + m.start(), para.start + m.end())
            if key in docs:
                if date and not docs[key].date:
                    docs[key].date = date
                continue
            docs[key] = DocumentRef(kind=kind, number=code, date=date, span=span)
        for m in _SHORT.finditer(t):
            if _NOT_SHORT_AFTER.match(t[m.end() :]):
                continue
            num = m.group(2)
            if len(num) == 4 and num.startswith(("19", "20")):
                continue
            k = m.group(1)
            kind = k[0].upper() + k[1:].lower() if k.isupper() else k[0].upper() + k[1:]
            shorts.append((kind, num, (para.start + m.start(), para.start + m.end())))
    for kind, num, span in shorts:
        full = any(
            d.number.split("/")[0].split("-")[0].lstrip("0") == num.lstrip("0") and d.kind == kind
            for d in docs.values()
        )
        if full or (own and own.split("-")[0].split("/")[0].lstrip("0") == num.lstrip("0")):
            continue
        key = f"{kind}:{num.lstrip('0')}"
        if key not in docs:
            docs[key] = DocumentRef(kind=kind, number=num, date=None, span=span)
    return sorted(docs.values(), key=lambda d: d.span or (0, 0))
