"""Size limits outside the core (issue 18, point 2): the limits of the core (tests/test_code_size.py) hold for
``desktop/store``, ``desktop/ui`` and the top-level modules too — every module at most 400 lines, every function
at most 60. The migrations are excepted: each is a frozen record of one schema change, never edited once
released."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ROOT
from tests.test_code_size import _violations

STORE = ROOT / "desktop" / "store"
MIGRATIONS = STORE / "migrations" / "versions"


UI = ROOT / "desktop" / "ui"


def _store_modules() -> list[Path]:
    return sorted(p for p in STORE.rglob("*.py") if not p.is_relative_to(MIGRATIONS))


def test_store_modules_and_functions_are_within_the_limits() -> None:
    over = [v for path in _store_modules() for v in _violations(path)]
    assert not over, "over the size limits:\n" + "\n".join(over)


def test_ui_and_top_level_modules_and_functions_are_within_the_limits() -> None:
    paths = sorted(UI.rglob("*.py")) + sorted((ROOT / "desktop").glob("*.py"))
    assert UI / "main_window.py" in paths
    over = [v for path in paths for v in _violations(path)]
    assert not over, "over the size limits:\n" + "\n".join(over)


def test_the_library_facade_and_its_modules_are_checked() -> None:
    names = {p.relative_to(STORE).as_posix() for p in _store_modules()}
    assert {"library.py", "report_add.py", "item_edit.py", "report_read.py"} <= names, sorted(names)
