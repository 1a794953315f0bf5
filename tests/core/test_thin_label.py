"""Issue 16, point 7: an item whose label is empty or only a word (``Nghị quyết``, ``/KH``) is flagged in the form
and left out of exports until the clerk verifies it. Invented items throughout."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from desktop.core.extract import extract_text
from desktop.core.model import DocumentRef, Indicator, Person, Proposal, ReviewStatus, Tally, Task
from desktop.export import export_reports
from desktop.export.profiles import Organisation

ORG = Organisation(name="ĐẢNG ỦY XÃ NẬM CHÀ", place="Nậm Chà", code="ĐU", authority="BAN THƯỜNG VỤ",
                   signer_position="BÍ THƯ")
TEXT = ("Báo cáo quý I\n\nTỷ lệ che phủ rừng đạt 58,4%. Hội nghị yêu cầu các chi bộ tập trung phát triển đảng viên "
        "mới.\n\nĐề nghị cấp trên hỗ trợ kinh phí làm đường giao thông nội đồng.")


def test_the_rule_on_invented_items() -> None:
    from desktop.core.thin_label import content_words, held_back, is_thin

    thin = [Indicator(label="Nghị quyết", value=3, unit="%"), Indicator(label="", value=1, unit=""),
            Indicator(label="Kế hoạch số 12/KH-UBND", value=2, unit=""), Task(text="/KH"), Task(text="Nghị quyết 05;"),
            Proposal(text="  "), DocumentRef(kind="Kế hoạch", number="/KH"), DocumentRef(kind="Nghị quyết", number=""),
            Person(name="Páo")]
    sound = [Indicator(label="Tỷ lệ che phủ rừng", value=58.4, unit="%"), Task(text="Triển khai Nghị quyết 05"),
             Proposal(text="hỗ trợ kinh phí"), DocumentRef(kind="Nghị quyết", number="05-NQ/ĐU"),
             Person(name="H'Hen Niê"), Person(name="Vàng A Páo"), Tally(total=9, noun="thôn")]
    assert [i for i in thin if not is_thin(i)] == []
    assert [i for i in sound if is_thin(i)] == []
    assert content_words("Nghị quyết số 05-NQ/ĐU về phát triển") == ["số", "về", "phát", "triển"]
    item = thin[0]
    assert held_back(item)
    for status in (ReviewStatus.UNCHECKED, ReviewStatus.NEEDS_FIX):
        item.review = status
        assert held_back(item)
    item.review = ReviewStatus.VERIFIED
    assert not held_back(item)


def _report_with_thin_items(verified: bool):
    report = extract_text(TEXT, name="quy-1.txt")
    status = ReviewStatus.VERIFIED if verified else ReviewStatus.UNCHECKED
    report.indicators.append(Indicator(label="Nghị quyết", value=17, unit="chi bộ", review=status))
    report.tasks.append(Task(text="/KH", owner="Văn phòng Đảng ủy", review=status))
    report.documents.append(DocumentRef(kind="Kế hoạch", number="/KH", review=status))
    return report


def _docx_text(path: Path) -> str:
    doc = Document(path)
    return "\n".join([p.text for p in doc.paragraphs]
                     + [c.text for t in doc.tables for row in t.rows for c in row.cells])


def _xlsx_values(path: Path) -> list[str]:
    wb = load_workbook(path)
    return [str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None]


@pytest.mark.parametrize("verified", [False, True])
def test_exports_leave_out_an_unverified_thin_item(tmp_path: Path, verified: bool) -> None:
    report = _report_with_thin_items(verified)
    day = date(2026, 3, 20)
    briefing = _docx_text(export_reports([report], "docx", "briefing", tmp_path / "b.docx", "party", ORG, day))
    conclusion = _docx_text(export_reports([report], "docx", "conclusion", tmp_path / "c.docx", "party", ORG, day))
    cells = _xlsx_values(export_reports([report], "xlsx", "tracking", tmp_path / "t.xlsx"))
    assert "Tỷ lệ che phủ rừng" in briefing and "Tỷ lệ che phủ rừng" in cells  # sound items always go
    in_briefing = ("Nghị quyết" in briefing.split("\n"), "Kế hoạch số /KH" in briefing, "- /KH" in briefing)
    in_conclusion = "/KH" in conclusion
    in_cells = ("Nghị quyết" in cells, "/KH" in cells)
    expected = verified
    assert in_briefing == (expected,) * 3, in_briefing
    assert in_conclusion == expected
    assert in_cells == (expected,) * 2, in_cells
    assert len(report.indicators) == 2 and len(report.tasks) >= 2  # the report itself keeps every item


def test_the_form_flags_a_thin_item_until_it_is_verified(qtbot) -> None:
    pytest.importorskip("PySide6")
    from PySide6.QtCore import Qt

    from desktop.ui.columns import DOCUMENT_COLUMNS, INDICATOR_COLUMNS
    from desktop.ui.item_model import ItemTableModel

    model = ItemTableModel(INDICATOR_COLUMNS)
    thin = Indicator(label="Nghị quyết", value=17, unit="chi bộ")
    sound = Indicator(label="Tỷ lệ che phủ rừng", value=58.4, unit="%")
    model.set_items([thin, sound])
    label = next(k for k, c in enumerate(model.columns) if c.attr == "label")
    value = next(k for k, c in enumerate(model.columns) if c.attr == "value")
    deco, tip = Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole
    assert model.data(model.index(0, label), deco) is not None
    assert "xác minh" in model.data(model.index(0, label), tip)
    assert model.data(model.index(0, label), Qt.ItemDataRole.DisplayRole) == "Nghị quyết"
    assert model.data(model.index(0, value), deco) is None  # the mark sits on the label only
    assert model.data(model.index(1, label), deco) is None and model.data(model.index(1, label), tip) == \
        "Tỷ lệ che phủ rừng"
    thin.review = ReviewStatus.VERIFIED
    assert model.data(model.index(0, label), deco) is None
    docs = ItemTableModel(DOCUMENT_COLUMNS)
    docs.set_items([DocumentRef(kind="Kế hoạch", number="/KH")])
    number = next(k for k, c in enumerate(docs.columns) if c.attr == "number")
    assert docs.data(docs.index(0, number), deco) is not None
