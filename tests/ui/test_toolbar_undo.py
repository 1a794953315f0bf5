"""The toolbar's Undo button keeps its name and width whatever it undoes (the full name is in its tooltip and
in Sửa › Hoàn tác): its text grew with each command, pushing the Export button around."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QToolBar

from desktop.core.model import ReviewStatus


def test_the_toolbar_undo_button_keeps_its_width(make_window, qtbot) -> None:
    w = make_window()
    toolbar = w.findChild(QToolBar, "main-toolbar")
    button = toolbar.widgetForAction(w.undo_action)
    qtbot.waitUntil(lambda: button.isVisible(), timeout=5000)
    width = button.sizeHint().width()
    item = w.session.report.indicators[0]
    w.form.select_item(item)
    w.mark(ReviewStatus.VERIFIED)
    assert "Đánh dấu" in w.undo_action.text() and "Đánh dấu" in w.undo_action.toolTip()
    assert button.text().replace("&", "") == "Hoàn tác"
    assert button.sizeHint().width() == width
