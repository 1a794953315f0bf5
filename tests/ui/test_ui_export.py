"""Issue 16, point 11 (window side): the export dialog proposes a name made from the report in the last folder
used, remembers the profile, never replaces a file silently, and offers to open the file or its folder."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtGui import QDesktopServices

from desktop.export.filenames import default_name
from desktop.ui import export_files
from desktop.ui.export_dialog import ExportDialog
from desktop.ui.export_done import ExportDoneBox
from desktop.ui.settings import settings


@pytest.fixture
def window(make_window):
    s = settings()
    s.remove("export")
    s.sync()
    return make_window()


def _export(dialog: ExportDialog, qtbot) -> None:
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        dialog.start()


def _done_box(window) -> ExportDoneBox:
    boxes = [b for b in window.findChildren(ExportDoneBox) if b.isVisible()]
    assert len(boxes) == 1
    return boxes[0]


def test_name_from_the_report_folder_and_profile_remembered(window, qtbot, tmp_path: Path) -> None:
    dialog = ExportDialog(window)
    qtbot.addWidget(dialog)
    expected = default_name([window.session.report], "briefing", "docx")
    assert Path(dialog.path.text()).name == expected and expected.startswith("bao-cao-tom-tat-")
    assert Path(dialog.path.text()).parent == Path.home()  # nothing remembered yet
    dialog.profile.setCurrentIndex(dialog.profile.findData("state"))
    dialog.path.setText(str(tmp_path / "ra" / expected))
    _export(dialog, qtbot)
    assert (tmp_path / "ra" / expected).exists()
    _done_box(window).close()
    again = ExportDialog(window)
    qtbot.addWidget(again)
    assert Path(again.path.text()) == tmp_path / "ra" / expected
    assert again.profile.currentData() == "state"
    again.kind.setCurrentIndex(3)
    assert Path(again.path.text()).parent == tmp_path / "ra" and again.path.text().endswith(".xlsx")


@pytest.mark.parametrize("choice", ["cancel", "rename", "overwrite"])
def test_an_existing_file_is_never_replaced_without_asking(window, qtbot, tmp_path: Path, monkeypatch,
                                                            choice: str) -> None:
    asked: list[Path] = []
    monkeypatch.setattr(export_files, "ask_overwrite", lambda _parent, path: asked.append(path) or choice)
    target = tmp_path / "bao-cao.docx"
    target.write_bytes(b"old")
    dialog = ExportDialog(window)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(target))
    if choice == "cancel":
        dialog.start()
        qtbot.wait(200)
        assert dialog.result() == 0 and dialog.job is None
    else:
        _export(dialog, qtbot)
    assert asked == [target]
    assert (target.read_bytes() == b"old") == (choice != "overwrite")
    assert (tmp_path / "bao-cao (2).docx").exists() == (choice == "rename")


def test_after_export_open_the_file_or_its_folder(window, qtbot, tmp_path: Path, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile())))
    dialog = ExportDialog(window)
    qtbot.addWidget(dialog)
    target = tmp_path / "td.xlsx"
    dialog.kind.setCurrentIndex(3)
    dialog.path.setText(str(target))
    _export(dialog, qtbot)
    box = _done_box(window)
    assert [b.text() for b in (box.open_file, box.open_folder)] == ["Mở tệp", "Mở thư mục"]
    assert target.name in box.text()
    box.open_file.click()
    box = ExportDoneBox(target, window)
    box.open_folder.click()
    assert [Path(p) for p in opened] == [target, tmp_path]


def test_the_question_names_the_file_and_offers_three_answers(qtbot, tmp_path: Path) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    target = tmp_path / "a.docx"
    target.write_bytes(b"old")
    seen: list[tuple[str, list[str]]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append((box.text(), [b.text() for b in box.buttons()]))
        next(b for b in box.buttons() if b.text() == "Đổi tên").click()

    QTimer.singleShot(0, answer)
    assert export_files.resolve_target(None, target) == tmp_path / "a (2).docx"
    assert "a.docx" in seen[0][0] and "a (2).docx" in seen[0][0]
    assert sorted(seen[0][1]) == sorted(["Ghi đè", "Đổi tên", "Hủy"])
