"""The export dialog's two fields for a draft conclusion: who concludes and with whom, prefilled from the text
(desktop.core.conclusion_parties) and corrected by the clerk; shown only for that kind of export."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFormLayout, QLineEdit

from desktop.core.conclusion_parties import Parties, conclusion_parties
from desktop.core.model import Report


class ConclusionFields(QObject):
    """Two rows added to the dialog's form; ``parties()`` is what the export uses."""

    def __init__(self, form: QFormLayout, before_row: int) -> None:
        super().__init__(form)
        self.form = form
        self.concluding = QLineEdit()
        self.concluding.setPlaceholderText(self.tr("Ví dụ: Ban Thường vụ Tỉnh ủy"))
        self.counterpart = QLineEdit()
        self.counterpart.setPlaceholderText(self.tr("Ví dụ: Ban Thường vụ Huyện ủy …; để trống nếu là cuộc họp"))
        form.insertRow(before_row, self.tr("Cơ quan kết luận"), self.concluding)
        form.insertRow(before_row + 1, self.tr("Làm việc với"), self.counterpart)
        self._subject = ""
        self._key: tuple[int, bool] | None = None

    def show_for(self, report: Report | None, kind: str, state: bool) -> None:
        """Visible for a conclusion; refilled from the text when the report or the profile changes."""
        visible = kind == "conclusion" and report is not None
        for w in (self.concluding, self.counterpart):
            self.form.setRowVisible(w, visible)
        if not visible or report is None:
            return
        key = (id(report), state)
        if key != self._key:
            p = conclusion_parties(report, state=state)
            self.concluding.setText(p.concluding)
            self.counterpart.setText(p.counterpart)
            self._subject, self._key = p.subject, key

    def parties(self) -> Parties | None:
        if not self.form.isRowVisible(self.concluding):
            return None
        return Parties(" ".join(self.concluding.text().split()), " ".join(self.counterpart.text().split()),
                       self._subject)
