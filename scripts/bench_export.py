"""Export speed: a briefing for a 200-item report, and a 5,000-row tracking workbook.

    python scripts/bench_export.py

A benchmark, not a test: it prints figures.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.core.model import Indicator, Report, Task
from desktop.export import export_reports
from desktop.export.profiles import Organisation


def report_with(n_indicators: int, n_tasks: int, name: str = "bench") -> Report:
    r = Report(source=f"{name}.txt", text="", title=f"Báo cáo kết quả {name}", unit="HUYỆN ỦY TÂN LẬP")
    r.indicators = [Indicator(label=f"Tỷ lệ hộ dân thôn số {k} được dùng nước sạch", value=50 + k % 50, unit="%",
                              year=2025, group=str(k)) for k in range(n_indicators)]
    r.tasks = [Task(text=f"Hoàn thành sửa chữa đường liên thôn số {k}", owner="UBND xã", deadline="2025-12-31")
               for k in range(n_tasks)]
    return r


def timed(fn, runs: int = 5) -> float:
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return statistics.median(out)


ORG = Organisation(name="ĐẢNG ỦY XÃ THỬ NGHIỆM", place="Thử Nghiệm", code="ĐU", authority="BAN THƯỜNG VỤ",
                   signer_position="BÍ THƯ")  # invented: exports never fall back on a sample unit


def main() -> int:
    folder = Path(tempfile.mkdtemp())
    big = report_with(150, 50)
    t = timed(lambda: export_reports([big], "docx", "briefing", folder / "b.docx", org=ORG))
    print(f"briefing for a {len(big.items())}-item report: median {1000 * t:.0f} ms")
    t = timed(lambda: export_reports([big], "docx", "conclusion", folder / "c.docx", org=ORG))
    print(f"conclusion notice for the same report: median {1000 * t:.0f} ms")
    many = [report_with(500, 0, f"don-vi-{k}") for k in range(10)]
    t = timed(lambda: export_reports(many, "xlsx", "tracking", folder / "t.xlsx"), runs=3)
    print(f"tracking workbook with {sum(len(r.indicators) for r in many)} indicator rows: median {1000 * t:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
