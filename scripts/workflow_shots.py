"""A screenshot pass of the whole workflow, on the real window (run under Xvfb):

    xvfb-run -a -s "-screen 0 1440x900x24" python scripts/workflow_shots.py OUT_DIR [TEXT ...]

In a fresh data and settings folder (nothing of the clerk's own is touched): the first start imports the
shipped samples, then TEXT files are imported through the import dialog; items are reviewed with the
keyboard (F8, Ctrl+Enter), a detail is edited in the Chung tab, a finding is dismissed with a note, a Word
briefing is exported (the organisation question of the first export is answered with an invented office),
the window is closed and opened again, and what was done is checked. One PNG per step in OUT_DIR.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
_HOME = Path(tempfile.mkdtemp(prefix="reportdesk-shots-"))
os.environ["REPORTDESK_HOME"] = str(_HOME / "data")  # before any desktop import reads it
os.environ["XDG_CONFIG_HOME"] = str(_HOME / "config")

from PySide6.QtCore import QLocale, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox  # noqa: E402
from qt_wait import pump, wait_until  # noqa: E402

# an invented office: never the sample organisation
OFFICE = {"name": "HUYỆN ỦY VÂN KHÊ", "parent": "ĐẢNG BỘ TỈNH LAM HÀ", "place": "Vân Khê", "code": "HU",
          "signer_position": "PHÓ BÍ THƯ", "signer_name": "Đỗ Minh Châu",
          "collective_name": "Ban Thường vụ Huyện ủy", "archive": "Lưu Văn phòng Huyện ủy"}
OFFICE_AUTHORITY = "BAN THƯỜNG VỤ"
OFFICE_RECIPIENTS = "Thường trực Tỉnh ủy (b/c)\nCác đồng chí Huyện ủy viên"
NOTE = "Đã đối chiếu với bản gốc: số liệu đúng như văn bản."
CHAIR = "Đồng chí Lê Văn Thành, Bí thư Huyện ủy"


class Pass:
    def __init__(self, out: Path) -> None:
        self.out = out
        self.app = QApplication.instance()
        self.n = 0
        self.notes: list[str] = []

    def pump(self, seconds: float = 0.4) -> None:
        pump(seconds)

    def wait(self, cond: Callable[[], bool], seconds: float = 30) -> bool:
        return wait_until(cond, seconds)

    def shot(self, name: str, widget=None) -> Path:
        """The whole screen (a dialog over the window, as the clerk sees it), or one widget."""
        self.pump(0.3)
        self.n += 1
        path = self.out / f"{self.n:02d}-{name}.png"
        pix = widget.grab() if widget is not None else QGuiApplication.primaryScreen().grabWindow(0)
        pix.save(str(path))
        print(path)
        return path

    def later(self, fn: Callable[[], None], ms: int = 600) -> None:
        QTimer.singleShot(ms, fn)

    def check(self, ok: bool, what: str) -> None:
        self.notes.append(("ok   " if ok else "FAIL ") + what)


def new_window(p: Pass):
    from desktop.ui.main_window import MainWindow

    w = MainWindow(None)
    w.move(0, 0)
    w.resize(1440, 860)
    w.show()
    w.load_library()
    p.wait(lambda: not w.importing)
    p.pump(0.6)
    return w


def review(p: Pass, w) -> None:
    w.form.setCurrentIndex(1)
    w.activateWindow()  # (no window manager under Xvfb: the window is activated by hand)
    if not p.wait(w.isActiveWindow, 3):
        QApplication.setActiveWindow(w)
    QTest.keyClick(w, Qt.Key.Key_F8)
    for _ in range(3):
        p.pump(0.2)
        QTest.keyClick(w, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    p.pump(0.3)


def edit_chair(p: Pass, w) -> None:
    w.form.setCurrentIndex(0)
    p.pump(0.2)
    from PySide6.QtWidgets import QLineEdit

    edit = w.form.findChild(QLineEdit, "detail-meeting_chair")
    edit.setFocus()
    edit.selectAll()
    edit.insert(CHAIR)
    QTest.keyClick(edit, Qt.Key.Key_Tab)  # leaving the field saves it


def dismiss_first_finding(p: Pass, w) -> str | None:
    form = w.form
    form.setCurrentIndex(form.count() - 1)
    p.pump(0.2)
    if form.findings_proxy.rowCount() == 0:
        return None
    message = form.findings_proxy.finding(0).message

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QInputDialog):
            dialog.setTextValue(NOTE)
            p.shot("dismiss-note")
            dialog.accept()

    p.later(answer)
    index = form.findings_proxy.index(0, 0)
    form.findings_proxy.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    return message


def export(p: Pass, w, target: Path) -> Path | None:
    from desktop.ui.export_dialog import ExportDialog
    from desktop.ui.export_done import ExportDoneBox
    from desktop.ui.organisation_dialog import OrganisationDialog

    dialog = ExportDialog(w)
    dialog.path.setText(str(target / Path(dialog.path.text()).name))
    dialog.show()
    p.pump(0.4)
    p.shot("export-dialog")

    def answer() -> None:
        org = QApplication.activeModalWidget()
        if not isinstance(org, OrganisationDialog):
            return
        p.shot("organisation-question-empty")
        for attr, value in OFFICE.items():
            org.edits[attr].setText(value)
        org.authority.setText(OFFICE_AUTHORITY)
        org.recipients.setPlainText(OFFICE_RECIPIENTS)
        p.shot("organisation-question")
        org.accept()

    p.later(answer)
    dialog.start()
    done = p.wait(lambda: isinstance(QApplication.activeModalWidget(), ExportDoneBox)
                  or any(isinstance(x, ExportDoneBox) and x.isVisible() for x in QApplication.topLevelWidgets()))
    p.pump(0.4)
    p.shot("export-done")
    for box in QApplication.topLevelWidgets():
        if isinstance(box, (ExportDoneBox, QMessageBox)) and box.isVisible():
            box.done(0)
    if isinstance(dialog, QDialog) and dialog.isVisible():
        dialog.reject()
    files = sorted(target.glob("*.docx"))
    return files[0] if done and files else None


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "shots")
    out.mkdir(parents=True, exist_ok=True)
    texts = [str(Path(a).resolve()) for a in sys.argv[2:]]
    app = QApplication(sys.argv[:1])
    app.setApplicationName("ReportDesk")
    app.setOrganizationName("ReportDesk")
    from desktop.ui.qt_strings import install_qt_strings

    install_qt_strings(app, "vi")
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese))
    p = Pass(out)
    w = new_window(p)
    p.shot("first-start-samples", w)
    if texts:
        p.later(lambda: p.shot("import-progress"), 0)
        w.import_paths(texts)
        p.wait(lambda: not w.importing, 60)
        p.pump(0.8)
        p.shot("imported", w)
    rid = w.session.report.id
    review(p, w)
    verified = w.session.progress()[0]
    p.shot("reviewed-with-keyboard", w)
    edit_chair(p, w)
    p.pump(0.3)
    p.shot("details-edited", w)
    dismissed = dismiss_first_finding(p, w)
    p.pump(0.3)
    p.shot("finding-dismissed", w)
    target = Path(tempfile.mkdtemp(prefix="exports-", dir=_HOME))
    docx = export(p, w, target)
    p.check(docx is not None, f"exported {docx}")
    w.close()
    p.pump(0.5)
    w.deleteLater()
    p.pump(0.3)
    w2 = new_window(p)
    w2.library_panel.reload(select=rid)  # as the clerk picks it in the library
    w2.open_report(rid)
    p.wait(lambda: w2.session is not None and w2.session.report.id == rid, 10)
    p.pump(0.5)
    w2.form.setCurrentIndex(0)
    p.shot("reopened-details", w2)
    w2.form.setCurrentIndex(w2.form.count() - 1)
    p.shot("reopened-findings", w2)
    report = w2.session.report
    p.check(w2.session.progress()[0] == verified and verified > 0,
            f"verified items kept: {w2.session.progress()[0]} (were {verified})")
    p.check(report.meeting is not None and report.meeting.chair == CHAIR, f"chair kept: {report.meeting}")
    p.check(dismissed is None or any(n == NOTE for n in report.dismissed.values()),
            f"dismissed finding kept: {dismissed!r} -> {list(report.dismissed.values())}")
    w2.close()
    print("\n".join(p.notes))
    print(f"data: {_HOME}")
    return 0 if all(n.startswith("ok") for n in p.notes) else 1


if __name__ == "__main__":
    sys.exit(main())
