"""Directives and requests written in prose: a trigger ("yêu cầu", "đề nghị", "kiến nghị", "giao", "cần")
and the text it introduces, split at ``;`` and sentence ends into tasks (sent down) or proposals (sent up)."""

from __future__ import annotations

import re

from desktop.core.extract.common import sentences, split_clauses, trimmed
from desktop.core.extract.request_direction import Speaker, is_upward
from desktop.core.extract.task_collector import Collector
from desktop.core.extract.task_owner import work_start
from desktop.core.layout import Para
from desktop.core.lexicon import LOWER_LETTERS, UPPER_LETTERS
from desktop.core.rx import words
from desktop.core.vnnum import has_digit

_PROPOSE = re.compile(rf"({words(['kính đề nghị', 'đề nghị', 'kiến nghị', 'đề xuất'])})(?![\w])")
_UPWARD_ADDRESSEE = re.compile(
    r"\s+(?:với\s+)?(?:Ban Thường vụ|Thường trực|Tỉnh ủy|Tỉnh uỷ|UBND tỉnh|Ủy ban nhân dân tỉnh|Uỷ ban nhân dân tỉnh|"
    r"HĐND tỉnh|tỉnh\s|Trung ương|Chính phủ|Thủ tướng|Quốc hội|Bộ\s|các bộ|cấp trên|cấp có thẩm quyền)"
)
_VERB_USE = re.compile(r"(?:chủ động|nghiên cứu|tham mưu|kịp thời|phải|cần|để)\s+$")
_NOUN_USE = re.compile(r"(?:các|những|một số|Về|về|và|của|Đối với|đối với|theo)\s+$")
# "(?<!\w.)" after the first letter: a whole word, in the shape re can skip ahead with (see rx.py)
# "yêu cầu", "lưu ý huyện cần …", "nhấn mạnh: …", "chỉ đạo: …" (with the colon: "nhấn mạnh những kết quả" is
# praise, "dự và chỉ đạo hội nghị" attendance)
_REQUIRE = re.compile(r"(y(?<!\w.)êu cầu|l(?<!\w.)ưu ý|(?:n(?<!\w.)hấn mạnh|c(?<!\w.)hỉ đạo)(?=\s*:))(?![\w])")
_GIAO = re.compile(rf"([Gg](?<!\w.)iao)\s+(?=[{UPPER_LETTERS}]|các\s+(?:cơ quan|sở|ban|ngành|đơn vị|phòng))")
_GIAO_NAME = re.compile(rf"(?<![\w])[Gg]iao\s+[{UPPER_LETTERS}]")  # "giao Phòng …": work given to a named body
_CAN = re.compile(r"c(?<!\w.)ần\s+(?!thiết|thiết)")


_ADDRESSEE = re.compile(
    rf"^(?:\s*(?:[{UPPER_LETTERS}][\w']*|với|các|bộ|ngành|ban|sở|và|cấp|ủy|uỷ|tỉnh|huyện|xã|ương|đảng|thường|vụ|trực|nhân|dân|"
    r"hội|đồng|chính|phủ|cán|sự|có|thẩm|quyền|,))+"
)


_LOWER_OR_DIGIT = re.compile(rf"\s*(?:[{LOWER_LETTERS}]|\d)")


def _strip_addressee(s: str) -> str:
    m = _ADDRESSEE.match(s)
    rest = s[m.end() :] if m else s
    if m and _LOWER_OR_DIGIT.match(rest):
        work = work_start(s)
        if work is not None and work > m.end() and any(w[:1].isupper() for w in s[m.end() : work].split()):
            return s[work:].lstrip()  # "Sở Nông nghiệp và Môi trường sớm thẩm định …": the name goes on
        return rest
    return s


def read_prose(col: Collector, p: Para, directive_open: bool, speaker: Speaker) -> tuple[bool, Speaker]:
    t = p.text
    found = False
    sents = list(sentences(t))
    continuing = directive_open and not re.match(
        r"^(?:Phát biểu|Đồng chí|Đối với|Tại|Theo|Sau|Nhân dịp|Dự|Thay mặt|Ảnh|Trước đó|Cùng ngày)", t)
    if continuing and not (re.match(r"^(?:Về|Tiếp tục|Tập trung|Đẩy mạnh|Tăng cường|Chú trọng|Quan tâm|"
                                      r"Nâng cao|Thực hiện|Trong đó|Đồng thời|Cần|Chỉ đạo|Khẩn trương)", t)
                           or _CAN.search(t)):
        continuing = False
    if continuing:
        directive_text(col, t, 0, p.start, first_from_can=False)
        return True, speaker
    for _si, (s, e, sent) in enumerate(sents):
        trig = _first_trigger(sent)
        if trig is None:
            speaker.heard(sent)
            continue
        kind, pos, end = trig
        before = sent[:pos]
        if kind == "giao":
            start = s + pos
            rest_end = len(t)
            directive_text(col, t[:rest_end], start, p.start, first_from_can=False)
            found = True
            break
        if kind == "require":
            if t[s + end :].strip().endswith(":"):
                break  # a lead-in: the items follow
            _directive_after(col, t, s + end, p.start)
            found = True
            break
        if kind == "propose":
            trigger = sent[pos:end]
            after = sent[end:]
            if is_upward(before, after, trigger, speaker.current):
                proposals_from(col, t, s + end, e, p.start)
                rest = t[e:]
                # "…, đồng thời đề nghị …" in the same sentence is handled by proposals_from.
                speaker.set("unit")
                if rest.strip() and _first_trigger(rest):
                    continue
                found = False
                break
            _directive_after(col, t, s + end, p.start)
            found = True
            break
        if kind == "can":
            start = s + pos
            comma = sent.rfind(",", 0, pos)
            if comma >= 0:
                start = s + comma + 1
            directive_text(col, t, start, p.start, first_from_can=False)
            found = True
            break
    return found, speaker


_ANY_TRIGGER = ("yêu cầu", "lưu ý", "nhấn mạnh", "chỉ đạo", "đề nghị", "kiến nghị", "đề xuất", "Giao", "giao", "cần")


def inline_items(col: Collector, p: Para, markers: list[tuple[int, str]], speaker: Speaker) -> None:
    """"Huyện ủy kiến nghị Tỉnh ủy 3 nội dung: (1) …; (2) …" — requests sent up; "Đồng chí yêu cầu: (1) …;
    (2) …" — directives. Each item is one, not split at ";". Any other list ("25 chỉ tiêu: (1) …") is not."""
    t = p.text
    lead = t[: markers[0][0]]
    trig = _first_trigger(lead) if lead.rstrip().endswith(":") else None
    if trig is None or trig[0] not in ("propose", "require", "giao"):
        return
    kind, pos, end = trig
    upward = kind == "propose" and is_upward(lead[:pos], lead[end:], lead[pos:end], speaker.current)
    for idx, (start, label) in enumerate(markers):
        stop = markers[idx + 1][0] if idx + 1 < len(markers) else len(t)
        a, b, txt = trimmed(t, start + len(f"({label})"), stop, p.start)
        if upward:
            col.proposal(a, b, txt)
        else:
            col.task(a, b, txt, group=label)


def _directive_after(col: Collector, t: str, start: int, offset: int) -> None:
    """The directive after ``yêu cầu`` / ``đề nghị``: skip a short "…trong thời gian tới:" and commas."""
    colon = re.match(r"^[^.;:]{0,60}:\s*", t[start:])
    if colon:
        start += colon.end()
    start += len(t[start:]) - len(t[start:].lstrip(" ,"))
    directive_text(col, t, start, offset, first_from_can=False)


_OPENING_REQUEST = re.compile(rf"(Kính đề nghị|Đề nghị|Kiến nghị)\s+(?=[{UPPER_LETTERS}])")


def _first_trigger(sent: str) -> tuple[str, int, int] | None:
    opening = _OPENING_REQUEST.match(sent)
    if opening:  # "Đề nghị Ban Thường trực … tỉnh tiếp tục quan tâm …" opening a sentence, a body named
        return "propose", 0, opening.end(1)
    if not any(w in sent for w in _ANY_TRIGGER):
        return None
    cands = []
    m = _REQUIRE.search(sent)
    while m:
        pre = sent[: m.start()]
        if not re.search(r"(?:theo|với|đáp ứng|các|những|Các|Những|của|đúng|về)\s+$", pre) and \
                not re.match(r"\s+(?:của|phát triển|nhiệm vụ|đề ra)", sent[m.end() :]):
            cands.append(("require", m.start(), m.end()))
            break
        m = _REQUIRE.search(sent, m.end())
    for m in _PROPOSE.finditer(sent):
        if _NOUN_USE.search(sent, max(0, m.start() - 40), m.start()) or \
                re.match(r"\s*,\s*(?:đề xuất|kiến nghị)", sent[m.end() :]):
            continue
        if m.group(1) == "đề xuất" and not re.match(r"\s*,?\s*kiến nghị", sent[m.end() :]) and not (
                _UPWARD_ADDRESSEE.match(sent, m.end())
                and not _VERB_USE.search(sent, max(0, m.start() - 40), m.start())):
            continue  # "chủ động đề xuất cơ chế" is work; "Huyện ủy đề xuất Ban Thường vụ Tỉnh ủy …" is a request
        cands.append(("propose", m.start(), m.end()))
        break
    m = _GIAO.search(sent)
    if m and not re.search(r"(?:được|bàn|chỉ tiêu|kế hoạch)\s+$", sent[: m.start()]):
        cands.append(("giao", m.start(), m.end()))
    m = _CAN.search(sent) if sent.startswith(("Trong đó", "Về", "Để", "Đồng thời")) else None
    if m and re.search(r"(?:^|,\s*)(?:[^,]{0,25}\s)?$", sent[: m.start()]):
        cands.append(("can", m.start(), m.end()))
    if not cands:
        return None
    return min(cands, key=lambda c: c[1])


_INNER_TRIGGER = re.compile(r"(?:Đồng chí|đồng chí|Ông|Bà|Chủ tịch|Bí thư|Phó Chủ tịch|Phó Bí thư)[^,;.]{0,60}?\s"
                            r"(?:cũng\s+|còn\s+)?(?:yêu cầu|đề nghị|chỉ đạo|lưu ý)\s+")


def directive_text(col: Collector, t: str, start: int, offset: int, first_from_can: bool) -> None:
    """Split the directive text from ``start`` at sentence ends and ``;`` into tasks."""
    chunk = t[start:]
    first = True
    for s, _e, sent in sentences(chunk, start):
        for a, b, clause in split_clauses(sent, s):
            text = clause
            if first and first_from_can:
                m = _CAN.search(text)
                if m and "," in text[: m.start()]:
                    cut = text.rfind(",", 0, m.start()) + 1
                    a += cut + (len(text[cut:]) - len(text[cut:].lstrip()))
                    text = text[cut:].strip()
            inner = None if first else _INNER_TRIGGER.match(text)
            if inner:  # "… Đồng chí cũng đề nghị các sở, ngành khẩn trương …": the directive after the verb
                a += inner.end()
                text = text[inner.end() :]
            g = _GIAO_NAME.search(text)
            if g and g.start() > 0 and not re.search(r"(?:được|bàn)\s+$", text[: g.start()]):
                a += g.start()
                text = text[g.start() :]
            first = False
            a2, b2, txt = trimmed(t, a, b, offset)
            col.task(a2, b2, txt)


# "…; đồng thời kiến nghị UBND tỉnh …", ", đồng thời …": a second request in the same sentence
_NEXT_REQUEST = re.compile(r"[,;]\s*(?=(?:(?:đồng thời|và|cũng)\s+)+(?:kính đề nghị|đề nghị|kiến nghị|đề xuất)\s)|"
                           r"[;]\s*(?=(?:kính đề nghị|đề nghị|kiến nghị|đề xuất)\s)|,\s*đồng thời\s+")


# The text before a colon that announces the requests ("… các nội dung sau:"); "… cho 3 thôn: A, B, C" lists
# where, it is the request itself
_LEAD_BEFORE_COLON = re.compile(r"(?:nội dung|vấn đề|việc|sau|cụ thể)\s*$")


def proposals_from(col: Collector, t: str, start: int, end: int, offset: int) -> None:
    seg = t[start:end]
    colon = re.search(r"(?:xem xét|như sau|gồm)?\s*:\s*", seg)
    lead_in = colon is not None and colon.start() < 120 and (
        colon.group().strip() != ":" or _LEAD_BEFORE_COLON.search(seg, 0, colon.start()) is not None
        or not has_digit(seg[: colon.start()]))
    if colon and lead_in:
        base = start + colon.end()
        body = t[base:end]
    else:
        body = _strip_addressee(seg)
        base = end - len(body)
    parts = _NEXT_REQUEST.split(body)
    pos = base
    for k, part in enumerate(parts):
        if k:
            part_start = t.find(part, pos)
            inner = re.match(r"(?:(?:đồng thời|và|cũng)\s+)*(?:kính đề nghị|đề nghị|kiến nghị|đề xuất)\s+", part)
            stripped = _strip_addressee(part[inner.end() :]) if inner else part
            pos = part_start + len(part) - len(stripped)
            part = stripped
        for a, b, _clause in split_clauses(part, pos):
            a2, b2, txt = trimmed(t, a, b, offset)
            col.proposal(a2, b2, txt)
        pos = t.find(part, pos) + len(part)
