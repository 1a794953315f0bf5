"""The Chung tab: a report's details (title, unit, số–ký hiệu, its date, the meeting's date and chair) as
fields a clerk corrects. Each change is saved at once, audited and undoable (Ctrl+Z), and the library list
and the exports use it; a date that cannot be read is kept in its field with a message, nothing is lost."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from desktop.core.model import DayMonthYear, Meeting, Report
from desktop.core.vnnum import day_text
from desktop.store.errors import DetailsConflict, StoreError
from desktop.ui.session import ReportSession
from desktop.ui.undo import SavedCommand, push_saved

FIELDS = ("title", "unit", "own_number", "doc_date", "meeting_date", "meeting_chair")
_DATE = re.compile(r"^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?\s*$")


def label(attr: str) -> str:
    return {
        "title": QCoreApplication.translate("ReportDetails", "Tiêu đề"),
        "unit": QCoreApplication.translate("ReportDetails", "Đơn vị"),
        "own_number": QCoreApplication.translate("ReportDetails", "Số, ký hiệu"),
        "doc_date": QCoreApplication.translate("ReportDetails", "Ngày văn bản"),
        "meeting_date": QCoreApplication.translate("ReportDetails", "Ngày họp / làm việc"),
        "meeting_chair": QCoreApplication.translate("ReportDetails", "Người chủ trì"),
    }[attr]


def value_of(report: Report, attr: str) -> object:
    """A detail as the report holds it (text, a date, a DayMonthYear, or None)."""
    m = report.meeting
    if attr == "meeting_date":
        return m.date if m and m.date and (m.date.day or m.date.month or m.date.year) else None
    if attr == "meeting_chair":
        return (m.chair or None) if m else None
    value = getattr(report, attr)
    return value if value != "" or attr == "title" else None


def shown(attr: str, value: object) -> str:
    if isinstance(value, date):
        return day_text(value)
    if isinstance(value, DayMonthYear):
        return "/".join(str(x) for x in (value.day, value.month, value.year) if x)
    return "" if value is None else str(value)


def parse(attr: str, text: str) -> object:
    """What a clerk typed, as the detail's value; ValueError with a Vietnamese sentence if it cannot be read."""
    text = " ".join(text.split())
    if attr not in ("doc_date", "meeting_date"):
        return text if attr == "title" else (text or None)
    if not text:
        return None
    m = _DATE.match(text)
    if m is None or (attr == "doc_date" and m.group(3) is None):
        raise ValueError(QCoreApplication.translate(
            "ReportDetails", "Không đọc được ngày “{0}”. Hãy ghi ngày/tháng/năm, ví dụ 14/3/2025.").format(text))
    day, month = int(m.group(1)), int(m.group(2))
    year = int(m.group(3)) if m.group(3) else None
    try:
        date(year or 2024, month, day)  # (2024: a leap year, so 29/2 without a year passes)
    except ValueError:
        raise ValueError(QCoreApplication.translate(
            "ReportDetails", "Ngày “{0}” không có trong lịch.").format(text)) from None
    return date(year, month, day) if attr == "doc_date" and year else DayMonthYear(day=day, month=month, year=year)


def _set_in_memory(report: Report, attr: str, value: object) -> None:
    if attr in ("meeting_date", "meeting_chair"):
        if report.meeting is None:
            report.meeting = Meeting()
        if attr == "meeting_date":
            report.meeting.date = value if isinstance(value, DayMonthYear) else None
        else:
            report.meeting.chair = value if isinstance(value, str) else None
    else:
        setattr(report, attr, value)


class DetailsNotifier(QObject):
    """One per session: says when a detail changed (by an edit, an undo or a redo)."""

    changed = Signal(str)


def notifier(session: ReportSession) -> DetailsNotifier:
    found = session.findChild(DetailsNotifier)
    return found if found is not None else DetailsNotifier(session)


def apply_details(session: ReportSession, changes: dict[str, object]) -> bool:
    """Save the details and show them; False (and the message) if the library refused."""
    report = session.report
    if session.library is not None and report.id is not None:
        from desktop.store.report_details import update_report_details

        try:
            report.version = update_report_details(session.library.db, report.id, changes,
                                                   expected_version=report.version)
        except DetailsConflict as err:
            mine = ", ".join(f"{k}: {shown(k, v)}" for k, v in changes.items())
            _show_stored(session)  # what the other clerk saved; the clerk's own values are in the message
            session.saveFailed.emit(f"{err}\n\n" + QCoreApplication.translate(
                "ReportDetails", "Giá trị bạn đã nhập: {0}").format(mine))
            return False
        except StoreError as err:
            session.saveFailed.emit(str(err))
            return False
    for attr, value in changes.items():
        _set_in_memory(report, attr, value)
        notifier(session).changed.emit(attr)
    return True


def _show_stored(session: ReportSession) -> None:
    """The details as stored now, and the report's version: the next save starts from them."""
    from desktop.store.report_details import DETAIL_FIELDS

    report = session.report
    try:
        fresh = session.library.get_report(report.id)
    except StoreError:
        return
    report.version = fresh.version
    for attr in DETAIL_FIELDS:
        value = value_of(fresh, attr)
        if value != value_of(report, attr):
            _set_in_memory(report, attr, value)
            notifier(session).changed.emit(attr)


class EditDetailsCommand(SavedCommand):
    def __init__(self, session: ReportSession, attr: str, new: object, text: str) -> None:
        super().__init__(text)
        self.session, self.attr, self.new = session, attr, new
        self.old = value_of(session.report, attr)

    def do(self) -> bool:
        return apply_details(self.session, {self.attr: self.new})

    def undo_change(self) -> bool:
        return apply_details(self.session, {self.attr: self.old})


class DetailsEditor(QObject):
    """Fills the Chung tab's form: one field per detail, then the file and import date (read only)."""

    changed = Signal(str)

    def __init__(self, form: QFormLayout, session: ReportSession, parent: QWidget | None = None) -> None:
        if parent is not None:  # the editor of the report shown before
            for old in parent.findChildren(DetailsEditor, options=Qt.FindChildOption.FindDirectChildrenOnly):
                old.deleteLater()
        super().__init__(parent)
        self.session = session
        while form.rowCount():
            form.removeRow(0)
        self.edits: dict[str, QLineEdit] = {}
        for attr in FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"detail-{attr}")
            if attr in ("doc_date", "meeting_date"):
                edit.setPlaceholderText(self.tr("ngày/tháng/năm"))
            edit.editingFinished.connect(lambda a=attr: self.commit(a))
            self.edits[attr] = edit
            form.addRow(label(attr), edit)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00000")
        self.error.setWordWrap(True)
        self.error.hide()
        form.addRow("", self.error)
        r = session.report
        for title, value in ((self.tr("Mã văn bản"), "" if r.id is None else str(r.id)),
                             (self.tr("Tệp nguồn"), r.source),
                             (self.tr("Ngày nhập"), (r.imported_at or "").replace("T", " "))):
            lab = QLabel(value)
            lab.setWordWrap(True)
            lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(title, lab)
        self.refresh()
        notifier(session).changed.connect(self._on_changed)

    def refresh(self) -> None:
        for attr, edit in self.edits.items():
            edit.setText(shown(attr, value_of(self.session.report, attr)))
            edit.setCursorPosition(0)  # a long title shows its beginning, not its end
            edit.setStyleSheet("")

    def _on_changed(self, attr: str) -> None:
        self.edits[attr].setText(shown(attr, value_of(self.session.report, attr)))
        self.edits[attr].setCursorPosition(0)
        self.edits[attr].setStyleSheet("")
        self.changed.emit(attr)

    def commit(self, attr: str) -> None:
        """The clerk left a field: save what it says if it says something else (undoable)."""
        edit = self.edits[attr]
        try:
            value = parse(attr, edit.text())
        except ValueError as err:
            edit.setStyleSheet("border: 1px solid #b00000")
            self.error.setText(str(err))
            self.error.show()
            return
        self.error.hide()
        edit.setStyleSheet("")
        if shown(attr, value) == shown(attr, value_of(self.session.report, attr)):
            return
        push_saved(self.session.undo_stack, EditDetailsCommand(self.session, attr, value,
                                                               self.tr("Sửa {0}").format(label(attr).lower())))
