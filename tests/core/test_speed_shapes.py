"""The cheap tests put in front of patterns, and the patterns rewritten for speed, decide exactly as before.

Each rewrite is compared with the plain form it replaces, on invented lines and on the sample texts; the
first-letter gates are checked against every character a case-free pattern can start with.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from desktop.core import chrome, chromelines, header
from desktop.core.extract import bylines, person_names, position_words
from desktop.core.lexicon import POSITION_STOP_WORDS, UPPER_LETTERS
from desktop.core.rx import alternation
from desktop.core.textnorm import _TONE_OLD, _TONE_RE

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
LINES = [
    "Bà Rịa-Vũng Tàu, Aaa-Bbb-Ccc Ddd, Xã-Hội abc, K’Choi và H'Bia dự; ông Y Bhim Niê",
    "Đồng chí Trần Văn Bình, Phó Bí thư Tỉnh ủy; TP.HCM và UBND tỉnh Lâm Đồng-Đắk Nông",
    "A B C, iPhone Xs, Covid-19 F0, Nguyễn-Văn A-B C-D E",
    "  hai  khoảng\ttrắng\u00a0và\u3000dấu   cách  ",
    "**Tin liên quan**", "## Thống kê truy cập", "Click vào đây", "© 2025 Báo Đồng Tháp", "(c) Cổng thông tin",
]


def _lines() -> list[str]:
    out = list(LINES)
    for p in sorted(SAMPLES.glob("*.txt")):
        out += p.read_text(encoding="utf-8").splitlines()
    return out


def test_name_runs_are_the_plain_runs_less_lone_words() -> None:
    plain = re.compile(rf"[{UPPER_LETTERS}](?<![\w'’].)[\w'’]*(?:-[\w'’]+)?(?: [{UPPER_LETTERS}][\w'’]*(?:-[\w'’]+)?)*")
    kept = 0
    for line in _lines():
        want = [m.span() for m in plain.finditer(line)
                if " " in m.group() or "-" in m.group() or m.group()[1:2] in ("'", "’")]
        got = [m.span() for m in person_names._CAP_RUN.finditer(line)]
        assert [s for s in got if s in want] == want, line
        assert all(" " in line[a:b] or "-" in line[a:b] or line[a + 1 : a + 2] in "'’" for a, b in got), line
        kept += len(want)
    assert kept > 20


def test_words_before_a_name_as_the_pattern_says() -> None:
    plain = person_names._PRE_RE
    for line in _lines():
        for pos in range(len(line) + 1):
            assert person_names.pre_context(line, pos) == (plain.search(line, max(0, pos - 48), pos) is not None)


def test_word_count_up_to_thirteen_and_over_forty() -> None:
    lines = [*_lines(), *(" ".join(["từ"] * n) for n in (11, 12, 13, 14, 39, 40, 41, 42, 90)), "a \t b", "x\u00a0 \u00a0y"]
    for line in lines:
        bare = chromelines.unmarked(line).strip()
        f = chrome.facts(line)
        assert f.words == min(len(bare.split()), 13), line
        assert chromelines.many_words(f) == (len(bare.split()) > 40), line


def test_markup_dropped_as_translate_drops_it() -> None:
    table = str.maketrans("", "", "*_#|`>")
    for line in [*_lines(), "**a**_b_#c|d`e>f"]:
        assert chromelines.unmarked(line) == line.translate(table)


def test_prose_end_as_the_pattern_says() -> None:
    plain = re.compile(r"(?:[.!?…”\"]|\./\.)\s*$")
    for line in [*_lines(), "Hết./.", "Hết.\n", "Hết. \u00a0", "“Câu.”", "Không"]:
        assert bylines._ends_prose(line) == (plain.search(line) is not None), line


def test_tone_style_pattern_matches_the_plain_alternation() -> None:
    plain = re.compile("|".join(_TONE_OLD), re.IGNORECASE)
    text = "Hoà, HOÀ, thuỷ, THUỶ, Uỷ ban, khoẻ, xoá, hoa, uy, OẠ, quý"
    assert [m.span() for m in _TONE_RE.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert len(plain.findall(text)) == 9


def _first_chars(items: list[tuple[object, object]]) -> set[str] | None:
    """Characters a parsed pattern can start with (None: any); IGNORECASE is applied by the caller."""
    c = re._constants  # type: ignore[attr-defined]
    out: set[str] = set()
    for op, av in items:
        if op is c.AT:
            continue
        if op is c.LITERAL:
            return out | {chr(av)}  # type: ignore[arg-type]
        if op is c.IN:
            chars: set[str] = set()
            for kind, value in av:  # type: ignore[attr-defined]
                if kind is c.LITERAL:
                    chars.add(chr(value))
                elif kind is c.RANGE:
                    chars.update(map(chr, range(value[0], value[1] + 1)))
                else:
                    return None  # a negated class or a category: any start
            return out | chars
        if op is c.SUBPATTERN:
            sub = _first_chars(list(av[3]))  # type: ignore[index]
        elif op is c.BRANCH:
            subs = [_first_chars(list(b)) for b in av[1]]  # type: ignore[index]
            sub = None if any(s is None for s in subs) else set().union(*subs)  # type: ignore[arg-type]
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            sub = _first_chars(list(av[2]))  # type: ignore[index]
            if sub is not None and av[0] == 0:  # type: ignore[index]
                out |= sub
                continue
        else:
            return None
        if sub is None:
            return None
        return out | sub
    return out


@pytest.mark.parametrize("pattern, firsts", [
    (chromelines._COPYRIGHT_LINE, chromelines._COPYRIGHT_FIRSTS),
    (chromelines._POINTER, chromelines._POINTER_FIRSTS),
    (chromelines._IMAGE_MARK, "[!<"),
])
def test_first_letter_gates_let_every_possible_start_through(pattern: re.Pattern[str], firsts: str) -> None:
    source = pattern.pattern.replace(r"\d", "0")  # \d: any decimal digit, which the gate lets through
    starts = _first_chars(list(re._parser.parse(source, pattern.flags)))  # type: ignore[attr-defined]
    assert starts, pattern.pattern
    case_free = re.compile("[" + re.escape("".join(sorted(starts))) + "]", re.IGNORECASE)
    bmp = (chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i <= 0xDFFF)
    assert all(ch.lower() in firsts for ch in bmp if case_free.match(ch))


def test_copyright_first_characters_are_those_that_lower_to_its_first_letters() -> None:
    chars = {chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i <= 0xDFFF}
    lowered = {ch for ch in chars if ch.lower() and ch.lower() in chromelines._COPYRIGHT_FIRSTS}
    assert lowered == set(chromelines._COPYRIGHT_FIRST_CHARS)


def test_short_headings_only_on_lines_of_a_few_words() -> None:
    for pattern, most in ((chromelines.TAIL, 6), (chromelines.COUNTER_HEADING, 5)):
        for line in _lines():
            bare = chrome.facts(line).text
            if pattern.match(bare) or pattern.match(line.strip()):
                assert chrome.facts(line).words <= most, line


def test_word_before_a_name_as_the_plain_pattern_finds_it() -> None:
    plain = re.compile(r"([\w']+)[ \u00a0]+$")
    for line in _lines():
        for end in range(0, len(line) + 1, 3):
            window = line[max(0, end - 30) : end]
            want = plain.search(window)
            assert person_names._word_before(line, end) == (want.group(1) if want else ""), window


def test_rank_tail_dropped_as_the_pattern_drops_it() -> None:
    clauses = ["Chủ tịch UBND tỉnh, Đại tá ", "Giám đốc Công an tỉnh Thiếu tướng", "xông ", "các đồng chí", "Ông ",
               "Phó Bí thư Tỉnh ủy Đồng chí  ", "Đại úy\tđồng chí bà"]
    dropped = 0
    for clause in clauses + _lines():
        want = position_words.RANK_TAIL.sub("", clause)
        assert position_words.drop_rank_tail(clause) == want, clause
        dropped += want != clause
    assert dropped >= len(clauses) - 1


def test_widget_gate_lets_every_possible_start_through() -> None:
    source = chromelines._WIDGET.pattern.replace(r"\d", "0")  # \d: any decimal digit, which the gate lets through
    starts = _first_chars(list(re._parser.parse(source, chromelines._WIDGET.flags)))  # type: ignore[attr-defined]
    assert starts and "0" in starts
    case_free = re.compile("[" + re.escape("".join(sorted(starts))) + "]", re.IGNORECASE)
    bmp = (chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i <= 0xDFFF)
    assert all(ch in chromelines._WIDGET_STARTS or ch.isdecimal() for ch in bmp if case_free.match(ch))


def test_organ_pattern_finds_what_the_plain_alternation_finds() -> None:
    plain = re.compile(r"\b(?:(?:Huyện|Tỉnh|Thành|Thị|Đảng|Quận|HUYỆN|TỈNH|THÀNH|THỊ|ĐẢNG|QUẬN)\s+(?:ủy|uỷ|ỦY|UỶ)|"
                       r"UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân|Đảng bộ|ỦY BAN NHÂN DÂN|ĐẢNG BỘ)"
                       r"(?:\s+(?i:xã|phường|thị trấn|thị xã|huyện|quận|thành phố|tỉnh|đặc khu))?(?=\s)")
    invented = ["HUYỆN ỦY ĐẮK MÂY: Tổ chức hội nghị", "Phó Chủ tịch UBND tỉnh Phạm Văn An ", "xUBND xã , UBND  Xã Hòa ",
                "Đảng bộ huyện Tân Lập ", "Đảng ủy UBND tỉnh ", "ĐẢNG BỘ TỈNH ", "Thị ủy Bình Minh ", "Quận  uỷ ",
                "Hội đồng nhân dân thành phố ", "Ủy ban nhân dân phường 3 ", "Uỷ ban nhân dân ĐẶC KHU ", "HĐND\n"]
    found = 0
    for line in invented + _lines():
        line += " "
        assert [(m.span(), m.group()) for m in header._ORGAN.finditer(line)] == \
               [(m.span(), m.group()) for m in plain.finditer(line)], line
        found += len(plain.findall(line))
    assert found >= len(invented) - 1


def test_photo_credits_only_where_their_words_are() -> None:
    invented = ["Ảnh: Minh Tâm", "Tin, ảnh: Thu Hà - Minh Đức", "Video: Lê Văn Hòa", "Clip: Đỗ An", "Bài và ảnh: Trần Thị Mai",
                "Ánh: Hồ Nam"]
    for line in invented + _lines():
        if bylines._PHOTO.search(line):
            assert any(w in line for w in bylines._PHOTO_WORDS), line
    assert all(bylines._PHOTO.search(line) for line in invented[:5])


def test_position_stops_as_the_plain_pattern_finds_them() -> None:
    plain = re.compile(rf"(?:^|\s)(?:{alternation(POSITION_STOP_WORDS)})(?![\w])|"
                       rf"\svà\s+(?![{UPPER_LETTERS}\d])(?=\w)")
    body_before = re.compile(r"(?:Ban|ban|nghệ|Sở|Cổng|Trang|Trung tâm)\s*$")
    more = re.compile(r"\s(?:cũng|thừa ủy quyền|thừa uỷ quyền|thay mặt|dẫn đầu|về dự|đến dự)(?![\w])")
    segs = ["chủ trì hội nghị", " chủ trì", "và lãnh đạo", "Phó Chủ tịch UBND huyện và lãnh đạo các phòng",
            "Sở Nông nghiệp và Môi trường và 3 xã", "Trưởng Ban \t chỉ đạo huyện phát biểu", "Giám đốc Sở\u00a0phát biểu",
            "Trung tâm\nthông tin và dẫn đầu đoàn", "ban chỉ đạo, Cổng  thông tin", "nói", "", "Chủ tịch xã Tân An nói, "
            "cảm ơn và\u00a0đón các đồng chí"]
    found = 0
    for seg in segs + _lines():
        want = [m.span() for m in plain.finditer(seg) if not body_before.search(seg, 0, m.start())]
        want += [m.span() for m in more.finditer(seg)]
        assert [m.span() for m in position_words.stops(seg)] == want, seg
        found += len(want)
    assert found > 20
