"""Word and Excel exports in the official formats (no Qt): builders take domain objects."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.core.conclusion_parties import Parties
from desktop.core.model import Report
from desktop.export.profiles import PROFILES, ExportProfile, Organisation
from desktop.export.save import ExportError, save_atomic

KINDS = {"docx": ("briefing", "conclusion", "summary"), "xlsx": ("tracking",)}


def organisation_from_settings(profile: ExportProfile) -> Organisation:
    from desktop.settings import load_defaults

    d = load_defaults()
    org = Organisation()
    if profile.key == "state":
        org = Organisation(name="ỦY BAN NHÂN DÂN XÃ TÂN MỸ", parent="", place="Tân Mỹ", code="UBND",
                           authority="ỦY BAN NHÂN DÂN", signer_position="CHỦ TỊCH",
                           collective_name="Ủy ban nhân dân xã", recipients=["UBND huyện (b/c)"], archive="Lưu: VT")
    for attr, value in (("name", d.org_name), ("parent", d.parent_org), ("place", d.place), ("code", d.code),
                        ("signer_name", d.signer_name), ("signer_position", d.signer_position)):
        if value:
            setattr(org, attr, value)
    return org


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
    org = org or organisation_from_settings(prof)
    if fmt == "xlsx":
        from desktop.export.excel import build_workbook

        return save_atomic(build_workbook(reports, prof), out)
    from desktop.export import word

    if kind in ("briefing", "conclusion") and len(reports) != 1:
        raise ExportError("Báo cáo tóm tắt và dự thảo thông báo kết luận lập cho một văn bản; "
                          "dùng --kind summary cho nhiều văn bản.")
    if kind == "briefing":
        doc = word.briefing(reports[0], prof, org, day)
    elif kind == "conclusion":
        doc = word.conclusion(reports[0], prof, org, day, parties)
    else:
        doc = word.summary(reports, prof, org, day)
    return save_atomic(doc, out)


__all__ = ["KINDS", "ExportError", "Organisation", "export_reports"]
