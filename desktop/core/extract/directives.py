"""Directives and requests written in prose: a trigger ("yêu cầu", "đề nghị", "kiến nghị", "giao", "cần")
and the text it introduces, split at ``;`` and sentence ends into tasks (sent down) or proposals (sent up)."""

from __future__ import annotations

import re

from desktop.core.extract import task_cues as cue
from desktop.core.extract.common import sentences, sentences_from, split_clauses, trimmed
from desktop.core.extract.request_direction import Speaker, is_upward, names_leader, names_unit, proposals_from
from desktop.core.extract.task_collector import Collector
from desktop.core.extract.task_fields import frame_deadline
from desktop.core.extract.task_owner import addressee_before, addressee_of, body_of_frame, one_body, work_start
from desktop.core.layout import Para
from desktop.core.lexicon import LOWER_LETTERS, ORG_HEAD_RE, TASK_VERB_RE, UPPER_LETTERS
from desktop.core.rx import has_any, words

# ("đề nghị khen thưởng / công nhận / xét tặng …" with no one asked nominates: a procedure, not a request)
_PROCEDURE = r"(?!\s+(?:khen thưởng|công nhận|xét tặng|truy tặng|tặng|kỷ luật|bổ nhiệm)(?![\w]))"
_PROPOSE = re.compile(rf"({words(['kính đề nghị', 'đề nghị', 'kiến nghị', 'đề xuất'])})(?![\w]){_PROCEDURE}")
_UPWARD_ADDRESSEE = re.compile(
    r"\s+(?:với\s+)?(?:Ban Thường vụ|Thường trực|Tỉnh ủy|Tỉnh uỷ|UBND tỉnh|Ủy ban nhân dân tỉnh|Uỷ ban nhân dân tỉnh|"
    r"HĐND tỉnh|tỉnh\s|Trung ương|Chính phủ|Thủ tướng|Quốc hội|Bộ\s|các bộ|cấp trên|cấp có thẩm quyền)"
)
_VERB_USE = re.compile(r"(?:chủ động|nghiên cứu|tham mưu|kịp thời|phải|cần|để)\s+$")
# "(?<!\w.)" after the first letter: a whole word, in the shape re can skip ahead with (see rx.py)
# "yêu cầu", "lưu ý huyện cần …", "nhấn mạnh: …", "chỉ đạo: …" (with the colon: "nhấn mạnh những kết quả" is
# praise, "dự và chỉ đạo hội nghị" attendance)
# ("Yêu cầu" opening a sentence directs too; "Yêu cầu:" / "2. Yêu cầu" alone heads a plan's section)
# (each alternative starts with its plain letter, so that re skips ahead to those letters)
_REQUIRE = re.compile(r"(y(?<!\w.)êu cầu|Y(?<!\w.)êu cầu(?!\s*[:.]|$)|l(?<!\w.)ưu ý|"
                      r"n(?<!\w.)hấn mạnh(?=\s*:)|c(?<!\w.)hỉ đạo(?=\s*:))(?![\w])")
# ("giao" found from its "iao", which re jumps to: the word starts one letter before the match)
_GIAO = re.compile(rf"iao(?<=[Gg]iao)(?<!\w.{{4}})\s+(?=[{UPPER_LETTERS}]|các\s+(?:cơ quan|sở|ban|ngành|đơn vị|phòng))")
_GIAO_NAME = re.compile(rf"[Gg](?<![\w].)iao\s+[{UPPER_LETTERS}]")  # "giao Phòng …": work given to a named body
_CAN = re.compile(r"c(?<!\w.)ần\s+(?!thiết|thiết)")

# A sentence that adds to the request before it, with no subject or verb of asking of its own
_GOES_ON = re.compile(rf"(?:Đồng thời|Ngoài ra|Bên cạnh đó)\s*,?\s*(?=[{LOWER_LETTERS}])")

# "đề nghị cơ quan chức năng cung cấp thêm thông tin về …", "đề nghị làm rõ …": asking to be told, not for action
_ASKS_INFO = re.compile(r"[^.;:]{0,60}?\s(?:cung cấp(?: thêm)? thông tin|làm rõ|giải đáp|giải thích|cho biết)\b")

_NEW_SCENE = re.compile(r"^(?:Phát biểu|Đồng chí|Đối với|Tại|Theo|Sau|Nhân dịp|Dự|Thay mặt|Ảnh|Trước đó|Cùng ngày)")
_GOES_ON_OPENING = re.compile(r"^(?:Tiếp tục|Tập trung|Đẩy mạnh|Tăng cường|Chú trọng|Quan tâm|Nâng cao|Thực hiện|"
                              r"Trong đó|Đồng thời|Cần|Chỉ đạo|Khẩn trương|Cùng với đó|Bên cạnh đó|Ngoài ra)")


def _continues(t: str) -> bool:
    """A paragraph that goes on with the directive of the one before it (no new speaker or scene)."""
    if _NEW_SCENE.match(t):
        return False
    if t.startswith("Về"):  # "Về công tác cán bộ, cần …" / "Về X, tập trung …" go on; "Về X, đồng chí ghi nhận …"
        first = t.split(".", 1)[0]
        rest = first.split(",", 1)[1].lstrip() if "," in first else ""
        return TASK_VERB_RE.match(rest) is not None or _CAN.search(first) is not None
    return bool(_GOES_ON_OPENING.match(t) or _CAN.search(t))


def _whole_paragraph(col: Collector, p: Para, directive_open: bool) -> bool:
    """A paragraph that is directives from its start: it goes on with the one before, or opens with a forward
    frame ("Thời gian tới, huyện tập trung …; …")."""
    t = p.text
    if directive_open and _continues(t):
        directive_text(col, t, 0, p.start, first_from_can=False)
        return True
    frame = _FORWARD_FRAME.match(t) if t[:1] in _FORWARD_FIRST else None
    if frame and _works_ahead(t[frame.end() :], frame.group(0)):
        directive_text(col, t, frame.end(), p.start, first_from_can=False, frame=frame.group(0))
        return True
    return False


def read_prose(col: Collector, p: Para, directive_open: bool, speaker: Speaker) -> tuple[bool, Speaker]:
    t = p.text
    found = False
    if _whole_paragraph(col, p, directive_open):
        return True, speaker
    if not cue.may_trigger(t):  # no sentence holds a trigger: each is only heard (see the loop below)
        for _s, _e, sent in sentences(t):
            speaker.heard(sent)
        return False, speaker
    asked_to = -1  # where the requests sent up so far end
    for s, e, sent in sentences(t):
        if s < asked_to:
            continue
        trig = _first_trigger(sent) if not sent.rstrip().endswith("?") else None  # a question asks nothing
        goes_on = _GOES_ON.match(sent) if trig is None and asked_to >= 0 else None
        if goes_on:  # "Đồng thời, tổ chức tập huấn …" after a request sent up: another request
            asked_to = proposals_from(col, t, s + goes_on.end(), e, p.start)
            continue
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
            if _ASKS_INFO.match(after):  # a question put at a briefing, answered there: no request
                continue
            if is_upward(before, after, trigger, speaker.current, speaker.level):
                # "…, đồng thời đề nghị …" in the same sentence is handled by proposals_from.
                asked_to = proposals_from(col, t, s + end, e, p.start)
                speaker.set("unit")
                continue
            _directive_after(col, t, s + end, p.start)
            found = True
            break
        if kind == "named":  # "Tỉnh X cần nỗ lực …": this sentence; the next may assess again
            directive_text(col, t[:e], s + pos, p.start, first_from_can=False)
            continue
        if kind == "can":
            start = s + pos
            comma = sent.rfind(",", 0, pos)
            if comma >= 0:
                start = s + comma + 1
            directive_text(col, t, start, p.start, first_from_can=False)
            found = True
            break
    return found, speaker


# A paragraph that opens by setting the work ahead is a list of directives with no trigger word (contract 1.1):
# "Thời gian tới, …", "Trước mắt, …", "Nhiệm vụ 6 tháng cuối năm 2019, …", "Về kế hoạch năm 2025, …"
_FORWARD_FIRST = "TtSNPVĐ"  # the first letters of _FORWARD_FRAME's openers
_FORWARD_FRAME = re.compile(
    r"(?:(?:Trong\s+)?[Tt]hời gian tới|Trước mắt|Sắp tới|Từ nay đến[^,.;:]{1,30}|"
    r"(?:Nhiệm vụ|Phương hướng|Về (?:kế hoạch|phương hướng|nhiệm vụ))(?: trọng tâm)?[^,.;:]{0,50}|"
    r"Để (?:thực hiện|hiện thực hóa|hiện thực hoá|đạt|hoàn thành)[^,.;:]{0,50})\s*,\s*")


def _works_ahead(rest: str, frame: str) -> bool:
    """The clause after a frame sets work to do: a work verb, and after a purpose ("Để đạt mục tiêu này,") not
    a report of what was done ("… huyện đã triển khai …")."""
    cut = work_start(rest)
    if cut is None:
        return False
    head = rest[:cut]
    if frame.startswith("Để") and re.search(r"(?<![\w])(?:đã|vừa|được)\s", rest[: cut + 1]):
        return False
    # the work has a doer: none (imperative), a body or place, or those told "cần"/"phải"; "tình hình … tiếp tục
    # diễn biến phức tạp" forecasts
    return (TASK_VERB_RE.match(rest) is not None or addressee_of(rest) is not None
            or ORG_HEAD_RE.match(head) is not None or re.match(r"(?:các|những)\s", head) is not None
            or re.search(r"\s(?:cần|phải)\s*$", head) is not None)


def inline_items(col: Collector, p: Para, markers: list[tuple[int, str]], speaker: Speaker) -> None:
    """"Huyện ủy kiến nghị Tỉnh ủy 3 nội dung: (1) …; (2) …" — requests sent up; "Đồng chí yêu cầu: (1) …;
    (2) …" — directives. Each item is one, not split at ";". Any other list ("25 chỉ tiêu: (1) …") is not."""
    t = p.text
    lead = t[: markers[0][0]]
    trig = _first_trigger(lead) if lead.rstrip().endswith(":") else None
    if trig is None or trig[0] not in ("propose", "require", "giao"):
        return
    kind, pos, end = trig
    upward = kind == "propose" and is_upward(lead[:pos], lead[end:], lead[pos:end], speaker.current,
                                             speaker.level)
    for idx, (start, label) in enumerate(markers):
        stop = markers[idx + 1][0] if idx + 1 < len(markers) else len(t)
        a, b, txt = trimmed(t, start + len(f"({label})"), stop, p.start)
        if upward:
            col.proposal(a, b, txt)
        else:
            col.task(a, b, txt, group=label)


_CITED = re.compile(r"(?:Nghị quyết|Chỉ thị|Kết luận|Quyết định|Kế hoạch|Thông báo|Nghị định|Thông tư)\s+(?:số\s+)?\d")
_SHORT_LEAD = re.compile(r"[^.;:]{0,60}:\s*")
_ANNOUNCED = re.compile(r"[^.;:]{0,200}?(?:sau|như sau|cụ thể|gồm|là)\s*:\s*")


def _directive_after(col: Collector, t: str, start: int, offset: int) -> None:
    """The directive after ``yêu cầu`` / ``đề nghị``: skip a short "…trong thời gian tới:" and commas."""
    # (or a longer lead that announces its list: "… cần tập trung thực hiện các nhiệm vụ sau: …"; both end in ":")
    colon = (_SHORT_LEAD.match(t, start) or _ANNOUNCED.match(t, start)) if t.find(":", start) >= 0 else None
    lead = ""
    if colon:  # "đề nghị Cục Thống kê thực hiện các nhiệm vụ sau: …": its body and period hold for the list
        lead = colon.group(0)
        start = colon.end()
    start += len(t[start:]) - len(t[start:].lstrip(" ,"))
    directive_text(col, t, start, offset, first_from_can=False, frame=lead,
                   lead_owner=(addressee_of(lead.strip(" ,")) or one_body(lead)) if lead else None)


# A leader's wish for others ("đồng chí mong muốn các cơ quan báo chí tiếp tục …") and a body's guidance for a
# coming period ("Ban Tuyên giáo đã định hướng trong tháng 4 báo chí tiếp tục …") direct work like "yêu cầu";
# a unit's own wish ("Chúng tôi mong muốn …") and the noun ("theo định hướng phát triển") do not.
_WISH = re.compile(r"(m(?<!\w.)ong muốn|đ(?<!\w.)ịnh hướng)(?![\w])")
_GUIDES_FOR = re.compile(r"\s+(?:trong\s+(?:tháng|quý|năm|thời gian)|từ nay|cho\s)")


def _wish_directs(sent: str, m: re.Match[str]) -> bool:
    before = sent[: m.start()]
    if m.group(1) == "mong muốn":
        own = re.search(r"(?:[Cc]húng tôi|[Tt]ôi|[Cc]húng ta|[Cc]húng em)(?:\s+(?:cũng|rất|luôn))*\s+$", before)
        return names_leader(before) and not own and not re.match(r"\s+(?:được|rằng|sẽ)\b", sent[m.end() :])
    return names_unit(before) and _GUIDES_FOR.match(sent, m.end()) is not None


# opening a sentence, a body named (capitalised, or a level written in lower case: "Đề nghị tỉnh tiếp tục …")
# (not "Kiến nghị của cử tri …", "Đề nghị này …": the noun)
_OPENING_REQUEST = re.compile(rf"(Kính đề nghị|Đề nghị|Kiến nghị){_PROCEDURE}\s+"
                              r"(?!(?:của|này|đó|trên|nêu)(?![\w]))(?=\w)")

# What makes emphasis a directive: "nhấn mạnh: … cần / phải / tập trung …" (not "nhấn mạnh: HĐND tỉnh kịp thời tổ
# chức các kỳ họp …", a description)
_NORMATIVE = re.compile(r"(?<![\w])(?:cần|phải|tập trung|khẩn trương|chú trọng|quan tâm|đẩy mạnh|tăng cường|"
                        r"nâng cao|không được|nghiêm túc)(?![\w])")


# "UBND huyện đã giao …", "đã yêu cầu …": an assignment made before, reported with its result — not a task
_DONE_BEFORE = re.compile(r"đ(?<![\w].)ã(?:\s+\S+)?\s+$")  # (the left edge checked after "đ": re jumps to it)


def _directs(sent: str, m: re.Match[str]) -> bool:
    """"nhấn mạnh:" and "lưu ý, …" (a fact to note) direct only what is normative; "lưu ý các đơn vị …" directs."""
    word = m.group(1)
    if word.startswith("nhấn") or (word.startswith("lưu") and re.match(r"\s*[,:]", sent[m.end() :])):
        return _NORMATIVE.search(sent, m.end()) is not None
    return True


# "<a named body> cần <work>" (not "cần được …", passive, nor "cần 500 tỷ đồng", a need), at the start or after a
# comma: tried at the start, then searched from a comma (re jumps from one to the next)
_NAMED_CAN_AFTER = r"([^,;:]{2,60}?)\s+c(?<!\w.)ần\s+(?!được|thiết|\d)"
_NAMED_CAN_FIRST, _NAMED_CAN = re.compile(rf"(?:^|,\s+){_NAMED_CAN_AFTER}"), re.compile(rf",\s+{_NAMED_CAN_AFTER}")


def _named_subject(seg: str) -> bool:
    """A subject that names one body or place: "Tỉnh Thanh Hóa", "huyện Sơn Mỹ", "Sở Y tế"."""
    words = seg.split()
    if not 1 <= len(words) <= 6 or any(c.isdigit() for c in seg):
        return False
    return ORG_HEAD_RE.match(seg) is not None or addressee_of(seg + " thực hiện") is not None or all(
        w[:1].isupper() for w in words)


def has_trigger(text: str) -> bool:
    """Whether a sentence of ``text`` asks, requires, assigns or proposes in words ("yêu cầu", "đề nghị", "giao" …)."""
    return cue.may_trigger(text) and any(_first_trigger(sent) for _s, _e, sent in sentences(text))


# words after which "yêu cầu" is a noun ("theo yêu cầu", "các yêu cầu") and "giao" no assignment ("được giao")
_REQUIRE_NOUN_BEFORE = ("theo", "với", "đáp ứng", "các", "những", "Các", "Những", "của", "đúng", "về", "trước", "Trước")
_GIAO_NOUN_BEFORE = ("được", "bàn", "chỉ tiêu", "kế hoạch")


def _word_then_blanks(text: str, words: tuple[str, ...]) -> bool:
    """``text`` ends with one of ``words`` (glued or not on its left) and white space after it: the search
    ``(?:words)\\s+$`` without a try at every position."""
    return text[-1:].isspace() and text.rstrip().endswith(words)


_REQUIRE_AS_NOUN_AFTER = re.compile(r"\s+(?:của|phát triển|nhiệm vụ|đề ra)")  # "yêu cầu của …", "yêu cầu đề ra"
_PROPOSE_AS_NOUN_AFTER = re.compile(r"\s*(?:,\s*(?:đề xuất|kiến nghị)|của\s)")  # "kiến nghị của cử tri"
_THEN_KIEN_NGHI = re.compile(r"\s*,?\s*kiến nghị")


def _first_trigger(sent: str) -> tuple[str, int, int] | None:
    opening = _OPENING_REQUEST.match(sent) if sent[:1] in ("K", "Đ") else None  # (its first letters)
    if opening:  # "Đề nghị Ban Thường trực … tỉnh tiếp tục quan tâm …" opening a sentence, a body named
        return "propose", 0, opening.end(1)
    for w in cue.ANY_TRIGGER:  # (faster than one regex of them, and than any() over a generator: measured)
        if w in sent:
            break
    else:
        if ":" not in sent or not has_any(sent, cue.BEFORE_COLON):
            return None
    cands = []
    # (each pattern only where its words are: a search of a sentence without them finds nothing)
    m = _REQUIRE.search(sent) if cue.may_require(sent) else None
    while m:
        pre = sent[: m.start()]
        if not _word_then_blanks(pre, _REQUIRE_NOUN_BEFORE) and \
                not _REQUIRE_AS_NOUN_AFTER.match(sent, m.end()) and _directs(sent, m) \
                and not _DONE_BEFORE.search(pre):
            cands.append(("require", m.start(), m.end()))
            break
        m = _REQUIRE.search(sent, m.end())
    m = _WISH.search(sent) if ("mong muốn" in sent or "định hướng" in sent) else None
    if m and _wish_directs(sent, m):
        cands.append(("require", m.start(), m.end()))
    for m in _PROPOSE.finditer(sent) if has_any(sent, cue.PROPOSE_WORDS) else ():
        if cue.noun_use(sent[max(0, m.start() - 40) : m.start()]) or \
                _PROPOSE_AS_NOUN_AFTER.match(sent, m.end()):  # "kiến nghị của cử tri": a noun
            continue
        if m.group(1) == "đề xuất" and not _THEN_KIEN_NGHI.match(sent, m.end()) and not (
                _UPWARD_ADDRESSEE.match(sent, m.end())
                and not _VERB_USE.search(sent, max(0, m.start() - 40), m.start())):
            continue  # "chủ động đề xuất cơ chế" is work; "Huyện ủy đề xuất Ban Thường vụ Tỉnh ủy …" is a request
        cands.append(("propose", m.start(), m.end()))
        break
    m = _GIAO.search(sent) if "iao" in sent else None
    if m and not _word_then_blanks(sent[: m.start() - 1], _GIAO_NOUN_BEFORE) and \
            not _DONE_BEFORE.search(sent, 0, m.start() - 1):
        cands.append(("giao", m.start() - 1, m.end()))
    # "Về X, cần …", "Do vậy, cần …": a frame or a conclusion, then what must be done
    m = _CAN.search(sent) if sent.startswith(("Trong đó", "Về", "Để", "Đồng thời", "Đối với", "Do vậy", "Vì vậy",
                                               "Do đó", "Vì thế")) else None
    if m and re.search(r"(?:^|,\s*)(?:[^,]{0,25}\s)?$", sent[: m.start()]):
        cands.append(("can", m.start(), m.end()))
    elif "cần" in sent:
        named = _NAMED_CAN_FIRST.match(sent) or _NAMED_CAN.search(sent, 1)  # "…, Thanh Hóa cần tiếp tục có những
        # giải pháp …": a named body must
        if named and _named_subject(named.group(1)):
            cands.append(("named", named.start(1), named.end()))
    if not cands:
        return None
    return cands[0] if len(cands) == 1 else min(cands, key=lambda c: c[1])


_INNER_TRIGGER = re.compile(r"(?:Đồng chí|đồng chí|Ông|Bà|Chủ tịch|Bí thư|Phó Chủ tịch|Phó Bí thư)[^,;.]{0,60}?\s"
                            r"(?:cũng\s+|còn\s+)?(?:yêu cầu|đề nghị|chỉ đạo|lưu ý)\s+")


def directive_text(col: Collector, t: str, start: int, offset: int, first_from_can: bool, frame: str = "",
                   lead_owner: str | None = None) -> None:
    """Split the directive text from ``start`` at sentence ends and ``;`` into tasks. The run is one list: the
    period in its ``frame`` or before the first clause's work ("yêu cầu trong tháng 4 báo chí tiếp tục …;
    …") and the one body the first clause opens with ("yêu cầu huyện X tập trung …; đồng thời …") belong to
    every clause of the run that names none of its own (contract 1.1)."""
    first = True
    run_owner: str | None = None
    run_deadline = frame_deadline(frame) if frame else None
    for s, e, sent in sentences_from(t, start):
        if not first and reported_speech(sent):
            break  # "Phó Chủ tịch UBND tỉnh cho hay, …", "Chúng tôi đã …": the account goes on, the directive ended
        for a, b, clause in split_clauses(sent, s):
            text = clause
            if first and first_from_can:
                m = _CAN.search(text)
                if m and "," in text[: m.start()]:
                    cut = text.rfind(",", 0, m.start()) + 1
                    a += cut + (len(text[cut:]) - len(text[cut:].lstrip()))
                    text = text[cut:].strip()
            up = None if first else _ASKS_UP.match(text)
            if up:  # "…; đồng thời kiến nghị UBND tỉnh bố trí …": a request sent up ends the run of directives
                proposals_from(col, t, a + up.end(), e, offset)
                return
            inner = None if first else _INNER_TRIGGER.match(text)
            if inner:  # "… Đồng chí cũng đề nghị các sở, ngành khẩn trương …": the directive after the verb
                a += inner.end()
                text = text[inner.end() :]
            g = _GIAO_NAME.search(text) if "iao" in text else None  # (the pattern's letters)
            if g and g.start() > 0 and not re.search(r"(?:được|bàn)\s+$", text[: g.start()]):
                a += g.start()
                text = text[g.start() :]
            per_body = _PER_BODY.match(text)
            if per_body and (body := body_of_frame(per_body.group(1))):
                run_owner = body  # "Đối với UBND các huyện, thị xã, xác định …; …": that body's work from here
            elif first or inner:  # a new list: its lead-in is this clause's head
                run_owner, run_deadline = _run_fields(text, run_deadline if first else None)
                run_owner = run_owner or (lead_owner if first else None)
            a2, b2, txt = trimmed(t, a, b, offset)
            if not first and _CITED.match(txt) and col.tasks:  # "… thực hiện Nghị quyết 18; Nghị quyết số 19 …"
                last = col.tasks[-1]  # one object list: the documents the work carries out
                last.text, last.span = f"{last.text}; {txt}", (last.span[0], b2) if last.span else None
                continue
            first = False
            col.task(a2, b2, txt, lead_owner=run_owner, lead_deadline=run_deadline)


_PER_BODY = re.compile(r"(?:Đối với|Riêng)\s+([^.;:]{3,120})")
_ASKS_UP = re.compile(r"(?:(?:đồng thời|Đồng thời)\s*,?\s*)?(?:kiến nghị|kính đề nghị)\s+")


# An attribution of reported speech or a first-person voice: a sentence that reports, not one that directs
# (the words searched in the shape re skips ahead with, see rx.py; the openings tried at the start only)
_REPORTING = ("cho biết", "cho hay", "chia sẻ", "bày tỏ", "thông tin thêm")  # (searched only where one stands)
_REPORTED_WORDS = re.compile(rf"{words(_REPORTING)}(?![\w])")
_REPORTED_OPENING = re.compile(r"\s*(?:[“\"]|(?:Chúng tôi|Tôi|Chúng ta)\s)")


def reported_speech(sent: str) -> bool:
    return _REPORTED_OPENING.match(sent) is not None or (
        has_any(sent, _REPORTING) and _REPORTED_WORDS.search(sent) is not None)


def _run_fields(clause: str, deadline: str | None) -> tuple[str | None, str | None]:
    """The owner and deadline the head of a run's first clause sets for the run."""
    cut = work_start(clause)
    head = clause[:cut] if cut is not None else ""
    return addressee_before(clause, cut), deadline or (frame_deadline(head) if head else None)
