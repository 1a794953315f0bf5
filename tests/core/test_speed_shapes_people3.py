"""Speed rewrites of the people, counts and documents readers give what the patterns they replace gave."""

from __future__ import annotations

import random
import re

from desktop.core.extract.person_names import _word_before

# the pattern _word_before reads without: the word right before a name, and the blanks after it
_WORD_BEFORE = re.compile(r"(?<![\w'])([\w']+)[ \u00a0]+$")


def test_word_before_is_the_pattern_search() -> None:
    rng = random.Random(7)
    alphabet = "ab ỉ\u00a0'_2.,Đ\t-²"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 45)))
        pos = rng.randint(0, len(text))
        m = _WORD_BEFORE.search(text[max(0, pos - 30) : pos])
        assert _word_before(text, pos) == (m.group(1) if m else ""), (text, pos)


def test_place_word_before_a_name() -> None:
    text = "Đoàn công tác đến thăm tỉnh  Hà Giang và gặp ông Trần Văn Dũng"
    assert _word_before(text, text.index("Hà")) == "tỉnh"
    assert _word_before(text, text.index("Trần")) == "ông"
    assert _word_before(text, 0) == ""


def _random_texts(alphabet: str | list[str], count: int, longest: int) -> list[str]:
    rng = random.Random(11)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def test_ratio_scan_from_its_first_slash_finds_every_ratio() -> None:
    from desktop.core.extract.count_mentions import _RATIO, _ratio_scan_from

    texts = [*_random_texts("12 0/.,%a\u00a0٣-", 20000, 30), "đạt 13/22 nhóm, 5 / 7 xã; 12,5% / 20%", "năm 2025/2026"]
    for t in texts:
        slash = t.find("/")
        got = [m.span() for m in _RATIO.finditer(t, _ratio_scan_from(t, slash))] if slash >= 0 else []
        assert got == [m.span() for m in _RATIO.finditer(t)], t


def test_code_scan_from_its_first_mark_finds_every_code() -> None:
    from desktop.core.vnnum import CODE_RE, code_scan_from, may_have_code

    texts = [*_random_texts("12/-NQĐƯx ٣9", 20000, 24), "Nghị quyết số 18-NQ/TU, 92/2009/TT-BTC và 8/QĐ-UB"]
    for t in texts:
        lo = code_scan_from(t)
        assert (lo >= 0) == may_have_code(t), t
        got = [m.span() for m in CODE_RE.finditer(t, lo)] if lo >= 0 else []
        assert got == [m.span() for m in CODE_RE.finditer(t)], t


def test_short_citations_of_a_line_without_de_an_as_the_full_pattern_finds_them() -> None:
    from desktop.core.extract.documents import _SHORT, _SHORT_ASCII, _short_citations

    lines = ["Theo Kế hoạch số 15 và Quyết định 120, Dự án 3 ngày 2/9", "xDự án 4, Luật 12 năm, Quy chế 7."]
    for t in lines + _random_texts(["Luật ", "Dự án ", "số ", "12", "7", ",", "x", "Đ"], 3000, 8):
        assert [m.span() for m in _SHORT_ASCII.finditer(t)] == [m.span() for m in _SHORT.finditer(t)], t
    assert [c[:2] for c in _short_citations("Đề án 05 và Kế hoạch số 120 của tỉnh", 0)] == [
        ("Đề án", "05"), ("Kế hoạch", "120")]
