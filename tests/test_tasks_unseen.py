"""Tasks and proposals of shapes the dev texts do not have (issue 15, failure classes 4 and 5).

Every text here is invented (fictional units, places and people); each test asserts what the real extractor
returns for it: task texts, owners, deadlines, proposals, and what is neither.
"""

from __future__ import annotations

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
