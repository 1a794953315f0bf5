"""Patterns of the people, positions and documents readers rewritten for speed decide as the plain forms.

A pattern anchored at the end (``…$``) is looked for only in as many characters before that end as its longest
word has; a look-behind that opened a pattern is checked after its first letter. Each is compared with the
plain search on invented lines.
"""

from __future__ import annotations

import re

from desktop.core.extract import documents, people, positions
from desktop.core.layout import analyse
from desktop.core.source import source_from_text

LINES = [
    "Đồng chí Lê Văn Tâm, UVBTVTU. Phó Chủ tịch UBND tỉnh, CT. Hội Nông dân; ông Trần Bình - PBT. Đảng ủy xã.",
    "xPBT. và aUV. hay UV.; TUV., HUV.. GĐ. PGĐ.Sở, BT.   Các đồng chí: Nguyễn An, Lê Hòa và Phạm Ba.",
    "Tham dự có các Thứ trưởng: Hồ Văn Nam, Đỗ Thị Lan; các Ủy viên Bộ Chính trị: Chủ tịch nước Vũ Đức Minh.",
    "Phó Bí thư Huyện ủy và", "Chủ tịch UBND xã cùng", "là", " với", "Bí thư Chi bộ thônvà", "đến", "Ban tới",
    "Giám đốc Sở của", "Trưởng thôn gồm", "xcó", "hậu các Phó Giám đốc: Trịnh Văn Ba", "Ccác ông: A B",
    "tăng trưởng các Trưởng phòng : Mai Văn Cường, nhà: X", "các\tBan: Lý Văn Dũng", "",
]


def test_abbreviation_before_a_dot_looked_for_in_its_length() -> None:
    for t in LINES:
        for p in range(len(t) + 1):
            plain = positions._ABBR_DOT.search(t, 0, p) is not None
            near = positions._ABBR_DOT.search(t, max(0, p - positions._ABBR_LONGEST), p) is not None
            assert near == plain, (t, p)
    assert positions._ABBR_DOT.search("Đồng chí CT", 0) is not None


def test_link_word_at_the_end_looked_for_in_its_length() -> None:
    for t in LINES:
        for p in range(len(t) + 1):
            s = t[:p]
            plain = positions._LINK_END.search(s) is not None
            assert (positions._LINK_END.search(s, max(0, len(s) - positions._LINK_LONGEST)) is not None) == plain, s
    assert positions._LINK_END.search("Chủ tịch UBND xã cùng", 17)


def test_plural_lead_checks_its_left_edge_after_its_letter() -> None:
    plain = re.compile(r"(?<!\w)[Cc]ác\s+([^.;:()]{2,80}?)\s*:\s*[^.:;]*$")
    found = 0
    for t in LINES:
        for p in range(len(t) + 1):
            for lo in (0, max(0, p - 20)):
                want = plain.search(t, lo, p)
                got = people._PLURAL_LEAD.search(t, lo, p)
                assert (got and (got.span(), got.group(1))) == (want and (want.span(), want.group(1))), (t, lo, p)
                found += want is not None
    assert found > 20


def test_a_footer_line_cites_nothing_and_other_lines_still_do() -> None:
    text = ("Hội nghị triển khai Kế hoạch số 120/KH-UBND ngày 5/3/2025 của UBND huyện.\n\n"
            "Giấy phép số 112/GP-STTTT do Sở Thông tin cấp ngày 2/1/2020.\n\n"
            "Ghi rõ nguồn khi phát hành lại thông tin từ website này năm 2025.\n")
    layout = analyse(source_from_text(text))
    numbers = [d.number for d in documents.extract_documents(layout)]
    assert numbers == ["120/KH-UBND"]


def test_event_verbs_found_where_the_plain_pattern_finds_them() -> None:
    from desktop.core.extract import meeting

    plain = re.compile(r"(?<!\w)(?:tổ chức|diễn ra|khai mạc|bế mạc|chủ trì|chủ tọa|chủ toạ|điều hành|làm việc|họp|"
                       r"đã thông qua|biểu quyết thông qua|tiếp xúc|thăm|tham dự|tiến hành|triệu tập|đã có buổi|lễ)"
                       r"(?!\w)")
    lines = [x.lower() for x in LINES] + [
        "sáng 5/3, ubnd xã tổ chức hội nghị; buổi lễ diễn ra trang trọng, đoàn thăm và làm việc tại xã",
        "cuộc họp bàn; tham dựán; lễhội; đã thông qua, biểu quyết thông quaa, tiến hành; triệu tập họp báo",
        "đã có buổi làm việc với; khai mạc, bế mạc, chủ toạ, chủ tọa, điều hành, tiếp xúc cử tri; xhọp, họp",
    ]
    for t in lines:
        for p in range(len(t) + 1):
            want = plain.search(t, p)
            got = meeting._EVENT_VERBS.search(t, p)
            assert (got and got.start()) == (want and want.start()), (t, p)
