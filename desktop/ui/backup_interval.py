"""The Settings field for automatic backups: minutes between two backups of a changed library."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QSpinBox, QWidget

from desktop.ui.settings import settings

DEFAULT_MINUTES = 10
SETTING = "backup/minutes"


def interval_minutes() -> int:
    try:
        value = int(str(settings().value(SETTING, DEFAULT_MINUTES)))
    except (TypeError, ValueError):
        value = DEFAULT_MINUTES
    return min(max(value, 1), 24 * 60)


def interval_box(parent: QWidget | None = None) -> QSpinBox:
    """The Settings field: minutes between automatic backups (saved by :func:`save_interval`)."""
    box = QSpinBox(parent)
    box.setRange(1, 24 * 60)
    box.setSuffix(QCoreApplication.translate("AutoBackup", " phút"))
    box.setValue(interval_minutes())
    return box


def save_interval(box: QSpinBox) -> None:
    settings().setValue(SETTING, box.value())
