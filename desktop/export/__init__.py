"""Word and Excel exports in the official formats (no Qt): builders take domain objects."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.core.conclusion_parties import Parties
from desktop.core.model import Report
from desktop.export.organisation import OrganisationMissing, profile_for, require_organisation, saved_organisation
from desktop.export.profiles import PROFILES, Organisation
from desktop.export.save import ExportError, save_atomic
from desktop.export.thin_items import exportable

KINDS = {"docx": ("briefing", "conclusion", "summary"), "xlsx": ("tracking",)}


def export_reports(reports: list[Report], fmt: str, kind: str, out: str | Path, profile: str = "party",
                   org: Organisation | None = None, day: date | None = None, parties: Parties | None = None) -> Path:
    """``parties``: who concludes and with whom, as the clerk corrected them (conclusion only; else read
    from the text)."""
    if fmt not in KINDS or kind not in KINDS[fmt]:
        raise ExportError(f"Không có loại “{kind}” cho định dạng {fmt}: chọn "
                          + ", ".join(f"{f} → {'/'.join(k)}" for f, k in KINDS.items()) + ".")
    if not reports:
        raise ExportError("Chưa chọn văn bản nào để xuất.")
    prof = PROFILES[profile]
    reports = [exportable(r) for r in reports]  # items read too thin to trust leave unless verified
    if fmt == "xlsx":
        from desktop.export.excel import build_workbook

        return save_atomic(build_workbook(reports, prof), out)
    from desktop.export import word

    if kind in ("briefing", "conclusion") and len(reports) != 1:
        raise ExportError("Báo cáo tóm tắt và dự thảo thông báo kết luận lập cho một văn bản; "
                          "dùng --kind summary cho nhiều văn bản.")
    # the clerk's own office for this profile, never a sample unit (issue 16, point 4)
    org = require_organisation(org if org is not None else saved_organisation(profile), profile)
    prof = profile_for(org, prof)
    if kind == "briefing":
        doc = word.briefing(reports[0], prof, org, day)
    elif kind == "conclusion":
        doc = word.conclusion(reports[0], prof, org, day, parties)
    else:
        doc = word.summary(reports, prof, org, day)
    return save_atomic(doc, out)


__all__ = ["KINDS", "ExportError", "Organisation", "OrganisationMissing", "export_reports"]
