"""Excel tracking tables for meetings: one workbook for one report or for many (a meeting across units).

Sheets Chỉ tiêu, Nhiệm vụ, Kiến nghị, Số liệu tổng hợp, Kiểm tra số liệu; each with a title
block, headings and a column-number row repeated on every printed page, Times New Roman,
borders, wrapped text, numbers stored as numbers with formats (the reader's Windows locale
shows 1.234,5), live formulas for rates, A4 landscape fitted to the width, frozen panes. What goes in the rows
is composed here; ``xlsx_sheets`` writes them (a write-only workbook with named styles: 5,000 rows well under 1 s).
"""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from desktop.core.dismissals import open_findings
from desktop.core.model import DocumentRef, Indicator, Item, Person, Ratio, Report, ReviewStatus, Tally
from desktop.core.vnnum import format_number
from desktop.export.citation import cite, unit_or_cite
from desktop.export.profiles import ExportProfile
from desktop.export.xlsx_sheets import FIRST_DATA, TrackingBook


def _kept(items: list) -> list:
    return [i for i in items if getattr(i, "review", None) != ReviewStatus.REJECTED]


def _number_format(x: float | None) -> str:
    if x is None or float(x).is_integer():
        return "#,##0"
    return "#,##0.0" if abs(x * 10 - round(x * 10)) < 1e-9 else "#,##0.00"


def _indicator_rows(r: Report) -> list[tuple[str, str, float | None, float | None, str]]:
    """(label, unit, target, actual, note): a target-table row gives both; a prose value goes to Thực hiện,
    or to Mục tiêu when it is stated as a threshold (trên, từ, dưới)."""
    rows: list[tuple[str, str, float | None, float | None, str]] = []
    by_row: dict[str, dict[str, Indicator]] = {}
    for i in _kept(r.indicators):
        if i.rel in ("row-plan", "row-actual", "row-rate") and i.ref:
            by_row.setdefault(i.ref, {})[i.rel] = i
            continue
        if i.rel in ("rate", "excess", "share", "part-rate"):
            rows.append((i.label, i.unit, None, i.value, ""))
            continue
        target = i.qualifier in ("trên", "từ", "dưới")
        note = f"{i.qualifier} {i.value:g}".strip() if i.qualifier and target else ""
        rows.append((i.label, i.unit, i.value if target else None, None if target else i.value, note))
    for cells in by_row.values():
        plan, actual = cells.get("row-plan"), cells.get("row-actual")
        base = plan or actual or cells.get("row-rate")
        assert base is not None  # a row is made by one of these three
        label = base.row_label()
        first = plan or actual
        unit = first.unit if first else ""
        rows.append((label, unit, plan.value if plan else None, actual.value if actual else None, ""))
    return rows


def build_workbook(reports: list[Report], profile: ExportProfile, caption: str = "") -> Workbook:
    many = len(reports) > 1
    book = TrackingBook(profile)
    names = list(dict.fromkeys(unit_or_cite(r) for r in reports))
    src = "; ".join(names[:4]) + (f" và {len(names) - 4} đơn vị khác" if len(names) > 4 else "")
    unit_col = ["Đơn vị"] if many else []

    def lead(r_i: int, rep: Report) -> list[object]:
        """STT and, for several reports, the unit: the first columns of every sheet."""
        return [r_i - FIRST_DATA + 1, *([unit_or_cite(rep)] if many else [])]

    # Chỉ tiêu
    heads = ["STT", *unit_col, "Chỉ tiêu", "ĐVT", "Mục tiêu", "Thực hiện", "Tỷ lệ %", "Đánh giá"]
    widths = [6, *([22] if many else []), 48, 14, 14, 14, 11, 14]
    k = len(unit_col)
    # columns: STT, [Đơn vị], Chỉ tiêu, ĐVT, Mục tiêu (4+k), Thực hiện (5+k), Tỷ lệ % (6+k), Đánh giá (7+k)
    t_col, a_col, p_col = get_column_letter(4 + k), get_column_letter(5 + k), get_column_letter(6 + k)
    numbers = [f"({c})" for c in range(1, len(heads) + 1)]
    numbers[5 + k] = f"({6 + k})=({5 + k})/({4 + k})"
    ws = book.sheet("Chỉ tiêu", heads, widths, caption or "Kết quả thực hiện các chỉ tiêu", f"(Tổng hợp từ: {src})",
                    numbers)
    r_i = FIRST_DATA
    for rep in reports:
        for label, unit, target, actual, note in _indicator_rows(rep):
            t, a = f"{t_col}{r_i}", f"{a_col}{r_i}"
            rate = f'=IF(AND(ISNUMBER({t}),ISNUMBER({a}),{t}<>0),{a}/{t}*100,"")'
            pc = f"{p_col}{r_i}"
            grade = f'=IF({pc}="","{note}",IF({pc}>100,"Vượt",IF({pc}>=100,"Đạt","Chưa đạt")))'
            values = [*lead(r_i, rep), label, unit, target, actual,
                      rate, grade]
            ws.row(values, {4 + k: _number_format(target), 5 + k: _number_format(actual), 6 + k: "#,##0.0"})
            r_i += 1
    # Nhiệm vụ
    heads = ["STT", *unit_col, "Nội dung nhiệm vụ", "Văn bản giao", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn",
             "Sản phẩm", "Kết quả thực hiện", "Tình trạng", "Ghi chú"]
    ws = book.sheet("Nhiệm vụ", heads, [6, *([22] if many else []), 50, 18, 22, 22, 13, 22, 22, 16, 14],
                    "Theo dõi thực hiện nhiệm vụ", f"(Tổng hợp từ: {src})")
    r_i = FIRST_DATA
    for rep in reports:
        for t in _kept(rep.tasks):
            deadline = t.deadline or ""
            if len(deadline) == 10 and deadline[4] == "-":
                y, m, d = deadline.split("-")
                deadline = f"{d}/{m}/{y}"
            source = rep.own_number or cite(rep)
            ws.row([*lead(r_i, rep), t.text, source,
                    t.owner or "", "; ".join(t.partners), deadline, t.product or "", "", t.progress or "", t.note])
            r_i += 1
    # Kiến nghị
    heads = ["STT", *unit_col, "Nội dung kiến nghị, đề xuất", "Cơ quan xử lý", "Kết quả trả lời"]
    ws = book.sheet("Kiến nghị", heads, [6, *([22] if many else []), 70, 26, 30], "Tổng hợp kiến nghị, đề xuất")
    r_i = FIRST_DATA
    for rep in reports:
        for p in _kept(rep.proposals):
            ws.row([*lead(r_i, rep), p.text, "", ""])
            r_i += 1
    # Số liệu tổng hợp
    heads = ["STT", *unit_col, "Nội dung", "Tổng số", "Các phần (số lượng: tình trạng)", "Tổng các phần", "Chênh lệch"]
    ws = book.sheet("Số liệu tổng hợp", heads, [6, *([22] if many else []), 36, 12, 60, 14, 12], "Số liệu tổng hợp")
    r_i = FIRST_DATA
    # columns: STT, [Đơn vị], Nội dung, Tổng số (3+k), Các phần, Tổng các phần (5+k), Chênh lệch (6+k)
    tot_col, sum_col = get_column_letter(3 + k), get_column_letter(5 + k)
    for rep in reports:
        for t in _kept(rep.tallies):
            parts = "; ".join(f"{p.count:g}: {p.status}" for p in t.parts)
            total_parts = sum(p.count for p in t.parts) if t.parts else None
            diff = f'=IF(ISNUMBER({sum_col}{r_i}),{tot_col}{r_i}-{sum_col}{r_i},"")'
            ws.row([*lead(r_i, rep), t.noun, t.total, parts,
                    total_parts, diff], {3 + k: "#,##0", 5 + k: "#,##0", 6 + k: "#,##0"})
            r_i += 1
    # Kiểm tra số liệu
    heads = ["STT", *unit_col, "Mức", "Nội dung cần kiểm tra", "Loại"]
    ws = book.sheet("Kiểm tra số liệu", heads, [6, *([22] if many else []), 12, 90, 18],
                    "Các số liệu cần kiểm tra trước khi sử dụng")
    r_i = FIRST_DATA
    for rep in reports:
        for f in open_findings(rep):
            ws.row([*lead(r_i, rep), str(f.severity), f.message, f.kind])
            r_i += 1
    # Đối chiếu nguồn: every item with the words of the text it came from, to check a figure at its source
    heads = ["STT", *unit_col, "Loại", "Mục", "Giá trị", "Trích đoạn văn bản", "Kiểm tra"]
    ws = book.sheet("Đối chiếu nguồn", heads, [6, *([22] if many else []), 16, 40, 16, 70, 15],
                    "Đối chiếu các mục với văn bản gốc", f"(Tổng hợp từ: {src})")
    r_i = FIRST_DATA
    for rep in reports:
        for kind, item in _sourced_items(rep):
            name, value = _item_cells(item)
            ws.row([*lead(r_i, rep), kind, name, value, source_excerpt(rep.text, item.span),
                    ReviewStatus(item.review).label])
            r_i += 1
    return book.wb


_KINDS = (("indicators", "Chỉ tiêu"), ("tasks", "Nhiệm vụ"), ("proposals", "Kiến nghị"),
          ("tallies", "Số liệu tổng hợp"), ("ratios", "Tỷ số"), ("documents", "Văn bản"), ("people", "Nhân sự"))


def _sourced_items(r: Report) -> list[tuple[str, Item]]:
    return [(name, i) for attr, name in _KINDS for i in _kept(getattr(r, attr)) if i.span]


def _item_cells(item: Item) -> tuple[str, str]:
    """What the item is and its figure, as the other sheets show them."""
    if isinstance(item, Indicator):
        return item.label, f"{format_number(item.value)} {item.unit}".strip()
    if isinstance(item, Ratio):
        return item.noun, f"{format_number(item.numerator)}/{format_number(item.denominator)}"
    if isinstance(item, Tally):
        return item.noun, format_number(item.total)
    if isinstance(item, DocumentRef):
        return item.kind, item.number
    if isinstance(item, Person):
        return item.name, "; ".join(item.positions)
    return str(getattr(item, "text", "")), ""


_SENTENCE_BREAKS = ("\n", ". ", "; ", "? ", "! ")


def source_excerpt(text: str, span: tuple[int, int] | None, limit: int = 320) -> str:
    """The sentence (or line, or clause) of ``text`` around ``span``; "…" where a long one was cut."""
    if not span:
        return ""
    a, b = span
    first = max((i + len(sep) for sep in _SENTENCE_BREAKS if (i := text.rfind(sep, 0, a)) >= 0), default=0)
    last = min((i for sep in _SENTENCE_BREAKS if (i := text.find(sep, b)) >= 0), default=len(text))
    start, end = first, last
    if end - start > limit:  # a long sentence: the item and what is around it
        start = max(first, (a + b) // 2 - limit // 2)
        end = min(last, start + limit)
        start = max(first, end - limit)
    piece = " ".join(text[start:end].split())
    return ("… " if start > first else "") + piece + (" …" if end < last else "")
