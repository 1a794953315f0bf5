"""An install is pure Python; only the bundle (packaging/build.py) compiles the core, and its build fails when the
bundle's core is not the compiled one. CI's smoke build (.ci/run) runs that check on a real bundle; here it runs
on bundle trees laid out as PyInstaller lays them out (``_internal/desktop/core/…``)."""

from __future__ import annotations

import importlib.util
import runpy
import sys
import tomllib
import types
from pathlib import Path
from typing import Any

import pytest

from desktop.core import native
from tests.conftest import ROOT


def _build_script() -> types.ModuleType:
    spec = importlib.util.spec_from_file_location("reportdesk_packaging_build", ROOT / "packaging" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _bundle(tmp_path: Path, suffix: str = ".cpython-311-x86_64-linux-gnu.so", leave_out: str = "") -> Path:
    """A one-folder bundle: the programs, the pure modules' archive, and an extension for each compiled module."""
    bundle = tmp_path / "ReportDesk"
    internal = bundle / "_internal"
    internal.mkdir(parents=True)
    (bundle / "reportdesk-cli").write_bytes(b"")
    (internal / "base_library.zip").write_bytes(b"")
    (internal / "libpython3.11.so.1.0").write_bytes(b"")
    (internal / "PySide6").mkdir()
    (internal / "PySide6" / ("QtCore.abi3." + suffix.rsplit(".", 1)[-1])).write_bytes(b"")  # not the core
    for name in (native.GROUP + "__mypyc", *native.COMPILED):
        if name != leave_out:
            path = internal / (name.replace(".", "/") + suffix)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(b"")
    return bundle


def test_a_bundle_with_the_compiled_core_passes(tmp_path: Path) -> None:
    assert _build_script().missing_compiled(_bundle(tmp_path)) == []


def test_a_windows_bundle_with_the_compiled_core_passes(tmp_path: Path) -> None:
    assert _build_script().missing_compiled(_bundle(tmp_path, suffix=".cp311-win_amd64.pyd")) == []


def test_a_bundle_missing_one_compiled_module_fails_naming_it(tmp_path: Path) -> None:
    bundle = _bundle(tmp_path, leave_out="desktop.core.extract.counts")
    assert _build_script().missing_compiled(bundle) == ["desktop.core.extract.counts"]


def test_a_bundle_without_mypycs_shared_library_fails(tmp_path: Path) -> None:
    bundle = _bundle(tmp_path, leave_out=native.GROUP + "__mypyc")
    assert _build_script().missing_compiled(bundle) == [native.GROUP + "__mypyc"]


def test_a_pure_python_bundle_fails(tmp_path: Path) -> None:
    bundle = _bundle(tmp_path)
    for ext in (bundle / "_internal" / "desktop").rglob("*.so"):
        ext.unlink()
    assert _build_script().missing_compiled(bundle) == [native.GROUP + "__mypyc", *native.COMPILED]


def _run_setup(monkeypatch: pytest.MonkeyPatch, compile_setting: str | None) -> tuple[dict[str, Any], list[list[str]]]:
    """Runs setup.py as pip's editable build does, with setuptools' setup() and mypyc recorded, not run."""
    calls: dict[str, Any] = {}
    compiled: list[list[str]] = []

    def mypycify(paths: list[str], **_kw: object) -> list[types.SimpleNamespace]:
        compiled.append(paths)
        return [types.SimpleNamespace(source=p) for p in paths]

    monkeypatch.setitem(sys.modules, "setuptools", types.SimpleNamespace(setup=lambda **kw: calls.update(kw)))
    monkeypatch.setitem(sys.modules, "mypyc", types.ModuleType("mypyc"))
    monkeypatch.setitem(sys.modules, "mypyc.build", types.SimpleNamespace(mypycify=mypycify))
    monkeypatch.setattr(sys, "argv", ["setup.py", "editable_wheel", "--dist-dir", "/tmp/x"])
    monkeypatch.setattr(sys, "path", list(sys.path))
    monkeypatch.delenv("REPORTDESK_COMPILE", raising=False)
    monkeypatch.delenv("REPORTDESK_PURE", raising=False)
    if compile_setting is not None:
        monkeypatch.setenv("REPORTDESK_COMPILE", compile_setting)
    runpy.run_path(str(ROOT / "setup.py"), run_name="__main__")
    return calls, compiled


def test_an_install_compiles_nothing_even_where_mypyc_is_at_hand(monkeypatch: pytest.MonkeyPatch) -> None:
    calls, compiled = _run_setup(monkeypatch, None)
    assert compiled == [] and calls["ext_modules"] == []
    assert not calls.get("setup_requires")  # nor does it fetch mypy


def test_reportdesk_compile_0_is_pure_too(monkeypatch: pytest.MonkeyPatch) -> None:
    calls, compiled = _run_setup(monkeypatch, "0")
    assert compiled == [] and calls["ext_modules"] == []


def test_the_bundle_build_compiles_every_listed_module(monkeypatch: pytest.MonkeyPatch) -> None:
    calls, compiled = _run_setup(monkeypatch, "1")
    assert compiled == [[m.replace(".", "/") + ".py" for m in native.COMPILED]]
    assert len(calls["ext_modules"]) == len(native.COMPILED)
    assert calls["setup_requires"] == [native.MYPYC]  # pip's isolated build fetches mypy for this build only


def test_the_isolated_build_of_an_install_does_not_fetch_mypy() -> None:
    requires = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["build-system"]["requires"]
    assert not [r for r in requires if r.replace(" ", "").lower().startswith("mypy")]
