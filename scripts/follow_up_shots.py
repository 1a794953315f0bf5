"""Screenshots of the follow-up views (issue 17) on the first-run sample library (run under Xvfb):
``xvfb-run python scripts/follow_up_shots.py [DIR]`` writes DIR/register.png (Sổ theo dõi nhiệm vụ, two statuses
changed as a clerk would) and DIR/targets.png (Chỉ tiêu qua các kỳ báo cáo of the sample district); settings and
library live in a temporary folder."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
_HOME = Path(tempfile.mkdtemp(prefix="reportdesk-shots-"))
os.environ["REPORTDESK_HOME"] = str(_HOME / "data")
os.environ["XDG_CONFIG_HOME"] = str(_HOME / "config")

from PySide6.QtWidgets import QApplication  # noqa: E402
from qt_wait import pump, wait_until  # noqa: E402


def _settle(_app, until=lambda: True, seconds: float = 20) -> None:
    wait_until(until, seconds)
    pump(0.3)  # (what was loaded painted)


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs")
    app = QApplication(sys.argv)
    from desktop.core.register import TaskStatus
    from desktop.ui.main_window import MainWindow
    from desktop.ui.register_model import STATUS_COLUMN

    w = MainWindow(f"sqlite:///{_HOME / 'demo.sqlite3'}")
    w.resize(1440, 860)
    w.show()
    w.load_library()
    _settle(app, lambda: not w.importing and w.session is not None)
    w.follow_up.open_register()
    reg = w.follow_up.register
    assert reg is not None
    reg.resize(1400, 620)
    _settle(app, lambda: not reg.loading)
    for row, status in ((0, TaskStatus.DONE), (2, TaskStatus.DOING)):  # as a clerk would after a meeting
        reg.model.setData(reg.model.index(row, STATUS_COLUMN), status)
    _settle(app)
    out.mkdir(parents=True, exist_ok=True)
    reg.grab().save(str(out / "register.png"))
    w.follow_up.open_targets()
    targets = w.follow_up.targets
    assert targets is not None
    targets.resize(1100, 680)
    targets.unit.setCurrentText("Huyện ủy Bình Sơn")
    _settle(app, lambda: not targets.loading and targets.model.rowCount() > 0)
    targets.grab().save(str(out / "targets.png"))
    print(out / "register.png", out / "targets.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
