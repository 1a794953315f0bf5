import re

import pytest

from desktop.core.vnnum import (
    CODE_RE,
    as_json_number,
    find_dates,
    format_number,
    has_digit,
    may_have_code,
    parse_number,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [("1.000", 1000), ("14,5", 14.5), ("3.956", 3956), ("570,3", 570.3), ("12.085", 12085), ("1,2", 1.2),
     ("2.091,9", 2091.9), ("07", 7), ("98.450", 98450), ("0,5", 0.5)],
)
def test_parse_number_vietnamese(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


def test_format_number_round_trips() -> None:
    for x in (1000, 14.5, 2091.9, 98450, 0.25):
        assert parse_number(format_number(x)) == pytest.approx(x)
    assert format_number(1234.5) == "1.234,5"


def test_json_numbers_are_ints_when_whole() -> None:
    assert as_json_number(1000.0) == 1000 and isinstance(as_json_number(1000.0), int)
    assert as_json_number(14.5) == 14.5


def test_dates_numeric_and_words() -> None:
    ds = find_dates("Ngày 15/7/2024, họp; chiều 26/3 và ngày 22 tháng 7 năm 2024")
    assert [(d.day, d.month, d.year) for d in ds] == [(15, 7, 2024), (26, 3, None), (22, 7, 2024)]
    assert ds[0].iso() == "2024-07-15" and ds[1].iso() is None


def test_percentages_and_ratios_are_not_dates() -> None:
    assert find_dates("đạt 8,5% kế hoạch") == []
    assert find_dates("15/18 xã") == []  # month 18 does not exist


@pytest.mark.parametrize(
    "code",
    ["18-NQ/TU", "02-NQ/TU", "2846/QĐ-UBND", "35/2023/UBTVQH15", "01-QC/ĐU", "58/2024/QH15", "08/2025/QĐ-UBND",
     "18-CT/TU", "215/TB-UBND"],
)
def test_document_codes(code: str) -> None:
    m = CODE_RE.search(f"theo văn bản số {code} ngày 1/10/2021")
    assert m and m.group(0) == code


def test_codes_are_not_ratios_or_dates() -> None:
    assert CODE_RE.search("đạt 13/22 nhóm mục tiêu ngày 26/3") is None


def test_has_digit_agrees_with_a_digit_search() -> None:
    texts = ["", "không có số", "Đồng chí Bí thư", "năm 2025", "9", "x0", "ngày 1/10", "đạt 14,5%", "Nghị quyết 18-NQ/TU"]
    for t in texts + [t * 40 for t in texts]:
        assert has_digit(t) == bool(re.search(r"[0-9]", t)), t


def test_may_have_code_agrees_with_a_dash_or_slash_before_a_capital() -> None:
    texts = ["", "-", "/", "a-b", "18-NQ/TU", "số 2846/QĐ-UBND", "ngày 1/10/2021 - Đảng ủy", "x/Ơ", "kinh tế - xã hội",
             "35/2023/UBTVQH15", "1/10", "-NQ", "ký hiệu/Đ"]
    for t in texts + [t + " " + t for t in texts]:
        assert may_have_code(t) == bool(re.search(r"[-/][A-ZĐƯƠÂĂÊÔ]", t)), t
