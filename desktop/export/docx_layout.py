"""Word building blocks in the official layout: page, fonts, header and signature blocks, tables.

Times New Roman is set on the Normal style and on every run, in all four ``w:rFonts`` slots,
so Word never falls back to another font for Vietnamese letters. The header and the signature
are borderless two-column tables, as the offices' own templates do.
"""

from __future__ import annotations

from copy import deepcopy
from datetime import date

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from desktop.export.keep_together import end_without_blank_page, keep_block_together, keep_with_next, last_paragraph
from desktop.export.profiles import ExportProfile, Organisation, number_line, old_tones, place_date

CENTER = WD_ALIGN_PARAGRAPH.CENTER
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY
LEFT = WD_ALIGN_PARAGRAPH.LEFT


def _fonts(rpr, font: str) -> None:
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), font)


def new_document(profile: ExportProfile, landscape: bool = False) -> DocxDocument:
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = (Mm(297), Mm(210)) if landscape else (Mm(210), Mm(297))
    sec.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    sec.top_margin, sec.bottom_margin = Mm(profile.margin_top), Mm(profile.margin_bottom)
    sec.left_margin, sec.right_margin = Mm(profile.margin_left), Mm(profile.margin_right)
    sec.header_distance = Mm(10)
    normal = doc.styles["Normal"]
    normal.font.name = profile.font
    normal.font.size = Pt(profile.size_body)
    _fonts(normal.element.get_or_add_rPr(), profile.font)
    pf = normal.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(profile.space_after_pt)
    if profile.line_spacing_pt:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(profile.line_spacing_pt)
    else:
        pf.line_spacing_rule = WD_LINE_SPACING.SINGLE
    for name in ("Table Grid",):
        style = doc.styles[name]
        style.font.name = profile.font
        _fonts(style.element.get_or_add_rPr(), profile.font)
    _page_numbers(doc, profile)
    return doc


_RPR: dict[tuple[str, float, bool, bool, bool], object] = {}


def run(par: Paragraph, text: str, profile: ExportProfile, size: float, bold: bool = False,
        italic: bool = False, underline: bool = False):
    """A run with its font set in full; the run properties are built once per style and copied
    (python-docx's setters re-sort the XML on every call, which dominates large tables)."""
    key = (profile.font, size, bold, italic, underline)
    template = _RPR.get(key)
    if template is None:
        r = par.add_run(text)
        r.font.name = profile.font
        r.font.size = Pt(size)
        r.bold = bold
        r.italic = italic
        r.underline = underline
        _fonts(r._element.get_or_add_rPr(), profile.font)
        _RPR[key] = deepcopy(r._element.rPr)
        return r
    r = par.add_run()
    r._r.insert(0, deepcopy(template))
    if text:
        r.text = text
    return r


def par(container, text: str, profile: ExportProfile, size: float | None = None, bold: bool = False,
        italic: bool = False, underline: bool = False, align=JUSTIFY, indent: bool = False,
        space_after: float | None = None, keep_spacing: bool = False) -> Paragraph:
    p = container.add_paragraph()
    p.alignment = align
    fmt = p.paragraph_format
    if indent:
        fmt.first_line_indent = Mm(profile.first_line_indent_mm)
    if space_after is not None:
        fmt.space_after = Pt(space_after)
    if not keep_spacing and not isinstance(container, DocxDocument):
        fmt.line_spacing_rule = WD_LINE_SPACING.SINGLE
        fmt.space_after = Pt(space_after or 0)
    if text:
        run(p, text, profile, size or profile.size_body, bold, italic, underline)
    return p


def body(doc: DocxDocument, text: str, profile: ExportProfile, bold: bool = False, italic: bool = False) -> Paragraph:
    return par(doc, text, profile, profile.size_body, bold=bold, italic=italic, align=JUSTIFY, indent=True)


def subheading(doc: DocxDocument, text: str, profile: ExportProfile) -> Paragraph:
    """A bold numbered line (``1. Đánh giá chung``) that never stands alone at a page foot."""
    return keep_with_next(body(doc, text, profile, bold=True))


def heading(doc: DocxDocument, number: str, text: str, profile: ExportProfile, level: int = 1) -> Paragraph:
    """``I- KẾT QUẢ…`` / ``1- …`` (Party) or ``I. KẾT QUẢ…`` / ``1. …`` (State)."""
    sep = "-" if profile.heading_style == "roman-hyphen" else "."
    label = f"{number}{sep} {text.upper() if level == 1 else text}"
    return keep_with_next(par(doc, label, profile, profile.size_body, bold=True, align=JUSTIFY, indent=True))


def _borderless(table: Table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def rule_after(container, profile: ExportProfile, indent_mm: float) -> Paragraph:
    """A solid line as the bottom border of a tiny empty paragraph, ``indent_mm`` in from each side
    (kept editable in Word, unlike a drawn shape, and never narrows the text above it)."""
    p = container.add_paragraph()
    p.alignment = CENTER
    fmt = p.paragraph_format
    fmt.space_after = Pt(0)
    fmt.space_before = Pt(0)
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(2)
    _bottom_rule(p, indent_mm)
    return p


def _bottom_rule(p: Paragraph, indent_mm: float = 0) -> None:
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(k), v)
    bdr.append(bottom)
    ppr.append(bdr)
    if indent_mm:
        p.paragraph_format.left_indent = Mm(indent_mm)
        p.paragraph_format.right_indent = Mm(indent_mm)


def _cell(table: Table, r: int, c: int, width_mm: float) -> _Cell:
    cell = table.cell(r, c)
    cell.width = Mm(width_mm)
    cell.paragraphs[0].paragraph_format.space_after = Pt(0)
    return cell


def _first(cell: _Cell, text: str, profile: ExportProfile, size: float, **kw: object) -> Paragraph:
    p = cell.paragraphs[0]
    p.alignment = CENTER
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    run(p, text, profile, size, **kw)  # type: ignore[arg-type]
    return p


def header_widths(profile: ExportProfile) -> tuple[float, float]:
    """Left and right header columns (mm, 165 mm text width). State: the Quốc hiệu, 13 pt bold, is 95.6 mm in Times
    New Roman, so the right column is 101 mm (with the cells' 1.9 mm margins) and keeps it on one line. Party:
    "ĐẢNG CỘNG SẢN VIỆT NAM" (15 pt, 73 mm) and the place–date line (about 76 mm) fit in 85 mm, which leaves
    the issuing body 80 mm."""
    return (80, 85) if profile.key == "party" else (64, 101)


def header_block(doc: DocxDocument, profile: ExportProfile, org: Organisation, doc_type: str, day: date,
                 number: str = "", draft: bool = False) -> Table:
    """The two-column header: issuing body and Số on the left; the heading and the place–date on the right."""
    fix = old_tones if profile.old_tone_marks else (lambda s: s)
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    _borderless(t)
    left_w, right_w = header_widths(profile)
    fixed_widths(t, [left_w, right_w])
    left = _cell(t, 0, 0, left_w)
    right = _cell(t, 0, 1, right_w)
    first = True
    if org.parent:
        _first(left, fix(org.parent.upper()), profile, profile.size_parent)
        first = False
    p = _first(left, fix(org.name.upper()), profile, profile.size_issuer, bold=True) if first else \
        par(left, fix(org.name.upper()), profile, profile.size_issuer, bold=True, align=CENTER)
    del p
    if profile.issuer_mark == "*":
        par(left, "*", profile, profile.size_issuer, align=CENTER)
    else:
        rule_after(left, profile, indent_mm=left_w / 3)
    if profile.key == "party":
        _first(right, "ĐẢNG CỘNG SẢN VIỆT NAM", profile, profile.size_heading, bold=True)
        rule_after(right, profile, indent_mm=3)
    else:
        _first(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", profile, profile.size_heading, bold=True)
        par(right, "Độc lập - Tự do - Hạnh phúc", profile, profile.size_motto, bold=True, align=CENTER)
        rule_after(right, profile, indent_mm=right_w / 5)
    num_cell = _cell(t, 1, 0, left_w)
    _first(num_cell, number_line(profile, doc_type, org, number), profile, profile.size_number)
    if draft:
        par(num_cell, "(Dự thảo)", profile, profile.size_draft_mark, italic=True, align=CENTER)
    _first(_cell(t, 1, 1, right_w), place_date(org.place, day), profile, profile.size_place_date, italic=True)
    return t


def title_block(doc: DocxDocument, profile: ExportProfile, doc_type: str, excerpt: str) -> None:
    par(doc, "", profile, space_after=6)
    par(doc, doc_type.upper(), profile, profile.size_type, bold=True, align=CENTER, space_after=0)
    par(doc, excerpt, profile, profile.size_excerpt, bold=True, align=CENTER, space_after=0)
    if profile.key == "party":
        par(doc, "-----", profile, profile.size_excerpt, align=CENTER, space_after=6)
    else:
        rule_after(doc, profile, indent_mm=60)
        par(doc, "", profile, space_after=6)


def signature_block(doc: DocxDocument, profile: ExportProfile, org: Organisation) -> Table:
    closing = last_paragraph(doc)
    spacer = par(doc, "", profile, space_after=0)
    t = doc.add_table(rows=1, cols=2)
    _borderless(t)
    fixed_widths(t, [75, 90])
    left = _cell(t, 0, 0, 75)
    right = _cell(t, 0, 1, 90)
    p = left.paragraphs[0]
    p.alignment = LEFT
    run(p, "Nơi nhận:", profile, profile.size_recipients_label, bold=profile.recipients_label_bold,
        italic=profile.recipients_label_italic, underline=profile.recipients_label_underline)
    lines = [*org.recipients, org.archive]
    for k, r in enumerate(lines):
        end = "." if k == len(lines) - 1 else ("," if profile.key == "party" else ";")
        par(left, f"- {r}{end}", profile, profile.size_recipients, align=LEFT)
    prefix = profile.authority_prefix
    _first(right, f"{prefix} {org.authority}".strip(), profile, profile.size_authority, bold=True)
    par(right, org.signer_position.upper(), profile, profile.size_signer_position,
        bold=profile.signer_position_bold, align=CENTER)
    for _ in range(4):
        par(right, "", profile, profile.size_body, align=CENTER)
    par(right, org.signer_name, profile, profile.size_signer_name, bold=True, align=CENTER)
    keep_block_together(t, [p for p in (closing, spacer) if p is not None])
    end_without_blank_page(doc)
    return t


def grid_table(doc: DocxDocument, profile: ExportProfile, headers: list[str], rows: list[list[str]],
               widths_mm: list[float], numeric: set[int] | None = None) -> Table:
    """A bordered table: bold centred headings, a column-number row, wrapped cells."""
    numeric = numeric or set()
    t = doc.add_table(rows=2, cols=len(headers))
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    head, nums = t.rows[0].cells, t.rows[1].cells
    for c, h in enumerate(headers):
        _first(head[c], h, profile, profile.size_table, bold=True)
        _first(nums[c], f"({c + 1})", profile, profile.size_table, italic=True)
    _repeat_header(t, 2)
    fixed_widths(t, widths_mm)
    cell_props = [_cell_template(t.rows[0].cells[c]) for c in range(len(headers))]
    par_props = {}
    for row in rows:
        cells = t.add_row().cells  # row by row: table.cell(r, c) rescans the whole table each call
        for c, value in enumerate(row):
            align = WD_ALIGN_PARAGRAPH.RIGHT if c in numeric else (CENTER if c == 0 else LEFT)
            tc = cells[c]._tc
            old = tc.tcPr
            if old is not None:
                tc.remove(old)
            tc.insert(0, deepcopy(cell_props[c]))
            p = cells[c].paragraphs[0]
            if align not in par_props:  # paragraph properties built once, then copied
                p.alignment = align
                p.paragraph_format.space_after = Pt(0)
                p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
                par_props[align] = deepcopy(p._p.pPr)
            else:
                p._p.insert(0, deepcopy(par_props[align]))
            run(p, value, profile, profile.size_table)
    return t


def _cell_template(cell: _Cell):
    return deepcopy(cell._tc.get_or_add_tcPr())


def fixed_widths(table: Table, widths_mm: list[float]) -> None:
    """Column widths that Word and LibreOffice keep (fixed layout, grid and cells)."""
    table.autofit = False
    tbl_pr = table._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tbl_pr.append(layout)
    grid = table._tbl.tblGrid
    for col, w in zip(grid.findall(qn("w:gridCol")), widths_mm, strict=False):
        col.set(qn("w:w"), str(int(Mm(w).twips)))
    for row in table.rows:
        for cell, w in zip(row.cells, widths_mm, strict=False):
            cell.width = Mm(w)


def _repeat_header(table: Table, n: int) -> None:
    for row in table.rows[:n]:
        tr_pr = row._tr.get_or_add_trPr()
        el = OxmlElement("w:tblHeader")
        el.set(qn("w:val"), "true")
        tr_pr.append(el)


def _page_numbers(doc: DocxDocument, profile: ExportProfile) -> None:
    """A centred PAGE field in the header, not shown on page 1."""
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    p = sec.header.paragraphs[0]
    p.alignment = CENTER
    r = run(p, "", profile, profile.size_page_number)
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        r._element.append(el)
