"""Where an export goes: the last folder and profile remembered (QSettings), a default name from the report
(:mod:`desktop.export.filenames`), and a question before an existing file is replaced."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from desktop.export.save import free_name
from desktop.ui.settings import settings

FOLDER_KEY = "export/folder"
PROFILE_KEY = "export/profile"


def last_folder() -> Path:
    value = settings().value(FOLDER_KEY)
    folder = Path(str(value)) if value else None
    return folder if folder is not None and folder.is_dir() else Path.home()


def last_profile() -> str | None:
    value = settings().value(PROFILE_KEY)
    return str(value) if value else None


def remember(path: str | Path, profile: str) -> None:
    s = settings()
    s.setValue(FOLDER_KEY, str(Path(path).parent))
    s.setValue(PROFILE_KEY, profile)
    s.sync()


def ask_overwrite(parent: QWidget | None, path: Path) -> str:
    """``overwrite``, ``rename`` (a free name beside it) or ``cancel``."""
    text = QCoreApplication.translate("ExportFiles", "Tệp “{0}” đã có. Ghi đè, lưu với tên “{1}”, hay hủy?")
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("ExportFiles", "Tệp đã có"),
                      text.format(path.name, free_name(path).name), QMessageBox.StandardButton.NoButton, parent)
    over = box.addButton(QCoreApplication.translate("ExportFiles", "Ghi đè"), QMessageBox.ButtonRole.DestructiveRole)
    rename = box.addButton(QCoreApplication.translate("ExportFiles", "Đổi tên"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QCoreApplication.translate("ExportFiles", "Hủy"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(rename)
    box.setEscapeButton(cancel)
    box.exec()
    choices: dict[QAbstractButton | None, str] = {over: "overwrite", rename: "rename"}
    return choices.get(box.clickedButton(), "cancel")


def resolve_target(parent: QWidget | None, path: Path) -> Path | None:
    """The path to write: itself when free, else what the clerk chooses (``None``: cancelled). Never replaces a
    file silently."""
    if not path.exists():
        return path
    choice = ask_overwrite(parent, path)
    if choice == "overwrite":
        return path
    return free_name(path) if choice == "rename" else None


def suggested_name(dialog, kind: str, fmt: str) -> str:
    """The default name for the export dialog's current choice: the open report, or the reports listed in the
    library (counted and dated from the library's list, without loading them)."""
    import datetime

    from desktop.export.filenames import default_name, several_name
    from desktop.ui.library_panel import REPORT_ID

    w = dialog.main_window
    if dialog.scope.currentData() == "current":
        return default_name([w.session.report], kind, fmt) if w.session is not None else several_name(kind, fmt, 0,
                                                                                                         None)
    model = w.library_panel.model
    ids = {model.item(g).child(k).data(REPORT_ID) for g in range(model.rowCount())
           for k in range(model.item(g).rowCount())} - {None}
    if len(ids) == 1 and w.library is not None:
        return default_name([w.library.get_report(int(next(iter(ids))))], kind, fmt)
    days = [s.day for s in (w.library.list_reports() if w.library is not None else []) if s.id in ids and s.day]
    newest = datetime.date.fromisoformat(max(days)[:10]) if days else None
    return several_name(kind, fmt, len(ids), newest)
