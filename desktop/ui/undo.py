"""Undo commands: every edit of a report goes through one of these, on the report's QUndoStack.

A change is saved to the library *before* its command goes on the stack (:func:`push_saved`): a change the
library refuses — another clerk saved the item first, or deleted it — never becomes a step, so the stack
(its steps and its redo) stays as it was and an undo can never give back what was not taken. An undo or a
redo the library refuses later drops its step (``setObsolete``: QUndoStack deletes an obsolete command)
instead of keeping one that says what did not happen (issue 18, point 3).

A stack's steps are dropped (:func:`drop_steps`) when what owns it ends — a report closed, the window closed —
while the stack still exists in C++. Left to Python's garbage collector, a step still on a stack can be freed
before its stack (PySide's collector hook hands a command back to Python, which deletes it under the stack):
the stack's own destruction then deletes it again and the process crashes (seen at the end of a test run).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.core.model import Item

if TYPE_CHECKING:
    from desktop.ui.session import ReportSession


class SavedCommand(QUndoCommand):
    """An undoable change that :func:`push_saved` makes before pushing. ``do`` and ``undo_change`` return
    False when the library refused (the clerk has been told why)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.saved = False  # made by push_saved: the redo QUndoStack.push calls has nothing left to do

    def do(self) -> bool:
        raise NotImplementedError

    def undo_change(self) -> bool:
        raise NotImplementedError

    def redo(self) -> None:
        if self.saved:
            self.saved = False
            return
        if not self.do():
            self.setObsolete(True)

    def undo(self) -> None:
        if not self.undo_change():
            self.setObsolete(True)


C = TypeVar("C", bound=SavedCommand)


def push_saved(stack: QUndoStack, command: C, text: Callable[[C], str] | None = None) -> bool:
    """Make the change, and put it on ``stack`` only if the library took it (``text``: its name, once made)."""
    if not command.do():
        return False
    if text is not None:
        command.setText(text(command))
    command.saved = True
    stack.push(command)
    return True


def drop_steps(stack: QUndoStack) -> None:
    """Delete every step of ``stack`` now, in Qt (see the module's docstring); safe on a stack Qt deleted."""
    from shiboken6 import Shiboken

    if Shiboken.isValid(stack):
        stack.clear()


class EditItemCommand(SavedCommand):
    """The same change to one item or several (marking a selection is one step). An item the library refuses
    (another clerk saved it first: their values are shown) is left out of the step."""

    def __init__(self, session: ReportSession, items: list[Item], changes: dict[str, object], text: str) -> None:
        super().__init__(text)
        self.session = session
        self.new = dict(changes)
        self.edits = [(item, {k: getattr(item, k) for k in changes}) for item in items]

    def do(self) -> bool:
        self.edits = [(item, old) for item, old in self.edits if self.session.apply(item, self.new)]
        return bool(self.edits)

    def undo_change(self) -> bool:
        return all([self.session.apply(item, old) for item, old in self.edits])  # (each one tried)


class AddItemCommand(SavedCommand):
    def __init__(self, session: ReportSession, kind: str, item: Item, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.kind = kind
        self.item = item

    def do(self) -> bool:
        return self.session.insert_item(self.kind, self.item)

    def undo_change(self) -> bool:
        return self.session.remove_items([(self.kind, self.item)]) is not None


class RemoveItemsCommand(SavedCommand):
    """Delete items, all or nothing; undo puts back exactly those deleted, where they were."""

    def __init__(self, session: ReportSession, items: list[tuple[str, Item]], text: str) -> None:
        super().__init__(text)
        self.session = session
        self.items = list(items)
        self.rows: list[int] = []

    def do(self) -> bool:
        rows = self.session.remove_items(self.items)
        if rows is None:
            return False
        self.rows = rows
        return True

    def undo_change(self) -> bool:
        done = True
        for (kind, item), row in reversed(list(zip(self.items, self.rows, strict=True))):
            if item.id is not None and self.session.library is not None:  # still stored: never stored twice
                done = False
                continue
            done = self.session.insert_item(kind, item, row) and done
        return done


class ReviewElsewhereCommand(SavedCommand):
    """Mark items of other texts (by id, in the library) with a review status; undo gives back theirs."""

    def __init__(self, library, statuses: dict[int, object], new: object, text: str,
                 done: Callable[[], None], failed: Callable[[str], None]) -> None:
        super().__init__(text)
        self.library = library
        self.old = dict(statuses)
        self.new = new
        self.done = done  # the library list shows the progress of those texts
        self.failed = failed

    def _apply(self, statuses: dict[int, object]) -> bool:
        from desktop.store.errors import StoreError

        try:
            self.library.set_review_many(statuses)
        except StoreError as err:
            self.failed(str(err))
            return False
        finally:
            self.done()
        return True

    def do(self) -> bool:
        return self._apply({k: self.new for k in self.old})

    def undo_change(self) -> bool:
        return self._apply(self.old)


class LineRoleCommand(SavedCommand):
    """A clerk's decision on a line (article or page chrome): the text is read again; undo restores the
    decision before (often none: the reader's own) and reads it again."""

    def __init__(self, session: ReportSession, start: int, new: str | None, old: str | None, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.start = start
        self.new = new
        self.old = old

    def do(self) -> bool:
        return self.session.apply_line_role(self.start, self.new)

    def undo_change(self) -> bool:
        return self.session.apply_line_role(self.start, self.old)
