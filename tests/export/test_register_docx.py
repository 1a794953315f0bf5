"""Báo cáo kết quả thực hiện nhiệm vụ (issue 17, item 3): the official format of each profile, as the other Word
exports pass it; the counts sentence verified by the project's own verification (the parts add up to the total);
the overdue tasks grouped by owner; the source documents; LibreOffice lays it out with the signature in one piece."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from docx.enum.text import WD_LINE_SPACING
from docx.oxml.ns import qn

from desktop.core.extract import extract_file, extract_text
from desktop.core.model import Severity
from desktop.core.register import Category, counts
from desktop.export.organisation import OrganisationMissing
from desktop.export.profiles import Organisation
from desktop.export.register_docx import build_register_report, overdue_by_owner
from desktop.export.register_text import NO_OWNER
from desktop.export.save import ExportError
from tests.export.register_sample import LATER, TODAY, register_entries
from tests.export.test_export import (
    PARTY_ORG,
    STATE_ORG,
    _find_run,
    _fonts_ok,
    _has_rule_after,
    _page_and_fonts_ok,
    _runs,
)
from tests.export.test_export_pages import _signature_table

ORGS = {"party": PARTY_ORG, "state": STATE_ORG}


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("register-report")
    return {p: build_register_report(register_entries(), TODAY, out / f"bao-cao-{p}.docx", p, ORGS[p]) for p in ORGS}


def _paragraphs(doc) -> list[str]:
    return [p.text for p in doc.paragraphs]


def test_party_report_in_the_official_format(reports) -> None:
    doc = Document(reports["party"])
    sec = _page_and_fonts_ok(doc)
    heading = _find_run(doc, "ĐẢNG CỘNG SẢN VIỆT NAM")
    assert heading.bold and heading.font.size.pt == 15 and _has_rule_after(heading)
    assert _find_run(doc, "HUYỆN ỦY TÂN LẬP").bold and _find_run(doc, "*").font.size.pt == 14
    assert _find_run(doc, "Số      -BC/HU").font.size.pt == 14
    assert _find_run(doc, "Tân Lập, ngày 30 tháng 6 năm 2026").italic
    kind = _find_run(doc, "BÁO CÁO")
    assert kind.bold and kind.font.size.pt == 16
    excerpt = _find_run(doc, "kết quả thực hiện nhiệm vụ tính đến ngày 30/06/2026")
    assert excerpt.bold and excerpt.font.size.pt == 14
    assert _find_run(doc, "-----")
    headings = [t for t in _paragraphs(doc) if re.match(r"^[IV]+- ", t)]
    assert headings == ["I- TÌNH HÌNH THỰC HIỆN NHIỆM VỤ", "II- NHIỆM VỤ CHƯA HOÀN THÀNH, QUÁ HẠN",
                        "III- VĂN BẢN GIAO NHIỆM VỤ", "IV- ĐỀ XUẤT"]
    normal = doc.styles["Normal"].paragraph_format
    assert normal.line_spacing_rule == WD_LINE_SPACING.EXACTLY and normal.line_spacing.pt == 18
    closing = next(t for t in _paragraphs(doc) if t.startswith("Trên đây"))
    assert closing.endswith("./.")
    auth = _find_run(doc, "T/M BAN THƯỜNG VỤ")
    assert auth.bold and auth.font.size.pt == 14 and not _find_run(doc, "BÍ THƯ").bold
    assert _find_run(doc, "Hoàng Văn Sình").bold
    label = _find_run(doc, "Nơi nhận:")
    assert label.underline and not label.bold and label.font.size.pt == 14
    assert _find_run(doc, "- Lưu Văn phòng Huyện ủy.").font.size.pt == 12
    assert sec.different_first_page_header_footer and sec.header._element.xpath(".//w:instrText")[0].text == "PAGE"


def test_state_report_in_the_official_format(reports) -> None:
    doc = Document(reports["state"])
    _fonts_ok(doc)
    q = _find_run(doc, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert q.bold and q.font.size.pt == 13
    motto = _find_run(doc, "Độc lập - Tự do - Hạnh phúc")
    assert motto.bold and _has_rule_after(motto)
    issuer = _find_run(doc, "ỦY BAN NHÂN DÂN XÃ TÂN MỸ")
    assert issuer.bold and issuer.font.size.pt == 13 and _has_rule_after(issuer)
    assert _find_run(doc, "Số:      /BC-UBND").font.size.pt == 13
    assert _find_run(doc, "Kết quả thực hiện nhiệm vụ tính đến ngày 30/06/2026").bold
    assert any(t.startswith("I. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ") for t in _paragraphs(doc))
    assert _find_run(doc, "TM. ỦY BAN NHÂN DÂN").bold and _find_run(doc, "CHỦ TỊCH").bold
    label = _find_run(doc, "Nơi nhận:")
    assert label.bold and label.italic and not label.underline
    assert _find_run(doc, "- Lưu: VT.").font.size.pt == 11
    assert doc.styles["Normal"].paragraph_format.line_spacing_rule == WD_LINE_SPACING.SINGLE


@pytest.mark.parametrize("profile", ["party", "state"])
def test_the_signature_block_cannot_split(reports, profile) -> None:
    sig = _signature_table(Document(reports[profile]))
    assert all(r._tr.trPr.find(qn("w:cantSplit")) is not None for r in sig.rows)
    assert all(p.paragraph_format.keep_with_next for c in sig.rows[0].cells for p in c.paragraphs)


@pytest.mark.parametrize("profile", ["party", "state"])
def test_the_counts_add_up_by_the_projects_own_verification(reports, profile) -> None:
    """The generated report read back like any report: its counts sentence is a tally whose parts are the
    register's counts and add up to the total; no finding of severity ``lỗi`` anywhere in it."""
    report = extract_file(reports[profile])
    expected = {c.label: n for c, n in counts(register_entries(), TODAY).items() if n}
    tally = next(t for t in report.tallies if t.parts and t.noun == "nhiệm vụ")
    assert tally.total == len(register_entries()) == sum(expected.values())
    assert {p.status: p.count for p in tally.parts} == expected
    assert [f.message for f in report.findings if f.severity == Severity.ERROR] == []
    table = next(t for t in Document(reports[profile]).tables if t.cell(0, 1).text == "Tình trạng")
    rows = [[c.text for c in r.cells] for r in table.rows[2:]]
    assert [r[2] for r in rows[:-1]] == [str(counts(register_entries(), TODAY)[c]) for c in Category]
    assert rows[-1][1:3] == ["Tổng cộng", str(len(register_entries()))]


def test_a_sentence_that_does_not_add_up_is_an_error_for_the_verification(reports) -> None:
    """The check above can fail: the same sentence with one count changed is a ``lỗi`` finding."""
    sentence = next(t for t in _paragraphs(Document(reports["party"])) if "tổng số" in t)
    broken = sentence.replace("1 nhiệm vụ thường xuyên", "3 nhiệm vụ thường xuyên")
    assert broken != sentence
    findings = extract_text(f"BÁO CÁO\nKết quả thực hiện nhiệm vụ\n\n{broken}").findings
    assert [f.kind for f in findings if f.severity == Severity.ERROR] == ["sum_mismatch"]


def test_overdue_tasks_grouped_by_owner(reports) -> None:
    groups = overdue_by_owner(register_entries(), TODAY, 7)
    assert list(groups) == ["Phòng Nông nghiệp Tân Lập", "Ban Quản lý dự án Tân Lập", NO_OWNER]
    assert [e.id for e in groups["Phòng Nông nghiệp Tân Lập"]] == [1, 5]  # earliest deadline first
    text = _paragraphs(Document(reports["party"]))
    k = text.index("1- Phòng Nông nghiệp Tân Lập (2 nhiệm vụ)")
    assert text[k + 1] == ("- Rà soát, bổ sung quy hoạch vùng trồng chè (phối hợp: UBND các xã; thời hạn: trước ngày "
                           "30/4 – 30/04/2026; quá hạn 61 ngày; văn bản giao: Số 27-TB/HU, ngày 05/03/2026).")
    assert text[k + 2].startswith("- Kiểm tra việc quản lý quỹ đất công (thời hạn: trong tháng 6/2026 – 15/06/2026; "
                                  "quá hạn 15 ngày;")
    assert text[k + 3] == "2- Ban Quản lý dự án Tân Lập (1 nhiệm vụ)"
    assert f"3- {NO_OWNER} (1 nhiệm vụ)" in text
    assert not any("Trồng cây phân tán" in t for t in text)  # open within its deadline: not listed
    later = overdue_by_owner(register_entries(), LATER, 7)
    assert sum(map(len, later.values())) == counts(register_entries(), LATER)[Category.OPEN_OVERDUE] == 7


def test_sources_cited_once_each_and_owners_of_overdue_tasks_receive_it(reports) -> None:
    doc = Document(reports["party"])
    text = _paragraphs(doc)
    k = text.index("III- VĂN BẢN GIAO NHIỆM VỤ")
    assert text[k + 1:k + 4] == [
        "- Kế hoạch chuyển đổi số năm 2026 của xã Tân Mỹ, ngày 12/01/2026: giao 6 nhiệm vụ.",
        "- Số 27-TB/HU, ngày 05/03/2026 – Thông báo kết luận của Ban Thường vụ Huyện ủy Tân Lập về phát triển "
        "kinh tế nông thôn: giao 5 nhiệm vụ.",
        "- Nhiệm vụ bổ sung vào sổ theo dõi (không có văn bản giao): 1 nhiệm vụ.",
    ]
    lines = [p.text for p in _signature_table(doc).cell(0, 0).paragraphs]
    assert lines == ["Nơi nhận:", "- Thường trực Tỉnh ủy (b/c),", "- Phòng Nông nghiệp Tân Lập,",
                     "- Ban Quản lý dự án Tân Lập,", "- Lưu Văn phòng Huyện ủy."]


def test_nothing_overdue(tmp_path: Path) -> None:
    entries = [e for e in register_entries() if e.id in (3, 4, 7)]
    doc = Document(build_register_report(entries, TODAY, tmp_path / "b.docx", "party", PARTY_ORG))
    text = _paragraphs(doc)
    assert "Không có nhiệm vụ chưa hoàn thành quá hạn." in text
    assert any(t.startswith("Tính đến ngày 30/06/2026, sổ theo dõi có tổng số 3 nhiệm vụ, trong đó: 1 nhiệm vụ "
                            "đã hoàn thành đúng hạn, 1 nhiệm vụ đã hoàn thành quá hạn, 1 nhiệm vụ thường xuyên.")
               for t in text)
    assert all(r.text != "Phòng Nông nghiệp Tân Lập" for r in _runs(doc))


def test_refusals(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="chưa có nhiệm vụ"):
        build_register_report([], TODAY, tmp_path / "a.docx", "party", PARTY_ORG)
    with pytest.raises(OrganisationMissing, match="địa danh"):
        build_register_report(register_entries(), TODAY, tmp_path / "a.docx", "party", Organisation(name="HUYỆN ỦY X"))
    with pytest.raises(OrganisationMissing):  # a People's Committee cannot sign a Party report
        build_register_report(register_entries(), TODAY, tmp_path / "a.docx", "party", STATE_ORG)
    with pytest.raises(ExportError, match="thể thức"):
        build_register_report(register_entries(), TODAY, tmp_path / "a.docx", "ubnd", STATE_ORG)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice or poppler-utils is not installed")
def test_libreoffice_lays_out_both_profiles(tmp_path: Path, reports) -> None:
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path),
                    *map(str, reports.values())], check=True, capture_output=True, timeout=240)
    for profile, docx in reports.items():
        text = subprocess.run(["pdftotext", "-layout", str(tmp_path / f"{docx.stem}.pdf"), "-"], capture_output=True,
                              text=True, check=True).stdout
        pages = [p for p in text.split("\f") if p.strip()]
        assert 1 <= len(pages) <= 4, (profile, len(pages))
        org = ORGS[profile]
        assert org.signer_name in pages[-1] and org.authority in pages[-1]  # the signature in one piece, at the end
        assert "30/04/2026" in text and "Số 27-TB/HU" in text
