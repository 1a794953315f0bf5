"""How an export names a report: by its document number or its title, never by the imported file's name
(``bao-cao-ubnd-final-v3.docx`` means nothing on paper)."""

from __future__ import annotations

from desktop.core.model import Report

CITE_CHARS = 90


def cite(report: Report) -> str:
    """``Báo cáo số 12-BC/HU`` style: the number when there is one, else the title (shortened), else a neutral
    ``Văn bản #id``."""
    title = " ".join(report.title.split())
    if len(title) > CITE_CHARS:
        title = title[:CITE_CHARS].rsplit(" ", 1)[0] + "…"
    if report.own_number:
        return f"Số {report.own_number}" + (f" – {title}" if title else "")
    if title:
        return title
    return f"Văn bản #{report.id}" if report.id is not None else "Văn bản không tiêu đề"


def unit_or_cite(report: Report) -> str:
    """The issuing unit, else the citation: what a unit column shows for a text with no unit."""
    return report.unit or cite(report)
