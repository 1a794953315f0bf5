"""What used to run on the UI thread at every click (issue 18, item 4): listing the library (thousands of reports,
a search over all their items) and loading a report now run in the background; opening another report hands its
items to the tables already built instead of building eight new ones."""

from __future__ import annotations

import threading

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from desktop.core.extract import extract_text
from desktop.store.library import Library
from desktop.ui.item_model import ITEM_ROLE

TEXT = ("Báo cáo của xã Nam Sơn\n\nNăm 2025, xã Nam Sơn phấn đấu tỷ lệ hộ dùng nước sạch đạt 95%; "
        "thu ngân sách 12,5 tỷ đồng. Đề nghị UBND huyện hỗ trợ kinh phí làm đường.")


def _threads(monkeypatch: pytest.MonkeyPatch, name: str) -> list[bool]:
    """Each call of ``Library.name`` records whether it ran on the UI thread."""
    ui = threading.get_ident()
    seen: list[bool] = []
    real = getattr(Library, name)

    def spy(self, *args, **kwargs):
        seen.append(threading.get_ident() == ui)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Library, name, spy)
    return seen


def test_the_library_list_and_its_search_are_read_off_the_ui_thread(make_window, qtbot, monkeypatch) -> None:
    w = make_window()
    panel = w.library_panel
    qtbot.waitUntil(lambda: not panel.loading, timeout=20000)  # (the list after the first-run import)
    listed = _threads(monkeypatch, "list_reports")
    panel.search.setText("nuoc sach")  # (typing: the search waits for a pause, then runs)
    qtbot.waitUntil(lambda: bool(listed) and not panel.loading, timeout=20000)
    assert not any(listed)
    assert panel.model.rowCount() > 0


def test_a_reload_asked_for_while_one_runs_wins(make_window, qtbot) -> None:
    """Typing on while a search runs: the list shows the last query, never an older answer arriving late."""
    w = make_window()
    panel = w.library_panel
    panel.search.setText("khong co tu nay o dau ca")
    panel.reload()
    panel.search.setText("")
    with qtbot.waitSignal(panel.loaded, timeout=20000):
        panel.reload()
    qtbot.waitUntil(lambda: not panel.loading, timeout=20000)
    qtbot.wait(100)
    assert panel.model.rowCount() > 0  # the empty query's list, not the empty answer of the first one


def test_a_report_is_loaded_off_the_ui_thread_into_the_tables_already_built(make_window, qtbot, monkeypatch) -> None:
    w = make_window()
    rid, _ = w.library.add_report(extract_text(TEXT, name="nam-son.txt"))
    tables = dict(w.form.tables)
    loaded = _threads(monkeypatch, "get_report")
    w.open_report(rid)
    assert w.session is not None and w.session.report.id == rid
    assert loaded == [False]
    assert {k: id(t) for k, t in w.form.tables.items()} == {k: id(t) for k, t in tables.items()}
    shown = w.form.tables["indicators"].model()
    items = [shown.index(r, 0).data(ITEM_ROLE) for r in range(shown.rowCount())]
    assert items and items == w.session.report.indicators  # this report's items, in the old table
