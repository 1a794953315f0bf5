"""A report with thousands of marks (a 3 MB text) opened in seconds of frozen window: each mark costs a text
cursor. Beyond a few thousand marks the article draws those near the visible part, again as it scrolls; a
small text keeps all of its marks drawn at once."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from desktop.core.model import Indicator, ReviewStatus
from desktop.ui.article_view import FEW_MARKS, ArticleView


def _view(qtbot, lines: int) -> tuple[ArticleView, list[Indicator]]:
    text = "".join(f"Dòng {k}: xã đạt {k % 97},5% kế hoạch.\n" for k in range(lines))
    items, pos = [], 0
    for k in range(lines):
        line = f"Dòng {k}: xã đạt {k % 97},5% kế hoạch.\n"
        start = pos + line.index("đạt")
        items.append(Indicator(label=f"dòng {k}", value=1.0, unit="%", span=(start, start + 9),
                               review=ReviewStatus.UNCHECKED))
        pos += len(line)
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    view.show_text(text)
    view.set_items([("indicators", i) for i in items], [])
    return view, items


def _drawn(view: ArticleView) -> set[tuple[int, int]]:
    to_raw = view.positions.to_raw
    return {(to_raw(s.cursor.selectionStart()), to_raw(s.cursor.selectionEnd())) for s in view.extraSelections()}


def test_a_small_text_has_every_mark_drawn(qtbot) -> None:
    view, items = _view(qtbot, 200)
    assert _drawn(view) == {i.span for i in items}


def test_a_large_text_draws_the_marks_near_what_is_shown_and_follows_the_scrolling(qtbot) -> None:
    view, items = _view(qtbot, 3 * FEW_MARKS)
    drawn = _drawn(view)
    assert items[0].span in drawn and items[-1].span not in drawn
    assert len(drawn) < FEW_MARKS
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: items[-1].span in _drawn(view), timeout=3000)
    assert items[0].span not in _drawn(view)
