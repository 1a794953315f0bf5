"""Small builders for test inputs written in the test itself (fictional units and people)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path


def docx_with_table(path: Path, before: Sequence[str], rows: Sequence[Sequence[str]],
                    after: Sequence[str] = ()) -> Path:
    """A .docx with paragraphs, one table of ``rows`` (first row the header), then more paragraphs."""
    import docx

    d = docx.Document()
    for text in before:
        d.add_paragraph(text)
    table = d.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    for text in after:
        d.add_paragraph(text)
    d.save(str(path))
    return path
