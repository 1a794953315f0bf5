"""Pagination rules Word and LibreOffice both honour: a heading stays with the paragraph after it, the signature
block never splits across pages (its row cannot split; the sentence before it keeps with it), and the document
ends on a paragraph too small to start a blank page."""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.enum.text import WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.table import Table
from docx.text.paragraph import Paragraph


def keep_with_next(p: Paragraph) -> Paragraph:
    fmt = p.paragraph_format
    fmt.keep_with_next = True
    fmt.keep_together = True
    return p


def rows_cannot_split(table: Table) -> None:
    for row in table.rows:
        tr_pr = row._tr.get_or_add_trPr()
        if tr_pr.find(qn("w:cantSplit")) is None:
            el = OxmlElement("w:cantSplit")
            el.set(qn("w:val"), "true")
            tr_pr.insert(0, el)


def keep_block_together(table: Table, before: list[Paragraph]) -> None:
    """A table laid out as one block (the signature): rows that cannot split, every paragraph inside kept with
    the next, and the paragraphs just before it kept with it."""
    rows_cannot_split(table)
    for row in table.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                keep_with_next(p)
    for p in before:
        keep_with_next(p)


def last_paragraph(doc: DocxDocument) -> Paragraph | None:
    """The body's last block if it is a paragraph (not a table)."""
    blocks = [el for el in doc.element.body if el.tag in (qn("w:p"), qn("w:tbl"))]
    return Paragraph(blocks[-1], doc._body) if blocks and blocks[-1].tag == qn("w:p") else None


def end_without_blank_page(doc: DocxDocument) -> Paragraph:
    """Word needs a paragraph after a final table; a full-size one can spill onto a page of its own, so this one
    is 1 pt high with no spacing."""
    p = doc.add_paragraph()
    fmt = p.paragraph_format
    fmt.space_before = fmt.space_after = Pt(0)
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(1)
    r_pr = OxmlElement("w:rPr")  # the paragraph mark itself 1 pt
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "2")
    r_pr.append(sz)
    p._p.get_or_add_pPr().append(r_pr)
    return p
