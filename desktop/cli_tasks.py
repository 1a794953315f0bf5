"""``reportdesk tasks`` (the follow-up register, filtered, as a table or JSON) and ``reportdesk task-status ID
STATUS`` (a task's status changed, audited) — issue 17, item 4."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from desktop.core.register import Category, RegisterEntry, TaskStatus, category, counts

if TYPE_CHECKING:
    from desktop.export.profiles import Organisation
    from desktop.store.db import Database

STATUS_HELP = ("todo, doing, done, dropped (hoặc “chưa thực hiện”, “đang thực hiện”, “hoàn thành”, "
               "“không thực hiện được”)")


def add_task_parsers(sub, add_db: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser("tasks", help="sổ theo dõi nhiệm vụ: các nhiệm vụ có cơ quan chủ trì hoặc thời hạn")
    p.add_argument("--status", metavar="S", help=f"chỉ nhiệm vụ có trạng thái này: {STATUS_HELP}")
    p.add_argument("--category", metavar="C", help="chỉ một loại: " + ", ".join(c.value for c in Category))
    p.add_argument("--owner", metavar="TEXT", help="cơ quan chủ trì có chứa các chữ này (không phân biệt dấu)")
    p.add_argument("--due-before", metavar="YYYY-MM-DD", help="hạn đến hết ngày này")
    p.add_argument("--today", metavar="YYYY-MM-DD", help="tính quá hạn, sắp đến hạn theo ngày này (mặc định hôm nay)")
    p.add_argument("--json", action="store_true", help="in JSON: mỗi nhiệm vụ một đối tượng")
    add_db(p)
    st = sub.add_parser("task-status", help="đổi trạng thái một nhiệm vụ trong sổ theo dõi (được ghi vào nhật ký)")
    st.add_argument("entry_id", type=int, metavar="ID", help="số của nhiệm vụ (xem bằng lệnh tasks)")
    st.add_argument("status", metavar="STATUS", help=STATUS_HELP)
    st.add_argument("--date", metavar="YYYY-MM-DD", help="ngày hoàn thành (với done; mặc định hôm nay), "
                                                        "hoặc ngày của trạng thái khác")
    st.add_argument("--note", metavar="TEXT", help="ghi chú (tiến độ, kết quả)")
    add_db(st)


class BadInput(ValueError):
    """A value on the command line that cannot be used; the message is Vietnamese."""


def _day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise BadInput(f"{option}: ngày “{value}” không hợp lệ; viết theo dạng YYYY-MM-DD, ví dụ 2025-06-30.") from None


def _category(value: str | None) -> Category | None:
    if value is None:
        return None
    text = value.strip().casefold()
    for c in Category:
        if text in (c.value, c.label):
            return c
    raise BadInput(f"Loại “{value}” không hợp lệ; dùng một trong: {', '.join(c.value for c in Category)}.")


def entry_dict(e: RegisterEntry, today: date) -> dict[str, object]:
    """An entry as ``tasks --json`` prints it."""
    return {"id": e.id, "report_id": e.report_id, "text": e.text, "owner": e.owner, "partners": e.partners,
            "deadline": e.deadline, "due": e.due.isoformat() if e.due else None, "recurring": e.recurring,
            "status": str(e.status), "category": str(category(e, today)),
            "done_on": e.done_on.isoformat() if e.done_on else None}


def _open(args: argparse.Namespace) -> Database:
    from desktop.store.db import open_database

    return open_database(args.db)


def cmd_tasks(args: argparse.Namespace) -> int:
    from desktop.store.register import list_entries, sync_register
    from desktop.store.register_edit import status_of

    try:
        today = _day(args.today, "--today") or date.today()
        due_before = _day(args.due_before, "--due-before")
        wanted = _category(args.category)
    except BadInput as err:
        print(f"Lỗi: {err}", file=sys.stderr)
        return 2
    status = status_of(args.status) if args.status else None
    db = _open(args)
    try:
        sync_register(db)  # tasks stored or edited since are followed too
        entries = list_entries(db, status=status, owner=args.owner, due_before=due_before)
    finally:
        db.close()
    if wanted is not None:
        entries = [e for e in entries if category(e, today) == wanted]
    if args.json:
        print(json.dumps([entry_dict(e, today) for e in entries], ensure_ascii=False, indent=1))
        return 0
    for line in table_lines(entries, today):
        print(line)
    return 0


def table_lines(entries: list[RegisterEntry], today: date) -> list[str]:
    """The register as a readable table, the counts per category under it."""
    if not entries:
        return ["Không có nhiệm vụ nào phù hợp."]
    lines = [f"{'ID':>5}  {'Hạn':<10}  {'Tình trạng':<27}  {'Chủ trì':<28}  Nhiệm vụ"]
    for e in entries:
        due = e.due.isoformat() if e.due else "—"
        mark = "!" if category(e, today) == Category.OPEN_OVERDUE else " "
        lines.append(f"{e.id:>5}{mark} {due:<10}  {category(e, today).label:<27}  {_cut(e.owner or '—', 28):<28}  "
                     f"{_cut(e.text, 70)}")
    lines.append("")
    lines.append("; ".join(f"{c.label}: {n}" for c, n in counts(entries, today).items() if n)
                 + f" (tính đến {today.isoformat()})")
    return lines


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def cmd_task_status(args: argparse.Namespace) -> int:
    from desktop.store.register import get_entry
    from desktop.store.register_edit import set_status, status_of

    try:
        on = _day(args.date, "--date")
    except BadInput as err:
        print(f"Lỗi: {err}", file=sys.stderr)
        return 2
    status = status_of(args.status)
    db = _open(args)
    try:
        entry = get_entry(db, args.entry_id)
        if entry is None:
            print(f"Lỗi: Không có nhiệm vụ số {args.entry_id} trong sổ theo dõi (xem số bằng lệnh "
                  f"“reportdesk tasks”).", file=sys.stderr)
            return 2
        set_status(db, args.entry_id, status, done_on=on if status == TaskStatus.DONE else None, note=args.note,
                   expected_version=entry.version, status_on=on)
        after = get_entry(db, args.entry_id)
    finally:
        db.close()
    assert after is not None
    when = f" ngày {after.done_on.isoformat()}" if after.done_on else ""
    print(f"Đã ghi: nhiệm vụ #{after.id} → {after.status.label}{when} ({category(after, date.today()).label}).")
    return 0


def export_register(args: argparse.Namespace, db: Database, org: Organisation | None) -> int:
    """``export --kind register`` (the Excel register) and ``--kind register-report`` (the Word report)."""
    from desktop.export.register_docx import build_register_report
    from desktop.export.register_xlsx import build_register_workbook
    from desktop.export.save import ExportError
    from desktop.store.register import list_entries, sync_register

    want = "xlsx" if args.kind == "register" else "docx"
    try:
        today = _day(args.today, "--today") or date.today()
        if args.fmt not in (None, want):
            raise BadInput(f"--kind {args.kind} xuất ra tệp {want}, không phải {args.fmt}.")
    except BadInput as err:
        print(f"Lỗi: {err}", file=sys.stderr)
        return 2
    sync_register(db)
    entries = list_entries(db)
    if args.report_ids:
        entries = [e for e in entries if e.report_id in set(args.report_ids)]
    try:
        if args.kind == "register":
            path = build_register_workbook(entries, today, args.out, org=org)
        else:
            path = build_register_report(entries, today, args.out, args.profile, org)
    except ExportError as err:
        print(f"Lỗi: {err}", file=sys.stderr)
        return 2
    print(f"Đã xuất {path} ({len(entries)} nhiệm vụ)")
    return 0
