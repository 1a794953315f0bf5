"""Small things a clerk meets daily, on the window offscreen (issue 16, point 14): the Delete key, Undo/Redo
entries that say what they undo, the hint for a decimal typed with a dot, the Nhiệm vụ tab's columns at the
default size, the captions of the Số liệu tab, the report id, recent files."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit


@pytest.fixture
def window(make_window):
    return make_window("small.sqlite3")


def _plain(text: str) -> str:
    return text.replace("&", "")


def _focus_table(w, kind: str, rows: list[int]):
    page = w.form.indexOf(w.form.tables[kind]) if w.form.indexOf(w.form.tables[kind]) >= 0 else \
        w.form.indexOf(w.form.tables[kind].parentWidget())
    w.form.setCurrentIndex(page)
    table = w.form.tables[kind]
    sel = table.selectionModel()
    sel.clearSelection()
    for r in rows:
        sel.select(table.model().index(r, 0), QItemSelectionModel.SelectionFlag.Select
                   | QItemSelectionModel.SelectionFlag.Rows)
    w.activateWindow()
    table.setFocus()
    return table


def _kind_with_rows(w, n: int) -> str:
    kind = next((k for k in ("indicators", "tasks", "people", "documents") if len(w.session.models[k].items) >= n),
                None)
    assert kind is not None, "the built-in sample has items"
    return kind


# -- a. the Delete key ---------------------------------------------------------------------------------


def test_delete_key_in_a_table_deletes_the_selected_items_as_one_undoable_step(window, qtbot) -> None:
    w = window
    kind = _kind_with_rows(w, 3)
    model = w.session.models[kind]
    before = list(model.items)
    table = _focus_table(w, kind, [0, 2])
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    QTest.keyClick(w.windowHandle(), Qt.Key.Key_Delete)
    assert model.items == [i for k, i in enumerate(before) if k not in (0, 2)]
    assert _plain(w.undo_action.text()) == "Hoàn tác: Xóa 2 mục"
    w.undo_action.trigger()  # one step brings both back, in their places
    assert model.items == before
    assert _plain(w.redo_action.text()) == "Làm lại: Xóa 2 mục"


def test_delete_key_while_editing_a_cell_deletes_text_not_items(window, qtbot) -> None:
    w = window
    kind = _kind_with_rows(w, 1)
    model = w.session.models[kind]
    before = list(model.items)
    table = _focus_table(w, kind, [0])
    col = next(k for k, c in enumerate(model.columns) if c.editable and c.kind == "text")
    table.edit(table.model().index(0, col))
    editor = QApplication.focusWidget()
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    editor.setText("abc")
    editor.setCursorPosition(0)
    QTest.keyClick(w.windowHandle(), Qt.Key.Key_Delete)
    assert editor.text() == "bc"
    assert model.items == before


# -- b. Undo/Redo say what they undo --------------------------------------------------------------------


def test_undo_and_redo_entries_name_the_change_in_vietnamese(window) -> None:
    w = window
    assert _plain(w.undo_action.text()) == "Hoàn tác" and not w.undo_action.isEnabled()
    kind = _kind_with_rows(w, 1)
    item = w.session.models[kind].items[0]
    col = next(c for c in w.session.models[kind].columns if c.attr == "note")
    w.session.edit(item, "note", "xem lại số liệu")
    assert w.undo_action.isEnabled()
    assert _plain(w.undo_action.text()) == f"Hoàn tác: Sửa {col.title()}"
    w.undo_action.trigger()
    assert item.note != "xem lại số liệu"
    assert _plain(w.redo_action.text()) == f"Làm lại: Sửa {col.title()}"
    assert _plain(w.undo_action.text()) == "Hoàn tác"
    w.redo_action.trigger()
    assert item.note == "xem lại số liệu"


# -- c. a decimal typed with a dot ---------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "fixed"), [("14.5", "14,5"), ("3.14159", "3,14159"), ("0.500", "0,500"),
                                              ("1.234.56", "1.234,56"), ("-2.75", "-2,75"), ("1234.567", "1234,567"),
                                              ("1.250", None), ("12.000.000", None), ("14,5", None), ("1.250,5", None),
                                              ("145", None), ("", None)])
def test_decimal_hint_only_where_the_dot_cannot_be_a_thousands_separator(typed: str, fixed: str | None) -> None:
    from desktop.ui.number_hint import decimal_hint

    assert decimal_hint(typed) == fixed


def test_number_cell_typed_with_a_dot_gets_the_comma_hint(window, qtbot) -> None:
    w = window
    model = w.session.models["indicators"]
    assert model.items, "the built-in sample has indicators"
    table = _focus_table(w, "indicators", [0])
    col = next(k for k, c in enumerate(model.columns) if c.attr == "value")
    table.edit(table.model().index(0, col))
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    editor.clear()
    QTest.keyClicks(editor, "14.5")
    assert editor.text() == "14.5"
    assert editor.toolTip() == "Dùng dấu phẩy cho số thập phân: 14,5"
    editor.clear()
    QTest.keyClicks(editor, "1.250")  # one thousand two hundred and fifty: no hint
    assert editor.toolTip() == ""


# -- d. the Nhiệm vụ tab at the default window size ----------------------------------------------------


def test_tasks_tab_shows_deadline_and_status_without_scrolling_at_the_default_size(make_window, qtbot) -> None:
    from desktop.ui.settings import settings

    settings().remove("window")  # no layout left by an earlier run: the window's own default size
    w = make_window("tasks-width.sqlite3")
    table = w.form.tables["tasks"]
    w.form.setCurrentIndex(w.form.indexOf(table))
    qtbot.waitUntil(table.isVisible)
    QApplication.processEvents()
    assert table.horizontalScrollBar().value() == 0
    visible = table.viewport().width()
    for attr in ("deadline", "progress", "text"):
        col = next(k for k, c in enumerate(table.source_model().columns) if c.attr == attr)
        right = table.columnViewportPosition(col) + table.columnWidth(col)
        assert table.columnViewportPosition(col) >= 0 and right <= visible, (attr, right, visible)


# -- e. captions of the Số liệu tab --------------------------------------------------------------------


def test_each_table_of_the_tallies_tab_has_a_caption_above_it(window, qtbot) -> None:
    from PySide6.QtWidgets import QLabel

    w = window
    page = w.form.tables["tallies"].parentWidget()
    w.form.setCurrentIndex(w.form.indexOf(page))
    qtbot.waitUntil(page.isVisible)
    for kind in ("tallies", "parts", "ratios"):
        table = w.form.tables[kind]
        captions = [lab for lab in page.findChildren(QLabel) if lab.buddy() is table]
        assert len(captions) == 1, kind
        cap = captions[0]
        assert cap.isVisible() and cap.text().strip() and cap.height() > 0
        assert cap.geometry().bottom() < table.geometry().top()  # above its table
        above = [t for t in w.form.tables.values() if t.parentWidget() is page
                 and t.geometry().bottom() < table.geometry().top()]
        assert all(t.geometry().bottom() < cap.geometry().top() for t in above)  # and below the table before


# -- f. the report id, for the command line ------------------------------------------------------------


def test_report_id_shows_in_the_library_tooltip_and_the_general_tab(window) -> None:
    from PySide6.QtWidgets import QFormLayout

    from desktop.ui.library_panel import REPORT_ID

    w = window
    rid = w.session.report.id
    assert rid is not None
    model = w.library_panel.model
    rows = [model.item(g).child(k) for g in range(model.rowCount()) for k in range(model.item(g).rowCount())]
    row = next(r for r in rows if r.data(REPORT_ID) == rid)
    assert f"Mã văn bản: {rid}" in row.toolTip()
    form = w.form.info_form
    cells = [(form.itemAt(k, QFormLayout.ItemRole.LabelRole), form.itemAt(k, QFormLayout.ItemRole.FieldRole))
             for k in range(form.rowCount())]
    pairs = {label.widget().text(): field.widget().text() for label, field in cells
             if label is not None and field is not None and hasattr(field.widget(), "text")}
    assert pairs.get("Mã văn bản") == str(rid)


# -- g. recent files -----------------------------------------------------------------------------------

NOTE_TEXT = "UBND XÃ AN PHÚ\n\nBÁO CÁO\nKết quả tuần {0}\n\nTỷ lệ hộ nghèo giảm còn {0},5%. Thu ngân sách đạt {0} tỷ đồng.\n"


def test_recent_files_newest_first_at_most_eight_missing_ones_greyed_and_removable(window, qtbot, tmp_path) -> None:
    from desktop.ui.recent_files import MAX_RECENT, recent_paths

    w = window
    w.recent.clear()
    files = []
    for k in range(MAX_RECENT + 2):
        f = tmp_path / f"tuan-{k + 1}.txt"
        f.write_text(NOTE_TEXT.format(k + 1), encoding="utf-8")
        files.append(f)
        w.import_paths([str(f)])
        qtbot.waitUntil(lambda: not w.importing, timeout=20000)
    assert recent_paths() == [str(f.resolve()) for f in reversed(files)][:MAX_RECENT]
    files[-1].unlink()
    w.recent.menu.aboutToShow.emit()
    entries = [a for a in w.recent.menu.actions() if a.data()]
    assert [a.data() for a in entries] == recent_paths()
    assert not entries[0].isEnabled() and all(a.isEnabled() for a in entries[1:])  # gone: greyed
    entries[1].trigger()  # an existing one opens again (it is in the library: the stored text)
    qtbot.waitUntil(lambda: not w.importing and w.session.report.source.endswith(files[-2].name), timeout=20000)
    assert recent_paths()[0] == str(files[-2].resolve())
    w.recent.remove_missing()
    assert str(files[-1].resolve()) not in recent_paths() and len(recent_paths()) == MAX_RECENT - 1


def test_indicators_tab_shows_value_unit_and_review_without_scrolling_at_the_default_size(make_window, qtbot) -> None:
    """The Chỉ tiêu tab: the label, its value, unit, year and review status are in view at the window's default
    size (the note may scroll), so a clerk verifying figures sees what they verify."""
    from desktop.ui.settings import settings

    settings().remove("window")
    w = make_window("indicators-width.sqlite3")
    table = w.form.tables["indicators"]
    w.form.setCurrentIndex(w.form.indexOf(table))
    qtbot.waitUntil(table.isVisible)
    QApplication.processEvents()
    visible = table.viewport().width()
    for attr in ("label", "value", "unit", "year", "review"):
        col = next(k for k, c in enumerate(table.source_model().columns) if c.attr == attr)
        right = table.columnViewportPosition(col) + table.columnWidth(col)
        assert table.columnViewportPosition(col) >= 0 and right <= visible, (attr, right, visible)
