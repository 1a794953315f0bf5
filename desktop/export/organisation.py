"""The issuing organisation of a Word export: the clerk's own office, never a sample unit.

A Party export (Hướng dẫn 36-HD/VPTW) and a State export (Nghị định 30/2020/NĐ-CP) are headed and signed
by different bodies, so Settings keep one record for each (``party_organisation``, ``state_organisation``).
An export whose record is missing or incomplete is refused with a sentence naming what is missing and
where to enter it; a record of the wrong kind (a Party body or ``BÍ THƯ`` in a State document, an
``ỦY BAN NHÂN DÂN`` in a Party one) is refused too.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, fields, replace

from desktop.export.profiles import ExportProfile, Organisation
from desktop.export.save import ExportError

# what must be filled, with its name for the clerk and the ``reportdesk export`` option that sets it
REQUIRED = {"name": "tên cơ quan ban hành", "place": "địa danh", "code": "ký hiệu của cơ quan",
            "authority": "thẩm quyền ký (T/M …, TM. …)", "signer_position": "chức vụ người ký"}
OPTIONS = {"name": "--org-name", "parent": "--org-parent", "place": "--place", "code": "--code",
           "authority": "--authority", "authority_prefix": "--authority-prefix",
           "signer_position": "--signer-position", "signer_name": "--signer-name",
           "collective_name": "--collective-name", "recipients": "--recipient", "archive": "--archive"}
PROFILE_NAMES = {"party": "thể thức Đảng", "state": "thể thức Nhà nước"}
DEFAULT_ARCHIVE = {"party": "Lưu Văn phòng", "state": "Lưu: VT"}  # generic; the clerk names the office
PLACEHOLDER = "[…]"
PREFIXES = {"party": ("T/M", "K/T", "T/L"), "state": ("TM.", "KT.", "TL.", "TUQ.", "Q.")}

_PARTY_WORDS = re.compile(r"\bĐẢNG\b|\bBÍ THƯ\b|\b(TỈNH|HUYỆN|THÀNH|THỊ|QUẬN) ỦY\b|\bBAN THƯỜNG VỤ\b|\bCHI BỘ\b")
_STATE_WORDS = re.compile(r"^(ỦY BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|HĐND)\b|\bCHỦ TỊCH\b")


class OrganisationMissing(ExportError):
    """No usable organisation for the profile; ``profile`` says which record the clerk must fill."""

    def __init__(self, message: str, profile: str) -> None:
        super().__init__(message)
        self.profile = profile


def _upper(text: str) -> str:
    return unicodedata.normalize("NFC", text).upper().replace("UỶ", "ỦY")


def organisation_from_record(record: dict | None) -> Organisation | None:
    if not record:
        return None
    org = Organisation()
    for f in fields(org):
        value = record.get(f.name)
        if f.name == "recipients":
            if isinstance(value, list):
                org.recipients = [str(x).strip() for x in value if str(x).strip()]
        elif isinstance(value, str):
            setattr(org, f.name, value.strip())
    return org


def organisation_to_record(org: Organisation) -> dict:
    return asdict(org)


def missing_fields(org: Organisation | None) -> list[str]:
    """The attributes of :data:`REQUIRED` that ``org`` leaves empty (all of them for None)."""
    return [a for a in REQUIRED if org is None or not str(getattr(org, a)).strip()]


def conflicts(org: Organisation, profile: str) -> list[str]:
    """Why ``org`` cannot head or sign a document of ``profile``, one sentence each (empty if it can)."""
    out = []
    if org.authority_prefix and org.authority_prefix not in PREFIXES[profile]:
        out.append(f"“{org.authority_prefix}” không dùng trong {PROFILE_NAMES[profile]} (dùng "
                   + ", ".join(PREFIXES[profile]) + ")")
    pattern = _STATE_WORDS if profile == "party" else _PARTY_WORDS
    for attr in ("name", "parent", "authority", "signer_position"):
        value = str(getattr(org, attr))
        if value and pattern.search(_upper(value)):
            out.append(f"“{value}” thuộc {'cơ quan Nhà nước' if profile == 'party' else 'tổ chức Đảng'}, "
                       f"không dùng trong văn bản {'của Đảng' if profile == 'party' else 'hành chính Nhà nước'}")
    return out


def where_to_enter(profile: str) -> str:
    return (f"Hãy nhập trong cửa sổ ứng dụng (Công cụ › Thiết lập › Cơ quan ban hành — {PROFILE_NAMES[profile]}), "
            f"hoặc ghi qua các tùy chọn {', '.join(OPTIONS[a] for a in REQUIRED)} của lệnh reportdesk export.")


def require_organisation(org: Organisation | None, profile: str) -> Organisation:
    """``org`` if it can head a ``profile`` document, else :class:`OrganisationMissing` saying why."""
    missing = missing_fields(org)
    if missing:
        raise OrganisationMissing(
            f"Chưa có cơ quan ban hành cho {PROFILE_NAMES[profile]}: thiếu "
            + ", ".join(REQUIRED[a] for a in missing) + ". Văn bản xuất không dùng tên cơ quan mẫu. "
            + where_to_enter(profile), profile)
    assert org is not None
    wrong = conflicts(org, profile)
    if wrong:
        raise OrganisationMissing(f"Cơ quan ban hành không hợp với {PROFILE_NAMES[profile]}: " + "; ".join(wrong)
                                  + ". " + where_to_enter(profile), profile)
    return replace(org, collective_name=org.collective_name or PLACEHOLDER,
                   archive=org.archive or DEFAULT_ARCHIVE[profile], signer_position=signer_lines(org, profile))


def signer_lines(org: Organisation, profile: str) -> str:
    """The position line(s) under the authority. A State deputy signing for a collective body signs for its
    head (NĐ 30: ``TM. ỦY BAN NHÂN DÂN`` / ``KT. CHỦ TỊCH`` / ``PHÓ CHỦ TỊCH``); a Party deputy signs
    ``T/M BAN THƯỜNG VỤ`` / ``PHÓ BÍ THƯ`` directly (36-HD: no K/T for a cấp ủy)."""
    position = org.signer_position.strip()
    head = position[4:].strip() if _upper(position).startswith("PHÓ ") else ""
    if profile != "state" or not head or (org.authority_prefix or "TM.") != "TM.":
        return position
    return f"KT. {head.upper()}\n{position}"


def legacy_kind(name: str) -> str:
    """The profile an organisation name from the old single Settings record belongs to."""
    return "state" if _STATE_WORDS.search(_upper(name)) else "party"


def saved_organisation(profile: str) -> Organisation | None:
    """The record Settings keep for ``profile``; from an old single record only if its body is of that kind."""
    from desktop.settings import load_defaults, load_organisation_record

    org = organisation_from_record(load_organisation_record(profile))
    if org is not None:
        return org
    d = load_defaults()
    if not d.org_name.strip() or legacy_kind(d.org_name) != profile:
        return None
    return Organisation(name=d.org_name.strip(), parent=d.parent_org.strip(), place=d.place.strip(),
                        code=d.code.strip(), signer_name=d.signer_name.strip(),
                        signer_position=d.signer_position.strip())


def save_organisation(profile: str, org: Organisation) -> None:
    from desktop.settings import save_organisation_record

    save_organisation_record(profile, organisation_to_record(org))


def with_overrides(org: Organisation | None, values: dict[str, object]) -> Organisation | None:
    """``org`` with the non-empty ``values`` (attribute → value) put in; None if both are empty."""
    given = {k: v for k, v in values.items() if v}
    if not given:
        return org
    return replace(org or Organisation(), **given)  # type: ignore[arg-type]


def profile_for(org: Organisation, profile: ExportProfile) -> ExportProfile:
    """The profile with the organisation's own authority prefix (K/T, TL. …), if it chose one."""
    return profile.with_overrides(authority_prefix=org.authority_prefix) if org.authority_prefix else profile


OPTION_HELP = {"name": "tên cơ quan ban hành, chữ in hoa (ghi đè Thiết lập cho lần xuất này)",
               "parent": "cơ quan cấp trên trực tiếp", "place": "địa danh ở dòng ngày tháng",
               "code": "ký hiệu của cơ quan trong số văn bản (HU, TU, ĐU, UBND…)",
               "authority": "thẩm quyền ký, sau T/M hoặc TM. (BAN THƯỜNG VỤ, ỦY BAN NHÂN DÂN…)",
               "authority_prefix": "T/M, K/T, T/L (Đảng) hoặc TM., KT., TL., TUQ. (Nhà nước)",
               "signer_position": "chức vụ người ký", "signer_name": "họ tên người ký",
               "collective_name": "tên cơ quan dùng trong nội dung (Ban Thường vụ Huyện ủy…)",
               "recipients": "một nơi nhận (lặp lại cho nhiều nơi)", "archive": "dòng lưu cuối Nơi nhận"}


def add_options(parser: object) -> None:
    """The ``reportdesk export`` options that set the organisation for one export."""
    for attr, flag in OPTIONS.items():
        extra = {"action": "append"} if attr == "recipients" else {}
        parser.add_argument(flag, dest=f"org_{attr}", metavar="TEXT", help=OPTION_HELP[attr],  # type: ignore[attr-defined]
                            **extra)


def from_options(args: object, profile: str) -> Organisation | None:
    """The saved organisation of ``profile`` with what the command line gives put over it."""
    values = {attr: getattr(args, f"org_{attr}", None) for attr in OPTIONS}
    return with_overrides(saved_organisation(profile), values)
