"""Extraction scores per source, side by side: dev, and each dev2 source (A, B, C).

    python scripts/score_sources.py                 # every field, every source
    python scripts/score_sources.py --leave-out B   # also the mean over the other sources
    python scripts/score_sources.py --per-file      # macro F1 per file too

Runs the extractor of the repository this script lives in (not an installed copy) on
``../shared/corpus/dev`` and ``../shared/corpus/dev2``, writes the contract JSON to a
temporary folder per source, scores each with ``../shared/tools/score_extraction.py`` and
prints one column of F1 per source. A rule that gains on one source and costs another is a
fit, not a rule: read the columns, not only the mean.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.core.extract import extract_file  # noqa: E402
from desktop.core.serialize import report_to_dict  # noqa: E402

SHARED = Path(os.environ.get("REPORTDESK_SHARED", ROOT.parent / "shared"))
SUFFIXES = {".txt", ".docx", ".html", ".htm"}
# dev2 files are named NN_…; SOURCES.md gives the groups by number
DEV2_GROUPS = {"A": range(1, 9), "B": range(9, 17), "C": range(17, 25)}


def sources() -> dict[str, tuple[Path, Path, list[Path]]]:
    """Source name → (corpus folder, gold folder, files)."""
    out: dict[str, tuple[Path, Path, list[Path]]] = {}
    dev = SHARED / "corpus" / "dev"
    if dev.is_dir():
        out["dev"] = (dev, SHARED / "gold" / "dev", sorted(p for p in dev.iterdir() if p.suffix in SUFFIXES))
    dev2 = SHARED / "corpus" / "dev2"
    if dev2.is_dir():
        files = sorted(p for p in dev2.iterdir() if p.suffix in SUFFIXES)
        for name, numbers in DEV2_GROUPS.items():
            group = [p for p in files if p.name[:2].isdigit() and int(p.name[:2]) in numbers]
            out[name] = (dev2, SHARED / "gold" / "dev2", group)
    return out


def score(gold: Path, files: list[Path], per_file: bool) -> tuple[dict, str]:
    with tempfile.TemporaryDirectory() as tmp:
        pred, gsub = Path(tmp, "pred"), Path(tmp, "gold")
        pred.mkdir()
        gsub.mkdir()
        for f in files:
            d = report_to_dict(extract_file(f))
            (pred / f"{f.stem}.json").write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
            g = gold / f"{f.stem}.json"
            if g.exists():
                (gsub / g.name).write_bytes(g.read_bytes())
        tool = SHARED / "tools" / "score_extraction.py"
        scorer = [sys.executable, str(tool), "--gold", str(gsub), "--pred", str(pred)]
        table = json.loads(subprocess.run([*scorer, "--json"], capture_output=True, text=True, check=True).stdout)
        detail = subprocess.run([*scorer, "--per-file"], capture_output=True, text=True).stdout if per_file else ""
    return table, detail


def _f1(table: dict, field: str) -> float | None:
    fields = table.get("fields", table)
    row = fields.get(field)
    if isinstance(row, dict):
        return row.get("f1")
    return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--leave-out", help="a source (dev, A, B, C) left out of the mean column")
    ap.add_argument("--per-file", action="store_true", help="print the scorer's per-file macro F1 under the table")
    args = ap.parse_args()
    groups = sources()
    if not groups:
        print(f"no corpus under {SHARED}", file=sys.stderr)
        return 2
    tables: dict[str, dict] = {}
    details: list[str] = []
    for name, (_corpus, gold, files) in groups.items():
        tables[name], detail = score(gold, files, args.per_file)
        if detail:
            details.append(f"== {name}\n{detail}")
    first = next(iter(tables.values()))
    fields = [k for k in first.get("fields", first) if isinstance(first.get("fields", first)[k], dict)]
    names = list(tables)
    kept = [n for n in names if n != args.leave_out]
    head = f"{'field':18}" + "".join(f"{n:>8}" for n in names) + f"{'mean':>8}"
    if args.leave_out:
        head += f"{'w/o ' + args.leave_out:>9}"
    print(head)
    for field in [*fields, "macro_f1"]:
        vals = [_f1(tables[n], field) if field != "macro_f1" else tables[n].get("macro_f1") for n in names]
        cells = "".join(f"{v:8.3f}" if v is not None else f"{'—':>8}" for v in vals)
        present = [v for v in vals if v is not None]
        mean = sum(present) / len(present) if present else None
        line = f"{field:18}{cells}" + (f"{mean:8.3f}" if mean is not None else f"{'—':>8}")
        if args.leave_out:
            rest = [v for n, v in zip(names, vals, strict=True) if n in kept and v is not None]
            line += f"{sum(rest) / len(rest):9.3f}" if rest else f"{'—':>9}"
        print(line)
    for d in details:
        print(d)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
