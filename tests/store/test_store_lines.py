"""A clerk's decisions on lines (article or page chrome) kept with the report, on SQLite and PostgreSQL.

The pages are invented (a fictional district portal: menu, article, related news with dates, footer)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.core.chrome import is_chrome
from desktop.core.model import Indicator, Origin, Ratio, ReviewStatus
from desktop.store.db import current_revision, open_database
from desktop.store.importer import import_paths
from desktop.store.library import Library
from desktop.store.search import search
from tests.store.test_store import db, lib  # noqa: F401  (the SQLite/PostgreSQL fixtures)

PAGE = """Cổng thông tin điện tử huyện Tân Lập
TRANG CHỦ
GIỚI THIỆU
TIN TỨC - SỰ KIỆN
VĂN BẢN CHỈ ĐẠO
HỎI ĐÁP
Huyện ủy Tân Lập sơ kết công tác 6 tháng đầu năm 2026
Sáng 10/7, Huyện ủy Tân Lập tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2026. Đồng chí Trần Văn Bình, \
Bí thư Huyện ủy chủ trì hội nghị.
Trong 6 tháng, thu ngân sách trên địa bàn đạt 45,6 tỷ đồng. Tỷ lệ hộ nghèo giảm còn 4,1%. Tỷ lệ che phủ rừng \
đạt 62,5%.
Toàn huyện có 8/12 xã đạt chuẩn nông thôn mới, đạt 66,7%; kết nạp 37 đảng viên mới.
Đồng chí Bí thư yêu cầu các cấp ủy tập trung chỉ đạo thu ngân sách; đẩy nhanh tiến độ xây dựng trường học xã Phú An.
TIN ĐÃ ĐƯA
Xã Hòa Bình có 5/7 thôn đạt chuẩn văn hóa (02/07/2026)
Huyện Tân Lập tổng kết năm học 2025-2026 (28/06/2026)
Hội nghị triển khai công tác phòng chống lụt bão (20/06/2026)
Bản quyền thuộc Cổng thông tin điện tử huyện Tân Lập
Địa chỉ: số 5 đường Lê Lợi, thị trấn Tân Lập
Điện thoại: 0210 3 888 999
"""
RELATED = PAGE.index("Xã Hòa Bình")
BUDGET_LINE = PAGE.index("Trong 6 tháng")

HTML_PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>Xã Phú An</title></head><body>
<nav><ul><li>Trang chủ</li><li>Giới thiệu</li><li>Tin tức</li><li>Liên hệ</li></ul></nav>
<h1>Đảng ủy xã Phú An sơ kết quý III</h1>
<p>Chiều 3/10, Đảng ủy xã Phú An tổ chức hội nghị sơ kết quý III. Đồng chí Lò Thị Hoa, Bí thư Đảng ủy xã chủ trì.</p>
<p>Thu ngân sách xã đạt 3,2 tỷ đồng. Tỷ lệ trẻ em được tiêm chủng đạt 98,4%.</p>
<p>Hội nghị thống nhất đẩy nhanh tiến độ làm đường liên thôn trước mùa mưa.</p>
<footer><p>Bản quyền thuộc Ủy ban nhân dân xã Phú An</p></footer>
</body></html>
"""


def _import(lib: Library, tmp_path: Path, name: str, content: str) -> int:  # noqa: F811
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    [res] = import_paths(lib, [path], who="Nhập")
    assert res.status == "imported", res.reason
    return res.report_id


def _role(lib: Library, rid: int, offset: int) -> str:  # noqa: F811
    line = lib.report_lines(rid).line_at(offset)
    assert line is not None
    return line.role


def test_a_related_news_line_marked_as_article_is_read_and_the_decision_audited(lib: Library,  # noqa: F811
                                                                               tmp_path: Path) -> None:
    rid = _import(lib, tmp_path, "trang.txt", PAGE)
    assert is_chrome(_role(lib, rid, RELATED)) and is_chrome(_role(lib, rid, PAGE.index("GIỚI THIỆU")))
    before = {i.id for i in lib.get_report(rid).items()}
    assert not any(isinstance(i, Ratio) and i.span and i.span[0] >= RELATED for i in lib.get_report(rid).items())
    change = lib.set_line_role(rid, RELATED, "article", who="Hoàng Thị Mai")
    report = lib.get_report(rid)
    new = [i for i in report.ratios if i.span and i.span[0] >= RELATED]
    assert [(PAGE[i.span[0]:i.span[1]]) for i in new] == ["5/7"]
    assert (change.added, change.removed) == (1, 0)
    assert before <= {i.id for i in report.items()}  # the items read the same are the same rows
    assert _role(lib, rid, RELATED) == "article"
    assert lib.report_lines(rid).overrides == {RELATED: "article"}
    entry = [h for h in lib.report_history(rid) if h.field == "line_role"][-1]
    assert entry.who == "Hoàng Thị Mai" and entry.new_value.startswith(f"{RELATED}: article — Xã Hòa Bình")
    assert lib.history(new[0].id)[0].who == "Hoàng Thị Mai"
    assert search(lib.db, "5/7 thon") or search(lib.db, "thon")  # the new item is searchable


def test_an_article_line_marked_as_chrome_keeps_what_a_clerk_verified_and_undo_gives_the_rest_back(
        lib: Library) -> None:  # noqa: F811
    from desktop.core.extract import extract_text

    rid, _ = lib.add_report(extract_text(PAGE, name="trang.txt"))
    report = lib.get_report(rid)
    on_line = [i for i in report.indicators if i.span and BUDGET_LINE <= i.span[0] < PAGE.index("Toàn huyện")]
    assert sorted(PAGE[i.span[0]:i.span[1]] for i in on_line) == ["4,1%", "45,6 tỷ đồng", "62,5%"]
    poor = next(i for i in on_line if i.value == 4.1)
    lib.set_review(poor.id, ReviewStatus.VERIFIED, poor.version, who="Mai")
    task = report.tasks[0]
    change = lib.set_line_role(rid, BUDGET_LINE, "chrome", who="Mai")
    after = lib.get_report(rid)
    left = [i for i in after.indicators if i.span and BUDGET_LINE <= i.span[0] < PAGE.index("Toàn huyện")]
    assert [(i.id, i.review) for i in left] == [(poor.id, ReviewStatus.VERIFIED)]
    assert change.removed == 2 and change.kept == 1
    assert any(t.id == task.id for t in after.tasks)  # an untouched item read again the same keeps its row
    assert is_chrome(_role(lib, rid, BUDGET_LINE))
    lib.set_line_role(rid, BUDGET_LINE, None, who="Mai")  # what undo does
    back = lib.get_report(rid)
    again = sorted((PAGE[i.span[0]:i.span[1]], i.review) for i in back.indicators
                   if i.span and BUDGET_LINE <= i.span[0] < PAGE.index("Toàn huyện"))
    assert again == [("4,1%", ReviewStatus.VERIFIED), ("45,6 tỷ đồng", ReviewStatus.UNCHECKED),
                     ("62,5%", ReviewStatus.UNCHECKED)]
    assert lib.report_lines(rid).overrides == {}
    assert len([i for i in back.indicators if i.value == 4.1]) == 1  # the kept item is not read twice
    assert [i.span for i in back.indicators] == sorted(i.span for i in back.indicators)  # listed where they stand


def test_edited_and_manual_items_are_never_replaced(lib: Library) -> None:  # noqa: F811
    from desktop.core.extract import extract_text

    rid, _ = lib.add_report(extract_text(PAGE, name="trang.txt"))
    forest = next(i for i in lib.get_report(rid).indicators if i.value == 62.5)
    lib.update_item(forest.id, {"label": "Tỷ lệ che phủ rừng toàn huyện"}, forest.version, who="Mai")
    span = (BUDGET_LINE, BUDGET_LINE + 5)
    manual = lib.add_item(rid, Indicator(label="Thu ngân sách", value=45.6, unit="tỷ đồng", span=span,
                                            origin=Origin.MANUAL), who="Mai")
    lib.set_line_role(rid, BUDGET_LINE, "chrome", who="Mai")
    ids = {i.id for i in lib.get_report(rid).items()}
    assert forest.id in ids and manual in ids


def test_a_web_page_is_read_again_with_its_markup(lib: Library, tmp_path: Path) -> None:  # noqa: F811
    rid = _import(lib, tmp_path, "trang.html", HTML_PAGE)
    report = lib.get_report(rid)
    menu = report.text.index("Giới thiệu")
    assert _role(lib, rid, menu) == "menu" and report.title == "Đảng ủy xã Phú An sơ kết quý III"
    ids = sorted(i.id for i in report.items())
    tasks_line = report.text.index("Hội nghị thống nhất")
    lib.set_line_role(rid, tasks_line, "article", who="Mai")  # already article: the same reading, stored
    again = lib.get_report(rid)
    assert sorted(i.id for i in again.items()) == ids and again.title == report.title
    assert _role(lib, rid, menu) == "menu"  # the <nav> is still known as navigation


def test_decisions_survive_reopening_and_an_old_library_is_upgraded(tmp_path: Path) -> None:
    from alembic import command

    from desktop.core.extract import extract_text
    from desktop.store.db import _alembic_config

    path = tmp_path / "cu.sqlite3"
    old = open_database(f"sqlite:///{path}", migrate=False)
    with old.engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0003")
    report = extract_text(PAGE, name="trang.txt")
    with old.engine.begin() as conn:  # a report stored by the previous version (no line columns)
        conn.execute(text("INSERT INTO reports (content_hash, source_name, kind, title, original_text, body, "
                          "imported_at, version, note) VALUES ('h', 'trang.txt', 'paste', :t, :x, :b, "
                          "'2026-11-30 08:00:00', 1, '')"), {"t": report.title, "x": PAGE, "b": report.body})
    old.close()
    db = open_database(f"sqlite:///{path}")  # noqa: F811
    assert current_revision(db.engine) == "0008"
    lib = Library(db)  # noqa: F811
    [summary] = lib.list_reports()
    assert lib.report_lines(summary.id).overrides == {}
    change = lib.set_line_role(summary.id, RELATED, "article", who="Mai")
    assert change.added > 0  # the old report had no items stored: all are read now
    db.close()
    again = Library(open_database(f"sqlite:///{path}"))
    assert again.report_lines(summary.id).overrides == {RELATED: "article"}
    assert _role(again, summary.id, RELATED) == "article"
    assert any(i.span and i.span[0] >= RELATED for i in again.get_report(summary.id).ratios)
    again.db.close()


def test_a_decision_is_refused_for_a_text_no_longer_there_and_checked(lib: Library) -> None:  # noqa: F811
    from desktop.store.errors import StoreError

    with pytest.raises(StoreError):
        lib.set_line_role(12345, 0, "article")
    with pytest.raises(ValueError):
        lib.set_line_role(12345, 0, "menu")


def test_a_review_saved_by_another_clerk_while_the_text_is_read_again_is_never_lost(db, monkeypatch) -> None:  # noqa: F811
    import desktop.store.reread as reread
    from desktop.core.extract import extract_text
    from desktop.store.errors import StoreError

    clerk_a, clerk_b = Library(db), Library(db)
    rid, _ = clerk_a.add_report(extract_text(PAGE, name="trang.txt"))
    money = next(i for i in clerk_b.get_report(rid).indicators if i.value == 45.6)
    pairing = reread._twins

    def meanwhile(*args):  # A has read the items, not yet written: B verifies one of them
        clerk_b.set_review(money.id, ReviewStatus.VERIFIED, money.version, who="B")
        return pairing(*args)

    monkeypatch.setattr(reread, "_twins", meanwhile)
    with pytest.raises(StoreError, match="người khác"):
        clerk_a.set_line_role(rid, BUDGET_LINE, "chrome", who="A")
    monkeypatch.setattr(reread, "_twins", pairing)
    kept = next(i for i in clerk_a.get_report(rid).indicators if i.id == money.id)
    assert kept.review == ReviewStatus.VERIFIED and clerk_a.report_lines(rid).overrides == {}
    clerk_a.set_line_role(rid, BUDGET_LINE, "chrome", who="A")  # tried again: B's item is touched, it stays
    assert any(i.id == money.id for i in clerk_a.get_report(rid).indicators)


def test_a_fault_of_the_reader_is_a_store_error_and_changes_nothing(lib: Library, monkeypatch) -> None:  # noqa: F811
    import desktop.core.extract as core_extract
    from desktop.core.extract import extract_text, pipeline
    from desktop.store.errors import StoreError

    rid, _ = lib.add_report(extract_text(PAGE, name="trang.txt"))
    before = sorted(i.id for i in lib.get_report(rid).items())

    def broken(*_args, **_kwargs):
        raise IndexError("list index out of range")

    monkeypatch.setattr(core_extract, "extract", broken)
    monkeypatch.setattr(pipeline, "read_lines", broken)  # (what opening a text reads: the lines only)
    with pytest.raises(StoreError, match="Không đọc lại được"):
        lib.set_line_role(rid, RELATED, "article", who="Mai")
    with pytest.raises(StoreError):
        lib.report_lines(rid)
    monkeypatch.undo()
    assert sorted(i.id for i in lib.get_report(rid).items()) == before and lib.report_lines(rid).overrides == {}


def _site_page(n: int, article: str) -> str:
    return (f"Tin {n} của trang xã Tân Hợp\nTrang nhất\nGiới thiệu xã\nHoạt động của Đảng ủy\nCải cách hành chính\n"
            f"{article}\nBản quyền trang tin xã Tân Hợp\nPhụ trách: Văn phòng HĐND và UBND xã Tân Hợp\n")


def test_a_folder_of_one_site_is_read_with_the_lines_its_pages_repeat(lib: Library, tmp_path: Path) -> None:  # noqa: F811
    """Pages saved from one site share menus and a footer: a folder import reads them as the site's chrome, and a
    clerk's later decision on one page reads it again the same way."""
    site = tmp_path / "trang-xa" / "tin"
    site.mkdir(parents=True)
    (tmp_path / "trang-xa" / "khac").mkdir()
    (tmp_path / "trang-xa" / "khac" / "mot-trang.txt").write_text(
        _site_page(9, "Ngày 1/6, xã Tân Hợp trao 30 suất học bổng cho học sinh nghèo vượt khó."), encoding="utf-8")
    articles = ["Sáng 4/6, Đảng ủy xã Tân Hợp tổ chức hội nghị sơ kết 6 tháng đầu năm 2025 với 45 đảng viên.",
                "Chiều 9/6, UBND xã Tân Hợp tiếp nhận 120 suất quà hỗ trợ các hộ khó khăn trên địa bàn xã.",
                "Ngày 12/6, Hội Nông dân xã Tân Hợp ra mắt tổ hợp tác trồng chè với 18 hộ thành viên."]
    for k, a in enumerate(articles, 1):
        (site / f"tin-{k}.txt").write_text(_site_page(k, a), encoding="utf-8")
    results = import_paths(lib, [tmp_path / "trang-xa"], who="Lan")
    assert [r.status for r in results] == ["imported"] * 4
    by_name = {r.path.name: r.report_id for r in results}
    for k in range(1, 4):
        report = lib.get_report(by_name[f"tin-{k}.txt"])
        assert "Phụ trách" not in report.body and "Bản quyền" not in report.body
        assert articles[k - 1] in report.body
    lone = lib.get_report(by_name["mot-trang.txt"])  # alone in its folder: nothing to compare it with
    assert "Phụ trách: Văn phòng HĐND và UBND xã Tân Hợp" in lone.body
    rid = by_name["tin-3.txt"]
    text_ = lib.get_report(rid).text
    lib.set_line_role(rid, text_.index("Ngày 12/6"), "article", who="Lan")  # a decision: the text is read again
    again = lib.get_report(rid)
    assert "Phụ trách" not in again.body
    assert [i.value for i in again.indicators] == [18]
