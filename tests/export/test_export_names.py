"""Issue 16, point 11 (exports' side): default file names from the report, exports that cite the report by
its number or title (never the imported file's name), Vietnamese number formats in Excel."""

from __future__ import annotations

import datetime
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from desktop.core.extract import extract_text
from desktop.core.model import DayMonthYear, Meeting
from desktop.export import export_reports
from desktop.export.filenames import default_name, short_title, slug
from desktop.export.profiles import Organisation

ORG = Organisation(name="HUYỆN ỦY TÂN LẬP", parent="ĐẢNG BỘ TỈNH HÒA LÂM", place="Tân Lập", code="HU",
                   authority="BAN THƯỜNG VỤ", signer_position="BÍ THƯ", signer_name="Hoàng Văn Sình")
FILE = "zz-ban-cuoi-final-v3.txt"
TEXT = """HUYỆN ỦY TÂN LẬP
Số 45-BC/HU
Tân Lập, ngày 12 tháng 3 năm 2025
BÁO CÁO
Kết quả thực hiện nhiệm vụ quý I năm 2025
Tổng thu ngân sách trên địa bàn đạt 12.345,6 triệu đồng, bằng 86,5% dự toán. Diện tích lúa 2.150 ha.
Giao Phòng Tài chính - Kế hoạch chủ trì tham mưu đề án, hoàn thành trước ngày 30/6/2025.
"""
NO_NUMBER = """Đoàn công tác làm việc tại xã Đồng Tâm về đường giao thông nông thôn
Sáng 5/4, đồng chí Bí thư Huyện ủy làm việc với Đảng ủy xã Đồng Tâm. Xã đã làm 1.250 m đường bê tông.
"""


def _report():
    return extract_text(TEXT, name=FILE)


def test_default_name_uses_number_and_date() -> None:
    r = _report()
    assert default_name([r], "briefing", "docx") == "bao-cao-tom-tat-45-bc-hu-12-03-2025.docx"
    assert default_name([r], "conclusion", "docx") == "du-thao-thong-bao-ket-luan-45-bc-hu-12-03-2025.docx"
    assert default_name([r], "tracking", "xlsx") == "bang-theo-doi-45-bc-hu-12-03-2025.xlsx"


def test_default_name_without_number_uses_a_short_title_and_the_meeting_date() -> None:
    r = extract_text(NO_NUMBER, name="x.txt")
    r.own_number = None
    r.meeting = Meeting(date=DayMonthYear(day=5, month=4, year=2025))
    name = default_name([r], "briefing", "docx")
    assert re.fullmatch(r"bao-cao-tom-tat-[a-z0-9-]+-05-04-2025\.docx", name), name
    assert "dong-tam" in name or "doan-cong-tac" in name
    assert len(name) < 100 and "đ" not in name
    r.doc_date = datetime.date(2025, 4, 7)  # the text's own date comes before the meeting's
    assert default_name([r], "briefing", "docx").endswith("-07-04-2025.docx")
    assert slug("Kết luận của Tỉnh ủy ĐẮK LẮK") == "ket-luan-cua-tinh-uy-dak-lak"
    assert short_title("BÁO CÁO Kết quả công tác tuần 11") == "ket-qua-cong-tac-tuan-11"  # no "bao-cao" twice


def test_default_name_of_several_reports_counts_them_and_takes_the_newest_date() -> None:
    a, b = _report(), extract_text(NO_NUMBER, name="y.txt")
    b.doc_date = datetime.date(2025, 1, 2)
    assert default_name([a, b], "summary", "docx") == "bao-cao-tong-hop-2-van-ban-12-03-2025.docx"


def _docx_text(path: Path) -> str:
    doc = Document(str(path))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


def test_exports_cite_number_or_title_never_the_file_name(tmp_path: Path) -> None:
    r, other = _report(), extract_text(NO_NUMBER, name="tin-bai-luu-tam (1).html")
    other.unit = None
    stems = ("zz-ban-cuoi", "tin-bai-luu-tam")
    brief = _docx_text(export_reports([r], "docx", "briefing", tmp_path / "b.docx", "party", ORG))
    assert "45-BC/HU" in brief and FILE not in brief and "tệp" not in brief.split("Văn bản:")[1][:80]
    summary = _docx_text(export_reports([r, other], "docx", "summary", tmp_path / "s.docx", "party", ORG))
    wb = load_workbook(export_reports([r, other], "xlsx", "tracking", tmp_path / "t.xlsx", "party", ORG))
    cells = "\n".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value is not None)
    for text in (brief, summary, cells):
        assert not any(s in text for s in stems), [s for s in stems if s in text]
    assert "Đoàn công tác làm việc" in cells  # the report with no unit and no number: cited by its title


def test_excel_numbers_are_numbers_with_a_vietnamese_format(tmp_path: Path) -> None:
    ws = load_workbook(export_reports([_report()], "xlsx", "tracking", tmp_path / "t.xlsx"))["Chỉ tiêu"]
    cell = next(c for row in ws.iter_rows(min_row=6) for c in row if c.value == 12345.6)
    assert cell.number_format.startswith("[$-42A]") and "#,##0" in cell.number_format


@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice/pdftotext not installed")
def test_libreoffice_shows_vietnamese_separators(tmp_path: Path) -> None:
    out = export_reports([_report()], "xlsx", "tracking", tmp_path / "t.xlsx")
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
                   check=True, capture_output=True, timeout=240)
    text = subprocess.run(["pdftotext", str(out.with_suffix(".pdf")), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "12.345,6" in text and "2.150" in text
    assert "12,345.6" not in text
