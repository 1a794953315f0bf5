"""Header block of official documents, Markdown read-through, document date and unit (invented texts)."""

from __future__ import annotations

import datetime as dt

from desktop.core.extract.pipeline import extract_text
from desktop.core.header import subject_unit
from desktop.core.layout import analyse
from desktop.core.markdown import is_markdown, markdown_view
from desktop.core.source import source_from_text

NOTICE_MD = """|
**ỦY BAN NHÂN DÂN
TỈNH HÒA LÂM**
-------
|
**CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 317/TB-UBND
|
*Hòa Lâm, ngày 08
tháng 11 năm 2025*
|


**THÔNG BÁO**

KẾT LUẬN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TẠI BUỔI LÀM VIỆC VỚI
ỦY BAN NHÂN DÂN XÃ TÂN MỸ

Ngày 05 tháng 11 năm 2025, đồng chí Lê Văn Khải, Chủ tịch Ủy ban nhân dân tỉnh
đã làm việc với Ủy ban nhân dân xã Tân Mỹ. Sau khi nghe báo cáo, Chủ tịch kết
luận như sau:

**1. Kết quả**

| Chỉ tiêu | Kế hoạch | Thực hiện |
|---|---|---|
| Thu ngân sách (tỷ đồng) | 120 | 135 |
| Số hộ nghèo giảm | 40 | 52 |

**2. Nhiệm vụ**

- Ủy ban nhân dân xã Tân Mỹ **khẩn trương** hoàn thành việc cấp giấy chứng nhận
quyền sử dụng đất cho các hộ dân trước ngày 31/12/2025;
- Giao Sở Xây dựng chủ trì hướng dẫn xã lập quy hoạch khu dân cư mới.

Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.
"""

PLAN_MD = """|
**ỦY BAN NHÂN DÂN**
XÃ TÂN MỸ
-------
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
|
Số: 45/KH-UBND
|
*Tân Mỹ, ngày 14 tháng 3 năm 2025*
|

**KẾ HOẠCH**

TRIỂN KHAI CÁC NHIỆM VỤ TRỌNG TÂM VỀ CHUYỂN ĐỔI SỐ TRÊN ĐỊA BÀN XÃ
TÂN MỸ NĂM 2025

Căn cứ Kế hoạch số 12/KH-UBND ngày 10/01/2025 của Ủy ban nhân dân huyện
về chuyển đổi số năm 2025;

**I. MỤC ĐÍCH, YÊU CẦU**

Bảo đảm các thủ tục hành chính được giải quyết trên môi trường số, nâng cao
chất lượng phục vụ người dân và doanh nghiệp.
"""

STATE_TXT = """ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN PHÚ LẠC                     Độc lập - Tự do - Hạnh phúc

Số: 88/BC-UBND                    Phú Lạc, ngày 20 tháng 6 năm 2025

BÁO CÁO
Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm 2025

I. KẾT QUẢ ĐẠT ĐƯỢC
Tổng thu ngân sách trên địa bàn ước đạt 45,2 tỷ đồng.
"""

PARTY_TXT = """ĐẢNG BỘ TỈNH HÒA LÂM              ĐẢNG CỘNG SẢN VIỆT NAM
HUYỆN ỦY KRÔNG MY
*
Số 58-TB/HU                        Krông My, ngày 03 tháng 10 năm 2025

THÔNG BÁO
Kết luận của Ban Thường vụ Huyện ủy về công tác phát triển đảng viên
-----
Ngày 01/10/2025, Ban Thường vụ Huyện ủy đã họp nghe báo cáo về công tác phát triển đảng viên.
"""

NEWS_MD = """# Chỉ đạo mới về quy hoạch khu dân cư xã Tân Mỹ (Thông báo 317/TB-UBND)

### Nội dung chính

Ngày 08/11/2025, UBND tỉnh Hòa Lâm đã có Thông báo 317/TB-UBND kết luận của Chủ tịch
UBND tỉnh tại buổi làm việc với xã Tân Mỹ.

**Theo đó, UBND tỉnh yêu cầu Sở Xây dựng hướng dẫn xã lập quy hoạch khu dân cư mới
trong năm 2025.**

*(*) Trên đây là thông tin về chỉ đạo mới.*
"""


def test_markdown_notice_header_title_number_date_unit() -> None:
    r = extract_text(NOTICE_MD)
    assert r.title == ("THÔNG BÁO KẾT LUẬN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TẠI BUỔI LÀM VIỆC VỚI "
                       "ỦY BAN NHÂN DÂN XÃ TÂN MỸ")
    assert r.own_number == "317/TB-UBND"
    assert r.doc_date == dt.date(2025, 11, 8)
    assert r.unit == "ỦY BAN NHÂN DÂN TỈNH HÒA LÂM"
    assert all(d.number != "317/TB-UBND" for d in r.documents)
    assert r.text == NOTICE_MD  # the original is kept; only the analysis reads through the marks


def test_markdown_marks_never_enter_items() -> None:
    r = extract_text(NOTICE_MD)
    texts = [t.text for t in r.tasks] + [p.text for p in r.proposals] + [i.label for i in r.indicators]
    texts += [p.name for p in r.people] + [r.title]
    assert texts and all("**" not in t and "|" not in t for t in texts)
    assert any("giấy chứng nhận quyền sử dụng đất" in t.text for t in r.tasks)  # the wrapped line joined
    assert "Lê Văn Khải" in [p.name for p in r.people]


def test_pipe_table_figures_are_table_cells() -> None:
    source = source_from_text(NOTICE_MD)
    assert len(source.tables) == 2  # the header table and the table of figures
    figures = source.tables[1]
    assert [source.cell_text(0, 1, c) for c in range(2)] == ["Số: 317/TB-UBND", "Hòa Lâm, ngày 08 tháng 11 năm 2025"]
    assert len(figures) == 3 and [source.cell_text(1, 1, c) for c in range(3)] == [
        "Thu ngân sách (tỷ đồng)", "120", "135"]
    cells = [b for b in source.blocks if b.cell and b.cell[0] == 1]
    assert [source.block_text(b) for b in cells if b.cell and b.cell[1] == 2] == ["Số hộ nghèo giảm", "40", "52"]
    r = extract_text(NOTICE_MD)  # the table's figures are read as a table's, one indicator per figure cell
    assert sorted(i.value for i in r.indicators) == [40, 52, 120, 135]
    assert all(i.label.startswith(("Thu ngân sách", "Số hộ nghèo giảm")) for i in r.indicators)
    assert sorted(NOTICE_MD[slice(*i.span)] for i in r.indicators if i.span) == ["120", "135", "40", "52"]
    task = next(t for t in r.tasks if "giấy chứng nhận" in t.text)
    assert task.span and NOTICE_MD[slice(*task.span)].startswith("Ủy ban nhân dân xã Tân Mỹ **khẩn trương**")
    # the analysis text has the marks blanked at the same offsets
    assert len(source.text) == len(NOTICE_MD) and "**" not in source.text and "|" not in source.text


def test_plan_with_hard_wrapped_trich_yeu() -> None:
    r = extract_text(PLAN_MD)
    assert r.title == "KẾ HOẠCH TRIỂN KHAI CÁC NHIỆM VỤ TRỌNG TÂM VỀ CHUYỂN ĐỔI SỐ TRÊN ĐỊA BÀN XÃ TÂN MỸ NĂM 2025"
    assert (r.own_number, r.unit, r.doc_date) == ("45/KH-UBND", "ỦY BAN NHÂN DÂN XÃ TÂN MỸ", dt.date(2025, 3, 14))
    assert [d.number for d in r.documents] == ["12/KH-UBND"]
    layout = analyse(source_from_text(PLAN_MD))
    para = next(p for p in layout.paras if p.text.startswith("Bảo đảm"))
    assert para.text.endswith("người dân và doanh nghiệp.")  # one paragraph over two lines


def test_state_document_plain_text() -> None:
    r = extract_text(STATE_TXT)
    assert r.title == "BÁO CÁO Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm 2025"
    assert (r.own_number, r.unit, r.doc_date) == ("88/BC-UBND", "ỦY BAN NHÂN DÂN HUYỆN PHÚ LẠC", dt.date(2025, 6, 20))


def test_party_document_plain_text() -> None:
    r = extract_text(PARTY_TXT)
    assert r.title == "THÔNG BÁO Kết luận của Ban Thường vụ Huyện ủy về công tác phát triển đảng viên"
    assert (r.own_number, r.unit, r.doc_date) == ("58-TB/HU", "HUYỆN ỦY KRÔNG MY", dt.date(2025, 10, 3))


def test_legal_news_page_about_a_document() -> None:
    r = extract_text(NEWS_MD)
    assert r.title == "Chỉ đạo mới về quy hoạch khu dân cư xã Tân Mỹ (Thông báo 317/TB-UBND)"
    assert r.own_number is None and r.doc_date is None  # a page about the notice, not the notice
    assert "317/TB-UBND" in [d.number for d in r.documents]  # the notice is cited by the page
    assert all("**" not in t.text for t in r.tasks)


def test_web_page_date_line_and_subject_unit() -> None:
    page = "HUYỆN ỦY KRÔNG MY: Tổ chức hội nghị giao ban quý III\nThứ 6, 21/03/2025 | 15:45\n" \
           "Sáng 20/3, Huyện ủy Krông My tổ chức hội nghị giao ban quý III năm 2025.\n"
    r = extract_text(page)
    assert (r.unit, r.doc_date) == ("HUYỆN ỦY KRÔNG MY", dt.date(2025, 3, 21))
    assert subject_unit("Hội nghị BCH Đảng bộ huyện Ea Sô lần thứ 5") == "Đảng bộ huyện Ea Sô"
    assert subject_unit("Lãnh đạo UBND tỉnh làm việc với đoàn công tác") is None


def test_portal_stamp_line_over_the_repeated_headline() -> None:
    page = ("Hội nghị Ban Chấp hành Đảng bộ huyện Ea Sô lần thứ 12\nTRANG CHỦ\nTIN TỨC\nGiới thiệu chung\n"
            "Kinh tế Chính trị | thứ năm, 08 08 2024 08:51\n"
            "Hội nghị Ban Chấp hành Đảng bộ huyện Ea Sô lần thứ 12\n"
            "Ngày 5/8, Huyện ủy Ea Sô tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12.\n")
    r = extract_text(page)
    assert r.doc_date == dt.date(2024, 8, 8)  # the stamp, not the meeting day in the article
    assert r.unit == "Đảng bộ huyện Ea Sô"


PORTAL_MD = """|
|
Bản quyền nội dung thuộc **
CỔNG VĂN BẢN HÒA LÂM**. Mọi hành vi sao chép cần ghi nguồn.
|
|
Đang tải văn bản...
#
**Số hiệu:**
|
21/KH-UBND
|
|
**Người ký:**
|
Trần Thị Mai
|
**Ngày ban hành:**
|
02/04/2025
|
|
**ỦY BAN NHÂN DÂN**
XÃ ĐÔNG HẢI
-------
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
|
Số: 21/KH-UBND
|
*Đông Hải, ngày 02 tháng 4 năm 2025*
|
**KẾ HOẠCH**
TỔ CHỨC TẾT TRỒNG CÂY NĂM 2025
Ủy ban nhân dân xã ban hành Kế hoạch tổ chức Tết trồng cây năm 2025 như sau:
**I. MỤC ĐÍCH**
Phát động phong trào trồng cây xanh trên địa bàn xã.
"""


def test_document_portal_page_banner_is_not_the_document() -> None:
    layout = analyse(source_from_text(PORTAL_MD))
    assert layout.title == "KẾ HOẠCH TỔ CHỨC TẾT TRỒNG CÂY NĂM 2025"
    assert (layout.own_number, layout.unit, layout.doc_date) == ("21/KH-UBND", "ỦY BAN NHÂN DÂN XÃ ĐÔNG HẢI",
                                                                 dt.date(2025, 4, 2))
    assert "Đang tải văn bản" not in layout.body and "Trần Thị Mai" not in layout.body
    assert layout.body.lstrip().startswith("ỦY BAN NHÂN DÂN")
    body = [p.text for p in layout.body_paras()]
    assert body[0].startswith("Ủy ban nhân dân xã ban hành")  # the line under the trích yếu, in ordinary case


def test_markdown_view_keeps_offsets_and_blanks_marks() -> None:
    text = ("# Tiêu đề\n\nĐoạn có \\*dấu sao\\* thật, chữ **đậm** và *nghiêng*; (*) chú thích.\n\n"
            "<jsontable name=\"bang_1\"> </jsontable>\n\n| TT | Nội dung |\n|:---|---:|\n| 1 | Trồng 500 cây |\n")
    assert is_markdown(text)
    view = markdown_view(text)
    assert len(view.text) == len(text)
    assert "*dấu sao *" in view.text and "(*)" in view.text  # an escaped star is a star; "(*)" is no emphasis
    assert "**" not in view.text and "<jsontable" not in view.text and "|" not in view.text
    assert view.title_hint is not None and view.text[slice(*view.title_hint)] == "Tiêu đề"
    assert [[view.text[a:b] for a, b in row] for row in view.tables[0]] == [["TT", "Nội dung"], ["1", "Trồng 500 cây"]]


def test_plain_text_is_not_markdown() -> None:
    assert not is_markdown(STATE_TXT) and not is_markdown(PARTY_TXT)
    assert not is_markdown("Trang chủ | Tin tức | Liên hệ\nTổng thu ngân sách đạt 45 tỷ đồng.\n")


def test_reposted_article_date_line_at_the_end() -> None:
    page = ("Bộ Văn hóa hoàn thành 40/42 nhiệm vụ trong quý I\n"
            "Sáng 30/3, Bộ tổ chức hội nghị giao ban. Bộ trưởng yêu cầu các đơn vị đẩy nhanh tiến độ.\n"
            "Giờ đăng bài viết gốc: 01/04/2025 21:59\n")
    assert extract_text(page).doc_date == dt.date(2025, 4, 1)


def test_signature_table_then_appendix_table_without_blank_line() -> None:
    rows = "".join(f"|\n{n}\n|\nViệc thứ {n} của phụ lục\n|\nSở Tài chính\n|\nNăm 2025\n|\n" for n in (1, 2, 3))
    text = ("**KẾ HOẠCH**\n\nTHỬ NGHIỆM\n\nNội dung kế hoạch.\n\n|\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n|\n"
            "**TM. ỦY BAN NHÂN DÂN**\nCHỦ TỊCH\nNguyễn Văn Bình\n|\n**PHỤ LỤC**\n*(Kèm theo Kế hoạch)*\n"
            "|\n**TT**\n|\n**Nội dung**\n|\n**Cơ quan chủ trì**\n|\n**Thời gian**\n|\n" + rows)
    source = source_from_text(text)
    assert [[len(r) for r in t] for t in source.tables] == [[3], [4, 4, 4, 4]]
    assert source.cell_text(0, 0, 0).startswith("Nơi nhận")
    assert [source.cell_text(1, 2, c) for c in range(4)] == ["2", "Việc thứ 2 của phụ lục", "Sở Tài chính", "Năm 2025"]


def test_web_page_unit_from_the_lead_not_from_a_position_holder() -> None:
    page = ("Thông tin về dự án nhà văn hóa xã (Nghị quyết 12/NQ-HĐND)\n"
            "Ngày 14/11/2025, Hội đồng nhân dân xã Đông Hải đã thông qua Nghị quyết 12/NQ-HĐND về chủ trương "
            "đầu tư dự án nhà văn hóa xã.\n")
    assert extract_text(page).unit == "Hội đồng nhân dân xã Đông Hải"
    page = ("Lãnh đạo tỉnh làm việc với đoàn công tác\n"
            "Sáng 01/4, Phó Chủ tịch UBND tỉnh Lê Hoàng Nam đã làm việc với đoàn công tác của Ngân hàng Thế giới "
            "về tiến độ dự án thích ứng biến đổi khí hậu.\n")
    assert extract_text(page).unit is None  # "Lê Hoàng Nam" holds the position, it is no place


def test_a_line_longer_than_the_wrap_width_is_not_joined_to_the_next() -> None:
    """A hard-wrapped text's lines stay within its width; a much longer line was written whole, and the short
    note under it is a line of its own (a portal's note under a document's title)."""
    from desktop.core.markdown import markdown_view, wrap_width

    wrapped = "\n".join(["**KẾ HOẠCH**", ""] + [
        "Ủy ban nhân dân tỉnh Hòa Lâm ban hành kế hoạch triển khai các nhiệm vụ trọng tâm về chuyển"
        [: 70 + k % 9] for k in range(14)])
    title = "Kế hoạch 77/KH-UBND năm 2026 của tỉnh Hòa Lâm về chuyển đổi số trong cơ quan nhà nước giai đoạn 2026-2030 và các năm tiếp theo"
    note = "Văn bản này chưa có bản dịch"
    text = f"{wrapped}\n\n{title}\n{note}\n## Văn bản liên quan\n"
    view = markdown_view(text)
    assert wrap_width(text) < len(title)
    texts = [view.text[b.start : b.end] for b in view.blocks]
    assert title in texts and note in texts


def test_markdown_bullets_stay_items_of_their_own() -> None:
    from desktop.core.markdown import markdown_view

    view = markdown_view("# Trang\n\n## Liên kết\n- [Giới thiệu](https://a.example/gt)\n- [Liên hệ](https://a.example/lh)\n")
    texts = [view.text[b.start : b.end].strip() for b in view.blocks]
    assert len([t for t in texts if "Giới thiệu" in t or "Liên hệ" in t]) == 2


DECISION = """ỦY BAN NHÂN DÂN
HUYỆN VÂN KHÊ
Số: 1205/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Vân Khê, ngày 15 tháng 8 năm 2025
{type}
{about}
{authority}
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
{decides}
Điều 1. Phê duyệt kế hoạch tổ chức Hội khỏe Phù Đổng huyện Vân Khê năm 2025.
Điều 2. Giao Phòng Văn hóa - Xã hội chủ trì tổ chức thực hiện.
"""


def test_the_issuing_authority_in_capitals_after_the_trich_yeu_is_no_title() -> None:
    """Nghị định 30/2020: "QUYẾT ĐỊNH / Về việc … / CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN …" and "NGHỊ QUYẾT / Về … /
    HỘI ĐỒNG NHÂN DÂN TỈNH … / KHÓA XVII, KỲ HỌP THỨ 12": the authority (and its session) is no part of the title."""
    shapes = [("QUYẾT ĐỊNH", "Về việc phê duyệt kế hoạch tổ chức Hội khỏe Phù Đổng năm 2025",
               "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN VÂN KHÊ", "QUYẾT ĐỊNH:"),
              ("NGHỊ QUYẾT", "Về kế hoạch tổ chức Hội khỏe Phù Đổng năm 2025",
               "HỘI ĐỒNG NHÂN DÂN HUYỆN VÂN KHÊ\nKHÓA XX, KỲ HỌP THỨ 9", "QUYẾT NGHỊ:")]
    for kind, about, authority, decides in shapes:
        r = extract_text(DECISION.format(type=kind, about=about, authority=authority, decides=decides))
        assert r.title == f"{kind} {about}"
        assert [t.owner for t in r.tasks] == ["Phòng Văn hóa - Xã hội"]
    r = extract_text(DECISION.format(type="QUYẾT ĐỊNH", about="VỀ VIỆC PHÊ DUYỆT KẾ HOẠCH", authority="NĂM 2025",
                                     decides="QUYẾT ĐỊNH:"))
    assert r.title == "QUYẾT ĐỊNH VỀ VIỆC PHÊ DUYỆT KẾ HOẠCH NĂM 2025"  # a trích yếu in capitals goes on in capitals
