"""Cues of task lists, compiled once: the words that announce work or requests in a lead-in or a review, an
item's heading (``Sở Y tế: …``), the bracketed numbers of an enumeration, and ``giao`` as a whole word."""

from __future__ import annotations

import re

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
