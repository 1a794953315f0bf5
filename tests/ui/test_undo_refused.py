"""The other undoable changes on a shared library (issue 18, point 3): a report's details, a dismissed finding,
a line decision and a report's deletion. One the library refuses leaves the undo stack as it was — its steps
and its redo — and a restore it refuses keeps the deleted report restorable."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QWidget

from desktop.store.errors import StoreError
from desktop.ui.finding_dismissal import dismiss
from desktop.ui.report_details import DetailsEditor
from tests.ui.test_undo_shared import Clerk, clerks  # noqa: F401  (two clerks on one SQLite file / PostgreSQL)


def _a_step_to_redo(a: Clerk) -> tuple[int, int, bool, bool]:
    a.session.edit(a.indicator(3.5), "value", 3.4)
    a.session.undo_stack.undo()
    assert a.stack() == (1, 0, False, True)
    return a.stack()


def test_a_detail_refused_leaves_the_stack(clerks: tuple[Clerk, Clerk]) -> None:  # noqa: F811
    a, b = clerks
    before = _a_step_to_redo(a)
    b.lib.delete_report(b.session.report.id)  # the other clerk deletes the report meanwhile
    holder = QWidget()
    editor = DetailsEditor(QFormLayout(holder), a.session, holder)
    editor.edits["unit"].setText("Đảng ủy xã Kiểm Thử")
    editor.commit("unit")
    assert a.messages and "không còn" in a.messages[-1]
    assert a.stack() == before


def test_a_dismissal_refused_leaves_the_stack(clerks: tuple[Clerk, Clerk]) -> None:  # noqa: F811
    a, b = clerks
    assert a.session.findings  # 12 + 4 + 3 ≠ 18
    before = _a_step_to_redo(a)
    b.lib.delete_report(b.session.report.id)
    dismiss(a.session, a.session.findings[0], "đã đối chiếu")
    assert a.messages and "không còn" in a.messages[-1]
    assert a.stack() == before and not a.session.report.dismissed


def test_a_line_decision_refused_leaves_the_stack(clerks: tuple[Clerk, Clerk]) -> None:  # noqa: F811
    a, b = clerks
    before = _a_step_to_redo(a)
    b.lib.delete_report(b.session.report.id)
    assert not a.session.mark_line(0, "chrome")
    assert a.messages
    assert a.stack() == before


def test_a_restore_refused_keeps_the_deleted_report_restorable(make_window, monkeypatch) -> None:
    window = make_window("restore.sqlite3")
    monkeypatch.setattr("desktop.ui.report_delete.confirm", lambda *_a: True)
    warned: list[str] = []
    monkeypatch.setattr("desktop.ui.report_delete.warn", lambda _w, _t, text: warned.append(text))
    lib, rid, n = window.library, window.session.report.id, window.library.count()
    window.deletions.delete_action.trigger()
    stack = window.deletions.stack
    assert (stack.count(), stack.index(), lib.count()) == (1, 1, n - 1)

    import desktop.store.report_delete as store_delete

    restore = store_delete.restore_report

    def refused(*_args):
        raise StoreError("Cơ sở dữ liệu đang bị một chương trình khác khóa.")

    monkeypatch.setattr(store_delete, "restore_report", refused)
    window.undo()
    QCoreApplication.processEvents()  # (the step goes back to "deleted" on the next turn of the event loop)
    assert warned and "khóa" in warned[-1]
    assert (stack.count(), stack.index(), stack.canUndo(), lib.count()) == (1, 1, True, n - 1)

    monkeypatch.setattr(store_delete, "restore_report", restore)  # the lock is gone: Ctrl+Z again
    window.undo()
    assert lib.count() == n and window.session is not None and window.session.report.id == rid
