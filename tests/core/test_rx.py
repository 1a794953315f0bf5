"""The fast-shaped patterns match exactly what their plain spelling matches.

desktop/core/rx.py and a few patterns elsewhere are written so that Python's ``re`` can skip
ahead (a plain first character, look-behinds after it). These tests compare each of them with
the straightforward pattern it replaces, on the sample texts and on edge cases written here.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from desktop.core.extract.common import _SENT_END
from desktop.core.extract.indicators import _Sentence
from desktop.core.lexicon import DOC_KINDS, UPPER_LETTERS
from desktop.core.rx import alternation, choice, words
from desktop.core.vnnum import CODE_RE, NUMBER_RE, YEAR_RE, find_dates

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
EDGES = [
    "Nghị quyết số 18, xNghị quyết 19, NGHỊ QUYẾT 20, nghị quyết 21; Luật 3 và Luật đất đai",
    "(Kế hoạch 05) và “Đề án 06” — Chỉ thị 7.",
    "năm 2025, Năm 2024, NĂM 2023, xnăm 2022, năm 20251, năm  2021",
    "H2 tăng 1.234,5 tỷ; 12/15 xã; 1/10/2021; 3.5 triệu; 2.091,9; 07 hồ sơ; a1 b2; /12 -3 ,4 .5",
    "18-NQ/TU, 2846/QĐ-UBND, 35/2023/UBTVQH15, x12-NQ/TU, /12-NQ, -3-KH/UBND, 123456-NQ",
    "nghị QUYẾT 5, _Luật 1, 5Chỉ thị 2, ĐĐề án 3, (Luật) và\nKế hoạch 4, Thông tư liên tịch 6, Thông tưx 7",
    "Hết. Sau đó... Tiếp theo… “Kết thúc.” (1) Mục - Dòng./. Cuối! Hỏi? 3. Số",
]


def _texts() -> list[str]:
    return EDGES + [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]


def _spans(p: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in p.finditer(text)]


@pytest.mark.parametrize("ignore_case", [False, True])
def test_words_matches_the_plain_whole_word_alternation(ignore_case: bool) -> None:
    flags = re.IGNORECASE if ignore_case else 0
    plain = re.compile(rf"(?<![\w])(?:{alternation(DOC_KINDS)})(?![\w])", flags)
    fast = re.compile(rf"{words(DOC_KINDS, ignore_case=ignore_case)}(?![\w])")
    found = 0
    for text in _texts():
        assert _spans(fast, text) == _spans(plain, text)
        found += len(_spans(plain, text))
    assert found > 10  # the texts do contain what is compared


def test_alternation_keeps_the_longest_first_order() -> None:
    p = re.compile(f"(?:{alternation(['Bí thư', 'Phó Bí thư', 'Phó Chủ tịch', 'Chủ tịch'])})")
    assert [m.group() for m in p.finditer("Phó Bí thư và Chủ tịch, Phó Chủ tịch")] == [
        "Phó Bí thư", "Chủ tịch", "Phó Chủ tịch"]


def test_choice_accepts_the_same_lines_as_the_plain_case_free_alternation() -> None:
    alternatives = ["tin liên quan", "tin khác", "bình luận", r"bình luận \(\d+\)", r"\d+ bình luận",
                    "từ khóa:?.*", "[•·]+", "ý kiến bạn đọc", "ảnh"]
    plain = re.compile(f"^(?:{'|'.join(alternatives)})$", re.IGNORECASE)
    fast = re.compile(f"^{choice(alternatives)}$")
    lines = ["Tin liên quan", "TIN KHÁC", "bình luận (12)", "12 Bình luận", "Từ khóa: Nghị quyết", "••",
             "Ý kiến bạn đọc", "Ảnh", "Tin liên quan khác", "bình luận (x)", "Ảnh: Minh Anh"]
    lines += [ln.strip() for t in _texts() for ln in t.splitlines() if ln.strip()]
    assert [bool(fast.match(x)) for x in lines] == [bool(plain.match(x)) for x in lines]
    assert sum(bool(plain.match(x)) for x in lines) >= 7


def test_number_code_and_year_patterns_match_their_plain_spelling() -> None:
    number = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
    plain_number = re.compile(rf"(?<![\w.,/])(?:{number})(?![\w]|[.,]\d)")
    up = "A-ZĐƯƠÂĂÊÔ"
    plain_code = re.compile(
        rf"(?<![\w/-])(\d{{1,5}})((?:/\d{{4}})?(?:[-/][{up}][{up}a-zđ0-9]*(?:-[{up}0-9][{up}a-zđ0-9]*)*)+)(?![\w/])")
    plain_year = re.compile(r"\bnăm\s+((?:19|20)\d{2})\b", re.IGNORECASE)
    for text in _texts():
        assert _spans(NUMBER_RE, text) == _spans(plain_number, text)
        assert _spans(CODE_RE, text) == _spans(plain_code, text)
        assert _spans(YEAR_RE, text) == _spans(plain_year, text)


def test_sentence_ends_match_their_plain_spelling() -> None:
    plain = re.compile(rf"(?:\.{{3}}|…|[.!?])(?:[\"”’)]*)(?=\s+(?:[\"“(]?[{UPPER_LETTERS}0-9]|[-–•]))|\./\.")
    for text in _texts():
        assert _spans(_SENT_END, text) == _spans(plain, text)


def test_dates_of_a_clause_read_from_its_sentence_are_those_of_the_clause_alone() -> None:
    """Clause edges as the value loop makes them: a clause starts after a blank or ";", a value
    starts after anything but a letter, a digit or ".,/-"."""
    rnd = random.Random(11)
    sentences = [
        "Ngày 26/3/2025, tại Hội nghị lần thứ 5 ngày 1/10/2021, đạt 95% so với ngày 3 tháng 9 năm 2024.",
        "Thực hiện Nghị quyết 18-NQ/TU ngày 1/10/2021 và Kế hoạch ngày 15 tháng 8 năm 2025 (đến 30/6).",
        *[s for t in _texts() for s in re.split(r"(?<=[.;])\s+", t) if re.search(r"\d", s)][:40],
    ]
    checked = 0
    for sent in sentences:
        facts = _Sentence(sent)
        starts = [0] + [i + 1 for i, c in enumerate(sent) if c.isspace() or c == ";"]
        ends = [i for i in range(1, len(sent)) if not (sent[i - 1].isalnum() or sent[i - 1] in "_.,/-")]
        for _ in range(30 if ends else 0):
            a, b = rnd.choice(starts), rnd.choice(ends)
            if a < b:
                assert facts.dates_in(a, b) == find_dates(sent[a:b]), (sent, a, b)
                checked += 1
    assert checked >= 60


def test_one_space_is_the_plain_white_space_squeeze() -> None:
    from desktop.core.extract.indicators import _one_space

    pieces = ["", " ", "a b", "a  b", "a\tb", "a\u00a0b", "a\u2009b", " a \n b ", "a \u3000 b", "tỷ lệ  hộ nghèo"]
    pieces += [ln for t in _texts() for ln in t.split(";")]
    for s in pieces:
        assert _one_space(s) == re.sub(r"\s+", " ", s), repr(s)
    assert sum(_one_space(s) != s for s in pieces) >= 5  # the squeeze does change some of them


def test_sentences_skip_the_scan_only_where_no_mark_stands_inside() -> None:
    from desktop.core.extract.common import _split_sentences

    def plain(text: str) -> list[tuple[int, int, str]]:
        out, pos = [], 0
        for m in _SENT_END.finditer(text):
            if m.end() > pos and text[pos : m.end()].strip():
                seg = text[pos : m.end()]
                lead = len(seg) - len(seg.lstrip())
                out.append((pos + lead, pos + lead + len(seg.strip()), seg.strip()))
            pos = max(pos, m.end())
        if text[pos:].strip():
            seg = text[pos:]
            lead = len(seg) - len(seg.lstrip())
            out.append((pos + lead, pos + lead + len(seg.strip()), seg.strip()))
        return out

    lines = ["Một câu.", "  Một câu có dấu cuối.  ", "Câu một. Câu hai.", "Hỏi? Đáp!", "Chờ… Tiếp", "Không dấu",
             "Kết thúc./.", "1.000 tỷ đồng. Tiếp theo", ""]
    lines += [ln for t in _texts() for ln in t.splitlines()]
    for ln in lines:
        assert list(_split_sentences(ln)) == plain(ln), ln
    assert sum(len(plain(ln)) > 1 for ln in lines) >= 5
