"""Chỉ tiêu qua các kỳ báo cáo: the indicators of one unit across its reports, one row per indicator and one
column per report date (plan and result where the text gives both), and the chosen row drawn as a line chart.

The series come from ``load(unit)`` (run in the background): objects with ``label``, ``unit`` and ``points`` —
``(report date, value, role)`` with role ``"result"`` or ``"plan"``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.vnnum import day_text, format_number
from desktop.ui.background import run_in_background
from desktop.ui.line_chart import LineChart

if TYPE_CHECKING:
    from desktop.core.targets_over_time import Series


def cell_text(points: Sequence[tuple[date, float, str]], day: date, plan: str, result: str) -> str:
    """What a report of ``day`` says of one indicator: its value, or plan and result when it gives both."""
    at = {role: value for d, value, role in points if d == day}
    if "plan" in at and "result" in at:
        return f"{plan} {format_number(at['plan'])} / {result} {format_number(at['result'])}"
    return "; ".join(format_number(v) for v in at.values())


class TargetsWindow(QWidget):
    def __init__(self, units: list[str], load: Callable[[str], list[Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Chỉ tiêu qua các kỳ báo cáo"))
        self.resize(1100, 680)
        self.load = load
        self.series: list[Series] = []
        self.loading = False
        self.exporting = False
        self.unit = QComboBox()
        self.unit.addItems(units)
        self.unit.currentTextChanged.connect(lambda _t: self.reload())
        self.note = QLabel()
        self.model = QStandardItemModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self.show_row(cur.row()))
        self.chart = LineChart()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.chart)
        split.setSizes([380, 260])
        self.export_button = QPushButton(self.tr("Xuất Excel…"))
        self.export_button.clicked.connect(self.export_dialog)
        top = QHBoxLayout()
        top.addWidget(self.unit, 1)
        top.addWidget(self.export_button)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.note)
        lay.addWidget(split)

    def reload(self) -> None:
        unit = self.unit.currentText()
        if not unit:
            return
        self.loading = True
        run_in_background(lambda _job: self.load(unit), self._loaded, parent=self,
                          title=self.tr("Không đọc được chỉ tiêu"))

    def _loaded(self, series: list[Series]) -> None:
        self.loading = False
        self.series = [s for s in series if s.points]
        days = sorted({d for s in self.series for d, _v, _r in s.points})
        self.model.clear()
        self.model.setHorizontalHeaderLabels([self.tr("Chỉ tiêu"), self.tr("Đơn vị")]
                                             + [day_text(d) for d in days])
        plan, result = self.tr("KH"), self.tr("TH")
        for s in self.series:
            row = [QStandardItem(s.label), QStandardItem(s.unit)]
            row += [QStandardItem(cell_text(s.points, d, plan, result)) for d in days]
            self.model.appendRow(row)
        self.table.setColumnWidth(0, 320)
        self.note.setText(self.tr("{0} chỉ tiêu trong {1} kỳ báo cáo").format(len(self.series), len(days)))
        if self.series:
            self.table.selectRow(0)
            self.show_row(0)
        else:
            self.chart.set_series("", "", [])

    def export_dialog(self) -> None:
        """The table to an Excel workbook, in the tracking workbook's look (written in the background)."""
        if not self.series:
            return
        from desktop.ui.export_files import last_folder

        unit = self.unit.currentText()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Xuất chỉ tiêu qua các kỳ"),
                                              str(last_folder() / f"chi-tieu-qua-cac-ky-{_slug(unit)}.xlsx"),
                                              "Excel (*.xlsx)")
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        from desktop.export.targets_xlsx import build_targets_workbook
        from desktop.ui.export_done import export_in_background

        series, unit = list(self.series), self.unit.currentText()
        self.exporting = True
        export_in_background(self, lambda: build_targets_workbook(series, unit, path),
                             lambda: setattr(self, "exporting", False))

    def show_row(self, row: int) -> None:
        if 0 <= row < len(self.series):
            s = self.series[row]
            self.chart.set_series(s.label, s.unit, list(s.points))


def _slug(text: str) -> str:
    from desktop.core.textnorm import fold

    return "-".join(fold(text).lower().split())[:40] or "don-vi"
