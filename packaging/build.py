"""Build the one-folder bundle (Windows or Linux), report its size, optionally smoke-test it.

    python packaging/build.py [--smoke FILE]

``--smoke FILE`` runs the built ``reportdesk-cli --version`` and ``extract FILE --json`` with an
empty environment (no Python, no project on any path) and checks the answers.
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


def folder_size(path: Path) -> int:
    """Bytes on disk, each file once (links to Qt libraries are not counted twice)."""
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


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
        assert data["schema"] == "reportdesk.extraction/1" and data["title"]
        print(f"extract {sample.name}: {len(data['indicators'])} indicators, {len(data['tasks'])} tasks, "
              f"{len(data['findings'])} findings")
        db = Path(tmp) / "lib.sqlite3"
        out = subprocess.run([str(exe), "import", str(sample), "--db", f"sqlite:///{db}"], capture_output=True,
                             text=True, encoding="utf-8", env=env, cwd=tmp, timeout=120)
        assert out.returncode == 0 and db.exists(), out.stderr  # migrations and SQLite work frozen
        print("import into a new library: ok")
    compiled = any(DIST.rglob("_native__mypyc*"))
    print("extraction core in the bundle: " + ("compiled (mypyc)" if compiled else "pure Python"))


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
        build()
    print(f"bundle: {DIST} — {folder_size(DIST) / 1_048_576:.0f} MB")
    if a.smoke:
        smoke(a.smoke.resolve())
    return 0


if __name__ == "__main__":
    sys.exit(main())
