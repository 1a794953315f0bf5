"""Tasks and directives (with the "4 rõ / 5 rõ" fields) and proposals sent upward.

Sources of tasks: items listed under a task heading or lead-in (``1-``, ``(1)``, ``a)``, ``-``,
or plain paragraphs after ``…nhiệm vụ sau:``), rows of a task table, and a leader's
directives in prose (``yêu cầu …``, ``đề nghị … cần …``, ``giao X …``) split at ``;`` and
sentence ends. Proposals: the reporting unit's requests (``đề nghị … xem xét: A; B``,
``kiến nghị Chính phủ …``, items under ``ĐỀ XUẤT, KIẾN NGHỊ``).

This module reads the body paragraphs in order and keeps what a paragraph sets for those after it (the
section's mode, a lead-in's owner, a run of plain items); the readers it hands each paragraph to are:
:mod:`task_tables` (tables, items with field lines), :mod:`directives` (prose), :mod:`task_fields` and
:mod:`task_owner` (a task's fields), :mod:`request_direction` (up or down the ladder, requests sent up),
:mod:`task_items` (items that set no work; answers to another body's requests).
"""

from __future__ import annotations

import re

from desktop.core.extract import task_cues as cue
from desktop.core.extract import task_items
from desktop.core.extract.common import sentences, trimmed
from desktop.core.extract.directives import directive_text, has_trigger, inline_items, proposals_from, read_prose
from desktop.core.extract.enumeration import inline_markers, is_heading, item_marks
from desktop.core.extract.request_direction import (
    Speaker,
    asked_above,
    issuer_level,
    names_leader,
    names_unit,
    request_start,
)
from desktop.core.extract.task_collector import Collector
from desktop.core.extract.task_fields import deadline_in, frame_deadline, product_in
from desktop.core.extract.task_items import answered_request, body_heading, head_alone, item_head, no_work
from desktop.core.extract.task_owner import lead_owner_of, lead_subject, org_before_verb, work_start
from desktop.core.extract.task_tables import FIELD_LINE, field_tasks, table_tasks
from desktop.core.layout import Layout, Para
from desktop.core.lexicon import ORG_HEAD_RE
from desktop.core.model import Proposal, Task
from desktop.core.rx import has_any
from desktop.core.vnnum import has_digit

__all__ = ["extract_tasks_and_proposals"]

_deadline, _product = deadline_in, product_in  # (the tests read a task's deadline and product here, so named)

# A lead-in that quotes a statute: general rules for classes of bodies, not assignments
_STATUTE_LEAD = re.compile(r"^Căn cứ (?:theo |tại |vào )?(?:khoản \d+ )?Điều \d+[a-z]? (?:của )?"
                           r"(?:Luật|Bộ luật|Hiến pháp|Nghị định|Thông tư|Pháp lệnh)\b")
# "- Năm 2025: lập thủ tục …", "- Quý II/2026: …": a schedule line, its period the deadline
_PERIOD_LABEL = re.compile(r"((?:Năm|Quý|Tháng|Giai đoạn(?=\s+\d{4})|Từ|Trước|Đến)\s[^:;.]{1,30}?)\s*:\s+")
# The verbs of the one who concludes or judges: the frame of the assignments, no work of their own
_NOT_ASSIGNED = re.compile(r"\s*(?:kết luận|đánh giá|ghi nhận|biểu dương|thống nhất|nhấn mạnh|phát biểu)\b")
_DIRECTING_TYPES = ("KẾ HOẠCH", "THÔNG BÁO", "KẾT LUẬN", "NGHỊ QUYẾT", "CHỈ THỊ", "QUYẾT ĐỊNH", "CÔNG ĐIỆN",
                    "CHƯƠNG TRÌNH", "HƯỚNG DẪN", "PHƯƠNG ÁN")

# A closing paragraph: "… thông báo để các cơ quan … biết", "Nghị quyết này có hiệu lực …", "Trên đây là …", "báo
# cáo để … biết, chỉ đạo", "Nơi nhận", "trân trọng thông báo" (each shape searched only where its words stand)
_CLOSING_NOTICE = re.compile(r"thông báo để (?:các )?[^.]{0,60}biết")
_IN_FORCE = ("được phổ biến", "có hiệu lực")  # (searched only where one stands: " này " is common)
_CLOSING_IN_FORCE = re.compile(rf"(?:Nghị quyết|Kết luận|Chỉ thị|Thông báo) này (?:{'|'.join(_IN_FORCE)})")
_CLOSING_REPORT = re.compile(r"báo cáo (?:để )?[^.]{0,40}biết,? chỉ đạo")


def _closing(t: str) -> bool:
    return (t.startswith(("Trên đây là", "Nơi nhận")) or ("thông báo" in t and (  # (the words of the first two)
            "trân trọng thông báo" in t or ("thông báo để" in t and _CLOSING_NOTICE.search(t) is not None)))
            or (has_any(t, _IN_FORCE) and _CLOSING_IN_FORCE.search(t) is not None)
            or ("biết" in t and "báo cáo" in t and _CLOSING_REPORT.search(t) is not None))


_TASKS_HEAD = re.compile(r"(?:Nhiệm vụ|Các nhiệm vụ|Giải pháp)[^:]{0,40}(?:là)?\s*:\s*")  # "Nhiệm vụ … là:"
# "giao" opening an item or after its colon (``(?::\s*|^)[Gg]iao\s`` as two patterns: re jumps to each colon)
_GIVES, _GIVES_FIRST = re.compile(r":\s*[Gg]iao\s"), re.compile(r"[Gg]iao\s")
_SECTION_HEAD = re.compile(r"^(?:[IVX]{1,4}\s*[-.]|Điều\s+\d{1,2}\s*[.:])")  # "II.", "Điều 2." (a resolution)


# Items of a conclusion that look back (an assessment, not work to do) or announce the items below.
_LOOKING_BACK = re.compile(
    r"\s*(?:(?:Sau|Qua) (?:\d+|một|hai|ba|bốn|năm|mười) năm|(?:Những |Trong )?(?:thời gian|năm|nhiệm kỳ) qua|"
    r"Nhìn chung|[^,.;:]{0,60} (?:ghi nhận|đánh giá cao|biểu dương|hoan nghênh)\b)", re.IGNORECASE)
# "Đến ngày 15/10/2025, tổng vốn … đã giải ngân …": where things stand, unless it asks for something too
_AS_OF = re.compile(r"\s*(?:Tính )?[Đđ]ến (?:ngày|hết|nay|thời điểm|cuối)\b")
_ASKS_FOR = re.compile(r"(?<![\w])(?:giao|yêu cầu|đề nghị|phải|cần|tập trung|khẩn trương|chỉ đạo|chịu trách nhiệm)"
                       r"(?![\w])", re.IGNORECASE)
_LEAD_IN = re.compile(r"\s*(?:Thời gian tới|Trong thời gian tới|Từ nay đến|Để|Nhiệm vụ|Các nhiệm vụ|Giải pháp)\b")

_PROPOSAL_LEAD = re.compile(r"(?:Kính đề nghị|Đề nghị|Kiến nghị|Đề xuất)\s+")

# A lead-in to what was achieved or fell short, not to work ahead
_RESULTS_LEAD = re.compile(r"kết quả|thành tích|đạt được|nổi bật|ưu điểm|tồn tại|hạn chế")
_DUE_LINE = re.compile(r"(?:Thời gian|Thời hạn)(?: hoàn thành| thực hiện)?\s*:?\s")


def _at_most_words(text: str, n: int) -> bool:
    """``len(text.split()) <= n``, the split stopped after ``n + 1`` words."""
    return len(text.split(maxsplit=n + 1)) <= n


def _adjacent(layout: Layout, a: Para, b: Para) -> bool:
    """No table (or other kept block) between two body paragraphs."""
    ia = next(i for i, x in enumerate(layout.paras) if x is a)
    return ia + 1 < len(layout.paras) and layout.paras[ia + 1] is b


class _TaskReader:
    """Reads the body paragraphs in order; what a paragraph sets holds for the ones after it."""

    def __init__(self, layout: Layout) -> None:
        self.layout = layout
        self.col = Collector(layout)
        self.mode: str | None = None  # the section's kind: "tasks", "proposals", "targets" or None
        self.lead_owner: str | None = None  # the body a lead-in gives the items below it ("yêu cầu Sở X: …")
        self.lead_deadline: str | None = None  # the period it gives them ("… trong quý IV năm 2025 …:")
        self.plain_items = False  # plain paragraphs after a lead-in are its items
        self.directive_open = False  # a leader's directive runs on into the next paragraph
        self.item_owner: str | None = None  # the body of "2. Ban Tổ chức Tỉnh ủy:" over its a), -, plain items
        self.item_group: str | None = None  # that heading's number, the group of the items under it
        self.last_item: Task | None = None  # the task of the numbered item just read (its paragraphs may go on)
        self.k = 0  # the index of the paragraph being read
        self.heading_run = False  # under a heading of work ahead, plain paragraphs are its directives
        self.pending: tuple[str, int, str | None] | None = None  # a label item "- Giai đoạn 2:" awaiting its text
        # a report's own voice is the unit's
        self.speaker = Speaker("unit" if (layout.doc_type or "").startswith("BÁO CÁO") else None,
                               level=issuer_level(layout.unit) if layout.doc_type else None)
        self.paras = [p for p in layout.paras if p.role == "body"]
        # each paragraph's enumerator and dash, read once (several readers ask about the next paragraphs); a
        # last None stands for the paragraph after the last
        self.enums, self.dashes = item_marks([p.text for p in self.paras])
        self.directs = (layout.doc_type or "").startswith(_DIRECTING_TYPES)  # an official text that assigns work

    def read(self) -> tuple[list[Task], list[Proposal]]:
        table_tasks(self.layout, self.col)
        in_fields = field_tasks(self.paras, self.col, self.enums)
        for k, p in enumerate(self.paras):
            if k not in in_fields:
                self._paragraph(k, p)
        return self.col.distinct_tasks(), self.col.proposals

    def _paragraph(self, k: int, p: Para) -> None:
        t = p.text
        enum, dash, head = self.enums[k], self.dashes[k], is_heading(t)
        prev, self.last_item, self.k = self.last_item, None, k
        if enum or dash or head:
            self.pending = None
        if prev is not None and not (enum or dash or head or t.rstrip().endswith(":")) and \
                self._item_follows(k):  # "(2) Nâng cao …" then a paragraph of it before "(3) …"
            a, b, txt = trimmed(t, 0, len(t), p.start)
            prev.text, self.last_item = f"{prev.text}. {txt}", prev
            prev.span = (prev.span[0], b) if prev.span else None
            return
        if head and not dash and not (enum and not is_heading(t[enum[1] :] if enum else t)):
            self._heading(t, enum)
            return
        if enum or dash:
            marker_end = enum[1] if enum else dash.end() if dash else 0
            markers = task_items.listed_inline(t[marker_end:]) if self.mode != "proposals" else []
            if len(markers) >= 2:  # "2. …, các cấp ủy tập trung các nội dung sau: (1) …; (2) …": a list itself
                item = Para(p.start + marker_end, p.end, t[marker_end:], p.role, p.block)
                if self.mode == "tasks":
                    task_items.item_list_tasks(self.col, item, markers, self.lead_owner, self.lead_deadline)
                else:
                    self._unlisted(item)
                return
            self._item(t[marker_end:], p.start + marker_end, enum[0] if enum else None, dash is not None)
            return
        if _closing(t):
            self.plain_items = False
            return
        if t.rstrip().endswith(":"):  # a lead-in that announces a list
            self._lead_in(k, p)
            return
        if self.pending and self.mode == "tasks":  # "- Giai đoạn 48-72 giờ:" then its work on the next line
            label, a0, group = self.pending
            a, b, txt = trimmed(t, 0, len(t), p.start)
            self.col.task(a0, b, f"{label} {txt}", group=group, lead_owner=self.item_owner or self.lead_owner,
                          lead_deadline=self.lead_deadline)
            self.pending = None
            return
        if (self.plain_items or self.item_owner) and self.mode == "tasks":  # "5. Sở Khoa học:" then its work
            a, b, txt = trimmed(t, 0, len(t), p.start)
            self.col.task(a, b, txt, group=self.item_group, lead_owner=self.item_owner or self.lead_owner,
                          lead_deadline=self.lead_deadline)
            return
        self._unlisted(p)

    def _answer_prose(self, p: Para) -> None:
        """Each sentence of an answer is a task; "Thời gian hoàn thành trước ngày …" dates those before it."""
        col, first = self.col, len(self.col.tasks)
        directive_text(col, p.text, 0, p.start, first_from_can=False)
        mine = col.tasks[first:]
        dues = [x for x in mine if _DUE_LINE.match(x.text)]
        for due in dues:
            col.tasks.remove(due)
            for x in mine:
                if x is not due and not x.deadline and x.span and due.span and x.span[0] < due.span[0]:
                    x.deadline = due.deadline or due.text
        self.directive_open = False

    def _item_follows(self, k: int) -> bool:
        """The next listed item comes after a few plain paragraphs, with no heading or lead-in between."""
        for i in range(k + 1, min(k + 4, len(self.paras))):
            q = self.paras[i]
            if self.enums[i] or cue.BRACKET_NUMBER.match(q.text):
                return True
            if is_heading(q.text) or q.text.rstrip().endswith(":") or self.dashes[i]:
                return False
        return False

    def _heading(self, t: str, enum: tuple[str, int] | None) -> None:
        owner = body_heading(t[enum[1] :], t.rstrip().endswith(":")) if enum and self.mode == "tasks" else None
        if owner and enum:  # "2. Thủ trưởng các sở, ban, ngành" over its items, in a list of tasks
            self.item_owner, self.item_group = owner, enum[0]
            return
        if enum or _SECTION_HEAD.match(t) or t.isupper():
            # a plan's "II. NỘI DUNG" lists the work it sets; "III. VỀ MỘT SỐ KIẾN NGHỊ CỦA TỈNH" answers requests
            plan_content = (self.layout.doc_type or "").startswith("KẾ HOẠCH") and "NỘI DUNG" in t.upper()
            # in a conclusion or notice the higher level answers the requests put to it
            answers = (self.layout.doc_type or "").startswith(("KẾT LUẬN", "THÔNG BÁO"))
            self.mode = ("replies" if cue.HEAD_REPLIES.search(t) or (answers and cue.HEAD_PROPOSAL.search(t))
                         else "proposals" if cue.HEAD_PROPOSAL.search(t)
                         else "tasks" if plan_content  # (a review: results read, not the work ahead)
                         else None if cue.HEAD_RESULT.search(t) and not cue.HEAD_AHEAD.search(t)
                         else "tasks" if cue.HEAD_TASK.search(t) else "targets" if cue.HEAD_TARGET.search(t)
                         else "aims" if cue.HEAD_AIMS.search(t) else None)
            self.lead_owner, self.plain_items, self.directive_open, self.item_owner = None, False, False, None
            self.lead_deadline, self.heading_run = None, False
            return
        if cue.HEAD_TASK.match(t) and not cue.HEAD_RESULT.search(t):  # "Phương hướng, nhiệm vụ 6 tháng cuối năm"
            self.mode, self.heading_run, self.item_owner, self.lead_deadline = "tasks", True, None, None
            return
        if self.plain_items:  # a byline or caption ends a run of plain-paragraph items
            self.plain_items = False
            self.mode = None
        self.directive_open, self.heading_run = False, False

    def _item(self, body: str, s0: int, group: str | None, dashed: bool) -> None:
        """A listed item ("1- …", "a) …", "- …"): ``body`` after its marker, which starts at ``s0``."""
        col = self.col
        due = FIELD_LINE.match(body) if dashed and ":" in body else None  # (a field line has its colon)
        if due and due.group("deadline") and col.tasks:  # "- Thời gian hoàn thành: trước ngày 25/11/2025."
            last = col.tasks[-1]  # under the task it dates
            last.deadline = last.deadline or deadline_in(body) or due.group("value").strip(" .;")
            return
        if self.mode == "replies":
            if not answered_request(col, body, s0, group):
                self._task_item(body, s0, group)  # "10. Các Bộ, cơ quan liên quan … phối hợp chặt chẽ …"
            return
        if self.mode == "proposals" and not cue.COLON_GIAO.search(body):
            col.proposal(*trimmed(body, request_start(body), len(body), s0))
            return
        if group and group.isdigit():
            self.item_owner = self.item_group = None
        head_only = head_alone(body) if group or body.rstrip().endswith(":") else None
        addressee = body_heading(head_only.group(1), body.rstrip().endswith(":")) if head_only else None
        if addressee:
            # "2. Ban Tổ chức Tỉnh ủy:" over its a), b), dash or plain items; "1. Ban cán sự đảng UBND tỉnh
            # chỉ đạo:" too; "11. Đề nghị Ủy ban MTTQ tỉnh:" (the body asked)
            self.item_owner, self.item_group = addressee, group
            if self.mode is None:
                self.mode = "tasks"
            return
        if self.mode == "tasks" and (_LOOKING_BACK.match(body) or (body.rstrip().endswith(":")
                                                                  and _LEAD_IN.match(body))
                                     or ((_AS_OF.match(body) or task_items.past_period(body, self.layout.doc_date))
                                         and not _ASKS_FOR.search(body))):
            return  # "1. Sau 5 năm thực hiện …", "1. Đến ngày 15/10, …", "1. Quý III năm 2025, …": an assessment;
            # "2. Thời gian tới, …:": the items follow
        nxt_text = self.paras[self.k + 1].text if self.k + 1 < len(self.paras) else ""
        if self.mode == "tasks" and body.rstrip().endswith(":") and _at_most_words(body, 8) and nxt_text and not (
                self.enums[self.k + 1] or self.dashes[self.k + 1] or is_heading(nxt_text)):
            self.pending = (body.strip(), s0, group)  # a label; its text is the next paragraph
            return
        nxt = self.enums[self.k + 1] if nxt_text else None
        if group and group.isdigit() and nxt and not nxt[0].isdigit():
            return  # "1. Nâng cao nhận thức …" over "a) Hoạt động 1", "b) …": the title of the work below it
        # "2. Giao Phòng Nội vụ chủ trì …" assigns anywhere
        gives = "iao" in body and (_GIVES_FIRST.match(body) is not None or _GIVES.search(body) is not None)
        if self.mode == "tasks" or gives or (self.mode is None and self._assigns(body)):
            self._task_item(body, s0, group)

    def _assigns(self, text: str) -> bool:
        """In a plan, notice or resolution, the document's own sentence "<a body> <does the work>" assigns it
        ("Các sở, ban, ngành xây dựng dự toán …"); in a news article the same shape reports an event."""
        if not self.directs:
            return False
        cut = work_start(text)
        if cut is None or _NOT_ASSIGNED.match(text, cut) or text[:cut].endswith("được"):
            return False  # "Chủ tịch UBND huyện kết luận.", "Các xã … cần được hỗ trợ" (the body is helped)
        named = ORG_HEAD_RE.match(text) is not None
        return (named or org_before_verb(text) is not None) and not no_work(text, None)

    def _task_item(self, body: str, s0: int, group: str | None) -> None:
        """An item in a list of tasks: its own body if it names one ("Sở Y tế: …"), a request sent up, or a task."""
        col = self.col
        owner = None  # a lettered item under a body's heading: its own body if it names one, else that
        sub_owner = self.item_owner if not (group and group.isdigit()) else None
        group = group or (self.item_group if sub_owner else None)
        m = item_head(body)
        if m and (ORG_HEAD_RE.match(m.group(1)) or cue.PLURAL_OR_COMMITTEE.match(m.group(1))):
            owner = m.group(1).strip()
            s0 += m.end()
            body = body[m.end() :]
        elif m and cue.ABOUT.match(m.group(1)):
            gi = cue.GIAO_WORD.search(body)
            if not gi:
                lead = _PROPOSAL_LEAD.match(body, m.end())
                if lead and asked_above(body[m.end() :], self.layout.unit) is not None:
                    # "3. Về kiến nghị của các đơn vị: Đề nghị Sở Tài chính …; đề nghị Sở …": sent up
                    proposals_from(col, body, lead.end(), len(body), s0)
                return
            s0 += gi.start()
            body, m = body[gi.start() :], None
        if owner is None and no_work(body, m):
            return
        request = asked_above(body, self.layout.unit) if owner is None and sub_owner is None else None
        if request is not None:
            col.proposal(*trimmed(body, request, len(body), s0))
            return
        period = _PERIOD_LABEL.match(body) if has_digit(body[:40]) else None
        a, b, txt = trimmed(body, period.end() if period else 0, len(body), s0)
        before = len(col.tasks)
        col.task(a, b, txt, group=group, owner=owner, lead_owner=sub_owner or self.lead_owner,
                 lead_deadline=period.group(1) if period else self.lead_deadline)
        self.last_item = col.tasks[-1] if group and len(col.tasks) > before else None

    def _lead_in(self, k: int, p: Para) -> None:
        """A paragraph ending in ":" sets what the items below it are."""
        t = p.text
        sents = list(sentences(t))
        if len(sents) > 1:
            cut = sents[-1][0]
            read_prose(self.col, Para(p.start, p.start + cut, t[:cut], p.role, p.block), False, self.speaker.copy())
            t = sents[-1][2]
        low = t.lower()
        if _STATUTE_LEAD.match(p.text):  # "Căn cứ theo Điều 41 Luật Nhà ở 2023 quy định … như sau:"
            self.mode, self.plain_items = None, False
            return
        tail = low[-80:]  # what the colon announces is named just before it
        if _RESULTS_LEAD.search(tail) and not cue.WORK_WORD.search(tail):
            self.mode, self.plain_items = None, False  # "… đạt được một số kết quả nổi bật như sau:": a review
        elif "chỉ tiêu" in low and "nhiệm vụ" not in low:
            self.mode = "targets"
        elif cue.REQUEST_WORD.search(low) or (
                "đề nghị" in low and names_unit(t.split("đề nghị")[0]) and not names_leader(t)):
            self.mode = "proposals"
        elif cue.TASKS_WORD.search(low) or (
                lead_subject(t, frame_deadline)):  # "Năm 2025, Sở Nội vụ tập trung:"
            owner, due = lead_subject(t, frame_deadline) or (None, None)
            self.mode, self.lead_owner = "tasks", lead_owner_of(t) or owner
            self.lead_deadline = frame_deadline(t, bare=False) or due
            paras = self.paras
            nxt = paras[k + 1].text if k + 1 < len(paras) else ""
            adjacent = k + 1 < len(paras) and _adjacent(self.layout, p, paras[k + 1])
            self.plain_items = adjacent and not (self.enums[k + 1] or self.dashes[k + 1]
                                                 or cue.FIRST_BRACKET.match(nxt) or is_heading(nxt))
        self.directive_open = False

    def _unlisted(self, p: Para) -> None:
        """A paragraph that is no item and no lead-in: inline enumerations, "Nhiệm vụ … là: …", prose."""
        col, t = self.col, p.text
        markers = inline_markers(t)  # "Nhiệm vụ cụ thể: (1) …; (2) …", "Năm 2025, Sở X tập trung: (1) …; (2) …"
        before = t[: markers[0][0]] if markers else ""
        subject = lead_subject(before, frame_deadline) if markers else None
        if subject or (markers and re.search(r"(?:nhiệm vụ|giải pháp)[^:(]{0,40}:\s*$", before, re.IGNORECASE)):
            for idx, (pos, label) in enumerate(markers):
                end = markers[idx + 1][0] if idx + 1 < len(markers) else len(t)
                a, b, txt = trimmed(t, pos + len(f"({label})"), end, p.start)
                col.task(a, b, txt, group=label, lead_owner=subject[0] if subject else None,
                         lead_deadline=subject[1] if subject else None)
            self.directive_open = False
            return
        if markers:
            inline_items(col, p, markers, self.speaker)
            return
        # "Nhiệm vụ trọng tâm là: …" — the whole paragraph is tasks.
        head = _TASKS_HEAD.match(t) if t.startswith(("Nhiệm vụ", "Các nhiệm vụ", "Giải pháp")) else None
        if head:
            directive_text(col, t, head.end(), p.start, first_from_can=True)
            self.directive_open = False
            return
        if self.mode == "replies" and not has_trigger(t):  # an answer to requests, in prose: what it decides
            self._answer_prose(p)
            return
        lead = _PROPOSAL_LEAD.match(t) if self.mode == "proposals" else None
        if lead:  # "III. ĐỀ XUẤT, KIẾN NGHỊ" then "Đề nghị UBND huyện bố trí …" as a plain paragraph
            proposals_from(col, t, lead.end(), len(t), p.start)
            return
        if self.heading_run and self.mode == "tasks" and not has_trigger(t) and not no_work(t, None):
            directive_text(col, t, 0, p.start, first_from_can=False)  # (a heading's period is no deadline)
            return
        if self.directs and self.mode in (None, "tasks") and self._assigns(t) and not has_trigger(t):
            directive_text(col, t, 0, p.start, first_from_can=False)  # "Các sở, ban, ngành gửi báo cáo … trước …"
            return
        self.directive_open, self.speaker = read_prose(col, p, self.directive_open, self.speaker)


def extract_tasks_and_proposals(layout: Layout) -> tuple[list[Task], list[Proposal]]:
    return _TaskReader(layout).read()
