"""Window layout in QSettings; the clerk's settings themselves live in :mod:`desktop.settings`."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from desktop.settings import OrgDefaults, load_defaults, save_defaults

__all__ = ["OrgDefaults", "load_defaults", "save_defaults", "settings"]


def settings() -> QSettings:
    return QSettings("ReportDesk", "ReportDesk")
