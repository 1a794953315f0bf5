"""Build the one-folder bundle (Windows or Linux), report its size, optionally smoke-test it.

    python packaging/build.py [--smoke FILE]

The bundle's extraction core is compiled with mypyc: the build compiles it in this checkout
(``REPORTDESK_COMPILE=1``, setup.py; needs a C compiler), bundles it, removes the compiled files from
the checkout again (its install stays pure Python), and fails when a compiled module is missing from
the bundle (:func:`missing_compiled`). ``--smoke FILE`` runs the built ``reportdesk-cli --version``,
``extract FILE --json`` (which must equal the pure-Python core's answer) and ``import`` with an empty
environment (no Python, no project on any path) and checks the answers.
On Windows, ``iscc packaging/reportdesk.iss`` then makes the installer from ``dist/ReportDesk``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist" / "ReportDesk"
sys.path.insert(0, str(ROOT))
from desktop.core import native  # noqa: E402  (standard library only)

EXTENSION_SUFFIXES = (".so", ".pyd")


def folder_size(path: Path) -> int:
    """Bytes on disk, each file once (links to Qt libraries are not counted twice)."""
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def missing_compiled(bundle: Path) -> list[str]:
    """The compiled modules (mypyc's shared library and each module of ``native.COMPILED``) that the bundle
    holds no extension for; [] when its core is the compiled one. An extension is a ``.so``/``.pyd`` file
    whose path below the bundle ends with the module's dotted path (``…/desktop/core/rx.cpython-311-….so``)."""
    found = set()
    for path in bundle.rglob("*"):
        if path.suffix in EXTENSION_SUFFIXES and path.is_file():
            parts = path.relative_to(bundle).parts
            found.add(".".join((*parts[:-1], parts[-1].split(".")[0])))
    wanted = (native.GROUP + "__mypyc", *native.COMPILED)
    return [m for m in wanted if not any(f == m or f.endswith("." + m) for f in found)]


def compile_core() -> None:
    """Compile the core next to its sources: this checkout installed again, editable, with REPORTDESK_COMPILE=1
    (pip fetches mypy for the build; a missing C compiler or a type error stops here)."""
    print("compiling the extraction core with mypyc (a few minutes) …", flush=True)
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--disable-pip-version-check", "--no-deps",
                    "-e", str(ROOT)], check=True, cwd=ROOT, env={**os.environ, native.COMPILE_SETTING: "1"})
    missing = [m for m in (native.GROUP + "__mypyc", *native.COMPILED) if native._extension(m, ROOT) is None]
    if missing:
        raise SystemExit(f"the core was not compiled: no extension for {', '.join(missing)}")


def remove_compiled() -> None:
    """The checkout back to pure Python: its compiled files removed (the editable install then runs the sources)."""
    for name in (native.GROUP + "__mypyc", *native.COMPILED):
        ext = native._extension(name, ROOT)
        if ext is not None:
            ext.unlink()


def build() -> None:
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(ROOT / "dist"), "--workpath", str(ROOT / "build"),
                    str(ROOT / "packaging" / "reportdesk.spec")], check=True, cwd=ROOT)


def smoke(sample: Path) -> None:
    exe = DIST / ("reportdesk-cli.exe" if os.name == "nt" else "reportdesk-cli")
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/nonexistent"}
    if os.name == "nt":  # Windows programs need SYSTEMROOT; os.environ ignores case there
        env["SYSTEMROOT"] = os.environ["SYSTEMROOT"]
        env["PATH"] = os.environ["SYSTEMROOT"]
    with tempfile.TemporaryDirectory() as tmp:  # not the source tree: nothing to import from there
        env["REPORTDESK_HOME"] = tmp
        out = subprocess.run([str(exe), "--version"], capture_output=True, text=True, env=env, cwd=tmp, timeout=120)
        assert out.returncode == 0 and out.stdout.startswith("ReportDesk"), out
        print(out.stdout.strip())
        out = subprocess.run([str(exe), "extract", str(sample), "--json"], capture_output=True, text=True,
                             encoding="utf-8", env=env, cwd=tmp, timeout=120)
        assert out.returncode == 0, out.stderr
        data = json.loads(out.stdout)
        pure = subprocess.run([sys.executable, "-m", "desktop.cli", "extract", str(sample), "--json"], check=True,
                              capture_output=True, text=True, encoding="utf-8", cwd=ROOT, timeout=120,
                              env={**os.environ, "REPORTDESK_PURE": "1", "REPORTDESK_HOME": tmp})
        assert data == json.loads(pure.stdout), "the bundle's compiled core extracts something else than the sources"
        assert data["schema"] == "reportdesk.extraction/1" and data["title"]
        print(f"extract {sample.name}: {len(data['indicators'])} indicators, {len(data['tasks'])} tasks, "
              f"{len(data['findings'])} findings")
        db = Path(tmp) / "lib.sqlite3"
        out = subprocess.run([str(exe), "import", str(sample), "--db", f"sqlite:///{db}"], capture_output=True,
                             text=True, encoding="utf-8", env=env, cwd=tmp, timeout=120)
        assert out.returncode == 0 and db.exists(), out.stderr  # migrations and SQLite work frozen
        print("import into a new library: ok")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--smoke", type=Path, help="a text to extract with the built program")
    ap.add_argument("--no-build", action="store_true")
    a = ap.parse_args()
    if not a.no_build:
        if shutil.which("pyinstaller") is None and subprocess.run(
                [sys.executable, "-c", "import PyInstaller"], capture_output=True).returncode:
            print("PyInstaller is not installed: pip install pyinstaller", file=sys.stderr)
            return 2
        compile_core()
        try:
            build()
        finally:
            remove_compiled()
    print(f"bundle: {DIST} — {folder_size(DIST) / 1_048_576:.0f} MB")
    missing = missing_compiled(DIST)
    if missing:
        print(f"the bundle's extraction core is not compiled: no extension for {', '.join(missing)}", file=sys.stderr)
        return 1
    print("extraction core in the bundle: compiled (mypyc)")
    if a.smoke:
        smoke(a.smoke.resolve())
    return 0


if __name__ == "__main__":
    sys.exit(main())
