"""Line roles of web pages and documents: article by structure, chrome around it (invented texts, fictional units)."""

from __future__ import annotations

from desktop.core.chrome import classify, repeated_lines
from desktop.core.extract import extract_batch, extract_text
from desktop.core.model import Report
from desktop.core.source import source_from_text


def ex(text: str, **kw) -> Report:
    return extract_text(text, verify=False, **kw) if not kw else _extract(text, **kw)


def _extract(text: str, **kw) -> Report:
    from desktop.core.extract import extract

    return extract(source_from_text(text), verify=False, **kw)


def role_of(r: Report, line: str) -> str:
    roles = [x.role for x in r.lines if r.text[x.start : x.end].strip() == line]
    assert roles, f"no line {line!r}"
    return roles[0]


def items_text(r: Report) -> str:
    parts = [i.label for i in r.indicators] + [p.name for p in r.people] + [d.number for d in r.documents]
    parts += [f"{x.numerator}/{x.denominator}" for x in r.ratios] + [t.text for t in r.tasks]
    return " | ".join(parts)


PORTAL = """Hội nghị Ban Chấp hành Đảng bộ huyện Sông Lam lần thứ 9
GIỚI THIỆU
TIN TỨC
VĂN BẢN
THỦ TỤC HÀNH CHÍNH
Lịch công tác
Hỏi đáp
Đăng nhập
Chính trị | thứ ba, 14 05 2024 07:30
Hội nghị Ban Chấp hành Đảng bộ huyện Sông Lam lần thứ 9
Ngày 10/5, Huyện ủy Sông Lam tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 9 để đánh giá kết quả 4 tháng đầu năm.
Báo cáo cho biết, tổng thu ngân sách trên địa bàn ước đạt 215 tỷ đồng, bằng 41% dự toán; toàn huyện có 6/9 xã đạt chuẩn nông thôn mới.
Phát biểu kết luận, đồng chí Trần Văn Bình, Bí thư Huyện ủy yêu cầu các cấp ủy tập trung chỉ đạo thu ngân sách; đẩy nhanh tiến độ giải ngân vốn đầu tư công.
Tin, ảnh: Hồng Nhung
Lượt xem: 1.532
CÁC TIN ĐÃ ĐĂNG
Khánh thành cầu dân sinh thôn Bản Mòng với 3 nhịp(02/05/2024)
Hội nghị tổng kết 12/15 mô hình dân vận khéo(28/04/2024)
Xã Tân Hợp đón nhận 19/19 tiêu chí(20/04/2024)
Lượt truy cập
Đang online: 17
Cơ quan chủ quản: UBND huyện Sông Lam
Địa chỉ: Số 5 đường Lê Lợi, thị trấn Sông Lam
Điện thoại: 0238.3800.111
Giấy phép số 45/GP-TTĐT do Sở Thông tin và Truyền thông cấp ngày 3/3/2021
"""


def test_portal_page_roles_and_no_item_from_chrome() -> None:
    r = ex(PORTAL)
    for menu in ("GIỚI THIỆU", "TIN TỨC", "THỦ TỤC HÀNH CHÍNH", "Lịch công tác", "Hỏi đáp"):
        assert role_of(r, menu) == "menu", menu
    assert role_of(r, "Đăng nhập") == "widget"
    assert role_of(r, "Chính trị | thứ ba, 14 05 2024 07:30") == "stamp"  # category | post date
    assert role_of(r, "Lượt xem: 1.532") == "counter"
    assert role_of(r, "CÁC TIN ĐÃ ĐĂNG") == "related-list"
    assert role_of(r, "Xã Tân Hợp đón nhận 19/19 tiêu chí(20/04/2024)") == "related-list"
    assert role_of(r, "Điện thoại: 0238.3800.111") in ("footer", "related-list")
    assert role_of(r, "Tin, ảnh: Hồng Nhung") == "byline"
    assert role_of(r, "Ngày 10/5, Huyện ủy Sông Lam tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 9 để "
                      "đánh giá kết quả 4 tháng đầu năm.") == "article"
    assert all(x.reason for x in r.lines)
    assert "Hỏi đáp" not in r.body and "Bản Mòng" not in r.body and "45/GP-TTĐT" not in r.body
    assert "Tin, ảnh: Hồng Nhung" in r.body  # a byline stays in the body
    assert {(x.numerator, x.denominator) for x in r.ratios} == {(6, 9)}  # not 12/15 or 19/19 of the teasers
    found = items_text(r)
    assert "45/GP" not in found and "Bản Mòng" not in found and "Tân Hợp" not in found
    assert r.meeting is not None and r.meeting.date is not None and (r.meeting.date.day, r.meeting.date.month) == (10, 5)


NEWS = """Tỉnh Hòa Lâm sơ kết chương trình mục tiêu quý I
Sáng 3/4, UBND tỉnh Hòa Lâm tổ chức hội nghị sơ kết chương trình mục tiêu quý I năm 2025 với sự tham dự của lãnh đạo các sở, ngành.
[img]
Quang cảnh hội nghị
Theo báo cáo, quý I toàn tỉnh giải ngân được 320 tỷ đồng vốn đầu tư công, đạt 18% kế hoạch vốn năm.
![Phó Chủ tịch UBND tỉnh phát biểu](anh-hoi-nghi-02.jpg)
Phó Chủ tịch UBND tỉnh Lò Thị Mai phát biểu chỉ đạo. Ảnh: Quang Vinh
Kết luận hội nghị, bà Lò Thị Mai yêu cầu các sở, ngành rà soát từng dự án chậm tiến độ và báo cáo trước ngày 30/4.
N.T.H
"""


def test_image_placeholders_are_chrome_and_captions_are_article() -> None:
    r = ex(NEWS)
    assert role_of(r, "[img]") == "image"
    assert role_of(r, "![Phó Chủ tịch UBND tỉnh phát biểu](anh-hoi-nghi-02.jpg)") == "image"
    assert role_of(r, "Quang cảnh hội nghị") == "caption"
    assert role_of(r, "N.T.H") == "byline"
    assert "[img]" not in r.body and "anh-hoi-nghi-02.jpg" not in r.body
    assert "Quang cảnh hội nghị" in r.body and "Phó Chủ tịch UBND tỉnh Lò Thị Mai phát biểu chỉ đạo." in r.body
    assert any(i.value == 320 for i in r.indicators)


MARKDOWN = """# Tỉnh Hòa Lâm ban hành kế hoạch chuyển đổi số năm 2026

## Mua bán nhà đất tại Hòa Lâm

### Nội dung chính

Ngày 12/11/2025, UBND tỉnh Hòa Lâm ban hành Kế hoạch 215/KH-UBND về chuyển đổi số năm 2026 trên địa bàn tỉnh.

Kế hoạch đặt mục tiêu 90% hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình trong năm 2026.

Giao Sở Khoa học và Công nghệ chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch.

## Văn bản liên quan

Quyết định 77/QĐ-UBND về danh mục dịch vụ công

Ban hành: 05/03/2025

Cập nhật: 07/03/2025

Kế hoạch 19/KH-UBND năm 2024 về chính quyền số

Ban hành: 18/01/2024

Cảm ơn bạn đã theo dõi trang tin

- [Giới thiệu](https://vanban.example.vn/gioi-thieu)
- [Điều khoản sử dụng](https://vanban.example.vn/dieu-khoan)
- [Liên hệ](https://vanban.example.vn/lien-he)
"""


def test_markdown_portal_headings_and_related_documents() -> None:
    r = ex(MARKDOWN)
    assert role_of(r, "## Mua bán nhà đất tại Hòa Lâm") == "banner"
    assert role_of(r, "### Nội dung chính") == "banner"
    assert role_of(r, "## Văn bản liên quan") == "related-list"
    assert role_of(r, "Ban hành: 18/01/2024") == "related-list"
    assert role_of(r, "Cảm ơn bạn đã theo dõi trang tin") == "related-list"
    assert role_of(r, "- [Điều khoản sử dụng](https://vanban.example.vn/dieu-khoan)") == "menu"
    numbers = {d.number for d in r.documents}
    assert "215/KH-UBND" in numbers and not numbers & {"77/QĐ-UBND", "19/KH-UBND"}
    assert "Mua bán" not in r.body and "Nội dung chính" not in r.body
    assert "90% hồ sơ" in r.body


BYLINES = """Huyện Sông Lam ra quân làm đường giao thông nông thôn
Bài và ảnh: Thu Hằng
Ngày 2/3, huyện Sông Lam tổ chức lễ ra quân làm đường giao thông nông thôn tại xã Tân Hợp với hơn 500 người tham gia.
Năm 2025, huyện phấn đấu cứng hóa thêm 25 km đường giao thông nông thôn, nâng tỷ lệ đường thôn được cứng hóa lên 85%.
Đỗ Minh Tâm (Trung tâm Văn hóa - Truyền thông huyện)
"""


def test_bylines_top_and_bottom() -> None:
    r = ex(BYLINES)
    assert role_of(r, "Bài và ảnh: Thu Hằng") == "byline"
    assert role_of(r, "Đỗ Minh Tâm (Trung tâm Văn hóa - Truyền thông huyện)") == "byline"
    assert "Bài và ảnh: Thu Hằng" in r.body  # bylines are kept in the body, never counted as chrome
    assert not any("Trung tâm" in i.label or "Thu Hằng" in i.label for i in r.indicators)


def _page(n: int, article: str) -> str:
    return (f"Tin {n} của trang xã Tân Hợp\nTrang nhất\nGiới thiệu xã\nHoạt động của Đảng ủy\nCải cách hành chính\n"
            f"{article}\nBản quyền trang tin xã Tân Hợp\nPhụ trách: Văn phòng HĐND và UBND xã Tân Hợp\n")


def test_lines_repeated_across_pages_of_one_site() -> None:
    texts = [_page(1, "Sáng 4/6, Đảng ủy xã Tân Hợp tổ chức hội nghị sơ kết 6 tháng đầu năm 2025 với 45 đảng viên."),
             _page(2, "Chiều 9/6, UBND xã Tân Hợp tiếp nhận 120 suất quà hỗ trợ các hộ khó khăn trên địa bàn xã."),
             _page(3, "Ngày 12/6, Hội Nông dân xã Tân Hợp ra mắt tổ hợp tác trồng chè với 18 hộ thành viên.")]
    known = repeated_lines(texts)
    assert "phụ trách: văn phòng hđnd và ubnd xã tân hợp" in known
    assert not any(k.startswith("sáng 4/6") for k in known)  # a sentence is never site chrome
    assert "tin 1 của trang xã tân hợp" not in known
    r1 = ex(texts[0])
    assert "Phụ trách: Văn phòng HĐND và UBND xã Tân Hợp" in r1.body  # one page alone cannot tell
    reports = extract_batch([source_from_text(t) for t in texts])
    for r, t in zip(reports, texts, strict=True):
        assert role_of(r, "Phụ trách: Văn phòng HĐND và UBND xã Tân Hợp") == "menu"
        assert "Phụ trách" not in r.body and "Bản quyền" not in r.body
        assert r.title == t.splitlines()[0]
    assert [i.value for i in reports[2].indicators] == [18]


def test_override_wins_over_the_classifier() -> None:
    r = ex(PORTAL)
    assert "Hỏi đáp" not in r.body
    keep = PORTAL.index("Hỏi đáp")
    drop = PORTAL.index("Phát biểu kết luận")
    r2 = ex(PORTAL, overrides={keep: "article", drop: "chrome"})
    assert role_of(r2, "Hỏi đáp") == "article"
    assert "Hỏi đáp" in r2.body
    assert "Phát biểu kết luận" not in r2.body
    assert not r2.tasks  # the directives were in the line the clerk removed
    assert [x.reason for x in r2.lines if x.start == drop] == ["removed by the user"]


def test_override_offsets_are_in_the_original_text() -> None:
    crlf = PORTAL.replace("\n", "\r\n")
    drop = crlf.index("Phát biểu kết luận")
    r = _extract(crlf, overrides={drop: "chrome"})
    assert "Phát biểu kết luận" not in r.body
    line = next(x for x in r.lines if x.role == "banner" and x.reason == "removed by the user")
    assert crlf[line.start : line.end].startswith("Phát biểu kết luận")


def test_official_document_header_is_kept_and_page_above_it_is_not() -> None:
    text = """Trang văn bản điện tử | Đăng nhập
Đang tải văn bản...
Click vào phần tô màu để xem chi tiết.
ỦY BAN NHÂN DÂN
XÃ TÂN HỢP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 31/TB-UBND
Tân Hợp, ngày 5 tháng 6 năm 2025
THÔNG BÁO
Kết luận của Chủ tịch UBND xã tại cuộc họp giao ban tháng 5
Ngày 3/6/2025, đồng chí Vũ Thị Lan, Chủ tịch UBND xã chủ trì cuộc họp giao ban tháng 5 năm 2025.
Giao Công chức Địa chính - Xây dựng hoàn thành rà soát hồ sơ đất đai trước ngày 30/6/2025.
"""
    r = ex(text)
    assert role_of(r, "Click vào phần tô màu để xem chi tiết.") == "widget"
    assert role_of(r, "Đang tải văn bản...") == "widget"
    assert role_of(r, "ỦY BAN NHÂN DÂN") == "header"
    assert role_of(r, "THÔNG BÁO") == "title"
    assert r.title.startswith("THÔNG BÁO Kết luận")
    assert r.own_number == "31/TB-UBND"


def test_classify_gives_every_line_a_role_and_a_reason() -> None:
    lines = ["Tiêu đề", "Trang chủ | Liên hệ | Sơ đồ trang", "SỐ LƯỢT TRUY CẬP", "3", "0", "7",
             "Đây là một câu văn đầy đủ của bài viết, có chủ ngữ và vị ngữ, đủ dài để là văn xuôi."]
    out = classify(lines)
    assert [r for r, _ in out] == ["article", "menu", "counter", "counter", "counter", "counter", "article"]
    assert all(why for _, why in out)


def test_header_without_motto_is_not_a_menu() -> None:
    text = """ĐẢNG BỘ TỈNH HÒA LÂM
HUYỆN ỦY TÂN LẬP
BAN TUYÊN GIÁO
Số 45-TB/BTG
THÔNG BÁO
kết luận của Trưởng ban về công tác tháng 5
Ngày 28/5/2025, Trưởng Ban Tuyên giáo Huyện ủy họp nghe báo cáo kết quả công tác tháng 5 năm 2025.
Trưởng ban yêu cầu các bộ phận hoàn thành tài liệu tuyên truyền đại hội chi bộ trước ngày 30/6/2025.
"""
    r = ex(text)
    assert [x.role for x in r.lines[:5]] == ["header", "header", "header", "header", "title"]
    assert r.own_number == "45-TB/BTG"
    assert r.title == "THÔNG BÁO kết luận của Trưởng ban về công tác tháng 5"


def test_a_list_of_markdown_links_is_navigation() -> None:
    text = """Xã Tân Hợp tổ chức ngày hội đại đoàn kết toàn dân tộc
- [Trang nhất](https://tanhop.example.vn/)
- [Tin tức](https://tanhop.example.vn/tin-tuc)
- [Văn bản](https://tanhop.example.vn/van-ban)
Tối 15/11, Ban Công tác Mặt trận thôn Bản Mòng, xã Tân Hợp tổ chức ngày hội đại đoàn kết toàn dân tộc với hơn 300 người dân.
Dịp này, Ủy ban MTTQ xã trao 15 suất quà cho các hộ có hoàn cảnh khó khăn trên địa bàn thôn.
"""
    r = ex(text)
    assert role_of(r, "- [Tin tức](https://tanhop.example.vn/tin-tuc)") == "menu"
    assert "tanhop.example.vn" not in r.body
    assert role_of(r, "Dịp này, Ủy ban MTTQ xã trao 15 suất quà cho các hộ có hoàn cảnh khó khăn trên địa bàn thôn.") \
        == "article"


def test_a_sidebar_of_dated_titles_before_the_article() -> None:
    text = """Xã Tân Hợp hoàn thành đại hội chi bộ nhiệm kỳ 2025 - 2027
Tin mới
Khánh thành nhà văn hóa thôn Đồng Lầy sau 4 tháng thi công (12/06/2025)
Hội Nông dân xã ra mắt tổ hợp tác trồng chè với 18 hộ (10/06/2025)
Xã Tân Hợp hoàn thành đại hội chi bộ nhiệm kỳ 2025 - 2027
Đến ngày 20/6/2025, 14/14 chi bộ trực thuộc Đảng ủy xã Tân Hợp đã tổ chức thành công đại hội nhiệm kỳ 2025 - 2027.
Các đại hội đều bầu đủ số lượng cấp ủy viên theo kế hoạch, bảo đảm đúng quy trình, quy định của Điều lệ Đảng.
"""
    r = ex(text)
    assert role_of(r, "Tin mới") == "related-list"
    assert role_of(r, "Hội Nông dân xã ra mắt tổ hợp tác trồng chè với 18 hộ (10/06/2025)") == "related-list"
    assert not any(i.value == 18 for i in r.indicators)
    assert {(x.numerator, x.denominator) for x in r.ratios} == {(14, 14)}


def test_cli_extract_of_several_files_reads_their_shared_lines_as_chrome(tmp_path, capsys) -> None:
    import json

    from desktop.cli import main

    paths = []
    for n, article in enumerate(["Sáng 4/6, Đảng ủy xã Tân Hợp tổ chức hội nghị sơ kết 6 tháng đầu năm 2025.",
                                 "Chiều 9/6, UBND xã Tân Hợp tiếp nhận 120 suất quà hỗ trợ các hộ khó khăn.",
                                 "Ngày 12/6, Hội Nông dân xã Tân Hợp ra mắt tổ hợp tác trồng chè với 18 hộ."]):
        p = tmp_path / f"trang-{n}.txt"
        p.write_text(_page(n, article), encoding="utf-8")
        paths.append(str(p))
    assert main(["extract", *paths, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert len(out) == 3
    assert all("Phụ trách" not in d["body"] and "Sáng 4/6" in out[0]["body"] for d in out)
    assert main(["extract", paths[0], "--json"]) == 0  # one file alone keeps it
    assert "Phụ trách" in json.loads(capsys.readouterr().out)["body"]


def test_short_lines_of_a_trich_yeu_and_a_dated_schedule_stay_in_the_document() -> None:
    text = """BÁO CÁO
Kết quả thực hiện
nhiệm vụ 6 tháng đầu năm
và phương hướng
nhiệm vụ 6 tháng cuối năm 2025
Trong 6 tháng đầu năm 2025, Đảng ủy xã Tân Hợp lãnh đạo hoàn thành 12/15 chỉ tiêu chủ yếu của Nghị quyết năm.
Thu ngân sách trên địa bàn đạt 4,2 tỷ đồng, bằng 61% dự toán huyện giao; giải quyết việc làm cho 85 lao động.
III. TIẾN ĐỘ THỰC HIỆN
Hội nghị sơ kết: 15/7/2025
Báo cáo huyện: 20/7/2025
Kiểm tra chéo: 30/7/2025
Nơi nhận:
- Huyện ủy Tân Lập;
- Lưu VP.
"""
    r = ex(text)
    assert [x.role for x in r.lines[:5]] == ["title"] * 5
    assert r.title.startswith("BÁO CÁO Kết quả thực hiện nhiệm vụ 6 tháng đầu năm")
    assert role_of(r, "III. TIẾN ĐỘ THỰC HIỆN") == "article"
    assert "Kiểm tra chéo: 30/7/2025" in r.body
    assert role_of(r, "Nơi nhận:") == "signature"


def test_last_paragraph_without_full_stop_above_the_related_list_stays() -> None:
    text = """Hòa Lâm khởi công đường tránh phía Tây thành phố
Chia sẻ
Sáng 5/12, UBND tỉnh Hòa Lâm khởi công dự án đường tránh phía Tây thành phố Lâm Giang với tổng mức đầu tư 1.250 tỷ đồng.
Phát biểu tại lễ khởi công, Chủ tịch UBND tỉnh Hà Văn Sơn yêu cầu chủ đầu tư phối hợp với các địa phương làm tốt công tác giải phóng mặt bằng
Tin cùng chuyên mục
Hòa Lâm giải ngân 65% vốn đầu tư công
Khánh thành cầu Bản Mòng
"""
    r = ex(text)
    assert role_of(r, "Chia sẻ") == "widget"
    assert "làm tốt công tác giải phóng mặt bằng" in r.body
    assert "65% vốn" not in r.body and not any(i.value == 65 for i in r.indicators)
    assert r.tasks and "giải phóng mặt bằng" in r.tasks[-1].text


def test_footer_of_a_government_portal_without_a_related_list() -> None:
    text = """UBND xã Tân Hợp tổ chức đối thoại với nhân dân năm 2025
Sáng 18/9, UBND xã Tân Hợp tổ chức hội nghị đối thoại với nhân dân về công tác giải phóng mặt bằng các công trình năm 2025.
Tại hội nghị, 12 ý kiến của người dân đã được lãnh đạo xã tiếp thu, giải đáp ngay tại chỗ.
Số người online: 35
Tổng lượt truy cập: 1.204.551
Trưởng Ban Biên tập: Ông Phạm Quốc Việt - Phó Chủ tịch UBND xã
Thiết kế bởi Công ty phần mềm Hòa Lâm
"""
    r = ex(text)
    assert role_of(r, "Số người online: 35") == "counter"
    assert role_of(r, "Tổng lượt truy cập: 1.204.551") == "counter"
    assert role_of(r, "Trưởng Ban Biên tập: Ông Phạm Quốc Việt - Phó Chủ tịch UBND xã") == "footer"
    assert role_of(r, "Thiết kế bởi Công ty phần mềm Hòa Lâm") == "footer"
    assert "Phạm Quốc Việt" not in {p.name for p in r.people}
    assert not any(i.value in (35, 1204551) for i in r.indicators)
    assert "Tổng lượt truy cập" not in r.body and "12 ý kiến" in r.body


BANNER_FIRST = """TRANG THÔNG TIN ĐIỆN TỬ XÃ PHÚ LỘC
Trang chủ
Tin tức
Văn bản
Liên hệ
Thứ Ba, 14/04/2026 09:10
Xã Phú Lộc ra mắt mô hình dân vận khéo
Chiều 13/4, Đảng ủy xã Phú Lộc tổ chức lễ ra mắt mô hình dân vận khéo trong xây dựng đường giao thông nông thôn với sự tham gia của 150 hộ dân.
Năm 2026, xã phấn đấu cứng hóa thêm 4,5 km đường thôn, xóm.
"""


def test_a_page_that_opens_with_its_banner_has_the_article_heading_as_title() -> None:
    r = ex(BANNER_FIRST)
    assert r.title == "Xã Phú Lộc ra mắt mô hình dân vận khéo"
    assert role_of(r, "TRANG THÔNG TIN ĐIỆN TỬ XÃ PHÚ LỘC") == "banner"
    assert "TRANG THÔNG TIN" not in r.body
    assert r.doc_date is not None and r.doc_date.isoformat() == "2026-04-14"


def test_a_page_that_opens_with_its_heading_keeps_it_as_title() -> None:
    page = "Xã Phú Lộc ra mắt mô hình dân vận khéo\nTrang chủ\nTin tức\nVăn bản\n" + BANNER_FIRST.split("\n", 6)[6]
    r = ex(page)
    assert r.title == "Xã Phú Lộc ra mắt mô hình dân vận khéo"


NEWS_PAGE = """Báo Lam Hà điện tử
Thời sự | Kinh tế | Văn hóa | Thể thao | Pháp luật
{stamp}Thường trực HĐND tỉnh giám sát việc giải quyết kiến nghị cử tri tại huyện Sông Mây
Nguyễn Hoa
(LH) - Ngày 8/9, đoàn giám sát của Thường trực HĐND tỉnh do bà Đinh Thị Loan, Phó Chủ tịch HĐND tỉnh làm trưởng đoàn đã giám sát việc giải quyết kiến nghị cử tri tại huyện Sông Mây.
Theo báo cáo, từ đầu nhiệm kỳ đến nay, huyện đã tiếp nhận 356 kiến nghị của cử tri; đã giải quyết 312 kiến nghị, đạt 87,6%; đang giải quyết 44 kiến nghị.
Xem thêm:
Sông Mây: Khánh thành cầu treo bản Púng
Lam Hà: Hơn 1.200 hộ được hỗ trợ xóa nhà tạm
Kết luận buổi giám sát, bà Đinh Thị Loan đề nghị UBND huyện Sông Mây tiếp tục rà soát các kiến nghị chưa được giải quyết, trả lời cử tri trước ngày 31/10/2025.
Tin cùng chuyên mục
Hội nghị tổng kết công tác Mặt trận năm 2025 (08/09/2025)
"""


def test_a_menu_of_section_labels_an_author_under_the_heading_and_a_teaser_list_inside_the_article() -> None:
    """Sections separated by "|" with no widget word among them are a menu; the author's bare name between the
    heading and the first paragraph is not the title; "Xem thêm:" and the titles under it, inside the article,
    are another page's teasers (no figure of them is read)."""
    for stamp in ("Thứ Ba, 09/09/2025 07:45 (GMT+7)\n", ""):
        r = extract_text(NEWS_PAGE.format(stamp=stamp), name="tin.txt")
        roles = {r.text[x.start : x.end]: x.role for x in r.lines}
        assert roles["Thời sự | Kinh tế | Văn hóa | Thể thao | Pháp luật"] == "menu"
        assert r.title == "Thường trực HĐND tỉnh giám sát việc giải quyết kiến nghị cử tri tại huyện Sông Mây"
        assert [roles[t] for t in ("Xem thêm:", "Sông Mây: Khánh thành cầu treo bản Púng",
                                   "Lam Hà: Hơn 1.200 hộ được hỗ trợ xóa nhà tạm")] == ["related-list"] * 3
        assert roles[r.text.splitlines()[-3]] == "article"  # the article goes on after the teasers
        assert all(i.value != 1200 for i in r.indicators)
