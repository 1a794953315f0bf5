"""The ``reportdesk`` command.

``reportdesk`` with no arguments opens the window; the sub-commands work headless.
Exit codes: 0 ok, 1 findings of severity *lỗi* (``check``), 2 bad input or usage.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Sequence

from desktop import __version__
from desktop.cli_delete import add_delete_parser, cmd_delete
from desktop.cli_review import review_status_arg
from desktop.cli_search import at_least_one
from desktop.cli_tasks import add_task_parsers, cmd_task_status, cmd_tasks


def _utf8_stdout() -> None:
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, ValueError):
            stream.reconfigure(encoding="utf-8")  # type: ignore[union-attr]  # TextIO stubs lack TextIOWrapper's


def _add_db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="URL", help="cơ sở dữ liệu (mặc định: thư mục dữ liệu của người dùng; "
                                                "biến môi trường REPORTDESK_DB)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reportdesk",
        description="ReportDesk — trích xuất, kiểm tra số liệu và lập báo cáo từ văn bản. "
                    "Không có lệnh con: mở cửa sổ ứng dụng.",
    )
    parser.add_argument("--version", action="version", version=f"ReportDesk {__version__}")
    sub = parser.add_subparsers(dest="command")
    ex = sub.add_parser("extract", help="trích xuất chỉ tiêu, nhiệm vụ, kiến nghị… từ tệp (.txt, .docx, .html)")
    ex.add_argument("files", nargs="+", metavar="FILE")
    ex.add_argument("--json", action="store_true", help="in JSON theo hợp đồng reportdesk.extraction/1")
    ex.add_argument("--no-body", action="store_true", help="bỏ trường body trong JSON")
    ck = sub.add_parser("check", help="kiểm tra số liệu: tổng các phần, tỷ lệ %%, tỷ trọng, số mục liệt kê")
    ck.add_argument("files", nargs="+", metavar="FILE")
    ck.add_argument("--json", action="store_true", help="in các điểm cần kiểm tra dạng JSON")
    im = sub.add_parser("import", help="nhập tệp hoặc thư mục (đệ quy) vào thư viện")
    im.add_argument("paths", nargs="+", metavar="PATH")
    _add_db(im)
    se = sub.add_parser("search", help="tìm trong thư viện (không phân biệt dấu: “nhiem vu” tìm được “nhiệm vụ”)")
    se.add_argument("query", nargs="+")
    se.add_argument("--unit", help="chỉ văn bản của đơn vị này")
    se.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="từ ngày")
    se.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="đến ngày")
    se.add_argument("--type", dest="item_type", choices=["report", "document", "person", "indicator", "ratio",
                                                         "tally", "part", "task", "proposal"],
                    help="chỉ một loại mục (report = nội dung văn bản)")
    se.add_argument("--status", type=review_status_arg, metavar="S",
                    help="chỉ mục có trạng thái kiểm tra này: unchecked, verified, needs_fix, rejected "
                         "(hoặc “chưa kiểm tra”, “đã xác minh”, “cần sửa”, “loại bỏ”)")
    se.add_argument("--limit", type=at_least_one, default=20, help="số văn bản tối đa (mặc định 20)")
    se.add_argument("--per-report", type=at_least_one, default=5, metavar="K",
                    help="số kết quả tối đa của mỗi văn bản (mặc định 5); số còn lại được đếm")
    se.add_argument("--json", action="store_true")
    _add_db(se)
    ex2 = sub.add_parser("export", help="xuất Word (báo cáo tóm tắt, dự thảo thông báo kết luận, báo cáo tổng hợp, "
                                        "báo cáo kết quả thực hiện nhiệm vụ) hoặc Excel (bảng theo dõi, sổ theo dõi "
                                        "nhiệm vụ) theo thể thức")
    ex2.add_argument("report_ids", nargs="*", type=int, metavar="REPORT_ID",
                     help="văn bản cần xuất (với register, register-report: chỉ nhiệm vụ của các văn bản này; "
                          "bỏ trống: cả sổ)")
    ex2.add_argument("--format", dest="fmt", choices=["docx", "xlsx"],
                     help="bắt buộc, trừ register (xlsx) và register-report (docx)")
    ex2.add_argument("--kind", choices=["briefing", "conclusion", "summary", "tracking", "register", "register-report"],
                     required=True)
    ex2.add_argument("--today", metavar="YYYY-MM-DD", help="ngày tính tình trạng quá hạn (mặc định hôm nay)")
    ex2.add_argument("--out", required=True, metavar="PATH")
    ex2.add_argument("--profile", choices=["party", "state"], default="party",
                     help="thể thức Đảng (Hướng dẫn 36-HD/VPTW) hoặc Nhà nước (Nghị định 30/2020/NĐ-CP)")
    from desktop.export.organisation import add_options

    add_options(ex2)  # the issuing organisation, over the one saved in Settings for the profile
    _add_db(ex2)
    bk = sub.add_parser("backup", help="sao lưu thư viện SQLite ra tệp (an toàn cả khi ứng dụng đang mở)")
    bk.add_argument("path", metavar="PATH", help="tệp đích, hoặc thư mục (tên tệp theo ngày giờ)")
    _add_db(bk)
    add_delete_parser(sub, _add_db)
    add_task_parsers(sub, _add_db)
    return parser


def _open_library(args: argparse.Namespace):
    from desktop.store.db import open_database
    from desktop.store.library import Library

    return Library(open_database(args.db))


def cmd_import(args: argparse.Namespace) -> int:
    from desktop.store.importer import import_paths

    lib = _open_library(args)
    counts = {"imported": 0, "duplicate": 0, "failed": 0}

    def progress(k: int, n: int, res) -> None:
        counts[res.status] += 1
        extra = f" — {res.reason}" if res.reason and res.status == "failed" else ""
        print(f"[{k}/{n}] {res.label}: {res.path}{extra}", flush=True)

    import_paths(lib, args.paths, progress=progress)
    print(f"Tổng cộng: {counts['imported']} đã nhập, {counts['duplicate']} trùng, {counts['failed']} lỗi.")
    return 2 if counts["failed"] else 0


def cmd_search(args: argparse.Namespace) -> int:
    from desktop.cli_search import print_report_hits
    from desktop.store.search import search

    lib = _open_library(args)
    hits = search(lib.db, " ".join(args.query), unit=args.unit, date_from=args.date_from, date_to=args.date_to,
                  item_type=args.item_type, review_status=args.status, limit=args.limit,
                  per_report=args.per_report)
    if args.json:
        print(json.dumps([h.__dict__ for h in hits], ensure_ascii=False, indent=1))
        return 0
    if not hits:
        print("Không tìm thấy kết quả.")
    print_report_hits(hits)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from desktop.export import ExportError, export_reports
    from desktop.export.organisation import from_options

    lib = _open_library(args)
    if args.kind in ("register", "register-report"):
        from desktop.cli_tasks import export_register

        return export_register(args, lib.db, from_options(args, args.profile))
    if not args.report_ids or args.fmt is None:
        print("Lỗi: hãy cho biết mã văn bản và --format (docx hoặc xlsx).", file=sys.stderr)
        return 2
    reports = [lib.get_report(i) for i in args.report_ids]
    try:
        path = export_reports(reports, args.fmt, args.kind, args.out, args.profile, from_options(args, args.profile))
    except ExportError as err:
        print(f"Lỗi: {err}", file=sys.stderr)
        return 2
    print(f"Đã xuất {path}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from pathlib import Path

    from desktop.store.backup import backup_database

    lib = _open_library(args)
    dest = backup_database(lib.db, Path(args.path))
    print(f"Đã sao lưu vào {dest}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from desktop.core.extract import extract_file
    from desktop.core.intake import IntakeError
    from desktop.core.model import Severity
    from desktop.core.serialize import finding_to_dict

    worst = 0
    payload = []
    for f in args.files:
        try:
            report = extract_file(f)
        except IntakeError as err:
            print(f"Lỗi: {err}", file=sys.stderr)
            worst = 2
            continue
        errors = [x for x in report.findings if x.severity == Severity.ERROR]
        if errors and worst < 1:
            worst = 1
        if args.json:
            payload.append({"source": report.source, "findings": [finding_to_dict(x) for x in report.findings]})
            continue
        print(f"== {report.source}")
        if not report.findings:
            print("  Không phát hiện số liệu bất thường.")
        for x in report.findings:
            line, col = _line_col(report.text, x.spans[0][0]) if x.spans else (None, None)
            where = f" (dòng {line}, cột {col})" if line else ""
            print(f"  [{x.severity}] {x.message}{where}")
    if args.json:
        print(json.dumps(payload[0] if len(payload) == 1 else payload, ensure_ascii=False, indent=1))
    return worst


def _line_col(text: str, pos: int) -> tuple[int, int]:
    line = text.count("\n", 0, pos) + 1
    return line, pos - (text.rfind("\n", 0, pos) + 1) + 1


def cmd_extract(args: argparse.Namespace) -> int:
    from desktop.core.extract import extract_batch
    from desktop.core.intake import IntakeError, read_source
    from desktop.core.serialize import report_to_dict
    from desktop.core.summary import summary_text

    sources = []
    failed = False
    for f in args.files:
        try:
            sources.append(read_source(f))
        except IntakeError as err:
            print(f"Lỗi: {err}", file=sys.stderr)
            failed = True
    # several files at once: lines they share (a site's menus and footer) are read as that site's chrome
    results = extract_batch(sources)
    if args.json:
        dicts = [report_to_dict(r) for r in results]
        if args.no_body:
            for d in dicts:
                d.pop("body", None)
        payload = dicts[0] if len(args.files) == 1 and dicts else dicts
        if dicts or len(args.files) > 1:
            print(json.dumps(payload, ensure_ascii=False, indent=1))
    else:
        for r in results:
            print(summary_text(r))
    return 2 if failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    _utf8_stdout()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from desktop.app import run_app

        return run_app()
    if args.command == "extract":
        return cmd_extract(args)
    if args.command == "check":
        return cmd_check(args)
    handlers = {"import": cmd_import, "search": cmd_search, "backup": cmd_backup, "export": cmd_export,
                "delete": cmd_delete, "tasks": cmd_tasks, "task-status": cmd_task_status}
    if args.command in handlers:
        from desktop.store.errors import StoreError

        try:
            return handlers[args.command](args)
        except StoreError as err:
            print(f"Lỗi: {err}", file=sys.stderr)
            return 2
    parser.print_help()
    return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
