"""The clerk's settings, shared by the window and the command line (a JSON file, no Qt):
name for the audit trail, organisation defaults used by exports, interface language."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from desktop.store.paths import data_dir


@dataclass
class OrgDefaults:
    clerk_name: str = ""
    org_name: str = ""  # tên cơ quan ban hành (e.g. HUYỆN ỦY TÂN LẬP)
    parent_org: str = ""  # cơ quan cấp trên (e.g. ĐẢNG BỘ TỈNH HÒA LÂM)
    place: str = ""  # địa danh (e.g. Tân Lập)
    code: str = ""  # ký hiệu of the issuer (e.g. HU, UBND)
    signer_name: str = ""
    signer_position: str = ""
    language: str = "vi"


def settings_path() -> Path:
    return data_dir() / "settings.json"


def load_defaults() -> OrgDefaults:
    d = OrgDefaults()
    try:
        raw = json.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return d
    for f in fields(d):
        if isinstance(raw.get(f.name), str):
            setattr(d, f.name, raw[f.name])
    return d


def save_defaults(d: OrgDefaults) -> None:
    """Written to a temporary file and renamed: a crash never leaves half a settings file."""
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(d), ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, path)
