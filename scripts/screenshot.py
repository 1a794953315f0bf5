"""Take a screenshot of the real window (run under Xvfb):
``xvfb-run python scripts/screenshot.py OUT.png [TITLE] [--chrome]``.

Opens a fresh library with the shipped samples, opens the report whose title holds TITLE (default: the
first one), selects an item and the findings tab, and grabs the window as a person would see it;
``--chrome`` shows the page's chrome lines (dimmed) instead of folding them.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshot.png")
    app = QApplication(sys.argv)
    from desktop.ui.main_window import MainWindow

    w = MainWindow(f"sqlite:///{Path(tempfile.mkdtemp()) / 'demo.sqlite3'}")
    w.resize(1500, 900)
    w.show()
    w.load_library()
    t = time.time()
    while w._import is not None and time.time() - t < 20:
        app.processEvents()
        time.sleep(0.02)
    for _ in range(20):
        app.processEvents()
    if "--chrome" in sys.argv:
        sys.argv.remove("--chrome")
        w.chrome.show_action.setChecked(True)
    if len(sys.argv) > 2:
        wanted = next((r.id for r in w.library.list_reports() if sys.argv[2].lower() in r.title.lower()), None)
        if wanted is not None:
            w.open_report(wanted)
            for _ in range(20):
                app.processEvents()
    w.next_unverified()
    w.next_unverified()
    w.form.setCurrentIndex(1)
    for _ in range(30):
        app.processEvents()
        time.sleep(0.02)
    out.parent.mkdir(parents=True, exist_ok=True)
    w.grab().save(str(out))
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
