"""Targets over time in Excel (issue 17, item 2): a row per indicator, a column per report date and role, the
values where the reports give them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.core.targets_over_time import Point, Series
from desktop.export.save import ExportError
from desktop.export.targets_xlsx import build_targets_workbook

SERIES = [Series("Thu ngân sách nhà nước", "tỷ đồng", [Point(date(2024, 12, 31), 880.0, "plan"),
                                                       Point(date(2024, 12, 31), 905.5, "result"),
                                                       Point(date(2025, 6, 30), 512.3, "result")]),
          Series("Tỷ lệ hộ dùng nước sạch", "%", [Point(date(2025, 6, 30), 96.5, "result")])]


def test_rows_per_indicator_and_columns_per_date_and_role(tmp_path: Path) -> None:
    out = build_targets_workbook(SERIES, "UBND xã Đông Hòa", tmp_path / "chi-tieu.xlsx")
    ws = load_workbook(out).worksheets[0]
    rows = [r for r in ws.iter_rows(values_only=True)]
    head = next(r for r in rows if r and r[0] == "STT")
    assert list(head) == ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch 31/12/2024", "Thực hiện 31/12/2024",
                          "Thực hiện 30/06/2025"]
    data = [r for r in rows if r and isinstance(r[0], int)]
    assert data == [(1, "Thu ngân sách nhà nước", "tỷ đồng", 880, 905.5, 512.3),
                    (2, "Tỷ lệ hộ dùng nước sạch", "%", None, None, 96.5)]
    assert any("UBND xã Đông Hòa" in str(c) for r in rows[:3] for c in r if c)


def test_nothing_to_export_is_refused_and_nothing_written(tmp_path: Path) -> None:
    with pytest.raises(ExportError):
        build_targets_workbook([], "UBND xã Đông Hòa", tmp_path / "rong.xlsx")
    assert not (tmp_path / "rong.xlsx").exists()
