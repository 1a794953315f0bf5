"""``reportdesk delete REPORT_ID [--yes]``: delete one report from the library, after a confirmation."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable


def add_delete_parser(sub, add_db: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser("delete", help="xóa một văn bản (cùng mọi mục của nó) khỏi thư viện; được ghi vào nhật ký")
    p.add_argument("report_id", type=int, metavar="REPORT_ID", help="số của văn bản (xem bằng lệnh search)")
    p.add_argument("--yes", action="store_true", help="không hỏi lại")
    add_db(p)


def _confirmed(question: str) -> bool:
    try:
        answer = input(question)
    except EOFError:
        return False
    return answer.strip().casefold() in ("c", "có", "co", "y", "yes")


def cmd_delete(args: argparse.Namespace) -> int:
    from desktop.store.db import open_database
    from desktop.store.report_delete import delete_report, report_exists

    db = open_database(args.db)
    try:
        found = report_exists(db, args.report_id)
        if found is None:
            print(f"Lỗi: Không có văn bản số {args.report_id} trong thư viện (xem số văn bản bằng lệnh "
                  f"“reportdesk search”).", file=sys.stderr)
            return 2
        title, n = found
        if not args.yes and not _confirmed(f"Xóa văn bản #{args.report_id} “{title}” cùng {n} mục? [c/K] "):
            print("Không xóa gì.")
            return 2
        delete_report(db, args.report_id)
        print(f"Đã xóa văn bản #{args.report_id} “{title}” ({n} mục).")
        return 0
    finally:
        db.close()
