"""Tracking sheets written fast (issue 18, point 7): a write-only workbook whose rows stream to the file as
they come, every cell taking one of a few named styles made once per workbook.

Setting a font, border and alignment on each cell made openpyxl hash those style objects for every cell, which
took a 5,000-row workbook 2–3 s; a named style is found by its name and copied. The look is the one the sheets
always had: a title block, headings and a column-number row repeated on every printed page, Times New Roman,
thin borders, wrapped text, numbers right-aligned with the Vietnamese locale format, rows as tall as their
wrapped text, frozen panes, A4 landscape fitted to the width, "Trang x/y" at the foot.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.worksheet import Worksheet

from desktop.export.profiles import ExportProfile

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
NO_BORDER = Border(left=Side(), right=Side(), top=Side(), bottom=Side(), diagonal=Side())  # openpyxl's default
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
RIGHT = Alignment(horizontal="right", vertical="top")
HEAD_ROW = 4  # headings on row 4, column numbers on row 5, data from row 6
FIRST_DATA = 6
# Number formats carry the Vietnamese locale tag: LibreOffice then shows 1.234.567,5 whatever the PC's locale;
# Excel shows the separators of Windows' region settings (1.234.567,5 on a Vietnamese-region PC).
VN_NUMBERS = "[$-42A]"
LINE_HEIGHT = 15.0  # points, one line of 12 pt Times New Roman

# The named styles of a sheet's cells (Excel lists them under Cell Styles); numbers get one per format
TITLE, SUBTITLE, HEADING = "ReportDesk tiêu đề", "ReportDesk phụ đề", "ReportDesk tên cột"
COLUMN_NO, STT, TEXT = "ReportDesk số cột", "ReportDesk STT", "ReportDesk chữ"
_STYLES = {TITLE: (13, True, False, CENTRE, NO_BORDER), SUBTITLE: (12, False, True, CENTRE, NO_BORDER),
           HEADING: (12, True, False, CENTRE, BORDER), COLUMN_NO: (11, False, True, CENTRE, BORDER),
           STT: (12, False, False, CENTRE, BORDER), TEXT: (12, False, False, WRAP, BORDER)}  # size, bold, italic…


def _lines(text: str, width: float) -> int:
    """Lines a wrapped cell needs: a column width unit holds about one character of 12 pt Times New Roman."""
    per_line = max(4.0, width * 1.05)
    return sum(max(1, math.ceil(len(part) / per_line)) for part in text.split("\n"))


class TrackingBook:
    """The workbook and its named styles; ``sheet()`` adds a sheet with its title block and headings."""

    def __init__(self, profile: ExportProfile) -> None:
        self.wb = Workbook(write_only=True)
        self.font = profile.font
        self._named: set[str] = set()
        for name, (size, bold, italic, alignment, border) in _STYLES.items():
            self._add(name, Font(name=self.font, size=size, bold=bold, italic=italic), alignment, border)

    def _add(self, name: str, font: Font, alignment: Alignment, border: Border, number_format: str = "General") -> str:
        self.wb.add_named_style(NamedStyle(name=name, font=font, alignment=alignment, border=border,
                                           number_format=number_format))
        self._named.add(name)
        return name

    def number_style(self, fmt: str) -> str:
        """The style of a number cell shown with ``fmt`` (``#,##0.0``), made the first time it is asked for."""
        name = f"ReportDesk số {fmt}"
        if name in self._named:
            return name
        return self._add(name, Font(name=self.font, size=12), RIGHT, BORDER, VN_NUMBERS + fmt)

    def sheet(self, title: str, headers: Sequence[str], widths: Sequence[float], caption: str, subtitle: str = "",
              numbers: Sequence[str] | None = None) -> TrackingSheet:
        return TrackingSheet(self, title, headers, widths, caption, subtitle, numbers)


class TrackingSheet:
    """One sheet: the title block and headings are written at once, then ``row()`` appends data rows."""

    def __init__(self, book: TrackingBook, title: str, headers: Sequence[str], widths: Sequence[float],
                 caption: str, subtitle: str, numbers: Sequence[str] | None) -> None:
        if len(widths) != len(headers):
            raise ValueError(f"{title}: {len(headers)} headings, {len(widths)} widths")
        self.book, self.widths = book, list(widths)
        ws = self.ws = book.wb.create_sheet(title)
        last = get_column_letter(len(headers))
        for c, w in enumerate(self.widths, start=1):
            ws.column_dimensions[get_column_letter(c)].width = w
        _print_setup(ws, book.font)
        ws.merged_cells.add(CellRange(f"A1:{last}1"))
        ws.merged_cells.add(CellRange(f"A2:{last}2"))
        ws.row_dimensions[1].height = 36
        ws.append([self._cell(caption.upper(), TITLE)])
        ws.append([self._cell(subtitle or None, SUBTITLE)])
        ws.append([])
        ws.append([self._cell(h, HEADING) for h in headers])
        ws.append([self._cell(numbers[c] if numbers else f"({c + 1})", COLUMN_NO) for c in range(len(headers))])
        self.next_row = FIRST_DATA
        self._reused: dict[str, Cell] = {}

    def _cell(self, value: object, style: str) -> Cell:
        cell = WriteOnlyCell(self.ws, value)
        cell.style = style
        return cell

    def row(self, values: Sequence[object], formats: dict[int, str] | None = None,
            named: dict[int, str] | None = None) -> None:
        """Append a data row; ``formats``: the number format of the 1-based columns holding numbers; ``named``:
        the named style of 1-based columns that look different (a highlighted row), over the formats."""
        formats, named = formats or {}, named or {}
        styles = [named[c] if c in named else self.book.number_style(formats[c]) if c in formats else
                  STT if c == 1 else TEXT for c in range(1, len(values) + 1)]
        lines = max((_lines(v, self.widths[c] or 10) for c, v in enumerate(values)
                     if isinstance(v, str) and v and not v.startswith("=")), default=1)
        # LibreOffice (and Excel for some files) does not grow a row to its wrapped text: set the height
        self.ws.row_dimensions[self.next_row].height = LINE_HEIGHT * lines + 3
        self.ws.append(self._stream(values, styles))
        self.next_row += 1

    def _stream(self, values: Sequence[object], styles: Sequence[str]) -> Iterator[Cell]:
        """The row's cells one at a time: openpyxl writes each cell before it asks for the next, so one cell per
        style serves the whole sheet (making and styling a cell for each of 40,000 values was most of the time).
        ``tests/export/test_excel_same_look.py`` compares every value written."""
        for value, style in zip(values, styles, strict=True):
            cell = self._reused.get(style)
            if cell is None:
                cell = self._reused[style] = self._cell(None, style)
            cell.value = value
            yield cell


def _print_setup(ws: WriteOnlyWorksheet, font: str) -> None:
    """Frozen headings, headings repeated on every page, A4 landscape fitted to the width, page numbers."""
    ws.freeze_panes = f"C{FIRST_DATA}"
    ws.print_title_rows = f"{HEAD_ROW}:{HEAD_ROW + 1}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.6
    ws.page_margins.top = ws.page_margins.bottom = 0.7
    ws.oddFooter.center.text = "Trang &P/&N"
    ws.oddFooter.center.font = font
