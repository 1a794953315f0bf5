"""TITLE_ANY written so that ``re`` skips ahead to a title's first letter matches what the plain pattern matched
(the plain pattern is the tests' oracle)."""

from __future__ import annotations

import random
import re

from desktop.core.extract import position_words as pw

_OLD = re.compile(rf"(?<![\w])(?<!tăng )(?<!Tăng ){pw.TITLE}(?![\w])", re.IGNORECASE)


def _prefix_class() -> set[str]:
    firsts = re.findall(r"(?:^\(\?-i:|\|)(\\?.)\(\?<!\\w\.\)", pw.TITLE_ANY.pattern)
    return {re.sub(r"\\(.)", r"\1", c) for c in firsts}


def test_first_class_is_every_character_a_title_begins_with() -> None:
    """Over all of Unicode: the branches begin with exactly the characters the alternatives' first letters match
    (each in its own case mode)."""
    letters = {(letter, any_case) for letter, any_case, _rest in pw._title_branches()}
    any_case = "".join(re.escape(x) for x, i in letters if i)
    exact = "".join(re.escape(x) for x, i in letters if not i)
    first = re.compile(rf"(?i:[{any_case}])|(?-i:[{exact}])")
    assert {c for c in map(chr, range(0x110000)) if first.fullmatch(c)} == _prefix_class()


def _same(text: str) -> None:
    n = len(text)
    for pos, endpos in ((0, n), (min(3, n), n), (0, max(0, n - 4)), (n // 2, n), (min(7, n), max(0, n - 1))):
        a, b = _OLD.search(text, pos, endpos), pw.TITLE_ANY.search(text, pos, endpos)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (text, pos, endpos)
        a, b = _OLD.match(text, pos, endpos), pw.TITLE_ANY.match(text, pos, endpos)
        assert (a and a.span()) == (b and b.span()), (text, pos, endpos)
    assert [m.span() for m in _OLD.finditer(text)] == [m.span() for m in pw.TITLE_ANY.finditer(text)], text


_LINES = [
    "Phó Chủ tịch UBND tỉnh Nguyễn Văn An dự họp", "nguyên Phó Bí thư Tỉnh ủy Lê Thị Hoa", "quyền Giám đốc Sở Y tế",
    "tăng trưởng kinh tế đạt 7%", "Tăng Trưởng phòng", "PBT. Trần Văn Bình; CT.UBND huyện", "đ/c UVTV, PCT HĐND xã",
    "Già làng K’Thanh và Trưởng thôn Y Bhim", "Ông Hoàng Văn Cường - Cụm trưởng Cụm thi đua số 2",
    "Phó Ban Tuyên giáo", "Ban Chỉ đạo", "ủy viên dự khuyết Ban Chấp hành", "Đại biểu Quốc hội khóa XV",
    "\u212aiểm sát viên Lê Văn Tư", "\u212aHỐI TRƯỞNG", "phó ban", "xTrưởng", "Trưởng_ban", "BT\n.", "GĐ.\nSở",
    "NGUYÊN PHÓ CHỦ TỊCH NƯỚC", "thư ký tòa soạn", "Chánh Văn phòng UBND tỉnh", "Tổng cục trưởng Tổng cục Thuế",
]


def test_lines_match_as_before() -> None:
    for line in _LINES:
        for text in (line, " " + line, "(" + line + ")", line.lower(), line.upper(), "tăng " + line, "Tăng " + line):
            _same(text)


def test_random_strings_match_as_before() -> None:
    rnd = random.Random(7)
    pieces = [*pw._WORD_TITLES, *pw.TITLE_ABBREVIATIONS, "ban", "Ban", "phó", "Phó", "PHÓ", "nguyên", "Quyền",
              "tăng", "Tăng", "TĂNG", "\u212a", "K", "ủ", "Ủ", " ", " ", ".", ",", "-", "\n", "x", "_", "1", "A", "Nam",
              "Trưởng", "TRƯỞNG", "uv", "Uv", "bt"]
    for _ in range(6000):
        parts = [rnd.choice(pieces) for _ in range(rnd.randint(1, 7))]
        text = "".join(p if rnd.random() < 0.4 else p + " " for p in parts)
        if rnd.random() < 0.3:
            text = text.upper() if rnd.random() < 0.5 else text.lower()
        _same(text)
