"""The export dialog's fields for a draft conclusion: who concludes, with whom, and the Nơi nhận lines, prefilled
from the text (desktop.core.conclusion_parties: the counterpart, the tasks' owners, the Settings list) and
corrected by the clerk; shown only for that kind of export."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit

from desktop.core.conclusion_parties import Parties, conclusion_parties, recipients
from desktop.core.model import Report, ReviewStatus


class ConclusionFields(QObject):
    """Two rows added to the dialog's form; ``parties()`` is what the export uses."""

    def __init__(self, form: QFormLayout, before_row: int) -> None:
        super().__init__(form)
        self.form = form
        self.concluding = QLineEdit()
        self.concluding.setPlaceholderText(self.tr("Ví dụ: Ban Thường vụ Tỉnh ủy"))
        self.counterpart = QLineEdit()
        self.counterpart.setPlaceholderText(self.tr("Ví dụ: Ban Thường vụ Huyện ủy …; để trống nếu là cuộc họp"))
        self.recipients = QPlainTextEdit()
        self.recipients.setPlaceholderText(self.tr("Mỗi dòng một nơi nhận"))
        self.recipients.setFixedHeight(96)
        form.insertRow(before_row, self.tr("Cơ quan kết luận"), self.concluding)
        form.insertRow(before_row + 1, self.tr("Làm việc với"), self.counterpart)
        form.insertRow(before_row + 2, self.tr("Nơi nhận"), self.recipients)
        self._subject = ""
        self._key: tuple[int, bool] | None = None
        self._report: Report | None = None
        self._state = False
        self._filling = False
        self._edited = False  # the clerk typed into Nơi nhận: it no longer follows the counterpart
        self.recipients.textChanged.connect(self._recipients_typed)
        self.counterpart.textChanged.connect(lambda _t: self._fill_recipients())

    def show_for(self, report: Report | None, kind: str, state: bool) -> None:
        """Visible for a conclusion; refilled from the text when the report or the profile changes."""
        visible = kind == "conclusion" and report is not None
        for w in (self.concluding, self.counterpart, self.recipients):
            self.form.setRowVisible(w, visible)
        if not visible or report is None:
            return
        key = (id(report), state)
        if key != self._key:
            p = conclusion_parties(report, state=state)
            self._report, self._state, self._edited = report, state, False
            self.concluding.setText(p.concluding)
            self.counterpart.setText(p.counterpart)
            self._fill_recipients()
            self._subject, self._key = p.subject, key

    def _fill_recipients(self) -> None:
        """Nơi nhận computed from the counterpart as it stands, the tasks' owners and Settings — until the clerk
        edits the list herself."""
        if self._report is None or self._edited:
            return
        p = Parties(counterpart=" ".join(self.counterpart.text().split()))
        self._filling = True
        try:
            self.recipients.setPlainText("\n".join(recipients(p, _owners(self._report),
                                                              _settings_list(self._state))))
        finally:
            self._filling = False

    def _recipients_typed(self) -> None:
        if not self._filling:
            self._edited = True

    def parties(self) -> Parties | None:
        if not self.form.isRowVisible(self.concluding):
            return None
        lines = tuple(" ".join(x.split()) for x in self.recipients.toPlainText().splitlines() if x.strip())
        return Parties(" ".join(self.concluding.text().split()), " ".join(self.counterpart.text().split()),
                       self._subject, lines)


def _owners(report: Report) -> list[str]:
    return [t.owner for t in report.tasks if t.owner and t.review != ReviewStatus.REJECTED]


def _settings_list(state: bool) -> list[str]:
    """The Nơi nhận lines kept in Settings for the profile's issuing body."""
    from desktop.export.organisation import saved_organisation

    org = saved_organisation("state" if state else "party")
    return list(org.recipients) if org is not None else []
