"""Extraction speed and memory over the dev and dev2 corpora repeated to N articles.

    python scripts/bench_extract.py [--n 1000] [--corpus DIR …]   (default: ../shared/corpus/dev and dev2)

Prints per-article time (median, p95), the same normalised to 10 KB of text (10,240 bytes of
the article's text in UTF-8, which is what a 10 KB .txt file holds) and to 10,000 characters
(stricter: a Vietnamese character takes 1.3 bytes on average), the time to read a file by type
(decoding, NFC and the layout of a .docx or .html, which extraction times leave out), and peak
memory. The median includes whatever else the machine is doing; "best" is each article's
fastest run, the cost of the work itself. The first line says whether the extraction core
runs compiled (mypyc, see setup.py) or as pure Python; ``REPORTDESK_PURE=1`` measures the
latter where both exist. A benchmark, not a test: it asserts nothing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.core.extract import extract  # noqa: E402
from desktop.core.intake import read_source  # noqa: E402
from desktop.core.native import status  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--corpus", type=Path, action="append",
                    help="a folder of texts; repeat for several (default: the shared dev and dev2 corpora)")
    a = ap.parse_args()
    corpora = a.corpus or [ROOT.parent / "shared" / "corpus" / n for n in ("dev", "dev2")]
    files = sorted(p for c in corpora if c.is_dir() for p in c.iterdir() if p.suffix in (".txt", ".docx", ".html"))
    sources = [read_source(p) for p in files]
    reads: dict[str, list[float]] = {}
    for _ in range(5):  # reading a file (decoding, NFC, layout of a .docx/.html), apart from extraction
        for p in files:
            t = time.perf_counter()
            read_source(p)
            reads.setdefault(p.suffix, []).append(time.perf_counter() - t)
    for s in sources:  # warm up regex caches and imports
        extract(s)
    times: list[float] = []
    per10k: list[float] = []
    per10kb: list[float] = []
    best: dict[int, float] = {}
    t0 = time.perf_counter()
    for k in range(a.n):
        s = sources[k % len(sources)]
        t = time.perf_counter()
        extract(s)
        dt = time.perf_counter() - t
        times.append(dt)
        per10k.append(dt * 10_000 / max(1, len(s.text)))
        per10kb.append(dt * 10_240 / max(1, len(s.text.encode("utf-8"))))
        best[k % len(sources)] = min(best.get(k % len(sources), dt), dt)
    total = time.perf_counter() - t0
    tracemalloc.start()  # a separate pass: tracing slows Python down several times
    for s in sources:
        extract(s)
    _cur, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    def pct(xs: list[float], q: float) -> float:
        return sorted(xs)[min(len(xs) - 1, int(q * len(xs)))]

    names = "+".join(c.name for c in corpora)
    print(f"articles: {a.n} ({names}: {len(files)} files, repeated); extraction core: {status()}")
    print(f"per article: median {1000 * statistics.median(times):.2f} ms, p95 {1000 * pct(times, 0.95):.2f} ms"
          f" (best {1000 * statistics.median(best.values()):.2f} ms, mean of bests"
          f" {1000 * statistics.fmean(best.values()):.2f} ms)")
    best_kb = [best[i] * 10_240 / max(1, len(s.text.encode("utf-8"))) for i, s in enumerate(sources) if i in best]
    best_ch = [best[i] * 10_000 / max(1, len(s.text)) for i, s in enumerate(sources) if i in best]
    print(f"per 10 KB:   median {1000 * statistics.median(per10kb):.2f} ms, p95 {1000 * pct(per10kb, 0.95):.2f} ms"
          f" (best {1000 * statistics.median(best_kb):.2f} ms)")
    print(f"per 10,000 characters: median {1000 * statistics.median(per10k):.2f} ms,"
          f" p95 {1000 * pct(per10k, 0.95):.2f} ms (best {1000 * statistics.median(best_ch):.2f} ms)")
    print(f"throughput:  {a.n / total:.0f} articles/s (one core)")
    print("reading a file (median): " + ", ".join(f"{ext} {1000 * statistics.median(ts):.1f} ms"
                                                  for ext, ts in sorted(reads.items())))
    print(f"peak traced memory while extracting one article: {peak / 1_048_576:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
