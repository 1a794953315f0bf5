"""Meeting date and chair wherever the text writes them (invented texts: fictional units and people)."""

from __future__ import annotations

from desktop.core.extract import extract_text
from desktop.core.model import Report


def ex(text: str) -> Report:
    return extract_text(text, verify=False)


def when(r: Report) -> tuple[int | None, int | None, int | None] | None:
    if r.meeting is None or r.meeting.date is None:
        return None
    d = r.meeting.date
    return d.day, d.month, d.year


def chair(r: Report) -> str | None:
    return r.meeting.chair if r.meeting else None


def test_date_in_the_first_sentence() -> None:
    r = ex("Huyện ủy Phú Lâm sơ kết 6 tháng\n\nSáng 14/5, Huyện ủy Phú Lâm tổ chức hội nghị sơ kết công tác 6 tháng "
           "đầu năm. Đồng chí Hà Minh Tâm, Bí thư Huyện ủy chủ trì hội nghị.")
    assert when(r) == (14, 5, None)
    assert chair(r) == "Hà Minh Tâm"


def test_date_in_the_middle_keeps_the_year_written_with_it() -> None:
    r = ex("Đảng bộ xã Tân Mỹ nâng cao chất lượng sinh hoạt chi bộ\n\n"
           "Những năm qua, Đảng bộ xã Tân Mỹ chú trọng đổi mới nội dung sinh hoạt chi bộ.\n\n"
           "Năm 2024, toàn Đảng bộ kết nạp 12 đảng viên mới.\n\n"
           "Hội nghị sơ kết được Đảng ủy xã tổ chức vào ngày 12/6/2024 tại hội trường xã. Đồng chí Lò Thị Xuân, "
           "Bí thư Đảng ủy xã chủ trì hội nghị.")
    assert when(r) == (12, 6, 2024)
    assert chair(r) == "Lò Thị Xuân"


def test_date_in_the_last_sentence() -> None:
    r = ex("Tân Mỹ đẩy mạnh chuyển đổi số\n\nXã Tân Mỹ đã số hóa 95% hồ sơ thủ tục hành chính.\n\n"
           "Nội dung trên được nêu tại hội nghị giao ban do UBND xã tổ chức chiều 9/10.")
    assert when(r) == (9, 10, None)


def test_date_in_a_photo_caption() -> None:
    r = ex("Bình Sơn tổng kết phong trào thi đua\n\nPhong trào thi đua yêu nước của huyện đạt nhiều kết quả.\n\n"
           "Quang cảnh hội nghị tổng kết sáng 17/8 tại Trung tâm Văn hóa huyện.\n\n"
           "Toàn huyện có 42 tập thể được khen thưởng.")
    assert when(r) == (17, 8, None)


def test_document_dates_are_not_the_meeting_date() -> None:
    notice = ("ỦY BAN NHÂN DÂN HUYỆN PHÚ LÂM\nSố: 88/TB-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
              "Phú Lâm, ngày 20 tháng 11 năm 2025\nTHÔNG BÁO\nKết luận của Chủ tịch UBND huyện tại cuộc họp về "
              "giải ngân vốn đầu tư công\n\nThực hiện Kế hoạch số 45/KH-UBND ngày 02/3/2025 của UBND huyện, "
              "ngày 18/11/2025, tại trụ sở UBND huyện, đồng chí Đinh Văn Quang, Chủ tịch UBND huyện chủ trì "
              "cuộc họp về tiến độ giải ngân vốn đầu tư công.\n")
    r = ex(notice)
    assert when(r) == (18, 11, 2025)
    assert chair(r) == "Đinh Văn Quang"


def test_a_cited_document_gives_no_year_to_the_meeting() -> None:
    r = ex("Quán triệt nghị quyết\n\nThực hiện Nghị quyết số 12-NQ/HU ngày 5/1/2025 của Ban Chấp hành Đảng bộ "
           "huyện, sáng 7/3, Đảng ủy xã Tân Mỹ tổ chức hội nghị quán triệt nghị quyết.")
    assert when(r) == (7, 3, None)


def test_the_day_a_notice_was_issued_is_not_the_meeting_day() -> None:
    r = ex("Chỉ đạo mới về giải phóng mặt bằng\n\nNgày 20/11/2025, UBND huyện Phú Lâm đã có Thông báo số "
           "88/TB-UBND kết luận của Phó Chủ tịch UBND huyện tại cuộc họp về giải phóng mặt bằng.\n\n"
           "Chiều ngày 17/11/2025, Phó Chủ tịch UBND huyện Vũ Thị Hằng đã chủ trì cuộc họp để nghe báo cáo "
           "tiến độ giải phóng mặt bằng.")
    assert when(r) == (17, 11, 2025)
    assert chair(r) == "Vũ Thị Hằng"


def test_deadlines_periods_and_post_stamps_are_not_meeting_dates() -> None:
    r = ex("Báo cáo công tác tuần\n\nThứ 2, 07/04/2025 | 08:30\n\nUBND xã Tân Mỹ báo cáo kết quả công tác tuần 14 "
           "(từ ngày 31/3 đến ngày 04/4/2025) như sau:\n\n- Thu ngân sách lũy kế đến ngày 04/4/2025 đạt 2,1 tỷ đồng."
           "\n\n- Giao Phòng Kinh tế chủ trì tổ chức hội nghị tập huấn, hoàn thành trước ngày 30/4/2025.")
    assert when(r) is None


def test_a_dated_activity_in_a_report_list_is_not_the_text_s_event() -> None:
    r = ex("BÁO CÁO\nKết quả công tác tuần 10\n\n- Ngày 10/3/2025, tổ chức Lễ giao nhận quân năm 2025.\n\n"
           "- Tiêm vắc xin cho 320 trẻ em.")
    assert when(r) is None


def test_a_session_still_to_come_is_not_the_reported_one() -> None:
    r = ex("Chuẩn bị kỳ họp\n\nThường trực HĐND huyện họp chuẩn bị nội dung. Kỳ họp thứ 9 dự kiến sẽ diễn ra vào "
           "ngày 20/12.")
    assert when(r) is None


def test_the_post_stamp_gives_no_year() -> None:
    r = ex("HĐND huyện khai mạc kỳ họp thứ 8\n\nThứ 6, 04/04/2025 | 15:45\n\nSáng 4/4, HĐND huyện Bình Sơn khai mạc "
           "kỳ họp thứ 8. Đồng chí Trịnh Văn Lực, Chủ tịch HĐND huyện chủ trì kỳ họp.")
    assert when(r) == (4, 4, None)


WRAPPED = """THÔNG BÁO

Kết luận của Phó Chủ tịch UBND tỉnh tại buổi làm việc với huyện Phú Lâm

Từ ngày 08 đến ngày 09 tháng 11 năm 2025 tại Phú
Lâm, Phó Chủ tịch UBND tỉnh Nông Văn Khải đã đến thăm Trường Tiểu học xã
Tân Mỹ, thăm mô hình trồng chè của Hợp tác xã Tân Hưng và chủ trì buổi
làm việc với Ban Thường vụ Huyện ủy Phú Lâm về tình hình kinh tế - xã hội,
giải ngân vốn đầu tư công và xử lý các kiến nghị của huyện. Cùng dự buổi
làm việc có lãnh đạo các sở: Tài chính, Xây dựng, Nông nghiệp và Môi trường.

Sau khi nghe báo cáo của lãnh đạo huyện Phú Lâm và ý kiến của các đại biểu
dự họp, Phó Chủ tịch UBND tỉnh ghi nhận những kết quả huyện đạt được trong
10 tháng năm 2025 và kết luận như sau:
"""


def test_a_span_of_days_in_a_hard_wrapped_document_gives_its_first_day() -> None:
    r = ex(WRAPPED)
    assert when(r) == (8, 11, 2025)
    assert chair(r) == "Nông Văn Khải"
    start, end = r.meeting.span
    assert WRAPPED[start:end].startswith("08 đến ngày 09 tháng 11 năm 2025")


def test_a_caption_is_not_joined_to_the_next_line_of_a_page() -> None:
    r = ex("Huyện ủy Phú Lâm sơ kết\n\nSáng 14/5, Huyện ủy Phú Lâm tổ chức hội nghị sơ kết.\n\n"
           "Đồng chí Hà Minh Tâm phát biểu tại hội nghị\nChủ trì hội nghị có đồng chí Vi Văn Lâm, Bí thư Huyện ủy."
           "\n\nHội nghị đánh giá kết quả 6 tháng đầu năm.\n\nNăm nay huyện trồng 420 ha rừng.\n")
    assert chair(r) == "Vi Văn Lâm"


def test_chair_written_after_the_verb() -> None:
    r = ex("Tin\n\nChiều 21/4, dưới sự chủ trì của đồng chí Mai Xuân Hòa, Bí thư Huyện ủy, Ban Thường vụ Huyện ủy "
           "họp cho ý kiến về công tác cán bộ.")
    assert chair(r) == "Mai Xuân Hòa"
    r = ex("Tin\n\nSáng 2/6, Đảng ủy xã họp phiên thường kỳ. Chủ trì: đồng chí Lương Văn Sơn, Bí thư Đảng ủy xã.")
    assert chair(r) == "Lương Văn Sơn"


def test_chair_written_before_the_verb_even_with_guests_after_it() -> None:
    r = ex("Tin\n\nSáng 5/6, đồng chí Lò Văn Púa, Bí thư Huyện ủy chủ trì hội nghị có sự tham dự của đồng chí "
           "Trần Văn Hùng, Phó Chủ tịch UBND tỉnh.")
    assert chair(r) == "Lò Văn Púa"


def test_the_leader_who_attends_and_directs() -> None:
    r = ex("Tin\n\nNgày 19/4, Ban Chấp hành Đảng bộ huyện tổ chức hội nghị sơ kết. Đồng chí Vi Đức Thọ, Phó Bí thư "
           "Tỉnh ủy dự và chỉ đạo hội nghị.")
    assert chair(r) == "Vi Đức Thọ"
    r = ex("Tin\n\nNgày 19/4, Ban Chấp hành Đảng bộ huyện tổ chức hội nghị sơ kết. Về dự và chỉ đạo hội nghị có "
           "đồng chí Vi Đức Thọ, Phó Bí thư Tỉnh ủy.")
    assert chair(r) == "Vi Đức Thọ"


def test_a_speech_that_directs_names_the_chair_when_no_one_presides() -> None:
    r = ex("Tin\n\nSáng 16/4, Bộ Nội vụ tổ chức hội nghị giao ban tháng 4.\n\nChỉ đạo tại Hội nghị, Bộ trưởng "
           "Bộ Nội vụ Quách Thị Liên ghi nhận kết quả của các đơn vị.")
    assert chair(r) == "Quách Thị Liên"


def test_who_runs_the_session_comes_before_who_gives_a_directing_speech() -> None:
    r = ex("Tin\n\nNgày 25.6, Hội Cựu chiến binh huyện tổ chức Đại hội thi đua. Về dự đại hội có ông K’Choi - Chủ "
           "tịch Hội Cựu chiến binh tỉnh.\n\nÔng Võ Văn Tư - Chủ tịch Hội CCB huyện điều hành Đại hội\n\n"
           "Phát biểu chỉ đạo tại Đại hội, ông Hà Văn Bình - Phó Bí thư Thường trực Huyện ủy đánh giá cao kết quả.")
    assert when(r) == (25, 6, None)
    assert chair(r) == "Võ Văn Tư"
    assert "K’Choi" in {p.name for p in r.people}


def test_a_visit_without_anyone_presiding_has_no_chair() -> None:
    r = ex("Bộ trưởng thăm và làm việc tại tỉnh\n\nNgày 4/4, đồng chí Đào Văn Sơn, Bộ trưởng Bộ Xây dựng dẫn đầu "
           "Đoàn công tác đã thăm và làm việc tại tỉnh Hòa Lâm. Tiếp và làm việc với đoàn có đồng chí Lê Văn "
           "Dũng, Chủ tịch UBND tỉnh.\n\nPhát biểu tại buổi làm việc, Bộ trưởng Đào Văn Sơn đánh giá cao tỉnh.")
    assert when(r) == (4, 4, None)
    assert chair(r) is None


def test_receiving_a_delegation_is_not_presiding() -> None:
    r = ex("Tin\n\nSáng 18/4, Chủ tịch UBND tỉnh Trương Văn Đạt đã có buổi tiếp Đoàn công tác của Ngân hàng Phát "
           "triển châu Á do ông Hans Berg dẫn đầu làm việc với UBND tỉnh.")
    assert when(r) == (18, 4, None)
    assert chair(r) is None


def test_a_task_owner_is_not_a_chair() -> None:
    r = ex("THÔNG BÁO\nKết luận\n\n1. Giao Phòng Nội vụ chủ trì, phối hợp với đồng chí Lê Thị Hoa, Trưởng Phòng "
           "Tư pháp rà soát hồ sơ.\n")
    assert chair(r) is None


def test_more_ways_to_date_the_event() -> None:
    cases = {"Hôm nay (26/3)": (26, 3, None), "Sáng thứ Hai (26/3)": (26, 3, None),
             "Trong 2 ngày (26-27/3)": (26, 3, None), "Từ ngày 26 đến 28/3": (26, 3, None),
             "Lúc 8 giờ sáng 26/3/2025": (26, 3, 2025), "SÁNG 26/3": (26, 3, None)}
    for lead, want in cases.items():
        r = ex(f"Tin\n\n{lead}, HĐND huyện Bình Sơn tổ chức kỳ họp thứ 7.")
        assert when(r) == want, lead


def test_chair_named_after_la_or_gom() -> None:
    r = ex("Tin\n\nSáng 26/3, Huyện ủy tổ chức hội nghị. Chủ trì hội nghị là đồng chí Trần Văn An, Bí thư Huyện ủy.")
    assert chair(r) == "Trần Văn An"
    r = ex("Tin\n\nSáng 26/3, HĐND huyện tổ chức kỳ họp thứ 7. Chủ tọa kỳ họp gồm các đồng chí: Trần Văn An, Chủ "
           "tịch HĐND huyện; Lê Thị Bích, Phó Chủ tịch HĐND huyện.")
    assert chair(r) == "Trần Văn An"


def test_a_session_spanning_days_after_its_verb_and_a_session_named_before_its_date() -> None:
    r = ex("Tin\n\nKỳ họp thứ 9 HĐND huyện diễn ra từ ngày 10 đến 12/7 tại hội trường huyện.")
    assert when(r) == (10, 7, None)
    r = ex("THÔNG BÁO\nKết luận của Thường trực Tỉnh ủy\n\nTại buổi làm việc với Ban Thường vụ Huyện ủy Phú Lâm ngày "
           "08/11/2025, đồng chí Lê Văn Tám, Phó Bí thư Thường trực Tỉnh ủy kết luận như sau:\n")
    assert when(r) == (8, 11, 2025)


def test_a_title_that_alone_dates_the_session() -> None:
    r = ex("THÔNG BÁO\nKẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY TẠI BUỔI LÀM VIỆC NGÀY 08/11/2025\n\n"
           "Sau khi nghe báo cáo, đồng chí Lê Văn Tám, Phó Bí thư Thường trực Tỉnh ủy kết luận như sau:\n")
    assert when(r) == (8, 11, 2025)


def test_a_date_in_a_citing_opening_clause_is_not_the_event() -> None:
    r = ex("Tin\n\nThực hiện Kết luận tại hội nghị ngày 5/1, Đảng ủy xã đã tổ chức trồng 20 ha rừng.")
    assert when(r) is None
