"""A task's fields read from its text: deadline (``trước ngày 30/6/2025`` → ISO, ``trong quý IV`` as written),
product (``xây dựng Kế hoạch …``), and owner and partners (see :mod:`desktop.core.extract.task_owner`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.core.extract.task_owner import (
    ASK_LEAD,
    ASK_WORDS,
    PARTNERS_AFTER,
    assigned_owner,
    org_before_verb,
    partners_of,
    split_bodies,
)
from desktop.core.lexicon import ORG_HEAD_RE
from desktop.core.model import Task
from desktop.core.rx import choice, trie
from desktop.core.vnnum import find_dates, has_digit

_FULL_DATE = r"\d{1,2}/\d{1,2}/\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}"
# (the words before the date as a choice() by first letter: re jumps to those letters instead of trying every
# alternative at every position under IGNORECASE)
_DATED_BEFORE = ("trước", "đến", r"chậm nhất(?: là)?", "trong", "hạn", "không quá")
_DATED = re.compile(rf"{choice(_DATED_BEFORE)}\s+(?:ngày\s+)?({_FULL_DATE})", re.IGNORECASE)
# what _DATED's group matches (its words in any case), anywhere: written to start with its digit, so that re jumps
# from digit to digit (under IGNORECASE, or as two alternatives, it would try every position)
_ANY_FULL_DATE = re.compile(r"\d(?:\d?/\d{1,2}/\d{4}|\d?\s+(?i:tháng)\s+\d{1,2}\s+(?i:năm)\s+\d{4})")
_LONGEST_BEFORE = len("chậm nhất là")  # the longest of _DATED_BEFORE


def _dated(text: str) -> Iterator[re.Match[str]]:
    """``_DATED.finditer(text)``, begun near the first full date instead of trying the frequent first letters of
    _DATED_BEFORE all along a text. Every match ends in a full date, and before it stand only letters and blanks
    (no digit): so none starts before the word, blanks and "ngày" that can stand just before the first date."""
    first = _ANY_FULL_DATE.search(text)
    if first is None:
        return iter(())
    at = _blanks_before(text, first.start())  # after the word, or after "ngày"
    at = _blanks_before(text, max(at - len("ngày"), 0))  # (after the word, if "ngày" stood there)
    return _DATED.finditer(text, max(at - _LONGEST_BEFORE, 0))


def _blanks_before(text: str, i: int) -> int:
    """Where the run of blanks (re's ``\\s``: str.isspace()) that ends at ``i`` starts."""
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i


_PERIOD = r"[Qq]uý\s+[IV]{1,3}(?:/|\s+năm\s+)\d{4}|[Nn]ăm\s+\d{4}|[Tt]háng\s+\d{1,2}(?:/|\s+năm\s+)\d{4}"
# _WITHIN and _AT begin after their first letter (checked by the look-behind): a pattern that opens with a literal
# word makes re jump from one "rong"/"ào" to the next, where one that opens with a class tries every letter; the
# phrase found starts one letter before the match. _TERM, read by its group, the same from "ờ".
_WITHIN = re.compile(rf"rong(?<=[Tt]rong)\s+(?:{_PERIOD}|tuần\s+\d{{1,2}}|"
                     r"\d+\s+(?:ngày|tháng)|6 tháng (?:đầu|cuối) năm(?:\s+\d{4})?|[Qq]uý\s+[IV]{1,3}(?![/\w])|"
                     r"tháng\s+\d{1,2}(?![/\d])|(?:tháng|quý|tuần|năm)\s+(?:này|nay))")
# ("trong quý IV", "trong tháng 12": the year is the text's; "trong tháng này": the text's own month)
_AT = re.compile(rf"ào(?<=[Vv]ào)\s+(?:{_PERIOD}|[Qq]uý\s+[IV]{{1,3}}(?![/\w])|cuối năm(?:\s+\d{{4}})?)")
# "trước ngày 30/6" (no year), "trước Tết Nguyên đán", "thời hạn: tháng 12/2025": kept as written
# (and a time of day: "trước 19h00’ hằng ngày", a daily report's deadline)
# (the alternatives' first letters as one class, the rest after a look-behind, so that re jumps from one of those
# letters to the next: as rx.choice(), in the case written)
_BEFORE_PARTIAL = re.compile(r"[TtCc](?:(?<=[Tt])rước|(?<=[Cc])hậm nhất)\s+"
                             r"(?:(?:ngày\s+)?\d{1,2}/\d{1,2}(?![/\d])|Tết[^,;.()]{0,20}|\d{1,2}\s?(?:h|giờ)(?:\s?\d{2})?[’']?(?:\s+(?:hằng|hàng)\s+(?:ngày|tuần))?)")
_TERM = re.compile(rf"ờ(?<=[Tt]hờ)i (?:hạn|gian)(?: hoàn thành| thực hiện)?\s*:\s*({_PERIOD})")


# A period that frames a list ("Nhiệm vụ 6 tháng cuối năm 2019, …", "yêu cầu trong tháng 4 báo chí …", "từ nay
# đến cuối năm, …", "trong 02 tháng cuối năm 2025 và những tháng đầu năm 2026"): the phrase as written, with
# its preposition. "thời gian tới", "trước mắt" set no time limit.
_ONE_PERIOD = (r"(?:(?:\d+|những|các)\s+tháng\s+(?:đầu|cuối)\s+năm(?:\s+\d{4})?"
               r"|[Qq]uý\s+[IV]{1,3}(?:/\d{4}|\s+năm\s+\d{4})?|tháng\s+\d{1,2}(?:/\d{4}|\s+năm\s+\d{4})?(?![/\d])|[Nn]ăm\s+\d{4}|cuối\s+năm(?:\s+\d{4})?)")
# (the look-ahead: the first letters of its alternatives, tried before them at each position; the same for
# _DOC_BEFORE, which is searched before each period found)
_FRAME_PERIOD = re.compile(rf"(?=[TtĐđnNcQq\d])((?:[Tt]rong|[Tt]ừ nay đến(?: hết)?|[Đđ]ến(?: hết)?)\s+)?{_ONE_PERIOD}"
                           rf"(?:\s+và\s+(?:trong\s+)?{_ONE_PERIOD})?")


def frame_deadline(frame: str, bare: bool = True) -> str | None:
    """The period a lead-in or a frame sets for the items after it, as written, or None. Not ``bare``: only a
    period with its preposition ("trong quý IV", not "bảng giá đất năm 2026", a noun's year, in a long lead-in)."""
    if not has_digit(frame) and "cuối năm" not in frame:
        return None
    for m in _FRAME_PERIOD.finditer(frame):
        if not _DOC_BEFORE.search(frame, 0, m.start()) and (bare or m.group(1)):
            return m.group(0)  # (not "Nghị quyết 87/NQ-HĐND năm 2025": the document's year)
    return None


_DOC_BEFORE = re.compile(r"(?=[\dLHNQK])(?:\d+/[\w./-]*\w|(?:Luật|Hiến pháp|Nghị quyết|Quyết định|Kế hoạch)"
                         r"(?: [\w-]+){0,4})\s*$")


# "thường xuyên", "hằng tháng" as whole words, the left edge checked after the first letter (see rx.py)
_REGULARLY = re.compile(r"[Tt](?<!\w.)hường xuyên(?![\w])")
# (_EVERY begins after its first letter, from "ằ"/"à", rarer letters re jumps to, as _WITHIN and _AT)
_EVERY = re.compile(r"[ằà](?<=[Hh][ằà])(?<!\w..)ng\s+(?:tháng|quý|năm|tuần)")
_FIELD_INLINE = re.compile(r"[CcĐđ](?:(?<=[Cc])ơ quan|(?<=[Đđ])ơn vị) (?P<kind>chủ trì|phối hợp)\s*:\s*"
                           r"(?P<value>[^;.]+)")


def deadline_in(text: str) -> str | None:
    """A full date becomes ISO; otherwise the phrase as written (``trong quý IV/2024``, ``thường xuyên``)."""
    # (the substring tests skip the regexes on most texts: each pattern's letters as written, so that only a
    # yearless "tháng" date, matched in any case, needs the lower-cased text)
    dated = has_digit(text) and ("/" in text or "tháng" in text.lower())
    for dm in _dated(text) if dated else ():
        d = find_dates("ngày " + dm.group(1))
        iso = d[0].iso() if d else None
        if iso:
            return iso
    m = _WITHIN.search(text) if "rong" in text else None
    m = m or (_AT.search(text) if "vào" in text or "Vào" in text else None)  # "hoàn thành vào quý III/2025"
    if m:
        return text[m.start() - 1 : m.end()]  # (with its first letter)
    m = _BEFORE_PARTIAL.search(text) if ("rước" in text or "hậm nhất" in text) else None
    if m:
        return m.group(0).rstrip()
    m = _TERM.search(text) if "hời" in text else None
    if m:
        return m.group(1)
    m = None if "hường xuyên" not in text else _REGULARLY.search(text)
    if m and not re.search(r"nhiệm vụ\s+$", text[: m.start()]):
        return m.group(0)
    m = None if not ("ằng" in text or "àng" in text) else _EVERY.search(text)
    return text[m.start() - 1 : m.end()] if m else None  # (with its first letter)


# the nouns of a product, some in either case
_PRODUCT_NOUNS = ("kế hoạch", "Kế hoạch", "báo cáo", "Báo cáo", "phương án", "đề án", "Đề án", "dự thảo", "tờ trình",
                  "Tờ trình", "văn bản", "hồ sơ", "chương trình", "quy chế", "quy định", "hướng dẫn", "Chương trình",
                  "danh sách", "đề cương", "Đề cương")
_PRODUCT_VERBS = ("xây dựng", "lập", "ban hành", "hoàn thiện", "hoàn chỉnh", "có", "soạn thảo", "thành", "bằng",
                  "hoàn thành", "tham mưu", "chuẩn bị")
# (verbs and nouns as tries: no word of either list begins another, so one at most matches at a place, whatever
# the order)
_PRODUCT = re.compile(rf"{trie(_PRODUCT_VERBS)}\s+((?:các\s+)?{trie(_PRODUCT_NOUNS)}[^,;.]*(?:, chống[^,;.]*)?)")
_PRODUCT_REPORT = re.compile(r"(?:^|[;,]\s*)(báo cáo kết quả(?: giám sát| kiểm tra| thực hiện)?)")
# where a product's name ends ("công trình", "chương trình" are nouns: no "trình" to cut at)
_PRODUCT_CUT = re.compile(r"\s(?<!công\s)(?<!chương\s)(?<!quy\s)"
                          r"(?:trước|trong|để|gửi|trình|theo|của|về|với|cho|đến|sát|tại|đối với)(?![\w])")


# A piece of each noun of _PRODUCT as it is written there: a noun taken in either case without its first letter
# ("ế hoạch": "kế hoạch", "Kế hoạch"). A text without them has no product (tested on the text, not lower-cased).
_PRODUCT_PIECES = tuple(dict.fromkeys(n[1:] if {n[0].lower() + n[1:], n[0].upper() + n[1:]} <= set(_PRODUCT_NOUNS)
                                      else n for n in _PRODUCT_NOUNS))


def product_in(text: str) -> str | None:
    for w in _PRODUCT_PIECES:  # (a loop, not any() over a generator: once per task)
        if w in text:
            break
    else:
        return None
    cands = []
    m = _PRODUCT.search(text)
    if m:
        p = m.group(1)
        cut = _PRODUCT_CUT.search(p)
        if cut:
            p = p[: cut.start()]
        cands.append((m.start(1), p.strip()))
    m = _PRODUCT_REPORT.search(text) if "báo cáo kết quả" in text else None  # (a search at every position)
    if m:
        cands.append((m.start(1), m.group(1)))
    if not cands:
        return None
    return min(cands)[1]


def fill_fields(task: Task, lead_owner: str | None, lead_deadline: str | None = None) -> Task:
    t = task.text
    for fm in _FIELD_INLINE.finditer(t) if ":" in t else ():
        if fm.group("kind") == "chủ trì" and not task.owner:
            task.owner = fm.group("value").strip()
        elif fm.group("kind") == "phối hợp" and not task.partners:
            task.partners = split_bodies(fm.group("value"))
    if not task.owner and "iao " in t:
        task.owner = assigned_owner(t)
    if not task.owner:  # (ASK_LEAD stands only at the start)
        task.owner = assigned_owner(t, ASK_LEAD) if t.startswith(ASK_WORDS) else None
    if not task.owner and "chủ trì" in t:
        m = re.match(r"^(.+?)\s+chủ trì\b", t)
        if m and ORG_HEAD_RE.match(m.group(1)):
            task.owner = m.group(1).strip(" ,")
    if not task.owner:
        task.owner = org_before_verb(t) or lead_owner
    m = PARTNERS_AFTER.search(t) if "phối hợp" in t else None
    if m and not task.partners:
        task.partners = partners_of(m.group(1))
    task.deadline = task.deadline or deadline_in(t) or lead_deadline
    task.product = task.product or product_in(t)
    return task
