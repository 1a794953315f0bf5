"""Extraction cost in CPU instructions per article, the measure that does not move with the load on the host.

    python scripts/bench_instructions.py [--corpus DIR …]   (default: ../shared/corpus/dev and dev2; needs valgrind)

Runs the corpus under ``valgrind --tool=callgrind`` twice, once with only the warm-up pass (imports, patterns
compiled, one extraction of each text) and once with two more passes, and prints the difference per article:
the steady cost of one more article, start-up left out. The hash seed is fixed (``PYTHONHASHSEED=0``): set
and dict order changes the count by a few tenths of a million from one run to the next otherwise. Wall time
on a shared machine moves by tens of per cent with its load; this count moves by less than 0.1 %.
A benchmark, not a test: it asserts nothing. Takes about two minutes.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PASSES = 2


def _files(corpora: list[Path]) -> list[Path]:
    return sorted(p for c in corpora if c.is_dir() for p in c.iterdir() if p.suffix in (".txt", ".docx", ".html"))


def _run_passes(passes: int, files: list[Path]) -> None:
    """The measured program: read the files, extract each once (warm-up), then ``passes`` more times."""
    sys.path.insert(0, str(ROOT))
    from desktop.core.extract import extract
    from desktop.core.intake import read_source

    sources = [read_source(p) for p in files]
    for _ in range(1 + passes):
        for s in sources:
            extract(s)


def _instructions(passes: int, corpora: list[Path]) -> int:
    cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, __file__,
           "--passes", str(passes)] + [a for c in corpora for a in ("--corpus", str(c))]
    env = dict(os.environ, PYTHONHASHSEED="0")
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True).stderr
    m = re.search(r"refs:\s*([\d,]+)", out)
    if m is None:
        raise SystemExit("callgrind printed no instruction count:\n" + out[-2000:])
    return int(m.group(1).replace(",", ""))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, action="append",
                    help="a folder of texts; repeat for several (default: the shared dev and dev2 corpora)")
    ap.add_argument("--passes", type=int, help=argparse.SUPPRESS)  # set when valgrind runs this file
    a = ap.parse_args()
    corpora = a.corpus or [ROOT.parent / "shared" / "corpus" / n for n in ("dev", "dev2")]
    files = _files(corpora)
    if a.passes is not None:
        _run_passes(a.passes, files)
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (Debian: apt-get install valgrind)", file=sys.stderr)
        return 2
    if not files:
        print("no .txt, .docx or .html file in " + ", ".join(map(str, corpora)), file=sys.stderr)
        return 2
    base = _instructions(0, corpora)
    more = _instructions(PASSES, corpora)
    per = (more - base) / (PASSES * len(files))
    print(f"articles: {len(files)} ({'+'.join(c.name for c in corpora)}), {PASSES} passes after the warm-up")
    print(f"extraction: {per / 1e6:.2f} million instructions per article (callgrind, PYTHONHASHSEED=0)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
