"""Cues of task lists, compiled once: the words that announce work or requests in a lead-in or a review, an
item's heading (``Sở Y tế: …``), the bracketed numbers of an enumeration, ``giao`` as a whole word, and the words
without which no sentence holds a directive's trigger."""

from __future__ import annotations

import re

from desktop.core.rx import choice, has_any

BRACKET_NUMBER = re.compile(r"\s*\(\d{1,2}\)")  # "(2) …"
FIRST_BRACKET = re.compile(r"^\s*\(1\)")
COLON_GIAO = re.compile(r":\s*giao\b")  # "…: giao Sở …" in a list of requests: work given down
ITEM_HEAD = re.compile(r"^([^:;,.]{3,90}):\s+")  # "Sở Y tế: …"
PLURAL_OR_COMMITTEE = re.compile(r"^(?:Các|Uỷ|Ủy)\b")
ABOUT = re.compile(r"^(?:Về|Đối với)\b")
GIAO_WORD = re.compile(r"(?<![\w])giao\s")
WORK_WORD = re.compile(r"nhiệm vụ|yêu cầu|giao|đề nghị|giải pháp|cần|khắc phục|tập trung|phấn đấu")
REQUEST_WORD = re.compile(r"kính đề nghị|kiến nghị")
TASKS_WORD = re.compile(r"nhiệm vụ|yêu cầu|giao|như sau|sau:|giải pháp|đề nghị|chỉ đạo|kết luận")
# What a section heading announces: requests, work, targets, a plan's aims, a review, the work ahead, replies
HEAD_PROPOSAL = re.compile(r"đề xuất|kiến nghị|ĐỀ XUẤT|KIẾN NGHỊ")
# (also a resolution's "Điều khoản thi hành", a planned "Tiến độ thực hiện (dự kiến)", a plan's "Phương án")
# (in any case, as rx.choice(): re jumps from one of the first letters to the next; none of them has a case
# variant but its capital, see the tests)
HEAD_TASK = re.compile(choice(("nhiệm vụ", "tổ chức thực hiện", "giải pháp", "phân công", "phương hướng", "thi hành",
                               r"tiến độ[^.:]*(?:dự kiến|kế hoạch)", "phương án")))
HEAD_TARGET = re.compile(choice(("mục tiêu", "chỉ tiêu")))
HEAD_AIMS = re.compile(choice(("mục đích", "yêu cầu", "quan điểm", "nguyên tắc", "phạm vi")))  # a plan's purpose
# "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 11" reports what was done; the work ahead has its own heading
HEAD_RESULT = re.compile(r"kết quả|tình hình|đánh giá", re.IGNORECASE)
HEAD_AHEAD = re.compile(r"phương hướng|trọng tâm|thời gian tới|tiếp theo|sắp tới|giải pháp|tổ chức thực hiện|"
                        r"(?:tháng|quý|năm|tuần|kỳ) tới|cuối năm", re.IGNORECASE)
HEAD_REPLIES = re.compile(r"(?:kiến nghị|đề nghị|đề xuất|KIẾN NGHỊ|ĐỀ NGHỊ|ĐỀ XUẤT)\s+(?:của|CỦA)\s")

# The words a trigger of directives._first_trigger needs in its sentence: "êu cầu" ("yêu cầu", "Yêu cầu"), "iao"
# (_GIAO's "[Gg]iao"), "cần" (_CAN, _NAMED_CAN), those of _PROPOSE and _WISH; _REQUIRE's "nhấn mạnh" and "chỉ đạo"
# stand only before a colon, and _OPENING_REQUEST's "Đề nghị"/"Kiến nghị" ("Kính đề nghị" holds "đề nghị"). A
# word of asking stands for itself without its first letter ("ề nghị"), which it keeps at the opening of a sentence:
# one test for both forms.
PROPOSE_WORDS = ("đề nghị", "kiến nghị", "đề xuất")
ANY_TRIGGER = ("êu cầu", "lưu ý", *(w[1:] for w in PROPOSE_WORDS), "iao", "cần", "mong muốn", "định hướng")
BEFORE_COLON = ("nhấn mạnh", "chỉ đạo")


def may_trigger(text: str) -> bool:
    """Whether a trigger of directives._first_trigger (an opening request too) can stand in ``text``: without
    the words each needs, no sentence of ``text`` holds one (a few substring tests, no regex)."""
    return has_any(text, ANY_TRIGGER) or (":" in text and has_any(text, BEFORE_COLON))


def may_require(sent: str) -> bool:
    """Whether directives._REQUIRE can match: one of its words, "nhấn mạnh" and "chỉ đạo" only before a colon
    (its look-ahead), so that most sentences of "chỉ đạo" (guidance reported) need no search."""
    return "êu cầu" in sent or "lưu ý" in sent or (":" in sent and has_any(sent, BEFORE_COLON))


# "kiến nghị" as a noun: after a determiner or preposition, or as the object of a verb that handles requests
# (and a count: "đang giải quyết 44 kiến nghị" counts requests, it makes none)
NOUN_BEFORE = ("các", "Các", "những", "Những", "một số", "Một số", "Về", "về", "và", "của", "Đối với", "đối với",
               "theo", "nội dung", "giải quyết", "tiếp nhận", "trả lời")


def noun_use(before: str) -> bool:
    """``before`` ends with one of NOUN_BEFORE or a digit, then blanks: the search ``(?:words|\\d…)\\s+$``
    without a try at every position (``\\s`` is what str.isspace() calls a blank, ``\\d`` str.isdecimal())."""
    return before[-1:].isspace() and (before.rstrip().endswith(NOUN_BEFORE) or before.rstrip()[-1:].isdecimal())
