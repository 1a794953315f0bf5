"""A readable Vietnamese summary of one extraction, for the terminal."""

from __future__ import annotations

from desktop.core.model import Report
from desktop.core.vnnum import format_number


def summary_text(r: Report) -> str:
    lines = [f"== {r.source}", f"Tiêu đề: {r.title}"]
    if r.meeting:
        d = r.meeting.date
        when = "/".join(str(x) for x in (d.day, d.month, d.year) if x) if d else "—"
        lines.append(f"Sự kiện: ngày {when}; chủ trì: {r.meeting.chair or '—'}")
    if r.documents:
        lines.append(f"Văn bản được dẫn ({len(r.documents)}):")
        lines += [f"  - {d.kind} {d.number}" + (f" ngày {d.date}" if d.date else "") for d in r.documents]
    if r.people:
        lines.append(f"Nhân sự ({len(r.people)}):")
        lines += [f"  - {p.name}" + (f": {', '.join(p.positions)}" if p.positions else "") for p in r.people]
    if r.indicators:
        lines.append(f"Chỉ tiêu ({len(r.indicators)}):")
        for i in r.indicators:
            q = f"{i.qualifier} " if i.qualifier else ""
            extra = ", ".join(x for x in (f"năm {i.year}" if i.year else "", f"nhóm {i.group}" if i.group else "") if x)
            lines.append(f"  - {i.label}: {q}{format_number(i.value)} {i.unit}" + (f" ({extra})" if extra else ""))
    if r.ratios:
        lines.append(f"Tỷ số ({len(r.ratios)}):")
        lines += [f"  - {format_number(x.numerator)}/{format_number(x.denominator)} {x.noun}" for x in r.ratios]
    if r.tallies:
        lines.append(f"Số liệu tổng hợp ({len(r.tallies)}):")
        for t in r.tallies:
            parts = "; ".join(f"{format_number(p.count)} {p.status}" for p in t.parts)
            lines.append(f"  - {format_number(t.total)} {t.noun}" + (f": {parts}" if parts else ""))
    if r.tasks:
        lines.append(f"Nhiệm vụ ({len(r.tasks)}):")
        for task in r.tasks:
            extra = "; ".join(x for x in (
                f"chủ trì: {task.owner}" if task.owner else "",
                f"phối hợp: {', '.join(task.partners)}" if task.partners else "",
                f"thời hạn: {task.deadline}" if task.deadline else "",
                f"sản phẩm: {task.product}" if task.product else "") if x)
            head = f"({task.group}) " if task.group else ""
            lines.append(f"  - {head}{task.text}" + (f" [{extra}]" if extra else ""))
    if r.proposals:
        lines.append(f"Kiến nghị ({len(r.proposals)}):")
        lines += [f"  - {p.text}" for p in r.proposals]
    if r.findings:
        lines.append(f"Cần kiểm tra ({len(r.findings)}):")
        lines += [f"  - [{f.severity}] {f.message}" for f in r.findings]
    else:
        lines.append("Kiểm tra số liệu: không phát hiện điểm bất thường.")
    return "\n".join(lines)
