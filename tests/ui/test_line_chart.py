"""The targets-over-time chart (issue 17, item 2), drawn with Qt's own painting: later dates further right,
larger values higher, every point inside the widget, and something drawn with and without data."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtGui import QColor

from desktop.ui.line_chart import LineChart

POINTS = [(date(2024, 6, 30), 420.5, "result"), (date(2024, 12, 31), 905.0, "result"),
          (date(2025, 6, 30), 512.3, "result"), (date(2024, 12, 31), 880.0, "plan")]


def test_points_are_placed_by_date_and_value_inside_the_chart(qtbot) -> None:
    chart = LineChart()
    qtbot.addWidget(chart)
    chart.resize(520, 240)
    chart.set_series("Thu ngân sách xã", "tỷ đồng", POINTS)
    pos = {pt: chart.position(pt) for pt in POINTS}
    a, b, c, plan = (pos[pt] for pt in POINTS)
    assert a.x() < b.x() < c.x() and plan.x() == b.x()
    assert b.y() < c.y() < a.y()  # 905 above 512,3 above 420,5
    area = chart.plot_area()
    assert all(area.left() <= p.x() <= area.right() and area.top() - 1 <= p.y() <= area.bottom() + 1
               for p in pos.values())


def test_the_chart_draws_its_lines_and_says_when_there_is_nothing(qtbot) -> None:
    chart = LineChart()
    qtbot.addWidget(chart)
    chart.resize(520, 240)
    chart.set_series("Thu ngân sách xã", "tỷ đồng", POINTS)
    image = chart.grab().toImage()
    blue = QColor("#1f5fb0")
    mid = chart.position(POINTS[1])
    near = [image.pixelColor(int(mid.x()) + dx, int(mid.y()) + dy) for dx in range(-2, 3) for dy in range(-2, 3)]
    assert any(abs(p.red() - blue.red()) + abs(p.blue() - blue.blue()) < 60 for p in near)
    chart.set_series("Thu ngân sách xã", "tỷ đồng", [])
    empty = chart.grab().toImage()
    assert empty != image
