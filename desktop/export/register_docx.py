"""Báo cáo kết quả thực hiện nhiệm vụ (issue 17, item 3): ``reportdesk export --kind register-report``.

The register as a Word report in the official format of the chosen profile (Party: 36-HD/VPTW; State: NĐ 30),
built from the same blocks as the other Word exports (header with the Quốc hiệu for State, title, headings,
tables, signature block, Nơi nhận): the date it is made to, the counts by category (one sentence whose parts add
up to the total, and a small table), the tasks not done and overdue grouped by owner, the documents that gave
the tasks (number and date), and a closing proposal. The owners of overdue tasks are added to Nơi nhận.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date
from pathlib import Path

from docx.document import Document as DocxDocument

from desktop.core.conclusion_parties import Parties, recipients
from desktop.core.register import SOON_DAYS, Category, RegisterEntry, category, counts, deadline_text
from desktop.core.vnnum import day_text, format_number
from desktop.export.docx_layout import (
    body,
    grid_table,
    header_block,
    heading,
    new_document,
    par,
    signature_block,
    title_block,
)
from desktop.export.organisation import profile_for, require_organisation, saved_organisation
from desktop.export.profiles import PROFILES, ExportProfile, Organisation
from desktop.export.register_text import (
    NO_OWNER,
    cap,
    overdue_days,
    require_entries,
    short_title,
    source_cite,
    source_key,
)
from desktop.export.save import ExportError, save_atomic

ROMAN = ["I", "II", "III", "IV", "V"]


def _period(today: date, period: str) -> str:
    return period.strip() or f"tính đến ngày {day_text(today)}"


def counts_sentence(by_cat: dict[Category, int], today: date) -> str:
    """``Tính đến ngày …, tổng số 9 nhiệm vụ, trong đó: 1 nhiệm vụ đã hoàn thành đúng hạn, …`` — the categories
    with a count, which add up to the total (the report's own verification checks it)."""
    total = sum(by_cat.values())
    parts = [f"{n} nhiệm vụ {c.label}" for c, n in by_cat.items() if n]
    return f"Tính đến ngày {day_text(today)}, sổ theo dõi có tổng số {total} nhiệm vụ, trong đó: " + \
        ", ".join(parts) + "."


def _share(n: int, total: int) -> str:
    return format_number(round(n * 100 / total, 1), 1) if total else ""


def _counts_section(doc: DocxDocument, prof: ExportProfile, entries: list[RegisterEntry], today: date,
                    soon_days: int) -> None:
    by_cat = counts(entries, today, soon_days)
    total = sum(by_cat.values())
    sources = len({source_key(e) for e in entries if source_cite(e)})
    body(doc, counts_sentence(by_cat, today), prof)
    if sources:
        body(doc, f"Các nhiệm vụ được giao tại {sources} văn bản (danh mục tại mục III).", prof)
    rows = [[str(k), cap(c.label), str(n), _share(n, total)] for k, (c, n) in enumerate(by_cat.items(), start=1)]
    rows.append(["", "Tổng cộng", str(total), _share(total, total)])
    grid_table(doc, prof, ["STT", "Tình trạng", "Số nhiệm vụ", "Tỷ lệ (%)"], rows, [12, 85, 30, 30],
               numeric={2, 3})
    par(doc, "", prof, space_after=0)


def overdue_by_owner(entries: list[RegisterEntry], today: date, soon_days: int) -> dict[str, list[RegisterEntry]]:
    """The overdue entries of each owner: owners with most first, then by name; tasks without an owner last."""
    groups: dict[str, list[RegisterEntry]] = {}
    for e in entries:
        if category(e, today, soon_days) == Category.OPEN_OVERDUE:
            groups.setdefault((e.owner or "").strip() or NO_OWNER, []).append(e)
    order = sorted(groups, key=lambda o: (o == NO_OWNER, -len(groups[o]), o.casefold()))
    return {o: sorted(groups[o], key=lambda e: (e.due or today, e.text)) for o in order}


def _overdue_line(e: RegisterEntry, today: date) -> str:
    phrase = deadline_text(e.deadline)
    when = " – ".join(dict.fromkeys(x for x in (phrase, day_text(e.due)) if x))  # (a full date once, not twice)
    facts = [f"thời hạn: {when}", f"quá hạn {overdue_days(e, today)} ngày"]
    if e.partners:
        facts.insert(0, f"phối hợp: {', '.join(e.partners)}")
    if source_cite(e):
        facts.append(f"văn bản giao: {source_cite(e)}")
    if e.note.strip():
        facts.append(f"tiến độ: {e.note.strip().rstrip('.')}")
    return f"- {cap(e.text.strip().rstrip('.'))} ({'; '.join(facts)})."


def _overdue_section(doc: DocxDocument, prof: ExportProfile, groups: dict[str, list[RegisterEntry]],
                     today: date) -> None:
    if not groups:
        body(doc, "Không có nhiệm vụ chưa hoàn thành quá hạn.", prof, italic=True)
        return
    n = sum(len(g) for g in groups.values())
    body(doc, f"Còn {n} nhiệm vụ chưa hoàn thành đã quá thời hạn, cụ thể theo từng cơ quan chủ trì như sau.", prof)
    for k, (owner, tasks) in enumerate(groups.items(), start=1):
        heading(doc, str(k), f"{owner} ({len(tasks)} nhiệm vụ)", prof, level=2)
        for e in tasks:
            body(doc, _overdue_line(e, today), prof)


def _sources_section(doc: DocxDocument, prof: ExportProfile, entries: list[RegisterEntry]) -> None:
    """Each source document once, in the order of its date: number and date, title, how many tasks it gave."""
    given: Counter[tuple[str, date | None, str]] = Counter(source_key(e) for e in entries)
    first: dict[tuple[str, date | None, str], RegisterEntry] = {}
    for e in entries:
        first.setdefault(source_key(e), e)
    keys = sorted(first, key=lambda k: (k[1] is None, k[1] or date.min, k[0], k[2]))
    for key in keys:
        e = first[key]
        cite = source_cite(e)
        if not cite:
            body(doc, f"- Nhiệm vụ bổ sung vào sổ theo dõi (không có văn bản giao): {given[key]} nhiệm vụ.", prof)
            continue
        title = f" – {short_title(e.source_title)}" if e.source_number and e.source_title.strip() else ""
        body(doc, f"- {cite}{title}: giao {given[key]} nhiệm vụ.", prof)


def register_report(entries: list[RegisterEntry], today: date, prof: ExportProfile, org: Organisation,
                    soon_days: int = SOON_DAYS, period: str = "") -> DocxDocument:
    """The report, not saved; ``org`` is a complete organisation (see ``require_organisation``)."""
    require_entries(entries)
    when = _period(today, period)
    doc = new_document(prof)
    header_block(doc, prof, org, "BÁO CÁO", today)
    excerpt = f"kết quả thực hiện nhiệm vụ {when}"
    title_block(doc, prof, "BÁO CÁO", excerpt if prof.key == "party" else cap(excerpt))
    body(doc, f"Thực hiện chế độ theo dõi, đôn đốc thực hiện nhiệm vụ, {org.collective_name} báo cáo kết quả thực "
              f"hiện các nhiệm vụ được giao {when} như sau:", prof)
    n = iter(ROMAN)
    heading(doc, next(n), "Tình hình thực hiện nhiệm vụ", prof)
    _counts_section(doc, prof, entries, today, soon_days)
    heading(doc, next(n), "Nhiệm vụ chưa hoàn thành, quá hạn", prof)
    groups = overdue_by_owner(entries, today, soon_days)
    _overdue_section(doc, prof, groups, today)
    heading(doc, next(n), "Văn bản giao nhiệm vụ", prof)
    _sources_section(doc, prof, entries)
    heading(doc, next(n), "Đề xuất", prof)
    if groups:
        body(doc, "Đề nghị các cơ quan, đơn vị có nhiệm vụ quá hạn nêu tại mục II khẩn trương hoàn thành, báo cáo "
                  f"kết quả về {org.collective_name}.", prof)
    else:
        body(doc, "Đề nghị các cơ quan, đơn vị tiếp tục thực hiện các nhiệm vụ đúng thời hạn.", prof)
    body(doc, f"Trên đây là báo cáo kết quả thực hiện nhiệm vụ {when}{prof.closing_mark}", prof)
    owners = [o for o in groups if o != NO_OWNER]
    signature_block(doc, prof, replace(org, recipients=recipients(Parties(), owners, org.recipients)))
    return doc


def build_register_report(entries: list[RegisterEntry], today: date, path: str | Path, profile: str = "party",
                          org: Organisation | None = None, soon_days: int = SOON_DAYS, period: str = "") -> Path:
    """Write the report to ``path`` (atomically) in the ``profile`` format (party | state), signed by ``org`` or
    the organisation saved in Settings for that profile (never a sample unit); the path written."""
    require_entries(entries)
    if profile not in PROFILES:
        raise ExportError(f"Không có thể thức “{profile}”: chọn party (Đảng) hoặc state (Nhà nước).")
    org = require_organisation(org if org is not None else saved_organisation(profile), profile)
    prof = profile_for(org, PROFILES[profile])
    return save_atomic(register_report(entries, today, prof, org, soon_days, period), path)
