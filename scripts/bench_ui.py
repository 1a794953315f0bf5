"""Interface timings: cold start to a visible window, opening a 200-item report, an item edit, UI-thread stalls
during an import of 200 files, one large (3 MB, invented) file: its import (when progress first shows) and opening
it (UI-thread stall), and listing and searching a library of 3,000 reports.

    QT_QPA_PLATFORM=offscreen python scripts/bench_ui.py [--reports N]    (or under xvfb-run for a real X server)

A benchmark, not a test: it prints figures.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.samples import large_sample_text  # noqa: E402

COLD = r"""
import time, sys
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from desktop.ui.main_window import MainWindow
w = MainWindow(sys.argv[1]); w.show(); app.processEvents()
print(time.perf_counter() - t0)
"""


def cold_start(runs: int = 5) -> list[float]:
    out = []
    for _ in range(runs):
        db = f"sqlite:///{Path(tempfile.mkdtemp()) / 'c.sqlite3'}"
        t0 = time.perf_counter()
        r = subprocess.run([sys.executable, "-c", COLD, db], capture_output=True, text=True, cwd=ROOT)
        wall = time.perf_counter() - t0
        out.append(wall if r.returncode == 0 else float("nan"))
    return out


def big_report_text(items: int) -> str:
    lines = ["Báo cáo tổng hợp kết quả thực hiện các chỉ tiêu năm 2025 của các xã", ""]
    lines.append("Năm 2025, phấn đấu đạt và vượt các chỉ tiêu chủ yếu sau:")
    for k in range(1, items // 2 + 1):
        lines.append(f"({k}) Tỷ lệ hộ gia đình thôn số {k} được sử dụng nước sạch đạt {50 + k % 50},{k % 10}%; "
                     f"giải quyết việc làm mới cho {100 + k} lao động.")
    return "\n".join(lines)




class _Gaps:
    """The longest time between two turns of the event loop (a 0 ms timer: it also counts inner loops)."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.gaps: list[float] = []
        self.last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(0)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self.last)
        self.last = now

    def stop(self) -> float:
        self.timer.stop()
        return max(self.gaps, default=time.perf_counter() - self.last)


def _turns(app, w, until) -> tuple[float, float, float | None]:
    """Spin the event loop until ``until()``: wall time, longest UI-thread stall, when a progress widget (the
    import dialog or the open indicator) was first seen."""
    t0 = time.perf_counter()
    seen = None
    gaps = _Gaps()
    while not until():
        app.processEvents()
        dialog = w.imports.dialog
        shown = (dialog is not None and dialog.isVisible()) or (hasattr(w, "loader") and w.loader.bar.isVisible())
        if seen is None and shown:
            seen = time.perf_counter() - t0
    return time.perf_counter() - t0, gaps.stop(), seen


def large_file(app, folder: Path) -> None:
    from desktop.ui.main_window import MainWindow

    path = folder / "bao-cao-lon.txt"
    path.write_text(large_sample_text(), encoding="utf-8")
    w = MainWindow(f"sqlite:///{folder / 'lon.sqlite3'}")
    w.show()
    w.load_library()
    _turns(app, w, lambda: not w.importing and w.session is not None)
    small = w.session.report.id
    t0 = time.perf_counter()
    w.import_paths([str(path)])
    wall, longest, seen = _turns(app, w, lambda: not w.importing)
    shown = f"{seen:.2f} s" if seen is not None else "never"
    print(f"import of one {path.stat().st_size / 1e6:.1f} MB file: {time.perf_counter() - t0:.2f} s to open, "
          f"progress shown after {shown}, longest UI-thread stall {longest:.2f} s")
    big = w.session.report.id
    w.open_report(small)
    gaps = _Gaps()
    t0 = time.perf_counter()
    w.open_report(big)
    app.processEvents()
    wall = time.perf_counter() - t0
    print(f"opening that report: {wall:.2f} s, longest UI-thread stall {gaps.stop():.2f} s")


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from desktop.core.extract import extract_text
    from desktop.store.db import open_database
    from desktop.store.library import Library
    from desktop.ui.main_window import MainWindow

    if "--large" in sys.argv:  # only the large file
        from PySide6.QtWidgets import QApplication

        large_file(QApplication.instance() or QApplication(sys.argv), Path(tempfile.mkdtemp()))
        return 0
    colds = cold_start()
    print(f"cold start to a visible window: median {statistics.median(colds):.2f} s "
          f"(min {min(colds):.2f}, max {max(colds):.2f}; includes Python start-up)")

    app = QApplication.instance() or QApplication(sys.argv)
    folder = Path(tempfile.mkdtemp())
    db_url = f"sqlite:///{folder / 'ui.sqlite3'}"
    lib = Library(open_database(db_url))
    report = extract_text(big_report_text(200), name="lon.txt")
    n_items = len(report.items())
    rid, _ = lib.add_report(report)
    w = MainWindow(db_url)
    w.show()
    w.load_library()
    while w.importing:
        app.processEvents()
    opens, stalls = [], []
    for _ in range(7):
        w.session = None
        gaps_open = _Gaps()
        t = time.perf_counter()
        w.open_report(rid)
        app.processEvents()
        opens.append(time.perf_counter() - t)
        stalls.append(gaps_open.stop())
    print(f"opening a report with {n_items} items: median {1000 * statistics.median(opens):.0f} ms to shown, "
          f"longest UI-thread stall median {1000 * statistics.median(stalls):.0f} ms")

    edits = []
    for item in w.session.report.indicators[:60]:
        t = time.perf_counter()
        w.session.edit(item, "note", "đối chiếu biểu 01")  # saved, audited and verified at once, on the UI thread
        edits.append(time.perf_counter() - t)
    print(f"an item edit (save, audit, verification): median {1000 * statistics.median(edits):.1f} ms, "
          f"max {1000 * max(edits):.1f} ms")

    src = folder / "in"
    src.mkdir()
    for k in range(200):
        (src / f"bc{k}.txt").write_text(big_report_text(20).replace("2025", str(1900 + k)), encoding="utf-8")
    w.import_paths([str(src)], quiet=True)
    gaps = []
    last = time.perf_counter()
    while w.importing:
        app.processEvents()
        now = time.perf_counter()
        gaps.append(now - last)
        last = now
    print(f"import of 200 files: longest UI-thread stall {1000 * max(gaps):.0f} ms, "
          f"p99 {1000 * sorted(gaps)[int(0.99 * len(gaps))]:.1f} ms over {len(gaps)} event-loop turns")
    large_file(app, folder)
    big_library(app, folder, int(_option("--reports", "3000")))
    return 0


def _option(name: str, default: str) -> str:
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default


def big_library(app, folder: Path, n: int) -> None:
    """The library list of ``n`` reports, listed and searched: wall time and the longest UI-thread stall."""
    import copy

    from desktop.core.extract import extract_text
    from desktop.store.db import open_database
    from desktop.store.library import Library
    from desktop.ui.library_panel import LibraryPanel

    lib = Library(open_database(f"sqlite:///{folder / 'nhieu.sqlite3'}"))
    base = extract_text(big_report_text(20), name="x.txt")
    for k in range(n):
        r = copy.deepcopy(base)
        r.text += f"\nBản số {k}."
        r.title, r.unit = f"Báo cáo số {k}", f"UBND xã Số {k % 40}"
        lib.add_report(r)
    panel = LibraryPanel()
    panel.show()
    panel.library = lib
    for query in ("", "nuoc sach"):
        panel.search.blockSignals(True)
        panel.search.setText(query)
        panel.search.blockSignals(False)
        walls, stalls = [], []
        for _ in range(5):
            gaps = _Gaps()
            t0 = time.perf_counter()
            panel.reload(select=5)
            while panel.loading:
                app.processEvents()
            walls.append(time.perf_counter() - t0)
            stalls.append(gaps.stop())
        what = f"searching “{query}” in" if query else "listing"
        print(f"{what} a library of {n} reports: median {1000 * statistics.median(walls):.0f} ms to shown, "
              f"longest UI-thread stall median {1000 * statistics.median(stalls):.0f} ms")


if __name__ == "__main__":
    sys.exit(main())
