"""Word documents for leaders and meetings, in the official layout of the chosen profile.

* ``briefing``   Báo cáo tóm tắt: one report before a working session;
* ``conclusion`` Dự thảo Thông báo kết luận: the conclusion skeleton, directives as assigned tasks;
* ``summary``    Báo cáo tổng hợp: several reports (all units in a period).
"""

from __future__ import annotations

from datetime import date

from docx.document import Document as DocxDocument

from desktop.core.dismissals import open_findings
from desktop.core.model import Report, ReviewStatus, Task
from desktop.core.vnnum import format_number
from desktop.export.citation import cite, unit_or_cite
from desktop.export.conclusion_doc import conclusion  # noqa: F401  (built there; word.conclusion kept)
from desktop.export.docx_layout import (
    body,
    grid_table,
    header_block,
    heading,
    new_document,
    par,
    signature_block,
    subheading,
    title_block,
)
from desktop.export.profiles import ExportProfile, Organisation

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
PLACEHOLDER = "[…]"


def _kept(items: list) -> list:
    return [i for i in items if getattr(i, "review", None) != ReviewStatus.REJECTED]


def _value(i) -> str:
    q = f"{i.qualifier} " if i.qualifier and i.qualifier != "đạt" else ""
    return f"{q}{format_number(i.value)}"


def _meeting_sentence(r: Report) -> str:
    m = r.meeting
    if not m:
        return ""
    when = f"Ngày {PLACEHOLDER}"
    if m.date and m.date.day and m.date.month:
        when = f"Ngày {m.date.day:02d}/{m.date.month}" + (f"/{m.date.year}" if m.date.year else "")
    who = f", dưới sự chủ trì của đồng chí {m.chair}" if m.chair else ""
    return f"{when}{who}"


def _indicator_table(doc: DocxDocument, profile: ExportProfile, reports: list[Report], with_unit: bool) -> None:
    headers = (["STT", "Đơn vị", "Chỉ tiêu", "ĐVT", "Giá trị", "Năm"] if with_unit
               else ["STT", "Chỉ tiêu", "ĐVT", "Giá trị", "Năm"])
    rows: list[list[str]] = []
    for r in reports:
        for i in _kept(r.indicators):
            row = [str(len(rows) + 1)]
            if with_unit:
                row.append(unit_or_cite(r))
            row += [i.label, i.unit, _value(i), str(i.year or "")]
            rows.append(row)
    widths: list[float] = [12, 30, 65, 22, 22, 14] if with_unit else [12, 90, 24, 24, 15]
    if rows:
        grid_table(doc, profile, headers, rows, widths, numeric={len(headers) - 2})
        par(doc, "", profile, space_after=0)
    else:
        body(doc, "Văn bản không nêu chỉ tiêu định lượng.", profile, italic=True)


def _tally_sentences(r: Report) -> list[str]:
    out = []
    for t in _kept(r.tallies):
        parts = "; ".join(f"{format_number(p.count)} {p.status}".strip() for p in t.parts)
        out.append(f"Tổng số {format_number(t.total)} {t.noun}" + (f": {parts}." if parts else "."))
    for x in _kept(r.ratios):
        pct = f" (đạt {format_number(round(x.percent, 1))}%)" if x.percent is not None and x.noun != "%" else ""
        out.append(f"{format_number(x.numerator)}/{format_number(x.denominator)} {x.noun}{pct}.")
    return out


def _task_line(t: Task) -> str:
    extra = "; ".join(x for x in (
        f"chủ trì: {t.owner}" if t.owner else "", f"phối hợp: {', '.join(t.partners)}" if t.partners else "",
        f"thời hạn: {_deadline(t.deadline)}" if t.deadline else "", f"sản phẩm: {t.product}" if t.product else "") if x)
    return f"- {t.text[:1].upper()}{t.text[1:]}" + (f" ({extra})" if extra else "") + "."


def _deadline(d: str | None) -> str:
    if d and len(d) == 10 and d[4] == "-" and d[7] == "-":
        y, m, dd = d.split("-")
        return f"{dd}/{int(m)}/{y}"
    return d or ""


def briefing(report: Report, profile: ExportProfile, org: Organisation, day: date | None = None) -> DocxDocument:
    day = day or date.today()
    doc = new_document(profile)
    header_block(doc, profile, org, "BÁO CÁO", day)
    excerpt = f"tóm tắt nội dung: {report.title}" if profile.key == "party" else f"Tóm tắt nội dung: {report.title}"
    title_block(doc, profile, "BÁO CÁO", excerpt)
    n = iter(ROMAN)
    heading(doc, next(n), "Thông tin chung", profile)
    facts = [f"Văn bản: {cite(report)}."]
    if report.unit:
        facts.append(f"Đơn vị: {report.unit}.")
    if report.meeting:
        facts.append(f"Sự kiện: {_meeting_sentence(report)}.")
    docs = _kept(report.documents)
    if docs:
        facts.append("Văn bản được dẫn: " + "; ".join(
            f"{d.kind} số {d.number}" + (f" ngày {_deadline(d.date)}" if d.date else "") for d in docs) + ".")
    for f in facts:
        body(doc, f, profile)
    heading(doc, next(n), "Kết quả nổi bật", profile)
    for s in _tally_sentences(report) or ["Văn bản không nêu số liệu tổng hợp."]:
        body(doc, s, profile)
    subheading(doc, "Các chỉ tiêu chủ yếu:", profile)
    _indicator_table(doc, profile, [report], with_unit=False)
    heading(doc, next(n), "Nhiệm vụ", profile)
    for t in _kept(report.tasks) or []:
        body(doc, _task_line(t), profile)
    if not _kept(report.tasks):
        body(doc, "Văn bản không nêu nhiệm vụ cụ thể.", profile, italic=True)
    heading(doc, next(n), "Kiến nghị, đề xuất", profile)
    for p in _kept(report.proposals):
        body(doc, f"- {p.text[:1].upper()}{p.text[1:]}.", profile)
    if not _kept(report.proposals):
        body(doc, "Không có kiến nghị, đề xuất.", profile, italic=True)
    heading(doc, next(n), "Vấn đề cần lưu ý", profile)
    for finding in open_findings(report):  # (not the findings a clerk checked and dismissed)
        body(doc, f"- [{finding.severity}] {finding.message}", profile)
    if not open_findings(report):
        body(doc, "Kiểm tra số liệu: các điểm chênh lệch đã được đối chiếu, số liệu đúng như văn bản."
             if report.findings else "Kiểm tra số liệu: không phát hiện điểm bất thường.", profile, italic=True)
    body(doc, f"Trên đây là báo cáo tóm tắt phục vụ buổi làm việc{profile.closing_mark}", profile)
    signature_block(doc, profile, org)
    return doc


def summary(reports: list[Report], profile: ExportProfile, org: Organisation, day: date | None = None,
            period: str = "") -> DocxDocument:
    day = day or date.today()
    doc = new_document(profile)
    header_block(doc, profile, org, "BÁO CÁO", day)
    excerpt = f"tổng hợp kết quả từ {len(reports)} văn bản" + (f" {period}" if period else "")
    title_block(doc, profile, "BÁO CÁO", excerpt)
    n = iter(ROMAN)
    heading(doc, next(n), "Tình hình chung", profile)
    for r in reports:
        where = f" ({r.unit})" if r.unit else ""
        body(doc, f"- {r.title}{where}: {len(_kept(r.indicators))} chỉ tiêu, {len(_kept(r.tasks))} nhiệm vụ, "
                  f"{len(_kept(r.proposals))} kiến nghị.", profile)
    heading(doc, next(n), "Các chỉ tiêu chủ yếu", profile)
    _indicator_table(doc, profile, reports, with_unit=True)
    heading(doc, next(n), "Nhiệm vụ", profile)
    for r in reports:
        for t in _kept(r.tasks):
            body(doc, _task_line(t), profile)
    heading(doc, next(n), "Kiến nghị, đề xuất", profile)
    for r in reports:
        for p in _kept(r.proposals):
            body(doc, f"- {p.text[:1].upper()}{p.text[1:]} ({unit_or_cite(r)}).", profile)
    heading(doc, next(n), "Vấn đề cần lưu ý về số liệu", profile)
    any_finding = False
    for r in reports:
        for f in open_findings(r):
            any_finding = True
            body(doc, f"- {unit_or_cite(r)}: {f.message}", profile)
    if not any_finding:
        body(doc, "Kiểm tra số liệu: không phát hiện điểm bất thường.", profile, italic=True)
    body(doc, f"Trên đây là báo cáo tổng hợp{profile.closing_mark}", profile)
    signature_block(doc, profile, org)
    return doc
