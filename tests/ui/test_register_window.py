"""The Register view (issue 17): counts per category, overdue rows marked, filters, a status edit that is stored,
changes the category and is undone with Ctrl+Z. The source here keeps entries in memory and records what the
window asks it to store (the store's own register is tested in tests/store)."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt

from desktop.core.register import Category, RegisterEntry, TaskStatus
from desktop.ui.register_model import OVERDUE, STATUS_COLUMN
from desktop.ui.register_window import RegisterWindow

TODAY = date(2025, 7, 10)
OWNERS = ["Phòng Kinh tế huyện Nam Sơn", "UBND xã Đông Hòa", "Công an xã Tây Lộc"]


class MemorySource:
    def __init__(self, entries: list[RegisterEntry]) -> None:
        self._entries = entries
        self.stored: list[tuple[int | None, TaskStatus, date | None]] = []

    def entries(self) -> list[RegisterEntry]:
        return list(self._entries)

    def set_status(self, entry: RegisterEntry, status: TaskStatus, done_on: date | None) -> int:
        self.stored.append((entry.id, status, done_on))
        return entry.version + 1

    def set_note(self, entry: RegisterEntry, note: str) -> int:
        return entry.version + 1


def _entries() -> list[RegisterEntry]:
    out = []
    for k in range(12):
        due = None if k % 6 == 5 else date(2025, 7, 1 + 3 * k) if k < 10 else date(2025, 12, 31)
        out.append(RegisterEntry(id=k + 1, report_id=1, text=f"Rà soát hồ sơ đất đai đợt {k + 1}",
                                 owner=OWNERS[k % 3], deadline=f"trước ngày {due:%d/%m}" if due else None, due=due,
                                 unit="Huyện ủy Nam Sơn", source_title="Thông báo kết luận số 12-TB/HU"))
    return out


@pytest.fixture
def window(qtbot):
    source = MemorySource(_entries())
    w = RegisterWindow(source, today=lambda: TODAY)
    qtbot.addWidget(w)
    w.show()
    w.reload()
    qtbot.waitUntil(lambda: not w.loading, timeout=5000)
    return w, source


def _categories(w: RegisterWindow) -> dict[int | None, Category]:
    return {e.id: w.model.categories[id(e)] for e in w.model.rows}


def test_counts_and_overdue_rows(window) -> None:
    w, _source = window
    cats = _categories(w)
    overdue = [i for i, c in cats.items() if c == Category.OPEN_OVERDUE]
    assert overdue == [1, 2, 3]  # due 1/7, 4/7, 7/7 before 10/7
    assert "chưa hoàn thành – quá hạn: <b>3</b>" in w.counts.text()
    row = next(r for r, e in enumerate(w.model.rows) if e.id == 1)
    assert w.model.index(row, 1).data(Qt.ItemDataRole.BackgroundRole).color() == OVERDUE
    assert "12 nhiệm vụ" in w.counts.text()


def test_filters_by_owner_without_diacritics_and_by_category(window) -> None:
    w, _source = window
    w.owner.setText("dong hoa")
    assert {e.owner for e in w.model.rows} == {"UBND xã Đông Hòa"} and len(w.model.rows) == 4
    w.owner.setText("")
    w.category.setCurrentIndex(w.category.findData(Category.NO_DEADLINE))
    assert [e.id for e in w.model.rows] == [6, 12]
    assert "2 nhiệm vụ" in w.counts.text()


def test_a_status_edit_is_stored_recategorised_and_undone(window) -> None:
    w, source = window
    row = next(r for r, e in enumerate(w.model.rows) if e.id == 5)  # due 13/7: due soon
    entry = w.model.rows[row]
    assert w.model.categories[id(entry)] == Category.DUE_SOON
    assert w.model.setData(w.model.index(row, STATUS_COLUMN), TaskStatus.DONE)
    assert source.stored == [(5, TaskStatus.DONE, TODAY)]
    assert entry.status == TaskStatus.DONE and w.model.categories[id(entry)] == Category.DONE_ON_TIME
    assert "đã hoàn thành đúng hạn: <b>1</b>" in w.counts.text()
    w.undo_stack.undo()
    assert source.stored[-1] == (5, TaskStatus.TODO, None)
    assert entry.status == TaskStatus.TODO and w.model.categories[id(entry)] == Category.DUE_SOON
    w.undo_stack.redo()
    assert source.stored[-1] == (5, TaskStatus.DONE, TODAY) and entry.status == TaskStatus.DONE


def test_the_rows_shown_export_to_the_excel_register(window, qtbot, tmp_path, monkeypatch) -> None:
    from openpyxl import load_workbook

    w, _source = window
    shown: list[str] = []
    monkeypatch.setattr("desktop.ui.export_done.show_export_done", lambda _parent, path: shown.append(str(path)))
    w.owner.setText("dong hoa")  # 4 of the 12
    w.export_to(str(tmp_path / "so.xlsx"))
    qtbot.waitUntil(lambda: not w.exporting, timeout=10000)
    assert shown == [str(tmp_path / "so.xlsx")]
    rows = [r for r in load_workbook(tmp_path / "so.xlsx").worksheets[0].iter_rows(values_only=True)
            if r and isinstance(r[0], int)]
    assert len(rows) == 4 and all(r[3] == "UBND xã Đông Hòa" for r in rows)
