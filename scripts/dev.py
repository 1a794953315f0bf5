"""Run the app or the tests from a source checkout, setting it up only when needed (standard library only).

    python3 scripts/dev.py app [reportdesk arguments]     # the window (or any `reportdesk` command)
    python3 scripts/dev.py test [pytest arguments]        # the test suite

The first run creates ``.venv`` beside the sources and installs the project into it (``pip install -e .``,
pure Python, with the ``test`` extra for the tests; under 40 s with pip's cache warm). Later runs install
nothing: they run at once. They install again only when ``pyproject.toml`` or ``setup.py`` changed since the
last install, or the tests need their extra and only the app was installed; a stamp in ``.venv`` records what
was installed from which files. Sources edited after the install need nothing either: the install is editable.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STAMP = "reportdesk-install.json"
INPUTS = ("pyproject.toml", "setup.py")  # what decides what an install does
EXTRAS = {"app": frozenset(), "test": frozenset({"test"})}


def venv_python(env: Path) -> Path:
    return env / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def inputs_digest(root: Path) -> str:
    h = hashlib.sha256()
    for name in INPUTS:
        p = root / name
        h.update(name.encode() + b"\0" + (p.read_bytes() if p.is_file() else b"") + b"\0")
    return h.hexdigest()


def read_stamp(env: Path) -> dict:
    try:
        data = json.loads((env / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def install_needed(env: Path, root: Path, extras: frozenset[str]) -> bool:
    """True when ``env`` has no Python yet, was never installed into by this script, was installed from
    other ``pyproject.toml``/``setup.py``, or lacks one of ``extras``."""
    if not venv_python(env).is_file():
        return True
    stamp = read_stamp(env)
    if stamp.get("inputs") != inputs_digest(root):
        return True
    return not extras <= set(stamp.get("extras", []))


def write_stamp(env: Path, root: Path, extras: frozenset[str]) -> None:
    (env / STAMP).write_text(json.dumps({"inputs": inputs_digest(root), "extras": sorted(extras)}), encoding="utf-8")


def ensure_installed(env: Path, root: Path, extras: frozenset[str]) -> Path:
    """Create ``env`` and install the project into it when :func:`install_needed`; its Python."""
    py = venv_python(env)
    if not install_needed(env, root, extras):
        return py
    if not py.is_file():
        print(f"dev.py: creating {env} …", file=sys.stderr)
        venv.create(env, with_pip=True, symlinks=os.name != "nt")
    stamp = read_stamp(env)
    if stamp.get("inputs") == inputs_digest(root):
        extras = extras | frozenset(stamp.get("extras", []))  # keep the extras installed before
    target = "." + (f"[{','.join(sorted(extras))}]" if extras else "")
    print(f"dev.py: installing {target} into {env} (once; again only when pyproject.toml or setup.py "
          "change) …", file=sys.stderr)
    # --no-compile: Python compiles what it imports when it first imports it, not all of every dependency now.
    subprocess.run([str(py), "-m", "pip", "install", "-q", "--disable-pip-version-check", "--no-compile", "-e",
                    target], cwd=root, check=True)
    write_stamp(env, root, extras)
    return py


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in EXTRAS:
        print(__doc__.strip().split("\n\n")[1], file=sys.stderr)
        return 2
    command, rest = argv[0], argv[1:]
    env = Path(os.environ.get("REPORTDESK_VENV", ROOT / ".venv"))
    try:
        py = ensure_installed(env, ROOT, EXTRAS[command])
    except subprocess.CalledProcessError as err:
        print(f"dev.py: the install failed (exit {err.returncode}); see pip's messages above", file=sys.stderr)
        return err.returncode or 1
    run = ["-m", "pytest", *rest] if command == "test" else ["-m", "desktop.cli", *rest]
    return subprocess.call([str(py), *run], cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
