"""Each extractor on short texts written for the test (fictional units and people)."""

from __future__ import annotations

from desktop.core.extract import extract_text


def ex(text: str):
    return extract_text(text, verify=False)


ARTICLE = """Thường trực Huyện ủy Bình Sơn làm việc với Đảng ủy xã Tân Mỹ

Sáng 12/5, đồng chí Nguyễn Thị Lan, Tỉnh ủy viên, Bí thư Huyện ủy chủ trì buổi làm việc với Đảng ủy xã Tân Mỹ.

Dự buổi làm việc có các đồng chí: Phạm Văn Đức, Phó Bí thư Thường trực Huyện ủy; Lê Quang Huy, Phó Chủ tịch UBND huyện.

Báo cáo cho biết, thực hiện Nghị quyết số 07-NQ/ĐU ngày 20/12/2023 của Đảng ủy xã, trong 18 chỉ tiêu chủ yếu có 12 chỉ tiêu đạt và vượt kế hoạch, 4 chỉ tiêu đạt trên 80%, 2 chỉ tiêu đạt dưới 80%. Thu ngân sách trên địa bàn đạt 3,45 tỷ đồng, bằng 112,5% dự toán; tỷ lệ che phủ rừng đạt 61,2%. Toàn xã có 9/11 thôn đạt chuẩn nông thôn mới.

Bí thư Huyện ủy Nguyễn Thị Lan phát biểu kết luận buổi làm việc.

Phát biểu kết luận, đồng chí Bí thư Huyện ủy yêu cầu Đảng ủy xã Tân Mỹ tập trung chỉ đạo hoàn thành các chỉ tiêu còn thấp; đẩy nhanh tiến độ xây dựng trường mầm non trung tâm; quan tâm công tác phát triển đảng viên.

Đảng ủy xã Tân Mỹ đề nghị Thường trực Huyện ủy xem xét: hỗ trợ kinh phí sửa chữa nhà văn hóa thôn Đồng Lầy; bổ sung 01 biên chế công chức địa chính.

Hoàng Minh
Tin liên quan
Xã Tân Mỹ đón nhận danh hiệu 20/20 tiêu chí
"""


def test_article_end_to_end() -> None:
    r = ex(ARTICLE)
    assert r.title == "Thường trực Huyện ủy Bình Sơn làm việc với Đảng ủy xã Tân Mỹ"
    assert r.meeting and (r.meeting.date.day, r.meeting.date.month, r.meeting.date.year) == (12, 5, None)
    assert r.meeting.chair == "Nguyễn Thị Lan"
    people = {p.name: p.positions for p in r.people}
    assert people["Nguyễn Thị Lan"][:2] == ["Tỉnh ủy viên", "Bí thư Huyện ủy"]
    assert people["Phạm Văn Đức"] == ["Phó Bí thư Thường trực Huyện ủy"]
    assert people["Lê Quang Huy"] == ["Phó Chủ tịch UBND huyện"]
    assert people["Hoàng Minh"] == ["Tác giả"]
    assert [(d.kind, d.number, d.date) for d in r.documents] == [("Nghị quyết", "07-NQ/ĐU", "2023-12-20")]


def test_article_numbers() -> None:
    r = ex(ARTICLE)
    tallies = {t.total: sorted(p.count for p in t.parts) for t in r.tallies}
    assert tallies == {18: [2, 4, 12]}
    assert [(x.numerator, x.denominator, x.noun) for x in r.ratios] == [(9, 11, "thôn")]
    inds = {(i.value, i.unit): i for i in r.indicators}
    assert inds[(3.45, "tỷ đồng")].qualifier == "đạt"
    assert (112.5, "%") in inds and inds[(61.2, "%")].qualifier == "đạt"
    assert all(i.value not in (12, 4, 2, 18) for i in r.indicators)  # tally counts are not indicators


def test_article_tasks_and_proposals() -> None:
    r = ex(ARTICLE)
    texts = [t.text for t in r.tasks]
    assert texts[0].startswith("Đảng ủy xã Tân Mỹ tập trung chỉ đạo")
    assert "đẩy nhanh tiến độ xây dựng trường mầm non trung tâm" in texts
    assert len(texts) == 3
    assert [p.text for p in r.proposals] == [
        "hỗ trợ kinh phí sửa chữa nhà văn hóa thôn Đồng Lầy", "bổ sung 01 biên chế công chức địa chính"]
    assert all(i.value != 1 for i in r.indicators)  # a quota inside a proposal is not a result


def test_noise_is_removed_and_items_ignore_it() -> None:
    r = ex(ARTICLE)
    assert "Tin liên quan" not in r.body and "20/20" not in r.body
    assert all(x.denominator != 20 for x in r.ratios)


NOTICE = """ĐẢNG BỘ TỈNH AN HÒA                         ĐẢNG CỘNG SẢN VIỆT NAM
HUYỆN ỦY BÌNH SƠN
       *
Số 58-TB/HU                                  Bình Sơn, ngày 05 tháng 6 năm 2025

                                THÔNG BÁO
              kết luận của Thường trực Huyện ủy tại buổi làm việc
                          với Đảng ủy xã Tân Mỹ
                                  -----

Ngày 02/6/2025, Thường trực Huyện ủy làm việc với Đảng ủy xã Tân Mỹ. Thường trực Huyện ủy kết luận như sau:

1. Đảng ủy xã Tân Mỹ: xây dựng kế hoạch khắc phục hạn chế, gửi Thường trực Huyện ủy trước ngày 30/6/2025.

2. Ban Tổ chức Huyện ủy: chủ trì, phối hợp với Ủy ban Kiểm tra Huyện ủy, Văn phòng Huyện ủy hướng dẫn kiện toàn cấp ủy xã; hoàn thành trong quý III/2025.

3. Văn phòng Huyện ủy: thường xuyên theo dõi, đôn đốc, báo cáo Thường trực Huyện ủy.

Nơi nhận:                                             T/M HUYỆN ỦY
- Thường trực Huyện ủy,                                   BÍ THƯ
- Đảng ủy xã Tân Mỹ,
- Lưu Văn phòng Huyện ủy.                            Trần Văn Khải
"""


def test_official_notice_title_own_number_and_signer() -> None:
    r = ex(NOTICE)
    assert r.title == "THÔNG BÁO kết luận của Thường trực Huyện ủy tại buổi làm việc với Đảng ủy xã Tân Mỹ"
    assert r.own_number == "58-TB/HU"
    assert r.documents == []  # the document's own number is not a citation
    assert r.meeting and (r.meeting.date.day, r.meeting.date.month, r.meeting.date.year) == (2, 6, 2025)
    assert {p.name: p.positions for p in r.people} == {"Trần Văn Khải": ["BÍ THƯ"]}


def test_official_notice_tasks_carry_four_ro_fields() -> None:
    r = ex(NOTICE)
    by_group = {t.group: t for t in r.tasks}
    assert set(by_group) == {"1", "2", "3"}
    t1, t2, t3 = by_group["1"], by_group["2"], by_group["3"]
    assert t1.owner == "Đảng ủy xã Tân Mỹ" and t1.deadline == "2025-06-30" and t1.product.startswith("kế hoạch")
    assert t2.owner == "Ban Tổ chức Huyện ủy"
    assert t2.partners == ["Ủy ban Kiểm tra Huyện ủy", "Văn phòng Huyện ủy"]
    assert t2.deadline == "trong quý III/2025"
    assert t3.owner == "Văn phòng Huyện ủy" and t3.deadline == "thường xuyên"


def test_enumerated_targets_are_indicators_with_group_and_year() -> None:
    text = ("NGHỊ QUYẾT VỀ NHIỆM VỤ NĂM 2026 CỦA XÃ TÂN MỸ\n\n"
            "Năm 2026, phấn đấu đạt 3 chỉ tiêu chủ yếu sau:\n"
            "(1) Thu nhập bình quân đầu người đạt 42,5 triệu đồng/năm.\n"
            "(2) Tỷ lệ hộ nghèo giảm từ 2% trở lên.\n"
            "(3) Kết nạp từ 10 đảng viên mới trở lên.\n")
    r = ex(text)
    got = {(i.value, i.unit, i.qualifier, i.year, i.group) for i in r.indicators}
    assert got == {(42.5, "triệu đồng/năm", "đạt", 2026, "1"), (2, "%", "từ", 2026, "2"),
                   (10, "đảng viên", "từ", 2026, "3")}
    t = next(t for t in r.tallies if t.total == 3)
    assert t.enumerated == 3


def test_from_to_values_have_no_qualifier_and_their_own_years() -> None:
    r = ex("Tin\n\nTỷ lệ hộ nghèo giảm từ 21,4% năm 2021 xuống còn 12,8% năm 2024, bình quân mỗi năm giảm 2,9%.")
    got = {(i.value, i.qualifier, i.year) for i in r.indicators}
    assert got == {(21.4, None, 2021), (12.8, None, 2024), (2.9, "bình quân", None)}


def test_dates_and_ordinals_are_not_ratios_or_indicators() -> None:
    r = ex("Tin\n\nNgày 26/3, Hội nghị lần thứ 15 Ban Chấp hành khóa XX họp tại hội trường, nhiệm kỳ 2020 - 2025.")
    assert r.ratios == [] and r.indicators == []


def test_ratio_with_unit_and_percent_pair() -> None:
    r = ex("Tin\n\nThu ngân sách đạt 1.250/1.100 tỷ đồng; tỷ lệ giải ngân đạt 83,2%/50% kế hoạch; 07/21 chỉ tiêu đạt.")
    got = {(x.numerator, x.denominator, x.noun) for x in r.ratios}
    assert got == {(1250, 1100, "tỷ đồng"), (83.2, 50, "%"), (7, 21, "chỉ tiêu")}


def test_short_document_reference_merges_with_full_code() -> None:
    r = ex("Tin\n\nThực hiện Nghị quyết số 12-NQ/TU ngày 3/4/2022 của Tỉnh ủy. Kết quả thực hiện Nghị quyết 12 "
           "còn chậm; Đề án 06 của huyện được triển khai.")
    assert sorted((d.kind, d.number) for d in r.documents) == [("Nghị quyết", "12-NQ/TU"), ("Đề án", "06")]


def test_people_not_taken_from_streets_or_places() -> None:
    r = ex("Tin\n\nDự án mở rộng đường Lê Lợi và công viên Hồ Chí Minh tại phường Lâm Viên được khởi công.")
    assert r.people == []


def test_paste_without_structure_still_works() -> None:
    r = ex("đạt 45%")
    assert r.title == "đạt 45%"


def test_honorific_and_relations_in_a_district_news_item() -> None:
    r = ex("Huyện ủy Mường Lát sơ kết 6 tháng\n\nSáng ngày 10/7/2025, đồng chí Lê Văn Thành, Tỉnh ủy viên, Bí thư "
           "Huyện ủy chủ trì hội nghị.\n\nTheo báo cáo, tổng giá trị sản xuất ước đạt 1.245,6 tỷ đồng, tăng 8,2% so "
           "với cùng kỳ; thu ngân sách nhà nước đạt 45,3 tỷ đồng, bằng 61,2% dự toán.\n\nÔng Nguyễn Đình Khoa, Chủ "
           "tịch UBND huyện cho biết huyện tập trung giải ngân vốn.")
    assert r.meeting.date.year == 2025 and r.meeting.chair == "Lê Văn Thành"
    assert {p.name for p in r.people} == {"Lê Văn Thành", "Nguyễn Đình Khoa"}
    labels = {i.value: i.label for i in r.indicators}
    assert labels[8.2].startswith("Tổng giá trị sản xuất (tăng")
    assert labels[61.2].startswith("Thu ngân sách nhà nước (bằng")


def test_labels_walk_back_past_values_and_parentheses() -> None:
    r = ex("Tin\n\nTheo báo cáo của Sở Tài chính, 9 tháng năm 2025, tổng sản phẩm trên địa bàn (GRDP) ước tăng 7,85%. "
           "Giải ngân vốn đầu tư công đạt 4.120/7.350 tỷ đồng, đạt 56,1% kế hoạch.")
    labels = {i.value: i.label for i in r.indicators}
    assert labels[7.85] == "Tổng sản phẩm trên địa bàn (GRDP)" and labels[56.1] == "Giải ngân vốn đầu tư công"
    assert next(i.year for i in r.indicators if i.value == 7.85) == 2025


def test_plan_table_with_office_header_names_gives_tasks(tmp_path) -> None:
    from desktop.core.extract import extract_file
    from tests.builders import docx_with_table

    rows = [["Số TT", "Nội dung công việc", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian hoàn thành"],
            ["1", "Xây dựng kho dữ liệu dùng chung", "Phòng Văn hóa và Thông tin", "Phòng Nội vụ; UBND các xã",
             "30/9/2025"],
            ["2", "Tập huấn kỹ năng số cho công chức cấp xã", "Phòng Nội vụ", "", "Quý III/2025"]]
    before = ["KẾ HOẠCH", "Triển khai Nghị quyết số 05-NQ/HU ngày 12/3/2025 của Huyện ủy về chuyển đổi số",
              "Năm 2025, phấn đấu 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình."]
    r = extract_file(docx_with_table(tmp_path / "kh.docx", before, rows))
    tasks = {x.text: x for x in r.tasks}
    first = tasks["Xây dựng kho dữ liệu dùng chung"]
    assert (first.owner, first.partners, first.deadline, first.group) == (
        "Phòng Văn hóa và Thông tin", ["Phòng Nội vụ", "UBND các xã"], "2025-09-30", "1")
    assert tasks["Tập huấn kỹ năng số cho công chức cấp xã"].deadline == "Quý III/2025"
    assert [(x.kind, x.number, x.date) for x in r.documents] == [("Nghị quyết", "05-NQ/HU", "2025-03-12")]
    assert r.indicators[0].label.startswith("Thủ tục hành chính đủ điều kiện")


def test_menu_stamp_and_share_lines_are_noise_but_sentences_stay() -> None:
    text = ("Trang chủ | Chính trị | Kinh tế | Đăng nhập | Đăng ký\n"
            "Huyện ủy Hòa Bình sơ kết giữa nhiệm kỳ\n"
            "Thứ Hai, 14/07/2025 09:15 | Lượt xem: 1.254\n"
            "A- A+ In bài Chia sẻ: Facebook Zalo\n"
            "Ngày 12/7, Huyện ủy Hòa Bình tổ chức hội nghị sơ kết; ông Lò Văn Pấng chia sẻ: Facebook là kênh tốt.\n"
            "Kết quả | Kế hoạch | 12 | 15 tỷ đồng\n"
            "Nghe bài viết\n0 bình luận\n1 2 3 ... 10\nTổng biên tập: Lê Văn Tám\n")
    r = ex(text)
    assert r.title == "Huyện ủy Hòa Bình sơ kết giữa nhiệm kỳ"
    for gone in ("Đăng nhập", "Lượt xem", "In bài", "Nghe bài viết", "bình luận", "1 2 3", "Tổng biên tập"):
        assert gone not in r.body
    assert "chia sẻ: Facebook là kênh tốt." in r.body and "Kết quả | Kế hoạch | 12 | 15 tỷ đồng" in r.body


def test_each_kind_of_noise_line_goes_and_lines_like_them_stay() -> None:
    noise = ["anh-hoi-nghi_01.JPG", "IMG 2025 (3).jpeg", "Lượt truy cập: 12.345", "Đang online: 25", "HÔM NAY: 1,2",
             "« 1 2 3 »", "1 2 3 … 10", "https://huyenuy.example.vn/tin-tuc", "WWW.example.vn", "Gửi bình luận",
             "Bình luận (3)"]
    kept = ["Huyện ủy Tân Sơn sơ kết giữa nhiệm kỳ", "Ảnh: hội nghị sơ kết năm 2025.",
            "Tổng số đảng viên: 1.245", "12 xã đạt chuẩn nông thôn mới", "Website của huyện đã có 3 chuyên mục mới."]
    r = ex("\n".join(["Tin Tân Sơn", *noise, *kept]))
    for line in noise:
        assert line not in r.body, line
    for line in kept:
        assert line in r.body, line


def test_closed_parentheses_stay_in_labels_unless_they_hold_another_figure() -> None:
    r = ex("Tin\n\nHội nghị thống nhất các chỉ tiêu năm 2026, trong đó: tốc độ tăng trưởng kinh tế (GRDP) từ 8% trở "
           "lên; tổng giá trị sản xuất (giá so sánh 2010) đạt 1.250 tỷ đồng; tỷ lệ trường đạt chuẩn quốc gia "
           "(đạt 12/15 trường) đạt 80%.")
    labels = {i.value: i.label for i in r.indicators}
    assert labels[8] == "Tốc độ tăng trưởng kinh tế (GRDP)"
    assert labels[1250] == "Tổng giá trị sản xuất (giá so sánh 2010)"
    assert labels[80] == "Tỷ lệ trường đạt chuẩn quốc gia"


def test_report_title_stops_at_sections_and_partners_stop_at_the_work() -> None:
    r = ex("HUYỆN ỦY TÂN LẬP\nSố 215-BC/HU\nĐẢNG CỘNG SẢN VIỆT NAM\nBÁO CÁO\nkết quả thực hiện Kế hoạch số "
           "45-KH/HU ngày 10/01/2025 về cải cách hành chính\nI. KẾT QUẢ THỰC HIỆN\n1. Việc triển khai\n"
           "Kế hoạch đề ra 45 nhiệm vụ, đã hoàn thành 30 nhiệm vụ, đang triển khai 12 nhiệm vụ, chưa triển khai "
           "3 nhiệm vụ.\nII. NHIỆM VỤ THỜI GIAN TỚI\n1. Văn phòng HĐND và UBND huyện chủ trì, phối hợp với Phòng "
           "Nội vụ hoàn thiện quy chế làm việc, trình UBND huyện trước ngày 15/12/2025.\n2. Phòng Kinh tế chủ trì, "
           "phối hợp với Ban quản lý dự án huyện, UBND các xã rà soát các công trình chậm tiến độ.\n"
           "3. Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với các cơ quan liên quan chuẩn bị nội dung tổng kết "
           "Nghị quyết.\n")
    assert r.title == "BÁO CÁO kết quả thực hiện Kế hoạch số 45-KH/HU ngày 10/01/2025 về cải cách hành chính"
    partners = [t.partners for t in r.tasks]
    assert partners == [["Phòng Nội vụ"], ["Ban quản lý dự án huyện", "UBND các xã"], ["các cơ quan liên quan"]]
    assert r.tasks[0].deadline == "2025-12-15"


def test_bylines_with_tin_anh_and_agency_in_parentheses() -> None:
    base = ("Huyện ủy Tân Lập họp phiên thường kỳ\n\nSáng 5/8, đồng chí Nguyễn Văn Hải, Bí thư Huyện ủy chủ trì "
            "phiên họp.\n\n")
    for tail, name in (("Tin, ảnh: Thu Hà", "Thu Hà"), ("Hoàng Anh (TTXVN)", "Hoàng Anh"),
                       ("Bài và ảnh: Đỗ Quang Trung", "Đỗ Quang Trung")):
        people = {p.name: p.positions for p in ex(base + tail).people}
        assert people[name] == ["Tác giả"], tail
    assert set(p.name for p in ex(base + "Tin liên quan: Huyện Tân Lập ra quân").people) == {"Nguyễn Văn Hải"}


def test_tally_noun_keeps_compounds_joined_by_a_dash() -> None:
    r = ex("Tin\n\nTrong 12 chỉ tiêu kinh tế - xã hội, có 8 chỉ tiêu đạt và vượt; 3 chỉ tiêu đạt từ 80% trở lên; "
           "1 chỉ tiêu chưa đạt.")
    assert [(t.total, t.noun, [p.count for p in t.parts]) for t in r.tallies] == [
        (12, "chỉ tiêu kinh tế - xã hội", [8, 3, 1])]


def test_deadlines_as_offices_write_them() -> None:
    from desktop.core.extract.tasks import _deadline

    cases = {
        "hoàn thành trước 31/12/2025": "2025-12-31",
        "báo cáo trước ngày 20 tháng 12 năm 2025": "2025-12-20",
        "chậm nhất ngày 05/12/2025": "2025-12-05",
        "hoàn thành trước ngày 30/6, báo cáo": "trước ngày 30/6",
        "hoàn thành trước Tết Nguyên đán, báo cáo": "trước Tết Nguyên đán",
        "trong tháng 11 năm 2025": "trong tháng 11 năm 2025",
        "thời gian hoàn thành: tháng 12/2025": "tháng 12/2025",
        "từ năm 2021 đến năm 2025 đã có 12/15 xã": None,
    }
    assert {t: _deadline(t) for t in cases} == cases


def test_de_xuat_to_a_higher_body_is_a_proposal_but_de_xuat_as_work_is_not() -> None:
    r = ex("Tin\n\nHuyện ủy đề xuất Ban Thường vụ Tỉnh ủy cho chủ trương thành lập Trung tâm chính trị huyện; đồng "
           "thời kiến nghị UBND tỉnh bổ sung vốn cho chương trình mục tiêu quốc gia.\n\nĐồng chí Bí thư yêu cầu "
           "thị xã chủ động đề xuất cơ chế đặc thù với Tỉnh ủy.")
    assert [p.text for p in r.proposals] == ["cho chủ trương thành lập Trung tâm chính trị huyện",
                                             "bổ sung vốn cho chương trình mục tiêu quốc gia"]
    assert [t.text for t in r.tasks] == ["thị xã chủ động đề xuất cơ chế đặc thù với Tỉnh ủy"]


def test_labels_name_what_is_measured_not_the_unit() -> None:
    r = ex("Tin\n\nNăm 2025, trồng mới 1.200 ha rừng; đón 1,2 triệu lượt khách du lịch; tỷ lệ tham gia bảo hiểm y "
           "tế đạt 95,2%; có 3 xã đạt chuẩn nông thôn mới nâng cao; cứng hóa 45,5 km đường giao thông nông thôn.")
    labels = {(i.value, i.unit): i.label for i in r.indicators}
    assert labels[(1200, "ha")] == "Trồng mới rừng"
    assert labels[(1.2, "triệu lượt")] == "Đón khách du lịch"
    assert labels[(3, "xã")] == "Xã đạt chuẩn nông thôn mới nâng cao"
    assert labels[(45.5, "km")] == "Cứng hóa đường giao thông nông thôn"


def test_people_with_positions_in_parentheses_after_a_province_and_in_lists() -> None:
    r = ex("Tin\n\nTham dự có đồng chí Lê Thị Bình (Phó Chủ tịch UBND tỉnh) và bà Hoàng Thị Cúc, Giám đốc Sở Tài "
           "chính. Phó Chủ tịch Thường trực UBND tỉnh Trần Văn Dũng phát biểu. Các đồng chí trong Ban Thường vụ "
           "Tỉnh ủy: Vũ Văn Em, Đinh Thị Phương và Lò Văn Giàng dự hội nghị. Đoàn thăm tỉnh Hà Giang. Huyện có các "
           "xã: Hà Long, Bản Mế.")
    people = {p.name: p.positions for p in r.people}
    assert people == {
        "Lê Thị Bình": ["Phó Chủ tịch UBND tỉnh"], "Hoàng Thị Cúc": ["Giám đốc Sở Tài chính"],
        "Trần Văn Dũng": ["Phó Chủ tịch Thường trực UBND tỉnh"],
        "Vũ Văn Em": [], "Đinh Thị Phương": [], "Lò Văn Giàng": [],
    }


def test_numbered_body_heading_owns_its_lettered_items() -> None:
    r = ex("THÔNG BÁO\nkết luận của Ban Thường vụ Tỉnh ủy\n\nBan Thường vụ Tỉnh ủy kết luận như sau:\n"
           "1. Ban cán sự đảng UBND tỉnh: chỉ đạo hoàn thiện dự thảo Báo cáo chính trị trước ngày 15/10/2025.\n"
           "2. Ban Tổ chức Tỉnh ủy:\na) Chủ trì hướng dẫn công tác nhân sự đại hội cấp cơ sở.\n"
           "b) Tham mưu kiện toàn các chức danh còn khuyết.\n3. Giao Văn phòng Tỉnh ủy theo dõi, đôn đốc thực hiện.\n")
    assert [(t.group, t.owner) for t in r.tasks] == [
        ("1", "Ban cán sự đảng UBND tỉnh"), ("a", "Ban Tổ chức Tỉnh ủy"), ("b", "Ban Tổ chức Tỉnh ủy"),
        ("3", "Văn phòng Tỉnh ủy")]


def test_document_dates_in_words() -> None:
    r = ex("Tin\n\nThực hiện Công văn số 456/UBND-VP ngày 3 tháng 9 năm 2025 và Quyết định số 1234/QĐ-UBND ngày "
           "15/8/2025 của UBND tỉnh; Chỉ thị 05-CT/TW, 5 năm qua; Nghị quyết số 18-NQ/TU ngày 1-10-2021.")
    assert [(d.kind, d.number, d.date) for d in r.documents] == [
        ("Công văn", "456/UBND-VP", "2025-09-03"), ("Quyết định", "1234/QĐ-UBND", "2025-08-15"),
        ("Chỉ thị", "05-CT/TW", None), ("Nghị quyết", "18-NQ/TU", "2021-10-01")]


def test_spaced_code_without_a_slash_is_cited() -> None:
    # "18 NQ-TU" has a dash but no slash: a line without "/" still holds a loose code (it was lost once)
    r = ex("Tin\n\nTriển khai Nghị quyết số 18 NQ-TU của Ban Thường vụ Huyện ủy về phát triển du lịch, các xã đã "
           "xây dựng kế hoạch thực hiện.")
    assert [(d.kind, d.number) for d in r.documents] == [("Nghị quyết", "18NQ-TU")]


def test_table_pasted_from_word_with_tabs_is_a_table() -> None:
    r = ex("Kết quả thực hiện chỉ tiêu năm 2025\n\nTT\tChỉ tiêu\tĐVT\tKế hoạch\tThực hiện\tTỷ lệ (%)\n"
           "1\tThu ngân sách\tTỷ đồng\t120\t131,5\t109,6\n2\tTrồng rừng mới\tha\t500\t450\t95\n\n"
           "Năm 2025 có 10/12 chỉ tiêu đạt.")
    cells = {(i.label, i.rel): i.value for i in r.indicators}
    assert cells[("Trồng rừng mới (thực hiện)", "row-actual")] == 450
    from desktop.core.verify import verify_report

    assert [(f.kind, f.values["computed"]) for f in verify_report(r)] == [("percent_mismatch", 90)]


def test_chair_named_after_a_sentence_opening_chu_tri() -> None:
    r = ex("Tin\n\nChiều 12/5, UBND tỉnh họp về giải ngân. Chủ trì cuộc họp có đồng chí Trần Minh Khoa, Chủ tịch "
           "UBND tỉnh.")
    assert r.meeting.chair == "Trần Minh Khoa"


WEEKLY = """UỶ BAN NHÂN DÂN                    CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ PHÚ XUÂN                              Độc lập - Tự do - Hạnh phúc
Số: 87/BC-UBND                     Phú Xuân, ngày 14 tháng 11 năm 2025

BÁO CÁO
Kết quả công tác tháng 11 và nhiệm vụ trọng tâm tháng 12 năm 2025

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 11
- Giải quyết 142 hồ sơ thủ tục hành chính, trong đó trực tuyến 98 hồ sơ, trực tiếp 46 hồ sơ.
II. NHIỆM VỤ TRỌNG TÂM THÁNG 12
1. Công chức Địa chính - Xây dựng chủ trì rà soát hồ sơ giao đất, báo cáo trước ngày 20/12/2025.
2. Các thôn tập trung tuyên truyền phòng, chống cháy rừng mùa khô.
III. ĐỀ XUẤT, KIẾN NGHỊ
Đề nghị UBND huyện bố trí 500 triệu đồng sửa chữa đường vào thôn Nậm Hạ.

Nơi nhận:                                        TM. ỦY BAN NHÂN DÂN
- UBND huyện;                                           CHỦ TỊCH
- Lưu: VT.

                                                    Lý Văn Sài
"""


def test_commune_weekly_report_owner_proposal_and_signer_under_a_blank_line() -> None:
    r = ex(WEEKLY)
    assert [t.owner for t in r.tasks] == ["Công chức Địa chính - Xây dựng", "Các thôn"]
    assert [p.text for p in r.proposals] == ["bố trí 500 triệu đồng sửa chữa đường vào thôn Nậm Hạ"]
    assert all(i.value != 500 for i in r.indicators)  # a figure inside a proposal is not an indicator
    assert [(p.name, p.positions) for p in r.people] == [("Lý Văn Sài", ["CHỦ TỊCH"])]


def test_period_phrases_are_not_part_of_labels() -> None:
    r = ex("Tin\n\nThu ngân sách trên địa bàn lũy kế 11 tháng đạt 3,82 tỷ đồng; giải ngân vốn đầu tư công 6 tháng "
           "đầu năm đạt 38,2%; thu phí lũy kế đạt 0,9 tỷ đồng.")
    assert [i.label for i in r.indicators] == ["Thu ngân sách trên địa bàn", "Giải ngân vốn đầu tư công", "Thu phí"]


def test_ordinal_items_and_a_leaders_de_nghi_list() -> None:
    r = ex("Tin\n\nĐồng chí Bí thư Tỉnh ủy yêu cầu huyện tập trung một số nhiệm vụ: Thứ nhất, đẩy nhanh tiến độ giải "
           "ngân vốn đầu tư công. Thứ hai, làm tốt công tác chuẩn bị đại hội. Ba là, chăm lo đời sống nhân dân.")
    assert [(t.group, t.text) for t in r.tasks] == [
        ("1", "đẩy nhanh tiến độ giải ngân vốn đầu tư công"), ("2", "làm tốt công tác chuẩn bị đại hội"),
        ("3", "chăm lo đời sống nhân dân")]
    r = ex("Tin\n\nĐồng chí Chủ tịch UBND tỉnh đề nghị:\n- Sở Tài chính khẩn trương thẩm định phương án giá, hoàn "
           "thành trước ngày 30/11/2025.\n- UBND các huyện rà soát quỹ đất tái định cư.\n")
    assert [(t.owner, t.deadline) for t in r.tasks] == [("Sở Tài chính", "2025-11-30"), ("UBND các huyện", None)]
    assert r.proposals == []


def test_moi_ends_a_noun_phrase_and_counted_items_describe_themselves() -> None:
    r = ex("Tin\n\nĐến nay có 98/120 xã đạt chuẩn nông thôn mới, chiếm 81,7%; 25 xã đạt chuẩn nông thôn mới nâng cao, "
           "6 xã đạt chuẩn kiểu mẫu. Tỷ lệ tiêm chủng mới đạt 45%.")
    labels = {i.value: i.label for i in r.indicators}
    assert labels[81.7] == "Xã đạt chuẩn nông thôn mới"
    assert labels[6] == "Xã đạt chuẩn kiểu mẫu"
    assert labels[45] == "Tỷ lệ tiêm chủng"


def test_state_notice_docx_with_line_breaks_in_header_and_signature_cells(tmp_path) -> None:
    import docx

    from desktop.core.extract import extract_file

    d = docx.Document()
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nTỈNH HÒA LÂM\nSố: 412/TB-UBND"
    t.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    d.add_paragraph("THÔNG BÁO")
    d.add_paragraph("Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về phòng, chống thiên tai")
    d.add_paragraph("Ngày 03/11/2025, đồng chí Đỗ Văn Minh, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp. Sau khi nghe báo "
                    "cáo, đồng chí Phó Chủ tịch UBND tỉnh kết luận:")
    d.add_paragraph("1. Giao Sở Tài chính chủ trì rà soát kinh phí, báo cáo UBND tỉnh trước ngày 20/11/2025.")
    s = d.add_table(rows=1, cols=2)
    s.cell(0, 0).text = "Nơi nhận:\n- Như trên;\n- Lưu: VT."
    s.cell(0, 1).text = "TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\n\nNguyễn Thị Thu Hằng"
    f = tmp_path / "tb.docx"
    d.save(str(f))
    r = extract_file(f)
    assert r.title == "THÔNG BÁO Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về phòng, chống thiên tai"
    assert (r.own_number, r.unit) == ("412/TB-UBND", "ỦY BAN NHÂN DÂN TỈNH HÒA LÂM")
    assert (r.meeting.chair, r.meeting.date.day) == ("Đỗ Văn Minh", 3)
    assert {p.name: p.positions for p in r.people}["Nguyễn Thị Thu Hằng"] == ["PHÓ CHÁNH VĂN PHÒNG"]


def test_a_second_directive_sentence_starts_after_its_verb() -> None:
    r = ex("Tin\n\nPhát biểu chỉ đạo, đồng chí Chủ tịch UBND tỉnh yêu cầu Sở Y tế chủ động phương án phòng, chống "
           "dịch bệnh mùa mưa. Đồng chí cũng đề nghị các sở, ngành khẩn trương giải ngân vốn.")
    assert [(t.text, t.owner) for t in r.tasks] == [
        ("Sở Y tế chủ động phương án phòng, chống dịch bệnh mùa mưa", "Sở Y tế"),
        ("các sở, ngành khẩn trương giải ngân vốn", "các sở, ngành")]


def test_targets_listed_under_a_heading_with_a_year_take_that_year() -> None:
    r = ex("NGHỊ QUYẾT\nvề phát triển du lịch\n\nII. MỤC TIÊU\n2. Các chỉ tiêu cụ thể đến năm 2030\n"
           "- Tổng thu từ du lịch đạt 3.000 tỷ đồng.\n- Có ít nhất 5 sản phẩm du lịch đặc trưng.\n"
           "III. NHIỆM VỤ, GIẢI PHÁP\n1. Tăng cường quy hoạch, phấn đấu 100% điểm du lịch có quy hoạch.\n")
    got = {i.value: (i.label, i.year) for i in r.indicators}
    assert got[3000] == ("Tổng thu từ du lịch", 2030)
    assert got[5] == ("Sản phẩm du lịch đặc trưng", 2030)
    assert got[100][1] is None


def test_de_nghi_goes_up_or_down_by_the_level_of_speaker_and_addressee() -> None:
    up = ex("Tin\n\nTại buổi làm việc, lãnh đạo huyện Tân Lập đề nghị tỉnh quan tâm hỗ trợ kinh phí làm đường vào xã "
            "Nậm Lúc.")
    assert [p.text for p in up.proposals] == ["quan tâm hỗ trợ kinh phí làm đường vào xã Nậm Lúc"] and not up.tasks
    leader_up = ex("Tin\n\nĐồng chí Bí thư Huyện ủy Tân Lập đề nghị Ban Thường vụ Tỉnh ủy quan tâm bố trí vốn xây "
                   "dựng trường học.")
    assert [p.text for p in leader_up.proposals] == ["quan tâm bố trí vốn xây dựng trường học"]
    down = ex("Tin\n\nĐồng chí Bí thư Tỉnh ủy đề nghị huyện Tân Lập tập trung chỉ đạo hoàn thành chỉ tiêu.")
    assert [t.text for t in down.tasks] == ["huyện Tân Lập tập trung chỉ đạo hoàn thành chỉ tiêu"]
    assert down.proposals == []


def test_products_after_tham_muu_and_lists() -> None:
    from desktop.core.extract.tasks import _product

    assert _product("Văn phòng UBND tỉnh tham mưu dự thảo Quyết định thành lập Ban Chỉ đạo, hoàn thành trước "
                    "30/11/2025") == "dự thảo Quyết định thành lập Ban Chỉ đạo"
    assert _product("UBND các huyện rà soát, lập danh sách hộ nghèo gửi Sở Lao động") == "danh sách hộ nghèo"
    assert _product("Công an tỉnh tăng cường tuần tra kiểm soát") is None


def test_former_and_acting_positions() -> None:
    r = ex("Tin\n\nDự hội nghị có bà Trần Thị Cúc, nguyên Phó Chủ tịch UBND tỉnh; ông Lê Văn Em, Quyền Giám đốc Sở "
           "Y tế.")
    assert {p.name: p.positions for p in r.people} == {
        "Trần Thị Cúc": ["nguyên Phó Chủ tịch UBND tỉnh"], "Lê Văn Em": ["Quyền Giám đốc Sở Y tế"]}


def test_percent_against_plan_repeats_the_quantity_it_measures() -> None:
    r = ex("Tin\n\nToàn huyện trồng mới 850 ha rừng, đạt 106% kế hoạch. Gieo cấy 1.200 ha lúa vụ Xuân, đạt 91,7% kế "
           "hoạch.")
    labels = {i.value: i.label for i in r.indicators}
    assert labels[850] == labels[106] == "Trồng mới rừng"
    assert "ha" not in labels[91.7].lower().split()


def test_an_impossible_date_in_the_lead_is_skipped_not_fatal() -> None:
    r = ex("Tin\n\nChiều 26/33, Huyện ủy Tân Lập tổ chức hội nghị. Đồng chí Nguyễn Văn Hải, Bí thư Huyện ủy chủ trì.")
    assert r.meeting.date is None and r.meeting.chair == "Nguyễn Văn Hải"


def test_owners_named_by_their_head() -> None:
    r = ex("THÔNG BÁO\nkết luận của Chủ tịch UBND tỉnh\n\nChủ tịch UBND tỉnh kết luận như sau:\n"
           "1. Thủ trưởng các sở, ngành chịu trách nhiệm trước Chủ tịch UBND tỉnh về tiến độ giải ngân.\n"
           "2. Giám đốc Sở Xây dựng trực tiếp chỉ đạo hoàn thành thủ tục đầu tư dự án.\n"
           "3. Đồng chí Phó Chủ tịch UBND tỉnh Lê Văn Bình trực tiếp chỉ đạo công tác giải phóng mặt bằng.\n")
    assert [t.owner for t in r.tasks] == [
        "Thủ trưởng các sở, ngành", "Giám đốc Sở Xây dựng", "Phó Chủ tịch UBND tỉnh Lê Văn Bình"]


def test_relations_in_parentheses_and_decimal_commas_in_labels() -> None:
    r = ex("Tin\n\nThu ngân sách đạt 245,6 tỷ đồng (tăng 12,5% so với cùng kỳ, bằng 105% KH). GRDP bình quân đầu "
           "người ước đạt 85,2 triệu đồng/người/năm (năm 2020 là 52 triệu đồng).")
    labels = {i.value: i.label for i in r.indicators}
    assert labels[12.5] == "Thu ngân sách (tăng so với cùng kỳ)"
    assert labels[105] == "Thu ngân sách (bằng kế hoạch)"
    assert labels[52] == "GRDP bình quân đầu người"


def test_meeting_dates_written_with_dashes_dots_parentheses_or_two_days() -> None:
    cases = {"Sáng nay (26/3)": (26, 3, None), "Sáng 26-3": (26, 3, None), "Ngày 26-3-2025": (26, 3, 2025),
             "Chiều 26.3": (26, 3, None), "Trong hai ngày 26 và 27/3": (26, 3, None),
             "Ngày 26 tháng 3 năm 2025": (26, 3, 2025), "Sáng 26 tháng 3": (26, 3, None)}
    for lead, want in cases.items():
        r = ex(f"Tin\n\n{lead}, Huyện ủy Tân Lập tổ chức hội nghị sơ kết. Đồng chí Nguyễn Văn Hải, Bí thư Huyện ủy "
               "chủ trì.")
        d = r.meeting.date
        assert (d.day, d.month, d.year) == want, lead


def test_answers_to_proposals_are_tasks_from_giao() -> None:
    r = ex("THÔNG BÁO\nkết luận của Thường trực Tỉnh ủy\n\nVề các kiến nghị, đề xuất của huyện:\n"
           "- Đối với kiến nghị hỗ trợ kinh phí xây dựng cầu Na Lốc: giao Sở Tài chính chủ trì, tham mưu UBND tỉnh "
           "xem xét, bố trí vốn.\n")
    assert [(t.text, t.owner) for t in r.tasks] == [
        ("giao Sở Tài chính chủ trì, tham mưu UBND tỉnh xem xét, bố trí vốn", "Sở Tài chính")]
    assert r.proposals == []


def test_owner_after_giao_and_bodies_named_with_a_verb_inside() -> None:
    r = ex("THÔNG BÁO\nKết luận của Chủ tịch UBND huyện\n2. Nhiệm vụ thời gian tới\n"
           "a) Giao Phòng Tài chính - Kế hoạch chủ trì, phối hợp với Ban Quản lý dự án đầu tư xây dựng huyện "
           "rà soát vốn các dự án chậm giải ngân.\n"
           "b) Ban Quản lý dự án đầu tư xây dựng huyện chủ trì hoàn thiện hồ sơ các công trình khởi công mới.\n"
           "c) Thống nhất đề xuất của Phòng Giáo dục; giao Phòng Tài chính - Kế hoạch cân đối nguồn kinh phí.\n")
    got = [(t.owner, t.partners) for t in r.tasks]
    assert ("Phòng Tài chính - Kế hoạch", ["Ban Quản lý dự án đầu tư xây dựng huyện"]) in got
    assert ("Ban Quản lý dự án đầu tư xây dựng huyện", []) in got
    assert any(t.owner == "Phòng Tài chính - Kế hoạch" and "cân đối" in t.text for t in r.tasks)


def test_tally_parts_that_say_the_noun_once() -> None:
    r = extract_text("Tin\n\nTrong 312 đảng viên được đánh giá, có 41 đảng viên hoàn thành xuất sắc nhiệm vụ "
                     "(chiếm 13,1%), 250 hoàn thành tốt nhiệm vụ, 19 hoàn thành nhiệm vụ, 2 không hoàn thành nhiệm vụ.")
    assert [(t.total, t.noun, [(p.count, p.status) for p in t.parts]) for t in r.tallies] == [
        (312, "đảng viên", [(41, "hoàn thành xuất sắc nhiệm vụ"), (250, "hoàn thành tốt nhiệm vụ"),
                            (19, "hoàn thành nhiệm vụ"), (2, "không hoàn thành nhiệm vụ")])]
    assert not r.findings
    bad = extract_text("Tin\n\nTrong 312 đảng viên được đánh giá, có 41 đảng viên hoàn thành xuất sắc nhiệm vụ, "
                       "250 hoàn thành tốt nhiệm vụ, 19 hoàn thành nhiệm vụ, 3 không hoàn thành nhiệm vụ.")
    assert [f.kind for f in bad.findings] == ["sum_mismatch"]


def test_meeting_date_after_a_dateline() -> None:
    for lead in ("(PX) - Chiều 22/12", "Lào Cai (TTXVN) – Sáng 8/10", "BLC - Ngày 3/4"):
        r = ex(f"Tiêu đề\n\n{lead}, Đảng ủy xã tổ chức hội nghị tổng kết công tác năm 2025.")
        assert r.meeting is not None and r.meeting.date is not None, lead


def test_who_aims_is_not_part_of_the_label() -> None:
    r = ex("Tin\n\nNăm 2026, Đảng bộ xã phấn đấu tốc độ tăng trưởng giá trị sản xuất đạt 7% trở lên.")
    assert [(i.label, i.value) for i in r.indicators] == [("Tốc độ tăng trưởng giá trị sản xuất", 7)]


def test_labels_name_the_measure_and_what_was_done() -> None:
    r = ex("Tin\n\n- Đã đầu tư xây dựng 14 công trình phòng, chống thiên tai với tổng kinh phí 86,4 tỷ đồng.\n"
           "- Tổ chức 36 cuộc diễn tập cấp xã; kết nạp 18 đảng viên mới.")
    labels = {(i.value, i.unit): i.label for i in r.indicators}
    assert labels[(86.4, "tỷ đồng")] == "Tổng kinh phí đầu tư xây dựng công trình phòng, chống thiên tai"
    assert labels[(14, "công trình")].startswith("Đầu tư xây dựng công trình")
    assert labels[(36, "cuộc")] == "Tổ chức cuộc diễn tập cấp xã"
    assert labels[(18, "đảng viên")] == "Kết nạp đảng viên mới"


def test_signer_without_a_noi_nhan_block() -> None:
    r = ex("HUYỆN ỦY KIM BÌNH\nSố 88-BC/HU\nĐẢNG CỘNG SẢN VIỆT NAM\nBÁO CÁO\nsơ kết công tác phòng, chống thiên tai\n"
           "I. KẾT QUẢ\nDi dời 125 hộ dân ra khỏi vùng sạt lở.\n\nT/M HUYỆN ỦY\nBÍ THƯ\n\nHoàng Văn Quý\n")
    assert {p.name: p.positions for p in r.people} == {"Hoàng Văn Quý": ["BÍ THƯ"]}


def test_conclusion_items_that_look_back_or_announce_are_not_tasks() -> None:
    r = ex("THÔNG BÁO\nKẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY\nBan Thường vụ Tỉnh ủy kết luận như sau:\n"
           "1. Sau 5 năm thực hiện Nghị quyết, lượng khách du lịch đạt 12,6 triệu lượt; sản phẩm còn đơn điệu.\n"
           "2. Thời gian tới, đề nghị các cấp ủy, tổ chức đảng tập trung thực hiện tốt các nhiệm vụ sau:\n"
           "- Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch đẩy mạnh "
           "quảng bá du lịch.\n"
           "- Các huyện ủy, thị ủy, thành ủy xây dựng ít nhất 01 sản phẩm du lịch đặc trưng.\n"
           "3. Giao Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện Thông báo này.\n")
    got = [(t.owner, t.partners) for t in r.tasks]
    assert got == [("Ban Tuyên giáo và Dân vận Tỉnh ủy", ["Sở Văn hóa, Thể thao và Du lịch"]),
                   ("Các huyện ủy, thị ủy, thành ủy", []), ("Văn phòng Tỉnh ủy", [])]


def test_average_growth_after_a_figure_is_about_that_figure() -> None:
    r = ex("Tin\n\nLượng khách du lịch đến tỉnh đạt 12,6 triệu lượt, tăng bình quân 15,2%/năm.")
    assert [(i.label, i.value, i.qualifier) for i in r.indicators] == [
        ("Lượng khách du lịch đến tỉnh", 12.6, "đạt"),
        ("Lượng khách du lịch đến tỉnh (tăng bình quân)", 15.2, "bình quân")]


def test_leader_who_works_with_a_unit_leads_the_session_and_comma_pairs_stay_in_labels() -> None:
    r = ex("Bí thư Tỉnh ủy làm việc với huyện\n\nNgày 3/9, đồng chí Hà Quang Vinh, Bí thư Tỉnh ủy đã có buổi làm việc "
           "với Ban Thường vụ Huyện ủy Mường Lạt. Cùng dự có đồng chí Lê Thị Mai, Phó Chủ tịch UBND tỉnh.\n\n"
           "Giá trị sản xuất nông, lâm nghiệp của huyện ước đạt 412 tỷ đồng.")
    assert r.meeting is not None and r.meeting.chair == "Hà Quang Vinh"
    assert [i.label for i in r.indicators] == ["Giá trị sản xuất nông, lâm nghiệp của huyện"]


def test_plan_items_with_one_line_per_field() -> None:
    r = ex("KẾ HOẠCH\nTriển khai chuyển đổi số năm 2026\nII. NHIỆM VỤ CỤ THỂ\n1. Hoàn thiện hạ tầng số\n"
           "- Cơ quan chủ trì: Sở Khoa học và Công nghệ.\n- Cơ quan phối hợp: Các doanh nghiệp viễn thông.\n"
           "- Thời gian hoàn thành: Quý III/2026.\n- Sản phẩm: Báo cáo kết quả phủ sóng 5G.\n"
           "2. Số hóa hồ sơ thủ tục hành chính\n- Đơn vị chủ trì: Văn phòng UBND tỉnh.\n"
           "- Đơn vị phối hợp: Các sở, ban, ngành; UBND các xã, phường.\n- Thời hạn: 30/6/2026.\n")
    got = [(t.group, t.text, t.owner, t.partners, t.deadline, t.product) for t in r.tasks]
    assert got == [
        ("1", "Hoàn thiện hạ tầng số", "Sở Khoa học và Công nghệ", ["Các doanh nghiệp viễn thông"], "Quý III/2026",
         "Báo cáo kết quả phủ sóng 5G"),
        ("2", "Số hóa hồ sơ thủ tục hành chính", "Văn phòng UBND tỉnh", ["Các sở, ban, ngành", "UBND các xã, phường"],
         "2026-06-30", None)]


def test_plan_item_fields_written_inside_the_item() -> None:
    r = ex("KẾ HOẠCH\nChuyển đổi số\nII. NHIỆM VỤ CỤ THỂ\n1. Hoàn thiện hạ tầng số. Cơ quan chủ trì: Sở Khoa học và "
           "Công nghệ; cơ quan phối hợp: Các doanh nghiệp viễn thông; thời gian hoàn thành: Quý III/2026.\n")
    assert [(t.owner, t.partners, t.deadline) for t in r.tasks] == [
        ("Sở Khoa học và Công nghệ", ["Các doanh nghiệp viễn thông"], "Quý III/2026")]


def test_a_ratio_tally_takes_the_status_written_before_it() -> None:
    r = ex("Tin\n\nNăm 2025, huyện đạt và vượt 16/18 chỉ tiêu chủ yếu; có thêm 2 xã đạt chuẩn nông thôn mới nâng cao.")
    assert [(t.total, [(p.count, p.status) for p in t.parts]) for t in r.tallies] == [(18, [(16, "đạt và vượt")])]
    assert [i.label for i in r.indicators] == ["Xã đạt chuẩn nông thôn mới nâng cao"]


def test_owner_after_giao_with_a_colon_and_after_de_nghi() -> None:
    r = ex("THÔNG BÁO\nKẾT LUẬN CỦA THƯỜNG TRỰC HUYỆN ỦY\nThường trực Huyện ủy kết luận như sau:\n"
           "1. Giao Ban Tuyên giáo Huyện ủy: chủ trì, phối hợp với Trung tâm Chính trị huyện tổ chức học tập "
           "nghị quyết.\n2. Đề nghị Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội huyện tăng cường tuyên "
           "truyền, vận động Nhân dân.\n")
    assert [t.owner for t in r.tasks] == ["Ban Tuyên giáo Huyện ủy",
                                          "Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội huyện"]


def test_more_counted_things_and_work_verbs() -> None:
    r = ex("Tin\n\nCấp 1.245 giấy chứng nhận quyền sử dụng đất, đạt 103,8% kế hoạch năm.\n\n"
           "Chủ tịch UBND huyện yêu cầu: Phòng Tài nguyên và Môi trường đẩy nhanh cấp giấy chứng nhận quyền sử "
           "dụng đất; các xã tập trung thu ngân sách.")
    assert (1245, "giấy chứng nhận") in [(i.value, i.unit) for i in r.indicators]
    assert "Phòng Tài nguyên và Môi trường" in [t.owner for t in r.tasks]


def test_values_per_year_and_per_hectare() -> None:
    r = ex("Tin\n\nSản lượng chè búp tươi đạt 12.600 tấn/năm. Giá trị thu hoạch trên 1 ha đất trồng trọt bình quân "
           "đạt 95 triệu đồng/ha/năm; phát triển 2.350 ha cây ăn quả, vượt 17,5% so với mục tiêu Đề án (2.000 ha).")
    got = {(i.value, i.unit): i.label for i in r.indicators}
    assert got[(12600, "tấn/năm")] == "Sản lượng chè búp tươi"
    assert (95, "triệu đồng/ha/năm") in got
    assert got[(17.5, "%")].endswith("(vượt so với mục tiêu Đề án)")


DISTRICT_NOTICE = """ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN HÒA AN                              Độc lập - Tự do - Hạnh phúc
Số: 215/TB-UBND                          Hòa An, ngày 18 tháng 9 năm 2025

THÔNG BÁO
Kết luận của đồng chí Chủ tịch UBND huyện tại buổi kiểm tra tiến độ các công trình

Ngày 15/9/2025, đồng chí Nông Văn Tuấn, Chủ tịch UBND huyện chủ trì kiểm tra tiến độ các công trình năm 2025.

Năm 2025, huyện được giao kế hoạch vốn đầu tư công 186,5 tỷ đồng cho 42 dự án; đến ngày 10/9/2025 đã giải ngân 97,3 tỷ đồng, đạt 52,2% kế hoạch. Trong 42 dự án, có 15 dự án chuyển tiếp, 27 dự án khởi công mới; đã hoàn thành, bàn giao đưa vào sử dụng 9 dự án.

Đồng chí Chủ tịch UBND huyện kết luận như sau:

1. Phòng Tài chính - Kế hoạch: chủ trì rà soát, tham mưu điều chuyển vốn giữa các dự án, hoàn thành trong tháng 10/2025.

2. Đề nghị UBND các xã phối hợp hoàn thành giải phóng mặt bằng dự án đường Nước Hai - Hồng Việt trong quý IV/2025.

3. Đề nghị UBND tỉnh xem xét bổ sung 25 tỷ đồng vốn ngân sách tỉnh để hoàn thành dự án kè chống sạt lở bờ sông Bằng Giang.
"""


def test_a_total_said_again_is_broken_down_once_and_a_second_breakdown_is_cut_at_the_semicolon() -> None:
    r = extract_text(DISTRICT_NOTICE)
    assert [(t.total, t.noun, [(p.count, p.status) for p in t.parts]) for t in r.tallies] == [
        (42, "dự án", [(15, "chuyển tiếp"), (27, "khởi công mới")])]
    assert not r.findings  # 15 + 27 = 42; the 9 completed are counted another way
    assert all(i.value != 42 for i in r.indicators)  # the count said twice is the tally's, no indicator
    assert {i.label for i in r.indicators if i.value == 97.3} == {"Giải ngân"}  # no "Đến … đã" left over


def test_a_request_to_a_higher_tier_in_a_conclusion_is_a_proposal() -> None:
    r = ex(DISTRICT_NOTICE)
    assert [p.text for p in r.proposals] == [
        "xem xét bổ sung 25 tỷ đồng vốn ngân sách tỉnh để hoàn thành dự án kè chống sạt lở bờ sông Bằng Giang"]
    assert [(t.group, t.owner) for t in r.tasks] == [("1", "Phòng Tài chính - Kế hoạch"), ("2", "UBND các xã")]
    assert all(i.value != 25 for i in r.indicators)  # an amount asked for is no result
    # the same item in a province's notice asks a body of its own tier: a task
    province = DISTRICT_NOTICE.replace("HUYỆN HÒA AN", "TỈNH HÒA AN")
    assert [t.owner for t in ex(province).tasks][-1] == "UBND tỉnh" and not ex(province).proposals


def test_a_time_span_before_a_label_is_not_part_of_it() -> None:
    from desktop.core.extract.indicators import _clean_label

    r = ex("Tin\n\nTrong 2 năm kết nạp 312 đảng viên mới. Tính đến nay đã giải ngân 97,3 tỷ đồng.")
    assert {i.value: i.label for i in r.indicators} == {312: "Kết nạp đảng viên mới", 97.3: "Giải ngân"}
    assert _clean_label("trong năm học số học sinh bỏ học") == "Trong năm học số học sinh bỏ học"  # a school year
    assert _clean_label("thu ngân sách lũy kế từ đầu năm đạt") == "Thu ngân sách lũy kế từ đầu năm"
    assert _clean_label("tổng sản lượng năm") == "Tổng sản lượng"


COMMUNE_RESOLUTION = """NGHỊ QUYẾT
về nhiệm vụ năm 2025

I. ĐÁNH GIÁ KẾT QUẢ NĂM 2024
Năm 2024, Đảng ủy xã lãnh đạo thực hiện đạt và vượt 14/16 chỉ tiêu Nghị quyết đề ra. Kết nạp 12 đảng viên, đạt 120% chỉ tiêu; hoàn thành 100% chỉ tiêu giao quân.

II. MỤC TIÊU, CHỈ TIÊU NĂM 2025
1. Các chỉ tiêu chủ yếu
- Tổng giá trị sản xuất đạt 215 tỷ đồng trở lên.
- Trồng mới 120 ha rừng sản xuất.

III. NHIỆM VỤ, GIẢI PHÁP
- Phấn đấu thu ngân sách đạt 2.000 triệu đồng.
"""


def test_targets_under_a_subheading_keep_the_year_of_their_section() -> None:
    r = ex(COMMUNE_RESOLUTION)
    years = {i.value: i.year for i in r.indicators}
    assert years[215] == 2025 and years[120] == 2025  # "1. Các chỉ tiêu chủ yếu" sits inside "II. … NĂM 2025"
    assert years[2000] is None  # a new section "III." ends it


def test_a_percent_of_the_quota_measures_what_came_before_and_a_ratio_keeps_its_status() -> None:
    r = ex(COMMUNE_RESOLUTION)
    labels = {i.value: i.label for i in r.indicators if i.unit == "%"}
    assert labels[120] == "Kết nạp đảng viên (đạt chỉ tiêu)"  # "đạt 120% chỉ tiêu": the quota is the baseline
    assert labels[100] == "Chỉ tiêu giao quân"  # "100% chỉ tiêu giao quân": a quota named is what is measured
    year = ex("Tin\n\nKết nạp 96 đảng viên, đạt 53,3% chỉ tiêu năm.")
    assert {i.value: i.label for i in year.indicators}[53.3] == "Kết nạp đảng viên (đạt chỉ tiêu)"
    assert [(t.total, len(t.parts)) for t in r.tallies] == [(16, 1)]
    assert r.tallies[0].parts[0].status.endswith("đạt và vượt")  # not "Nghị quyết đề ra", which says whose target


def test_a_proposal_item_is_the_request_without_the_body_asked() -> None:
    r = ex("BÁO CÁO\nkết quả 9 tháng năm 2025\n\nIII. ĐỀ XUẤT, KIẾN NGHỊ\n"
           "1. Đề nghị Tỉnh ủy quan tâm bố trí vốn xây dựng trụ sở Đảng ủy xã Yên Lãng.\n"
           "2. Sớm phê duyệt quy hoạch chung đô thị Thanh Sơn.\n")
    assert [p.text for p in r.proposals] == ["quan tâm bố trí vốn xây dựng trụ sở Đảng ủy xã Yên Lãng",
                                             "Sớm phê duyệt quy hoạch chung đô thị Thanh Sơn"]
    assert r.text[slice(*r.proposals[0].span)] == r.proposals[0].text


def test_inline_numbered_requests_and_directives_and_the_count_before_them() -> None:
    r = extract_text("Tin\n\nThị ủy Sa Pa kiến nghị với Thường trực Tỉnh ủy 4 nội dung: (1) Hỗ trợ kinh phí chỉnh trang đô thị; "
           "(2) Cho chủ trương đầu tư tuyến đường nối với cao tốc; (3) Bổ sung biên chế cho Trung tâm Văn hóa thị xã.\n"
           "Đồng chí Bí thư Tỉnh ủy yêu cầu: (1) Nâng cao chất lượng sản phẩm du lịch; (2) Quản lý chặt chẽ đất đai, "
           "trật tự xây dựng; kiên quyết xử lý vi phạm.\n")
    assert [p.text for p in r.proposals] == ["Hỗ trợ kinh phí chỉnh trang đô thị",
                                             "Cho chủ trương đầu tư tuyến đường nối với cao tốc",
                                             "Bổ sung biên chế cho Trung tâm Văn hóa thị xã"]
    assert [(t.group, t.text) for t in r.tasks] == [
        ("1", "Nâng cao chất lượng sản phẩm du lịch"),
        ("2", "Quản lý chặt chẽ đất đai, trật tự xây dựng; kiên quyết xử lý vi phạm")]  # one item, not split at ";"
    assert [(t.total, t.noun, t.enumerated) for t in r.tallies] == [(4, "nội dung", 3)]
    assert [(f.kind, f.values) for f in r.findings] == [("enumeration_count", {"stated": 4, "counted": 3})]


def test_a_ratio_that_narrows_another_down_is_no_part_of_a_breakdown() -> None:
    r = extract_text("Tin\n\nCó 4/6 xã đạt chuẩn nông thôn mới, 1/6 xã đạt chuẩn nông thôn mới nâng cao.")
    assert [(x.numerator, x.denominator) for x in r.ratios] == [(4, 6), (1, 6)]
    assert r.tallies == [] and r.findings == []  # not 4 + 1 against 6
    r = extract_text("Tin\n\nCó 4/6 xã đạt chuẩn nông thôn mới, 1/6 xã chưa đạt chuẩn.")
    assert [(t.total, [p.count for p in t.parts]) for t in r.tallies] == [(6, [4, 1])]
    assert [f.kind for f in r.findings] == ["sum_mismatch"]
    grades = extract_text("Tin\n\nTrong 50 chi bộ, 10 chi bộ hoàn thành xuất sắc, 35 chi bộ hoàn thành tốt, "
                          "4 chi bộ hoàn thành.")  # grades side by side: one breakdown, and it is 1 short
    assert [(t.total, [p.count for p in t.parts]) for t in grades.tallies] == [(50, [10, 35, 4])]
    assert [f.kind for f in grades.findings] == ["sum_mismatch"]
    above = extract_text("Tin\n\nTrong 18 chỉ tiêu, có 12 chỉ tiêu đạt, 4 chỉ tiêu đạt trên 80%, 2 chỉ tiêu chưa đạt.")
    assert [(t.total, [p.count for p in t.parts]) for t in above.tallies] == [(18, [12, 4, 2])]
    assert above.findings == []


def test_a_total_with_a_colon_opens_its_breakdown_and_a_status_stops_at_a_colon() -> None:
    r = ex("Tin\n\nKết quả kiểm tra 18 tổ chức đảng: 15 tổ chức thực hiện tốt, 2 tổ chức thực hiện chưa tốt, "
           "1 tổ chức có vi phạm.")
    assert [(t.total, [(p.count, p.status) for p in t.parts]) for t in r.tallies] == [
        (18, [(15, "thực hiện tốt"), (2, "thực hiện chưa tốt"), (1, "có vi phạm")])]
    r = ex("Tin\n\nVề thực hiện 35 nhiệm vụ được giao: đã hoàn thành 20 nhiệm vụ; đang thực hiện 12 nhiệm vụ; "
           "chưa thực hiện 3 nhiệm vụ.")
    assert [p.status for t in r.tallies for p in t.parts] == ["hoàn thành", "đang thực hiện", "chưa thực hiện"]


def test_the_body_before_the_work_without_connectives_and_modal_words() -> None:
    r = ex("Tin\n\nĐồng chí Bí thư Huyện ủy yêu cầu các cấp ủy tập trung chỉ đạo thu hoạch vụ chiêm xuân. Các cơ quan "
           "chuyên môn cần chủ động phương án phòng, chống thiên tai. Đồng thời, Ủy ban Kiểm tra Huyện ủy hoàn thành "
           "kiểm tra đối với 02 tổ chức đảng trước ngày 30/7/2024.")
    owners = [t.owner for t in r.tasks]
    assert owners == [None, "Các cơ quan chuyên môn", "Ủy ban Kiểm tra Huyện ủy"]
    assert all(not i.label.endswith("đối") for i in r.indicators)


def test_heads_of_cattle_a_target_set_and_the_end_of_the_year_stay_out_of_names() -> None:
    r = ex("Tin\n\nTổng đàn gia súc 3.450 con. Xã đã hoàn thành 4/5 chỉ tiêu đề ra trong 6 tháng. Phấn đấu đến cuối "
           "năm tỷ lệ hộ nghèo giảm còn 28%.")
    assert {i.value: i.label for i in r.indicators} == {3450: "Tổng đàn gia súc", 28: "Tỷ lệ hộ nghèo"}
    assert [x.noun for x in r.ratios] == ["chỉ tiêu"]


def test_lettered_items_under_a_body_heading_name_their_own_body_first() -> None:
    r = ex("THÔNG BÁO\nkết luận của Thường trực Tỉnh ủy\n\nThường trực Tỉnh ủy kết luận như sau:\n"
           "1. Ban cán sự đảng UBND tỉnh chỉ đạo:\n"
           "a) Sở Nội vụ chủ trì, phối hợp với các sở, ngành hoàn thiện hồ sơ đề án sắp xếp đơn vị hành chính.\n"
           "b) Rà soát, bố trí kinh phí thực hiện chính sách đối với cán bộ dôi dư.\n")
    assert [(t.group, t.owner) for t in r.tasks] == [("a", "Sở Nội vụ"), ("b", "Ban cán sự đảng UBND tỉnh")]


def test_a_resolution_in_articles_and_a_head_who_signs_in_person() -> None:
    r = ex("HỘI ĐỒNG NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN BẢO YÊN\n"
           "Số: 45/NQ-HĐND\n\nNGHỊ QUYẾT\nVề nhiệm vụ năm 2025\n\nQUYẾT NGHỊ:\n\n"
           "Điều 1. Chỉ tiêu chủ yếu năm 2025\n1. Thu ngân sách nhà nước trên địa bàn đạt 210 tỷ đồng.\n\n"
           "Điều 2. Nhiệm vụ, giải pháp chủ yếu\n1. Tập trung phát triển nông nghiệp hàng hóa.\n"
           "2. Đẩy mạnh cải cách hành chính, chuyển đổi số.\n\n"
           "Nghị quyết này có hiệu lực từ ngày thông qua./.\n\n                CHỦ TỊCH\n                Lương Văn Đoàn\n")
    assert [(t.group, t.text) for t in r.tasks] == [("1", "Tập trung phát triển nông nghiệp hàng hóa"),
                                                    ("2", "Đẩy mạnh cải cách hành chính, chuyển đổi số")]
    assert [(p.name, p.positions) for p in r.people] == [("Lương Văn Đoàn", ["CHỦ TỊCH"])]


def test_inspection_counts_across_sentences_nested_parts_and_parts_in_brackets() -> None:
    r = extract_text("Tin\n\nỦy ban Kiểm tra đã kiểm tra 12 tổ chức đảng và 18 đảng viên; giám sát chuyên đề 15 tổ chức "
                     "đảng và 22 đảng viên. Qua kiểm tra, có 10 tổ chức đảng thực hiện tốt, 2 tổ chức đảng thực hiện "
                     "chưa tốt.\n\nĐã kiểm tra khi có dấu hiệu vi phạm đối với 6 đảng viên, kết luận 5 đảng viên có "
                     "vi phạm, trong đó 4 đảng viên vi phạm đến mức phải thi hành kỷ luật. Đã thi hành kỷ luật 7 đảng "
                     "viên (khiển trách 4, cảnh cáo 2, khai trừ 1); xử lý 3 tổ chức đảng (2 khiển trách, 1 cảnh cáo).")
    got = {t.total: [(p.count, p.status) for p in t.parts] for t in r.tallies}
    assert got[12] == [(10, "thực hiện tốt"), (2, "thực hiện chưa tốt")]  # the parts add up to the 12, not the 15
    assert 15 not in got
    assert [c for c, _ in got.get(6, [])] in ([], [5])  # the 4 are some of the 5, no part beside them
    assert got[7] == [(4, "khiển trách"), (2, "cảnh cáo"), (1, "khai trừ")]
    assert got[3] == [(2, "khiển trách"), (1, "cảnh cáo")]
    assert r.findings == []
    overlap = extract_text("Tin\n\nKết nạp 120 đảng viên (nữ 45, dân tộc thiểu số 60).")
    assert overlap.tallies == [] and overlap.findings == []  # kinds that overlap are no breakdown
    wrong = extract_text("Tin\n\nĐã thi hành kỷ luật 7 đảng viên (khiển trách 4, cảnh cáo 2, khai trừ 2).")
    assert [f.kind for f in wrong.findings] == ["sum_mismatch"]


def test_grades_as_ratios_with_the_noun_said_once_and_credits_with_several_names() -> None:
    r = extract_text("Tin\n\nKết quả xếp loại: có 12/68 tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ (chiếm 17,6%), "
                     "50/68 hoàn thành tốt nhiệm vụ (chiếm 73,5%), 6/68 hoàn thành nhiệm vụ (chiếm 8,8%).\n\n"
                     "Tin, ảnh: Thanh Hà - Minh Đức")
    assert [(t.total, t.noun, [(p.count, p.status) for p in t.parts]) for t in r.tallies] == [
        (68, "tổ chức cơ sở đảng", [(12, "hoàn thành xuất sắc nhiệm vụ"), (50, "hoàn thành tốt nhiệm vụ"),
                                    (6, "hoàn thành nhiệm vụ")])]
    assert r.findings == []  # (was a false 50 + 6 ≠ 68)
    assert [(x.numerator, x.denominator) for x in r.ratios] == [(12, 68), (50, 68), (6, 68)]
    assert [(p.name, p.positions) for p in r.people] == [("Thanh Hà", ["Tác giả"]), ("Minh Đức", ["Tác giả"])]
    assert [p.name for p in ex("Tin\n\nHội nghị diễn ra.\n\nẢnh: Minh Quân - Báo Hòa Lâm").people] == ["Minh Quân"]


def test_lưu_ý_is_a_directive_and_a_district_asks_the_province_by_name() -> None:
    r = ex("Tin\n\nĐồng chí Bí thư Tỉnh ủy lưu ý huyện cần làm tốt công tác quy hoạch; quan tâm đào tạo cán bộ trẻ.\n"
           "Tại buổi làm việc, lãnh đạo huyện Bát Xát đề xuất tỉnh quan tâm đầu tư tuyến đường Bản Vược - Cốc Mỳ; "
           "hỗ trợ kinh phí xây dựng trường bán trú.\nCác lưu ý về an toàn thực phẩm đã được phổ biến tới người dân.")
    assert [t.text for t in r.tasks] == ["huyện cần làm tốt công tác quy hoạch", "quan tâm đào tạo cán bộ trẻ"]
    assert [p.text for p in r.proposals] == ["quan tâm đầu tư tuyến đường Bản Vược - Cốc Mỳ",
                                             "hỗ trợ kinh phí xây dựng trường bán trú"]


def test_thousands_of_tonnes_hectares_head_and_percentage_points() -> None:
    r = ex("Tin\n\nSản lượng chè búp tươi đạt 92 nghìn tấn. Diện tích rừng trồng mới 86,3 nghìn ha. Tỷ lệ hộ nghèo "
           "giảm 1,5 điểm phần trăm. Tổng đàn trâu 12,5 nghìn con.")
    assert [(i.value, i.unit, i.label) for i in r.indicators] == [
        (92, "nghìn tấn", "Sản lượng chè búp tươi"), (86.3, "nghìn ha", "Diện tích rừng trồng mới"),
        (1.5, "điểm phần trăm", "Tỷ lệ hộ nghèo"), (12.5, "nghìn con", "Tổng đàn trâu")]


def test_a_position_ends_at_dẫn_đầu_and_an_owner_at_kiểm_soát() -> None:
    r = ex("Tin\n\nChiều 21/10, đồng chí Lê Quang Vinh, Bí thư Thành ủy dẫn đầu đoàn công tác kiểm tra các dự án.\n"
           "Đồng chí yêu cầu Ban Quản lý dự án thành phố kiểm soát chặt chẽ chất lượng công trình.")
    assert [(p.name, p.positions) for p in r.people] == [("Lê Quang Vinh", ["Bí thư Thành ủy"])]
    assert [t.owner for t in r.tasks] == ["Ban Quản lý dự án thành phố"]


def test_party_cells_and_mass_organisations_own_their_work() -> None:
    r = ex("THÔNG BÁO\nkết luận của Thường trực Huyện ủy\n\nThường trực Huyện ủy kết luận như sau:\n"
           "- Các chi, đảng bộ cơ sở triển khai thực hiện nghiêm túc, xong trước ngày 15 tháng 10 năm 2025.\n"
           "- Các đoàn thể tăng cường tuyên truyền, vận động hội viên.\n")
    assert [(t.owner, t.deadline) for t in r.tasks] == [("Các chi, đảng bộ cơ sở", "2025-10-15"), ("Các đoàn thể", None)]


def test_a_rise_from_one_count_to_another_and_approximate_counts_keep_clean_labels() -> None:
    r = ex("Tin\n\nToàn huyện có gần 1.500 hộ tham gia mô hình. Hơn 200 lao động được đào tạo nghề. Số xã đạt chuẩn "
           "tăng từ 37 xã lên 39 xã. Kết nạp 18 đảng viên mới.")
    assert [(i.value, i.label) for i in r.indicators] == [
        (1500, "Hộ tham gia mô hình"), (200, "Lao động"), (37, "Số xã đạt chuẩn"), (39, "Số xã đạt chuẩn"),
        (18, "Kết nạp đảng viên mới")]


def test_deadlines_without_a_year_or_without_ngày_and_an_inspector_who_concludes() -> None:
    r = ex("THÔNG BÁO\nkết luận\n\nKết luận như sau:\n"
           "1. Phòng Tư pháp rà soát văn bản, hoàn thành trước 30/6.\n"
           "2. Phòng Y tế kiểm tra an toàn thực phẩm trong tháng 12.\n"
           "3. Công an huyện bảo đảm an ninh trong quý IV.\n"
           "4. Thanh tra huyện kết luận thanh tra trước ngày 31 tháng 8 năm 2025.\n")
    assert [(t.owner, t.deadline) for t in r.tasks] == [
        ("Phòng Tư pháp", "trước 30/6"), ("Phòng Y tế", "trong tháng 12"), ("Công an huyện", "trong quý IV"),
        ("Thanh tra huyện", "2025-08-31")]


def test_a_colon_inside_a_request_lists_places_and_a_percent_noun_stops_before_another_figure() -> None:
    r = ex("Tin\n\nNgày 12/9, đồng chí Trần Quốc Nam, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã đến thăm xã.\n"
           "Năm 2025, xã phấn đấu giảm 5% hộ nghèo, hoàn thành 15/19 tiêu chí nông thôn mới.\n"
           "Tại buổi làm việc, lãnh đạo xã kiến nghị tỉnh hỗ trợ đầu tư hệ thống nước sinh hoạt cho 3 thôn: Lũng Pô, "
           "Tùng Chỉn, Ngải Thầu; bố trí kinh phí sửa chữa 2 phòng học.")
    assert [(p.name, p.positions) for p in r.people] == [("Trần Quốc Nam", ["Phó Chủ tịch UBND tỉnh"])]
    assert {i.value: i.label for i in r.indicators if i.unit == "%"} == {5: "Hộ nghèo"}
    assert [p.text for p in r.proposals] == [
        "hỗ trợ đầu tư hệ thống nước sinh hoạt cho 3 thôn: Lũng Pô, Tùng Chỉn, Ngải Thầu",
        "bố trí kinh phí sửa chữa 2 phòng học"]


def test_a_count_beside_another_is_labelled_by_what_it_counts() -> None:
    r = ex("Tin\n\nĐảng bộ có 16 chi bộ với 412 đảng viên. Ủy ban Kiểm tra kiểm tra 12 tổ chức đảng và 18 đảng viên.")
    labels = {i.value: i.label for i in r.indicators}
    assert labels[412] == "Đảng viên" and labels[18] == "Kiểm tra đảng viên"


def test_a_position_someone_is_elected_or_appointed_to() -> None:
    for text, pos in [("Đồng chí Nguyễn Văn Bình tái đắc cử Bí thư Huyện ủy.", "Bí thư Huyện ủy"),
                      ("Đồng chí Lê Thị Hoa được bầu giữ chức Phó Chủ tịch HĐND huyện.", "Phó Chủ tịch HĐND huyện"),
                      ("Đồng chí Lê Văn An được bổ nhiệm làm Giám đốc Sở Tài chính.", "Giám đốc Sở Tài chính")]:
        assert [p.positions for p in ex("Tin\n\n" + text).people] == [[pos]], text


def test_chỉ_đạo_with_a_colon_opens_directives() -> None:
    r = ex("Tin\n\nPhát biểu chỉ đạo, đồng chí Chủ tịch UBND tỉnh chỉ đạo: Sở Tài chính chủ trì tham mưu bố trí nguồn "
           "vốn; Sở Xây dựng hướng dẫn huyện hoàn thiện thủ tục đầu tư trong tháng 11/2025.")
    assert [(t.owner, t.deadline) for t in r.tasks] == [("Sở Tài chính", None), ("Sở Xây dựng", "trong tháng 11/2025")]


def test_nhấn_mạnh_with_a_colon_opens_directives_without_it_is_praise() -> None:
    r = ex("Tin\n\nKết luận hội nghị, đồng chí Bí thư Huyện ủy nhấn mạnh: các cấp ủy cần tập trung hoàn thành các chỉ "
           "tiêu năm 2025. UBND huyện chỉ đạo tăng cường kiểm tra, giám sát; xử lý nghiêm các vi phạm về đất đai.\n\n"
           "Đồng chí nhấn mạnh những kết quả đạt được là rất quan trọng.")
    assert [t.text for t in r.tasks] == ["các cấp ủy cần tập trung hoàn thành các chỉ tiêu năm 2025",
                                         "UBND huyện chỉ đạo tăng cường kiểm tra, giám sát",
                                         "xử lý nghiêm các vi phạm về đất đai"]


NOTICE_ITEMS = """ỦY BAN NHÂN DÂN
HUYỆN MƯỜNG LAN
THÔNG BÁO
Kết luận của Chủ tịch UBND huyện tại cuộc họp về giải ngân vốn đầu tư công

Chủ tịch UBND huyện kết luận như sau:
1. Đến ngày 15/10/2025, huyện đã giải ngân 98,2 tỷ đồng, đạt 52,7% kế hoạch.
2. Giao Phòng Tài chính - Kế hoạch tham mưu điều chuyển vốn, báo cáo UBND huyện trước ngày 05/11/2025.
3. Về kiến nghị của các đơn vị: Đề nghị Sở Tài chính xem xét bổ sung 15 tỷ đồng cho dự án đường Nà Sang; \
đề nghị Sở Nông nghiệp và Môi trường sớm thẩm định hồ sơ của 02 dự án.
"""


def test_a_conclusion_item_that_says_where_things_stand_is_no_task_and_requests_to_departments_go_up() -> None:
    r = ex(NOTICE_ITEMS)
    assert [t.text for t in r.tasks] == [
        "Giao Phòng Tài chính - Kế hoạch tham mưu điều chuyển vốn, báo cáo UBND huyện trước ngày 05/11/2025"]
    assert [p.text for p in r.proposals] == ["xem xét bổ sung 15 tỷ đồng cho dự án đường Nà Sang",
                                             "sớm thẩm định hồ sơ của 02 dự án"]
    assert not [i for i in r.indicators if i.value == 15]  # a figure asked for is no result


def test_khó_đạt_is_a_status_and_time_phrases_leave_a_label() -> None:
    r = ex("Tin\n\nTrong số 24 chỉ tiêu chủ yếu, có 11 chỉ tiêu đã đạt và vượt, 9 chỉ tiêu có khả năng đạt, "
           "4 chỉ tiêu khó đạt. Số hộ khó khăn được hỗ trợ là 120 hộ.\n\n"
           "Toàn Đảng bộ có 52 tổ chức cơ sở đảng, gồm 23 đảng bộ cơ sở và 29 chi bộ cơ sở. Từ đầu nhiệm kỳ đến nay "
           "đã kết nạp 512 đảng viên mới, đạt 85,3% chỉ tiêu nghị quyết. Tỷ lệ hộ nghèo giảm còn 9,8%, bình quân "
           "mỗi năm giảm 3,1%.")
    assert [(p.count, p.status) for p in r.tallies[0].parts] == [(11, "đã đạt và vượt"), (9, "có khả năng đạt"),
                                                                  (4, "khó đạt")]
    labels = {i.value: i.label for i in r.indicators}
    assert labels[23] == "Đảng bộ cơ sở"
    assert labels[512] == "Kết nạp đảng viên mới"
    assert labels[85.3] == "Kết nạp đảng viên mới (đạt chỉ tiêu)"
    assert labels[3.1] == "Tỷ lệ hộ nghèo (bình quân mỗi năm giảm)"
    assert "khó khăn" in labels[120].lower()


def test_a_lone_đã_is_no_status_a_colon_leads_in_to_a_share_and_brackets_close_once() -> None:
    r = ex("Tin\n\nNăm 2025, Đảng bộ xã đã lãnh đạo hoàn thành 16/18 chỉ tiêu, đạt 88,9%. Có 2 chỉ tiêu không đạt "
           "là: tỷ lệ trường đạt chuẩn quốc gia và tỷ lệ tham gia bảo hiểm y tế. Tỷ lệ hộ nghèo còn 4,2% (giảm 1,8% "
           "so với năm 2024). Cải cách hành chính có chuyển biến: 100% hồ sơ được tiếp nhận trên môi trường điện tử.")
    tallies = {t.total: t for t in r.tallies}
    # the next sentence opens with the rest of the 18 (same noun, a status that did not reach): one tally
    assert [(p.count, p.status) for p in tallies[18].parts] == [(16, "hoàn thành"), (2, "không đạt")]
    labels = {i.value: i.label for i in r.indicators}
    assert labels[1.8] == "Tỷ lệ hộ nghèo (giảm so với năm 2024)"
    assert labels[100] == "Hồ sơ được tiếp nhận trên môi trường điện tử"


def test_a_weekly_report_headed_ubnd_xã_is_official_and_a_reason_keeps_its_verb() -> None:
    r = ex("UBND XÃ TÂN PHONG\nBÁO CÁO\nTình hình thực hiện nhiệm vụ tuần 47 năm 2025\n\n"
           "Trong tuần, bộ phận một cửa tiếp nhận 86 hồ sơ, trong đó: giải quyết đúng hạn 79 hồ sơ, đang giải quyết "
           "6 hồ sơ, trả lại 1 hồ sơ do không đủ điều kiện.")
    assert r.title == "BÁO CÁO Tình hình thực hiện nhiệm vụ tuần 47 năm 2025"
    assert [(p.count, p.status) for p in r.tallies[0].parts] == [
        (79, "giải quyết đúng hạn"), (6, "đang giải quyết"), (1, "trả lại do không đủ điều kiện")]


def test_mới_before_a_verb_is_no_part_of_the_label() -> None:
    r = ex("Tin\n\nTiến độ giải ngân vốn đầu tư công còn chậm, đến ngày 30/11/2025 mới giải ngân được 61,2% kế hoạch. "
           "Xã có 3 hợp tác xã mới thành lập.")
    assert {i.value: i.label for i in r.indicators}[61.2] == "Giải ngân"


def test_what_a_body_did_is_labelled_by_what_it_did_not_by_who_did_it() -> None:
    r = ex("Tin\n\nỦy ban Kiểm tra Tỉnh ủy đã kiểm tra 15 tổ chức đảng khi có dấu hiệu vi phạm. Xã Tân Mỹ trong năm "
           "đã xây dựng 12 nhà văn hóa. Trung tâm Y tế huyện Hòa An kiểm tra 18 cơ sở kinh doanh thực phẩm.")
    assert [i.label for i in r.indicators] == ["Kiểm tra tổ chức đảng", "Xây dựng nhà văn hóa",
                                               "Kiểm tra cơ sở kinh doanh thực phẩm"]


def test_a_plan_about_carrying_out_a_resolution_keeps_its_title_and_a_role_ends_the_owner() -> None:
    r = ex("ỦY BAN NHÂN DÂN\nHUYỆN SƠN ĐỘNG\nKẾ HOẠCH\nThực hiện Nghị quyết số 20-NQ/HU ngày 25/11/2025 của Ban "
           "Thường vụ Huyện ủy về chuyển đổi số năm 2026\n\nIII. TỔ CHỨC THỰC HIỆN\n"
           "1. Giao Phòng Văn hóa và Thông tin là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện kế hoạch.")
    assert r.title == ("KẾ HOẠCH Thực hiện Nghị quyết số 20-NQ/HU ngày 25/11/2025 của Ban Thường vụ Huyện ủy về "
                       "chuyển đổi số năm 2026")
    assert [t.owner for t in r.tasks] == ["Phòng Văn hóa và Thông tin"]
    body = ex("UBND HUYỆN SƠN ĐỘNG\nKẾ HOẠCH\nThực hiện Nghị quyết số 20-NQ/HU, UBND huyện ban hành kế hoạch như sau\n")
    assert body.title == "KẾ HOẠCH"


def test_department_names_with_a_comma_stay_whole_in_positions() -> None:
    r = ex("Tin\n\nDự có Giám đốc Sở Văn hóa, Thể thao và Du lịch Lục Thị Mai và ông Trần Văn Hải, Phó Giám đốc Sở "
           "Lao động, Thương binh và Xã hội.")
    assert [(p.name, p.positions) for p in r.people] == [
        ("Lục Thị Mai", ["Giám đốc Sở Văn hóa, Thể thao và Du lịch"]),
        ("Trần Văn Hải", ["Phó Giám đốc Sở Lao động, Thương binh và Xã hội"])]


def test_what_a_unit_has_is_labelled_by_what_it_has_and_a_qualifier_leaves_the_label() -> None:
    r = ex("Tin\n\nToàn Đảng bộ có 52 tổ chức cơ sở đảng. Huyện hiện có 42 cơ sở lưu trú. "
           "Năm 2025, toàn huyện đón trên 185.000 lượt khách.")
    assert [i.label for i in r.indicators] == ["Tổ chức cơ sở đảng", "Cơ sở lưu trú",
                                               "Đón lượt khách"]


def test_sanctions_listed_after_gồm_are_a_tally_that_is_checked() -> None:
    r = extract_text("Tin\n\nỦy ban Kiểm tra Huyện ủy đã thi hành kỷ luật 6 đảng viên, gồm: khiển trách 3 đồng chí, "
                     "cảnh cáo 2 đồng chí, cách chức 2 đồng chí. Có 18/24 xã, thị trấn hoàn thành kế hoạch, chiếm 75%.")
    assert [(t.total, [(p.count, p.status) for p in t.parts]) for t in r.tallies] == [
        (6, [(3, "khiển trách"), (2, "cảnh cáo"), (2, "cách chức")])]
    assert [f.kind for f in r.findings] == ["sum_mismatch"]
    assert {i.value: i.label for i in r.indicators}[75] == "Xã, thị trấn hoàn thành kế hoạch"


def test_an_owner_ends_at_cần_even_before_a_verb_not_in_the_list() -> None:
    r = ex("Tin\n\nChủ tịch UBND thị xã yêu cầu các phòng, ban, xã, phường cần bám sát kế hoạch năm 2026, triển khai "
           "quyết liệt các giải pháp ngay từ đầu năm.")
    assert [t.owner for t in r.tasks] == ["các phòng, ban, xã, phường"]


def test_central_department_heads_and_their_ministry() -> None:
    r = ex("Tin\n\nDự có Thiếu tướng Đỗ Minh Tân, Phó Cục trưởng Cục Cảnh sát hình sự, Bộ Công an; ông Lê Văn Hòa, "
           "Vụ trưởng Vụ Tổ chức cán bộ, Bộ Nội vụ; đồng chí Mai Văn Chính, Phó Trưởng Ban Tổ chức Trung ương, Bộ "
           "trưởng Bộ Nội vụ.")
    assert [(p.name, p.positions) for p in r.people] == [
        ("Đỗ Minh Tân", ["Phó Cục trưởng Cục Cảnh sát hình sự, Bộ Công an"]),
        ("Lê Văn Hòa", ["Vụ trưởng Vụ Tổ chức cán bộ, Bộ Nội vụ"]),
        ("Mai Văn Chính", ["Phó Trưởng Ban Tổ chức Trung ương", "Bộ trưởng Bộ Nội vụ"])]


def test_a_standing_committee_notice_and_a_deadline_on_its_own_line() -> None:
    r = ex("BAN THƯỜNG VỤ HUYỆN ỦY HÀM YÊN\nTHÔNG BÁO\nÝ kiến của Ban Thường vụ Huyện ủy tại hội nghị ngày 14/11/2025\n\n"
           "Ban Thường vụ Huyện ủy thống nhất ý kiến như sau:\n1. Về dự thảo Báo cáo năm 2025\nCơ bản nhất trí với dự thảo "
           "báo cáo. Giao Văn phòng Huyện ủy tiếp thu ý kiến tham gia, hoàn chỉnh báo cáo.\n"
           "- Thời gian hoàn thành: trước ngày 25/11/2025.\n")
    assert r.title == "THÔNG BÁO Ý kiến của Ban Thường vụ Huyện ủy tại hội nghị ngày 14/11/2025"
    assert [(t.owner, t.deadline) for t in r.tasks] == [("Văn phòng Huyện ủy", "2025-11-25")]


def test_ordinary_people_after_anh_chị_and_reporters_whose_names_start_like_bodies() -> None:
    r = ex("Tin\n\nAnh Vàng Mí Chứ, chủ homestay ở thôn Lô Lô Chải cho biết, mỗi tháng gia đình đón khoảng 300 lượt "
           "khách. Chị Lù Thị Sinh chia sẻ về nghề dệt thổ cẩm. Huyện Anh Sơn có nhiều làng nghề.\n\n"
           "Hoàng Anh - Trung Kiên\n")
    assert [(p.name, p.positions) for p in r.people] == [
        ("Vàng Mí Chứ", []), ("Lù Thị Sinh", []), ("Hoàng Anh", ["Tác giả"]), ("Trung Kiên", ["Tác giả"])]
    assert [p.name for p in ex("Tin\n\nMột đoạn tin.\n\nVăn Long\n").people] == ["Văn Long"]
    assert not ex("Tin\n\nMột đoạn tin.\n\nTrung Tâm Văn Hóa\n").people


def test_a_range_of_percentages_or_money_gives_both_ends() -> None:
    # (contract 1.1 gold of three further sources: "đạt từ 8,5 - 9%" is 8,5 "từ" and 9; "… - 12,4% trở lên" is 12,4 "từ")
    r = ex("Tin\n\nNăm 2026, tốc độ tăng trưởng đạt từ 7 - 8%; thu nhập bình quân 120 - 150 triệu đồng/ha; điều chỉnh "
           "tăng từ 1 - 2 biên chế; giai đoạn 2021 - 2025; thu ngân sách 40 - 45 tỷ đồng trở lên.")
    assert [(i.label, i.value, i.unit, i.qualifier, r.text[i.span[0]:i.span[1]]) for i in r.indicators] == [
        ("Tốc độ tăng trưởng", 7, "%", "từ", "7 - 8%"), ("Tốc độ tăng trưởng", 8, "%", None, "8%"),
        ("Thu nhập bình quân", 120, "triệu đồng/ha", "từ", "120 - 150 triệu đồng/ha"),
        ("Thu nhập bình quân", 150, "triệu đồng/ha", None, "150 triệu đồng/ha"),
        ("Thu ngân sách", 40, "tỷ đồng", "từ", "40 - 45 tỷ đồng"), ("Thu ngân sách", 45, "tỷ đồng", "từ", "45 tỷ đồng")]


def test_a_party_cell_resolution_and_a_position_before_the_work_it_is_given() -> None:
    r = ex("CHI BỘ THÔN BẢN PÁ\nNGHỊ QUYẾT\nHội nghị chi bộ thường kỳ tháng 11 năm 2025\n\nII. NHIỆM VỤ THÁNG 11\n"
           "+ Giao đồng chí Tráng A Dình, Trưởng thôn đôn đốc các hộ hoàn thành đóng góp trước ngày 30/11/2025.\n")
    assert r.title == "NGHỊ QUYẾT Hội nghị chi bộ thường kỳ tháng 11 năm 2025"
    assert [(p.name, p.positions) for p in r.people] == [("Tráng A Dình", ["Trưởng thôn"])]


def test_money_is_labelled_by_what_it_is_for_and_a_money_unit_leaves_a_label() -> None:
    r = ex("Tin\n\nNăm 2025, huyện được giao 98,6 tỷ đồng vốn thực hiện chương trình, đến ngày 30/9 đã giải ngân 41,3 "
           "tỷ đồng, đạt 41,9%. Trong tổng số vốn của 3 năm có 145 tỷ đồng đầu tư cho giáo dục. Phấn đấu đến hết năm "
           "2025 giải ngân đạt 100% kế hoạch.")
    assert [i.label for i in r.indicators] == ["Vốn thực hiện chương trình", "Giải ngân", "Giải ngân",
                                               "Đầu tư cho giáo dục", "Giải ngân"]


def test_a_position_ends_before_và_and_a_lower_case_word() -> None:
    r = ex("Tin\n\nTham dự có các đồng chí: Lý Seo Dìn, Nguyễn Văn Sơn, Phó Chủ tịch UBND huyện và lãnh đạo các phòng, "
           "ban. Ông Lê Văn Hà, Giám đốc Sở Giáo dục và Đào tạo dự.")
    assert [(p.name, p.positions) for p in r.people] == [
        ("Lý Seo Dìn", []), ("Nguyễn Văn Sơn", ["Phó Chủ tịch UBND huyện"]),
        ("Lê Văn Hà", ["Giám đốc Sở Giáo dục và Đào tạo"])]


def test_a_ratio_noun_of_five_words_is_whole() -> None:
    r = ex("Tin\n\nNăm 2025, lực lượng Công an đã điều tra, khám phá 412/445 vụ phạm pháp hình sự, đạt 92,6%.")
    assert [(x.numerator, x.denominator, x.noun) for x in r.ratios] == [(412, 445, "vụ phạm pháp hình sự")]


def test_clauses_after_a_subset_break_the_total_down_and_their_own_breakdowns_stay() -> None:
    r = extract_text("Tin\n\nNăm 2025, Bộ phận một cửa tiếp nhận 12.450 hồ sơ, trong đó hồ sơ trực tuyến 10.820 hồ sơ, "
                     "chiếm 86,9%; đã giải quyết 12.300 hồ sơ, trong đó đúng hạn 12.180 hồ sơ, quá hạn 120 hồ sơ; "
                     "đang giải quyết 150 hồ sơ. Huyện đã sắp xếp bộ máy; tinh giản 38 biên chế, đạt 105,6% kế hoạch. Chỉ số hài lòng "
                     "của người dân đối với sự phục vụ của cơ quan hành chính đạt 86,2%. Phấn đấu trong quý I/2026 "
                     "hoàn thành số hóa 100% hồ sơ.")
    assert [(t.total, [p.count for p in t.parts]) for t in r.tallies] == [(12450, [12300, 150]),
                                                                        (12300, [12180, 120])]
    assert not r.findings
    labels = {i.value: i.label for i in r.indicators}
    assert labels[105.6] == "Tinh giản biên chế"
    assert labels[86.2] == "Chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính"
    assert labels[100] == "Hoàn thành số hóa"


def test_trình_inside_công_trình_or_chương_trình_is_no_verb() -> None:
    r = ex("Tin\n\nChủ tịch UBND tỉnh giao Sở Xây dựng hướng dẫn các địa phương hoàn thiện hồ sơ quyết toán công trình "
           "hoàn thành; Sở Nội vụ xây dựng chương trình công tác năm 2026.")
    assert [t.product for t in r.tasks] == ["hồ sơ quyết toán công trình hoàn thành", "chương trình công tác năm 2026"]


def test_an_average_number_of_criteria_per_commune() -> None:
    for text, value in [("Đến nay, huyện có 4/11 xã đạt chuẩn nông thôn mới; bình quân mỗi xã đạt 13,2 tiêu chí.", 13.2),
                        ("Toàn huyện có 7/14 xã đạt chuẩn nông thôn mới, bình quân đạt 16,8 tiêu chí/xã.", 16.8)]:
        r = ex("Tin\n\n" + text)
        assert [(i.label, i.value, i.unit, i.qualifier) for i in r.indicators] == [
            ("Số tiêu chí bình quân", value, "tiêu chí/xã", "bình quân")], text


def test_two_complete_breakdowns_of_one_total_stay_two_tallies() -> None:
    r = extract_text("Tin\n\nĐảng bộ Khối có 68 tổ chức cơ sở đảng (45 đảng bộ cơ sở, 23 chi bộ cơ sở) với 4.215 đảng "
                     "viên. Năm 2025 kết nạp 156 đảng viên. Kết quả xếp loại: 12/68 tổ chức cơ sở đảng hoàn thành xuất "
                     "sắc nhiệm vụ, 50/68 hoàn thành tốt nhiệm vụ, 6/68 hoàn thành nhiệm vụ.")
    assert [(t.total, [p.count for p in t.parts]) for t in r.tallies] == [(68, [45, 23]), (68, [12, 50, 6])]
    assert not r.findings
    labels = {i.value: i.label for i in r.indicators}
    assert labels[4215] == "Đảng viên" and labels[156] == "Kết nạp đảng viên"


def test_a_unit_that_did_something_is_no_part_of_the_label() -> None:
    r = ex("Tin\n\nTrong 6 tháng, toàn Đảng bộ kết nạp 58 đảng viên mới, đạt 38,7% kế hoạch năm. Đảng bộ thị xã Sa Lý "
           "kết nạp 98 đảng viên mới. Đảng bộ có 23 đảng bộ cơ sở.")
    assert [i.label for i in r.indicators] == ["Kết nạp đảng viên mới", "Kết nạp đảng viên mới",
                                               "Kết nạp đảng viên mới", "Đảng bộ cơ sở"]


def test_a_quick_report_without_a_header_and_its_opening_request() -> None:
    r = ex("BÁO CÁO NHANH\nKết quả Ngày hội Đại đoàn kết toàn dân tộc năm 2025\n\nCác khu dân cư đã tổ chức ngày hội.\n\n"
           "Đề nghị Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tiếp tục quan tâm hỗ trợ kinh phí xây dựng nhà Đại đoàn "
           "kết cho huyện trong năm 2026.")
    assert r.title == "BÁO CÁO NHANH Kết quả Ngày hội Đại đoàn kết toàn dân tộc năm 2025"
    assert [p.text for p in r.proposals] == [
        "tiếp tục quan tâm hỗ trợ kinh phí xây dựng nhà Đại đoàn kết cho huyện trong năm 2026"]
    notice = ex("UBND HUYỆN A\nTHÔNG BÁO\nKết luận của Chủ tịch UBND huyện\n\nChủ tịch UBND huyện kết luận.\n\n"
                "Đề nghị Phòng Tài chính - Kế hoạch cân đối nguồn vốn cho các xã.")
    assert not notice.proposals and [t.owner for t in notice.tasks] == ["Phòng Tài chính - Kế hoạch"]
    assert not ex("Tin\n\nKiến nghị của cử tri về đất đai đã được giải quyết.").proposals


def test_a_unit_whose_name_ends_in_a_unit_word_is_still_the_subject() -> None:
    r = ex("Tin\n\nĐảng bộ Công an tỉnh kết nạp 14 đảng viên mới.")
    assert [i.label for i in r.indicators] == ["Kết nạp đảng viên mới"]


def test_money_is_labelled_by_the_fund_noun_after_it() -> None:
    r = ex("Tin\n\nHuyện được phân bổ 12,5 tỷ đồng ngân sách tỉnh để sửa chữa trường học.")
    assert [(i.label, i.value, i.unit) for i in r.indicators] == [("Ngân sách tỉnh", 12.5, "tỷ đồng")]
