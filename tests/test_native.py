"""The mypyc-compiled core (setup.py, desktop/core/native.py): used only when it is complete and
newer than its sources, and it extracts exactly what the pure-Python core extracts. Only the bundle is
compiled (tests/test_packaging.py; its smoke build compares the bundle's extraction with the sources')."""

from __future__ import annotations

import importlib.machinery
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core import native
from tests.conftest import ROOT, dev_files

SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]


def _tree(tmp_path: Path, with_extensions: bool = True) -> Path:
    """A source tree with every compiled module and, if asked, extensions written after them."""
    (tmp_path / "pyproject.toml").write_text("", encoding="utf-8")
    for name in native.COMPILED:
        py = tmp_path / (name.replace(".", "/") + ".py")
        py.parent.mkdir(parents=True, exist_ok=True)
        py.write_text("x = 1\n", encoding="utf-8")
        os.utime(py, (1_000_000, 1_000_000))
    if with_extensions:
        for name in (*native.COMPILED, native.GROUP + "__mypyc"):
            ext = tmp_path / (name.replace(".", "/") + SUFFIX)
            ext.write_bytes(b"")
            os.utime(ext, (2_000_000, 2_000_000))
    return tmp_path


def test_a_complete_build_newer_than_its_sources_is_used(tmp_path: Path) -> None:
    assert native.why_not_compiled(_tree(tmp_path)) is None


def test_no_build_means_pure_python(tmp_path: Path) -> None:
    assert native.why_not_compiled(_tree(tmp_path, with_extensions=False)) == "not compiled"


def test_a_source_edited_after_the_build_sends_every_module_back_to_the_sources(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    edited = root / "desktop/core/extract/counts.py"
    os.utime(edited, (3_000_000, 3_000_000))
    assert "counts.py is newer" in (native.why_not_compiled(root) or "")


def test_an_install_from_a_wheel_is_not_checked_for_edits(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    (root / "pyproject.toml").unlink()
    os.utime(root / "desktop/core/extract/counts.py", (3_000_000, 3_000_000))  # written after its extension
    assert native.why_not_compiled(root) is None


def test_an_incomplete_build_is_not_used(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    (root / ("desktop/core/_native__mypyc" + SUFFIX)).unlink()
    assert native.why_not_compiled(root) == "the compiled build is incomplete"


def test_pure_setting_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REPORTDESK_PURE", "1")
    assert native.why_not_compiled(_tree(tmp_path)) == "REPORTDESK_PURE is set"


_DUMP = """
import json, sys
from desktop.core.extract import extract_file
from desktop.core.native import status
from desktop.core.serialize import report_to_dict
print(json.dumps({"status": status(), "reports": [report_to_dict(extract_file(p)) for p in sys.argv[1:]]},
                 ensure_ascii=False, sort_keys=True))
"""


def _dump(files: list[Path], pure: bool) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "REPORTDESK_PURE"}
    if pure:
        env["REPORTDESK_PURE"] = "1"
    out = subprocess.run([sys.executable, "-c", _DUMP, *map(str, files)], capture_output=True, text=True,
                         encoding="utf-8", env=env, cwd=ROOT, timeout=300, check=True)
    return json.loads(out.stdout)


@pytest.mark.skipif(native.why_not_compiled() is not None,
                    reason="no compiled core in this install (pure Python is the default; "
                           "packaging/build.py --smoke compares the bundle's extraction with the sources')")
def test_compiled_and_pure_cores_extract_the_same() -> None:
    files = dev_files() + sorted((ROOT / "resources" / "samples").glob("*.txt"))
    pure, default = _dump(files, pure=True), _dump(files, pure=False)
    assert pure["status"].startswith("pure Python")
    # A complete, fresh build is here: the default run must use it, or the comparison is pure against pure.
    assert default["status"] == "compiled (mypyc)"
    assert len(pure["reports"]) == len(files) and all(r["indicators"] or r["tasks"] for r in pure["reports"])
    for f, a, b in zip(files, pure["reports"], default["reports"], strict=True):
        assert a == b, f"{f.name}: the {default['status']} core extracts something else"
