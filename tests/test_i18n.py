"""Translations: every interface string is in the .ts file, English is complete, the .qm is current."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "i18n" / "reportdesk_en.ts"
TOOLS = Path(sys.executable).parent


def _sources(ts: str) -> set[tuple[str, str]]:
    out = set()
    for ctx in re.finditer(r"<context>\s*<name>(.*?)</name>(.*?)</context>", ts, re.S):
        for src in re.findall(r"<source>(.*?)</source>", ctx.group(2), re.S):
            out.add((ctx.group(1), src))
    return out


def test_ts_file_lists_every_string_of_the_interface(tmp_path: Path) -> None:
    lupdate = TOOLS / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate not installed")
    fresh = tmp_path / "fresh.ts"
    files = sorted(str(p) for p in (ROOT / "desktop" / "ui").glob("*.py"))
    subprocess.run([str(lupdate), *files, "-ts", str(fresh)], check=True, capture_output=True)
    assert _sources(fresh.read_text(encoding="utf-8")) == _sources(TS.read_text(encoding="utf-8")), \
        "run: pyside6-lupdate desktop/ui/*.py -ts i18n/reportdesk_en.ts -no-obsolete && python scripts/i18n_en.py"


def test_english_is_complete_and_compiled() -> None:
    ts = TS.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in ts
    qm = TS.with_suffix(".qm")
    assert qm.exists() and qm.stat().st_mtime >= TS.stat().st_mtime - 5


def test_window_in_english(qtbot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop.ui.app import install_translation
    from desktop.ui.main_window import MainWindow

    app = QApplication.instance()
    tr = install_translation(app, "en")
    try:
        assert tr is not None
        w = MainWindow(f"sqlite:///{tmp_path / 'en.sqlite3'}")
        qtbot.addWidget(w)
        titles = [a.text() for a in w.menuBar().actions()]
        assert titles[:4] == ["&File", "&Edit", "&View", "&Review"]
    finally:
        if tr is not None:
            app.removeTranslator(tr)
