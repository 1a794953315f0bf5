"""How ``library_0006.sqlite3`` and ``library_0006.json`` were made: run once with ReportDesk at commit b1058bc
(schema 0006, review statuses stored as their Vietnamese labels), before the statuses became codes (0007).
Kept to show what the fixtures hold; running it with a later version makes a library of that version instead.

    PYTHONPATH=$PWD python tests/data/make_library_0006.py
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from sqlalchemy import text

from desktop.core.extract import extract_text
from desktop.core.model import ReviewStatus
from desktop.store.db import open_database
from desktop.store.library import Library

HERE = Path(__file__).parent
# fictional text (not from the corpus): a commune, a meeting, figures, tasks
SAMPLE = ("Thường trực Huyện ủy làm việc với xã Tân Mỹ\n\nSáng 12/5, đồng chí Nguyễn Thị Lan, Bí thư Huyện ủy chủ "
          "trì buổi làm việc. Trong 18 chỉ tiêu, có 12 chỉ tiêu đạt, 4 chỉ tiêu đạt trên 80%, 2 chỉ tiêu chưa đạt. "
          "Tỷ lệ che phủ rừng đạt 61,2%. Đồng chí yêu cầu Đảng ủy xã tập trung chỉ đạo nhiệm vụ phát triển "
          "đảng viên; đẩy nhanh tiến độ xây dựng trường học ở Sa Pa.")
TABLES = ("reports", "items", "audit", "search_docs", "finding_dismissals")


def _plain(value: object) -> object:
    return value.isoformat(sep=" ") if isinstance(value, datetime) else value


def main() -> None:
    path = HERE / "library_0006.sqlite3"
    path.unlink(missing_ok=True)
    db = open_database(f"sqlite:///{path}")
    lib = Library(db)
    rid, _ = lib.add_report(extract_text(SAMPLE, name="tan-my.txt"), who="Lan")
    items = [i for i in lib.get_report(rid).items()]
    first, second, third, fourth = items[:4]
    v = lib.set_review(first.id, ReviewStatus.VERIFIED, first.version, who="Lan")
    lib.set_review(second.id, ReviewStatus.NEEDS_FIX, second.version, who="Lan")
    lib.set_review(third.id, ReviewStatus.REJECTED, third.version, who="Minh")
    v = lib.set_review(first.id, ReviewStatus.UNCHECKED, v, who="Minh")  # an undo: back to unchecked
    lib.set_review(first.id, ReviewStatus.VERIFIED, v, who="Minh")
    # a note that reads like a status label: not a status, never converted
    lib.update_item(fourth.id, {"note": "cần sửa"}, fourth.version, who="Lan")
    dump = {"made_by": "tests/data/make_library_0006.py at b1058bc", "revision": "0006"}
    with db.engine.connect() as conn:
        for table in TABLES:
            rows = conn.execute(text(f"SELECT * FROM {table} ORDER BY id")).mappings()
            dump[table] = [{k: _plain(v) for k, v in r.items()} for r in rows]
        conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    db.close()
    with db.engine.connect() as conn:
        conn.execute(text("VACUUM"))
        conn.execute(text("PRAGMA journal_mode=DELETE"))
    db.engine.dispose()
    (HERE / "library_0006.json").write_text(json.dumps(dump, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
