"""Targets over time in Excel (issue 17, item 2): one row per indicator of a unit, one column per report date —
the value, or plan and result side by side when a report gives both — in the tracking workbook's look."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from openpyxl import Workbook

from desktop.core.targets_over_time import Series
from desktop.core.vnnum import day_text
from desktop.export.profiles import PARTY, ExportProfile
from desktop.export.save import ExportError, save_atomic
from desktop.export.xlsx_sheets import TrackingBook

SHEET = "Chỉ tiêu qua các kỳ"
NUMBER = "#,##0.##"


def columns(series: Sequence[Series]) -> list[tuple[date, str]]:
    """The value columns: each report date, with a plan column before its result where some series has both."""
    roles: dict[date, set[str]] = {}
    for s in series:
        for p in s.points:
            roles.setdefault(p.on, set()).add(p.role)
    out: list[tuple[date, str]] = []
    for d in sorted(roles):
        out += [(d, r) for r in ("plan", "result") if r in roles[d]]
    return out


def targets_workbook(series: Sequence[Series], unit: str, profile: ExportProfile = PARTY) -> Workbook:
    if not series:
        raise ExportError("Chưa có chỉ tiêu nào của đơn vị này qua các kỳ báo cáo để xuất.")
    cols = columns(series)
    book = TrackingBook(profile)
    headers = ["STT", "Chỉ tiêu", "Đơn vị tính"] + [f"{'Kế hoạch' if r == 'plan' else 'Thực hiện'} {day_text(d)}"
                                                    for d, r in cols]
    ws = book.sheet(SHEET, headers, [6, 44, 12] + [14] * len(cols), "Chỉ tiêu qua các kỳ báo cáo", unit)
    formats = {4 + k: NUMBER for k in range(len(cols))}
    for k, s in enumerate(series, start=1):
        at = {(p.on, p.role): p.value for p in s.points}
        ws.row([k, s.label, s.unit] + [at.get(c) for c in cols], formats)
    return book.wb


def build_targets_workbook(series: Sequence[Series], unit: str, path: str | Path,
                           profile: ExportProfile = PARTY) -> Path:
    """Write the workbook to ``path`` (atomically); the path written."""
    import os

    wb = targets_workbook(series, unit, profile)
    try:
        return save_atomic(wb, path)
    except ExportError:
        wb.save(os.devnull)  # (a write-only workbook closes its temporary streams only when saved)
        raise
