"""The follow-up register as an Excel workbook (issue 17, item 3): one row per entry in the official columns,
overdue rows filled, a summary of live COUNTIF formulas whose totals LibreOffice computes to ``counts()``."""

from __future__ import annotations

import csv
import datetime
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.core.register import Category, category, counts
from desktop.export.register_text import default_name, source_cite
from desktop.export.register_xlsx import HEADERS, build_register_workbook
from desktop.export.save import ExportError
from tests.export.register_sample import LATER, TODAY, register_entries

RED = "FFC7CE"


def _label(c: Category) -> str:
    return c.label[:1].upper() + c.label[1:]


def _fill(cell) -> str | None:
    fill = cell.fill
    return str(fill.start_color.rgb)[-6:] if fill is not None and fill.fill_type == "solid" else None


def test_one_row_per_entry_in_the_official_columns(tmp_path: Path) -> None:
    entries = register_entries()
    wb = load_workbook(build_register_workbook(entries, TODAY, tmp_path / "so.xlsx"))
    assert wb.sheetnames == ["Sổ theo dõi", "Tổng hợp"]
    ws = wb["Sổ theo dõi"]
    assert [c.value for c in ws[4]] == HEADERS
    assert HEADERS[:5] == ["STT", "Nhiệm vụ", "Văn bản giao (số, ngày)", "Cơ quan chủ trì", "Cơ quan phối hợp"]
    rows = list(ws.iter_rows(min_row=6))
    assert len(rows) == len(entries)
    for k, (row, e) in enumerate(zip(rows, entries, strict=True), start=1):
        stt, task, source, owner, partners, phrase, due, _progress, status, late = row
        assert stt.value == k and task.value.lower() == e.text.lower()
        assert source.value == (source_cite(e) or None)
        assert owner.value == (e.owner or None) and partners.value == ("; ".join(e.partners) or None)
        assert phrase.value == (e.deadline or None)
        cat = category(e, TODAY)
        assert status.value == _label(cat)
        if e.due is None:
            assert due.value is None
        else:  # a real date, shown dd/mm/yyyy in the Vietnamese locale
            assert due.value.date() == e.due and due.number_format == "[$-42A]dd/mm/yyyy"
        overdue = cat == Category.OPEN_OVERDUE
        assert late.value == ((TODAY - e.due).days if overdue else None)
        assert all(_fill(c) == (RED if overdue else None) for c in row), (k, [_fill(c) for c in row])
        assert task.font.name == "Times New Roman" and task.alignment.wrap_text
    first = rows[0]
    assert first[2].value == "Số 27-TB/HU, ngày 05/03/2026"
    assert rows[7][2].value == "Kế hoạch chuyển đổi số năm 2026 của xã Tân Mỹ, ngày 12/01/2026"  # no number
    assert rows[2][7].value == "Hoàn thành ngày 20/05/2026. Sản phẩm: Báo cáo kết quả hội nghị."
    assert rows[1][7].value == "Đang thực hiện. Đã số hóa 70% hồ sơ."
    assert ws["A1"].value == "SỔ THEO DÕI THỰC HIỆN NHIỆM VỤ" and ws["A1"].font.bold
    assert "30/06/2026" in ws["A2"].value
    assert ws[4][1].font.bold and ws[4][1].border.left.style == "thin"  # styled headings


def test_print_setup_and_frozen_headings(tmp_path: Path) -> None:
    wb = load_workbook(build_register_workbook(register_entries(), TODAY, tmp_path / "so.xlsx"))
    for ws in wb:
        assert ws.freeze_panes == "C6"
        assert ws.print_title_rows.replace("$", "") == "4:5"
        assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9
        assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
    widths = [wb["Sổ theo dõi"].column_dimensions[c].width for c in "ABCDEFGHIJ"]
    assert widths[1] == max(widths) and min(widths) == widths[0]


def test_the_summary_counts_with_live_formulas(tmp_path: Path) -> None:
    entries = register_entries()
    ws = load_workbook(build_register_workbook(entries, TODAY, tmp_path / "so.xlsx"))["Tổng hợp"]
    rows = list(ws.iter_rows(min_row=6, values_only=True))
    assert [r[1] for r in rows] == [_label(c) for c in Category] + ["Tổng cộng"]
    last = 5 + len(entries)
    for k, r in enumerate(rows[:-1], start=6):
        assert r[2] == f"=COUNTIF('Sổ theo dõi'!$I$6:$I${last},B{k})"
    assert rows[-1][2] == f"=SUM(C6:C{5 + len(Category)})"


def _csv_sheets(xlsx: Path, out: Path) -> dict[str, list[list[str]]]:
    """Every sheet as LibreOffice computes it (UTF-8, formulas recalculated), by sheet name."""
    filt = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
    subprocess.run(["soffice", "--headless", "--convert-to", filt, "--outdir", str(out), str(xlsx)],
                   check=True, capture_output=True, timeout=180)
    sheets = {}
    for f in out.glob(f"{xlsx.stem}-*.csv"):
        with f.open(encoding="utf-8", newline="") as fh:
            sheets[f.stem.removeprefix(f"{xlsx.stem}-")] = list(csv.reader(fh))
    return sheets


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize("today", [TODAY, LATER])
def test_libreoffice_totals_equal_counts(tmp_path: Path, today: datetime.date) -> None:
    entries = register_entries()
    xlsx = build_register_workbook(entries, today, tmp_path / "so.xlsx")
    sheets = _csv_sheets(xlsx, tmp_path / "csv")
    assert set(sheets) == {"Sổ theo dõi", "Tổng hợp"}  # it opens, both sheets, no repair
    register = [r for r in sheets["Sổ theo dõi"][5:] if any(r)]
    assert len(register) == len(entries)
    assert register[0][6] == "30/04/2026"  # the due date as the clerk reads it
    summary = {r[1]: r[2] for r in sheets["Tổng hợp"][5:] if len(r) > 2 and r[1]}
    expected = counts(entries, today)
    assert {label: int(n) for label, n in summary.items() if label != "Tổng cộng"} == \
        {_label(c): n for c, n in expected.items()}
    assert int(summary["Tổng cộng"]) == sum(expected.values()) == len(entries)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_status_corrected_in_the_sheet_moves_the_count(tmp_path: Path) -> None:
    """The counts are formulas, not numbers written once: a row's Tình trạng changed by hand is counted anew."""
    entries = register_entries()
    xlsx = build_register_workbook(entries, TODAY, tmp_path / "so.xlsx")
    wb = load_workbook(xlsx)
    wb["Sổ theo dõi"]["I6"] = _label(Category.DONE_LATE)  # the first row was overdue
    wb.save(xlsx)
    summary = {r[1]: r[2] for r in _csv_sheets(xlsx, tmp_path / "csv")["Tổng hợp"][5:] if len(r) > 2 and r[1]}
    before = counts(entries, TODAY)
    assert int(summary[_label(Category.OPEN_OVERDUE)]) == before[Category.OPEN_OVERDUE] - 1
    assert int(summary[_label(Category.DONE_LATE)]) == before[Category.DONE_LATE] + 1


def test_nothing_to_export_and_a_file_open_in_excel(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="chưa có nhiệm vụ"):
        build_register_workbook([], TODAY, tmp_path / "so.xlsx")
    assert not (tmp_path / "so.xlsx").exists()
    target = tmp_path / "so-theo-doi.xlsx"
    target.write_bytes(b"old")
    (tmp_path / ".~lock.so-theo-doi.xlsx#").write_bytes(b"owner")  # LibreOffice has it open
    with pytest.raises(ExportError, match="đang được mở"):
        build_register_workbook(register_entries(), TODAY, target)
    assert target.read_bytes() == b"old"


def test_default_names() -> None:
    assert default_name("register", TODAY) == "so-theo-doi-nhiem-vu-30-06-2026.xlsx"
    assert default_name("register-report", TODAY) == "bao-cao-ket-qua-thuc-hien-nhiem-vu-30-06-2026.docx"
