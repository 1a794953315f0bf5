"""Shared fixtures. Qt runs offscreen; the dev corpus is read from ../shared (never copied)."""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never touch the clerk's real settings or library from a test; a fresh folder each run, so that nothing a run
# remembers (the last export profile and folder, recent files) changes the next one.
_TEST_HOME = Path(tempfile.mkdtemp(prefix="reportdesk-tests-"))
atexit.register(shutil.rmtree, _TEST_HOME, True)
os.environ.setdefault("XDG_CONFIG_HOME", str(_TEST_HOME / "config"))
os.environ.setdefault("REPORTDESK_HOME", str(_TEST_HOME / "data"))

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("REPORTDESK_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus" / "dev"
GOLD = SHARED / "gold" / "dev"


@pytest.fixture(autouse=True, scope="session")
def _test_office() -> None:
    """An invented issuing office in the tests' shared settings, so a window test that exports without
    settings of its own gets it instead of stopping at the organisation question (issue 16, point 4).
    Tests of "Settings empty" point REPORTDESK_HOME at a folder of their own."""
    from desktop.export.organisation import save_organisation, saved_organisation

    if not Path(os.environ["REPORTDESK_HOME"]).resolve().is_relative_to(_TEST_HOME.resolve()):
        return  # settings of someone's own: never written to
    for profile, org in invented_offices().items():
        if saved_organisation(profile) is None:
            save_organisation(profile, org)


def invented_offices():
    """An invented Party and State issuing office, for exports in tests (never the sample organisation)."""
    from desktop.export.profiles import Organisation

    return {"party": Organisation(name="ĐẢNG ỦY XÃ KIỂM THỬ", place="Kiểm Thử", code="ĐU",
                                  authority="BAN THƯỜNG VỤ", signer_position="BÍ THƯ"),
            "state": Organisation(name="ỦY BAN NHÂN DÂN XÃ KIỂM THỬ", place="Kiểm Thử", code="UBND",
                                  authority="ỦY BAN NHÂN DÂN", signer_position="CHỦ TỊCH")}


def dev_files() -> list[Path]:
    if not CORPUS.is_dir():
        return []
    return sorted(p for p in CORPUS.iterdir() if p.suffix.lower() in (".txt", ".docx", ".html", ".htm"))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the repository")
    return SHARED


@pytest.fixture(scope="session")
def dev_reports():
    """Every dev text extracted once: {stem: (path, Report)}."""
    from desktop.core.extract import extract_file

    if not dev_files():
        pytest.skip("dev corpus not available")
    return {p.stem: (p, extract_file(p)) for p in dev_files()}


@pytest.fixture
def make_window(tmp_path: Path, qtbot):
    """A factory of main windows on a fresh library in ``tmp_path`` (the first-run samples imported), each
    tracked by qtbot and closed after the test."""

    def make(name: str = "win.sqlite3"):
        from desktop.ui.main_window import MainWindow

        w = MainWindow(f"sqlite:///{tmp_path / name}")
        qtbot.addWidget(w)
        w.show()
        assert w.load_library()
        qtbot.waitUntil(lambda: not w.importing and w.session is not None, timeout=20000)
        return w

    return make


@pytest.fixture(autouse=True)
def _no_unexpected_message_box(monkeypatch: pytest.MonkeyPatch) -> None:
    """A message box no test expected fails the test instead of waiting for a click forever (offscreen, no one
    clicks). Tests that expect one replace ``warn``/``info`` where they are called."""
    try:
        import desktop.ui.dialogs as dialogs
    except ImportError:  # (no Qt here)
        return

    def box(_parent, _icon, title: str, text: str) -> None:
        raise AssertionError(f"a message box the test did not expect: {title}: {text}")

    monkeypatch.setattr(dialogs, "_box", box)


@pytest.fixture(autouse=True)
def _undo_steps_dropped_in_qt() -> Iterator[None]:
    """After a test, the undo steps of every window it left (closed by qtbot, not deleted) go in Qt, as the app
    drops them when a window closes (``ui/undo.py``): left to the garbage collector at the end of the run, a step
    freed before its stack crashes the process. Sessions a test makes without a window are closed by the test."""
    yield
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from desktop.ui.undo import drop_steps

    if QApplication.instance() is None:
        return
    for widget in QApplication.topLevelWidgets():
        for stack in widget.findChildren(QUndoStack):
            drop_steps(stack)


# The storage tests run on both engines: SQLite files and, when REPORTDESK_TEST_PG names one, a PostgreSQL server.
ENGINES = ["sqlite", "postgresql"]


def empty_library_url(engine: str, tmp_path: Path, name: str = "lib.sqlite3") -> str:
    """Where an empty library is on ``engine``: a new file in ``tmp_path``, or the test PostgreSQL database with
    everything dropped. Without a server the test is skipped, or failed when REPORTDESK_REQUIRE_PG says the
    PostgreSQL tests must run (as in CI)."""
    if engine != "postgresql":
        return f"sqlite:///{tmp_path / name}"
    url = os.environ.get("REPORTDESK_TEST_PG")
    if not url:
        if os.environ.get("REPORTDESK_REQUIRE_PG"):
            pytest.fail("REPORTDESK_TEST_PG is not set but PostgreSQL tests are required")
        pytest.skip("no PostgreSQL server (set REPORTDESK_TEST_PG)")
    from sqlalchemy import text

    from desktop.store.db import open_database

    db = open_database(url, migrate=False)
    with db.engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    db.close()
    return url
