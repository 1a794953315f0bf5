"""scripts/dev.py, the README's two commands: it installs only when the venv is missing, was never installed
into, the files that decide an install changed, or the tests' extra is missing (issue 16, point 15)."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT


def _dev():
    spec = importlib.util.spec_from_file_location("reportdesk_dev", ROOT / "scripts" / "dev.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    (tmp_path / "setup.py").write_text("from setuptools import setup\nsetup()\n", encoding="utf-8")
    return tmp_path


def _fake_venv(env: Path) -> None:
    dev = _dev()
    py = dev.venv_python(env)
    py.parent.mkdir(parents=True)
    py.write_text("", encoding="utf-8")


def test_install_needed_only_when_missing_changed_or_lacking_the_extra(checkout: Path) -> None:
    dev = _dev()
    env = checkout / ".venv"
    test, app = frozenset({"test"}), frozenset()
    assert dev.install_needed(env, checkout, test)  # no venv
    _fake_venv(env)
    assert dev.install_needed(env, checkout, app)  # a venv this script never installed into
    dev.write_stamp(env, checkout, test)
    assert not dev.install_needed(env, checkout, test)  # set up: run at once
    assert not dev.install_needed(env, checkout, app)  # the app needs less than was installed
    (checkout / "README.md").write_text("changed", encoding="utf-8")
    (checkout / "tests.py").write_text("changed", encoding="utf-8")
    assert not dev.install_needed(env, checkout, test)  # sources and docs do not decide an install
    (checkout / "setup.py").write_text("from setuptools import setup\nsetup(name='y')\n", encoding="utf-8")
    assert dev.install_needed(env, checkout, test)
    dev.write_stamp(env, checkout, app)
    assert not dev.install_needed(env, checkout, app)
    assert dev.install_needed(env, checkout, test)  # the tests' extra is missing
    dev.write_stamp(env, checkout, test)
    (checkout / "pyproject.toml").write_text('[project]\nname = "x"\nversion = "2"\n', encoding="utf-8")
    assert dev.install_needed(env, checkout, app)
    (env / dev.STAMP).write_text("{broken", encoding="utf-8")
    assert dev.install_needed(env, checkout, app)


def test_a_set_up_checkout_runs_without_calling_pip(checkout: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dev = _dev()
    env = checkout / ".venv"
    _fake_venv(env)
    dev.write_stamp(env, checkout, frozenset({"test"}))
    calls = []
    monkeypatch.setattr(dev.subprocess, "run", lambda *a, **k: calls.append(a))
    monkeypatch.setattr(dev.venv, "create", lambda *a, **k: calls.append(a))
    assert dev.ensure_installed(env, checkout, frozenset({"test"})) == dev.venv_python(env)
    assert calls == []


@pytest.mark.skipif(not (ROOT / ".venv" / "reportdesk-install.json").is_file(), reason="no .venv set up by dev.py")
def test_the_readme_test_command_on_a_set_up_checkout_starts_pytest_at_once() -> None:
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "dev.py"), "test", "--version"], cwd=ROOT,
                         capture_output=True, text=True, timeout=120, env={**os.environ})
    assert out.returncode == 0 and "pytest" in (out.stdout + out.stderr)
    assert "installing" not in out.stderr
