"""The Delete key on the item tables: deletes the selected items, as one undoable step.

The key belongs to the table only while the table itself has the focus; a cell being edited keeps its
Delete (a line editor deletes a character).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core.model import Item


def install_delete_key(form: QWidget, delete: Callable[[], None]) -> QShortcut:
    """Delete (and Backspace on a Mac keyboard) on ``form``: ``delete`` runs when an item table has the focus."""
    from desktop.ui.form import ItemTable

    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), form)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def on_key() -> None:
        if isinstance(QApplication.focusWidget(), ItemTable):  # not a cell editor, not the findings list
            delete()

    shortcut.activated.connect(on_key)
    return shortcut


def delete_items(session, items: list[Item]) -> int:
    """Remove ``items`` (not a tally's parts: they go with their tally) as one step on the undo stack, all or
    nothing: if another clerk saved one of them meanwhile, none is removed (and the clerk is told); 0 then."""
    kinds = [(session.kind_of(i), i) for i in items]
    kinds = [(k, i) for k, i in kinds if k and k != "parts"]
    if not kinds:
        return 0
    text = (QCoreApplication.translate("ReportSession", "Xóa mục") if len(kinds) == 1
            else QCoreApplication.translate("Undo", "Xóa {0} mục").format(len(kinds)))
    return len(kinds) if session.remove_many(kinds, text) else 0
