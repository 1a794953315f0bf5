"""The tracking-workbook builder as it was before the write-only rewrite (issue 18, point 7), kept verbatim as
the oracle of ``tests/test_excel_same_look.py``: the fast builder must write what this one wrote.

When the workbook's content or look changes on purpose, make the same change here (or retire the test).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desktop.core.dismissals import open_findings
from desktop.core.model import DocumentRef, Indicator, Item, Person, Ratio, Report, ReviewStatus, Tally
from desktop.core.vnnum import format_number
from desktop.export.citation import cite, unit_or_cite
from desktop.export.profiles import ExportProfile

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
HEAD_ROW = 4  # headings on row 4, column numbers on row 5, data from row 6
FIRST_DATA = 6


def _font(profile: ExportProfile, size: float = 12, bold: bool = False, italic: bool = False) -> Font:
    return Font(name=profile.font, size=size, bold=bold, italic=italic)


def _sheet(wb: Workbook, title: str, headers: Sequence[str], widths: Sequence[float], profile: ExportProfile,
           caption: str, numbers: Sequence[str] | None = None) -> Worksheet:
    ws = wb.create_sheet(title)
    last = get_column_letter(len(headers))
    ws.merge_cells(f"A1:{last}1")
    ws["A1"] = caption.upper()
    ws["A1"].font = _font(profile, 13, bold=True)
    ws["A1"].alignment = CENTRE
    ws.row_dimensions[1].height = 36
    ws.merge_cells(f"A2:{last}2")
    ws["A2"].font = _font(profile, 12, italic=True)
    ws["A2"].alignment = CENTRE
    for c, (h, w) in enumerate(zip(headers, widths, strict=True), start=1):
        cell = ws.cell(HEAD_ROW, c, h)
        cell.font = _font(profile, 12, bold=True)
        cell.alignment = CENTRE
        cell.border = BORDER
        num = ws.cell(HEAD_ROW + 1, c, (numbers[c - 1] if numbers else f"({c})"))
        num.font = _font(profile, 11, italic=True)
        num.alignment = CENTRE
        num.border = BORDER
        ws.column_dimensions[get_column_letter(c)].width = w
    ws.freeze_panes = ws.cell(FIRST_DATA, 3)
    ws.print_title_rows = f"{HEAD_ROW}:{HEAD_ROW + 1}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.6
    ws.page_margins.top = ws.page_margins.bottom = 0.7
    ws.oddFooter.center.text = "Trang &P/&N"
    ws.oddFooter.center.font = profile.font
    return ws


RIGHT = Alignment(horizontal="right", vertical="top")
_FONTS: dict[tuple[str, float], Font] = {}


def _body_font(profile: ExportProfile) -> Font:
    key = (profile.font, 12)
    if key not in _FONTS:  # one shared style object: creating one per cell dominates the time
        _FONTS[key] = _font(profile, 12)
    return _FONTS[key]


def _row(ws: Worksheet, r: int, values: Sequence[object], profile: ExportProfile,
         formats: dict[int, str] | None = None) -> None:
    formats = formats or {}
    font = _body_font(profile)
    lines = 1
    for c, v in enumerate(values, start=1):
        cell = ws.cell(r, c, v)
        cell.font = font
        cell.border = BORDER
        if c in formats:
            cell.number_format = VN_NUMBERS + formats[c]
            cell.alignment = RIGHT
        else:
            cell.alignment = CENTRE if c == 1 else WRAP
        if isinstance(v, str) and v and not v.startswith("="):
            lines = max(lines, _lines(v, ws.column_dimensions[get_column_letter(c)].width or 10))
    # LibreOffice (and Excel for some files) does not grow a row to its wrapped text: set the height
    ws.row_dimensions[r].height = LINE_HEIGHT * lines + 3


# Number formats carry the Vietnamese locale tag: LibreOffice then shows 1.234.567,5 whatever the PC's locale;
# Excel shows the separators of Windows' region settings (1.234.567,5 on a Vietnamese-region PC).
VN_NUMBERS = "[$-42A]"
LINE_HEIGHT = 15.0  # points, one line of 12 pt Times New Roman


def _lines(text: str, width: float) -> int:
    """Lines a wrapped cell needs: a column width unit holds about one character of 12 pt Times New Roman."""
    per_line = max(4.0, width * 1.05)
    return sum(max(1, math.ceil(len(part) / per_line)) for part in text.split("\n"))


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
        base = (plan or actual or cells.get("row-rate"))
        label = base.row_label()
        unit = (plan or actual).unit if (plan or actual) else ""
        rows.append((label, unit, plan.value if plan else None, actual.value if actual else None, ""))
    return rows


def build_workbook(reports: list[Report], profile: ExportProfile, caption: str = "") -> Workbook:
    many = len(reports) > 1
    wb = Workbook()
    wb.remove(wb.active)
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
    ws = _sheet(wb, "Chỉ tiêu", heads, widths, profile, caption or "Kết quả thực hiện các chỉ tiêu", numbers)
    ws["A2"] = f"(Tổng hợp từ: {src})"
    r_i = FIRST_DATA
    for rep in reports:
        for label, unit, target, actual, note in _indicator_rows(rep):
            t, a = f"{t_col}{r_i}", f"{a_col}{r_i}"
            rate = f'=IF(AND(ISNUMBER({t}),ISNUMBER({a}),{t}<>0),{a}/{t}*100,"")'
            pc = f"{p_col}{r_i}"
            grade = f'=IF({pc}="","{note}",IF({pc}>100,"Vượt",IF({pc}>=100,"Đạt","Chưa đạt")))'
            values = [*lead(r_i, rep), label, unit, target, actual,
                      rate, grade]
            _row(ws, r_i, values, profile, {4 + k: _number_format(target), 5 + k: _number_format(actual),
                                            6 + k: "#,##0.0"})
            r_i += 1
    # Nhiệm vụ
    heads = ["STT", *unit_col, "Nội dung nhiệm vụ", "Văn bản giao", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn",
             "Sản phẩm", "Kết quả thực hiện", "Tình trạng", "Ghi chú"]
    ws = _sheet(wb, "Nhiệm vụ", heads, [6, *([22] if many else []), 50, 18, 22, 22, 13, 22, 22, 16, 14], profile,
                "Theo dõi thực hiện nhiệm vụ")
    ws["A2"] = f"(Tổng hợp từ: {src})"
    r_i = FIRST_DATA
    for rep in reports:
        for t in _kept(rep.tasks):
            deadline = t.deadline or ""
            if len(deadline) == 10 and deadline[4] == "-":
                y, m, d = deadline.split("-")
                deadline = f"{d}/{m}/{y}"
            source = rep.own_number or cite(rep)
            _row(ws, r_i, [*lead(r_i, rep), t.text, source,
                           t.owner or "", "; ".join(t.partners), deadline, t.product or "", "", t.progress or "",
                           t.note], profile)
            r_i += 1
    # Kiến nghị
    heads = ["STT", *unit_col, "Nội dung kiến nghị, đề xuất", "Cơ quan xử lý", "Kết quả trả lời"]
    ws = _sheet(wb, "Kiến nghị", heads, [6, *([22] if many else []), 70, 26, 30], profile,
                "Tổng hợp kiến nghị, đề xuất")
    r_i = FIRST_DATA
    for rep in reports:
        for p in _kept(rep.proposals):
            _row(ws, r_i, [*lead(r_i, rep), p.text, "", ""], profile)
            r_i += 1
    # Số liệu tổng hợp
    heads = ["STT", *unit_col, "Nội dung", "Tổng số", "Các phần (số lượng: tình trạng)", "Tổng các phần", "Chênh lệch"]
    ws = _sheet(wb, "Số liệu tổng hợp", heads, [6, *([22] if many else []), 36, 12, 60, 14, 12], profile,
                "Số liệu tổng hợp")
    r_i = FIRST_DATA
    # columns: STT, [Đơn vị], Nội dung, Tổng số (3+k), Các phần, Tổng các phần (5+k), Chênh lệch (6+k)
    tot_col, sum_col = get_column_letter(3 + k), get_column_letter(5 + k)
    for rep in reports:
        for t in _kept(rep.tallies):
            parts = "; ".join(f"{p.count:g}: {p.status}" for p in t.parts)
            total_parts = sum(p.count for p in t.parts) if t.parts else None
            diff = f'=IF(ISNUMBER({sum_col}{r_i}),{tot_col}{r_i}-{sum_col}{r_i},"")'
            _row(ws, r_i, [*lead(r_i, rep), t.noun, t.total, parts,
                           total_parts, diff], profile, {3 + k: "#,##0", 5 + k: "#,##0", 6 + k: "#,##0"})
            r_i += 1
    # Kiểm tra số liệu
    heads = ["STT", *unit_col, "Mức", "Nội dung cần kiểm tra", "Loại"]
    ws = _sheet(wb, "Kiểm tra số liệu", heads, [6, *([22] if many else []), 12, 90, 18], profile,
                "Các số liệu cần kiểm tra trước khi sử dụng")
    r_i = FIRST_DATA
    for rep in reports:
        for f in open_findings(rep):
            _row(ws, r_i, [*lead(r_i, rep), str(f.severity),
                           f.message, f.kind], profile)
            r_i += 1
    # Đối chiếu nguồn: every item with the words of the text it came from, to check a figure at its source
    heads = ["STT", *unit_col, "Loại", "Mục", "Giá trị", "Trích đoạn văn bản", "Kiểm tra"]
    ws = _sheet(wb, "Đối chiếu nguồn", heads, [6, *([22] if many else []), 16, 40, 16, 70, 15], profile,
                "Đối chiếu các mục với văn bản gốc")
    ws["A2"] = f"(Tổng hợp từ: {src})"
    r_i = FIRST_DATA
    for rep in reports:
        for kind, item in _sourced_items(rep):
            name, value = _item_cells(item)
            _row(ws, r_i, [*lead(r_i, rep), kind, name, value, source_excerpt(rep.text, item.span),
                           ReviewStatus(item.review).label], profile)
            r_i += 1
    return wb


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
