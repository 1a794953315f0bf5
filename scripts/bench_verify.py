"""Re-verification cost: a report with N items, one edit at a time.

    python scripts/bench_verify.py [--items 200] [--edits 1000]

Prints the time of a full verification and of an incremental re-check after one edit
(median and p95). A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.core.model import Indicator, Ratio, Report, Tally, TallyPart
from desktop.core.verify import Verifier, verify_report


def synthetic_report(n: int, seed: int = 7) -> Report:
    rnd = random.Random(seed)
    r = Report(source="bench", text="")
    for k in range(n // 4):
        parts = [TallyPart(count=rnd.randint(1, 30), status="đạt") for _ in range(3)]
        r.tallies.append(Tally(key=f"t{k}", total=sum(p.count for p in parts), noun="chỉ tiêu", parts=parts))
        num, den = rnd.randint(1, 90), rnd.randint(91, 200)
        r.ratios.append(Ratio(key=f"r{k}", numerator=num, denominator=den, noun="xã"))
        r.indicators.append(Indicator(key=f"p{k}", label="Tỷ lệ", value=round(100 * num / den, 1), unit="%",
                                      decimals=1, rel="rate", ref=f"r{k}"))
        r.indicators.append(Indicator(key=f"i{k}", label="Thu ngân sách", value=rnd.random() * 1000, unit="tỷ đồng"))
    return r


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--items", type=int, default=200)
    ap.add_argument("--edits", type=int, default=1000)
    a = ap.parse_args()
    r = synthetic_report(a.items)
    items = len(r.tallies) * 4 + len(r.ratios) + len(r.indicators)
    full = []
    for _ in range(50):
        t = time.perf_counter()
        verify_report(r)
        full.append(time.perf_counter() - t)
    v = Verifier(r)
    v.findings()
    rnd = random.Random(1)
    inc = []
    for _ in range(a.edits):
        part = rnd.choice(r.tallies).parts[0]
        part.count += rnd.choice((-1, 1))
        t = time.perf_counter()
        v.invalidate([part])
        v.findings()
        inc.append(time.perf_counter() - t)
    p95 = sorted(inc)[int(0.95 * len(inc))]
    print(f"report with {items} items (tallies with parts, ratios with stated %, indicators)")
    print(f"full verification:          median {1000 * statistics.median(full):.2f} ms")
    print(f"re-check after one edit:    median {1000 * statistics.median(inc):.2f} ms, p95 {1000 * p95:.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
