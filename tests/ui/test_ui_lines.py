"""The article pane shows the page around the article (issue 14, point 4): chrome lines dimmed with their
role and reason, folded away so the article comes first, and a clerk's decision on a line, undoable, kept
with the report. The page is invented (a fictional district portal)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QMenu

from desktop.core.chrome import is_chrome
from desktop.core.model import Indicator, Ratio, ReviewStatus
from desktop.ui.chrome_lines import CHROME_TEXT
from tests.store.test_store_lines import BUDGET_LINE, PAGE, RELATED
from tests.ui.test_ui_review import clerk_settings  # noqa: F401  (a clerk name in Settings, for the audit)

MENU = PAGE.index("GIỚI THIỆU")
NEXT_LINE = PAGE.index("Toàn huyện")


def _open_page(w, qtbot, tmp_path: Path) -> None:
    path = tmp_path / "trang-tin.txt"
    path.write_text(PAGE, encoding="utf-8")
    w.import_paths([str(path)])
    qtbot.waitUntil(lambda: not w.importing and w.session is not None
                    and w.session.report.source == "trang-tin.txt", timeout=20000)


@pytest.fixture
def window(make_window, tmp_path: Path, qtbot, clerk_settings):  # noqa: F811
    w = make_window("lines.sqlite3")
    _open_page(w, qtbot, tmp_path)
    w.chrome.show_action.setChecked(False)  # folded: the article first
    return w


def _block_of(w, offset: int):
    return w.article.document().findBlock(w.article.positions.to_doc(offset))


def _highlighted(w) -> list[str]:
    return [s.cursor.selectedText() for s in w.article.extraSelections()]


def _budget_indicators(w) -> list[Indicator]:
    return sorted((i for i in w.session.models["indicators"].items
                   if i.span and BUDGET_LINE <= i.span[0] < NEXT_LINE), key=lambda i: i.span)


def test_chrome_lines_are_dimmed_with_their_role_and_folded_so_the_article_comes_first(window) -> None:
    w = window
    assert "Phần trang web: menu" in w.chrome.tooltip_at(MENU) and "Lý do:" in w.chrome.tooltip_at(MENU)
    assert "danh sách tin khác" in w.chrome.tooltip_at(RELATED)
    assert w.chrome.tooltip_at(BUDGET_LINE + 10) == ""  # an ordinary article line has no tooltip
    dimmed = {span: fmt.foreground().color().name() for span, fmt in w.article.line_marks}
    assert dimmed[(MENU, MENU + len("GIỚI THIỆU"))] == CHROME_TEXT
    assert not any(s <= BUDGET_LINE < e for s, e in dimmed)
    # folded: no menu or related-news line is on screen, the article's lines are
    assert not _block_of(w, MENU).isVisible() and not _block_of(w, RELATED).isVisible()
    assert _block_of(w, BUDGET_LINE).isVisible()
    visible = [b for b in range(w.article.document().blockCount()) if b not in w.chrome.hidden_lines()]
    lines = w.session.lines
    first_text = w.article.document().findBlockByNumber(visible[0]).position()
    assert not is_chrome(lines.line_at(w.article.positions.to_raw(first_text)).role)
    # the items' highlights fall on their words, folded or not
    money = next(i for i in _budget_indicators(w) if i.value == 45.6)
    assert PAGE[money.span[0]:money.span[1]] in _highlighted(w)
    assert all(PAGE[i.span[0]:i.span[1]] in _highlighted(w) for _k, i in w.article.items if i.span)
    w.chrome.show_action.trigger()  # Xem › Hiện phần trang web
    assert w.chrome.hidden_lines() == [] and w.article.line_marks
    assert PAGE[money.span[0]:money.span[1]] in _highlighted(w)
    view = next(a for a in w.menuBar().actions() if a.menu() and w.chrome.show_action in a.menu().actions())
    assert view.text() == "&Xem"


def test_a_related_news_line_marked_as_article_is_read_again_and_undo_restores(window,
                                                                            clerk_settings) -> None:  # noqa: F811
    w = window
    menu = QMenu(w)
    w.chrome.add_line_actions(menu, RELATED + 3)
    assert w.chrome.article_action in menu.actions() and w.chrome.article_action.isEnabled()
    assert not w.chrome.chrome_action.isEnabled()  # it is chrome already
    assert not [r for r in w.session.models["ratios"].items if r.span and r.span[0] >= RELATED]
    w.chrome.article_action.trigger()
    new = [r for r in w.session.models["ratios"].items if r.span and r.span[0] >= RELATED]
    assert [PAGE[r.span[0]:r.span[1]] for r in new] == ["5/7"] and isinstance(new[0], Ratio)
    assert "5/7" in _highlighted(w) and _block_of(w, RELATED).isVisible()
    assert w.chrome.tooltip_at(RELATED) == ("Nội dung bài viết\n"
                                           "Lý do: người kiểm tra đã đánh dấu là nội dung bài viết")
    assert w.form.tabText(w.form.indexOf(w.form.tables["tallies"].parentWidget())).endswith(
        f"({len(w.session.models['tallies'].items) + len(w.session.models['ratios'].items)})")
    rid = w.session.report.id
    entry = [h for h in w.library.report_history(rid) if h.field == "line_role"][-1]
    assert entry.who == clerk_settings and entry.new_value.startswith(f"{RELATED}: article")
    w.undo()
    assert not [r for r in w.session.models["ratios"].items if r.span and r.span[0] >= RELATED]
    assert w.session.lines.overrides == {} and is_chrome(w.session.lines.line_at(RELATED).role)
    assert not _block_of(w, RELATED).isVisible()
    w.redo()
    assert [PAGE[r.span[0]:r.span[1]] for r in w.session.models["ratios"].items if r.span[0] >= RELATED] == ["5/7"]
    w.chrome.add_line_actions(QMenu(w), RELATED)
    assert w.chrome.auto_action.isEnabled()  # a decision can be taken back, not only undone
    w.chrome.auto_action.trigger()
    assert w.session.lines.overrides == {} and is_chrome(w.session.lines.line_at(RELATED).role)
    w.chrome.add_line_actions(QMenu(w), RELATED)
    assert not w.chrome.auto_action.isEnabled()


def test_an_article_line_marked_as_chrome_loses_its_untouched_items_but_keeps_a_verified_one(window) -> None:
    w = window
    assert [PAGE[i.span[0]:i.span[1]] for i in _budget_indicators(w)] == ["45,6 tỷ đồng", "4,1%", "62,5%"]
    poor = next(i for i in _budget_indicators(w) if i.value == 4.1)
    w.session.set_review([poor], ReviewStatus.VERIFIED)
    menu = QMenu(w)
    w.chrome.add_line_actions(menu, BUDGET_LINE + 5)
    assert w.chrome.chrome_action.isEnabled() and not w.chrome.article_action.isEnabled()
    w.chrome.chrome_action.trigger()
    assert _budget_indicators(w) == [poor] and poor.review == ReviewStatus.VERIFIED
    assert "45,6 tỷ đồng" not in _highlighted(w) and "4,1%" in _highlighted(w)
    assert _block_of(w, BUDGET_LINE).isVisible()  # folded, but it holds an item: still shown, dimmed
    assert any(s == BUDGET_LINE for (s, _e), _f in w.article.line_marks)
    assert w.chrome.tooltip_at(BUDGET_LINE) == ("Phần trang web\n"
                                               "Lý do: người kiểm tra đã đánh dấu là phần trang web")
    assert "Đã đọc lại văn bản" in w.statusBar().currentMessage()
    w.undo()
    assert [PAGE[i.span[0]:i.span[1]] for i in _budget_indicators(w)] == ["45,6 tỷ đồng", "4,1%", "62,5%"]
    assert poor in _budget_indicators(w) and poor.review == ReviewStatus.VERIFIED
    w.undo()  # and the review before it
    assert poor.review == ReviewStatus.UNCHECKED


def test_a_decision_survives_reopening_the_library(window, tmp_path: Path, qtbot) -> None:
    from desktop.ui.main_window import MainWindow

    w = window
    rid = w.session.report.id
    w.chrome.mark(RELATED, "article")
    w.close()
    w.library.db.close()
    again = MainWindow(f"sqlite:///{tmp_path / 'lines.sqlite3'}")
    qtbot.addWidget(again)
    again.show()
    assert again.load_library()
    again.open_report(rid)
    assert again.session.report.id == rid
    assert again.session.lines.overrides == {RELATED: "article"}
    assert "5/7" in [PAGE[r.span[0]:r.span[1]] for r in again.session.models["ratios"].items]
    assert again.chrome.tooltip_at(RELATED).startswith("Nội dung")


def test_every_role_and_reason_the_reader_gives_on_the_dev_texts_reads_in_vietnamese(dev_reports) -> None:
    from desktop.core.extract import extract_text
    from desktop.ui.chrome_lines import REASONS, ROLE_NAMES

    lines = [ln for _p, r in dev_reports.values() for ln in r.lines] + extract_text(PAGE).lines
    assert {ln.role for ln in lines} - set(ROLE_NAMES) == set()
    assert {ln.reason for ln in lines} - set(REASONS) == set()
