"""Ctrl+E: export the open report (or every report listed in the library) to Word or Excel.

The file is built in the background (:mod:`desktop.ui.background`); the window stays responsive. A target open
in Word/Excel gets a clear message and the offer to save under a free name instead.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from desktop.ui.background import Job, run_in_background
from desktop.ui.button_row import button_row
from desktop.ui.conclusion_fields import ConclusionFields
from desktop.ui.export_done import show_export_done
from desktop.ui.export_files import last_folder, last_profile, remember, resolve_target, suggested_name
from desktop.ui.noop import QT_TRANSLATE_NOOP
from desktop.ui.organisation_dialog import ask_organisation

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

KINDS = [("docx", "briefing", QT_TRANSLATE_NOOP("ExportDialog", "Báo cáo tóm tắt (Word)")),
         ("docx", "conclusion", QT_TRANSLATE_NOOP("ExportDialog", "Dự thảo thông báo kết luận (Word)")),
         ("docx", "summary", QT_TRANSLATE_NOOP("ExportDialog", "Báo cáo tổng hợp nhiều văn bản (Word)")),
         ("xlsx", "tracking", QT_TRANSLATE_NOOP("ExportDialog", "Bảng theo dõi (Excel)"))]


def export_task(load: Callable[[], list], fmt: str, kind: str, path: str, profile: str, org=None,
                parties=None) -> Callable[[Job], tuple[str, str, str]]:
    """The export, run in the background: ``("done", path, "")`` or, for a refusal the clerk can act on (the
    target is open in Word…), ``("failed", message, suggested path or "")``."""

    def task(_job: Job) -> tuple[str, str, str]:
        from desktop.export import ExportError, export_reports

        try:
            out = export_reports(load(), fmt, kind, path, profile, org, parties=parties)
        except ExportError as err:
            return "failed", str(err), str(err.suggestion or "")
        return "done", str(out), ""

    return task


class ExportDialog(QDialog):
    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.main_window = window
        self.setWindowTitle(self.tr("Xuất văn bản"))
        self.kind = QComboBox()
        for fmt, kind, label in KINDS:
            self.kind.addItem(self.tr(label), (fmt, kind))
        self.profile = QComboBox()
        self.profile.addItem(self.tr("Thể thức văn bản của Đảng (Hướng dẫn 36-HD/VPTW)"), "party")
        self.profile.addItem(self.tr("Thể thức văn bản hành chính (Nghị định 30/2020/NĐ-CP)"), "state")
        self.profile.setCurrentIndex(max(0, self.profile.findData(last_profile())))
        self.scope = QComboBox()
        self.scope.addItem(self.tr("Văn bản đang mở"), "current")
        self.scope.addItem(self.tr("Mọi văn bản đang hiện trong thư viện"), "listed")
        self.path = QLineEdit()
        self.path.setMinimumWidth(480)  # the folder shows, not only the file name's end
        browse = QPushButton(self.tr("Chọn…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("Loại"), self.kind)
        form.addRow(self.tr("Thể thức"), self.profile)
        form.addRow(self.tr("Phạm vi"), self.scope)
        form.addRow(self.tr("Lưu vào"), row)
        self.conclusion = ConclusionFields(form, 2)
        buttons, self.ok = button_row(self, self.tr("Xuất"), self.tr("Hủy"), self.start)
        form.addRow(buttons)
        self.kind.currentIndexChanged.connect(self._suggest)
        self.kind.currentIndexChanged.connect(self._conclusion_rows)
        self.profile.currentIndexChanged.connect(self._conclusion_rows)
        self.scope.currentIndexChanged.connect(self._suggest_name)
        self.job: Job | None = None  # the export running
        self._suggest()
        self._conclusion_rows()

    def _conclusion_rows(self) -> None:
        session = self.main_window.session
        self.conclusion.show_for(session.report if session is not None else None, self.kind.currentData()[1],
                                 self.profile.currentData() == "state")

    def _suggest(self) -> None:
        _fmt, kind = self.kind.currentData()
        self.scope.setCurrentIndex(1 if kind == "summary" else 0)
        self._suggest_name()

    def _suggest_name(self) -> None:
        fmt, kind = self.kind.currentData()
        base = Path(self.path.text()).parent if self.path.text() else last_folder()
        self.path.setText(str(base / suggested_name(self, kind, fmt)))

    def _browse(self) -> None:
        fmt, _kind = self.kind.currentData()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu tệp xuất"), self.path.text(),
                                              "Word (*.docx)" if fmt == "docx" else "Excel (*.xlsx)",
                                              options=QFileDialog.Option.DontConfirmOverwrite)  # asked at export
        if path:
            self.path.setText(path)

    def reports(self) -> list:
        return self.loader()()

    def loader(self) -> Callable[[], list]:
        """What to export, read in the background: the open report, or the reports listed in the library."""
        w = self.main_window
        if self.scope.currentData() == "current":
            report = w.session.report if w.session is not None else None
            return lambda: [report] if report is not None else []
        library = w.library
        if library is None:
            return lambda: []
        ids: list[int] = []
        model = w.library_panel.model
        for g in range(model.rowCount()):
            group = model.item(g)
            for k in range(group.rowCount()):
                rid = group.child(k).data(Qt.ItemDataRole.UserRole + 10)
                if rid is not None:
                    ids.append(int(rid))
        return lambda: [library.get_report(i) for i in ids]

    def start(self, path: str | None = None) -> None:
        fmt, kind = self.kind.currentData()
        org = ask_organisation(self, self.profile.currentData()) if fmt == "docx" else None
        if fmt == "docx" and org is None:
            return  # the clerk cancelled: no organisation, no export
        target = resolve_target(self, Path(path or self.path.text()))
        if target is None:
            return
        path = str(target)
        self.path.setText(path)
        self.ok.setEnabled(False)
        task = export_task(self.loader(), fmt, kind, path, self.profile.currentData(), org, self.conclusion.parties())
        self.job = run_in_background(task, self._ended, on_failed=lambda message: self._failed(message, ""),
                                     parent=self)

    def _ended(self, result: tuple[str, str, str]) -> None:
        outcome, text, suggestion = result
        if outcome == "done":
            self._done(text)
        else:
            self._failed(text, suggestion)

    def _finish(self) -> None:
        self.job = None
        self.ok.setEnabled(True)

    def _done(self, path: str) -> None:
        self._finish()
        self.main_window.statusBar().showMessage(self.tr("Đã xuất {0}").format(path), 8000)
        remember(path, self.profile.currentData())
        self.accept()
        show_export_done(self.main_window, path)

    def _failed(self, message: str, suggestion: str) -> None:
        self._finish()
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Chưa xuất được"), message,
                          QMessageBox.StandardButton.NoButton, self)
        other = box.addButton(self.tr("Lưu với tên mới"), QMessageBox.ButtonRole.AcceptRole) if suggestion else None
        box.addButton(self.tr("Đóng"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if other is not None and box.clickedButton() is other:
            self.path.setText(suggestion)
            self.start(suggestion)
