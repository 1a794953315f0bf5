"""Issue 16, point 5: who concludes to whom, read from the text (invented texts), in official capitalisation."""

from __future__ import annotations

from desktop.core.conclusion_parties import Parties, conclusion_parties, recipients
from desktop.core.model import DayMonthYear, Meeting, Person, Report
from desktop.core.official_case import official_case


def _report(text: str, title: str = "", unit: str | None = None, chair: str | None = None,
            people: list[Person] | None = None) -> Report:
    return Report(source="x.txt", text=text, title=title, unit=unit, people=people or [],
                  meeting=Meeting(chair=chair, date=DayMonthYear(day=3, month=4, year=2026)) if chair else None)


def test_header_capitals_become_official_capitalisation_not_title_case() -> None:
    assert official_case("TỈNH ỦY HÒA BÌNH MỚI") == "Tỉnh ủy Hòa Bình Mới"
    assert official_case("ỦY BAN NHÂN DÂN XÃ NAM SƠN") == "Ủy ban nhân dân xã Nam Sơn"
    assert official_case("BAN THƯỜNG VỤ HUYỆN ỦY ĐÔNG GIANG") == "Ban Thường vụ Huyện ủy Đông Giang"
    assert official_case("ĐẢNG UỶ XÃ BẢN MÒNG") == "Đảng uỷ xã Bản Mòng"
    assert official_case("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG") == "Sở Nông nghiệp và Môi trường"
    assert official_case("Tỉnh Ủy Hòa Bình Mới") == "Tỉnh ủy Hòa Bình Mới"  # what str.title() made of it
    assert official_case("Ban Thường vụ Thị ủy Đông Giang") == "Ban Thường vụ Thị ủy Đông Giang"  # kept


def test_the_title_names_who_concludes_and_with_whom() -> None:
    r = _report("THÔNG BÁO\nkết luận của Ban Thường vụ Tỉnh ủy tại buổi làm việc với Ban Thường vụ Huyện ủy "
                "Đông Giang\nNgày 03/4/2026 …", title="THÔNG BÁO kết luận của Ban Thường vụ Tỉnh ủy tại buổi làm "
                "việc với Ban Thường vụ Huyện ủy Đông Giang", unit="TỈNH ỦY HÒA BÌNH MỚI")
    assert conclusion_parties(r) == Parties("Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Huyện ủy Đông Giang", "")


def test_a_news_sentence_worked_with_gives_both_sides_and_the_subject() -> None:
    r = _report("Sáng 3/4, đồng chí Lê Văn Tám, Bí thư Tỉnh ủy, Thường trực Tỉnh ủy đã có buổi làm việc với "
                "Ban Thường vụ Thị ủy Đông Giang về công tác chuyển đổi số. Dự buổi làm việc …",
                title="Nhiều kết quả nổi bật ở Đông Giang")
    assert conclusion_parties(r) == Parties("Thường trực Tỉnh ủy", "Ban Thường vụ Thị ủy Đông Giang",
                                            "công tác chuyển đổi số")


def test_a_meeting_conclusion_has_no_counterpart_but_its_subject() -> None:
    r = _report("…", title="THÔNG BÁO Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về công tác phòng, chống "
                "thiên tai năm 2026", unit="ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH MỚI")
    assert conclusion_parties(r) == Parties("Chủ tịch UBND tỉnh", "", "công tác phòng, chống thiên tai năm 2026")


def test_only_the_chair_known_gives_the_leader_and_a_body_of_another_level() -> None:
    chair = Person(name="Lê Văn Tám", positions=["Ủy viên Ban Chấp hành Trung ương Đảng", "Bí thư Tỉnh ủy"])
    other = Person(name="Hà Thị Mơ", positions=["Bí thư Huyện ủy Đông Giang"])
    r = _report("Đồng chí Lê Văn Tám chủ trì buổi làm việc.", title="Đông Giang cần bứt phá", chair="Lê Văn Tám",
                people=[chair, other])
    assert conclusion_parties(r) == Parties("đồng chí Bí thư Tỉnh ủy", "Huyện ủy Đông Giang")
    state = Person(name="Lê Văn Tám", positions=["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"])
    r2 = _report("…", chair="Lê Văn Tám", people=[state])
    assert conclusion_parties(r2, state=True).concluding == "đồng chí Chủ tịch UBND tỉnh"
    assert conclusion_parties(r2, state=False).concluding == "đồng chí Phó Bí thư Tỉnh ủy"


def test_a_report_of_a_lower_body_is_the_counterpart_and_nobody_is_assumed_to_conclude() -> None:
    r = _report("BÁO CÁO\nKết quả 6 tháng …", title="BÁO CÁO kết quả 6 tháng", unit="HUYỆN ỦY ĐÔNG GIANG")
    assert conclusion_parties(r) == Parties("", "Huyện ủy Đông Giang")


def test_recipients_are_the_counterpart_owners_and_settings_each_once() -> None:
    p = Parties("Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Huyện ủy Đông Giang")
    got = recipients(p, ["Ban Tổ chức Tỉnh ủy", "Ban Thường vụ Huyện uỷ Đông Giang", "Ban Tổ chức Tỉnh ủy",
                         "thị xã Đông Giang"],
                     ["Thường trực Tỉnh ủy (b/c)", "Ban Tổ chức Tỉnh ủy", "Các đồng chí Tỉnh ủy viên"])
    assert got == ["Thường trực Tỉnh ủy (b/c)", "Ban Thường vụ Huyện ủy Đông Giang", "Ban Tổ chức Tỉnh ủy",
                   "Thị xã Đông Giang", "Các đồng chí Tỉnh ủy viên"]
