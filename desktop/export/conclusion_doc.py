"""Dự thảo Thông báo kết luận: who concludes and with whom come from the text (or the clerk, in the export dialog),
in official capitalisation; each task appears once, in the "4 rõ" table; Nơi nhận lists the counterpart and the
tasks' owners with the Settings list, each body once."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from docx.document import Document as DocxDocument

from desktop.core.conclusion_parties import Parties, conclusion_parties, recipients
from desktop.core.model import Report, ReviewStatus
from desktop.core.official_case import same_name
from desktop.core.vnnum import format_number
from desktop.export.docx_layout import (
    body,
    grid_table,
    header_block,
    new_document,
    par,
    signature_block,
    subheading,
    title_block,
)
from desktop.export.keep_together import keep_with_next
from desktop.export.profiles import ExportProfile, Organisation

PLACEHOLDER = "[…]"


def _kept(items: list) -> list:
    return [i for i in items if getattr(i, "review", None) != ReviewStatus.REJECTED]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _deadline(d: str | None) -> str:
    if d and len(d) == 10 and d[4] == "-" and d[7] == "-":
        y, m, dd = d.split("-")
        return f"{dd}/{int(m)}/{y}"
    return d or ""


def _when(r: Report) -> str:
    m = r.meeting
    if m and m.date and m.date.day and m.date.month:
        return f"Ngày {m.date.day:02d}/{m.date.month}" + (f"/{m.date.year}" if m.date.year else "")
    return f"Ngày {PLACEHOLDER}"


def resolved_parties(report: Report, profile: ExportProfile, org: Organisation,
                     given: Parties | None = None) -> Parties:
    """The clerk's words if given, else the text's; the Settings body only when neither names who concludes;
    never the clerk's own body as the counterpart."""
    p = given if given is not None else conclusion_parties(report, state=profile.key == "state")
    who = p.concluding or org.collective_name
    partner = p.counterpart
    if partner and any(same_name(partner, x) for x in (org.name, org.collective_name, who) if x):
        partner = ""
    return Parties(who, partner, p.subject, p.recipients)


def _opening(report: Report, p: Parties, who: str) -> str:
    chair = report.meeting.chair if report.meeting else None
    lead = _when(report) + (f", dưới sự chủ trì của đồng chí {chair}" if chair and not who.startswith("đồng chí")
                            else "")
    about = p.subject or PLACEHOLDER
    if p.counterpart:
        return (f"{lead}, {who} đã làm việc với {p.counterpart} về {about}. Sau khi nghe báo cáo và ý kiến của các "
                f"đồng chí dự họp, {who} kết luận như sau:")
    return (f"{lead}, {who} chủ trì cuộc họp về {about}. Sau khi nghe báo cáo và ý kiến của các đại biểu dự họp, "
            f"{who} kết luận như sau:")


def _highlights(report: Report) -> list[str]:
    out = []
    for t in _kept(report.tallies)[:4]:
        parts = "; ".join(f"{format_number(x.count)} {x.status}".strip() for x in t.parts)
        out.append(f"Tổng số {format_number(t.total)} {t.noun}" + (f": {parts}." if parts else "."))
    for x in _kept(report.ratios)[: max(0, 4 - len(out))]:
        pct = f" (đạt {format_number(round(x.percent, 1))}%)" if x.percent is not None and x.noun != "%" else ""
        out.append(f"{format_number(x.numerator)}/{format_number(x.denominator)} {x.noun}{pct}.")
    for i in _kept(report.indicators)[:6]:
        q = f"{i.qualifier} " if i.qualifier and i.qualifier != "đạt" else ""
        out.append(f"{i.label}: {q}{format_number(i.value)} {i.unit}.")
    return out


def _tasks(doc: DocxDocument, profile: ExportProfile, report: Report, who: str, partner: str) -> None:
    tasks = _kept(report.tasks)
    lead = body(doc, f"{_cap(who)} yêu cầu {partner or 'các cơ quan, đơn vị'} tập trung lãnh đạo, chỉ đạo thực hiện "
                     "tốt các nhiệm vụ sau:", profile)
    if not tasks:
        body(doc, PLACEHOLDER, profile)
        return
    keep_with_next(lead)
    rows = [[str(k), _cap(t.text), t.owner or PLACEHOLDER, "; ".join(t.partners),
             _deadline(t.deadline) or PLACEHOLDER, t.product or ""] for k, t in enumerate(tasks, start=1)]
    grid_table(doc, profile, ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn",
                              "Sản phẩm"], rows, [10, 55, 28, 26, 22, 24])
    par(doc, "", profile, space_after=0)


def conclusion(report: Report, profile: ExportProfile, org: Organisation, day: date | None = None,
               parties: Parties | None = None) -> DocxDocument:
    day = day or date.today()
    p = resolved_parties(report, profile, org, parties)
    who = p.concluding or PLACEHOLDER
    doc = new_document(profile)
    header_block(doc, profile, org, "THÔNG BÁO", day, draft=True)
    where = f"buổi làm việc với {p.counterpart}" if p.counterpart else f"cuộc họp về {p.subject or PLACEHOLDER}"
    title_block(doc, profile, "THÔNG BÁO", f"kết luận của {who} tại {where}")
    body(doc, _opening(report, p, who), profile)
    subheading(doc, "1. Đánh giá chung", profile)
    for s in _highlights(report) or [PLACEHOLDER]:
        body(doc, f"- {s}", profile)
    subheading(doc, "2. Hạn chế, nguyên nhân", profile)
    body(doc, PLACEHOLDER, profile)
    subheading(doc, "3. Nhiệm vụ trọng tâm thời gian tới", profile)
    _tasks(doc, profile, report, who, p.counterpart)
    n = 4
    if _kept(report.proposals):
        subheading(doc, "4. Về các đề xuất, kiến nghị", profile)
        for x in _kept(report.proposals):
            body(doc, f"- Về đề nghị {x.text}: giao {PLACEHOLDER} chủ trì xem xét, tham mưu.", profile)
        n = 5
    subheading(doc, f"{n}. Tổ chức thực hiện", profile)
    body(doc, f"Các cơ quan, đơn vị được giao chủ trì nhiệm vụ tại mục 3 tổ chức thực hiện, báo cáo kết quả về {who} "
              "theo thời hạn nêu trên.", profile)
    body(doc, f"{_cap(who)} thông báo để các cơ quan, đơn vị biết, thực hiện{profile.closing_mark}", profile)
    owners = [t.owner for t in _kept(report.tasks) if t.owner]
    sent_to = list(p.recipients) or recipients(p, owners, org.recipients)  # (the clerk's list, if corrected)
    signature_block(doc, profile, replace(org, recipients=sent_to))
    return doc
