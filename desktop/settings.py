"""The clerk's settings, shared by the window and the command line (a JSON file, no Qt):
name for the audit trail, organisation defaults used by exports, interface language."""

from __future__ import annotations

import getpass
import json
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from desktop.paths import data_dir


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


def _raw() -> dict:
    try:
        raw = json.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return raw if isinstance(raw, dict) else {}


def _write(raw: dict) -> None:
    """Written to a temporary file and renamed: a crash never leaves half a settings file."""
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(raw, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, path)


def save_defaults(d: OrgDefaults) -> None:
    """Keeps what else the file holds (the organisation records)."""
    _write({**_raw(), **asdict(d)})


ORGANISATION_KEYS = {"party": "party_organisation", "state": "state_organisation"}


def load_organisation_record(kind: str) -> dict | None:
    """The issuing organisation saved for ``kind`` (party | state), as stored; None if never entered."""
    rec = _raw().get(ORGANISATION_KEYS[kind])
    return rec if isinstance(rec, dict) else None


def save_organisation_record(kind: str, record: dict) -> None:
    _write({**_raw(), ORGANISATION_KEYS[kind]: record})


AUDIT_NAME_MAX = 100  # the audit trail's "who" column


def current_user() -> str:
    """Who the audit trail names, for every write of the window and the command line: the clerk name
    from Settings, else ``REPORTDESK_USER``, else the operating-system login (README, "Where the data
    lives"). Read at each write, so a name changed in Settings counts from the next change on."""
    name = load_defaults().clerk_name.strip() or os.environ.get("REPORTDESK_USER", "").strip()
    if not name:
        try:
            name = getpass.getuser()
        except Exception:  # no login name (a service account without one)
            name = "không rõ"
    return name[:AUDIT_NAME_MAX]
