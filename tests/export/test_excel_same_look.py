"""The fast tracking-workbook builder writes what the old one wrote (issue 18, point 7): the same sheets, cell
values (formulas as text), number formats, fonts, fills, borders, alignment, merged titles, column widths, row
heights, frozen panes and print setup — on the dev corpus and on an invented 5,000-row library. The old builder
is kept verbatim in ``tests/excel_oracle.py``; both workbooks are read back with openpyxl and compared."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desktop.core.model import (
    DocumentRef,
    Finding,
    Indicator,
    Person,
    Proposal,
    Ratio,
    Report,
    ReviewStatus,
    Severity,
    Tally,
    TallyPart,
    Task,
)
from desktop.export.excel import build_workbook
from desktop.export.profiles import PARTY, STATE, ExportProfile
from desktop.export.thin_items import exportable
from tests import excel_oracle


def _font(c: Any) -> tuple:
    f = c.font
    return f.name, f.sz, f.b, f.i, f.u, f.color.rgb if f.color is not None else None


def _border(c: Any) -> tuple:
    b = c.border
    return tuple((s.style, s.color.rgb if s.color is not None else None)
                 for s in (b.left, b.right, b.top, b.bottom))


def _look(c: Any) -> tuple:
    a, fill = c.alignment, c.fill
    return (c.number_format, _font(c), (fill.fill_type, fill.fgColor.rgb), _border(c),
            (a.horizontal, a.vertical, a.wrap_text))


def _cells(ws: Worksheet) -> list[tuple]:
    looks: dict[tuple, tuple] = {}  # one description per distinct style: 40,000 cells share a dozen

    def look(c: Any) -> tuple:
        key = tuple(c._style) if c._style is not None else ()
        if key not in looks:
            looks[key] = _look(c)
        return looks[key]

    return [(c.coordinate, c.value, look(c)) for row in ws.iter_rows() for c in row]


def _sheet(ws: Worksheet) -> dict[str, Any]:
    ps, m = ws.page_setup, ws.page_margins
    return {
        "size": (ws.max_row, ws.max_column),
        "merged": sorted(str(r) for r in ws.merged_cells.ranges),
        "frozen": ws.freeze_panes,
        "print": (ws.print_title_rows, ps.orientation, ps.paperSize, ps.fitToWidth, ps.fitToHeight,
                  ws.sheet_properties.pageSetUpPr.fitToPage, (m.left, m.right, m.top, m.bottom),
                  ws.oddFooter.center.text, ws.oddFooter.center.font, ws.auto_filter.ref),
        "widths": [ws.column_dimensions[get_column_letter(c)].width for c in range(1, ws.max_column + 1)],
        "heights": [ws.row_dimensions[r].height for r in range(1, ws.max_row + 1)],
        "cells": _cells(ws),
    }


def _described(path: Path) -> dict[str, dict[str, Any]]:
    return {ws.title: _sheet(ws) for ws in load_workbook(path)}


def _assert_same(reports: list[Report], profile: ExportProfile, tmp_path: Path) -> None:
    reports = [exportable(r) for r in reports]  # what export_reports hands the builder
    old, new = tmp_path / "old.xlsx", tmp_path / "new.xlsx"
    excel_oracle.build_workbook(reports, profile).save(old)
    build_workbook(reports, profile).save(new)
    want, got = _described(old), _described(new)
    assert list(got) == list(want)
    for title in want:
        for key in want[title]:
            w, g = want[title][key], got[title][key]
            if key == "cells":  # the first differing cell, not 40,000 of them
                assert len(g) == len(w), (title, "cell count")
                diff = next(((a, b) for a, b in zip(w, g, strict=True) if a != b), None)
                assert diff is None, (title, diff)
            else:
                assert g == w, (title, key)


def test_dev_corpus_workbooks_are_unchanged(dev_reports, tmp_path: Path) -> None:
    reports = [r for _, r in dev_reports.values()]
    _assert_same(reports, PARTY, tmp_path)  # several reports: a unit column
    richest = max(reports, key=lambda r: len(r.items()))
    _assert_same([richest], STATE, tmp_path)  # one report: no unit column


def _invented(k: int, n: int) -> Report:
    """An invented unit's report with every kind of item, spans into its text, rejected items and findings;
    about ``n`` indicator rows."""
    sentences = [f"Xã Thử Nghiệm {k} đạt chỉ tiêu số {j}; kế hoạch năm giao {j * 3 + 7} đơn vị" for j in range(n)]
    text = ". ".join(sentences) + "."
    starts = [text.index(s) for s in sentences]

    def span(j: int) -> tuple[int, int]:
        return starts[j % n], starts[j % n] + 20

    r = Report(source=f"don-vi-{k}.txt", text=text, title=f"Báo cáo kết quả đơn vị thử nghiệm {k}",
               unit=f"ĐẢNG ỦY XÃ THỬ NGHIỆM {k}" if k % 3 else None, own_number=f"{k + 10}-BC/ĐU" if k % 2 else None)
    values = (1250, 37.5, 12.25, 0.0, 98765432.1)
    r.indicators = [Indicator(label=f"Chỉ tiêu số {j} của đơn vị {k}", value=values[j % 5], unit=("%", "tỷ đồng",
                              "hộ")[j % 3], qualifier="trên" if j % 11 == 0 else None, year=2025, span=span(j),
                              rel="rate" if j % 13 == 0 else None,
                              review=ReviewStatus.REJECTED if j % 17 == 0 else ReviewStatus.UNCHECKED)
                    for j in range(n)]
    for j in range(n // 10):  # table rows: a plan and what was done, one row of the sheet each
        r.indicators += [Indicator(label=f"Sản lượng {j}", value=100 + j, unit="tấn", rel="row-plan", ref=f"t{j}",
                                   span=span(j)),
                         Indicator(label=f"Sản lượng {j}", value=90.5 + j, unit="tấn", rel="row-actual", ref=f"t{j}")]
    r.tasks = [Task(text=f"Hoàn thành nhiệm vụ {j} của đơn vị {k}\ntrước cuối năm", owner="UBND xã" if j % 2 else None,
                    partners=["Hội Nông dân", "Đoàn Thanh niên"][: j % 3], deadline=("2025-12-31", "Quý IV/2025",
                    None)[j % 3], product="Báo cáo" if j % 4 == 0 else None, span=span(j))
               for j in range(n // 3)]
    r.proposals = [Proposal(text=f"Đề nghị cấp trên hỗ trợ kinh phí cho việc số {j} " * (1 + j % 4), span=span(j))
                   for j in range(n // 10)]
    r.tallies = [Tally(total=40 + j, noun=f"cơ sở loại {j}", span=span(j),
                       parts=[TallyPart(count=20, status="hoàn thành"), TallyPart(count=19.5 + j % 2, status="đang làm")]
                       if j % 4 else [])
                 for j in range(n // 10)]
    r.ratios = [Ratio(numerator=j, denominator=40, noun=f"thôn {j}", span=span(j)) for j in range(5)]
    r.documents = [DocumentRef(kind="Nghị quyết", number=f"{j}-NQ/ĐU", span=span(j)) for j in range(5)]
    r.people = [Person(name=f"Nguyễn Văn Thử {j}", positions=["Bí thư", "Chủ tịch"][: 1 + j % 2], span=span(j))
                for j in range(5)]
    r.findings = [Finding(kind="tally", message=f"Tổng các phần khác tổng số ở mục {j}", values={},
                          severity=(Severity.ERROR, Severity.WARNING)[j % 2]) for j in range(n // 20)]
    return r


@pytest.mark.parametrize("profile", [PARTY, STATE], ids=["party", "state"])
def test_invented_5000_row_library_workbook_is_unchanged(profile: ExportProfile, tmp_path: Path) -> None:
    reports = [_invented(k, 200) for k in range(8)]
    if profile is STATE:
        reports = reports[:1]  # one report: no unit column
    _assert_same(reports, profile, tmp_path)
