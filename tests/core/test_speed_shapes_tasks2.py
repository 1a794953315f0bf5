"""The task readers' cheaper shapes (second round) decide exactly as the plain forms they replace.

Each rewrite is compared with the plain form, written out here, on invented lines (fictional units), on their
tails, and where a word's edge is checked another way, with every character of a wide range of Unicode beside it.
"""

from __future__ import annotations

import re

from desktop.core.extract import request_direction

LINES = [
    "", " ", "Bộ", "Bộ ", "các bộ, ngành", "Ban Bí thư Trung ương", "Bộ Chính trị", "Thủ tướng Chính phủ",
    "Quốc hội", "Sở Y tế", "Sởi", "Ban Tổ chức Tỉnh ủy", "ban Dân vận tỉnh", "Ban  quản lý dự án tỉnh Hòa Bình",
    "ban\tthường vụ huyện ủy", "Tỉnh uỷ, UBND tỉnh, HĐND tỉnh", "Ủy ban nhân dân tỉnh X", "tỉnhủy", "Phòng Nội vụ",
    "Phòngtài", "Huyện ủy Vân Canh, Thị uỷ, Thành ủy, UBND huyện", "huyện, thị xã, thành phố", "Đảng ủy xã Phú Mỹ",
    "Đảng uỷ xã, UBND xã, xã, phường, thị trấn", "lãnh đạo huyện đề nghị tỉnh sớm bố trí vốn cho xã",
    "Bí thư Tỉnh ủy đề nghị huyện tập trung", "đồng chí Giám đốc Sở Nội vụ đề nghị Phòng Nội vụ các huyện",
    "XBộ Sở_Sở 1tỉnh ĐBộ\nBộ\n", "ban " + "x" * 29 + "tỉnh", "ban " + "x" * 31 + "tỉnh",
]


def _phrases() -> list[str]:
    return [line[cut:] for line in LINES for cut in range(len(line) or 1)]


# the ladder's patterns as written before (a word's left edge as "\b", "[Bb]an")
_PLAIN_LEVELS = [
    r"Trung ương|Chính phủ|Thủ tướng|Quốc hội|Bộ Chính trị|Ban Bí thư|các bộ|\bBộ\s",
    r"\bSở\b|[Bb]an\s.{0,30}Tỉnh ủy|[Bb]an\s.{0,30}tỉnh",
    r"Tỉnh ủy|Tỉnh uỷ|UBND tỉnh|HĐND tỉnh|Ủy ban nhân dân tỉnh|\btỉnh\b",
    r"\bPhòng\b",
    r"Huyện ủy|Huyện uỷ|Thị ủy|Thị uỷ|Thành ủy|Thành uỷ|UBND huyện|\bhuyện\b|thị xã|thành phố",
    r"Đảng ủy xã|Đảng uỷ xã|UBND xã|\bxã\b|phường|thị trấn",
]
# every character up to the CJK blocks and a few beyond: letters, digits, marks, blanks of all scripts
_NEIGHBOURS = [chr(c) for c in range(0x3000)] + ["\U00010400", "\U0001d7ce", "\u4e00", "\uac00", "\uff10"]


def _spans(rx: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(text)]


def test_ladder_patterns_find_what_the_plain_ones_find() -> None:
    assert len(request_direction._LEVELS) == len(_PLAIN_LEVELS)
    for (rx, _level), plain_source in zip(request_direction._LEVELS, _PLAIN_LEVELS, strict=True):
        plain = re.compile(plain_source)
        for text in _phrases():
            assert _spans(rx, text) == _spans(plain, text), (plain_source, text)
        for c in _NEIGHBOURS:  # a word's edge: the character before and after it
            text = f"{c}Bộ {c}Sở{c} {c}tỉnh{c} {c}Phòng{c} {c}huyện{c} {c}xã{c} Ban{c}tỉnh"
            assert _spans(rx, text) == _spans(plain, text), (plain_source, c)


def test_level_reads_the_ladder_as_before() -> None:
    assert request_direction._level("lãnh đạo huyện", last=True) == 1.0
    assert request_direction._level("tỉnh và Bộ Tài chính", last=False) == 2.0
    assert request_direction._level("Ban Tổ chức Tỉnh ủy", last=False) == 1.5  # (the last named: "Tỉnh ủy")
    assert request_direction._level("Ban Tổ chức Tỉnh ủy", last=True) == 2.0
    assert request_direction._level("các tổ chức", last=True) is None
