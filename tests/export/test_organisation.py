"""Issue 16, point 4: exports never invent an organisation. With Settings empty no export carries the sample
unit; a Party and a State organisation are kept apart, and a State export carries only State headings."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from desktop.core.extract import extract_text
from desktop.export import ExportError, export_reports
from desktop.export.profiles import Organisation
from desktop.settings import OrgDefaults, save_defaults

# the sample unit the exports used to fall back on (profiles.py and export/__init__.py before the fix)
SAMPLE_WORDS = ("tân lập", "hòa lâm", "tân mỹ", "huyện ủy viên", "thường trực tỉnh ủy (b/c)", "ubnd huyện (b/c)")
TEXT = ("Báo cáo kết quả thực hiện nhiệm vụ quý I\n\nNgày 12/3, đồng chí Lò Văn Pắn, Bí thư Đảng ủy chủ trì hội nghị. "
        "Tỷ lệ che phủ rừng đạt 58,4%. Có 7/9 thôn đạt chuẩn nông thôn mới, đạt 77,8%.\n\n"
        "Hội nghị yêu cầu các chi bộ tập trung phát triển đảng viên mới; hoàn thành sửa chữa trạm y tế "
        "trước ngày 30/6/2026.\n\nĐề nghị cấp trên hỗ trợ kinh phí làm đường giao thông nội đồng.")
# invented offices of a clerk
PARTY_ORG = Organisation(name="ĐẢNG ỦY XÃ NẬM CHÀ", parent="ĐẢNG BỘ TỈNH PHÚ XUYÊN", place="Nậm Chà", code="ĐU",
                         authority="BAN THƯỜNG VỤ", signer_position="PHÓ BÍ THƯ", signer_name="Lý Thị Mẩy",
                         collective_name="Ban Thường vụ Đảng ủy xã", recipients=["Các chi bộ"],
                         archive="Lưu Văn phòng Đảng ủy")
STATE_ORG = Organisation(name="ỦY BAN NHÂN DÂN XÃ NẬM CHÀ", place="Nậm Chà", code="UBND", authority="ỦY BAN NHÂN DÂN",
                         signer_position="CHỦ TỊCH", signer_name="Vàng A Páo", recipients=["Các thôn"])


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings of their own, empty: the clerk's first export."""
    monkeypatch.setenv("REPORTDESK_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


@pytest.fixture(scope="module")
def report():
    return extract_text(TEXT, name="quy-1.txt")


def _doc_text(path: Path) -> str:
    doc = Document(path)
    parts = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        parts += [c.text for row in t.rows for c in row.cells]
    return "\n".join(parts)


def _header_and_signature(path: Path) -> str:
    doc = Document(path)
    return "\n".join(c.text for t in (doc.tables[0], doc.tables[-1]) for row in t.rows for c in row.cells)


@pytest.mark.parametrize("profile", ["party", "state"])
@pytest.mark.parametrize("kind", ["briefing", "conclusion", "summary"])
def test_with_settings_empty_no_word_export_names_the_sample_unit(home: Path, tmp_path: Path, report, kind: str,
                                                                   profile: str) -> None:
    out = tmp_path / f"{kind}-{profile}.docx"
    try:
        export_reports([report], "docx", kind, out, profile)
    except ExportError as err:  # refused, saying what to enter and where
        message = str(err)
        assert "Thiết lập" in message and "--org-name" in message and "cơ quan ban hành" in message
        assert getattr(err, "profile", None) == profile
        assert not out.exists()
    else:
        found = [w for w in SAMPLE_WORDS if w in _doc_text(out).lower()]
        assert not found, f"the {kind} export ({profile}) names the sample unit: {found}"
        pytest.fail(f"the {kind} export ({profile}) was made with no organisation")


def test_with_settings_empty_the_workbook_names_no_unit(home: Path, tmp_path: Path, report) -> None:
    wb = load_workbook(export_reports([report], "xlsx", "tracking", tmp_path / "td.xlsx"))
    cells = " ".join(str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value)
    assert "58,4" in cells or "58.4" in cells  # the report's own content is there
    assert not [w for w in SAMPLE_WORDS if w in cells.lower()]


def test_party_and_state_exports_use_their_own_organisation(home: Path, tmp_path: Path, report) -> None:
    from desktop.export.organisation import save_organisation

    save_organisation("party", PARTY_ORG)
    save_organisation("state", STATE_ORG)
    party = export_reports([report], "docx", "briefing", tmp_path / "p.docx", "party")
    head = _header_and_signature(party)
    assert "ĐẢNG ỦY XÃ NẬM CHÀ" in head and "T/M BAN THƯỜNG VỤ" in head and "Lý Thị Mẩy" in head
    state = export_reports([report], "docx", "briefing", tmp_path / "s.docx", "state")
    head = _header_and_signature(state)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in head and "ỦY BAN NHÂN DÂN XÃ NẬM CHÀ" in head
    assert "TM. ỦY BAN NHÂN DÂN" in head and "CHỦ TỊCH" in head and "Vàng A Páo" in head
    for word in ("ĐẢNG", "BÍ THƯ", "BAN THƯỜNG VỤ", "Lý Thị Mẩy", "T/M"):
        assert word not in head, word
    for path in (party, state):
        assert not [w for w in SAMPLE_WORDS if w in _doc_text(path).lower()]


def test_a_state_export_from_a_party_office_never_heads_with_the_party_body(home: Path, tmp_path: Path,
                                                                            report) -> None:
    """The old single Settings record (a Huyện ủy) served State exports too: the Party body under the Quốc hiệu,
    signed TM. ỦY BAN NHÂN DÂN / PHÓ BÍ THƯ. Now it is the Party record only; a State export asks for its own."""
    save_defaults(OrgDefaults(org_name="HUYỆN ỦY PHÚ XUYÊN", parent_org="ĐẢNG BỘ TỈNH NAM AN", place="Phú Xuyên",
                              code="HU", signer_name="Lý Thị Mẩy", signer_position="PHÓ BÍ THƯ"))
    out = tmp_path / "s.docx"
    with pytest.raises(ExportError, match="thể thức Nhà nước"):
        export_reports([report], "docx", "briefing", out, "state")
    assert not out.exists()
    wrong = Organisation(name="ỦY BAN NHÂN DÂN XÃ NẬM CHÀ", place="Nậm Chà", code="UBND", authority="ỦY BAN NHÂN DÂN",
                         signer_position="PHÓ BÍ THƯ")
    with pytest.raises(ExportError, match="PHÓ BÍ THƯ"):
        export_reports([report], "docx", "briefing", out, "state", wrong)
    with pytest.raises(ExportError, match="HUYỆN ỦY"):
        export_reports([report], "docx", "briefing", out, "state", Organisation(
            name="HUYỆN ỦY PHÚ XUYÊN", place="Phú Xuyên", code="UBND", authority="ỦY BAN NHÂN DÂN",
            signer_position="CHỦ TỊCH"))
    assert not out.exists()


def test_cli_export_without_organisation_says_which_setting_or_option(home: Path, tmp_path: Path, report,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.cli import main
    from desktop.store.db import open_database
    from desktop.store.library import Library

    db = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    rid, _ = Library(open_database(db)).add_report(extract_text(TEXT, name="quy-1.txt"))
    out = tmp_path / "cli.docx"
    assert main(["export", str(rid), "--format", "docx", "--kind", "briefing", "--out", str(out), "--db", db]) == 2
    err = capsys.readouterr().err
    assert "Chưa có cơ quan ban hành" in err and "--org-name" in err and "Thiết lập" in err
    assert not out.exists()
    assert main(["export", str(rid), "--format", "docx", "--kind", "briefing", "--out", str(out), "--db", db,
                 "--profile", "state", "--org-name", STATE_ORG.name, "--place", "Nậm Chà", "--code", "UBND",
                 "--authority", "ỦY BAN NHÂN DÂN", "--signer-position", "CHỦ TỊCH", "--recipient", "Các thôn"]) == 0
    head = _header_and_signature(out)
    assert STATE_ORG.name in head and "- Các thôn;" in head and "- Lưu: VT." in head and "TM. ỦY BAN NHÂN DÂN" in head


def test_a_state_deputy_signs_for_the_head_and_a_party_deputy_directly(home: Path, tmp_path: Path, report) -> None:
    from dataclasses import replace

    state = export_reports([report], "docx", "briefing", tmp_path / "s.docx", "state",
                           replace(STATE_ORG, signer_position="PHÓ CHỦ TỊCH"))
    right = Document(state).tables[-1].cell(0, 1)
    lines = [line for p in right.paragraphs for line in p.text.split("\n") if line.strip()]
    assert lines == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Vàng A Páo"]
    party = export_reports([report], "docx", "briefing", tmp_path / "p.docx", "party", PARTY_ORG)
    right = Document(party).tables[-1].cell(0, 1)
    assert [p.text for p in right.paragraphs if p.text.strip()] == ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Lý Thị Mẩy"]
