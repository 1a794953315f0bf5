"""Issue 16, point 5 in the window: the export dialog shows who concludes and with whom, prefilled from the open
text, and the clerk's correction is what the draft conclusion says."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from desktop.core.conclusion_parties import conclusion_parties


def test_the_clerk_corrects_who_concludes_in_the_export_dialog(make_window, qtbot, tmp_path: Path) -> None:
    from desktop.ui.export_dialog import ExportDialog

    w = make_window()
    dialog = ExportDialog(w)
    qtbot.addWidget(dialog)
    form = dialog.conclusion.form
    dialog.kind.setCurrentIndex(0)  # briefing: no such fields
    assert not form.isRowVisible(dialog.conclusion.concluding) and dialog.conclusion.parties() is None
    dialog.kind.setCurrentIndex(1)  # draft conclusion
    assert form.isRowVisible(dialog.conclusion.concluding) and form.isRowVisible(dialog.conclusion.counterpart)
    expected = conclusion_parties(w.session.report)
    assert (dialog.conclusion.concluding.text(), dialog.conclusion.counterpart.text()) == \
        (expected.concluding, expected.counterpart)
    dialog.conclusion.concluding.setText("Thường trực Tỉnh ủy")
    dialog.conclusion.counterpart.setText("Đảng ủy xã Nam Sơn")
    target = tmp_path / "tb.docx"
    dialog.path.setText(str(target))
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        dialog.start()
    texts = [p.text for p in Document(target).paragraphs]
    assert "kết luận của Thường trực Tỉnh ủy tại buổi làm việc với Đảng ủy xã Nam Sơn" in texts


def test_the_clerk_corrects_the_recipients_of_a_draft_conclusion(make_window, qtbot, tmp_path: Path) -> None:
    """Nơi nhận follows the counterpart and the tasks' owners until the clerk edits it; her list is the one
    printed (a leftover of issue 16: the recipients were computed, not editable)."""
    from desktop.ui.export_dialog import ExportDialog

    w = make_window()
    dialog = ExportDialog(w)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(1)  # draft conclusion
    fields = dialog.conclusion
    assert dialog.conclusion.form.isRowVisible(fields.recipients)
    owners = {t.owner for t in w.session.report.tasks if t.owner}
    listed = fields.recipients.toPlainText().splitlines()
    assert owners and all(any(o.casefold() in x.casefold() for x in listed) for o in owners)
    fields.counterpart.setText("Đảng ủy xã Nam Sơn")
    assert "Đảng ủy xã Nam Sơn" in fields.recipients.toPlainText()  # follows the counterpart
    fields.recipients.setPlainText("Như trên,\nĐảng ủy xã Nam Sơn,\nLưu Văn phòng.")
    fields.counterpart.setText("Đảng ủy xã Bắc Sơn")
    assert "Bắc Sơn" not in fields.recipients.toPlainText()  # the clerk's list stays hers
    target = tmp_path / "tb.docx"
    dialog.path.setText(str(target))
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        dialog.start()
    doc = Document(target)
    text = "\n".join([p.text for p in doc.paragraphs] + [c.text for t in doc.tables for r in t.rows for c in r.cells])
    assert "Như trên" in text and "Lưu Văn phòng" in text
    assert not any(o in text.split("Nơi nhận")[-1] for o in owners if o not in "Đảng ủy xã Nam Sơn")
