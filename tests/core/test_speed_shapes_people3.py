"""Speed rewrites of the people, counts and documents readers give what the patterns they replace gave."""

from __future__ import annotations

import random

from desktop.core.extract.person_names import _WORD_BEFORE, _word_before


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
