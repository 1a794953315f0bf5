"""The window stores a review status as its code and shows its label, in Vietnamese or in English
(issue 18, point 5)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from desktop.core.model import ReviewStatus
from desktop.ui.app import install_translation
from desktop.ui.history_dialog import HistoryDialog


def _stored(w, item_id: int) -> str:
    with w.library.db.engine.connect() as conn:
        return conn.execute(text("SELECT review_status FROM items WHERE id = :i"), {"i": item_id}).scalar_one()


def test_the_window_stores_the_code_and_shows_the_label_in_either_language(make_window) -> None:
    w = make_window()
    kind = next(k for k, m in w.session.models.items() if len(m.items) >= 2)
    model = w.session.models[kind]
    col = next(k for k, c in enumerate(model.columns) if c.attr == "review")
    first, second = model.items[:2]
    for item, status in ((first, ReviewStatus.VERIFIED), (second, ReviewStatus.NEEDS_FIX)):
        w.form.select_item(item)
        w.mark(status)
    assert (_stored(w, first.id), _stored(w, second.id)) == ("verified", "needs_fix")

    def shown() -> list[str]:
        return [model.index(r, col).data() for r in range(2)]

    def history() -> list[str]:
        return HistoryDialog("", w.library.history(second.id)).rows()[-1][4:]

    assert shown() == ["đã xác minh", "cần sửa"] and history() == ["chưa kiểm tra", "cần sửa"]
    app = QApplication.instance()
    tr = install_translation(app, "en")
    assert tr is not None
    try:
        assert shown() == ["verified", "needs fixing"] and history() == ["unreviewed", "needs fixing"]
    finally:
        app.removeTranslator(tr)
    assert shown() == ["đã xác minh", "cần sửa"]



def test_a_refused_status_change_names_the_status_by_its_label(tmp_path: Path, qtbot) -> None:
    from desktop.core.extract import extract_text
    from desktop.store.db import open_database
    from desktop.store.library import Library
    from desktop.ui.session import ReportSession
    from tests.store.test_store import SAMPLE

    mine = Library(open_database(f"sqlite:///{tmp_path / 'lib.sqlite3'}"))
    rid, _ = mine.add_report(extract_text(SAMPLE, name="tan-my.txt"))
    session = ReportSession(mine.get_report(rid), mine)
    messages: list[str] = []
    session.saveFailed.connect(messages.append)
    item = session.report.tasks[0]
    other = Library(mine.db)  # another clerk rejects the item first
    other.update_item(item.id, {"review": ReviewStatus.REJECTED}, item.version, who="B")
    session.apply(item, {"review": ReviewStatus.NEEDS_FIX})
    [message] = messages
    assert message.endswith(": cần sửa") and "needs_fix" not in message
    assert item.review is ReviewStatus.REJECTED  # the other clerk's status, as a status
    mine.db.close()
