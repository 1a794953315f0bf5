"""Follow-up in the window (issue 17) on a real library: the Register view's status edits are stored, audited and
undone; a later report's sentence is offered as progress and applied only when the clerk ticks it; the start
notice counts overdue tasks; targets over time show the sample library's series. Texts are invented."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.core.extract import extract_text
from desktop.core.register import Category, TaskStatus
from desktop.store.models import AuditRow
from desktop.store.register import get_entry
from desktop.ui.register_model import STATUS_COLUMN

NOTICE = """HUYỆN ỦY NAM SƠN
Số 15-TB/HU
Nam Sơn, ngày 10 tháng 3 năm 2025

THÔNG BÁO
Kết luận của Thường trực Huyện ủy về công tác văn hóa

Thường trực Huyện ủy giao Phòng Văn hóa và Thông tin huyện chủ trì kiểm kê, lập hồ sơ các di tích lịch sử trên địa
bàn huyện, hoàn thành trước ngày 30/6/2025.
"""
LATER = """HUYỆN ỦY NAM SƠN
Số 40-BC/HU
Nam Sơn, ngày 20 tháng 7 năm 2025

BÁO CÁO
Kết quả thực hiện các kết luận của Thường trực Huyện ủy 6 tháng đầu năm 2025

Phòng Văn hóa và Thông tin huyện đã hoàn thành kiểm kê, lập hồ sơ các di tích lịch sử trên địa bàn huyện.
"""


def _register(w, qtbot):
    w.follow_up.open_register()
    reg = w.follow_up.register
    qtbot.addWidget(reg)
    qtbot.waitUntil(lambda: not reg.loading, timeout=20000)
    return reg


def test_a_status_edit_in_the_register_is_stored_audited_and_undone(make_window, qtbot) -> None:
    w = make_window()
    reg = _register(w, qtbot)
    assert len(reg.model.entries) >= 10  # the sample library's tasks with an owner or a deadline
    row = 0
    entry = reg.model.rows[row]
    assert reg.model.setData(reg.model.index(row, STATUS_COLUMN), TaskStatus.DOING)
    stored = get_entry(w.library.db, entry.id)
    assert stored is not None and stored.status == TaskStatus.DOING and stored.version == entry.version
    with w.library.db.session() as s:
        audit = s.scalars(select(AuditRow).where(AuditRow.field == "register.status")).all()
    assert [(a.old_value, a.new_value) for a in audit][-1:] == [("todo", "doing")]
    reg.undo_stack.undo()
    assert get_entry(w.library.db, entry.id).status == TaskStatus.TODO


def test_progress_in_a_later_report_is_applied_only_when_the_clerk_ticks_it(make_window, qtbot) -> None:
    w = make_window()
    w.library.add_report(extract_text(NOTICE, name="tb-15.txt"))
    w.library.add_report(extract_text(LATER, name="bc-40.txt"))
    reg = _register(w, qtbot)
    [entry] = [e for e in reg.model.entries if e.owner == "Phòng Văn hóa và Thông tin huyện"]
    assert entry.due == date(2025, 6, 30)
    reg.look_for_progress()
    qtbot.waitUntil(lambda: not reg.loading, timeout=30000)
    dialog = reg.dialog
    qtbot.addWidget(dialog)
    [proposal] = [p for p in dialog.proposals if p.entry_id == entry.id]
    assert proposal.new_status == TaskStatus.DONE and "đã hoàn thành kiểm kê" in proposal.evidence_sentence
    assert get_entry(w.library.db, entry.id).status == TaskStatus.TODO  # nothing changed by itself
    assert dialog.chosen() == []
    row = dialog.proposals.index(proposal)
    from PySide6.QtCore import Qt

    dialog.table.item(row, 0).setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    stored = get_entry(w.library.db, entry.id)
    assert stored.status == TaskStatus.DONE and stored.done_on == date(2025, 7, 20)  # the later report's date
    assert reg.model.categories[id(entry)] == Category.DONE_LATE  # done 20/7, due 30/6
    reg.undo_stack.undo()
    assert get_entry(w.library.db, entry.id).status == TaskStatus.TODO


def test_the_start_notice_counts_overdue_tasks(make_window, qtbot) -> None:
    w = make_window()
    w.statusBar().clearMessage()
    w.follow_up.notice_due(today=date(2030, 1, 1))  # every dated sample task is overdue by then
    qtbot.waitUntil(lambda: "quá hạn" in w.statusBar().currentMessage(), timeout=20000)
    assert "0 nhiệm vụ quá hạn" not in w.statusBar().currentMessage()


def test_targets_over_time_of_a_sample_unit(make_window, qtbot) -> None:
    w = make_window()
    w.follow_up.open_targets()
    targets = w.follow_up.targets
    qtbot.addWidget(targets)
    units = [targets.unit.itemText(k) for k in range(targets.unit.count())]
    assert "Huyện ủy Bình Sơn" in units and "HUYỆN ỦY BÌNH SƠN" not in units  # one unit, as running text writes it
    targets.unit.setCurrentText("Huyện ủy Bình Sơn")
    qtbot.waitUntil(lambda: not targets.loading and targets.model.rowCount() > 0, timeout=20000)
    assert targets.model.columnCount() >= 4  # label, unit and two report dates at least
    assert len(targets.chart.points) >= 2


def test_a_due_date_corrected_by_the_clerk_is_kept_and_undone(make_window, qtbot) -> None:
    from desktop.ui.register_model import DUE_COLUMN

    w = make_window()
    w.library.add_report(extract_text(NOTICE, name="tb-15.txt"))
    reg = _register(w, qtbot)
    entry = next(e for e in reg.model.entries if e.owner == "Phòng Văn hóa và Thông tin huyện")
    row = reg.model.rows.index(entry)
    assert not reg.model.setData(reg.model.index(row, DUE_COLUMN), "31/2/2025")  # no such day: refused
    assert reg.model.setData(reg.model.index(row, DUE_COLUMN), "15/8/2025")
    stored = get_entry(w.library.db, entry.id)
    assert stored.due == date(2025, 8, 15) and stored.due_corrected
    assert "✎" in reg.model.index(reg.model.rows.index(entry), DUE_COLUMN).data()
    reg.undo_stack.undo()
    stored = get_entry(w.library.db, entry.id)
    assert stored.due == date(2025, 6, 30) and not stored.due_corrected  # the phrase's date again
    reg.undo_stack.redo()
    assert get_entry(w.library.db, entry.id).due == date(2025, 8, 15)
    row = reg.model.rows.index(entry)
    assert reg.model.setData(reg.model.index(row, DUE_COLUMN), "")  # cleared: the phrase decides again
    stored = get_entry(w.library.db, entry.id)
    assert stored.due == date(2025, 6, 30) and not stored.due_corrected


def test_a_note_typed_in_the_register_is_stored_audited_and_undone(make_window, qtbot) -> None:
    from desktop.ui.register_model import NOTE_COLUMN

    w = make_window()
    reg = _register(w, qtbot)
    entry = reg.model.rows[0]
    index = reg.model.index(0, NOTE_COLUMN)
    assert index.flags() & Qt.ItemFlag.ItemIsEditable
    assert reg.model.setData(index, "  Đã họp với các xã, chờ số liệu  ")
    stored = get_entry(w.library.db, entry.id)
    assert stored.note == "Đã họp với các xã, chờ số liệu" and stored.version == entry.version
    assert reg.model.index(0, NOTE_COLUMN).data() == "Đã họp với các xã, chờ số liệu"
    with w.library.db.session() as s:
        audit = s.scalars(select(AuditRow).where(AuditRow.field == "register.note")).all()
    assert [a.new_value for a in audit][-1:] == ["Đã họp với các xã, chờ số liệu"]
    assert reg.undo_stack.undoText() == "Sửa ghi chú"
    reg.undo_stack.undo()
    assert get_entry(w.library.db, entry.id).note == ""
    reg.undo_stack.redo()
    assert get_entry(w.library.db, entry.id).note == "Đã họp với các xã, chờ số liệu"


def test_due_soon_counts_the_days_set_in_settings(make_window, qtbot) -> None:
    from desktop.ui.dialogs import SettingsDialog
    from desktop.ui.number_settings import SOON_DAYS

    w = make_window()
    dialog = SettingsDialog(w)
    qtbot.addWidget(dialog)
    assert dialog.soon_days.value() == SOON_DAYS.value()
    dialog.soon_days.setValue(30)
    try:
        dialog.accept()
        reg = _register(w, qtbot)
        assert reg.model.soon_days == 30
        from desktop.core.register import category

        today = reg.model.today
        assert all(reg.model.categories[id(e)] == category(e, today, 30) for e in reg.model.entries)
    finally:
        from desktop.ui.settings import settings

        settings().remove(SOON_DAYS.key)


def test_a_task_added_by_hand_is_stored_and_listed(make_window, qtbot) -> None:
    from desktop.store.register import list_entries

    w = make_window()
    reg = _register(w, qtbot)
    before = len(reg.model.entries)
    reg.add_dialog()
    dialog = reg.adding
    qtbot.addWidget(dialog)
    dialog.accept()  # nothing typed: refused, said why
    assert dialog.isVisible() and dialog.error.text()
    dialog.text.setPlainText("Rà soát danh sách hộ cận nghèo năm 2026")
    dialog.owner.setText("Phòng Lao động – Thương binh và Xã hội")
    dialog.partners.setText("UBND các xã; Hội Nông dân huyện")
    dialog.deadline.setText("trước ngày 15/3/2027")
    dialog.accept()
    qtbot.waitUntil(lambda: not reg.loading and len(reg.model.entries) == before + 1, timeout=20000)
    added = next(e for e in list_entries(w.library.db) if e.text.startswith("Rà soát danh sách hộ cận nghèo"))
    assert added.item_id is None and added.due == date(2027, 3, 15)
    assert added.partners == ["UBND các xã", "Hội Nông dân huyện"]
