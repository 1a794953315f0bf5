"""Findings a clerk checked and dismissed with a note (Kiểm tra tab): a check box in the first column; a
dismissed finding is greyed and struck through, its note in the tooltip, and it stays out of the exports'
"Vấn đề cần lưu ý". Dismissing and taking back are saved at once, audited and undoable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QIdentityProxyModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QWidget

from desktop.core.dismissals import dismissal_note, finding_key
from desktop.core.model import Finding
from desktop.store.errors import StoreError
from desktop.ui.session import ReportSession
from desktop.ui.undo import SavedCommand, push_saved

Index = QModelIndex | QPersistentModelIndex
DISMISSED_TEXT = "#8a8a8a"


def ask_note(parent: QWidget | None, finding: Finding) -> str | None:
    """The clerk's note for a dismissal (why the figures are right as written), or None if cancelled."""
    text, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("Dismissal", "Bỏ qua điểm cần kiểm tra"),
        QCoreApplication.translate("Dismissal", "Đã kiểm tra: {0}\n\nGhi chú (vì sao số liệu vẫn đúng):")
        .format(finding.message), QLineEdit.EchoMode.Normal, "")
    return text.strip() if ok else None


def set_dismissal(session: ReportSession, key: str, finding: Finding, note: str | None) -> bool:
    """Dismiss (``note`` a text) or take back (None) one finding of the open report; False if not saved."""
    report = session.report
    if session.library is not None and report.id is not None:
        from desktop.store.dismissals import dismiss_finding, undismiss_finding

        try:
            if note is None:
                undismiss_finding(session.library.db, report.id, key)
            else:
                dismiss_finding(session.library.db, report.id, key, finding, note)
        except StoreError as err:
            session.saveFailed.emit(str(err))
            return False
    if note is None:
        report.dismissed.pop(key, None)
    else:
        report.dismissed[key] = note
    session.findingsChanged.emit(session.findings)  # the Kiểm tra tab and the article show it
    return True


class DismissFindingCommand(SavedCommand):
    def __init__(self, session: ReportSession, finding: Finding, note: str | None, text: str) -> None:
        super().__init__(text)
        self.session, self.finding, self.note = session, finding, note
        self.key = finding_key(session.report, finding)
        self.old = session.report.dismissed.get(self.key)

    def do(self) -> bool:
        return set_dismissal(self.session, self.key, self.finding, self.note)

    def undo_change(self) -> bool:
        return set_dismissal(self.session, self.key, self.finding, self.old)


def dismiss(session: ReportSession, finding: Finding, note: str | None) -> None:
    """Dismiss a finding with a note (None: take the dismissal back), as one undoable step."""
    text = (QCoreApplication.translate("Dismissal", "Bỏ qua điểm cần kiểm tra") if note is not None
            else QCoreApplication.translate("Dismissal", "Bỏ đánh dấu đã kiểm tra"))
    push_saved(session.undo_stack, DismissFindingCommand(session, finding, note, text))


class DismissalProxy(QIdentityProxyModel):
    """The findings table with a check box per finding: checked = checked by the clerk and dismissed."""

    def __init__(self, source, parent=None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.session: ReportSession | None = None

    def set_session(self, session: ReportSession | None) -> None:
        self.session = session

    def finding(self, row: int) -> Finding:
        return self.sourceModel().items[row]  # type: ignore[attr-defined]

    def note(self, row: int) -> str | None:
        return None if self.session is None else dismissal_note(self.session.report, self.finding(row))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.session is None:
            return super().data(index, role)
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            return Qt.CheckState.Checked if self.note(index.row()) is not None else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole):
            note = self.note(index.row())
            if note is not None:
                return self._dismissed(role, note, index)
        return super().data(index, role)

    def _dismissed(self, role: int, note: str, index: Index):
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(DISMISSED_TEXT))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return QCoreApplication.translate("Dismissal", "Đã kiểm tra, bỏ qua: {0}").format(
            note or QCoreApplication.translate("Dismissal", "(không ghi chú)"))

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 0 and self.session is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0 or self.session is None:
            return super().setData(index, value, role)
        finding = self.finding(index.row())
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            note = ask_note(QApplication.activeWindow(), finding)  # over the window, not the screen's corner
            if note is None:
                return False
            dismiss(self.session, finding, note)
        else:
            dismiss(self.session, finding, None)
        return True
