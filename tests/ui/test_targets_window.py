"""Targets over time (issue 17, item 2): one row per indicator, one column per report date, plan and result side by
side, the chosen row drawn in the chart."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from desktop.ui.targets_window import TargetsWindow, cell_text


@dataclass
class S:
    label: str
    unit: str
    points: list = field(default_factory=list)


SERIES = [S("Thu ngân sách nhà nước", "tỷ đồng", [(date(2024, 12, 31), 880.0, "plan"), (date(2024, 12, 31), 905.0,
                                                                                          "result"),
                                                  (date(2025, 6, 30), 512.3, "result")]),
          S("Tỷ lệ hộ dùng nước sạch", "%", [(date(2025, 6, 30), 96.5, "result")])]


def test_a_cell_gives_plan_and_result_when_the_report_gives_both() -> None:
    pts = SERIES[0].points
    assert cell_text(pts, date(2024, 12, 31), "KH", "TH") == "KH 880 / TH 905"
    assert cell_text(pts, date(2025, 6, 30), "KH", "TH") == "512,3"
    assert cell_text(pts, date(2023, 1, 1), "KH", "TH") == ""


def test_rows_per_indicator_columns_per_date_and_the_chart_follows_the_row(qtbot) -> None:
    asked: list[str] = []
    w = TargetsWindow(["UBND xã Đông Hòa"], lambda unit: asked.append(unit) or SERIES)
    qtbot.addWidget(w)
    w.show()
    w.reload()
    qtbot.waitUntil(lambda: not w.loading, timeout=5000)
    assert asked == ["UBND xã Đông Hòa"]
    m = w.model
    assert [m.horizontalHeaderItem(c).text() for c in range(m.columnCount())] == [
        "Chỉ tiêu", "Đơn vị", "31/12/2024", "30/06/2025"]
    assert [m.item(0, c).text() for c in range(4)] == ["Thu ngân sách nhà nước", "tỷ đồng", "KH 880 / TH 905", "512,3"]
    assert m.item(1, 2).text() == "" and m.item(1, 3).text() == "96,5"
    assert w.chart.title == "Thu ngân sách nhà nước" and len(w.chart.points) == 3
    w.table.selectRow(1)
    assert w.chart.title == "Tỷ lệ hộ dùng nước sạch" and w.chart.unit == "%"


def test_the_table_exports_to_excel(qtbot, tmp_path, monkeypatch) -> None:
    from openpyxl import load_workbook

    from desktop.core.targets_over_time import Point, Series

    shown: list[str] = []
    monkeypatch.setattr("desktop.ui.export_done.show_export_done", lambda _parent, path: shown.append(str(path)))
    series = [Series("Thu ngân sách nhà nước", "tỷ đồng", [Point(date(2024, 12, 31), 905.0, "result"),
                                                          Point(date(2025, 6, 30), 512.3, "result")])]
    w = TargetsWindow(["UBND xã Đông Hòa"], lambda _unit: series)
    qtbot.addWidget(w)
    w.reload()
    qtbot.waitUntil(lambda: not w.loading, timeout=5000)
    w.export_to(str(tmp_path / "ct.xlsx"))
    qtbot.waitUntil(lambda: not w.exporting, timeout=10000)
    assert shown == [str(tmp_path / "ct.xlsx")]
    values = [c for r in load_workbook(tmp_path / "ct.xlsx").worksheets[0].iter_rows(values_only=True) for c in r]
    assert 905 in values and 512.3 in values
