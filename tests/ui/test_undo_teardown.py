"""Undo steps go in Qt when what owns their stack ends (a report closed, the window closed), never left to the
garbage collector: one freed before its stack made the stack delete it again and crashed the process."""

from __future__ import annotations

from shiboken6 import Shiboken


def _edit_a_note(w, note: str) -> None:
    kind = next(k for k, m in w.session.models.items() if m.items)
    w.session.edit(w.session.models[kind].items[0], "note", note)


def test_opening_another_report_drops_the_steps_of_the_one_closed(make_window) -> None:
    w = make_window("teardown.sqlite3")
    _edit_a_note(w, "xem lại")
    old = w.session
    assert old.undo_stack.count() == 1
    other = next(r.id for r in w.library.list_reports() if r.id != old.report.id)
    w.open_report(other)
    assert w.session is not old
    assert not Shiboken.isValid(old) or old.undo_stack.count() == 0
    assert w.session.undo_stack.count() == 0  # (a fresh report, a fresh history)


def test_closing_the_window_drops_every_undo_step_it_holds(make_window) -> None:
    w = make_window("teardown.sqlite3")
    _edit_a_note(w, "xem lại")
    w.follow_up.open_register()
    register = w.follow_up.register
    assert w.session.undo_stack.count() == 1
    w.close()
    assert w.session.undo_stack.count() == 0
    assert w.deletions.stack.count() == 0
    assert register is not None and register.undo_stack.count() == 0
