"""Tallies and their checks on shapes of other sites, with invented texts (fictional units, people and figures):
partitions linked to their total by structure and checked by their sum, nested levels, overlapping attributes
(no tally, their stated % checked), lists with and without a stated count, ``đều đạt``."""

from __future__ import annotations

from desktop.core.extract import extract_text
from desktop.core.model import Report, Severity


def ex(sentence: str) -> Report:
    return extract_text(f"Báo cáo kết quả\n\n{sentence}")


def tallies(r: Report) -> list[tuple[float, list[float]]]:
    return [(t.total, [p.count for p in t.parts]) for t in r.tallies]


def errors(r: Report) -> list[tuple[str, dict]]:
    return [(f.kind, f.values) for f in r.findings if f.severity == Severity.ERROR]


# --- partitions: linked by structure, so a wrong part is reported -----------------------------------------

def test_enumerated_partition_after_trong_do_is_one_tally_and_a_wrong_part_is_a_sum_mismatch() -> None:
    text = ("Toàn xã Hòa Phong có 2.345 hộ nghèo, trong đó: a) 612 hộ thiếu hụt về nhà ở; b) 1.408 hộ thiếu "
            "hụt về việc làm; c) 325 hộ thiếu hụt về y tế.")
    ok = ex(text)
    assert tallies(ok) == [(2345, [612, 1408, 325])]
    assert errors(ok) == []
    wrong = ex(text.replace("1.408", "1.418"))
    assert tallies(wrong) == [(2345, [612, 1418, 325])]
    assert errors(wrong) == [("sum_mismatch", {"total": 2345, "sum": 2355})]


def test_partition_after_gom_by_place_is_a_tally() -> None:
    ok = ex("Năm nay đã hỗ trợ 1.480 hộ, gồm 630 hộ ở xã Tân Sơn, 850 hộ ở xã Phú Lạc.")
    assert tallies(ok) == [(1480, [630, 850])]
    assert errors(ok) == []
    assert errors(ex("Năm nay đã hỗ trợ 1.480 hộ, gồm 630 hộ ở xã Tân Sơn, 860 hộ ở xã Phú Lạc.")) == [
        ("sum_mismatch", {"total": 1480, "sum": 1490})]


def test_parts_by_status_written_status_first_and_count_first() -> None:
    r = ex("Năm 2025, Đảng ủy xã Bình Yên triển khai 47 nhiệm vụ, trong đó hoàn thành 31, 9 thường xuyên, "
           "6 đang triển khai.")
    assert [(p.count, p.status) for p in r.tallies[0].parts] == [
        (31, "hoàn thành"), (9, "thường xuyên"), (6, "đang triển khai")]
    assert errors(r) == [("sum_mismatch", {"total": 47, "sum": 46})]


def test_parts_in_brackets_are_a_partition_whether_or_not_they_add_up() -> None:
    ok = ex("Đảng bộ huyện có 57 tổ chức cơ sở đảng (38 đảng bộ, 19 chi bộ).")
    assert tallies(ok) == [(57, [38, 19])] and errors(ok) == []
    assert errors(ex("Đảng bộ huyện có 57 tổ chức cơ sở đảng (38 đảng bộ, 17 chi bộ).")) == [
        ("sum_mismatch", {"total": 57, "sum": 55})]


def test_a_next_sentence_opening_with_trong_so_do_breaks_the_total_down() -> None:
    r = ex("Chi bộ thôn Suối Cát kiểm tra 16 đảng viên. Trong số đó, 13 đảng viên hoàn thành tốt nhiệm vụ, "
           "2 đảng viên có vi phạm.")
    assert tallies(r) == [(16, [13, 2])]
    assert errors(r) == [("sum_mismatch", {"total": 16, "sum": 15})]


def test_a_ratio_and_the_rest_of_its_total_in_the_next_sentence() -> None:
    ok = ex("Đến nay xã Ea Mơ đạt 15/19 tiêu chí nông thôn mới nâng cao. 4 tiêu chí đang phấn đấu là: "
            "giao thông, y tế, môi trường, an ninh.")
    assert tallies(ok) == [(19, [15, 4])] and errors(ok) == []
    wrong = ex("Đến nay xã Ea Mơ đạt 15/19 tiêu chí nông thôn mới nâng cao. 5 tiêu chí đang phấn đấu là: "
               "giao thông, y tế, môi trường, an ninh.")
    assert errors(wrong) == [("sum_mismatch", {"total": 19, "sum": 20})]


def test_x_over_x_is_a_whole_total_and_later_ratios_are_totals_of_their_own() -> None:
    r = ex("Trong tháng, Phòng Kế hoạch hoàn thành 12/12 nhiệm vụ; Phòng Tổ chức hoàn thành 9/9 nhiệm vụ; "
           "Phòng Pháp chế 05/05 nhiệm vụ.")
    assert tallies(r) == [(12, [12]), (9, [9]), (5, [5])]
    assert r.findings == []


def test_a_count_after_giam_is_a_change_and_its_percent_is_of_the_value_it_changed_from() -> None:
    text = ("Trước sắp xếp, huyện có 24 đơn vị hành chính cấp xã; sau sắp xếp còn 9 đơn vị hành chính cấp xã, "
            "giảm 15 đơn vị hành chính (giảm 62,5%).")
    ok = ex(text)
    assert all(15 not in parts for _, parts in tallies(ok))
    assert errors(ok) == []
    assert errors(ex(text.replace("62,5%", "65,2%"))) == [("percent_mismatch", {"stated": 65.2, "computed": 62.5})]


# --- nested levels --------------------------------------------------------------------------------------

def test_an_enumerated_item_broken_down_again_is_a_nested_tally() -> None:
    text = ("Xã Tân Minh có 1.260 hộ nghèo, trong đó: a) 520 hộ thiếu hụt về nhà ở, gồm 210 hộ ở thôn Một, "
            "310 hộ ở thôn Hai; b) 740 hộ thiếu hụt về việc làm.")
    ok = ex(text)
    assert sorted(tallies(ok)) == [(520, [210, 310]), (1260, [520, 740])]
    assert errors(ok) == []
    assert errors(ex(text.replace("310 hộ", "320 hộ"))) == [("sum_mismatch", {"total": 520, "sum": 530})]


def test_a_part_broken_down_in_brackets_is_checked_at_both_levels() -> None:
    text = ("Bộ phận một cửa tiếp nhận 436 hồ sơ, trong đó đã giải quyết 410 hồ sơ (đúng hạn 401 hồ sơ, quá hạn "
            "9 hồ sơ), đang giải quyết 26 hồ sơ.")
    ok = ex(text)
    assert sorted(tallies(ok)) == [(410, [401, 9]), (436, [410, 26])]
    assert errors(ok) == []
    assert errors(ex(text.replace("401", "391"))) == [("sum_mismatch", {"total": 410, "sum": 400})]


# --- overlapping attributes: indicators, not parts; their % is checked ------------------------------------

def test_men_and_women_are_a_partition() -> None:
    assert errors(ex("Lớp bồi dưỡng có 150 học viên (92 nam, 56 nữ).")) == [("sum_mismatch", {"total": 150, "sum": 148})]


def test_subsets_after_trong_do_that_fall_short_are_a_warning_and_a_percent_with_its_own_base_is_not_checked() \
        -> None:
    r = ex("Xã có 1.200 hộ, trong đó 96 hộ nghèo (chiếm 2,1% dân số toàn huyện), 150 hộ cận nghèo.")
    assert [(f.kind, f.severity) for f in r.findings] == [("sum_mismatch", Severity.WARNING)]


def test_overlapping_attributes_are_not_summed() -> None:
    r = ex("Kỳ bầu cử đã bầu đủ 35 đại biểu, trong đó 11 đại biểu nữ, 14 đại biểu là người dân tộc thiểu số, "
           "9 đại biểu trẻ tuổi.")
    assert r.tallies == [] and errors(r) == []


def test_the_percent_of_an_overlapping_attribute_is_checked_against_its_whole() -> None:
    text = ("Hội đồng nhân dân xã có 35 đại biểu, trong đó nữ 11 (chiếm 31,4%), dân tộc thiểu số 14 (chiếm 40%), "
            "tái cử 9.")
    ok = ex(text)
    assert ok.findings == [] and ok.tallies == []
    wrong = ex(text.replace("31,4%", "34,1%"))
    assert errors(wrong) == [("percent_mismatch", {"stated": 34.1, "computed": 31.43})]


# --- lists: a tally only with a stated count ------------------------------------------------------------

def test_a_list_with_a_stated_count_is_a_tally_checked_against_its_items() -> None:
    text = ("Năm 2026, Huyện ủy Đông Lâm xác định 4 nhiệm vụ trọng tâm: (1) Làm đường liên thôn; (2) Xây trường "
            "mầm non; (3) Trồng rừng phòng hộ; (4) Phát triển du lịch cộng đồng.")
    ok = ex(text)
    assert tallies(ok) == [(4, [])] and ok.findings == []
    assert errors(ex(text.replace("4 nhiệm vụ", "5 nhiệm vụ"))) == [
        ("enumeration_count", {"stated": 5, "counted": 4})]


def test_a_list_without_a_stated_count_is_no_tally() -> None:
    r = ex("Năm 2026, Huyện ủy Đông Lâm tập trung một số nhiệm vụ trọng tâm sau: (1) Làm đường liên thôn; "
           "(2) Xây trường mầm non; (3) Trồng rừng phòng hộ.")
    assert r.tallies == []


def test_two_counts_each_opening_a_list_of_their_own_are_two_tallies() -> None:
    r = ex("Về giáo dục, xã còn thiếu 2 chỉ tiêu: chưa có trường đạt chuẩn mức độ 2; chưa có nhà văn hóa. Về môi "
           "trường, xã còn thiếu 2 chỉ tiêu quan trọng: tỷ lệ thu gom rác; mô hình tái chế.")
    assert tallies(r) == [(2, []), (2, [])]


def test_a_stated_count_of_ordinal_paragraphs_is_checked() -> None:
    text = ("Báo cáo kết quả\n\nKết quả năm qua thể hiện qua 03 điểm nổi bật, cụ thể:\n\nThứ nhất, bộ máy "
            "được sắp xếp gọn.\n\nThứ hai, thủ tục được rút ngắn.\n\nThứ ba, thu ngân sách tăng.")
    assert tallies(extract_text(text)) == [(3, [])] and extract_text(text).findings == []
    wrong = extract_text(text.replace("03 điểm", "04 điểm"))
    assert errors(wrong) == [("enumeration_count", {"stated": 4, "counted": 3})]


# --- đều đạt: a tally with no count per status ----------------------------------------------------------

def test_a_count_whose_items_all_reached_the_status_is_a_tally_without_parts() -> None:
    r = ex("Năm 2025, ba chỉ tiêu về thu ngân sách của xã Phước Lộc đều vượt kế hoạch được giao.")
    assert tallies(r) == [(3, [])] and r.findings == []


def test_dieu_dat_without_a_count_is_no_tally() -> None:
    assert ex("Năm 2025, các chỉ tiêu kinh tế - xã hội của xã Phước Lộc đều đạt và vượt kế hoạch.").tallies == []


def test_counts_of_the_events_proceedings_are_no_tally() -> None:
    assert ex("Đại hội đã thông qua phương hướng và 9 chỉ tiêu thi đua giai đoạn tới.").tallies == []


def test_a_percent_inside_the_bracket_after_a_total_is_checked_against_it() -> None:
    assert ex("Kỳ họp có 48 đại biểu tham dự (nữ 15, chiếm 31,25%).").findings == []
    assert errors(ex("Kỳ họp có 48 đại biểu tham dự (nữ 15, chiếm 33,25%).")) == [
        ("percent_mismatch", {"stated": 33.25, "computed": 31.25})]


def test_kinds_under_a_two_word_noun_are_the_parts_statuses() -> None:
    r = ex("Toàn huyện có 35 trường học, gồm 12 trường mầm non, 15 trường tiểu học, 8 trường trung học cơ sở.")
    assert [(p.count, p.status) for p in r.tallies[0].parts] == [
        (12, "mầm non"), (15, "tiểu học"), (8, "trung học cơ sở")]


def test_grades_after_semicolon_trong_do_without_a_remainder_fall_short_as_a_warning() -> None:
    r = ex("Huyện có 18 xã, thị trấn; trong đó 12 xã đạt chuẩn nông thôn mới, 3 xã đạt chuẩn nâng cao.")
    assert tallies(r) == [(18, [12, 3])]
    assert [(f.kind, f.severity) for f in r.findings] == [("sum_mismatch", Severity.WARNING)]


def test_items_of_a_list_after_trong_do_and_a_colon_are_separated_by_semicolons() -> None:
    """After "trong đó:" the ";" separates the items of the list the colon opens (not two breakdowns): all three
    are parts, so a wrong one is a sum mismatch."""
    text = ("Toàn xã Hòa Phong có 4.692 hộ, trong đó: 1.177 hộ thiếu đất ở; 2.809 hộ thiếu đất sản xuất; {} hộ "
            "thiếu nước sinh hoạt.")
    ok = ex(text.format("706"))
    assert tallies(ok) == [(4692, [1177, 2809, 706])]
    assert errors(ok) == []
    wrong = ex(text.format("760"))
    assert tallies(wrong) == [(4692, [1177, 2809, 760])]
    assert [kind for kind, _ in errors(wrong)] == ["sum_mismatch"]


def test_subsets_that_repeat_the_total_s_noun_before_an_attribute_are_indicators() -> None:
    """"hộ nghèo dân tộc thiểu số 1.120 hộ" of "4.215 hộ nghèo": a household may be both, no partition, no
    finding; each is a figure of its own."""
    for sep in (";", ","):
        r = ex(f"Toàn huyện có 4.215 hộ nghèo, trong đó: hộ nghèo dân tộc thiểu số 1.120 hộ{sep} hộ nghèo có "
               f"thành viên là người có công 95 hộ.")
        assert r.tallies == [] and errors(r) == []
        assert [(i.label, i.value) for i in r.indicators] == [
            ("Hộ nghèo", 4215), ("Hộ nghèo dân tộc thiểu số", 1120), ("Hộ nghèo có thành viên là người có công", 95)]
