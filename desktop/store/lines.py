"""A clerk's decisions on lines of a text (article or page chrome), kept with the report.

The line roles themselves are not stored: they are recomputed from the stored text, its block structure
and the clerk's decisions (one extraction, a few milliseconds), so that a better classifier improves old
reports and there is no second truth to keep in step. A web page or a Word file is read into blocks
(navigation marked by the page markup, table cells, the ``<h1>``) that its text alone does not keep: that
structure is stored at import (``source_layout``), so extracting again reads the text exactly as the
import did. A plain text rebuilds its blocks from the text itself.

:func:`set_line_role` stores a decision and extracts the text again with all the decisions; the items a
clerk has touched (reviewed, edited, created by hand) stay as they are, the others are replaced.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.chrome import normal_line
from desktop.core.model import LineRole, Report
from desktop.core.source import Block, Source, source_from_text
from desktop.core.textnorm import NormText, fold_same_length
from desktop.settings import current_user
from desktop.store.edits import utc_now, versioned_edit
from desktop.store.errors import StoreError
from desktop.store.models import AuditRow, ReportRow, SearchDoc
from desktop.store.register import sync_report
from desktop.store.report_details import corrected_columns
from desktop.store.reread import LineChange, replace_untouched

DECISIONS = ("article", "chrome")
_STRUCTURED = ("html", "docx")  # kinds whose text is built from blocks the text alone does not keep


@dataclass
class ReportLines:
    """Every line's role in a stored text, and the clerk's decisions (line start → article | chrome)."""

    lines: list[LineRole]
    overrides: dict[int, str]

    def line_at(self, offset: int) -> LineRole | None:
        """The line holding ``offset`` (an offset into the original text)."""
        for line in self.lines:
            if line.start <= offset <= line.end:
                return line
        return None


# -- the source structure -----------------------------------------------------------------------------


def source_layout(source: Source, known_chrome: frozenset[str] = frozenset()) -> str | None:
    """What reading the text again needs besides the text, as JSON: the blocks of a web page or Word file, and
    the lines of this text that other pages of its batch repeat (the site's chrome, ``known_chrome``); None
    when the text alone is enough."""
    data: dict[str, object] = {}
    if source.kind in _STRUCTURED and source.norm.anchors is None and source.norm.raw == source.norm.text:
        data["blocks"] = [[b.start, b.end, b.kind, int(b.boilerplate), list(b.cell) if b.cell else None]
                          for b in source.blocks]
        data["tables"] = [[[list(c) for c in row] for row in t] for t in source.tables]
        data["title_hint"] = list(source.title_hint) if source.title_hint else None
    if known_chrome:
        own = {normal_line(x) for x in source.text.splitlines()}
        if own & known_chrome:
            data["chrome"] = sorted(own & known_chrome)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) if data else None


def stored_chrome(row: ReportRow) -> frozenset[str]:
    """The lines of a stored text that its import batch repeated on other pages."""
    return frozenset(json.loads(row.source_layout).get("chrome", ())) if row.source_layout else frozenset()


def rebuild_source(row: ReportRow) -> Source:
    """The source of a stored report, as the import read it."""
    text, kind = row.original_text, row.kind or "paste"
    data = json.loads(row.source_layout) if row.source_layout else {}
    if "blocks" in data:
        blocks = [Block(s, e, k, bool(b), tuple(c) if c else None) for s, e, k, b, c in data["blocks"]]
        tables = [[[(c[0], c[1]) for c in r] for r in t] for t in data["tables"]]
        hint = data.get("title_hint")
        return Source(name=row.source_name, kind=kind, norm=NormText(text, text), blocks=blocks, tables=tables,
                      title_hint=(hint[0], hint[1]) if hint else None, encoding=row.encoding or "utf-8")
    return source_from_text(text, name=row.source_name, kind=kind, encoding=row.encoding or "utf-8")


def load_overrides(value: str | None) -> dict[int, str]:
    return {int(k): v for k, v in json.loads(value).items()} if value else {}


def dump_overrides(overrides: dict[int, str]) -> str:
    return json.dumps({str(k): v for k, v in sorted(overrides.items())}) if overrides else ""


def extract_stored(row: ReportRow, overrides: dict[int, str] | None = None) -> Report:
    from desktop.core.extract import extract

    try:
        return extract(rebuild_source(row), verify=False,
                       overrides=load_overrides(row.line_overrides) if overrides is None else overrides,
                       known_chrome=stored_chrome(row))
    except Exception as exc:  # a fault of the reader on this text: the library and the window carry on
        raise StoreError(f"Không đọc lại được văn bản “{row.source_name}” ({type(exc).__name__}: {exc}).") from exc


# -- reading and writing ------------------------------------------------------------------------------


def report_lines(s: Session, report_id: int) -> ReportLines:
    row = s.get(ReportRow, report_id)
    if row is None:
        raise StoreError("Văn bản này không còn trong thư viện.")
    overrides = load_overrides(row.line_overrides)
    from desktop.core.extract.pipeline import read_lines

    try:  # the structure only: the readers' items are stored already
        lines = read_lines(rebuild_source(row), overrides, stored_chrome(row))
    except Exception as exc:  # a fault of the reader on this text: the library and the window carry on
        raise StoreError(f"Không đọc lại được văn bản “{row.source_name}” ({type(exc).__name__}: {exc}).") from exc
    return ReportLines(lines, overrides)


_OVERTAKEN = "Văn bản này vừa được người khác sửa. Hãy mở lại văn bản rồi thử lại; chưa có gì thay đổi."


def set_line_role(db, report_id: int, start: int, role: str | None, who: str | None = None) -> LineChange:
    """Record that the line starting at ``start`` is ``role`` (article | chrome; None: the classifier decides
    again), extract the text again with all the decisions and replace the items nobody touched, in one
    transaction, audited."""
    if role is not None and role not in DECISIONS:
        raise ValueError(f"line role must be one of {DECISIONS} or None, not {role!r}")
    who = who or current_user()
    with versioned_edit(db, lambda: StoreError(_OVERTAKEN)) as s:
        row = s.get(ReportRow, report_id)
        if row is None:
            raise StoreError("Văn bản này không còn trong thư viện.")
        overrides = load_overrides(row.line_overrides)
        old = overrides.get(start)
        if old == role:
            return LineChange()
        if role is None:
            overrides.pop(start)
        else:
            overrides[start] = role
        report = extract_stored(row, overrides)
        change = replace_untouched(s, row.id, report, who)
        _update_report(s, row, report, who)
        sync_report(s, row.id)  # new tasks enter the register; due dates follow a new report date
        row.line_overrides = dump_overrides(overrides)
        s.add(AuditRow(at=utc_now(), who=who, action="update", report_id=report_id, field="line_role",
                       old_value=_decision(row.original_text, start, old),
                       new_value=_decision(row.original_text, start, role)))
        s.flush()  # the version checks of the report and of the removed items happen here
        return change


# -- internals ----------------------------------------------------------------------------------------


def _decision(text: str, start: int, role: str | None) -> str:
    end = text.find("\n", start)
    line = " ".join(text[start : end if end >= 0 else len(text)].split())
    return f"{start}: {role or 'tự động'} — {line[:80]}"


def _update_report(s: Session, row: ReportRow, report: Report, who: str) -> None:
    """What the text says as a whole (title, issuing body, meeting) read again; the title change audited. The
    details a clerk corrected stay as the clerk wrote them."""
    kept = corrected_columns(row)
    if report.title != row.title and "title" not in kept:
        s.add(AuditRow(at=utc_now(), who=who, action="update", report_id=row.id, field="title", old_value=row.title,
                       new_value=report.title))
    m = report.meeting
    d = m.date if m and m.date else None
    row.title, row.body, row.unit, row.own_number = report.title, report.body, report.unit, report.own_number
    row.meeting_day, row.meeting_month = (d.day, d.month) if d else (None, None)
    row.meeting_year, row.meeting_chair = (d.year if d else None), (m.chair if m else None)
    row.meeting_date = (f"{d.year:04d}-{d.month:02d}-{d.day:02d}" if d and d.year and d.month and d.day else None)
    row.doc_date = report.doc_date.isoformat() if report.doc_date else None
    for column, value in kept.items():
        setattr(row, column, value)
    doc = s.scalar(select(SearchDoc).where(SearchDoc.report_id == row.id, SearchDoc.item_id.is_(None)))
    if doc is not None:
        doc.folded = fold_same_length(row.title + "\n" + report.body)
