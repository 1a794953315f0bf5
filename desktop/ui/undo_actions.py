"""Undo and Redo in the Edit menu say what they undo: "Hoàn tác: Sửa Giá trị", over the open report's stack."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup, QUndoStack


def undo_redo_actions(group: QUndoGroup, parent) -> tuple[QAction, QAction]:
    """Actions following ``group``'s active stack (enabled when there is something to undo/redo), their text
    "Hoàn tác: <command>" / "Làm lại: <command>", plain "Hoàn tác" / "Làm lại" when there is nothing."""
    undo = group.createUndoAction(parent, QCoreApplication.translate("Undo", "Hoàn tác:"))
    redo = group.createRedoAction(parent, QCoreApplication.translate("Undo", "Làm lại:"))
    undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
    redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])

    def relabel(_text: str = "") -> None:
        stack = group.activeStack()
        u = stack.undoText() if stack is not None and stack.canUndo() else ""
        r = stack.redoText() if stack is not None and stack.canRedo() else ""
        undo.setText(QCoreApplication.translate("Undo", "&Hoàn tác: {0}").format(u) if u
                     else QCoreApplication.translate("Undo", "&Hoàn tác"))
        redo.setText(QCoreApplication.translate("Undo", "&Làm lại: {0}").format(r) if r
                     else QCoreApplication.translate("Undo", "&Làm lại"))
        # the toolbar shows the short name (its buttons kept their place whatever was undone), the tooltip all
        for action, short in ((undo, QCoreApplication.translate("Undo", "Hoàn tác")),
                              (redo, QCoreApplication.translate("Undo", "Làm lại"))):
            action.setIconText(short)
            action.setToolTip(action.text().replace("&", ""))

    for signal in (group.undoTextChanged, group.redoTextChanged, group.canUndoChanged, group.canRedoChanged):
        signal.connect(relabel)
    group.activeStackChanged.connect(lambda _s: relabel())
    relabel()
    return undo, redo


def follow(group: QUndoGroup, stack: QUndoStack) -> None:
    """The open report's stack becomes the one the Edit menu undoes."""
    if stack not in group.stacks():
        group.addStack(stack)
    group.setActiveStack(stack)
