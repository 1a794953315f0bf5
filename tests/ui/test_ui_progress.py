"""Progress for one large file and a window that keeps answering while a large report opens (issue 16,
point 13). The large text is invented: the built-in fictional samples repeated with other numbers, made here."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import QTimer

from desktop.samples import large_sample_text
from desktop.store.db import open_database
from desktop.store.importer import import_paths
from desktop.store.library import Library


def _big_file(tmp_path: Path, size: int = 3_000_000) -> Path:
    path = tmp_path / "bao-cao-lon.txt"
    path.write_text(large_sample_text(size), encoding="utf-8")
    return path


def _stages(monkeypatch: pytest.MonkeyPatch, w) -> list[tuple[str, bool, str]]:
    """What the import dialog showed as each step of a file began: (step, visible, its label)."""
    from desktop.ui.import_flow import ImportFlow

    seen: list[tuple[str, bool, str]] = []
    real = ImportFlow._progress

    def progress(self, what: str, *args) -> None:
        real(self, what, *args)
        dialog = w.imports.dialog
        if what == "stage":
            seen.append((str(args[0]), dialog is not None and dialog.isVisible(),
                         dialog.labelText() if dialog else ""))

    monkeypatch.setattr(ImportFlow, "_progress", progress)
    return seen


def test_a_large_import_shows_its_steps_from_the_start(make_window, tmp_path: Path, qtbot,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    w = make_window()
    seen = _stages(monkeypatch, w)
    path = _big_file(tmp_path)
    w.import_paths([str(path)])
    qtbot.waitUntil(lambda: not w.importing, timeout=120000)
    assert [s for s, _v, _t in seen] == ["reading", "extracting", "saving"]
    extracting = next(x for x in seen if x[0] == "extracting")
    assert extracting[1], "the progress dialog is shown while the one file is read"
    assert "Đang trích xuất" in extracting[2] and path.name in extracting[2]
    assert w.session is not None and w.session.report.source == path.name  # then it opened


def test_a_large_import_can_be_stopped_before_it_is_saved(make_window, tmp_path: Path, qtbot,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import desktop.store.importer as importer

    w = make_window()
    seen = _stages(monkeypatch, w)
    stopped = threading.Event()
    real = importer.extract

    def extract(source, **kw):  # the file is still being read when the clerk presses Dừng
        stopped.wait(30)
        return real(source, **kw)

    monkeypatch.setattr(importer, "extract", extract)
    before = w.library.count()
    w.import_paths([str(_big_file(tmp_path, 300_000))])
    qtbot.waitUntil(lambda: any(s == "extracting" for s, _v, _t in seen), timeout=60000)
    w.imports.dialog.canceled.emit()  # what the Dừng button does
    stopped.set()
    qtbot.waitUntil(lambda: not w.importing, timeout=60000)
    assert w.library.count() == before  # nothing of the file stored
    assert [s for s, _v, _t in seen] == ["reading", "extracting"]


def test_opening_a_large_report_keeps_the_window_answering(make_window, tmp_path: Path, qtbot,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    w = make_window()
    lib = Library(open_database(w.db_url))
    [res] = import_paths(lib, [_big_file(tmp_path, 1_000_000)])
    lib.db.close()
    real = Library.get_report
    ui = threading.get_ident()

    def slow(self, report_id: int):  # (a slower disk or a busier machine: the load takes a second at least)
        if threading.get_ident() != ui:
            time.sleep(1.0)
        return real(self, report_id)

    monkeypatch.setattr(Library, "get_report", slow)
    ticks: list[bool] = []  # at each turn of the event loop: is the busy indicator shown?
    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(lambda: ticks.append(w.loader.bar.isVisible()))
    timer.start()
    w.open_report(res.report_id)
    timer.stop()
    assert w.session is not None and w.session.report.id == res.report_id
    assert ticks and any(ticks), "the event loop ran while the report loaded, with the indicator shown"
    assert not w.loader.bar.isVisible()
