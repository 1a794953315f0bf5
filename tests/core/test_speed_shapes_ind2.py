"""Speed rewrites of the indicator readers (second round) that must match what they replaced, on invented texts."""

from __future__ import annotations

import random
import re
import sys

from desktop.core.extract.indicator_label import _RELATION_LAST, _RELATION_WORDS
from desktop.core.extract.indicator_values import _ANY_VALUE, _GLUED, _UNIT_AFTER, find_values, last_marker
from desktop.core.extract.indicator_year import _YEAR_AT_A, _years_in
from desktop.core.extract.label_clean import _ENUM_PREFIX, _may_open_enum, clean_label
from desktop.core.lexicon import COUNT_NOUNS, MONEY_UNITS
from desktop.core.vnnum import number

# the number and unit pattern find_values matched at each number's start before
_VALUE_BEFORE = re.compile(rf"({number(_GLUED)}){_UNIT_AFTER.pattern}")
_MARKER = re.compile(r"\(\d{1,2}\)\s")


def _last_marker_before(before: str) -> int:
    if "(" not in before:
        return -1
    ms = list(_MARKER.finditer(before))
    return ms[-1].end() - 1 if ms else -1


def _all_chars() -> list[str]:
    return [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]


def test_every_unit_starts_with_a_letter_or_percent() -> None:
    # (what makes the unit read at the number's end the one the whole pattern finds: see _UNIT_AFTER)
    assert all(u[0].isalpha() and not u[0].isdecimal() for u in MONEY_UNITS + COUNT_NOUNS)


def _compare_units(s: str) -> None:
    for m in _ANY_VALUE.finditer(s):
        old = _VALUE_BEFORE.match(s, m.start())
        new = _UNIT_AFTER.match(s, m.end())
        assert (old is None) == (new is None), s
        if old is not None and new is not None:
            assert (old.group(1), old.group(2), old.start(2), old.end()) == (m.group(), new.group(1), new.start(1),
                                                                              new.end()), s


def test_unit_read_at_the_numbers_end_is_the_one_read_from_its_start() -> None:
    rng = random.Random(11)
    pieces = ["0", "1", "2", "5", "9", ".", ",", "/", " ", "  ", "%", "-", "(", "ha", "tỷ đồng", "triệu", "nghìn",
              "đồng", "xã", "hộ", "người", "năm", "USD", "tấn", "chí", "tiêu chí", "lượt", "khách", "điểm", "x", "Ă",
              "\n", "/năm", "/ha", "100", "1.000", "000", "12,5"]
    for _ in range(30000):
        _compare_units("".join(rng.choice(pieces) for _ in range(rng.randint(1, 9))))
    for s in ("Trồng 1.200,5 ha rừng, 12,5% hộ nghèo, 4/100.000 trẻ, 1.2345 tấn, 120.000 lồng, 3,5 triệu con",
              "Thu 186,4 tỷ đồng/năm, 18 ca sinh/1.000 phụ nữ, 13,2 tiêu chí/xã, 25 tiêu chí, 7 - 8%/năm",
              "Có 45 chợ, 41 xã, phường và thị trấn; 2.150 triệu đồng/3.500 triệu đồng; 12 triệu USD; 5 ha/năm"):
        _compare_units(s)


def test_values_keep_their_units() -> None:
    vals = find_values("Thu ngân sách đạt 186,4 tỷ đồng, 12,5% kế hoạch; có 41 xã, phường và thị trấn, 1.200 ha.")
    assert [(v.num, v.unit, v.start(), v.end()) for v in vals][:2] == [("186,4", "tỷ đồng", 18, 31),
                                                                      ("12,5", "%", 33, 38)]


def test_last_marker_read_backwards_is_the_last_one() -> None:
    rng = random.Random(5)
    pieces = ["(", ")", "1", "12", "123", " ", "\n", "a", "(1) ", "(25)", ",", "(("]
    for _ in range(30000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        assert last_marker(s) == _last_marker_before(s), s
    s = "Các chỉ tiêu: (1) tăng trưởng 8%; (2) thu nhập (bình quân) 60 triệu (3)đồng; (12) "
    assert last_marker(s) == _last_marker_before(s) == len(s) - 1


def _relation_end(tail: str) -> bool:
    return tail[-16:].lower().endswith(_RELATION_WORDS)


def _relation_guard(tail: str) -> bool:
    return tail[-2:].lower()[-2:] in _RELATION_LAST


def test_relation_guard_is_implied_by_the_ending_test() -> None:
    for w in _RELATION_WORDS:
        for v in (w, w.upper(), w.title(), w.swapcase(), "".join(c.upper() if k % 2 else c for k, c in enumerate(w))):
            assert _relation_guard("kế hoạch, " + v) and _relation_end("kế hoạch, " + v)
    ends = {w[-2:] for w in _RELATION_WORDS}
    end_chars = set("".join(ends))
    for c in _all_chars():
        if not set(c.lower()) & end_chars:
            continue  # (its lower case holds no letter of an ending: no tail below ends with one)
        for e in ends:
            for tail in (e[0] + c, c + e[1], "x" + c, c):
                assert _relation_guard(tail) or not _relation_end(tail), repr(tail)


def test_years_found_from_their_a_are_those_of_the_pattern() -> None:
    rng = random.Random(9)
    pieces = ["năm", "Năm", "NĂM", "nĂm", "ăm", "xnăm", "n", "ă", "m", " ", "  ", "\n", "2025", "1999", "20255", "(",
              "1890", ",", "a", "ĂM", "_năm"]
    for _ in range(30000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 9)))
        old = [(y.start() - 1, y.end(), int(y.group(1))) for y in _YEAR_AT_A.finditer(s)]
        assert _years_in(s) == old, s


def test_enumerator_guard_is_implied_by_the_pattern() -> None:
    for c in _all_chars():
        for s in (c, c + ") Tỷ lệ", c + "1) x", c + "2. x", c + "(3) x", c + " a) x", c + "x", "a" + c):
            assert _may_open_enum(s) or _ENUM_PREFIX.match(s) is None, repr(s)
    assert clean_label("(2) tỷ lệ hộ nghèo giảm") == "Tỷ lệ hộ nghèo" and clean_label("b) Số xã đạt") == "Số xã"
