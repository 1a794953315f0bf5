"""Speed rewrites of the indicator readers that must match what they replaced, on invented texts."""

from __future__ import annotations

import random
import re

from desktop.core.extract.indicator_label import label_of_value
from desktop.core.extract.indicator_units import _TOKEN, _tokens, read_unit
from desktop.core.extract.indicator_values import _ANY_VALUE, RATE_BASE, find_values
from desktop.core.extract.label_clean import _blanks_as_one, clean_label, strip_numbers
from desktop.core.vnnum import number

# the pattern _ANY_VALUE was before its number was read possessive
_GLUED = r"\w.,/-"
_ANY_VALUE_BEFORE = re.compile(rf"{number(_GLUED)}(?=\s+[^\W\d_]|[^\W\d_]|\s*%|/{RATE_BASE}\s)")


def _spans(rx: re.Pattern[str], s: str) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(s)]


def test_any_value_possessive_matches_the_same() -> None:
    rng = random.Random(7)
    letters = "0123456789.,/ %-aăZ\n(x"
    for _ in range(20000):
        s = "".join(rng.choice(letters) for _ in range(rng.randint(1, 14)))
        assert _spans(_ANY_VALUE, s) == _spans(_ANY_VALUE_BEFORE, s), s
    for s in ("Năm 2025 trồng 1.200,5 ha rừng, 12,5% hộ nghèo, 4/100.000 trẻ, 1.2345 tấn, 21/1/2025 và 3.",
              "Đạt 1.250.000 đồng/người; 07 xã, 2,5%/năm, 10.000 người"):
        assert _spans(_ANY_VALUE, s) == _spans(_ANY_VALUE_BEFORE, s)


def test_values_of_invented_sentences() -> None:
    vals = find_values("Toàn huyện trồng mới 1.200,5 ha rừng, xây 12 nhà văn hóa, giảm 2,5% hộ nghèo năm 2025.")
    assert [(v.num, v.unit) for v in vals] == [("1.200,5", "ha"), ("12", "nhà văn hóa"), ("2,5", "%")]


def test_tokens_match_the_regex() -> None:
    rng = random.Random(3)
    letters = "aă Z9.,/ -\t²_%\u00a0(đ1"
    for _ in range(20000):
        w = "".join(rng.choice(letters) for _ in range(rng.randint(0, 12)))
        assert _tokens(w) == _TOKEN.findall(w), w
    assert read_unit("41 xã, phường và thị trấn đạt chuẩn", 3) == ("xã, phường và thị trấn", 25)
    assert read_unit("18 ca sinh/1.000 phụ nữ", 3) == ("ca sinh/1.000 phụ nữ", 23)


def test_blanks_as_one_is_the_sub() -> None:
    rng = random.Random(5)
    letters = " \t\n\u00a0a\u2003b\x1c"
    for _ in range(20000):
        s = "".join(rng.choice(letters) for _ in range(rng.randint(0, 8)))
        assert _blanks_as_one(s) == re.sub(r"\s+", " ", s), s
    assert strip_numbers(" Tỷ lệ  hộ nghèo 2,5%  ") == " Tỷ lệ hộ nghèo "
    assert clean_label("và toàn huyện có tỷ lệ hộ nghèo đạt") == "Tỷ lệ hộ nghèo"


def test_sums_in_two_units() -> None:
    """The scan for sums written in two units runs only when the sentence has both units of a pair."""
    def read(s: str) -> list[tuple[str, str]]:
        return [(v.num, v.unit) for v in find_values(s)]

    assert read("Tổng thu ngân sách đạt 394 tỷ 581 triệu đồng.") == [("394,581", "tỷ đồng")]
    assert read("Mỗi hộ được hỗ trợ 2 triệu 500 ngàn đồng.") == [("2,500", "triệu đồng")]
    assert read("Kinh phí 5 tỷ 300 nghìn đồng, thu 12 tỷ đồng.") == [("300", "nghìn đồng"), ("12", "tỷ đồng")]


def test_percentage_named_after_it() -> None:
    assert label_of_value("Kết quả, có chuyển biến: ", " hồ sơ được giải quyết đúng hạn", "%", "") == \
        "Hồ sơ được giải quyết đúng hạn"
    assert label_of_value("tỷ lệ hộ nghèo (theo chuẩn mới) giảm còn ", " so với năm 2024", "%", "") == \
        "Tỷ lệ hộ nghèo (theo chuẩn mới)"


def test_percentage_read_from_the_last_piece_of_its_clause() -> None:
    """Whether the words before a % name something is read from after the clause's last "," or "("."""
    after = " hồ sơ vi phạm được xử lý"
    assert label_of_value("Kết quả kiểm tra, xử lý ", after, "%", "") == "Xử lý"
    assert label_of_value("Qua rà soát (trong quý ", after, "%", "") == "Hồ sơ vi phạm được xử lý"
    assert label_of_value("Sau kiểm tra đạt ", after, "%", "") == "Sau kiểm tra"


def test_comma_pairs_joined() -> None:
    """Segments are joined only after a word that starts a pair or a kind of administrative unit."""
    from desktop.core.extract.indicator_label import _joined_pairs

    assert _joined_pairs(["sản xuất nông", " lâm nghiệp", " thủy sản"]) == ["sản xuất nông, lâm nghiệp", " thủy sản"]
    assert _joined_pairs(["các huyện", " thị xã", " thành phố đạt"]) == ["các huyện, thị xã, thành phố đạt"]
    assert _joined_pairs(["trồng rừng", " lâm nghiệp", ""]) == ["trồng rừng", " lâm nghiệp", ""]
