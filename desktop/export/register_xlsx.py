"""The follow-up register as an Excel workbook (issue 17, item 3): ``reportdesk export --kind register``.

Sheet "Sổ theo dõi": one row per entry with the columns of the official follow-up tables — STT, nhiệm vụ,
văn bản giao (số, ngày), cơ quan chủ trì, phối hợp, thời hạn (the phrase as written, and the date it resolves
to, a real date shown dd/mm/yyyy), tiến độ/kết quả, tình trạng (the category's label) — overdue rows filled.
Sheet "Tổng hợp": the count of each category as a live ``COUNTIF`` over the Tình trạng column and their
``SUM``, so a clerk who corrects a row's Tình trạng in Excel sees the counts follow. The look (title block,
headings repeated on every printed page, Times New Roman, borders, frozen panes, A4 landscape fitted to the
width) is the tracking workbook's: the rows are written by :mod:`desktop.export.xlsx_sheets`.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, NamedStyle, PatternFill

from desktop.core.register import SOON_DAYS, Category, RegisterEntry, category, deadline_text
from desktop.core.vnnum import day_text
from desktop.export.profiles import PARTY, ExportProfile, Organisation
from desktop.export.register_text import cap, overdue_days, progress, require_entries, source_cite
from desktop.export.save import ExportError, save_atomic
from desktop.export.xlsx_sheets import BORDER, CENTRE, FIRST_DATA, RIGHT, VN_NUMBERS, WRAP, TrackingBook

REGISTER_SHEET, SUMMARY_SHEET = "Sổ theo dõi", "Tổng hợp"
HEADERS = ["STT", "Nhiệm vụ", "Văn bản giao (số, ngày)", "Cơ quan chủ trì", "Cơ quan phối hợp",
           "Thời hạn", "Ngày hết hạn", "Tiến độ, kết quả", "Tình trạng", "Quá hạn (ngày)"]
WIDTHS = [6, 46, 22, 22, 22, 18, 14, 34, 18, 15]
DUE_COL, STATUS_COL, LATE_COL = 7, 9, 10  # 1-based columns of the due date, the category, the days overdue
STATUS_LETTER = "I"
DATE_FORMAT = "dd/mm/yyyy"
OVERDUE_FILL = PatternFill(fill_type="solid", start_color="FFC7CE", end_color="FFC7CE")  # Excel's "Bad" red
# the named styles of an overdue row: (name, alignment, number format)
OVERDUE_STT, OVERDUE_TEXT = "ReportDesk quá hạn STT", "ReportDesk quá hạn chữ"
OVERDUE_DATE, OVERDUE_NUMBER = "ReportDesk quá hạn ngày", "ReportDesk quá hạn số"


def _overdue_styles(book: TrackingBook) -> dict[int, str]:
    """The named styles of an overdue row's columns, added to the workbook once."""
    looks = {OVERDUE_STT: (CENTRE, "General"), OVERDUE_TEXT: (WRAP, "General"),
             OVERDUE_DATE: (RIGHT, VN_NUMBERS + DATE_FORMAT), OVERDUE_NUMBER: (RIGHT, VN_NUMBERS + "#,##0")}
    for name, (alignment, fmt) in looks.items():
        book.wb.add_named_style(NamedStyle(name=name, font=Font(name=book.font, size=12), alignment=alignment,
                                           border=BORDER, fill=OVERDUE_FILL, number_format=fmt))
    cols = dict.fromkeys(range(2, len(HEADERS) + 1), OVERDUE_TEXT)
    return {**cols, 1: OVERDUE_STT, DUE_COL: OVERDUE_DATE, LATE_COL: OVERDUE_NUMBER}


def _subtitle(today: date, soon_days: int, org: Organisation | None) -> str:
    who = f"{org.name.strip()} – " if org is not None and org.name.strip() else ""
    return f"({who}tính đến ngày {day_text(today)}; sắp đến hạn: trong {soon_days} ngày tới)"


def _register_sheet(book: TrackingBook, entries: list[RegisterEntry], today: date, soon_days: int,
                    subtitle: str) -> int:
    """The register's rows; returns the last data row."""
    ws = book.sheet(REGISTER_SHEET, HEADERS, WIDTHS, "Sổ theo dõi thực hiện nhiệm vụ", subtitle)
    overdue = _overdue_styles(book)
    formats = {DUE_COL: DATE_FORMAT, LATE_COL: "#,##0"}
    for k, e in enumerate(entries, start=1):
        cat = category(e, today, soon_days)
        late = overdue_days(e, today) if cat == Category.OPEN_OVERDUE else None
        values = [k, cap(e.text), source_cite(e), e.owner or "", "; ".join(e.partners), deadline_text(e.deadline),
                  e.due, progress(e), cap(cat.label), late]
        ws.row(values, formats, overdue if cat == Category.OPEN_OVERDUE else None)
    return FIRST_DATA + len(entries) - 1


def _summary_sheet(book: TrackingBook, last_row: int, subtitle: str) -> None:
    """One row per category: ``COUNTIF`` over the register's Tình trạng column; the total is their ``SUM``."""
    ws = book.sheet(SUMMARY_SHEET, ["STT", "Tình trạng", "Số nhiệm vụ", "Tỷ lệ %"], [6, 40, 14, 12],
                    "Tổng hợp tình hình thực hiện nhiệm vụ", subtitle, ["(1)", "(2)", "(3)", "(4)=(3)/tổng×100"])
    status = f"'{REGISTER_SHEET}'!${STATUS_LETTER}${FIRST_DATA}:${STATUS_LETTER}${last_row}"
    total_row = FIRST_DATA + len(Category)
    total = f"$C${total_row}"
    for k, cat in enumerate(Category):
        r = FIRST_DATA + k
        ws.row([k + 1, cap(cat.label), f"=COUNTIF({status},B{r})", f'=IF({total}=0,"",C{r}/{total}*100)'],
               {3: "#,##0", 4: "#,##0.0"})
    a, b = FIRST_DATA, total_row - 1
    ws.row([None, "Tổng cộng", f"=SUM(C{a}:C{b})", f'=IF({total}=0,"",SUM(D{a}:D{b}))'], {3: "#,##0", 4: "#,##0.0"})


def register_workbook(entries: list[RegisterEntry], today: date, soon_days: int = SOON_DAYS,
                      org: Organisation | None = None, profile: ExportProfile = PARTY) -> Workbook:
    """The workbook, not saved (``profile`` gives the font)."""
    require_entries(entries)
    book = TrackingBook(profile)
    subtitle = _subtitle(today, soon_days, org)
    last = _register_sheet(book, entries, today, soon_days, subtitle)
    _summary_sheet(book, last, subtitle)
    return book.wb


def build_register_workbook(entries: list[RegisterEntry], today: date, path: str | Path,
                            soon_days: int = SOON_DAYS, org: Organisation | None = None) -> Path:
    """Write the register to ``path`` (atomically: a failed export leaves no broken file); the path written."""
    wb = register_workbook(entries, today, soon_days, org)
    try:
        return save_atomic(wb, path)
    except ExportError:
        # refused before saving (the target open in Excel, a folder not writable): a write-only workbook must be
        # saved once to close its sheets' streams and remove their temporary files
        wb.save(os.devnull)
        raise
