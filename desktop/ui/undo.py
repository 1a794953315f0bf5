"""Undo commands: every edit of a report goes through one of these, on the report's QUndoStack."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from desktop.core.model import Item

if TYPE_CHECKING:
    from desktop.ui.session import ReportSession


class EditItemCommand(QUndoCommand):
    def __init__(self, session: ReportSession, item: Item, changes: dict[str, object], text: str) -> None:
        super().__init__(text)
        self.session = session
        self.item = item
        self.new = dict(changes)
        self.old = {k: getattr(item, k) for k in changes}

    def redo(self) -> None:
        self.session.apply(self.item, self.new)

    def undo(self) -> None:
        self.session.apply(self.item, self.old)


class AddItemCommand(QUndoCommand):
    def __init__(self, session: ReportSession, kind: str, item: Item, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.kind = kind
        self.item = item

    def redo(self) -> None:
        self.session.insert_item(self.kind, self.item)

    def undo(self) -> None:
        self.session.remove_item(self.kind, self.item)


class RemoveItemCommand(QUndoCommand):
    def __init__(self, session: ReportSession, kind: str, item: Item, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.kind = kind
        self.item = item
        self.row = -1

    def redo(self) -> None:
        self.row = self.session.remove_item(self.kind, self.item)

    def undo(self) -> None:
        self.session.insert_item(self.kind, self.item, self.row)


class ReviewElsewhereCommand(QUndoCommand):
    """Mark items of other texts (by id, in the library) with a review status; undo gives back theirs."""

    def __init__(self, library, statuses: dict[int, object], new: object, text: str,
                 done: Callable[[], None], failed: Callable[[str], None]) -> None:
        super().__init__(text)
        self.library = library
        self.old = dict(statuses)
        self.new = new
        self.done = done  # the library list shows the progress of those texts
        self.failed = failed

    def _apply(self, statuses: dict[int, object]) -> None:
        from desktop.store.errors import StoreError

        try:
            self.library.set_review_many(statuses)
        except StoreError as err:
            self.failed(str(err))
        self.done()

    def redo(self) -> None:
        self._apply({k: self.new for k in self.old})

    def undo(self) -> None:
        self._apply(self.old)


class LineRoleCommand(QUndoCommand):
    """A clerk's decision on a line (article or page chrome): the text is read again; undo restores the
    decision before (often none: the reader's own) and reads it again."""

    def __init__(self, session: ReportSession, start: int, new: str | None, old: str | None, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.start = start
        self.new = new
        self.old = old

    def redo(self) -> None:
        self.session.apply_line_role(self.start, self.new)

    def undo(self) -> None:
        self.session.apply_line_role(self.start, self.old)
