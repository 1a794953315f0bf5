"""Whole-number settings of the Settings dialog: each kept under its key, read within its bounds (a value written
by hand into the settings file falls back to the default), shown as a spin box with its unit."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QSpinBox, QWidget

from desktop.core.register import SOON_DAYS as SOON_DAYS_DEFAULT
from desktop.ui.noop import QT_TRANSLATE_NOOP
from desktop.ui.settings import settings


@dataclass(frozen=True)
class IntSetting:
    key: str
    default: int
    low: int
    high: int
    suffix: str  # the unit after the number (translated in context "NumberSettings")

    def value(self) -> int:
        try:
            value = int(str(settings().value(self.key, self.default)))
        except (TypeError, ValueError):
            value = self.default
        return min(max(value, self.low), self.high)

    def box(self, parent: QWidget | None = None) -> QSpinBox:
        """The Settings field, showing the value now (saved by :meth:`save`)."""
        box = QSpinBox(parent)
        box.setRange(self.low, self.high)
        box.setSuffix(QCoreApplication.translate("NumberSettings", self.suffix))
        box.setValue(self.value())
        return box

    def save(self, box: QSpinBox) -> None:
        settings().setValue(self.key, box.value())


# minutes between two automatic backups of a changed library
BACKUP_MINUTES = IntSetting("backup/minutes", 10, 1, 24 * 60, QT_TRANSLATE_NOOP("NumberSettings", " phút"))
# a task is "sắp đến hạn" within this many days of its due date
SOON_DAYS = IntSetting("register/soon_days", SOON_DAYS_DEFAULT, 0, 90, QT_TRANSLATE_NOOP("NumberSettings", " ngày"))
