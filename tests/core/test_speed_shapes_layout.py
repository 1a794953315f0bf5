"""The layout reader's cheaper shapes decide exactly as the plain forms they replace.

Each guard is compared with the plain form, written out here, on invented lines (fictional units and people) and
on every line of the sample texts; the first-character guards are checked against every Unicode character.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from desktop.core import chrome, chrome_teasers, chromelines, header

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
LINES = [
    "Thống kê truy cập", "ĐANG ONLINE:", "Lượt truy cập", "ſố lượt xem", "Online", "Tổng số người truy cập",
    "Xem thêm:", "» Tin liên quan", "> Đọc thêm", "Có thể bạn quan tâm", "BÀI LIÊN QUAN:",
    "Hội nghị kết thúc lúc 11 giờ.", "Ông Trần Văn Bình nói: “Xong.”", "Đã thông qua (xem Phụ lục 2.)",
    'Kết luận: "đồng ý."', "Tiếp tục thực hiện./.", "Nơi nhận:", "TRẦN VĂN BÌNH", "(1)", "”", ".", ")",
    "Số: 12/TB-UBND", "THÔNG BÁO", "  KẾ HOẠCH NHANH", ": BÁO CÁO", "ỦY BAN NHÂN DÂN XÃ TÂN AN",
    "HUYỆN ỦY HÒA PHONG", "UBND XÃ TÂN AN", "CHI BỘ THÔN 3", "BAN THƯỜNG VỤ HUYỆN ỦY", "ĐẢNG BỘ XÃ",
    "12", "2026", "- Đồng chí Lê Thị Hoa", "«", "", "anh-hoi-nghi.JPG", "so do (1).tiff", "logo.webp\n",
    "Hôm nay: 1.254", "• Lượt xem: 12,5", "ſố lượt truy cập 3", "\tOnline 12", "Tuần này 7.", "- Đang online: 4",
    "Chủ tịch UBND xã Tân An phát biểu tại hội nghị.", "bia.gif", "Ảnh: hoi-nghi.png",
]


def _lines() -> list[str]:
    out = list(LINES)
    for p in sorted(SAMPLES.glob("*.txt")):
        out += [t.strip() for t in p.read_text(encoding="utf-8").splitlines()]
    return out


def _matching_chars(cls: str, flags: int = 0) -> set[str]:
    p = re.compile(cls, flags)
    return {c for c in map(chr, range(sys.maxunicode + 1)) if p.match(c)}


def test_first_character_guards_hold_every_character_a_pattern_starts_with() -> None:
    assert _matching_chars("[tsđlno]", re.IGNORECASE) <= set(chrome._COUNTER_FIRSTS)
    assert _matching_chars("[>»xđtbc]", re.IGNORECASE) <= set(chrome_teasers._READ_MORE_FIRSTS)
    assert {"S", "T", "H", "Đ", "Ủ", "U", "B", "C"} <= set(header._HEADER_FIRSTS)
    assert _matching_chars("[stlnkđoh•·-]", re.IGNORECASE) <= set(chromelines._COUNTER_STARTS)
    assert _matching_chars("[gfp\n]", re.IGNORECASE) <= set(chromelines._IMAGE_FILE_LASTS)


def test_guarded_tests_decide_as_the_patterns_alone() -> None:
    for t in _lines():
        assert (t[:1] in chrome._COUNTER_FIRSTS and chrome.COUNTER_HEADING.match(t) is not None) \
            == (chrome.COUNTER_HEADING.match(t) is not None), t
        assert (t[:1] in chrome_teasers._READ_MORE_FIRSTS and chrome_teasers._READ_MORE.match(t) is not None) \
            == (chrome_teasers._READ_MORE.match(t) is not None), t
        b0 = t[:1]
        assert ((b0 in chromelines._COUNTER_STARTS or b0.isspace()) and chromelines._COUNTER.match(t) is not None) \
            == (chromelines._COUNTER.match(t) is not None), t
        assert (t[-1:] in chromelines._IMAGE_FILE_LASTS and chromelines._IMAGE_FILE.match(t) is not None) \
            == (chromelines._IMAGE_FILE.match(t) is not None), t
        assert (t[:1] in header._HEADER_FIRSTS and header._HEADER_LINE.match(t) is not None) \
            == (header._HEADER_LINE.match(t) is not None), t


def test_doc_type_is_read_as_before() -> None:
    def plain(line: str) -> str | None:
        t = line.strip(" :")
        if t in header.DOC_TYPES:
            return t
        head, _, extra = t.rpartition(" ")
        return t if head in header.DOC_TYPES and extra.isalpha() else None

    for t in _lines():
        assert header.doc_type(t) == plain(t), t


def test_line_facts_end_and_letter_tests_are_the_plain_ones() -> None:
    for t in _lines():
        f = chromelines.facts(t)
        bare = f.text
        ends = bare.endswith(chromelines.SENTENCE_END)
        words = len(bare.split(None, 12))
        if not (t[:1] == "#" and chromelines.MD_HEADING.match(t)) and not (bare.endswith(")")
                                                                           and chromelines.DATED_TITLE.search(bare)):
            assert f.short_title == (words <= 6 and not ends and chromelines.LETTER.search(bare) is not None), t
            if ends and words >= 4:
                assert f.sentence, t
            if not ends and words < 12:
                assert not f.sentence, t
