"""Speed shapes of the layout part (second session): the date hits of the meeting reader, found around their
separators, are the hits of one scan of the whole text; the presiding words, looked for by the first characters
they share, stand where each word looked for alone stands."""

from __future__ import annotations

import random
import re
import sys

from desktop.core.extract import meeting
from desktop.core.model import Span

# the plain reader: one finditer over the whole text
_OLD_HIT = re.compile(r"[0-9](?<![\w/.,][0-9])(?:[0-9]?\s*(?:và|-|–|đến(?:\s+(?:hết\s+)?ngày)?)\s*[0-9]{1,2})?"
                      r"[0-9]?(?:[/.-][0-9]|\s+tháng\s+[0-9])")


def _old_hits(text: str) -> list[Span]:
    return [m.span() for m in _OLD_HIT.finditer(text)]


def test_hit_pattern_unchanged() -> None:
    assert meeting._DATE_HIT.pattern == _OLD_HIT.pattern


def test_run_characters_are_all_blanks_digits_and_span_letters() -> None:
    spaces = {c for c in map(chr, range(sys.maxunicode + 1)) if re.fullmatch(r"\s", c)}
    assert spaces <= set(meeting._IN_HIT)
    assert set("0123456789") | set("và-–đếnhtgy") <= set(meeting._IN_HIT)


def test_invented_lines() -> None:
    lines = ["Chiều 26/3, tại hội nghị", "Ngày 26 và 27/3/2025 diễn ra", "từ ngày 08 đến ngày 09 tháng 11 năm 2025",
             "Số 35-CT/TW ngày 5-12-2024", "tỷ lệ 5.3% và 1-2/3 xã", "http://a.vn/12/3", "Kỳ họp 10 đến hết ngày 12/7",
             "  1\u3000-\xa02/3", "a1/2 1,2/3 .5.6", "2 tháng 3, 4 tháng  5", ""]
    for t in lines:
        assert meeting.date_hits(t) == _old_hits(t), t


def test_random_texts() -> None:
    rnd = random.Random(7)
    parts = ["1", "2", "12", "26", "2025", "/", ".", "-", "–", " ", "  ", "\n", "\u3000", "\xa0", "\t", "và", "đến",
             "hết", "ngày", "tháng", "năm", "x", "a", "Sáng", ",", "CT/TW", "ng", "y", "đ", "h", "/3", ".4", "-5",
             " tháng 3"]
    for _ in range(40000):
        t = "".join(rnd.choice(parts) for _ in range(rnd.randint(1, 60)))
        assert meeting.date_hits(t) == _old_hits(t), t


def _old_chair_words(text: str) -> list[int]:
    """The plain reader: each word looked for on its own."""
    out: list[int] = []
    for w in meeting._CHAIR_WORDS:
        i = text.find(w)
        while i >= 0:
            out.append(i)
            i = text.find(w, i + 1)
    return sorted(out)


def test_every_word_is_in_its_scan() -> None:
    looked = [w for head, group in meeting._CHAIR_SCANS for w in group if w.startswith(head)]
    assert sorted(looked) == sorted(meeting._CHAIR_WORDS)


def test_chair_invented_lines() -> None:
    lines = ["Đồng chí Lê Văn An chủ trì hội nghị", "dưới sự chủ tọa của đồng chí", "Chủ toạ: ông Bình",
             "CHỦ TRÌ HỘI NGHỊ", "phát biểu chỉ đạo, điều hành", "hủ t hủ tr chủ trìchủ trì", "CHỈ ĐẠO chỉ đạo", ""]
    for t in lines:
        assert meeting._chair_words(t) == _old_chair_words(t), t


def test_chair_random_texts() -> None:
    rnd = random.Random(11)
    parts = ["c", "C", "hủ", "hủ t", "rì", "ọa", "oạ", "hủ trì", "hủ tọa", "hủ toạ", "iều hành", "hỉ đạo", "HỦ TRÌ",
             "HỈ ĐẠO", "HỦ", " ", "h", "ủ", "t", "đạo", "đ"]
    for _ in range(20000):
        t = "".join(rnd.choice(parts) for _ in range(rnd.randint(0, 30)))
        assert meeting._chair_words(t) == _old_chair_words(t), t
