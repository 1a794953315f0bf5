"""Tệp › Tệp gần đây: the last files and folders the clerk opened, newest first, kept in the settings.

A file that is no longer where it was stays in the list greyed out (it may be on a USB stick not plugged in);
"Bỏ các tệp không còn" removes those, "Xóa danh sách" all.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu, QWidget

from desktop.ui.settings import settings

KEY = "recent/files"
MAX_RECENT = 8


def recent_paths() -> list[str]:
    value = settings().value(KEY)
    if isinstance(value, str):  # QSettings gives back a one-element list as a string
        value = [value]
    return [str(p) for p in value or [] if p]


def _save(paths: list[str]) -> None:
    settings().setValue(KEY, paths[:MAX_RECENT])


class RecentFiles(QObject):
    """The submenu, added at the end of ``file_menu`` as it is being built; ``open_paths`` opens a chosen one."""

    def __init__(self, file_menu: QMenu, open_paths: Callable[[list[str]], None], parent: QWidget) -> None:
        super().__init__(parent)
        self.open_paths = open_paths
        self.menu = file_menu.addMenu(self.tr("Tệp &gần đây"))
        self.menu.aboutToShow.connect(self.rebuild)
        self.rebuild()

    def add(self, paths: list[str]) -> None:
        """``paths`` were just opened: they go to the top (the first of them first), the oldest drop off."""
        new = [str(Path(p).resolve()) for p in paths]
        _save(new + [p for p in recent_paths() if p not in new])
        self.rebuild()

    def remove_missing(self) -> None:
        _save([p for p in recent_paths() if Path(p).exists()])
        self.rebuild()

    def clear(self) -> None:
        _save([])
        self.rebuild()

    def rebuild(self) -> None:
        self.menu.clear()
        paths = recent_paths()
        for k, path in enumerate(paths, start=1):
            p = Path(path)
            name = p.name + ("/" if p.is_dir() else "")
            action = self.menu.addAction(f"&{k} {name}" if k < 10 else name)
            action.setData(path)
            if p.exists():
                action.setToolTip(path)
                action.triggered.connect(lambda _c=False, path=path: self.open_paths([path]))
            else:
                action.setEnabled(False)
                action.setToolTip(self.tr("Không còn ở {0}").format(path))
        self.menu.setToolTipsVisible(True)
        if not paths:
            self.menu.addAction(self.tr("(Chưa mở tệp nào)")).setEnabled(False)
            return
        self.menu.addSeparator()
        missing = self.menu.addAction(self.tr("&Bỏ các tệp không còn"), self.remove_missing)
        missing.setEnabled(any(not Path(p).exists() for p in paths))
        self.menu.addAction(self.tr("&Xóa danh sách"), self.clear)
