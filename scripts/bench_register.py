"""The Register view at scale (issue 17): a library with 10,000 register entries — opening the view (entries read,
categories computed, the table filled) and filtering it (by owner text, by category, by status).

    QT_QPA_PLATFORM=offscreen python scripts/bench_register.py [--n 10000] [--store]

``--store`` reads the entries from a real library (SQLite, built first) instead of from memory. A benchmark, not
a test: it prints figures (medians of 5 runs).
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.core.register import Category, RegisterEntry, TaskStatus

OWNERS = ["Phòng Kinh tế", "Phòng Tài chính – Kế hoạch", "UBND xã Đông Hòa", "Công an huyện", "Ban Tuyên giáo",
          "Văn phòng HĐND và UBND", "Phòng Giáo dục và Đào tạo", "Trung tâm Y tế huyện"]


def entries(n: int) -> list[RegisterEntry]:
    start = date(2025, 1, 1)
    statuses = list(TaskStatus)
    return [RegisterEntry(id=k + 1, report_id=k // 20 + 1, text=f"Rà soát, hoàn thiện hồ sơ dự án số {k}",
                          owner=OWNERS[k % len(OWNERS)], deadline="trước ngày …", due=start + timedelta(days=k % 365),
                          recurring=k % 17 == 0, status=statuses[k % 4], unit=f"Xã số {k % 30}",
                          source_title=f"Thông báo kết luận số {k // 20}") for k in range(n)]


class MemorySource:
    def __init__(self, data: list[RegisterEntry]) -> None:
        self.data = data

    def entries(self) -> list[RegisterEntry]:
        return list(self.data)

    def set_status(self, entry, status, done_on) -> int:
        return entry.version + 1


def store_source(n: int):
    """A library (SQLite, in a temporary folder) holding ``n`` register entries: reports of 20 tasks each."""
    import tempfile

    from desktop.core.model import Report, Task
    from desktop.store.db import open_database
    from desktop.store.library import Library
    from desktop.ui.follow_up import StoreRegisterSource

    lib = Library(open_database(f"sqlite:///{Path(tempfile.mkdtemp()) / 'so.sqlite3'}"))
    t0 = time.perf_counter()
    for r in range(n // 20):
        tasks = [Task(text=f"Rà soát, hoàn thiện hồ sơ dự án số {r * 20 + k}", owner=OWNERS[k % len(OWNERS)],
                      deadline=f"trước ngày {1 + k % 28}/{1 + r % 12}/2025") for k in range(20)]
        text = "\n".join(t.text for t in tasks) + f"\nBản số {r}."
        lib.add_report(Report(source=f"tb-{r}.txt", text=text, title=f"Thông báo kết luận số {r}",
                              unit=f"Xã số {r % 30}", tasks=tasks))
    print(f"(library of {n} entries built in {time.perf_counter() - t0:.0f} s)")
    return StoreRegisterSource(lib)


def _median_ms(fn, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return 1000 * statistics.median(times)


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from desktop.ui.register_window import RegisterWindow

    n = int(sys.argv[sys.argv.index("--n") + 1]) if "--n" in sys.argv else 10_000
    app = QApplication.instance() or QApplication(sys.argv)
    source = store_source(n) if "--store" in sys.argv else MemorySource(entries(n))
    w = RegisterWindow(source, today=lambda: date(2025, 7, 1))
    w.show()

    from PySide6.QtCore import QEventLoop

    def open_view() -> None:
        w.reload()
        while w.loading:  # (waiting as the event loop does: a busy loop here would slow the worker thread)
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        app.processEvents()

    print(f"opening the Register view with {n} entries: median {_median_ms(open_view):.0f} ms")

    def by_owner() -> None:
        w.owner.setText("dong hoa")
        app.processEvents()
        w.owner.setText("")

    def by_category() -> None:
        w.category.setCurrentIndex(w.category.findData(Category.OPEN_OVERDUE))
        app.processEvents()
        w.category.setCurrentIndex(0)

    print(f"filtering by owner (typed, diacritics ignored), then back: median {_median_ms(by_owner) / 2:.1f} ms "
          f"per filter")
    print(f"filtering by category, then back: median {_median_ms(by_category) / 2:.1f} ms per filter")
    return 0


if __name__ == "__main__":
    sys.exit(main())
