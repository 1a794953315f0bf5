"""Issue 18, point 6 (window): in the library, a search lists every report that matches — a long one does not
crowd out the others —, each with its best hits as rows under it and a row ``còn N kết quả trong văn bản này``
for the others; choosing a hit opens its report."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from desktop.ui.library_panel import REPORT_ID
from desktop.ui.search_rows import HIT_ITEM
from tests.store.test_search_per_report import LONG_TASKS, SHORT, fill


def _report_rows(w) -> list:
    model = w.library_panel.model
    return [model.item(g).child(k) for g in range(model.rowCount()) for k in range(model.item(g).rowCount())]


def test_every_report_is_listed_with_its_hits_and_the_count_of_the_others(make_window, qtbot) -> None:
    w = make_window("more.sqlite3")
    before = {s.id for s in w.library.list_reports()}  # the first-run samples
    fill(w.library)
    ours = {s.id: s.title for s in w.library.list_reports() if s.id not in before}
    assert len(ours) == len(SHORT) + 1
    w.library_panel.search.setText("de dieu")
    with qtbot.waitSignal(w.library_panel.loaded, timeout=20000):
        w.library_panel.reload()
    rows = {r.data(REPORT_ID): r for r in _report_rows(w)}
    assert set(ours) <= set(rows)  # every report, the long one too
    long = next(rows[rid] for rid, title in ours.items() if title == "Kế hoạch phòng chống thiên tai")
    children = [long.child(k) for k in range(long.rowCount())]
    assert [c.data(HIT_ITEM) is not None for c in children] == [True] * 5 + [False]
    assert children[-1].text() == f"… còn {LONG_TASKS + 1 - 5} kết quả trong văn bản này"
    assert w.library_panel.tree.visualRect(children[-1].index()).isValid()  # shown, not folded away
    short = next(rows[rid] for rid, title in ours.items() if title == "Tin xã Tân Mỹ")
    assert short.rowCount() == 1 and short.child(0).text() == "…chức kiểm tra [đê điều] trước mùa mưa."
    w.library_panel.tree.setCurrentIndex(short.child(0).index())
    assert w.session.report.id == short.data(REPORT_ID)
    with qtbot.waitSignal(w.library_panel.hitSelected) as hit:  # that hit, not the report's best
        w.library_panel.tree.setCurrentIndex(children[2].index())
    assert hit.args == [long.data(REPORT_ID), children[2].data(HIT_ITEM)] and children[2].data(HIT_ITEM) > 0
    assert w.session.report.id == long.data(REPORT_ID)
    w.library_panel.search.setText("")
    with qtbot.waitSignal(w.library_panel.loaded, timeout=20000):
        w.library_panel.reload()
    assert all(r.rowCount() == 0 for r in _report_rows(w))  # no search, no hit rows
