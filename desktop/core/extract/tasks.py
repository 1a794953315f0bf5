"""Tasks and directives (with the "4 rõ / 5 rõ" fields) and proposals sent upward.

Sources of tasks: items listed under a task heading or lead-in (``1-``, ``(1)``, ``a)``, ``-``,
or plain paragraphs after ``…nhiệm vụ sau:``), rows of a task table, and a leader's
directives in prose (``yêu cầu …``, ``đề nghị … cần …``, ``giao X …``) split at ``;`` and
sentence ends. Proposals: the reporting unit's requests (``đề nghị … xem xét: A; B``,
``kiến nghị Chính phủ …``, items under ``ĐỀ XUẤT, KIẾN NGHỊ``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.core.extract.common import header_row, sentences, split_clauses, trimmed
from desktop.core.extract.enumeration import DASH_ITEM, inline_markers, is_heading, line_enumerator
from desktop.core.layout import Layout, Para
from desktop.core.lexicon import NAME_COMMA_TAILS, ORG_HEAD_RE, TASK_VERB_RE, UPPER_LETTERS
from desktop.core.model import Proposal, Task
from desktop.core.rx import words
from desktop.core.vnnum import find_dates, has_digit

_HEAD_PROPOSAL = re.compile(r"đề xuất|kiến nghị|ĐỀ XUẤT|KIẾN NGHỊ")
_HEAD_TASK = re.compile(r"nhiệm vụ|NHIỆM VỤ|tổ chức thực hiện|TỔ CHỨC THỰC HIỆN|giải pháp|GIẢI PHÁP|phân công|"
                        r"PHÂN CÔNG|phương hướng|PHƯƠNG HƯỚNG", re.IGNORECASE)
_HEAD_TARGET = re.compile(r"mục tiêu|chỉ tiêu", re.IGNORECASE)
# "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 11" reports what was done; the work ahead has its own heading
_HEAD_RESULT = re.compile(r"kết quả|tình hình|đánh giá", re.IGNORECASE)
_HEAD_AHEAD = re.compile(r"phương hướng|trọng tâm|thời gian tới|tiếp theo|sắp tới|giải pháp|tổ chức thực hiện|"
                         r"(?:tháng|quý|năm|tuần|kỳ) tới|cuối năm", re.IGNORECASE)
# Who speaks in a sentence: a leader, or a unit (a committee, the People's Committee, a department).
# Plain substring tests ("in") scan several times faster than one regex over these common letters.
_LEADER_WORDS = ("đồng chí", "Đồng chí", "Bí thư", "Chủ tịch", "đại biểu", "Đại biểu", "lãnh đạo", "Thủ tướng",
                 "Bộ trưởng", "Trưởng ban", "Giám đốc")
_UNIT_WORDS = ("Huyện ủy", "Huyện uỷ", "Thị ủy", "Thị uỷ", "Thành ủy", "Thành uỷ", "Đảng ủy", "Đảng uỷ", "UBND",
               "Ủy ban nhân dân", "Uỷ ban nhân dân", "thị xã", "Hội nghị", "Sở", "Ban")
_UNIT_BOUNDED = re.compile(r"\b(?:[Hh]uyện|xã|[Tt]ỉnh)\b")


def _names_leader(s: str) -> bool:
    return any(w in s for w in _LEADER_WORDS)


def _names_unit(s: str) -> bool:
    return any(w in s for w in _UNIT_WORDS) or (
        ("uyện" in s or "xã" in s or "ỉnh" in s) and _UNIT_BOUNDED.search(s) is not None)

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
_GIAO = re.compile(r"([Gg](?<!\w.)iao)\s+(?=[A-ZĐÀ-Ỹ]|các\s+(?:cơ quan|sở|ban|ngành|đơn vị|phòng))")
_CAN = re.compile(r"c(?<!\w.)ần\s+(?!thiết|thiết)")
_CLOSING = re.compile(
    r"thông báo để (?:các )?[^.]{0,60}biết|(?:Nghị quyết|Kết luận|Chỉ thị|Thông báo) này (?:được phổ biến|có hiệu lực)|"
    r"^Trên đây là|báo cáo (?:để )?[^.]{0,40}biết,? chỉ đạo|^Nơi nhận",
)
_ADDRESSEE = re.compile(
    r"^(?:\s*(?:[A-ZĐÀ-Ỹ][\w']*|với|các|bộ|ngành|ban|sở|và|cấp|ủy|uỷ|tỉnh|huyện|xã|ương|đảng|thường|vụ|trực|nhân|dân|"
    r"hội|đồng|chính|phủ|cán|sự|có|thẩm|quyền|,))+"
)


_CONNECTIVE = re.compile(r"^(?:Đồng thời|Bên cạnh đó|Ngoài ra|Mặt khác|Trong đó)\s*,\s*")
_MODAL_TAIL = re.compile(r"(?:\s+(?:cần|phải|cũng|sớm|tiếp tục|cần tiếp tục))+$")


_MODAL_INSIDE = re.compile(r"\s(?:cần|phải|nên)\s")


def _org_before_verb(text: str) -> str | None:
    lead = _CONNECTIVE.match(text)  # "Đồng thời, Ủy ban Kiểm tra Huyện ủy hoàn thành …"
    if lead:
        text = text[lead.end() :]
    if not ORG_HEAD_RE.match(text[:1].upper() + text[1:] if text.startswith("các ") else text):
        return None  # "các sở, ngành khẩn trương …" inside a sentence is written lower-case
    m = TASK_VERB_RE.search(text)
    if not m or m.start() == 0:
        return None
    org = re.sub(r"^(?:Đồng chí|đồng chí)\s+", "", text[: m.start()].strip(" ,:"))
    org = _MODAL_TAIL.sub("", org)  # "Các cơ quan chuyên môn cần chủ động …"
    org = _MODAL_INSIDE.split(org, 1)[0]  # "các phòng, ban cần bám sát kế hoạch, triển khai …": the work began
    return org if 1 <= len(org.split()) <= 14 else None


_PARTNERS = re.compile(r"phối hợp(?: với)?\s+([^;.\n]+)")  # _partners() cuts it where the work begins


_FULL_DATE = r"\d{1,2}/\d{1,2}/\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}"
_DATED = re.compile(rf"(?:trước|đến|chậm nhất(?: là)?|trong|hạn|không quá)\s+(?:ngày\s+)?({_FULL_DATE})",
                    re.IGNORECASE)
_PERIOD = r"[Qq]uý\s+[IV]{1,3}(?:/|\s+năm\s+)\d{4}|[Nn]ăm\s+\d{4}|[Tt]háng\s+\d{1,2}(?:/|\s+năm\s+)\d{4}"
_WITHIN = re.compile(rf"[Tt]rong\s+(?:{_PERIOD}|tuần\s+\d{{1,2}}|"
                     r"\d+\s+(?:ngày|tháng)|6 tháng (?:đầu|cuối) năm(?:\s+\d{4})?|[Qq]uý\s+[IV]{1,3}(?![/\w])|"
                     r"tháng\s+\d{1,2}(?![/\d]))")  # "trong quý IV", "trong tháng 12": the year is the text's
# "trước ngày 30/6" (no year), "trước Tết Nguyên đán", "thời hạn: tháng 12/2025": kept as written
_BEFORE_PARTIAL = re.compile(r"(?:[Tt]rước|[Cc]hậm nhất)\s+(?:(?:ngày\s+)?\d{1,2}/\d{1,2}(?![/\d])|Tết[^,;.()]{0,20})")
_TERM = re.compile(rf"[Tt]hời (?:hạn|gian)(?: hoàn thành| thực hiện)?\s*:\s*({_PERIOD})")
# "Cơ quan chủ trì: Sở X; cơ quan phối hợp: Y, Z" written inside the item's paragraph
_FIELD_INLINE = re.compile(r"(?:[Cc]ơ quan|[Đđ]ơn vị) (?P<kind>chủ trì|phối hợp)\s*:\s*(?P<value>[^;.]+)")
_GIVE = re.compile(r"(?:^|\s)[Gg]iao\s+")


def _deadline(text: str, low: str = "") -> str | None:
    """A full date becomes ISO; otherwise the phrase as written (``trong quý IV/2024``, ``thường xuyên``).
    ``low``: the text lower-cased, if the caller has it."""
    low = low or text.lower()  # the literal checks skip the regexes on most texts
    for dm in _DATED.finditer(text) if ("/" in text or "tháng" in low) and has_digit(text) else ():
        d = find_dates("ngày " + dm.group(1))
        if d and d[0].iso():
            return d[0].iso()
    m = _WITHIN.search(text) if "trong" in low else None
    if m:
        return m.group(0)
    m = _BEFORE_PARTIAL.search(text) if ("trước" in low or "chậm nhất" in low) else None
    if m:
        return m.group(0).rstrip()
    m = _TERM.search(text) if "thời" in low else None
    if m:
        return m.group(1)
    m = None if "thường xuyên" not in low else re.search(r"(?<![\w])(?:thường xuyên|Thường xuyên)(?![\w])", text)
    if m and not re.search(r"nhiệm vụ\s+$", text[: m.start()]):
        return m.group(0)
    m = None if not ("hằng" in low or "hàng" in low) else re.search(
        r"(?<![\w])[Hh][ằà]ng\s+(?:tháng|quý|năm|tuần)", text)
    if m:
        return m.group(0)
    return None


_PRODUCT = re.compile(
    r"(?:xây dựng|lập|ban hành|hoàn thiện|hoàn chỉnh|có|soạn thảo|thành|bằng|hoàn thành|tham mưu|chuẩn bị)\s+"
    r"((?:các\s+)?(?:kế hoạch|Kế hoạch|báo cáo|Báo cáo|phương án|đề án|Đề án|dự thảo|tờ trình|Tờ trình|văn bản|"
    r"hồ sơ|chương trình|quy chế|quy định|hướng dẫn|Chương trình|danh sách|đề cương|Đề cương)[^,;.]*"
    r"(?:, chống[^,;.]*)?)"
)
_PRODUCT_REPORT = re.compile(r"(?:^|[;,]\s*)(báo cáo kết quả(?: giám sát| kiểm tra| thực hiện)?)")
# where a product's name ends ("công trình", "chương trình" are nouns: no "trình" to cut at)
_PRODUCT_CUT = re.compile(r"\s(?<!công\s)(?<!chương\s)(?<!quy\s)"
                          r"(?:trước|trong|để|gửi|trình|theo|của|về|với|cho|đến|sát|tại|đối với)(?![\w])")


_PRODUCT_WORDS = ("kế hoạch", "báo cáo", "phương án", "đề án", "dự thảo", "tờ trình", "văn bản", "hồ sơ",
                  "chương trình", "quy chế", "quy định", "hướng dẫn", "danh sách", "đề cương")


def _product(text: str, low: str = "") -> str | None:
    low = low or text.lower()
    if not any(w in low for w in _PRODUCT_WORDS):
        return None
    cands = []
    m = _PRODUCT.search(text)
    if m:
        p = m.group(1)
        cut = _PRODUCT_CUT.search(p)
        if cut:
            p = p[: cut.start()]
        cands.append((m.start(1), p.strip()))
    m = _PRODUCT_REPORT.search(text)
    if m:
        cands.append((m.start(1), m.group(1)))
    if not cands:
        return None
    return min(cands)[1]


def _fill(task: Task, lead_owner: str | None) -> Task:
    t = task.text
    for fm in _FIELD_INLINE.finditer(t) if ":" in t else ():
        if fm.group("kind") == "chủ trì" and not task.owner:
            task.owner = fm.group("value").strip()
        elif fm.group("kind") == "phối hợp" and not task.partners:
            task.partners = _split_bodies(fm.group("value"))
    if not task.owner and "iao " in t:
        task.owner = _assigned_owner(t)
    if not task.owner:
        task.owner = _assigned_owner(t, _ASK)
    if not task.owner and "chủ trì" in t:
        m = re.match(r"^(.+?)\s+chủ trì\b", t)
        if m and ORG_HEAD_RE.match(m.group(1)):
            task.owner = m.group(1).strip(" ,")
    if not task.owner:
        task.owner = _org_before_verb(t) or lead_owner
    m = _PARTNERS.search(t) if "phối hợp" in t else None
    if m and not task.partners:
        task.partners = _partners(m.group(1))
    low = t.lower()
    task.deadline = task.deadline or _deadline(t, low)
    task.product = task.product or _product(t, low)
    return task


def _split_bodies(s: str) -> list[str]:
    pieces = [p.strip() for p in re.split(r"[,;]\s*", s) if p.strip()]
    merged: list[str] = []
    for p in pieces:
        if merged and ((len(p.split()) == 1 and p[0].islower()) or p.startswith(NAME_COMMA_TAILS)):
            merged[-1] += ", " + p
        else:
            merged.append(p)
    out: list[str] = []
    for p in merged:
        parts = re.split(r"\s+và\s+(?=[a-zđà-ỹ])", p)
        out.extend(x.strip() for x in parts if x.strip())
    return out


_NAME_HEAD_BEFORE = re.compile(r"(?:^|\s)(?:[Bb]an|[Tt]ổ|[Hh]ội đồng)$")


def _work_start(phrase: str) -> int | None:
    """Where the work begins after the bodies named at the start of ``phrase``: the first work verb
    that is not part of a body's name ("Ban quản lý dự án", "Hội đồng thẩm định")."""
    for verb in TASK_VERB_RE.finditer(phrase):
        if verb.start() and not _NAME_HEAD_BEFORE.search(phrase, 0, verb.start()):
            return verb.start()
    return None


_ASK = re.compile(r"^(?:Đề nghị|Yêu cầu|đề nghị|yêu cầu)\s+")  # at the start of an item: who is asked


def _asked(body: str) -> tuple[str, int] | None:
    """The body asked by an item "Đề nghị Tỉnh ủy quan tâm …" and where its request starts."""
    lead = _ASK.match(body)
    asked = _assigned_owner(body, _ASK) if lead else None
    if not asked or not lead:
        return None
    return asked, body.index(asked, lead.end()) + len(asked)


def _request_start(body: str) -> int:
    """Where the request of a proposal item starts: after "Đề nghị Tỉnh ủy" ("… quan tâm bố trí vốn …")."""
    found = _asked(body)
    return found[1] if found else 0


def _asked_above(body: str, issuer: str | None) -> int | None:
    """An item "Đề nghị UBND tỉnh xem xét …" in a district's text is a request sent up, not a task: where
    the request itself starts (after the body asked), or None."""
    found = _asked(body) if issuer else None
    if not found or not issuer:
        return None
    own, theirs = _level(issuer.lower(), last=True), _level(found[0], last=False)  # (the issuer is in capitals)
    return found[1] if own is not None and theirs is not None and theirs > own else None


_ROLE = re.compile(r"\s(?:là|làm)\s")


def _assigned_owner(text: str, lead: re.Pattern[str] = _GIVE) -> str | None:
    """The body after "giao" (or another ``lead``), up to its work: "giao Phòng Tài chính - Kế hoạch cân
    đối nguồn kinh phí", "Đề nghị Mặt trận Tổ quốc … tăng cường tuyên truyền"."""
    m = lead.search(text)
    if not m:
        return None
    rest = text[m.end() :]
    cut = _work_start(rest)
    owner = rest[:cut].strip(" ,:") if cut is not None else ""
    owner = _ROLE.split(owner, 1)[0].strip(" ,")  # "giao Phòng Văn hóa và Thông tin là cơ quan thường trực, …"
    # a body is named with capitals ("Phòng …", "UBND …") or as "các xã"; "giao đất" is land allocation;
    # "các cấp ủy, chính quyền" is everyone, no one in particular
    named = owner[:1].isupper() or owner.startswith(("các ", "mỗi ", "từng "))
    return owner if named and not owner.lower().startswith("các cấp") else None


def _partners(phrase: str) -> list[str]:
    """Bodies after ``phối hợp với``, up to the work itself: ``Phòng Nội vụ hoàn thiện quy chế, trình …``."""
    cut = _work_start(phrase)
    if cut is not None:
        phrase = phrase[:cut]
    out = []
    for body in _split_bodies(phrase):
        if _WORK_START.match(body):
            break
        out.append(body)
    return out


_WORK_START = re.compile(rf"(?:{TASK_VERB_RE.pattern})|trình\s")


def _lead_owner(text: str) -> str | None:
    m = re.search(r"yêu cầu\s+(.+?)(?=\s(?:tập trung|thực hiện|triển khai|lãnh đạo|chỉ đạo|khẩn trương)\b|:|$)", text)
    if not m:
        return None
    who = m.group(1).strip(" ,")
    if re.match(r"(?:các|Thủ trưởng các|mọi|toàn)\b", who) or "các cấp" in who or len(who.split()) > 12:
        return None
    return who if ORG_HEAD_RE.match(who) else None


# Levels of the administrative ladder, so "lãnh đạo huyện đề nghị tỉnh …" reads as a request upward and
# "Bí thư Tỉnh ủy đề nghị huyện …" as a directive downward. Departments sit just under their level.
_LEVELS = [
    (re.compile(r"Trung ương|Chính phủ|Thủ tướng|Quốc hội|Bộ Chính trị|Ban Bí thư|các bộ|\bBộ\s"), 3.0),
    (re.compile(r"\bSở\b|[Bb]an\s.{0,30}Tỉnh ủy|[Bb]an\s.{0,30}tỉnh"), 1.5),
    (re.compile(r"Tỉnh ủy|Tỉnh uỷ|UBND tỉnh|HĐND tỉnh|Ủy ban nhân dân tỉnh|\btỉnh\b"), 2.0),
    (re.compile(r"\bPhòng\b"), 0.5),
    (re.compile(r"Huyện ủy|Huyện uỷ|Thị ủy|Thị uỷ|Thành ủy|Thành uỷ|UBND huyện|\bhuyện\b|thị xã|thành phố"), 1.0),
    (re.compile(r"Đảng ủy xã|Đảng uỷ xã|UBND xã|\bxã\b|phường|thị trấn"), 0.0),
]


def _level(text: str, last: bool) -> float | None:
    """Level of the body named last in ``text`` (the speaker) or first (the addressee)."""
    best: tuple[int, float] | None = None
    for rx, level in _LEVELS:
        for m in rx.finditer(text):
            key = m.start()
            if best is None or (key > best[0] if last else key < best[0]):
                best = (key, level)
    return best[1] if best else None


def _is_upward(before: str, after: str, trigger: str, prev_speaker: Callable[[], str | None]) -> bool:
    if trigger in ("kiến nghị", "kính đề nghị"):
        return True
    speaker, addressee = _level(before, last=True), _level(after[:40], last=False)
    if speaker is not None and addressee is not None and speaker != addressee:
        return addressee > speaker
    if _names_leader(before):
        return False
    if _names_unit(before):
        return True
    return prev_speaker() == "unit"


def _speaker(sentence: str) -> str | None:
    if _names_leader(sentence):
        return "leader"
    if _names_unit(sentence):
        return "unit"
    return None


class _Speaker:
    """Who spoke last ("leader" or "unit"): the last sentence that names one, read only when a request
    needs to know (most texts never ask, and reading every sentence costs time)."""

    def __init__(self, known: str | None = None, since: list[str] | None = None) -> None:
        self._known = known
        self._since = since or []  # sentences read since ``_known`` was settled, in order

    def heard(self, sentence: str) -> None:
        self._since.append(sentence)

    def set(self, who: str | None) -> None:
        self._known, self._since = who, []

    def copy(self) -> _Speaker:
        return _Speaker(self._known, list(self._since))

    def current(self) -> str | None:
        for sentence in reversed(self._since):
            who = _speaker(sentence)
            if who:
                self._known = who
                break
        self._since = []
        return self._known


def _strip_addressee(s: str) -> str:
    m = _ADDRESSEE.match(s)
    rest = s[m.end() :] if m else s
    if m and re.match(r"^\s*(?:[a-zđà-ỹ]|\d)", rest):
        work = _work_start(s)
        if work is not None and work > m.end() and any(w[:1].isupper() for w in s[m.end() : work].split()):
            return s[work:].lstrip()  # "Sở Nông nghiệp và Môi trường sớm thẩm định …": the name goes on
        return rest
    return s


_ORDINALS = {"nhất": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
             "chín": 9, "mười": 10}
_ORDINAL_LEAD = re.compile(r"((?:[Tt]hứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười))|"
                           r"(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười) là)\s*[,:]\s*")


_TASKS_HEAD = re.compile(r"(?:Nhiệm vụ|Các nhiệm vụ|Giải pháp)[^:]{0,40}(?:là)?\s*:\s*")  # "Nhiệm vụ … là:"
_SECTION_HEAD = re.compile(r"^(?:[IVX]{1,4}\s*[-.]|Điều\s+\d{1,2}\s*[.:])")  # "II.", "Điều 2." (a resolution)
_HEAD_ONLY = re.compile(r"\s*([^:;,.]{3,90}):\s*$")  # "2. Ban Tổ chức Tỉnh ủy:" alone on its line
_HEAD_VERB = re.compile(r"\s+(?:chỉ đạo|lãnh đạo|chủ trì|thực hiện|tập trung)(?:\s+thực hiện)?$")


# Items of a conclusion that look back (an assessment, not work to do) or announce the items below.
_LOOKING_BACK = re.compile(
    r"\s*(?:(?:Sau|Qua) (?:\d+|một|hai|ba|bốn|năm|mười) năm|(?:Những |Trong )?(?:thời gian|năm|nhiệm kỳ) qua|"
    r"Nhìn chung|[^,.;:]{0,60} (?:ghi nhận|đánh giá cao|biểu dương|hoan nghênh)\b)", re.IGNORECASE)
# "Đến ngày 15/10/2025, tổng vốn … đã giải ngân …": where things stand, unless it asks for something too
_AS_OF = re.compile(r"\s*(?:Tính )?[Đđ]ến (?:ngày|hết|nay|thời điểm|cuối)\b")
_ASKS_FOR = re.compile(r"(?<![\w])(?:giao|yêu cầu|đề nghị|phải|cần|tập trung|khẩn trương|chỉ đạo|chịu trách nhiệm)"
                       r"(?![\w])", re.IGNORECASE)
_LEAD_IN = re.compile(r"\s*(?:Thời gian tới|Trong thời gian tới|Từ nay đến|Để|Nhiệm vụ|Các nhiệm vụ|Giải pháp)\b")


class _Collector:
    def __init__(self, layout: Layout) -> None:
        self.layout = layout
        self.tasks: list[Task] = []
        self.proposals: list[Proposal] = []

    def task(self, start: int, end: int, text: str, group: str | None = None, owner: str | None = None,
             lead_owner: str | None = None) -> None:
        text = text.strip()
        ordinal = _ORDINAL_LEAD.match(text)
        if ordinal:  # "Thứ nhất, đẩy nhanh …", "Hai là, …": the ordinal is the item's number
            word = ordinal.group(1).lower().removeprefix("thứ ").removesuffix(" là")
            group = group or str(_ORDINALS[word])
            start += ordinal.end()
            text = text[ordinal.end() :]
        if len(text.split()) < 3:
            return
        t = Task(text=text, group=group, owner=owner, span=(start, end))
        self.tasks.append(_fill(t, lead_owner))

    def proposal(self, start: int, end: int, text: str) -> None:
        if len(text.split()) < 3 or re.match(r"^\d", text):
            return
        self.proposals.append(Proposal(text=text, span=(start, end)))


def extract_tasks_and_proposals(layout: Layout) -> tuple[list[Task], list[Proposal]]:
    col = _Collector(layout)
    _table_tasks(layout, col)
    mode: str | None = None
    lead_owner: str | None = None
    plain_items = False
    directive_open = False
    speaker = _Speaker("unit" if (layout.doc_type or "").startswith("BÁO CÁO") else None)  # a report's own voice
    item_owner: str | None = None
    paras = [p for p in layout.paras if p.role == "body"]
    in_fields = _field_tasks(paras, col)
    for k, p in enumerate(paras):
        if k in in_fields:
            continue
        t = p.text
        enum = line_enumerator(t)
        dash = DASH_ITEM.match(t)
        if is_heading(t) and not dash and not (enum and not is_heading(t[enum[1] :] if enum else t)):
            if enum or _SECTION_HEAD.match(t) or t.isupper():
                results = bool(_HEAD_RESULT.search(t)) and not _HEAD_AHEAD.search(t)
                mode = ("proposals" if _HEAD_PROPOSAL.search(t) else None if results
                        else "tasks" if _HEAD_TASK.search(t) else "targets" if _HEAD_TARGET.search(t) else None)
                lead_owner, plain_items, directive_open, item_owner = None, False, False, None
                continue
            if plain_items:  # a byline or caption ends a run of plain-paragraph items
                plain_items = False
                mode = None
            directive_open = False
            continue
        if enum or dash:
            marker_end = enum[1] if enum else dash.end() if dash else 0
            group = enum[0] if enum else None
            body = t[marker_end:]
            s0 = p.start + marker_end
            due = _FIELD_LINE.match(body) if dash else None
            if due and due.group("deadline") and col.tasks:  # "- Thời gian hoàn thành: trước ngày 25/11/2025."
                last = col.tasks[-1]  # under the task it dates
                last.deadline = last.deadline or _deadline(body) or due.group("value").strip(" .;")
                continue
            if mode == "proposals" and not re.search(r":\s*giao\b", body):
                col.proposal(*trimmed(body, _request_start(body), len(body), s0))
                continue
            if group and group.isdigit():
                item_owner = None
            head_only = _HEAD_ONLY.match(body) if body.rstrip().endswith(":") else None
            if head_only and (ORG_HEAD_RE.match(head_only.group(1))
                              or re.match(r"^(?:Các|Uỷ|Ủy)\b", head_only.group(1))):
                # "2. Ban Tổ chức Tỉnh ủy:" over its a), b) items; "1. Ban cán sự đảng UBND tỉnh chỉ đạo:" too
                item_owner = _HEAD_VERB.sub("", head_only.group(1).strip())
                if mode is None:
                    mode = "tasks"
                continue
            if mode == "tasks" and (_LOOKING_BACK.match(body) or (body.rstrip().endswith(":")
                                                                 and _LEAD_IN.match(body))
                                    or (_AS_OF.match(body) and not _ASKS_FOR.search(body))):
                continue  # "1. Sau 5 năm thực hiện …", "1. Đến ngày 15/10, … đã giải ngân …": an assessment;
                # "2. Thời gian tới, …:": the items follow
            if mode == "tasks" or re.search(r":\s*giao\b", body):
                owner = None  # a lettered item under a body's heading: its own body if it names one, else that
                sub_owner = item_owner if group and not group.isdigit() else None
                m = re.match(r"^([^:;,.]{3,90}):\s+", body)
                if m and (ORG_HEAD_RE.match(m.group(1)) or re.match(r"^(?:Các|Uỷ|Ủy)\b", m.group(1))):
                    owner = m.group(1).strip()
                    s0 += m.end()
                    body = body[m.end() :]
                elif m and re.match(r"^(?:Về|Đối với)\b", m.group(1)):
                    gi = re.search(r"(?<![\w])giao\s", body)
                    if not gi:
                        lead = _PROPOSAL_LEAD.match(body, m.end())
                        if lead and _asked_above(body[m.end() :], layout.unit) is not None:
                            # "3. Về kiến nghị của các đơn vị: Đề nghị Sở Tài chính …; đề nghị Sở …": sent up
                            _proposals_from(col, body, lead.end(), len(body), s0)
                        continue
                    s0 += gi.start()
                    body = body[gi.start() :]
                request = _asked_above(body, layout.unit) if owner is None and sub_owner is None else None
                if request is not None:
                    col.proposal(*trimmed(body, request, len(body), s0))
                    continue
                a, b, txt = trimmed(body, 0, len(body), s0)
                col.task(a, b, txt, group=group, owner=owner, lead_owner=sub_owner or lead_owner)
            continue
        if ("biết" in t or " này " in t or t.startswith(("Trên đây", "Nơi nhận"))) and _CLOSING.search(t):
            plain_items = False
            continue
        # a lead-in that announces a list
        if t.rstrip().endswith(":"):
            sents = list(sentences(t))
            if len(sents) > 1:
                cut = sents[-1][0]
                _prose(col, Para(p.start, p.start + cut, t[:cut], p.role, p.block), False, speaker.copy())
                t = sents[-1][2]
            low = t.lower()
            if "chỉ tiêu" in low and "nhiệm vụ" not in low:
                mode = "targets"
            elif re.search(r"kính đề nghị|kiến nghị", low) or (
                    "đề nghị" in low and _names_unit(t.split("đề nghị")[0]) and not _names_leader(t)):
                mode = "proposals"
            elif re.search(r"nhiệm vụ|yêu cầu|giao|như sau|sau:|giải pháp|đề nghị|chỉ đạo|kết luận", low):
                mode = "tasks"
                lead_owner = _lead_owner(t)
                nxt = paras[k + 1].text if k + 1 < len(paras) else ""
                adjacent = k + 1 < len(paras) and _adjacent(layout, p, paras[k + 1])
                plain_items = adjacent and not (line_enumerator(nxt) or DASH_ITEM.match(nxt)
                                                or re.match(r"^\s*\(1\)", nxt) or is_heading(nxt))
            directive_open = False
            continue
        if plain_items and mode == "tasks":
            a, b, txt = trimmed(t, 0, len(t), p.start)
            col.task(a, b, txt, lead_owner=lead_owner)
            continue
        # inline enumerations of tasks: "Nhiệm vụ cụ thể: (1) …; (2) …"
        markers = inline_markers(t)
        if markers and re.search(r"(?:nhiệm vụ|giải pháp)[^:(]{0,40}:\s*$", t[: markers[0][0]], re.IGNORECASE):
            for idx, (pos, label) in enumerate(markers):
                end = markers[idx + 1][0] if idx + 1 < len(markers) else len(t)
                item_start = pos + len(f"({label})")
                a, b, txt = trimmed(t, item_start, end, p.start)
                col.task(a, b, txt, group=label)
            directive_open = False
            continue
        if markers:
            _inline_items(col, p, markers, speaker)
            continue
        # "Nhiệm vụ trọng tâm là: …" — the whole paragraph is tasks.
        head = _TASKS_HEAD.match(t) if t.startswith(("Nhiệm vụ", "Các nhiệm vụ", "Giải pháp")) else None
        if head:
            _directive_text(col, t, head.end(), p.start, first_from_can=True)
            directive_open = False
            continue
        lead = _PROPOSAL_LEAD.match(t) if mode == "proposals" else None
        if lead:  # "III. ĐỀ XUẤT, KIẾN NGHỊ" then "Đề nghị UBND huyện bố trí …" as a plain paragraph
            _proposals_from(col, t, lead.end(), len(t), p.start)
            continue
        directive_open, speaker = _prose(col, p, directive_open, speaker)
    return _dedupe(col.tasks), col.proposals


_PROPOSAL_LEAD = re.compile(r"(?:Kính đề nghị|Đề nghị|Kiến nghị|Đề xuất)\s+")


def _adjacent(layout: Layout, a: Para, b: Para) -> bool:
    """No table (or other kept block) between two body paragraphs."""
    ia = next(i for i, x in enumerate(layout.paras) if x is a)
    return ia + 1 < len(layout.paras) and layout.paras[ia + 1] is b


def _prose(col: _Collector, p: Para, directive_open: bool, speaker: _Speaker) -> tuple[bool, _Speaker]:
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
        _directive_text(col, t, 0, p.start, first_from_can=False)
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
            _directive_text(col, t[:rest_end], start, p.start, first_from_can=False)
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
            if _is_upward(before, after, trigger, speaker.current):
                _proposals_from(col, t, s + end, e, p.start)
                rest = t[e:]
                # "…, đồng thời đề nghị …" in the same sentence is handled by _proposals_from.
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
            _directive_text(col, t, start, p.start, first_from_can=False)
            found = True
            break
    return found, speaker


_ANY_TRIGGER = ("yêu cầu", "lưu ý", "nhấn mạnh", "chỉ đạo", "đề nghị", "kiến nghị", "đề xuất", "Giao", "giao", "cần")


def _inline_items(col: _Collector, p: Para, markers: list[tuple[int, str]], speaker: _Speaker) -> None:
    """"Huyện ủy kiến nghị Tỉnh ủy 3 nội dung: (1) …; (2) …" — requests sent up; "Đồng chí yêu cầu: (1) …;
    (2) …" — directives. Each item is one, not split at ";". Any other list ("25 chỉ tiêu: (1) …") is not."""
    t = p.text
    lead = t[: markers[0][0]]
    trig = _first_trigger(lead) if lead.rstrip().endswith(":") else None
    if trig is None or trig[0] not in ("propose", "require", "giao"):
        return
    kind, pos, end = trig
    upward = kind == "propose" and _is_upward(lead[:pos], lead[end:], lead[pos:end], speaker.current)
    for idx, (start, label) in enumerate(markers):
        stop = markers[idx + 1][0] if idx + 1 < len(markers) else len(t)
        a, b, txt = trimmed(t, start + len(f"({label})"), stop, p.start)
        if upward:
            col.proposal(a, b, txt)
        else:
            col.task(a, b, txt, group=label)


def _directive_after(col: _Collector, t: str, start: int, offset: int) -> None:
    """The directive after ``yêu cầu`` / ``đề nghị``: skip a short "…trong thời gian tới:" and commas."""
    colon = re.match(r"^[^.;:]{0,60}:\s*", t[start:])
    if colon:
        start += colon.end()
    start += len(t[start:]) - len(t[start:].lstrip(" ,"))
    _directive_text(col, t, start, offset, first_from_can=False)


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


def _directive_text(col: _Collector, t: str, start: int, offset: int, first_from_can: bool) -> None:
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
            g = re.search(r"(?<![\w])[Gg]iao\s+[A-ZĐÀ-Ỹ]", text)
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


def _proposals_from(col: _Collector, t: str, start: int, end: int, offset: int) -> None:
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


_TEXT_HEADER = re.compile(r"^(?:nội dung|nhiệm vụ|công việc|tên nhiệm vụ|nhiệm vụ,? giải pháp)\b|nhiệm vụ")
_OWNER_HEADER = re.compile(r"chủ trì|(?:cơ quan|đơn vị|người|bộ phận)\b.*(?:thực hiện|phụ trách|chịu trách nhiệm)|"
                           r"^(?:cơ quan|đơn vị|người) (?:thực hiện|phụ trách)|trách nhiệm")


def _task_columns(header: list[str]) -> dict[str, int | None]:
    """Which column of a task table holds what, from header names as offices write them:
    ``Nội dung công việc | Đơn vị thực hiện | Đơn vị phối hợp | Thời gian hoàn thành | Sản phẩm``."""

    def first(pred: Callable[[str], bool]) -> int | None:
        return next((k for k, h in enumerate(header) if pred(h)), None)

    partners = first(lambda h: "phối hợp" in h)
    deadline = first(lambda h: "thời hạn" in h or "thời gian" in h or h.startswith(("hạn ", "tiến độ")))
    owner = first(lambda h: "chủ trì" in h)
    if owner is None:
        owner = first(lambda h: bool(_OWNER_HEADER.search(h)) and "phối hợp" not in h and "thời" not in h)
    text = first(lambda h: (h == "nội dung" or bool(_TEXT_HEADER.search(h)))
                 and not any(w in h for w in ("chủ trì", "phối hợp", "thời", "kết quả")))
    return {
        "text": text, "owner": owner if owner != text else None, "partners": partners, "deadline": deadline,
        "product": first(lambda h: "sản phẩm" in h or h.startswith("kết quả")),
        "stt": first(lambda h: h in ("stt", "tt", "số tt", "số thứ tự")),
    }


def _table_tasks(layout: Layout, col: _Collector) -> None:
    src = layout.source
    for rows in src.tables:
        if len(rows) < 2:
            continue
        hi = header_row(src.text, rows)
        header = [src.text[s:e].strip().lower() for s, e in rows[hi]]
        cols = _task_columns(header)
        text_col, owner_col = cols["text"], cols["owner"]
        if text_col is None or owner_col is None:
            continue
        partner_col, deadline_col = cols["partners"], cols["deadline"]
        product_col, stt_col = cols["product"], cols["stt"]
        for row in rows[hi + 1 :]:
            if len(row) != len(header):
                continue

            def cell(k: int | None, row: list[tuple[int, int]] = row) -> str:
                return src.text[row[k][0] : row[k][1]].strip() if k is not None else ""

            text = cell(text_col)
            if not text or re.fullmatch(r"\(\d+\)", text):
                continue
            deadline = cell(deadline_col) or None
            if deadline:
                ds = find_dates(deadline)
                if ds and ds[0].iso():
                    deadline = ds[0].iso()
            s, e = row[text_col]
            task = Task(text=text, group=cell(stt_col) or None, owner=cell(owner_col) or None,
                        partners=[x.strip() for x in re.split(r";\s*", cell(partner_col)) if x.strip()],
                        deadline=deadline, product=cell(product_col) or None, span=(s, e))
            col.tasks.append(task)


# A plan's task written as an item with one line per field:
#   1. Hoàn thiện hạ tầng số
#   - Cơ quan chủ trì: Sở Khoa học và Công nghệ.
#   - Cơ quan phối hợp: Các doanh nghiệp viễn thông.
#   - Thời gian hoàn thành: Quý III/2026.
#   - Sản phẩm: Báo cáo kết quả phủ sóng 5G.
_FIELD_LINE = re.compile(
    r"\s*[-–•+]?\s*(?:(?P<owner>(?:cơ quan|đơn vị|bộ phận)?\s*(?:chủ trì|thực hiện|phụ trách|chịu trách nhiệm))|"
    r"(?P<partners>(?:cơ quan|đơn vị)?\s*phối hợp)|"
    r"(?P<deadline>thời (?:gian|hạn)(?: hoàn thành| thực hiện)?|tiến độ(?: thực hiện)?|hạn hoàn thành)|"
    r"(?P<product>sản phẩm(?: đầu ra)?|kết quả(?: đầu ra)?))\s*:\s*(?P<value>.+)", re.IGNORECASE)


def _field_tasks(paras: list[Para], col: _Collector) -> set[int]:
    """Tasks of items followed by their field lines; returns the indices of the paragraphs used."""
    used: set[int] = set()
    for k, p in enumerate(paras):
        enum = line_enumerator(p.text)
        if not enum or k in used:
            continue
        fields: dict[str, str] = {}
        j = k + 1
        while j < len(paras) and (m := _FIELD_LINE.match(paras[j].text)):
            kind = next(name for name in ("owner", "partners", "deadline", "product") if m.group(name))
            fields.setdefault(kind, m.group("value").strip().rstrip(".;").strip())
            j += 1
        if j - k < 3 or "owner" not in fields:  # one field line is a sentence; no owner, no plan item
            continue
        a, _b, text = trimmed(p.text, enum[1], len(p.text), p.start)
        deadline = fields.get("deadline")
        if deadline:
            deadline = _deadline(deadline) or _deadline("trước " + deadline) or deadline
        col.tasks.append(Task(text=text, group=enum[0], owner=fields["owner"],
                              partners=_split_bodies(fields.get("partners", "")), deadline=deadline,
                              product=fields.get("product"), span=(a, paras[j - 1].end)))
        used.update(range(k, j))
    return used


def _dedupe(tasks: list[Task]) -> list[Task]:
    seen: set[str] = set()
    out = []
    for t in tasks:
        key = t.text.lower()
        if key in seen:
            continue
        seen.add(key)
        out.append(t)
    return out
