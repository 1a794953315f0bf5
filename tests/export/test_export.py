"""Exports: every element of the official-format profile tables, read back with python-docx/openpyxl,
and every file opened by LibreOffice."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from openpyxl import load_workbook

from desktop.core.extract import extract_file, extract_text
from desktop.export import ExportError, export_reports
from desktop.export.profiles import PARTY, STATE, Organisation, number_line, place_date
from desktop.export.save import save_atomic
from tests.conftest import CORPUS

DAY = date(2026, 2, 5)
PARTY_ORG = Organisation(name="HUYỆN ỦY TÂN LẬP", parent="ĐẢNG BỘ TỈNH HÒA LÂM", place="Tân Lập", code="HU",
                         authority="BAN THƯỜNG VỤ", signer_position="BÍ THƯ", signer_name="Hoàng Văn Sình",
                         collective_name="Ban Thường vụ Huyện ủy", recipients=["Thường trực Tỉnh ủy (b/c)"],
                         archive="Lưu Văn phòng Huyện ủy")
STATE_ORG = Organisation(name="ỦY BAN NHÂN DÂN XÃ TÂN MỸ", parent="", place="Tân Mỹ", code="UBND",
                         authority="ỦY BAN NHÂN DÂN", signer_position="CHỦ TỊCH", signer_name="Trần Văn Khải",
                         collective_name="Ủy ban nhân dân xã", recipients=["UBND huyện (b/c)"], archive="Lưu: VT")


@pytest.fixture(scope="module")
def report():
    f = CORPUS / "tb-ket-luan-btv-tinh-uy.txt"
    if f.exists():
        return extract_file(f)
    return extract_text(Path(__file__).resolve().parents[2].joinpath(
        "resources/samples/tb-ket-luan-thuong-truc-huyen-uy-binh-son.txt").read_text(encoding="utf-8"))


def _runs(doc):
    for p in doc.paragraphs:
        yield from p.runs
    for t in doc.tables:
        for row in t.rows:
            for cell in row.cells:
                for p in cell.paragraphs:
                    yield from p.runs


def _find_run(doc, text: str):
    for r in _runs(doc):
        if r.text == text:
            return r
    raise AssertionError(f"no run {text!r}")


def _has_rule_after(r) -> bool:
    """The paragraph after the run's paragraph carries a bottom border (the solid line)."""
    nxt = r._element.getparent().getnext()
    return nxt is not None and nxt.find(qn("w:pPr")) is not None and \
        nxt.find(qn("w:pPr")).find(qn("w:pBdr")) is not None


def _page_and_fonts_ok(doc):
    """A4, margins 20/20/30/15 mm (Hướng dẫn 36 and Nghị định 30 alike), Times New Roman throughout; the section."""
    sec = doc.sections[0]
    assert (round(sec.page_width.mm), round(sec.page_height.mm)) == (210, 297)
    assert [round(x.mm) for x in (sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin)] == \
        [20, 20, 30, 15]
    _fonts_ok(doc)
    return sec


def _fonts_ok(doc) -> None:
    normal = doc.styles["Normal"]
    rf = normal.element.rPr.find(qn("w:rFonts"))
    assert {rf.get(qn(k)) for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs")} == {"Times New Roman"}
    for r in _runs(doc):
        if r.text.strip():
            f = r._element.rPr.find(qn("w:rFonts"))
            assert f is not None and f.get(qn("w:eastAsia")) == "Times New Roman" and f.get(qn("w:cs")) == \
                "Times New Roman", r.text


def test_place_date_and_number_lines() -> None:
    assert place_date("Hà Nội", date(2020, 1, 5)) == "Hà Nội, ngày 05 tháng 01 năm 2020"
    assert place_date("Hà Nội", date(2019, 6, 29)) == "Hà Nội, ngày 29 tháng 6 năm 2019"
    assert number_line(PARTY, "BÁO CÁO", PARTY_ORG, "123") == "Số 123-BC/HU"
    assert number_line(STATE, "BÁO CÁO", STATE_ORG, "12") == "Số: 12/BC-UBND"


def test_party_briefing_layout(tmp_path: Path, report) -> None:
    out = export_reports([report], "docx", "briefing", tmp_path / "tom-tat.docx", "party", PARTY_ORG, DAY)
    doc = Document(out)
    sec = _page_and_fonts_ok(doc)
    heading = _find_run(doc, "ĐẢNG CỘNG SẢN VIỆT NAM")
    assert heading.bold and heading.font.size.pt == 15
    assert _has_rule_after(heading)  # the solid line under the heading
    parent = _find_run(doc, "ĐẢNG BỘ TỈNH HÒA LÂM")
    assert not parent.bold and parent.font.size.pt == 14
    issuer = _find_run(doc, "HUYỆN ỦY TÂN LẬP")
    assert issuer.bold and issuer.font.size.pt == 14
    assert _find_run(doc, "*").font.size.pt == 14
    number = _find_run(doc, "Số      -BC/HU")
    assert number.font.size.pt == 14 and ":" not in number.text
    when = _find_run(doc, "Tân Lập, ngày 05 tháng 02 năm 2026")
    assert when.italic and when.font.size.pt == 14
    kind = _find_run(doc, "BÁO CÁO")
    assert kind.bold and kind.font.size.pt == 16
    excerpt = next(r for r in _runs(doc) if r.text.startswith("tóm tắt nội dung"))
    assert excerpt.bold and excerpt.font.size.pt == 14
    assert _find_run(doc, "-----")
    headings = [p.text for p in doc.paragraphs if p.text[:4] in ("I- T", "II- ", "III-", "IV- ", "V- V")]
    assert headings[0] == "I- THÔNG TIN CHUNG" and headings[-1] == "V- VẤN ĐỀ CẦN LƯU Ý"
    body = next(p for p in doc.paragraphs if p.text.startswith("Văn bản:"))
    assert round(body.paragraph_format.first_line_indent.mm) == 10
    assert body.runs[0].font.size.pt == 14 and body.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    normal = doc.styles["Normal"].paragraph_format
    assert normal.space_after.pt >= 6
    assert normal.line_spacing_rule == WD_LINE_SPACING.EXACTLY and normal.line_spacing.pt == 18
    assert all(p.runs[0].bold for p in doc.paragraphs if p.text.startswith(("I- ", "II- ", "III- ")))
    assert next(p.text for p in doc.paragraphs if p.text.startswith("Trên đây")).endswith("./.")
    text = "\n".join(p.text for p in doc.paragraphs)
    for f in report.findings:
        assert f.message in text
    # signature block
    auth = _find_run(doc, "T/M BAN THƯỜNG VỤ")
    assert auth.bold and auth.font.size.pt == 14
    pos = _find_run(doc, "BÍ THƯ")
    assert not pos.bold and pos.font.size.pt == 14
    assert _find_run(doc, "Hoàng Văn Sình").bold
    label = _find_run(doc, "Nơi nhận:")
    assert label.underline and not label.bold and not label.italic and label.font.size.pt == 14
    assert _find_run(doc, "- Lưu Văn phòng Huyện ủy.").font.size.pt == 12
    # the indicator table
    table = next(t for t in doc.tables if t.cell(0, 1).text == "Chỉ tiêu")
    assert [c.text for c in table.rows[1].cells] == ["(1)", "(2)", "(3)", "(4)", "(5)"]
    assert len(table.rows) - 2 == len(report.indicators)
    # page numbers from page 2
    assert sec.different_first_page_header_footer
    instr = sec.header._element.xpath(".//w:instrText")
    assert instr and instr[0].text == "PAGE"
    assert sec.header.paragraphs[0].runs[0].font.size.pt == 14


def test_party_conclusion_has_the_four_ro_table(tmp_path: Path, report) -> None:
    out = export_reports([report], "docx", "conclusion", tmp_path / "tb.docx", "party", PARTY_ORG, DAY)
    doc = Document(out)
    assert _find_run(doc, "THÔNG BÁO").bold
    draft = _find_run(doc, "(Dự thảo)")
    assert draft.italic and draft.font.size.pt == 14
    excerpt = next(r for r in _runs(doc) if r.text.startswith("kết luận của"))
    assert excerpt.bold and excerpt.text[0].islower()
    table = next(t for t in doc.tables if t.cell(0, 1).text == "Nội dung nhiệm vụ")
    assert [c.text for c in table.rows[0].cells] == ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì",
                                                     "Cơ quan phối hợp", "Thời hạn", "Sản phẩm"]
    rows = table.rows[2:]
    assert len(rows) == len(report.tasks)
    owners = {r.cells[2].text for r in rows}
    assert {t.owner for t in report.tasks if t.owner} <= owners
    assert any(r.cells[4].text == "15/8/2024" for r in rows) or not CORPUS.exists()
    header_rows = [r for r in table.rows[:2] if r._tr.trPr is not None and r._tr.trPr.find(qn("w:tblHeader")) is not None]
    assert len(header_rows) == 2  # repeated on every page


def test_state_profile_elements(tmp_path: Path, report) -> None:
    out = export_reports([report], "docx", "briefing", tmp_path / "state.docx", "state", STATE_ORG, DAY)
    doc = Document(out)
    _fonts_ok(doc)
    q = _find_run(doc, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert q.bold and q.font.size.pt == 13
    motto = _find_run(doc, "Độc lập - Tự do - Hạnh phúc")
    assert motto.bold and motto.font.size.pt == 14
    issuer = _find_run(doc, "ỦY BAN NHÂN DÂN XÃ TÂN MỸ")
    assert issuer.bold and issuer.font.size.pt == 13
    assert _has_rule_after(issuer) and _has_rule_after(motto)
    sec = doc.sections[0]
    assert [round(x.mm) for x in (sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin)] == \
        [20, 20, 30, 15]
    assert doc.styles["Normal"].paragraph_format.line_spacing_rule == WD_LINE_SPACING.SINGLE
    body = next(p for p in doc.paragraphs if p.text.startswith("Văn bản:"))
    assert round(body.paragraph_format.first_line_indent.mm) == 10 and body.runs[0].font.size.pt == 14
    assert _find_run(doc, "Trần Văn Khải").bold
    assert _find_run(doc, "Số: /BC-UBND".replace("/", "     /")).font.size.pt == 13
    assert _find_run(doc, "Tân Mỹ, ngày 05 tháng 02 năm 2026").italic
    kind = _find_run(doc, "BÁO CÁO")
    assert kind.bold and kind.font.size.pt == 14
    assert _find_run(doc, "TM. ỦY BAN NHÂN DÂN").bold
    assert _find_run(doc, "CHỦ TỊCH").bold
    label = _find_run(doc, "Nơi nhận:")
    assert label.bold and label.italic and not label.underline and label.font.size.pt == 12
    assert _find_run(doc, "- Lưu: VT.").font.size.pt == 11
    assert any(p.text.startswith("I. THÔNG TIN CHUNG") for p in doc.paragraphs)


def test_summary_across_reports(tmp_path: Path, report) -> None:
    other = extract_text(Path(__file__).resolve().parents[2].joinpath(
        "resources/samples/bao-cao-tuan-ubnd-xa-tan-my.txt").read_text(encoding="utf-8"), name="tuan.txt")
    out = export_reports([report, other], "docx", "summary", tmp_path / "th.docx", "party", PARTY_ORG, DAY)
    doc = Document(out)
    table = next(t for t in doc.tables if t.cell(0, 1).text == "Đơn vị")
    units = {r.cells[1].text for r in table.rows[2:]}
    assert len(units) == 2
    text = "\n".join(p.text for p in doc.paragraphs)
    assert all(f.message in text for f in [*report.findings, *other.findings])


def test_tracking_workbook(tmp_path: Path, report) -> None:
    out = export_reports([report], "xlsx", "tracking", tmp_path / "td.xlsx")
    wb = load_workbook(out)
    assert wb.sheetnames == ["Chỉ tiêu", "Nhiệm vụ", "Kiến nghị", "Số liệu tổng hợp", "Kiểm tra số liệu",
                             "Đối chiếu nguồn"]
    ws = wb["Chỉ tiêu"]
    assert [c.value for c in ws[4]] == ["STT", "Chỉ tiêu", "ĐVT", "Mục tiêu", "Thực hiện", "Tỷ lệ %", "Đánh giá"]
    assert ws["F5"].value == "(6)=(5)/(4)"
    assert ws["A1"].font.name == "Times New Roman" and ws["A1"].font.bold
    assert ws.print_title_rows.replace("$", "") == "4:5"
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9
    assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.freeze_panes == "C6"
    data = list(ws.iter_rows(min_row=6, values_only=False))
    assert len(data) == len(report.indicators)
    for row in data:
        assert row[0].font.name == "Times New Roman" and row[1].border.left.style == "thin"
        assert row[1].alignment.wrap_text
        for cell in (row[3], row[4]):
            assert cell.value is None or isinstance(cell.value, int | float)  # never numbers as text
        assert str(row[5].value).startswith("=IF(") and "E" in row[5].value and "D" in row[5].value
    tasks = wb["Nhiệm vụ"]
    assert [c.value for c in tasks[4]] == ["STT", "Nội dung nhiệm vụ", "Văn bản giao", "Cơ quan chủ trì",
                                           "Cơ quan phối hợp", "Thời hạn", "Sản phẩm", "Kết quả thực hiện",
                                           "Tình trạng", "Ghi chú"]
    assert ws["A2"].font.italic and "Vượt" in ws["G6"].value
    assert tasks.max_row - 5 == len(report.tasks)
    checks = wb["Kiểm tra số liệu"]
    assert [checks.cell(r, 3).value for r in range(6, checks.max_row + 1)] == [f.message for f in report.findings]


def test_workbook_shows_each_item_with_the_words_it_came_from(tmp_path: Path, report) -> None:
    import unicodedata

    ws = load_workbook(export_reports([report], "xlsx", "tracking", tmp_path / "src.xlsx"))["Đối chiếu nguồn"]
    assert [c.value for c in ws[4]] == ["STT", "Loại", "Mục", "Giá trị", "Trích đoạn văn bản", "Kiểm tra"]
    rows = list(ws.iter_rows(min_row=6, values_only=True))
    kinds = ("indicators", "tasks", "proposals", "tallies", "ratios", "documents", "people")  # the sheet's order
    items = [i for k in kinds for i in getattr(report, k) if i.span]
    assert len(rows) == len(items) >= 10  # every item, of a dev conclusion notice or (no ../shared) the sample one
    for row, item in zip(rows, items, strict=True):
        words = " ".join(unicodedata.normalize("NFC", report.text[item.span[0]:item.span[1]]).split())
        assert words in row[4], (words, row[4])  # the excerpt holds the item's own words
        assert row[5] == "chưa kiểm tra"
    assert any(r[1] == "Chỉ tiêu" and r[3].endswith("%") for r in rows)
    # rows are as tall as their wrapped text (LibreOffice does not grow them by itself)
    heights = {r: ws.row_dimensions[r].height for r in range(6, ws.max_row + 1)}
    longest = max(range(6, ws.max_row + 1), key=lambda r: len(str(ws.cell(r, 5).value)))
    assert heights[longest] > min(heights.values()) >= 15


def test_source_excerpt_cuts_a_long_sentence_around_the_item() -> None:
    from desktop.export.excel import source_excerpt

    text = "Mở đầu. " + "chữ " * 200 + "GIỮA " + "chữ " * 200 + ". Kết thúc."
    k = text.index("GIỮA")
    cut = source_excerpt(text, (k, k + 4))
    assert cut.startswith("… ") and cut.endswith(" …") and len(cut) <= 330
    assert 120 < cut.index("GIỮA") < 200  # the item sits in the middle
    assert source_excerpt(text, (0, 2)) == "Mở đầu"


def test_workbook_for_many_reports_has_a_unit_column(tmp_path: Path, report) -> None:
    other = extract_text("Tin\n\nThu ngân sách đạt 12,5 tỷ đồng; tỷ lệ che phủ rừng đạt 61,2%.", name="b.txt")
    wb = load_workbook(export_reports([report, other], "xlsx", "tracking", tmp_path / "n.xlsx"))
    ws = wb["Chỉ tiêu"]
    assert ws["B4"].value == "Đơn vị" and ws["G5"].value == "(7)=(6)/(5)"


def test_export_target_open_in_word_gets_another_name(tmp_path: Path, report) -> None:
    target = tmp_path / "bao-cao.docx"
    target.write_bytes(b"old")
    (tmp_path / "~$o-cao.docx").write_bytes(b"owner")  # Word's owner file while it has the document open
    with pytest.raises(ExportError) as err:
        export_reports([report], "docx", "briefing", target, "party", PARTY_ORG, DAY)
    assert "đang được mở" in str(err.value) and err.value.suggestion.name == "bao-cao (2).docx"
    assert target.read_bytes() == b"old"


def test_failed_save_leaves_no_broken_file(tmp_path: Path) -> None:
    class Broken:
        def save(self, path: str) -> None:
            Path(path).write_bytes(b"half")
            raise OSError(28, "No space left on device")

    target = tmp_path / "x.xlsx"
    target.write_bytes(b"old")
    with pytest.raises(ExportError, match="đầy"):
        save_atomic(Broken(), target)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["x.xlsx"]


def test_wrong_kind_for_format(tmp_path: Path, report) -> None:
    with pytest.raises(ExportError):
        export_reports([report], "xlsx", "briefing", tmp_path / "a.xlsx")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_every_export(tmp_path: Path, report) -> None:
    files = [export_reports([report], "docx", k, tmp_path / f"{k}.docx", p, PARTY_ORG if p == "party" else STATE_ORG,
                            DAY) for k in ("briefing", "conclusion") for p in ("party", "state")]
    files.append(export_reports([report], "xlsx", "tracking", tmp_path / "td.xlsx"))
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), *map(str, files)],
                   check=True, capture_output=True, timeout=240)
    for f in files:
        pdf = f.with_suffix(".pdf")
        assert pdf.exists(), f.name
        assert 1 <= _pages(pdf) <= 30, (f.name, _pages(pdf))


def _pages(pdf: Path) -> int:
    if shutil.which("pdfinfo"):
        out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))
    import re

    counts = [int(m) for m in re.findall(rb"/Count (\d+)", pdf.read_bytes())]
    return max(counts) if counts else 0
