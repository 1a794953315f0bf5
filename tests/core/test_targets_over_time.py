"""A unit's targets across its reports (issue 17, item 2): indicators grouped when their labels share their
content words (without diacritics) and their units are the same, one series per target in date order, a plan
and a result of one report both kept. Indicators are invented."""

from __future__ import annotations

import json
from datetime import date

import pytest

from desktop.core.model import Indicator, Report, ReviewStatus
from desktop.core.targets_over_time import (
    LABEL_THRESHOLD,
    PLAN,
    RESULT,
    Point,
    label_of,
    role_of,
    same_target,
    series_of,
    targets_over_time,
    unit_key,
)
from tests.conftest import GOLD

Q1, H1, Q3, YEAR = date(2025, 4, 5), date(2025, 7, 8), date(2025, 10, 6), date(2026, 1, 9)


def ind(label: str, value: float, unit: str, **kw: object) -> Indicator:
    return Indicator(label=label, value=value, unit=unit, **kw)  # type: ignore[arg-type]


def four_reports() -> list[tuple[date, list[Indicator]]]:
    return [
        (H1, [ind("Thu ngân sách nhà nước trên địa bàn (kế hoạch năm)", 215, "tỷ đồng", rel="row-plan", ref="r1"),
              ind("Thu ngân sách nhà nước trên địa bàn (thực hiện 6 tháng)", 126.8, "tỷ đồng", rel="row-actual",
                  ref="r1"),
              ind("Thu ngân sách nhà nước trên địa bàn (tỷ lệ % so KH)", 59, "%", rel="row-rate", ref="r1"),
              ind("Thu ngân sách nhà nước trên địa bàn tăng so với cùng kỳ", 8.2, "%")]),
        (Q1, [ind("Thu ngân sách nhà nước trên địa bàn", 61.5, "tỉ đồng"),
              ind("Chi ngân sách nhà nước", 88, "tỷ đồng")]),
        (YEAR, [ind("Tổng thu ngân sách nhà nước", 231.4, "Tỷ  đồng"),
                ind("Thu ngan sach nha nuoc tren dia ban tang", 12, "%")]),
        (Q3, [ind("Thu ngân sách nhà nước trên địa bàn 9 tháng", 180.2, "tỷ đồng"),
              ind("Chi ngân sách nhà nước 9 tháng", 190, "tỷ đồng")]),
    ]


def test_revenue_over_four_reports_is_one_series_in_date_order() -> None:
    series = series_of(four_reports())
    revenue = [s for s in series if s.unit_key() == "ty dong" and s.points[0].value == 61.5]
    assert len(revenue) == 1
    [s] = revenue
    assert s.points == [Point(Q1, 61.5, RESULT), Point(H1, 215, PLAN), Point(H1, 126.8, RESULT),
                        Point(Q3, 180.2, RESULT), Point(YEAR, 231.4, RESULT)]
    assert s.label == "Tổng thu ngân sách nhà nước"  # the latest report's wording
    assert s.dates() == [Q1, H1, Q3, YEAR]


def test_a_same_words_indicator_in_another_unit_stays_apart() -> None:
    series = series_of(four_reports())
    percent = [s for s in series if s.unit_key() == "%"]
    assert [[p.value for p in s.points] for s in percent] == [[8.2, 12]]  # the rise; the rate column left out
    assert all(p.value != 59 for s in series for p in s.points)


def test_spending_never_joins_revenue() -> None:
    series = series_of(four_reports())
    spending = [s for s in series if "Chi" in s.label]
    assert [[(p.on, p.value) for p in s.points] for s in spending] == [[(Q1, 88), (Q3, 190)]]
    assert len(series) == 3


def test_a_report_with_a_plan_and_a_result_keeps_both() -> None:
    [s] = series_of([(H1, [ind("Giải ngân vốn đầu tư công đến ngày 31/12/2025", 95, "%", qualifier="trên"),
                           ind("Giải ngân vốn đầu tư công", 41.2, "%", qualifier="đạt")])])
    assert s.points == [Point(H1, 95, PLAN), Point(H1, 41.2, RESULT)]
    [s] = series_of([(H1, [ind("Giải ngân vốn đầu tư công", 41.2, "%", qualifier="đạt"),
                           ind("Giải ngân vốn đầu tư công (kế hoạch)", 95, "%")])])
    assert s.points == [Point(H1, 95, PLAN), Point(H1, 41.2, RESULT)]  # the plan first, as written or not


def test_two_figures_of_one_report_with_one_role_are_two_targets() -> None:
    series = series_of([(H1, [ind("Đo đạc bản đồ địa chính tỷ lệ 1/500", 120, "ha"),
                              ind("Đo đạc bản đồ địa chính tỷ lệ 1/2.000", 800, "ha")]),
                        (YEAR, [ind("Đo đạc bản đồ địa chính tỷ lệ 1/2.000", 1500, "ha")])])
    assert [[p.value for p in s.points] for s in series] == [[120], [800, 1500]]


def test_rejected_values_and_undated_reports_are_left_out() -> None:
    dated = Report(source="a", text="", doc_date=H1,
                   indicators=[ind("Số xã đạt chuẩn nông thôn mới", 12, "xã"),
                               ind("Số xã đạt chuẩn nông thôn mới", 99, "xã", review=ReviewStatus.REJECTED)])
    undated = Report(source="b", text="", indicators=[ind("Số xã đạt chuẩn nông thôn mới", 14, "xã")])
    [s] = targets_over_time([undated, dated])
    assert s.points == [Point(H1, 12, RESULT)]
    [s] = targets_over_time([undated, dated], when=lambda r: r.doc_date or YEAR)
    assert [p.value for p in s.points] == [12, 14]


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Thu ngân sách nhà nước trên địa bàn", "Tổng thu ngân sách nhà nước", True),  # 5 of 8 words
    ("Thu ngân sách nhà nước trên địa bàn", "Thu ngân sách trên địa bàn", True),
    ("Tỷ lệ che phủ rừng", "Tỉ lệ che phủ rừng", True),
    ("Diện tích trồng rừng mới", "Diện tích lúa", False),
    ("Tổng giá trị sản xuất", "Giá trị sản xuất nông nghiệp", False),
    ("Giá trị sản xuất công nghiệp", "Giá trị sản xuất nông nghiệp", False),  # a contrast
    ("Thu ngân sách nhà nước", "Chi ngân sách nhà nước", False),
    ("Tỷ lệ hộ nghèo", "Tỷ lệ hộ nghèo giảm", False),  # a level and its change
    ("Tỷ lệ giải ngân vốn đầu tư công", "Tỷ lệ giải ngân vốn nước ngoài", False),
])
def test_same_target(a: str, b: str, same: bool) -> None:
    assert same_target(a, b) is same
    assert same_target(b, a) is same


@pytest.mark.parametrize(("unit", "key"), [("Tỉ đồng", "ty dong"), ("tỷ đ", "ty dong"), ("héc-ta", "ha"),
                                           ("ha", "ha"), ("phần trăm", "%"), ("triệu  đồng", "trieu dong")])
def test_unit_key(unit: str, key: str) -> None:
    assert unit_key(unit) == key


@pytest.mark.parametrize(("indicator", "role", "label"), [
    (ind("Sản lượng lúa (kế hoạch năm)", 1, "tấn"), PLAN, "Sản lượng lúa"),
    (ind("Sản lượng lúa (ước thực hiện)", 1, "tấn"), RESULT, "Sản lượng lúa"),
    (ind("Sản lượng lúa (tỷ lệ % so KH)", 1, "%"), None, "Sản lượng lúa"),
    (ind("Sản lượng lúa", 1, "%", rel="row-rate", ref="plan-1"), None, "Sản lượng lúa"),
    (ind("Sản lượng lúa", 1, "tấn", rel="row-plan", ref="plan-1"), PLAN, "Sản lượng lúa"),
    (ind("Giá trị sản xuất (giá so sánh 2010)", 1, "tỷ đồng"), RESULT, "Giá trị sản xuất (giá so sánh 2010)"),
    (ind("Tỷ lệ trẻ em được tiêm chủng", 1, "%", qualifier="trên"), PLAN, "Tỷ lệ trẻ em được tiêm chủng"),
])
def test_role_and_label(indicator: Indicator, role: str | None, label: str) -> None:
    assert role_of(indicator) == role
    assert label_of(indicator) == label


def test_a_target_table_of_the_dev_gold_gives_plan_and_result_pairs() -> None:
    """The six-month report's target table (its gold: one indicator per cell, the column in the label's last
    bracket): each row with a plan and a result cell is one series with both; its rate column is left out."""
    gold = json.loads((GOLD / "bao-cao-6-thang-huyen-uy.json").read_text(encoding="utf-8"))
    rows = [Indicator(**{k: i.get(k) for k in ("label", "value", "unit", "qualifier", "year", "rel", "ref")})
            for i in gold["indicators"]]
    columns: dict[str, set[str]] = {}
    for i in rows:
        if i.label.endswith(")"):
            columns.setdefault(i.row_label(), set()).add(i.label[len(i.row_label()):].strip())
    both = {r for r, cols in columns.items() if "(kế hoạch năm)" in cols and "(thực hiện 6 tháng)" in cols}
    series = series_of([(H1, rows)])
    paired = {s.label for s in series if [p.role for p in s.points] == [PLAN, RESULT]}
    print(f"rows with a plan and a result: {len(both)}; series with both: {len(paired)}; "
          f"series: {len(series)} from {len(rows)} indicators (threshold {LABEL_THRESHOLD})")
    assert len(both) >= 10
    assert both <= paired
    assert all(p.value != 45.9 for s in series for p in s.points)  # "(tỷ lệ % so KH)" of the first row
