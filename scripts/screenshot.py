"""Take a screenshot of the real window (run under Xvfb):
``xvfb-run python scripts/screenshot.py OUT.png [TITLE] [--chrome]``.

Opens a fresh library with the shipped samples, opens the report whose title holds TITLE (default: the
first one), verifies its first targets (Chỉ tiêu) as a clerk would with Ctrl+Enter, selects the next one,
and grabs the window as a person would see it; settings and window layout come from a temp folder;
``--chrome`` shows the page's chrome lines (dimmed) instead of folding them.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
_HOME = Path(tempfile.mkdtemp(prefix="reportdesk-screenshot-"))
os.environ["REPORTDESK_HOME"] = str(_HOME / "data")  # never the clerk's own settings or window layout
os.environ["XDG_CONFIG_HOME"] = str(_HOME / "config")

from PySide6.QtWidgets import QApplication  # noqa: E402
from qt_wait import pump, wait_until  # noqa: E402


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshot.png")
    _app = QApplication(sys.argv)  # (alive as long as the window)
    from desktop.core.model import ReviewStatus
    from desktop.ui.main_window import MainWindow

    w = MainWindow(f"sqlite:///{_HOME / 'demo.sqlite3'}")
    w.resize(1440, 860)
    w.show()
    w.load_library()
    wait_until(lambda: not w.importing, 20)
    pump(0.2)
    if "--chrome" in sys.argv:
        sys.argv.remove("--chrome")
        w.chrome.show_action.setChecked(True)
    if len(sys.argv) > 2:
        wanted = next((r.id for r in w.library.list_reports() if sys.argv[2].lower() in r.title.lower()), None)
        if wanted is not None:
            w.library_panel.reload(select=wanted)  # picked in the library, as a clerk does
            w.open_report(wanted)
            pump(0.2)
    targets = w.session.report.indicators if w.session is not None else []
    for item in targets[:3]:  # the first rows verified (Ctrl+Enter), the next one selected
        w.form.select_item(item)
        w.mark(ReviewStatus.VERIFIED)
    if len(targets) > 3:
        w.form.select_item(targets[3])
        w.article.show_item(targets[3])
    pump(0.6)
    out.parent.mkdir(parents=True, exist_ok=True)
    w.grab().save(str(out))
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
