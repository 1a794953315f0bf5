"""People, positions and cited documents written the ways other sites write them (issue 15, classes 2, 3, 8).

Every text is invented for the test (fictional units and people) in the shapes real pages use.
"""

from __future__ import annotations

from desktop.core.extract import extract_text
from desktop.core.model import Report


def ex(text: str) -> Report:
    return extract_text(text, verify=False)


def people(text: str) -> dict[str, list[str]]:
    return {p.name: p.positions for p in ex(text).people}


def docs(text: str) -> list[tuple[str, str, str | None]]:
    return [(d.kind, d.number, d.date) for d in ex(text).documents]


# --- positions --------------------------------------------------------------------------------------------------

def test_positions_in_lower_case_with_a_place_tail() -> None:
    got = people("Tin\n\nDự buổi làm việc có ông Y Khuê Niê, phó chủ tịch UBND huyện Krông Năng; bà Lò Thị Dung, "
                 "trưởng phòng Văn hóa huyện.")
    assert got == {"Y Khuê Niê": ["phó chủ tịch UBND huyện Krông Năng"],
                   "Lò Thị Dung": ["trưởng phòng Văn hóa huyện"]}
    got = people("Tin\n\nDự hội nghị có bí thư Đảng ủy xã Hoàng Thị Mến và chủ tịch UBND xã Đặng Văn Út. Đoàn về thăm "
                 "xã Hoàng Văn Thụ.")
    assert got == {"Hoàng Thị Mến": ["bí thư Đảng ủy xã"], "Đặng Văn Út": ["chủ tịch UBND xã"]}


def test_abbreviated_titles_after_a_dash() -> None:
    got = people("Tin\n\nVề dự có ông Hà Văn Sáu- CT. hội Nông dân tỉnh; ông Vi Văn Tám - PCT UBND xã Nà Hẩu; "
                 "đồng chí Mạc Thị Lụa - UVTV, Trưởng ban Dân vận Huyện ủy.")
    assert got == {"Hà Văn Sáu": ["CT. hội Nông dân tỉnh"], "Vi Văn Tám": ["PCT UBND xã Nà Hẩu"],
                   "Mạc Thị Lụa": ["UVTV", "Trưởng ban Dân vận Huyện ủy"]}


def test_position_before_and_after_the_name_and_two_people_in_one_sentence() -> None:
    got = people("Tin\n\nĐồng chí Đinh Văn Quế - HUV – Bí thư Đảng ủy xã và đồng chí Cầm Thị Nhạn - Phó Bí thư "
                 "Đảng ủy – Chủ tịch UBND xã đồng chủ trì hội nghị. Bí thư Huyện ủy Lường Văn Khiêm dự.")
    assert got == {"Đinh Văn Quế": ["HUV", "Bí thư Đảng ủy xã"],
                   "Cầm Thị Nhạn": ["Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"],
                   "Lường Văn Khiêm": ["Bí thư Huyện ủy"]}


def test_a_position_before_a_name_starts_after_another_person() -> None:
    got = people("Tin\n\nSáng 3/4, Chủ tịch UBND tỉnh Tòng Văn Lực và Phó Chủ tịch UBND tỉnh Sầm Thị Nga đã tiếp "
                 "đoàn công tác.")
    assert got == {"Tòng Văn Lực": ["Chủ tịch UBND tỉnh"], "Sầm Thị Nga": ["Phó Chủ tịch UBND tỉnh"]}


def test_ranks_are_not_positions() -> None:
    got = people("Tin\n\nDự lễ có Đại tá Quàng Văn Bảy, Chỉ huy trưởng Bộ CHQS tỉnh; Thượng tá Lù Văn Chín, "
                 "phó giám đốc Công an tỉnh; ông Khổng Minh Tâm và bà Triệu Thị Mơ.")
    assert got["Quàng Văn Bảy"] == ["Chỉ huy trưởng Bộ CHQS tỉnh"]
    assert got["Lù Văn Chín"] == ["phó giám đốc Công an tỉnh"]
    assert got["Khổng Minh Tâm"] == [] and got["Triệu Thị Mơ"] == []


def test_one_position_in_its_fullest_form() -> None:
    got = people("Tin\n\nChủ tịch UBND huyện Bế Văn Hào dự. Ông Bế Văn Hào, Chủ tịch UBND huyện Đắk Mil phát biểu. "
                 "Ông Nông Văn Kha- PBT thường trực huyện ủy dự. Phó Bí thư Thường trực Huyện ủy Nông Văn Kha "
                 "kết luận.")
    assert got == {"Bế Văn Hào": ["Chủ tịch UBND huyện Đắk Mil"],
                   "Nông Văn Kha": ["Phó Bí thư Thường trực Huyện ủy"]}


def test_a_position_ends_before_a_verb_and_goes_on_over_a_body_name() -> None:
    got = people("Tin\n\nÔng Hứa Văn Thắng - Giám đốc Sở Tài chính thừa ủy quyền Chủ tịch UBND tỉnh trình bày tờ "
                 "trình. Bà Giàng Thị Sua, Trưởng Phòng Tài nguyên - Môi trường huyện Mèo Vạc cho biết. Đồng chí "
                 "Tạ Văn Lộc - Trưởng Ban chỉ đạo thi hành án huyện chủ trì.")
    assert got == {"Hứa Văn Thắng": ["Giám đốc Sở Tài chính"],
                   "Giàng Thị Sua": ["Trưởng Phòng Tài nguyên - Môi trường huyện Mèo Vạc"],
                   "Tạ Văn Lộc": ["Trưởng Ban chỉ đạo thi hành án huyện"]}


def test_a_plural_title_leading_a_list_is_every_listed_persons() -> None:
    got = people("Tin\n\nDự hội nghị có các Phó Giám đốc Sở: Lục Văn Ba, Mông Thị Tư, Hầu Văn Năm; đại diện "
                 "Công đoàn Sở và Đoàn Thanh niên Sở.")
    assert got == {"Lục Văn Ba": ["Phó Giám đốc Sở"], "Mông Thị Tư": ["Phó Giám đốc Sở"],
                   "Hầu Văn Năm": ["Phó Giám đốc Sở"]}


# --- names ------------------------------------------------------------------------------------------------------

def test_central_highlands_names() -> None:
    got = people("Tin\n\nTham dự có ông Điểu K'Rết, Chủ tịch UBND xã Đắk Sin; bà H' Lim Mlô, Trưởng thôn Bon Ja; "
                 "Già làng K’Brếu và ông Ksor Y Tlam cùng dự.")
    assert got == {"Điểu K'Rết": ["Chủ tịch UBND xã Đắk Sin"], "H' Lim Mlô": ["Trưởng thôn Bon Ja"],
                   "K’Brếu": ["Già làng"], "Ksor Y Tlam": []}


def test_a_two_syllable_name_after_a_form_of_address() -> None:
    assert people("Tin\n\nTheo bà Thị Hoa, người dân thôn Phú An, con đường mới giúp bà con đi lại thuận tiện.") == {
        "Thị Hoa": []}


def test_honorary_titles_announce_a_name_and_are_no_positions() -> None:
    assert people("Tin\n\nĐoàn đã thăm Mẹ Việt Nam Anh hùng Ngô Thị Lài tại xã Hòa Bình.") == {"Ngô Thị Lài": []}


def test_places_and_words_ending_in_ong_are_not_people() -> None:
    got = people("Tin\n\nĐẩy mạnh truyền thông Luật Phòng chống tác hại của thuốc lá tại làng Phú Vinh; phối hợp "
                 "với Tổng công ty Bưu chính viễn thông Việt Nam.")
    assert got == {}


def test_a_name_in_a_photo_caption() -> None:
    got = people("Tin\n\nHội nghị diễn ra sáng nay.\n\nẢnh: Đồng chí Lý Văn Páo, Bí thư Đảng ủy xã phát biểu.")
    assert got == {"Lý Văn Páo": ["Bí thư Đảng ủy xã"]}


# --- bylines ----------------------------------------------------------------------------------------------------

CHROME_AFTER = """Hội nghị tổng kết công tác Hội năm 2025

Ngày 12/12, Hội Cựu chiến binh huyện Hòa Vang tổ chức hội nghị tổng kết công tác năm 2025. Ông Lê Văn Nhàn - Chủ tịch Hội CCB huyện chủ trì hội nghị và đề nghị các cơ sở hội tiếp tục phát huy kết quả đạt được.

Tin, ành Hồng Nhung – Văn Tú (Đài Truyền thanh huyện)

Xem chi tiết tại đây

TIN ĐÃ ĐƯA

Huyện tổ chức giải bóng đá thanh niên(10/12/2025)

Ông Trịnh Văn Lâm - Phó Chủ tịch UBND huyện, Trưởng Ban Biên tập
"""


def test_byline_after_the_article_with_site_chrome_after_it() -> None:
    got = people(CHROME_AFTER)
    assert got["Hồng Nhung"] == ["Tác giả"] and got["Văn Tú"] == ["Tác giả"]
    assert got["Lê Văn Nhàn"] == ["Chủ tịch Hội CCB huyện"]


def test_author_labels_and_names_in_capitals() -> None:
    got = people("Tin\n\nCon đường mới về thôn Phú An. Ảnh: THU HÀ\n\nNgười dân phấn khởi đi lại trên con đường "
                 "mới hoàn thành.\n\nTác giả: T Nguyên")
    assert got == {"Thu Hà": ["Tác giả"], "T Nguyên": ["Tác giả"]}


def test_given_names_like_trang_and_tan_are_authors_too() -> None:
    got = people("Tin\n\nHội nghị đã thông qua nghị quyết về phát triển kinh tế của huyện trong năm tới.\n\n"
                 "Trang Lưu - Tấn Phát")
    assert got == {"Trang Lưu": ["Tác giả"], "Tấn Phát": ["Tác giả"]}


# --- documents --------------------------------------------------------------------------------------------------

def test_short_citations_with_and_without_a_code() -> None:
    got = docs("Tin\n\nThực hiện Quyết định số 15 của UBND huyện và Kế hoạch số 120/KH-UBND ngày 5/3/2025; sửa đổi "
               "Nghị quyết số 47 ngày 13/12/2019 của HĐND tỉnh, Thông báo 393/TB-UBND của UBND tỉnh.")
    assert got == [("Quyết định", "15", None), ("Kế hoạch", "120/KH-UBND", "2025-03-05"),
                   ("Nghị quyết", "47", "2019-12-13"), ("Thông báo", "393/TB-UBND", None)]


def test_codes_written_with_spaces_are_one_code_without_them() -> None:
    got = docs("Tin\n\nTiếp tục thực hiện Chỉ thị 05 CT/TW của Bộ Chính trị; Nghị quyết số 21 NQ/ HU của Huyện ủy; "
               "Thông tư số 38/2024/TT- BTC ngày 12/5/2024 của Bộ Tài chính.")
    assert got == [("Chỉ thị", "05CT/TW", None), ("Nghị quyết", "21NQ/HU", None),
                   ("Thông tư", "38/2024/TT-BTC", "2024-05-12")]


def test_documents_listed_together_and_dated_once_share_the_date() -> None:
    got = docs("Tin\n\nCăn cứ các Công điện số 011/CĐ-UBND và số 012/CĐ-UBND ngày 19/10/2025 của UBND tỉnh.")
    assert got == [("Công điện", "011/CĐ-UBND", "2025-10-19"), ("Công điện", "012/CĐ-UBND", "2025-10-19")]


def test_a_sentence_opening_with_the_issue_date_dates_the_document() -> None:
    got = docs("Tin\n\nĐề án được chuẩn bị từ đầu năm. Ngày 20/10/2025, UBND tỉnh Hòa Bình đã ban hành Quyết định 1234/QĐ-UBND về việc phê duyệt "
               "đề án. Quyết định 88/QĐ-UBND vẫn còn hiệu lực.")
    assert got == [("Quyết định", "1234/QĐ-UBND", "2025-10-20"), ("Quyết định", "88/QĐ-UBND", None)]


def test_codes_with_a_dotted_number_or_two_units_letters() -> None:
    got = docs("Tin\n\nThực hiện Nghị quyết số 12.3/2025/NQ-CP và Công văn số 512/SNV-TCBC&VTLT ngày 3 tháng 10 "
               "năm 2025.")
    assert got == [("Nghị quyết", "12.3/2025/NQ-CP", None), ("Công văn", "512/SNV-TCBC&VTLT", "2025-10-03")]


def test_licence_footer_and_reader_notice_lines_give_no_documents() -> None:
    got = docs("Tin\n\nThực hiện Kế hoạch số 45/KH-UBND của UBND huyện.\n\n"
               "Giấy phép số 112/GP-STTTT do Sở Thông tin và Truyền thông cấp\n\n"
               "© Bản quyền thuộc Cổng thông tin điện tử huyện, theo Quyết định 99/QĐ-UBND\n\n"
               "Cơ quan chủ quản: UBND huyện (Quyết định thành lập số 77/QĐ-UBND)\n\n"
               "Kính gửi Quý khách: Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân đã có hiệu lực.")
    assert got == [("Kế hoạch", "45/KH-UBND", None)]


OFFICIAL = """ỦY BAN NHÂN DÂN
HUYỆN ĐỒNG XUÂN
Số: 57/BC-UBND
Đồng Xuân, ngày 10 tháng 11 năm 2025

BÁO CÁO
Kết quả thực hiện nhiệm vụ năm 2025

Thực hiện Kế hoạch số 12/KH-UBND ngày 15/1/2025 của UBND huyện, UBND huyện báo cáo như sau: Báo cáo số 57 này thay thế các báo cáo trước.
"""


def test_the_texts_own_number_is_not_a_cited_document() -> None:
    assert docs(OFFICIAL) == [("Kế hoạch", "12/KH-UBND", "2025-01-15")]


def test_a_byline_in_capitals_right_after_the_article() -> None:
    got = people("Tin\n\nNgười dân phấn khởi đi lại trên con đường mới hoàn thành trong năm nay, nối thôn Phú An với "
                 "trung tâm xã.\n\nTHU HÀ - MINH ĐỨC\n\nTIN LIÊN QUAN\n\nXEM TIẾP\n\nTin khác")
    assert got == {"Thu Hà": ["Tác giả"], "Minh Đức": ["Tác giả"]}


def test_words_before_do_are_no_title_of_the_person_after_it() -> None:
    """"Đoàn đại biểu Quốc hội tỉnh do ông Trần Văn Lâm, Phó Trưởng Đoàn chuyên trách làm trưởng đoàn": "do" (led
    by) ends what stands before the name; his position is the one after it."""
    r = extract_text("Tin tiếp xúc cử tri\n\nChiều 5/6, Đoàn đại biểu Quốc hội tỉnh do ông Trần Văn Lâm, Phó Trưởng "
                     "Đoàn chuyên trách làm trưởng đoàn đã tiếp xúc cử tri xã Tam Anh Nam.", verify=False)
    assert [(p.name, p.positions) for p in r.people] == [("Trần Văn Lâm", ["Phó Trưởng Đoàn chuyên trách"])]
