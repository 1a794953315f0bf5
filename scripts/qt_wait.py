"""Letting a real window work in the screenshot scripts: Qt's events processed for a while, or until something
is done (a background load, an import)."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtWidgets import QApplication


def pump(seconds: float = 0.4) -> None:
    """Process events for ``seconds`` (repaints, queued signals, the results of background work)."""
    app = QApplication.instance()
    end = time.time() + seconds
    while time.time() < end:
        app.processEvents()
        time.sleep(0.02)


def wait_until(done: Callable[[], bool], seconds: float = 30) -> bool:
    """Process events until ``done()`` (False: it was not, after ``seconds``)."""
    app = QApplication.instance()
    end = time.time() + seconds
    while time.time() < end:
        if done():
            return True
        app.processEvents()
        time.sleep(0.02)
    return done()
