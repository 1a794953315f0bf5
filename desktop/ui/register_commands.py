"""The Register view's undoable edits: a status, a due date, a note (see :mod:`desktop.ui.undo`: a change the
store refuses never becomes a step, an undo it refuses drops the step)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from desktop.core.register import RegisterEntry, TaskStatus
from desktop.ui.undo import SavedCommand

if TYPE_CHECKING:
    from desktop.ui.register_window import RegisterWindow


class StatusCommand(SavedCommand):
    """One status change; undo gives back the status and completion date before (see :mod:`desktop.ui.undo`: a
    change the store refuses never becomes a step, an undo it refuses drops the step)."""

    def __init__(self, window: RegisterWindow, entry: RegisterEntry, status: TaskStatus, done_on: date | None,
                 text: str) -> None:
        super().__init__(text)
        self.window, self.entry = window, entry
        self.new, self.old = (status, done_on), (entry.status, entry.done_on)

    def do(self) -> bool:
        return self.window.apply(self.entry, *self.new)

    def undo_change(self) -> bool:
        return self.window.apply(self.entry, *self.old)


class DueCommand(SavedCommand):
    """A due date the clerk typed (or cleared); undo gives back the date and whether a clerk had set it."""

    def __init__(self, window: RegisterWindow, entry: RegisterEntry, due: date | None, text: str) -> None:
        super().__init__(text)
        self.window, self.entry = window, entry
        self.new = (due, due is not None)
        self.old = (entry.due, entry.due_corrected)

    def do(self) -> bool:
        return self.window.apply_due(self.entry, *self.new)

    def undo_change(self) -> bool:
        return self.window.apply_due(self.entry, *self.old)


class NoteCommand(SavedCommand):
    """The clerk's note on a task; undo gives back the note before."""

    def __init__(self, window: RegisterWindow, entry: RegisterEntry, note: str, text: str) -> None:
        super().__init__(text)
        self.window, self.entry = window, entry
        self.new, self.old = note, entry.note

    def do(self) -> bool:
        return self.window.apply_note(self.entry, self.new)

    def undo_change(self) -> bool:
        return self.window.apply_note(self.entry, self.old)
