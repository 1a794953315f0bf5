"""Storage at the size of years of use: a synthetic library of N reports.

    python scripts/bench_store.py [--n 100000] [--db sqlite:///tmp/bench.sqlite3]

Reports are the dev corpus (or the shipped samples) extracted once and stored again and again
with varied titles, bodies and numbers. Prints storing throughput, search latency (median,
p95 over several queries, first page) and the size of the database. A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import copy
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.core.extract import extract_file  # noqa: E402
from desktop.store.db import open_database  # noqa: E402
from desktop.store.library import Library, content_hash  # noqa: E402
from desktop.store.search import search  # noqa: E402

UNITS = ["HUYỆN ỦY TÂN LẬP", "HUYỆN ỦY PHÚ XUÂN", "THỊ ỦY LÂM GIANG", "ĐẢNG ỦY XÃ HUỔI MÝ", "ỦY BAN NHÂN DÂN XÃ TÂN MỸ"]
QUERIES = ["nhiem vu", "sa pa", "dang uy", "giai ngan von dau tu cong", "chi tieu chu yeu", "bao hiem y te",
           "nong thon moi", "ket nap dang vien", "hoa lam", "thu ngan sach"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--db", default=None)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "dev")
    a = ap.parse_args()
    folder = a.corpus if a.corpus.is_dir() else ROOT / "resources" / "samples"
    templates = [extract_file(p) for p in sorted(folder.iterdir()) if p.suffix in (".txt", ".docx", ".html")]
    url = a.db or f"sqlite:///{Path(tempfile.mkdtemp()) / 'bench.sqlite3'}"
    db = open_database(url)
    lib = Library(db)
    rnd = random.Random(3)
    t0 = time.perf_counter()
    for k in range(a.n):
        r = copy.deepcopy(templates[k % len(templates)])
        tag = f" (bản {k}, {rnd.randint(1, 10**9)})"
        r.title += tag
        r.body += tag
        r.text += tag
        r.unit = UNITS[k % len(UNITS)]
        for ind in r.indicators:
            ind.value = round(ind.value * rnd.uniform(0.8, 1.2), 2)
        lib.add_report(r, who="bench", text_hash=content_hash(r.text))
        if (k + 1) % 10_000 == 0:
            rate = (k + 1) / (time.perf_counter() - t0)
            print(f"  {k + 1} reports stored, {rate:.0f}/s", flush=True)
    store_time = time.perf_counter() - t0
    times = []
    for _ in range(5):
        for q in QUERIES:
            t = time.perf_counter()
            search(db, q, limit=20)
            times.append(time.perf_counter() - t)
    ftimes = []
    for q in QUERIES:
        t = time.perf_counter()
        search(db, q, limit=20, unit=UNITS[1], item_type="task")
        ftimes.append(time.perf_counter() - t)
    size = db.path.stat().st_size + sum(p.stat().st_size for p in db.path.parent.glob(db.path.name + "-*")) \
        if db.path else 0
    p95 = sorted(times)[int(0.95 * len(times))]
    print(f"reports: {a.n} ({sum(len(t.items()) for t in templates) / len(templates):.0f} items each on average)")
    print(f"storing: {a.n / store_time:.0f} reports/s ({store_time:.0f} s)")
    print(f"search (first page of 20): median {1000 * statistics.median(times):.1f} ms, p95 {1000 * p95:.1f} ms")
    print(f"search with unit + type filters: median {1000 * statistics.median(ftimes):.1f} ms")
    if size:
        print(f"database size: {size / 1_048_576:.0f} MiB ({size / a.n / 1024:.1f} KiB per report)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
