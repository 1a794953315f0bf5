"""Tasks and proposals of shapes the dev texts do not have (issue 15, failure classes 4 and 5).

Every text here is invented (fictional units, places and people); each test asserts what the real extractor
returns for it: task texts, owners, deadlines, proposals, and what is neither.
"""

from __future__ import annotations

import pytest

from desktop.core.extract import extract_text
from desktop.core.model import Report, Task


def ex(text: str) -> Report:
    return extract_text(text, verify=False)


def _task(r: Report, start: str) -> Task:
    found = [t for t in r.tasks if t.text.startswith(start)]
    assert found, [t.text for t in r.tasks]
    return found[0]


PLAN_BY_BODY = """KẾ HOẠCH
Ứng phó rét đậm trên địa bàn tỉnh Lâm Hà

I. MỤC ĐÍCH
Bảo đảm đời sống người dân vùng cao.

II. PHÂN CÔNG NHIỆM VỤ
1. Sở Văn hóa và Thông tin Lâm Hà:
- Chủ trì tuyên truyền cách phòng chống rét cho đàn gia súc trên các kênh thông tin cơ sở.
- Phối hợp Đài Phát thanh tỉnh đưa tin hằng tuần về diễn biến thời tiết.
2. Sở Tài chính:
Thẩm định, tham mưu bố trí kinh phí hỗ trợ mua áo ấm cho học sinh bán trú.
3. Thủ trưởng các cơ quan chuyên môn thuộc tỉnh
- Rà soát, thống kê số hộ cần hỗ trợ trong phạm vi quản lý của mình.
4. Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh Lâm Hà:
- Vận động các tổ chức, cá nhân ủng hộ chăn ấm cho hộ nghèo.
"""


def test_a_body_heading_owns_its_dash_and_plain_items() -> None:
    """"1. Sở X:" (or the body named alone, or "Đề nghị X:") over dash items or a plain paragraph: every item
    under it is that body's work, in that group."""
    r = ex(PLAN_BY_BODY)
    first = _task(r, "Chủ trì tuyên truyền cách phòng chống rét")
    assert (first.owner, first.group) == ("Sở Văn hóa và Thông tin Lâm Hà", "1")
    assert _task(r, "Phối hợp Đài Phát thanh tỉnh").owner == "Sở Văn hóa và Thông tin Lâm Hà"
    plain = _task(r, "Thẩm định, tham mưu bố trí kinh phí")
    assert (plain.owner, plain.group) == ("Sở Tài chính", "2")
    assert _task(r, "Rà soát, thống kê số hộ").owner == "Thủ trưởng các cơ quan chuyên môn thuộc tỉnh"
    assert _task(r, "Vận động các tổ chức, cá nhân").owner == "Ủy ban Mặt trận Tổ quốc tỉnh Lâm Hà"
    assert not any(t.text.startswith(("Sở Tài chính", "Đề nghị Ủy ban")) for t in r.tasks)  # headings, no tasks


PLAN_ACTIVITIES = """KẾ HOẠCH
Tháng hành động vì trẻ em năm 2026

III. NỘI DUNG HOẠT ĐỘNG
1. Truyền thông về quyền trẻ em
a) Hoạt động 1
- Nội dung: Tổ chức diễn đàn trẻ em cấp tỉnh về an toàn trên không gian mạng.
- Cơ quan thực hiện: Sở Giáo dục Lâm Hà chủ trì, phối hợp với Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh.
b) Hoạt động 2
- Nội dung:
+ Biên soạn sổ tay hướng dẫn kỹ năng tự bảo vệ cho học sinh tiểu học.
+ Tập huấn cho giáo viên chủ nhiệm về nhận biết dấu hiệu xâm hại.
- Cơ quan thực hiện: Sở Y tế Lâm Hà chủ trì, phối hợp với các trường học.
"""


def test_an_activity_reads_its_content_and_executing_body_lines() -> None:
    """"- Nội dung: …" is the task; "- Cơ quan thực hiện: X chủ trì, phối hợp với …" its owner and partners;
    a content written on "+" lines is one task per line."""
    r = ex(PLAN_ACTIVITIES)
    forum = _task(r, "Tổ chức diễn đàn trẻ em cấp tỉnh")
    assert forum.owner == "Sở Giáo dục Lâm Hà"
    assert forum.partners == ["Tỉnh đoàn", "Hội Liên hiệp Phụ nữ tỉnh"]
    assert _task(r, "Biên soạn sổ tay").owner == "Sở Y tế Lâm Hà"
    assert _task(r, "Tập huấn cho giáo viên").owner == "Sở Y tế Lâm Hà"
    assert not any(t.text.startswith("Hoạt động") for t in r.tasks)


def test_directives_after_a_forward_frame_need_no_trigger_word() -> None:
    """"Thời gian tới, …" / "Nhiệm vụ 6 tháng cuối năm 2026, X …" open a list of directives: split at ";" and
    sentence ends; the subject and the period of the frame go to every clause."""
    r = ex("Tin\n\nHội nghị sơ kết công tác 6 tháng của huyện Ea Mơn.\n\n"
           "Nhiệm vụ 6 tháng cuối năm 2026, huyện Ea Mơn chú trọng hoàn thành các chỉ tiêu kinh tế. "
           "Tăng cường phòng chống dịch tả lợn châu Phi; kiểm tra việc khai thác cát trái phép trên sông Krông Nô.\n")
    texts = [t.text for t in r.tasks]
    assert texts == ["huyện Ea Mơn chú trọng hoàn thành các chỉ tiêu kinh tế",
                     "Tăng cường phòng chống dịch tả lợn châu Phi",
                     "kiểm tra việc khai thác cát trái phép trên sông Krông Nô"]
    assert {t.owner for t in r.tasks} == {"huyện Ea Mơn"}
    assert {t.deadline for t in r.tasks} == {"6 tháng cuối năm 2026"}
    r = ex("Tin\n\nThời gian tới, xã Hòa Lâm tập trung nạo vét kênh mương nội đồng; sửa chữa trạm bơm số 3.\n")
    assert [t.text for t in r.tasks] == ["xã Hòa Lâm tập trung nạo vét kênh mương nội đồng",
                                         "sửa chữa trạm bơm số 3"]
    assert {t.deadline for t in r.tasks} == {None}  # "Thời gian tới" sets no time limit


def test_a_frame_that_reports_what_was_done_gives_no_task() -> None:
    r = ex("Tin\n\nĐể đạt được kết quả trên, huyện Ea Mơn đã triển khai đồng bộ nhiều giải pháp; "
           "các xã đã tổ chức ra quân làm đường.\n")
    assert r.tasks == []


def test_a_list_lead_in_gives_its_owner_and_period_to_every_clause() -> None:
    """"yêu cầu huyện X tập trung …; đồng thời …" → owner huyện X on each clause; "định hướng trong tháng 5
    báo chí …; …" and "mong muốn, từ nay đến cuối năm, …" → that period on each (contract 1.1)."""
    r = ex("Tin\n\nPhát biểu kết luận, Chủ tịch UBND tỉnh Hoàng Văn Khải yêu cầu huyện Sơn Mỹ tập trung "
           "hoàn thành dứt điểm các công trình dở dang; đồng thời hỗ trợ các doanh nghiệp giải phóng mặt bằng.\n")
    assert [(t.text[:30], t.owner) for t in r.tasks] == [("huyện Sơn Mỹ tập trung hoàn th", "huyện Sơn Mỹ"),
                                                         ("đồng thời hỗ trợ các doanh ngh", "huyện Sơn Mỹ")]
    r = ex("Tin\n\nTại hội nghị, Ban Tuyên giáo Tỉnh ủy đã định hướng trong tháng 5 báo chí tiếp tục tuyên "
           "truyền về mùa thi; tuyên truyền phòng chống đuối nước cho học sinh.\n")
    assert [t.deadline for t in r.tasks] == ["trong tháng 5", "trong tháng 5"]
    r = ex("Tin\n\nKết luận hội nghị, đồng chí Lò Văn Páo mong muốn, từ nay đến cuối năm, các xã trong cụm cần "
           "hoàn thành chỉ tiêu thi đua; chuẩn bị tốt cho đại hội chi bộ.\n")
    assert [t.deadline for t in r.tasks] == ["từ nay đến cuối năm", "từ nay đến cuối năm"]
    assert [t.owner for t in r.tasks] == [None, None]  # "các xã trong cụm" is collective: no one owner


def test_a_unit_wish_is_no_directive() -> None:
    r = ex("Tin\n\nGiám đốc dự án cho biết: Chúng tôi mong muốn hoàn thành dự án trong năm 2026.\n")
    assert r.tasks == []


def test_a_per_body_frame_owns_the_clauses_after_it() -> None:
    r = ex("Tin\n\nPhát biểu kết luận, Phó Chủ tịch UBND tỉnh Đinh Văn Lực đề nghị Cục Thống kê thực hiện "
           "các nhiệm vụ sau: rà soát số liệu tháng 9. Đối với UBND các huyện, thị xã, chỉ đạo các xã nộp báo "
           "cáo đúng hạn; phân công cán bộ theo dõi.\n")
    owners = {t.text[:30]: t.owner for t in r.tasks}
    assert owners == {"rà soát số liệu tháng 9": "Cục Thống kê",
                      "Đối với UBND các huyện, thị xã": "UBND các huyện, thị xã",
                      "phân công cán bộ theo dõi": "UBND các huyện, thị xã"}


def test_requests_listed_after_a_lead_in_run_to_the_paragraph_end() -> None:
    """"kiến nghị … một số nội dung như: A. B. C." → one proposal per request sentence, up to the sentence that
    goes back to reporting ("… đã được … trả lời")."""
    r = ex("Tin\n\nTại buổi làm việc, UBND tỉnh Lâm Hà đã kiến nghị với Bộ Giao thông một số nội dung như: "
           "Xem xét bố trí vốn nâng cấp quốc lộ 29. Sớm phê duyệt dự án cầu Sông Mây. Kiến nghị Bộ hỗ trợ "
           "tỉnh đào tạo kỹ sư cầu đường. Các nội dung trên đã được Bộ ghi nhận.\n")
    assert [p.text for p in r.proposals] == ["Xem xét bố trí vốn nâng cấp quốc lộ 29",
                                             "Sớm phê duyệt dự án cầu Sông Mây",
                                             "Kiến nghị Bộ hỗ trợ tỉnh đào tạo kỹ sư cầu đường"]
    assert r.tasks == []


def test_a_request_sent_up_goes_on_in_the_next_sentences() -> None:
    """"Đồng thời, …" after a request sent up is one more request; "Đề nghị tỉnh …" opening a sentence (a level
    in lower case) is one too."""
    r = ex("Tin\n\nDịp này, huyện Sơn Mỹ đề nghị tỉnh hỗ trợ kinh phí làm đường giao thông nông thôn. Đồng thời, "
           "bố trí thêm biên chế cho trạm y tế xã. Đề nghị tỉnh sớm giao đất cho dự án chợ đầu mối.\n")
    assert [p.text for p in r.proposals] == ["hỗ trợ kinh phí làm đường giao thông nông thôn",
                                             "bố trí thêm biên chế cho trạm y tế xã",
                                             "sớm giao đất cho dự án chợ đầu mối"]


def test_kien_nghi_as_a_noun_and_questions_at_a_briefing_are_not_proposals() -> None:
    r = ex("Tin\n\nTại buổi họp báo, các phóng viên đã đề nghị cơ quan chức năng cung cấp thêm thông tin về các "
           "vấn đề như: giá vé xe buýt; tiến độ cầu Sông Mây. Ông Đinh Văn Lực đề xuất với đoàn xem xét một số "
           "nội dung kiến nghị của địa phương.\n")
    assert r.proposals == []
    r = ex("Tin\n\nChủ tịch UBND huyện Hoàng Văn Khải yêu cầu các xã giải quyết dứt điểm kiến nghị của cử tri "
           "về đất đai.\n")
    assert r.proposals == []
    assert [t.text for t in r.tasks] == ["các xã giải quyết dứt điểm kiến nghị của cử tri về đất đai"]


NOTICE_REPLIES = """THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với huyện Sơn Mỹ

I. NHIỆM VỤ TRỌNG TÂM
Đề nghị Ban Thường vụ Huyện ủy Sơn Mỹ tập trung lãnh đạo thực hiện các nhiệm vụ trong quý IV năm 2026, trong đó lưu ý một số nội dung sau:
1. Đẩy nhanh tiến độ giải phóng mặt bằng khu công nghiệp phía Bắc.
2. Chăm lo đời sống đồng bào vùng lũ.
II. VỀ MỘT SỐ KIẾN NGHỊ CỦA HUYỆN
1. Về đề nghị hỗ trợ kinh phí làm kè sông Mây: giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng thẩm định, báo cáo UBND tỉnh trong tháng 11 năm 2026.
2. Về nâng cấp trường học: xây thêm 12 phòng học cho Trường Tiểu học Hòa Lâm: Sở Giáo dục rà soát danh mục đầu tư; Ban Quản lý dự án tỉnh lập hồ sơ thiết kế.
3. Các sở, ngành liên quan phối hợp chặt chẽ với huyện xử lý các kiến nghị còn lại.
"""


def test_a_notice_answering_requests_gives_the_request_and_its_answer() -> None:
    """"Về đề nghị X: giao Y …" under "… KIẾN NGHỊ CỦA HUYỆN": X is a proposal (without "Về đề nghị"), the
    answer a task owned by the body it names; an answer that names a second body on a clause gives a second
    task; "Về A: X: …" gives the request X after the topic A."""
    r = ex(NOTICE_REPLIES)
    assert [p.text for p in r.proposals] == ["hỗ trợ kinh phí làm kè sông Mây",
                                             "xây thêm 12 phòng học cho Trường Tiểu học Hòa Lâm"]
    fund = _task(r, "giao Sở Tài chính chủ trì")
    assert (fund.owner, fund.deadline, fund.partners) == ("Sở Tài chính", "trong tháng 11 năm 2026", ["Sở Xây dựng"])
    assert _task(r, "Sở Giáo dục rà soát danh mục").owner == "Sở Giáo dục"
    assert _task(r, "Ban Quản lý dự án tỉnh lập hồ sơ").owner == "Ban Quản lý dự án tỉnh"
    assert _task(r, "Các sở, ngành liên quan phối hợp").group == "3"


def test_a_lead_in_paragraph_gives_its_body_and_period_to_the_numbered_items() -> None:
    r = ex(NOTICE_REPLIES)
    for start in ("Đẩy nhanh tiến độ giải phóng", "Chăm lo đời sống"):
        task = _task(r, start)
        assert (task.owner, task.deadline) == ("Ban Thường vụ Huyện ủy Sơn Mỹ", "trong quý IV năm 2026")


PLAN_TABLE = """KẾ HOẠCH
Phòng chống thiên tai năm 2026

II. NỘI DUNG
1. Kiện toàn Ban Chỉ huy phòng chống thiên tai các cấp.
2. Diễn tập ứng phó lũ quét tại xã Hòa Lâm.

| TT | Nội dung thực hiện | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm dự kiến |
|---|---|---|---|---|---|
| 1 | Rà soát danh sách hộ vùng sạt lở | Sở Nông nghiệp Lâm Hà | UBND các xã | Trước ngày 15/5/2026 | Danh sách hộ |
| 2 | Mua sắm xuồng cứu hộ | Sở Tài chính | Các cơ quan liên quan | Quý II/2026 |
| 3 | Lắp trạm đo mưa tự động | Đài Khí tượng tỉnh | UBND các xã | 2026 | Trạm đo | …....... | 4 | Tập huấn cứu hộ cho dân quân | Bộ CHQS tỉnh | UBND các xã | Thường xuyên | Lớp tập huấn |

Yêu cầu các sở, ban, ngành và UBND các xã thực hiện nghiêm túc./.
"""


def test_a_plan_content_section_its_table_rows_and_the_closing_requirement() -> None:
    """A plan's "II. NỘI DUNG" items are tasks; a table row that leaves its empty last cell out is still a row,
    and a row that runs two together (a filler cell between them) is two; "Yêu cầu …" closing a plan directs."""
    r = ex(PLAN_TABLE)
    texts = [t.text for t in r.tasks]
    assert "Kiện toàn Ban Chỉ huy phòng chống thiên tai các cấp" in texts
    assert "Diễn tập ứng phó lũ quét tại xã Hòa Lâm" in texts
    boats = _task(r, "Mua sắm xuồng cứu hộ")
    assert (boats.owner, boats.deadline, boats.product) == ("Sở Tài chính", "Quý II/2026", None)
    assert _task(r, "Rà soát danh sách hộ").deadline == "2026-05-15"
    assert _task(r, "Lắp trạm đo mưa").owner == "Đài Khí tượng tỉnh"
    drill = _task(r, "Tập huấn cứu hộ cho dân quân")
    assert (drill.owner, drill.group, drill.deadline) == ("Bộ CHQS tỉnh", "4", "Thường xuyên")
    assert "các sở, ban, ngành và UBND các xã thực hiện nghiêm túc" in texts  # the text after "Yêu cầu"


CONCLUSION = """BAN CHẤP HÀNH TRUNG ƯƠNG
VĂN PHÒNG
Số 11-KL/VP
Hà Nội, ngày 3 tháng 3 năm 2026
KẾT LUẬN
CỦA ĐỒNG CHÍ CHÁNH VĂN PHÒNG TẠI HỘI NGHỊ CÔNG TÁC VĂN PHÒNG NĂM 2026

1. Về đánh giá kết quả
Năm qua, các văn phòng đã nỗ lực và đạt được một số kết quả nổi bật như sau:
(1) Công tác tham mưu ngày càng bài bản, kịp thời.
(2) Công tác văn thư, lưu trữ có nhiều chuyển biến.
2. Về nhiệm vụ trọng tâm
Thời gian tới, tình hình quốc tế tiếp tục diễn biến phức tạp, khó lường.
Các văn phòng cấp ủy cần tập trung một số nhiệm vụ trọng tâm sau:
(1) Nâng cao chất lượng công tác tham mưu, tổng hợp.
Rà soát, sửa đổi quy chế làm việc của văn phòng.
(2) Đẩy mạnh chuyển đổi số trong các cơ quan đảng.
3. Về các kiến nghị, đề xuất
Những kiến nghị thuộc thẩm quyền, lãnh đạo Văn phòng sẽ chỉ đạo các đơn vị xem xét, giải quyết. Thời gian hoàn thành trước ngày 30/6/2026.
Đề nghị thường trực các tỉnh ủy tiếp tục quan tâm tạo điều kiện cho văn phòng cấp ủy.
"""


def test_a_conclusion_reviews_directs_and_answers() -> None:
    """Items after "… kết quả nổi bật như sau:" review, they are no tasks; a forecast after "Thời gian tới," is
    none; a numbered item's next paragraph belongs to it; in a conclusion the section on requests answers them
    (each sentence a task, dated by its "Thời gian hoàn thành …" sentence) and the issuer's "Đề nghị thường trực
    các tỉnh ủy …" goes down the ladder: a task, not a proposal."""
    r = ex(CONCLUSION)
    texts = [t.text for t in r.tasks]
    assert not any(x.startswith(("Công tác tham mưu", "Công tác văn thư", "tình hình quốc tế")) for x in texts)
    assert _task(r, "Nâng cao chất lượng công tác tham mưu").text.endswith("Rà soát, sửa đổi quy chế làm việc "
                                                                        "của văn phòng")
    assert _task(r, "Những kiến nghị thuộc thẩm quyền").deadline == "2026-06-30"
    assert not any(x.startswith("Thời gian hoàn thành") for x in texts)
    assert "thường trực các tỉnh ủy tiếp tục quan tâm tạo điều kiện cho văn phòng cấp ủy" in texts
    assert r.proposals == []


def test_emphasis_that_describes_and_a_noun_yeu_cau_are_no_directives() -> None:
    r = ex("Tin\n\nPhát biểu khai mạc, Chủ tịch HĐND tỉnh Đinh Văn Lực nhấn mạnh: kỳ họp lần này xem xét các tờ "
           "trình về điều chỉnh dự toán ngân sách; bổ sung danh mục dự án đầu tư công.\n")
    assert r.tasks == []
    r = ex("Tin\n\nTrước yêu cầu phải hoàn thành khối lượng việc lớn, Bí thư Tỉnh ủy Lò Văn Páo yêu cầu các huyện "
           "ủy tập trung chuẩn bị đại hội; rà soát quy hoạch cán bộ.\n")
    assert [t.text for t in r.tasks] == ["các huyện ủy tập trung chuẩn bị đại hội", "rà soát quy hoạch cán bộ"]


def test_a_frame_or_a_conclusion_before_can_directs_and_a_pledge_paragraph_does_not_go_on() -> None:
    r = ex("Tin\n\nKết luận buổi làm việc, Chủ tịch UBND tỉnh Hoàng Văn Khải yêu cầu huyện Sơn Mỹ tập trung xóa "
           "nhà tạm.\n\nĐối với công tác sắp xếp bộ máy, huyện cần rà soát lại nhân sự. Đồng thời rà soát tài sản "
           "công dôi dư.\n\nVề kiến nghị của huyện Sơn Mỹ, đồng chí Hoàng Văn Khải ghi nhận và cam kết hỗ trợ.\n\n"
           "Tình hình còn nhiều khó khăn. Do vậy, cần tập trung chuẩn bị văn kiện đại hội.\n")
    texts = [t.text for t in r.tasks]
    assert "huyện cần rà soát lại nhân sự" in texts  # the frame before "cần" is left out
    assert "Đồng thời rà soát tài sản công dôi dư" in texts
    assert "cần tập trung chuẩn bị văn kiện đại hội" in texts
    assert not any("cam kết" in x or "Tình hình" in x for x in texts)


ARTICLE_ON_A_RESOLUTION = """Dự án trường chuyên tỉnh Lâm Hà (Nghị quyết 41/NQ-HĐND)

Ngày 2/3/2026, HĐND tỉnh Lâm Hà đã thông qua Nghị quyết 41/NQ-HĐND năm 2026 với các nội dung sau:
(1) Mục tiêu đầu tư: xây dựng trường chuyên đạt chuẩn quốc gia.
(2) Tiến độ thực hiện dự án (dự kiến)
- Năm 2026: lập thủ tục chuẩn bị đầu tư.
- Năm 2027 - 2028: thi công xây dựng công trình.
Căn cứ theo Điều 2 Nghị quyết 41/NQ-HĐND năm 2026 quy định như sau:
Điều 2. Điều khoản thi hành
1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.
2. Chủ đầu tư dự án chủ trì, phối hợp với các cơ quan liên quan lập báo cáo nghiên cứu khả thi.
Căn cứ theo Điều 12 Luật Giáo dục quy định như sau:
(1) Ủy ban nhân dân cấp tỉnh quyết định thành lập trường chuyên.
(2) Bộ Giáo dục ban hành quy chế tổ chức trường chuyên.
"""


def test_a_resolution_schedule_and_execution_clauses_are_tasks_a_quoted_statute_is_not() -> None:
    r = ex(ARTICLE_ON_A_RESOLUTION)
    assert [(t.text, t.deadline) for t in r.tasks if t.deadline] == [
        ("lập thủ tục chuẩn bị đầu tư", "Năm 2026"), ("thi công xây dựng công trình", "Năm 2027 - 2028")]
    assert _task(r, "Giao Ủy ban nhân dân tỉnh tổ chức").owner == "Ủy ban nhân dân tỉnh"
    assert _task(r, "Chủ đầu tư dự án chủ trì").owner == "Chủ đầu tư dự án"
    texts = [t.text for t in r.tasks]
    assert not any(x.startswith(("Mục tiêu đầu tư", "Ủy ban nhân dân cấp tỉnh", "Bộ Giáo dục")) for x in texts)


def test_items_that_assess_or_report_are_no_tasks() -> None:
    r = ex("THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh về bảng giá đất\n\nChủ tịch UBND tỉnh kết luận như sau:\n"
           "- Xây dựng bảng giá đất lần đầu là nhiệm vụ hết sức quan trọng.\n"
           "- Thực hiện Luật Đất đai, Chủ tịch UBND tỉnh đã ban hành nhiều văn bản chỉ đạo Sở Tài nguyên.\n"
           "- Sở Tài nguyên hoàn thành dự thảo bảng giá đất trước ngày 15/12/2026.\n")
    assert [(t.text, t.owner, t.deadline) for t in r.tasks] == [
        ("Sở Tài nguyên hoàn thành dự thảo bảng giá đất trước ngày 15/12/2026", "Sở Tài nguyên", "2026-12-15")]


PLAN_VOICE = """KẾ HOẠCH
Hưởng ứng Tháng an toàn giao thông năm 2026

I. MỤC ĐÍCH, YÊU CẦU
- Các sở, ban, ngành triển khai thực hiện thống nhất, hiệu quả.
II. NỘI DUNG HOẠT ĐỘNG
1. Truyền thông về an toàn giao thông
a) Hoạt động 1
- Nội dung: Tổ chức mít tinh hưởng ứng Tháng an toàn giao thông.
- Cơ quan thực hiện: Sở Xây dựng Lâm Hà chủ trì, phối hợp với Công an tỉnh.
III. KINH PHÍ THỰC HIỆN
1. Các sở, ban, ngành, Ủy ban nhân dân các xã xây dựng dự toán kinh phí từ ngân sách hằng năm.
2. Nguồn tài trợ hợp pháp khác (nếu có).
IV. CHẾ ĐỘ BÁO CÁO
Các sở, ban, ngành gửi báo cáo kết quả về Sở Xây dựng Lâm Hà trước ngày 20 tháng 12 năm 2026.
Các xã vùng lũ cần được hỗ trợ kịp thời.
"""


def test_a_plan_assigns_in_its_own_voice_but_not_in_its_purpose() -> None:
    """In a plan, "<a body> <does the work>" assigns it, in any section ("KINH PHÍ", "CHẾ ĐỘ BÁO CÁO"), but
    not under "MỤC ĐÍCH, YÊU CẦU"; a body that is helped ("cần được hỗ trợ") or a funding source does no work;
    "1. Truyền thông …" over "a) Hoạt động 1" is the title of the work below it."""
    r = ex(PLAN_VOICE)
    texts = [t.text for t in r.tasks]
    assert texts == ["Tổ chức mít tinh hưởng ứng Tháng an toàn giao thông",
                     "Các sở, ban, ngành, Ủy ban nhân dân các xã xây dựng dự toán kinh phí từ ngân sách hằng năm",
                     "Các sở, ban, ngành gửi báo cáo kết quả về Sở Xây dựng Lâm Hà trước ngày 20 tháng 12 năm 2026"]
    assert r.tasks[2].deadline == "2026-12-20"
    news = ex("Tin\n\nSáng 5/3, Sở Xây dựng Lâm Hà tổ chức mít tinh hưởng ứng Tháng an toàn giao thông.\n")
    assert news.tasks == []  # the same shape in a news article reports an event


def test_a_label_line_takes_the_next_paragraph_and_daily_deadlines() -> None:
    """"- Giai đoạn 2 (24-48 giờ):" alone on its line is the label of the next paragraph's work; "trước 17h00
    hằng ngày" is a deadline; "trong tháng này" too."""
    r = ex("KẾ HOẠCH\nCứu trợ sau bão số 9\n\nIII. PHƯƠNG ÁN TỔ CHỨC CẤP PHÁT\n- Giai đoạn 2 (24-48 giờ):\n"
           "Tổ chức bếp ăn tập thể tại các điểm sơ tán.\n- Sở Công Thương tổng hợp nhu cầu, báo cáo UBND tỉnh trước "
           "17h00 hằng ngày.\n- Trong tháng này, Sở Y tế phải cấp đủ thuốc cho các xã vùng lũ.\n")
    assert [(t.text, t.deadline) for t in r.tasks] == [
        ("Giai đoạn 2 (24-48 giờ): Tổ chức bếp ăn tập thể tại các điểm sơ tán", None),
        ("Sở Công Thương tổng hợp nhu cầu, báo cáo UBND tỉnh trước 17h00 hằng ngày", "trước 17h00 hằng ngày"),
        ("Trong tháng này, Sở Y tế phải cấp đủ thuốc cho các xã vùng lũ", "Trong tháng này")]


def test_reported_speech_ends_a_run_of_directives() -> None:
    r = ex("Tin\n\nChủ tịch UBND tỉnh Hoàng Văn Khải yêu cầu các sở đẩy nhanh thủ tục đầu tư cầu Sông Mây. "
           "Giám đốc Sở Xây dựng cho biết, hồ sơ đã hoàn thành 80%. Chúng tôi sẽ trình trong tháng 6.\n")
    assert [t.text for t in r.tasks] == ["các sở đẩy nhanh thủ tục đầu tư cầu Sông Mây"]


def test_a_named_body_that_must_act_is_a_task_a_need_or_a_note_is_not() -> None:
    r = ex("Tin\n\nBên cạnh kết quả đạt được, tỉnh Lâm Hà cần tiếp tục cải thiện môi trường đầu tư. Trong đó: tăng "
           "trưởng chưa bền vững; hạ tầng còn thiếu.\n\nNăm tới, Hòa Lâm cần 500 tỷ đồng cho giao thông. Các xã vùng "
           "sâu cần được hỗ trợ.\n\nBộ trưởng Đinh Văn Lực lưu ý, từ tháng 5 khối lượng hồ sơ sẽ rất lớn.\n")
    assert [t.text for t in r.tasks] == ["tỉnh Lâm Hà cần tiếp tục cải thiện môi trường đầu tư"]


def test_past_assignments_forecasts_and_pledges_are_not_tasks() -> None:
    for text in ("Năm 2025, UBND huyện Sơn Mỹ đã giao Phòng Tài chính rà soát nguồn vốn; đến nay đã hoàn thành 90%.",
                 "UBND huyện Sơn Mỹ đã yêu cầu các xã rà soát hộ nghèo, kết quả đã rà soát xong 15/15 xã.",
                 "Ban Thường vụ Huyện ủy đã chỉ đạo các xã ra quân làm đường, kết quả làm mới 12 km.",
                 "Thời gian tới, dự báo kinh tế của tỉnh tiếp tục tăng trưởng khá.",
                 "Đồng chí Bí thư Lò Văn Páo cam kết sẽ tập trung lãnh đạo hoàn thành các chỉ tiêu."):
        r = ex(f"Tin\n\n{text}\n")
        assert (r.tasks, r.proposals) == ([], []), text


def test_the_contract_example_a_lead_in_subject_and_period_for_every_item() -> None:
    """"Năm 2026, Sở X tập trung: (1) …; (2) …" (inline or one item a line): each item is Sở X's, for Năm 2026."""
    for text in ("Trong năm 2026, Sở Nội vụ Lâm Hà tập trung: (1) rà soát vị trí việc làm; (2) tổ chức thi tuyển "
                 "công chức cấp xã.",
                 "Trong năm 2026, Sở Nội vụ Lâm Hà tập trung:\n(1) Rà soát vị trí việc làm.\n(2) Tổ chức thi tuyển "
                 "công chức cấp xã."):
        r = ex(f"Tin\n\n{text}\n")
        assert [(t.text.lower(), t.owner, t.deadline, t.group) for t in r.tasks] == [
            ("rà soát vị trí việc làm", "Sở Nội vụ Lâm Hà", "Trong năm 2026", "1"),
            ("tổ chức thi tuyển công chức cấp xã", "Sở Nội vụ Lâm Hà", "Trong năm 2026", "2")]


def test_a_heading_of_work_ahead_an_item_that_gives_and_an_addressee_before_a_colon() -> None:
    r = ex("Tin\n\nHội nghị tổng kết năm 2025 của huyện Sơn Mỹ.\n\nPhương hướng, nhiệm vụ 6 tháng cuối năm 2026\n"
           "Tập trung thu ngân sách; đẩy nhanh giải ngân vốn đầu tư công.\n")
    assert [(t.text, t.deadline) for t in r.tasks] == [("Tập trung thu ngân sách", None),
                                                       ("đẩy nhanh giải ngân vốn đầu tư công", None)]
    r = ex("THÔNG BÁO\nKết luận của Chủ tịch UBND huyện\n\n1. Phòng Tài chính - Kế hoạch: cân đối vốn cho các xã.\n"
           "2. Giao Phòng Nội vụ chủ trì, phối hợp với Văn phòng HĐND-UBND huyện rà soát biên chế.\n"
           "- Thời gian: trong tháng 9/2026.\n")
    staff = _task(r, "Giao Phòng Nội vụ chủ trì")
    assert (staff.owner, staff.partners, staff.deadline) == (
        "Phòng Nội vụ", ["Văn phòng HĐND-UBND huyện"], "trong tháng 9/2026")
    r = ex("Tin\n\nChủ tịch UBND tỉnh yêu cầu huyện Sơn Mỹ: khẩn trương bàn giao mặt bằng; hoàn thành tái định cư "
           "trong quý IV.\n")
    assert [(t.owner, t.deadline) for t in r.tasks] == [("huyện Sơn Mỹ", None), ("huyện Sơn Mỹ", "trong quý IV")]


def test_a_nomination_for_awards_is_a_procedure_not_a_request() -> None:
    for text in ("Đề nghị khen thưởng cho 5 tập thể và 12 cá nhân có thành tích xuất sắc.",
                 "Hội đồng thi đua huyện Sơn Mỹ đã xét, đề nghị khen thưởng 5 tập thể."):
        r = ex(f"Tin\n\n{text}\n")
        assert (r.tasks, r.proposals) == ([], []), text
    r = ex("Tin\n\nHuyện Sơn Mỹ đề nghị tỉnh công nhận xã Hòa Lâm đạt chuẩn nông thôn mới.\n")
    assert [p.text for p in r.proposals] == ["công nhận xã Hòa Lâm đạt chuẩn nông thôn mới"]


def test_deadline_forms() -> None:
    from desktop.core.extract.task_fields import deadline_in

    assert deadline_in("hoàn thành hồ sơ vào quý III/2026") == "vào quý III/2026"
    assert deadline_in("khởi công vào cuối năm") == "vào cuối năm"
    assert deadline_in("đã xong vào 2 ngày trước") is None  # a time ago, not a limit
    assert deadline_in("báo cáo UBND tỉnh trước 16h00 hằng ngày") == "trước 16h00 hằng ngày"
    assert deadline_in("tổ chức đại hội mẫu trong tháng này") == "trong tháng này"


def test_a_long_lead_that_announces_its_list_and_a_period_inside_the_addressee() -> None:
    r = ex("Tin\n\nKết luận hội nghị, đồng chí Lò Văn Páo yêu cầu thời gian tới, các cấp ủy, chính quyền cần tập "
           "trung thực hiện tốt một số nhiệm vụ sau: rà soát quy hoạch cán bộ; chuẩn bị tốt đại hội chi bộ.\n")
    assert [t.text for t in r.tasks] == ["rà soát quy hoạch cán bộ", "chuẩn bị tốt đại hội chi bộ"]
    r = ex("Tin\n\nPhát biểu chỉ đạo, đồng chí Lò Văn Páo đề nghị huyện Sơn Mỹ trong năm 2026 tập trung hoàn thành "
           "3 xã nông thôn mới; xây dựng 2 trường chuẩn quốc gia.\n")
    assert [(t.owner, t.deadline) for t in r.tasks] == [("huyện Sơn Mỹ", "trong năm 2026")] * 2


def test_documents_listed_after_a_semicolon_are_one_object() -> None:
    r = ex("Tin\n\nThời gian tới, huyện Ea Mơn tập trung thực hiện Nghị quyết 05-NQ/TU của Tỉnh ủy; Nghị quyết số 12 "
           "của Huyện ủy về chuyển đổi số; rà soát quy hoạch sử dụng đất.\n")
    assert [t.text for t in r.tasks] == [
        "huyện Ea Mơn tập trung thực hiện Nghị quyết 05-NQ/TU của Tỉnh ủy; Nghị quyết số 12 của Huyện ủy về chuyển "
        "đổi số", "rà soát quy hoạch sử dụng đất"]


CONCLUSION_SUBITEMS = """ỦY BAN NHÂN DÂN
HUYỆN VÂN KHÊ
Số: 88/TB-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Vân Khê, ngày 02 tháng 10 năm 2025
THÔNG BÁO
Kết luận của Chủ tịch UBND huyện tại cuộc họp giao ban tháng 9 năm 2025
Ngày 30/9/2025, đồng chí Đinh Văn Lực, Chủ tịch UBND huyện chủ trì cuộc họp giao ban tháng 9 năm 2025.
1. Tình hình kinh tế - xã hội 9 tháng đầu năm
Tổng thu ngân sách nhà nước trên địa bàn đạt 112,4 tỷ đồng, bằng 78,5% dự toán.
2. Nhiệm vụ trọng tâm thời gian tới
{a} Phòng Tài chính - Kế hoạch: Chủ trì, phối hợp với Chi cục Thuế khu vực tăng cường các biện pháp chống thất thu ngân sách, báo cáo trước ngày 15/10/2025.
{b} Ban Quản lý dự án đầu tư xây dựng huyện: Đẩy nhanh tiến độ thi công các công trình chuyển tiếp; hoàn thành thủ tục quyết toán trước ngày 30/11/2025.
{c} UBND các xã, thị trấn: Tập trung thu hoạch vụ Hè Thu; chủ động phòng, chống thiên tai mùa mưa bão.
Văn phòng HĐND và UBND huyện thông báo để các cơ quan, đơn vị biết, thực hiện./.
"""


@pytest.mark.parametrize("markers", [("2.1.", "2.2.", "2.3."), ("2.1", "2.2", "2.3"), ("a)", "b)", "c)"),
                                     ("-", "-", "-")])
def test_items_under_a_numbered_heading_in_any_marker_with_their_own_body(markers: tuple[str, str, str]) -> None:
    """"2.1. <body>: <work>" items (numbered under item 2), lettered items right under their heading line (never
    joined to it as a wrapped sentence), and an item's body with a comma in its name ("UBND các xã, thị trấn")."""
    text = CONCLUSION_SUBITEMS.format(a=markers[0], b=markers[1], c=markers[2])
    r = ex(text)
    owners = [(t.owner, t.text.split()[0], t.deadline) for t in r.tasks]
    assert owners == [("Phòng Tài chính - Kế hoạch", "Chủ", "2025-10-15"),
                      ("Ban Quản lý dự án đầu tư xây dựng huyện", "Đẩy", "2025-11-30"),
                      ("UBND các xã, thị trấn", "Tập", None)]


def test_a_head_with_commas_is_the_item_s_bodies_only_when_its_work_follows_the_colon() -> None:
    from desktop.core.extract.task_items import item_head

    assert item_head("UBND các xã, thị trấn: Tập trung thu hoạch vụ mùa.").group(1) == "UBND các xã, thị trấn"
    assert item_head("Sở Tài chính, Sở Nội vụ: Thẩm định phương án sắp xếp.").group(1) == "Sở Tài chính, Sở Nội vụ"
    assert item_head("Các Bộ, ngành và các Tập đoàn: Điện lực Bắc Hà, Viễn thông Lam Sơn phối hợp …") is None
    assert item_head("Năm 2025, Sở Xây dựng tập trung: hoàn thành quy hoạch.") is None


def test_a_figure_with_a_dot_is_no_numbered_item() -> None:
    from desktop.core.extract.enumeration import line_enumerator

    assert line_enumerator("2.1. Phòng Nội vụ: rà soát") == ("2.1", 5)
    assert line_enumerator("1.2.3 Đảng ủy xã: kiện toàn") == ("1.2.3", 6)
    assert line_enumerator("1.5 ha lúa bị ngập úng") is None
    assert line_enumerator("2.500 hộ dân được hỗ trợ") is None


def test_a_counted_kien_nghi_is_no_request_and_a_person_named_with_ba_directs() -> None:
    """"đang giải quyết 44 kiến nghị" counts requests (a noun after a number); "bà Đinh Thị Lan đề nghị UBND
    huyện …" after the district's report is a leader directing (a person named with ông/bà speaks, not the unit),
    and "…; đồng thời kiến nghị UBND tỉnh …" after it a request sent up, no more of her directives; "bà con nhân
    dân … đề nghị" are the villagers, asking."""
    report = ("Tin huyện Sông Mây\n\nNgày 8/9, đoàn giám sát của Thường trực HĐND tỉnh làm việc với huyện Sông Mây. "
              "Theo báo cáo, huyện đã tiếp nhận 356 kiến nghị của cử tri; đã giải quyết 312 kiến nghị; đang giải "
              "quyết 44 kiến nghị.\n")
    r = ex(report + "Kết luận buổi giám sát, bà Đinh Thị Lan đề nghị UBND huyện Sông Mây tiếp tục rà soát các "
                    "kiến nghị chưa được giải quyết, trả lời cử tri trước ngày 31/10/2025; đồng thời kiến nghị UBND "
                    "tỉnh bố trí kinh phí nâng cấp tuyến đường tỉnh 105.")
    assert [p.text for p in r.proposals] == ["bố trí kinh phí nâng cấp tuyến đường tỉnh 105"]  # (sent up: its own)
    assert [(t.text.split(",")[0], t.deadline) for t in r.tasks] == [
        ("UBND huyện Sông Mây tiếp tục rà soát các kiến nghị chưa được giải quyết", "2025-10-31")]
    r = ex(report + "Tại buổi làm việc, bà con nhân dân thôn Púng đề nghị UBND huyện sớm sửa chữa cầu treo.")
    assert [p.text for p in r.proposals] == ["sớm sửa chữa cầu treo"]


CONCLUSION_QUARTER = """HUYỆN ỦY SÔNG MÂY
Số 215-TB/HU
Sông Mây, ngày 20 tháng 10 năm 2025
THÔNG BÁO
Kết luận của Ban Thường vụ Huyện ủy về nhiệm vụ quý IV năm 2025
Ngày 17/10/2025, Ban Thường vụ Huyện ủy họp và kết luận như sau:
1. {first}, tình hình kinh tế - xã hội của huyện tiếp tục ổn định; thu ngân sách đạt 85,6 tỷ đồng, bằng 78,2% dự toán.
2. Nhiệm vụ trọng tâm quý IV năm 2025, các cấp ủy, chính quyền tập trung thực hiện tốt các nội dung sau: (1) Hoàn thành các chỉ tiêu kinh tế - xã hội năm 2025; (2) chuẩn bị tốt các điều kiện tổ chức đại hội chi bộ; (3) triển khai các giải pháp thu ngân sách.
3. Giao Ban Tổ chức Huyện ủy chủ trì tham mưu quy chế làm việc, hoàn thành trong quý IV/2025.
"""


def test_a_numbered_item_that_reports_a_past_period_is_no_task_and_one_that_lists_its_own_items_is_split() -> None:
    """In a notice of 20/10/2025: "1. Quý III năm 2025, tình hình … ổn định; … đạt …" reports on a period that
    has ended (no task); "2. …, các cấp ủy tập trung … các nội dung sau: (1) …; (2) …; (3) …" is three tasks."""
    r = ex(CONCLUSION_QUARTER.format(first="Quý III năm 2025"))
    assert [(t.group, t.text.split(",")[0]) for t in r.tasks] == [
        ("1", "Hoàn thành các chỉ tiêu kinh tế - xã hội năm 2025"), ("2", "chuẩn bị tốt các điều kiện tổ chức đại hội chi bộ"),
        ("3", "triển khai các giải pháp thu ngân sách"), ("3", "Giao Ban Tổ chức Huyện ủy chủ trì tham mưu quy chế làm việc")]
    r = ex(CONCLUSION_QUARTER.format(first="Quý IV năm 2025"))  # a period still ahead: what it says is work
    assert r.tasks[0].text.startswith("Quý IV năm 2025")


def test_nha_nuoc_is_the_addressee_and_co_chinh_sach_the_request() -> None:
    r = ex("Tin tiếp xúc cử tri\n\nTại buổi tiếp xúc, cử tri đề nghị Nhà nước có chính sách hỗ trợ người dân vùng sạt "
           "lở; đề nghị tỉnh sớm đầu tư tuyến đường ven biển đoạn qua xã.")
    assert [p.text for p in r.proposals] == ["có chính sách hỗ trợ người dân vùng sạt lở",
                                             "sớm đầu tư tuyến đường ven biển đoạn qua xã"]
