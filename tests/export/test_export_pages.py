"""Issue 16, point 6: the signature block never splits across pages, headings stay with what follows, no blank
last page, and the State Quốc hiệu fits on one line — in the Word XML, and in every export of the dev corpus as
LibreOffice lays it out (one soffice call for all files)."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from desktop.core.extract import extract_text
from desktop.export import export_reports
from desktop.export.profiles import Organisation
from tests.conftest import ROOT

DAY = date(2026, 2, 5)
ORGS = {
    "party": Organisation(name="BAN THƯỜNG VỤ HUYỆN ỦY TÂN LẬP", parent="ĐẢNG BỘ TỈNH HÒA LÂM", place="Tân Lập",
                          code="HU", authority="BAN THƯỜNG VỤ", signer_position="PHÓ BÍ THƯ",
                          signer_name="Hoàng Văn Sình", collective_name="Ban Thường vụ Huyện ủy",
                          recipients=["Thường trực Tỉnh ủy (b/c)"], archive="Lưu Văn phòng Huyện ủy"),
    "state": Organisation(name="ỦY BAN NHÂN DÂN XÃ TÂN MỸ", parent="", place="Tân Mỹ", code="UBND",
                          authority="ỦY BAN NHÂN DÂN", signer_position="CHỦ TỊCH", signer_name="Trần Văn Khải",
                          collective_name="Ủy ban nhân dân xã", recipients=["UBND huyện (b/c)"], archive="Lưu: VT"),
}
KINDS = ("briefing", "conclusion", "summary")
QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"


@pytest.fixture(scope="module")
def sample():
    return extract_text((ROOT / "resources/samples/tb-ket-luan-thuong-truc-huyen-uy-binh-son.txt")
                        .read_text(encoding="utf-8"), name="tb.txt")


def _signature_table(doc):
    return next(t for t in doc.tables if any("Nơi nhận" in p.text for p in t.cell(0, 0).paragraphs))


@pytest.mark.parametrize("profile", ["party", "state"])
@pytest.mark.parametrize("kind", KINDS)
def test_signature_rows_cannot_split_and_headings_keep_with_next(tmp_path: Path, sample, kind, profile) -> None:
    doc = Document(export_reports([sample], "docx", kind, tmp_path / "x.docx", profile, ORGS[profile], DAY))
    sig = _signature_table(doc)
    for row in sig.rows:
        tr_pr = row._tr.trPr
        assert tr_pr is not None and tr_pr.find(qn("w:cantSplit")) is not None
    cell_pars = [p for c in sig.rows[0].cells for p in c.paragraphs]
    assert all(p.paragraph_format.keep_with_next for p in cell_pars)
    body = [el for el in doc.element.body if el.tag in (qn("w:p"), qn("w:tbl"))]
    k = body.index(sig._tbl)
    before = [el for el in body[max(0, k - 2):k]]
    assert all(el.tag == qn("w:p") and el.find(qn("w:pPr")).find(qn("w:keepNext")) is not None for el in before)
    headings = [p for p in doc.paragraphs if re.match(r"^(?:[IVX]+[-.] |\d\. [A-ZĐ]|Các chỉ tiêu chủ yếu:)", p.text)]
    assert headings and all(p.paragraph_format.keep_with_next for p in headings), [p.text for p in headings]
    # the body ends on a 1 pt paragraph, not a full-size empty one that can spill onto a blank page
    last = body[-1]
    assert last.tag == qn("w:p") and not "".join(last.itertext()).strip()
    assert last.find(qn("w:pPr")).find(qn("w:rPr")).find(qn("w:sz")).get(qn("w:val")) == "2"


def test_the_state_header_column_holds_the_quoc_hieu(tmp_path: Path, sample) -> None:
    doc = Document(export_reports([sample], "docx", "briefing", tmp_path / "s.docx", "state", ORGS["state"], DAY))
    head = doc.tables[0]
    right = head.cell(0, 1)
    assert right.paragraphs[0].text == QUOC_HIEU
    # 95.6 mm of 13 pt bold Times New Roman plus the cell's margins
    assert right.width.mm >= 100 and head.cell(0, 0).width.mm + right.width.mm <= 165.5


def _times_metrics() -> bool:
    """LibreOffice lays out Times New Roman with its own metrics or a metric-compatible font (Liberation Serif,
    Tinos); with another fallback (DejaVu Serif, wider) line breaks say nothing about Word."""
    if shutil.which("fc-match") is None:
        return False
    out = subprocess.run(["fc-match", "Times New Roman"], capture_output=True, text=True).stdout
    return any(f in out for f in ("Times New Roman", "Liberation Serif", "Tinos"))


@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice or poppler-utils is not installed")
def test_signer_and_authority_share_a_page_in_every_dev_export(tmp_path: Path, dev_reports) -> None:
    files = []
    for stem, (_path, report) in dev_reports.items():
        for kind in KINDS:
            for profile in ORGS:
                files.append(export_reports([report], "docx", kind, tmp_path / f"{stem}.{kind}.{profile}.docx",
                                            profile, ORGS[profile], DAY))
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), *map(str, files)],
                   check=True, capture_output=True, timeout=240)
    problems = []
    for f in files:
        profile = f.stem.rsplit(".", 1)[1]
        org = ORGS[profile]
        text = subprocess.run(["pdftotext", "-layout", str(f.with_suffix(".pdf")), "-"], capture_output=True,
                              text=True, check=True).stdout
        pages = text.split("\f")
        if pages and not pages[-1].strip():
            pages.pop()  # pdftotext ends the last page with \f too
        authority = "T/M BAN THƯỜNG VỤ" if profile == "party" else "TM. ỦY BAN NHÂN DÂN"
        name_on = [k for k, pg in enumerate(pages) if org.signer_name in pg]
        auth_on = [k for k, pg in enumerate(pages) if authority in pg]
        pos_on = [k for k, pg in enumerate(pages) if re.search(rf"(?<!\w){org.signer_position}(?!\w)", pg)]
        if not (name_on and auth_on and pos_on and name_on[-1] == auth_on[-1] == pos_on[-1] == len(pages) - 1):
            problems.append(f"{f.name}: name on {name_on}, authority on {auth_on}, position on {pos_on}, "
                            f"{len(pages)} pages")
        if any(not pg.strip() for pg in pages):
            problems.append(f"{f.name}: a blank page")
        if profile == "state" and _times_metrics() and QUOC_HIEU not in pages[0]:
            problems.append(f"{f.name}: the Quốc hiệu breaks over two lines")
    assert not problems, "\n".join(problems)
