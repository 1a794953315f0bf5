"""The Settings field for the follow-up register: how many days before its due date a task counts as due soon
("sắp đến hạn"; 7 by default)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QSpinBox, QWidget

from desktop.core.register import SOON_DAYS
from desktop.ui.settings import settings

SETTING = "register/soon_days"


def soon_days() -> int:
    try:
        value = int(str(settings().value(SETTING, SOON_DAYS)))
    except (TypeError, ValueError):
        value = SOON_DAYS
    return min(max(value, 0), 90)


def soon_days_box(parent: QWidget | None = None) -> QSpinBox:
    """The Settings field (saved by :func:`save_soon_days`)."""
    box = QSpinBox(parent)
    box.setRange(0, 90)
    box.setSuffix(QCoreApplication.translate("RegisterSettings", " ngày"))
    box.setValue(soon_days())
    return box


def save_soon_days(box: QSpinBox) -> None:
    settings().setValue(SETTING, box.value())
