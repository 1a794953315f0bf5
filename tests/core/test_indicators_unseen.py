"""Indicators and ratios on phrasings of sites the readers were not developed on (issue 15, classes 1, 6 and the
attribute half of 7). Every text is invented: fictional units, people and figures."""

from __future__ import annotations

from desktop.core.extract import extract_text
from desktop.core.model import Indicator, Report


def ex(body: str) -> Report:
    return extract_text("Tin hoạt động\n\n" + body, verify=False)


def by_value(r: Report, value: float) -> list[Indicator]:
    return [i for i in r.indicators if i.value == value]


def one(r: Report, value: float) -> Indicator:
    found = by_value(r, value)
    assert len(found) == 1, (value, [(i.value, i.unit, i.label) for i in r.indicators])
    return found[0]


# 1. Units are an open class: the noun counted after the number, read up to a preposition, verb or mark.

def test_counted_nouns_outside_any_list_are_units() -> None:
    r = ex("Trên địa bàn huyện Ea Mơ hiện có 37 chợ đang hoạt động, 126.500 con gia cầm được tiêm phòng và "
           "84.000 lồng nuôi bị thiệt hại do bão.")
    assert one(r, 37).unit == "chợ"
    assert "hoạt động" in one(r, 37).label.lower()
    assert one(r, 126500).unit == "con"
    assert one(r, 84000).unit == "lồng nuôi"
    assert "lồng nuôi" in one(r, 84000).label.lower()


def test_unit_stops_before_a_preposition_or_verb_and_keeps_classifier_after_magnitude() -> None:
    r = ex("Năm 2024, toàn tỉnh Sơn Khê có hơn 2,4 triệu con gia súc và 52 trạm y tế thuộc tuyến huyện.")
    cattle = one(r, 2.4)
    assert cattle.unit == "triệu con" and cattle.qualifier == "trên"
    assert one(r, 52).unit == "trạm y tế"


def test_kinds_of_administrative_unit_listed_together_are_one_unit() -> None:
    r = ex("Mạng lưới chợ phân bố trên 29 xã, phường và thị trấn của tỉnh Hòa Lâm.")
    assert one(r, 29).unit == "xã, phường và thị trấn"


def test_compound_units_and_their_spellings() -> None:
    r = ex("Thu nhập bình quân đầu người đạt 58,2 triệu đồng/người/năm; năng suất lúa đạt 6,1 tấn/ha; "
           "diện tích trồng rừng mới 1.250 héc ta; kinh phí hỗ trợ 2,5 tỷ đồng/xã, phường.")
    assert one(r, 58.2).unit == "triệu đồng/người/năm"
    assert one(r, 6.1).unit == "tấn/ha"
    assert one(r, 1250).unit == "ha"
    assert one(r, 2.5).unit == "tỷ đồng/xã, phường"


def test_rate_over_a_power_of_ten_is_an_indicator_not_a_ratio() -> None:
    r = ex("Phấn đấu giảm tỷ suất sinh ở trẻ vị thành niên xuống 16 ca sinh/1.000 phụ nữ và tỷ lệ tử vong mẹ "
           "xuống dưới 5/100.000 trẻ đẻ sống.")
    assert one(r, 16).unit == "ca sinh/1.000 phụ nữ"
    assert one(r, 5).unit.startswith("/100.000 trẻ") and one(r, 5).qualifier == "dưới"
    assert r.ratios == []


def test_a_sum_in_two_money_units_is_one_value() -> None:
    r = ex("Lũy kế thu ngân sách trên địa bàn đạt 215 tỷ 470 triệu đồng; chi trả trợ cấp hơn 2 tỷ 35 triệu đồng.")
    assert one(r, 215.47).unit == "tỷ đồng"
    assert one(r, 2.035).unit == "tỷ đồng"
    assert by_value(r, 470) == [] and by_value(r, 35) == []


def test_dates_years_ordinals_terms_and_numbered_names_are_no_indicators() -> None:
    r = ex("Sáng 14/8/2025, Hội nghị Ban Chấp hành Đảng bộ huyện Ea Mơ lần thứ 12, khóa IX, nhiệm kỳ 2020 – 2025 "
           "họp tại thôn 4, gọi Tổng đài 1022 khi cần; đường dây nóng 0262 3855 114. Sau 04 năm triển khai, "
           "2 cấp chính quyền vận hành ổn định.")
    assert r.indicators == []


def test_the_events_own_proceedings_are_no_indicators() -> None:
    r = ex("Đại hội đã bầu 21 đồng chí vào Ban Chấp hành khóa mới, thông qua 14 nghị quyết chuyên đề và trao "
           "12 giấy khen cho các tập thể. Hội nghị được kết nối trực tuyến tới 96 điểm cầu, với sự tham gia của "
           "3.200 đại biểu. Có 45 đại biểu dự.")
    assert r.indicators == []
    assert r.tallies == []


def test_attendance_sentence_counts_no_result() -> None:
    r = ex("Về dự Đại hội có ông Phan Văn Kỳ, Chủ tịch Hội Cựu chiến binh tỉnh và hơn 120 đại biểu là hội viên "
           "tiêu biểu. Năm qua, hội kết nạp mới 64 hội viên.")
    assert by_value(r, 120) == []
    assert one(r, 64).unit == "hội viên"


def test_a_national_figure_quoted_to_compare_is_no_result() -> None:
    r = ex("Xuất khẩu của tỉnh tăng 21,4% (bình quân cả nước tăng 14,2%); sản xuất công nghiệp tăng 11,3%, cao "
           "hơn mức tăng cả nước là 8,5%.")
    assert {i.value for i in r.indicators} == {21.4, 11.3}


# 6. Plan pairs and ranks

def test_plan_pair_is_a_ratio_and_the_result_an_indicator() -> None:
    r = ex("Thu ngân sách nhà nước trên địa bàn đạt 1.420 tỷ đồng/KH 1.300 tỷ đồng; tổng đàn bò đạt "
           "760/KH 800 con.")
    pairs = {(x.numerator, x.denominator, x.noun) for x in r.ratios}
    assert pairs == {(1420, 1300, "tỷ đồng"), (760, 800, "con")}
    assert one(r, 1420).unit == "tỷ đồng" and "ngân sách" in one(r, 1420).label.lower()
    assert one(r, 760).unit == "con"
    assert by_value(r, 1300) == [] and by_value(r, 800) == []


def test_rank_out_of_a_field_and_map_scale_are_no_ratios() -> None:
    r = ex("Chỉ số cải cách hành chính của tỉnh đứng thứ 7/34 tỉnh, thành phố; chỉ số năng lực cạnh tranh xếp "
           "thứ 15/63. Đã đo đạc bản đồ địa chính tỷ lệ 1/2.000 hơn 4.300 ha; 18/21 xã đạt chuẩn nông thôn mới.")
    assert {(x.numerator, x.denominator) for x in r.ratios} == {(18, 21)}
    assert one(r, 4300).unit == "ha" and one(r, 4300).qualifier == "trên"


# 7. Overlapping attributes are indicators in the total's unit, with their stated shares.

def test_attributes_of_a_total_are_indicators_with_their_shares() -> None:
    r = ex("Kết quả bầu cử, xã Ia Lốp có 25 người trúng cử đại biểu HĐND xã, trong đó nữ 8 (32%), dân tộc thiểu "
           "số 11 (44%), người ngoài đảng 3.")
    total = one(r, 25)
    assert total.unit == "người"
    women, minority, outside = one(r, 8), one(r, 11), one(r, 3)
    assert (women.unit, minority.unit, outside.unit) == ("người", "người", "người")
    assert "nữ" in women.label.lower() and "dân tộc thiểu số" in minority.label.lower()
    shares = [i for i in r.indicators if i.unit == "%"]
    assert sorted(i.value for i in shares) == [32, 44]
    assert all("tỷ lệ" in i.label.lower() for i in shares)
    assert "nữ" in one(r, 32).label.lower()
    assert r.tallies == []  # one person may be both: no partition to add up


def test_a_part_with_its_own_unit_after_trong_do_is_read_as_usual() -> None:
    r = ex("Năm 2024, huyện đón 48.000 lượt khách, trong đó khách quốc tế 6.200 lượt.")
    assert one(r, 6200).unit == "lượt" and "quốc tế" in one(r, 6200).label.lower()
    assert by_value(r, 6) == []


def test_awards_the_event_hands_out_are_proceedings_awards_received_are_results() -> None:
    r = ex("Nhân dịp này, Ban Thường vụ Huyện ủy Ea Mơ tặng giấy khen 12 tập thể, 17 cá nhân. Trong 6 tháng, toàn "
           "huyện có 9 tập thể được tỉnh tặng bằng khen và 230 cá nhân được huyện khen thưởng.")
    assert by_value(r, 12) == [] and by_value(r, 17) == []
    assert one(r, 9).unit == "tập thể" and one(r, 230).unit == "cá nhân"


def test_a_multiple_is_a_measure_a_count_of_times_is_not() -> None:
    r = ex("Thu nhập bình quân đầu người đạt 52 triệu đồng/người/năm, tăng 1,8 lần so với năm 2020; tổng vốn gấp "
           "3 lần kỳ trước. Ban Chỉ đạo đã họp 4 lần.")
    assert one(r, 1.8).unit == "lần" and one(r, 3).unit == "lần"
    assert by_value(r, 4) == []


def test_a_unit_of_measure_in_words_ends_the_unit() -> None:
    r = ex("Năm 2025, huyện trồng mới 3.500 héc ta rừng và làm mới 12 ki lô mét đường bê tông.")
    assert one(r, 3500).unit == "ha" and "rừng" in one(r, 3500).label.lower()
    assert one(r, 12).unit == "ki lô mét"


def test_a_one_syllable_unit_of_the_lexicon_reads_on_into_its_compound() -> None:
    r = ex("Năm 2025, toàn huyện có 2 trường hợp tử vong do sốt xuất huyết; xây mới 5 nhà văn hóa thôn và tổ chức "
           "36 cuộc diễn tập cấp xã.")
    assert one(r, 2).unit == "trường hợp"
    assert one(r, 5).unit == "nhà văn hóa thôn"
    assert one(r, 36).unit == "cuộc"  # a classifier: what follows it is what is counted


def test_degree_words_and_comparatives() -> None:
    r = ex("Giá lúa hiện ở mức 7.500 đồng/kg, cao hơn 500 đồng so với tuần trước; có hơn 200 hộ tham gia, gần 40% "
           "diện tích đã thu hoạch.")
    assert one(r, 7500).unit == "đồng/kg"
    assert one(r, 500).qualifier is None  # "cao hơn": higher by, not "more than"
    assert one(r, 200).qualifier == "trên" and one(r, 40).qualifier == "khoảng"


def test_labels_across_a_list_of_kinds_of_administrative_unit_and_after_a_negation() -> None:
    r = ex("Khảo sát, lập bản đồ địa hình trên địa bàn các huyện, thị xã, thành phố hơn 3,2 tỷ đồng. Về giáo dục, "
           "vẫn thiếu 1 chỉ tiêu: chưa đủ 100% trường THCS đạt chuẩn quốc gia.")
    assert "bản đồ" in one(r, 3.2).label.lower()
    assert "trường thcs" in one(r, 100).label.lower()


def test_unreadable_numbers_give_no_item() -> None:
    r = ex("Tổng thu ngân sách đạt 1.2.300 tỷ đồng; giải quyết việc làm cho 1.25.000 lao động.")
    assert r.indicators == [] and r.ratios == []


def test_a_common_noun_written_with_a_capital_after_a_number_is_a_unit_a_name_is_not() -> None:
    r = ex("Toàn tỉnh có 02 Siêu thị hạng II tại thành phố và 01 Trung tâm thương mại; đã làm việc với 5 huyện Ea "
           "Sô, Krông Pa, Ia Lốp, Đăk Tô, Sa Thầy và 3 Ban Chỉ đạo.")
    assert one(r, 2).unit.startswith("siêu thị") and one(r, 1).unit == "trung tâm thương mại"
    assert one(r, 5).unit == "huyện"  # the names after the noun are no part of it
    assert by_value(r, 3) == []  # "Ban Chỉ đạo": a name


def test_round_the_clock_is_no_ratio() -> None:
    r = ex("Các xã duy trì trực ban 24/24 giờ; 12/15 xã đã hoàn thành di dời dân.")
    assert {(x.numerator, x.denominator) for x in r.ratios} == {(12, 15)}


def test_attributes_are_linked_to_their_total_and_need_not_add_up() -> None:
    r = extract_text("Tin\n\nXã Ia Lốp có 30 người trúng cử, trong đó nữ 12 (40%), trẻ tuổi 10 (35%), dân tộc thiểu số "
                     "15 (50%).", verify=True)
    total = one(r, 30)
    assert (total.rel, total.ref) == ("attribute-total", f"attr-{total.span[0]}")  # type: ignore[index]
    assert [(i.value, i.rel, i.ref) for i in r.indicators if i.rel in ("attribute", "attribute-rate")] == [
        (12, "attribute", f"{total.ref}#0"), (40, "attribute-rate", f"{total.ref}#0"),
        (10, "attribute", f"{total.ref}#1"), (35, "attribute-rate", f"{total.ref}#1"),
        (15, "attribute", f"{total.ref}#2"), (50, "attribute-rate", f"{total.ref}#2")]
    assert not [f for f in r.findings if f.kind == "sum_mismatch"]  # 12 + 10 + 15 > 30: one person may be both


def test_nam_after_hang_or_lau_is_part_of_the_noun_not_a_year() -> None:
    """"cây hằng năm" (annual crops), "cây lâu năm" (perennials): "năm" there is no year that ends the noun."""
    r = extract_text("Tin nông nghiệp huyện Vân Khê\n\nToàn huyện đã gieo trồng 52.300 ha cây hằng năm, đạt 101,2% kế "
                     "hoạch; có 1.250 ha cây lâu năm cho thu hoạch.", verify=False)
    assert [(i.label, i.value) for i in r.indicators if i.unit == "ha"] == [
        ("Gieo trồng cây hằng năm", 52300), ("Cây lâu năm cho thu hoạch", 1250)]


def test_the_awarded_before_a_passive_award_at_the_event_are_no_results() -> None:
    """"Tại hội nghị, 5 tập thể và 8 cá nhân được tặng giấy khen": what the event hands out, the awarded written
    before the passive verb (with or without who gives it); awards received in the period are results."""
    for sentence in ("Tại hội nghị, 5 tập thể và 8 cá nhân được tặng giấy khen.",
                     "Dịp này, 5 tập thể và 8 cá nhân được Chủ tịch UBND huyện tặng giấy khen."):
        assert extract_text(f"Tin huyện Vân Khê\n\n{sentence}", verify=False).indicators == []
    r = extract_text("Tin huyện Vân Khê\n\nTrong năm, 15 tập thể được tỉnh tặng bằng khen.", verify=False)
    assert [i.value for i in r.indicators] == [15]


def test_the_plan_in_brackets_after_its_rate_is_checked_and_a_second_figure_after_a_slash_is_no_unit() -> None:
    """"đạt 2.150 triệu đồng, bằng 55,3% kế hoạch năm (3.500 triệu đồng)": plan, actual and rate are one row and
    a wrong rate is reported; "2.150 triệu đồng/3.500 triệu đồng kế hoạch": the unit is "triệu đồng" (a number
    after "/" that is no power of ten is a second figure, not the base of a rate such as "/1.000 phụ nữ")."""
    r = extract_text("Báo cáo\n\nThu ngân sách đạt 2.150 triệu đồng, bằng 55,3% kế hoạch năm (3.500 triệu đồng).")
    assert [(i.value, i.rel) for i in r.indicators] == [(2150, "row-actual"), (55.3, "row-rate"), (3500, "row-plan")]
    assert [f.values.get("stated") for f in r.findings] == [55.3]
    r = extract_text("Báo cáo\n\nThu ngân sách đạt 2.150 triệu đồng/3.500 triệu đồng kế hoạch.", verify=False)
    assert [(i.value, i.unit) for i in r.indicators][:1] == [(2150, "triệu đồng")]
    r = extract_text("Báo cáo\n\nTỷ suất sinh đạt 23 ca sinh/1.000 phụ nữ.", verify=False)
    assert [i.unit for i in r.indicators] == ["ca sinh/1.000 phụ nữ"]


def test_items_written_count_first_take_the_noun_after_their_own_count() -> None:
    """"8.250 con gia súc, trong đó: 1.320 con trâu, 2.930 con bò, 4.000 con lợn": each part is named by the noun
    after its count, not by the one before it (the previous item's); a wrong part is reported."""
    r = extract_text("Báo cáo\n\nToàn xã có 8.250 con gia súc, trong đó: 1.320 con trâu, 2.930 con bò, 4.300 con "
                     "lợn.")
    assert [(i.label, i.value) for i in r.indicators] == [("Gia súc", 8250), ("Trâu", 1320), ("Bò", 2930),
                                                          ("Lợn", 4300)]
    assert len(r.findings) == 1 and "8.550" in r.findings[0].message


def test_the_year_compared_with_is_no_year_of_the_values_after_it() -> None:
    """"Năm 2025, … tăng 9,1% so với năm 2024; thu nhập … đạt 58,5 triệu đồng/người/năm; tỷ lệ hộ nghèo giảm còn
    2,85%": every value is of 2025, the year the sentence opens with (2024 is only what one is compared with)."""
    r = extract_text("Tin kỳ họp\n\nNăm 2025, tổng giá trị sản xuất ước đạt 5.120 tỷ đồng, tăng 9,1% so với năm 2024; "
                     "thu nhập bình quân đầu người đạt 58,5 triệu đồng/người/năm; tỷ lệ hộ nghèo giảm còn 2,85%.",
                     verify=False)
    assert [(i.value, i.year) for i in r.indicators] == [(5120, 2025), (9.1, 2025), (58.5, 2025), (2.85, 2025)]
