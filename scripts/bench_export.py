"""Export speed: a briefing for a 200-item report, and a 5,000-row tracking workbook beside a bare openpyxl
write of the same cells (no styles, no widths, no print setup) measured in the same run.

    python scripts/bench_export.py [--runs 5] [--old]

``--old`` also measures, in the same run, the builder as it was before the write-only rewrite (kept as the
oracle of ``tests/export/test_excel_same_look.py``).

A benchmark, not a test: it prints the median of the runs, wall-clock time and the process's CPU time
(``time.process_time``: steadier when other work loads the machine).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from openpyxl import Workbook, load_workbook

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


def timed(fn, runs: int = 5) -> tuple[float, float]:
    """Median wall-clock and median CPU seconds of ``runs`` calls."""
    wall, cpu = [], []
    for _ in range(runs):
        t, c = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    return statistics.median(wall), statistics.median(cpu)


def ms(t: tuple[float, float]) -> str:
    return f"median {1000 * t[0]:.0f} ms wall, {1000 * t[1]:.0f} ms CPU"


def bare_write(sheets: dict[str, list[tuple]], out: Path) -> None:
    """The same cells written with openpyxl and nothing else."""
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(out)


ORG = Organisation(name="ĐẢNG ỦY XÃ THỬ NGHIỆM", place="Thử Nghiệm", code="ĐU", authority="BAN THƯỜNG VỤ",
                   signer_position="BÍ THƯ")  # invented: exports never fall back on a sample unit


def old_workbook(reports: list[Report], out: Path) -> None:
    from desktop.export.profiles import PARTY
    from desktop.export.save import save_atomic
    from desktop.export.thin_items import exportable
    from tests import excel_oracle

    save_atomic(excel_oracle.build_workbook([exportable(r) for r in reports], PARTY), out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--old", action="store_true", help="also the builder before issue 18, point 7")
    args = ap.parse_args()
    runs = args.runs
    folder = Path(tempfile.mkdtemp())
    big = report_with(150, 50)
    t = timed(lambda: export_reports([big], "docx", "briefing", folder / "b.docx", org=ORG), runs)
    print(f"briefing for a {len(big.items())}-item report: {ms(t)}")
    t = timed(lambda: export_reports([big], "docx", "conclusion", folder / "c.docx", org=ORG), runs)
    print(f"conclusion notice for the same report: {ms(t)}")
    many = [report_with(500, 0, f"don-vi-{k}") for k in range(10)]
    t = timed(lambda: export_reports(many, "xlsx", "tracking", folder / "t.xlsx"), runs)
    print(f"tracking workbook with {sum(len(r.indicators) for r in many)} indicator rows: {ms(t)}")
    sheets = {ws.title: list(ws.iter_rows(values_only=True))
              for ws in load_workbook(folder / "t.xlsx", read_only=True)}
    b = timed(lambda: bare_write(sheets, folder / "bare.xlsx"), runs)
    if args.old:
        o = timed(lambda: old_workbook(many, folder / "old.xlsx"), runs)
        print(f"the same workbook by the builder before the write-only rewrite: {ms(o)}")
    print(f"bare openpyxl write of the same {sum(len(r) for r in sheets.values())} rows: {ms(b)}; "
          f"the workbook takes {t[0] / b[0]:.1f}× (wall), {t[1] / b[1]:.1f}× (CPU)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
