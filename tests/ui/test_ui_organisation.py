"""Issue 16, point 4, in the window: the first Word export with no organisation for its profile asks for it
(nothing fictional prefilled), saves it in Settings and exports with it; later exports do not ask again."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from docx import Document
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

STATE = {"name": "ỦY BAN NHÂN DÂN XÃ NẬM CHÀ", "place": "Nậm Chà", "code": "UBND", "signer_position": "CHỦ TỊCH",
         "signer_name": "Vàng A Páo"}
SAMPLE_WORDS = ("tân lập", "hòa lâm", "tân mỹ", "huyện ủy viên", "ubnd huyện (b/c)")


def _answer_the_organisation_dialog(asked: list[dict], tries: int = 200) -> None:
    """Play the clerk: when the organisation dialog is up, note what it shows, type the office, save."""
    dialog = QApplication.activeModalWidget()
    if type(dialog).__name__ != "OrganisationDialog":
        if tries:
            QTimer.singleShot(25, lambda: _answer_the_organisation_dialog(asked, tries - 1))
        return
    try:
        asked.append({"profile": dialog.profile, "prefilled": [e.text() for e in dialog.edits.values()]
                      + [dialog.authority.text(), dialog.recipients.toPlainText()]})
        for attr, value in STATE.items():
            dialog.edits[attr].setText(value)
        dialog.authority.setText("ỦY BAN NHÂN DÂN")
        dialog.recipients.setPlainText("Các thôn\nUBND tỉnh (b/c)")
        dialog.accept()
    finally:
        if dialog.isVisible():
            dialog.reject()  # never leave a test hanging on a modal dialog


def _export(window, qtbot, target: Path, profile: str, asked: list[dict]) -> None:
    from desktop.ui.export_dialog import ExportDialog

    dialog = ExportDialog(window)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(0)  # Báo cáo tóm tắt (Word)
    dialog.profile.setCurrentIndex(dialog.profile.findData(profile))
    dialog.path.setText(str(target))
    QTimer.singleShot(0, lambda: _answer_the_organisation_dialog(asked))
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        dialog.start()


def test_first_export_asks_for_the_organisation_then_exports_with_it(make_window, qtbot, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REPORTDESK_HOME", str(tmp_path / "home"))  # Settings empty
    window = make_window()
    asked: list[dict] = []
    first = tmp_path / "lan-dau.docx"
    _export(window, qtbot, first, "state", asked)
    assert [a["profile"] for a in asked] == ["state"], "the first export did not ask for the organisation"
    assert not any(asked[0]["prefilled"]), asked[0]["prefilled"]  # nothing fictional offered
    doc = Document(first)
    head = "\n".join(c.text for t in (doc.tables[0], doc.tables[-1]) for row in t.rows for c in row.cells)
    assert "ỦY BAN NHÂN DÂN XÃ NẬM CHÀ" in head and "TM. ỦY BAN NHÂN DÂN" in head and "Vàng A Páo" in head
    assert "Nậm Chà, ngày" in head and "- Các thôn;" in head
    assert not [w for w in SAMPLE_WORDS if w in head.lower()]
    assert "ĐẢNG" not in head and "BÍ THƯ" not in head
    from desktop.settings import load_organisation_record

    assert load_organisation_record("state")["name"] == STATE["name"]  # saved for the next time
    assert load_organisation_record("party") is None  # the Party record is another one
    second = tmp_path / "lan-hai.docx"
    _export(window, qtbot, second, "state", asked)
    assert len(asked) == 1 and second.exists()  # not asked again


def test_the_dialog_refuses_a_party_signer_for_a_state_organisation(qtbot, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REPORTDESK_HOME", str(tmp_path / "home"))
    from desktop.settings import load_organisation_record
    from desktop.ui.organisation_dialog import OrganisationDialog

    dialog = OrganisationDialog("state")
    qtbot.addWidget(dialog)
    for attr, value in STATE.items():
        dialog.edits[attr].setText(value)
    dialog.edits["signer_position"].setText("PHÓ BÍ THƯ")
    dialog.authority.setText("ỦY BAN NHÂN DÂN")
    dialog.accept()
    assert "PHÓ BÍ THƯ" in dialog.error.text() and load_organisation_record("state") is None
    dialog.edits["signer_position"].setText("")
    dialog.accept()
    assert "chức vụ người ký" in dialog.error.text() and load_organisation_record("state") is None
