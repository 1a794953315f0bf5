"""The clerk's settings (QSettings): name for the audit trail, organisation defaults for exports,
UI language, window layout."""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtCore import QSettings


@dataclass
class OrgDefaults:
    clerk_name: str = ""
    org_name: str = ""  # tên cơ quan ban hành (e.g. HUYỆN ỦY TÂN LẬP)
    parent_org: str = ""  # cơ quan cấp trên (e.g. ĐẢNG BỘ TỈNH HÒA LÂM)
    place: str = ""  # địa danh (e.g. Tân Lập)
    code: str = ""  # ký hiệu (e.g. HU, UBND)
    language: str = "vi"


def settings() -> QSettings:
    return QSettings("ReportDesk", "ReportDesk")


def load_defaults() -> OrgDefaults:
    s = settings()
    d = OrgDefaults()
    for f in fields(d):
        v = s.value(f"org/{f.name}", getattr(d, f.name))
        setattr(d, f.name, str(v) if v is not None else "")
    return d


def save_defaults(d: OrgDefaults) -> None:
    s = settings()
    for f in fields(d):
        s.setValue(f"org/{f.name}", getattr(d, f.name))
    s.sync()
