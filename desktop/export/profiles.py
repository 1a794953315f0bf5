"""Export profiles: the Party format (Hướng dẫn 36-HD/VPTW) and the State format (Nghị định 30/2020/NĐ-CP).

Every size, margin and label that the sources leave uncertain is a field here, so an office
can match its own habit; the defaults are the values ``official-format.md`` recommends.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any


@dataclass
class Organisation:
    """Who issues the document: the clerk's own office, entered once per profile (Party / State) and
    saved in Settings (:mod:`desktop.export.organisation`). Empty by default: exports never invent one."""

    name: str = ""  # issuing body, capitals (HUYỆN ỦY …, ỦY BAN NHÂN DÂN XÃ …)
    parent: str = ""  # superior body, capitals ("" for none)
    place: str = ""  # địa danh in the place–date line
    code: str = ""  # issuer part of the ký hiệu: TU, HU, ĐU, UBND…
    authority: str = ""  # T/M … (Party) / TM. … (State): the body the signer signs for
    signer_position: str = ""
    signer_name: str = ""
    collective_name: str = ""  # how the body names itself in the text ("Ban Thường vụ Huyện ủy")
    recipients: list[str] = field(default_factory=list)
    archive: str = ""  # the last recipient line: "Lưu Văn phòng Huyện ủy" / "Lưu: VT"
    authority_prefix: str = ""  # T/M, K/T, T/L (Party) / TM., KT., TL., TUQ. (State); "" = the profile's


@dataclass
class ExportProfile:
    key: str  # party | state
    # page (mm)
    margin_top: float = 20
    margin_bottom: float = 20
    margin_left: float = 30
    margin_right: float = 15
    font: str = "Times New Roman"
    # sizes (pt)
    size_heading: float = 15  # ĐẢNG CỘNG SẢN VIỆT NAM / Quốc hiệu
    size_motto: float = 14  # Tiêu ngữ (State)
    size_parent: float = 14
    size_issuer: float = 14
    size_number: float = 14
    size_place_date: float = 14
    size_type: float = 16
    size_excerpt: float = 14
    size_body: float = 14
    size_table: float = 12
    size_authority: float = 14
    size_signer_position: float = 14
    size_signer_name: float = 14
    size_recipients_label: float = 14
    size_recipients: float = 12
    size_page_number: float = 14
    # styles
    signer_position_bold: bool = False
    recipients_label_bold: bool = False
    recipients_label_italic: bool = False
    recipients_label_underline: bool = True
    issuer_mark: str = "*"  # Party: asterisk under the issuer; State: a short line
    authority_prefix: str = "T/M"  # T/M (Party) / TM. (State)
    number_colon: bool = False  # "Số 12-BC/HU" vs "Số: 12/BC-UBND"
    number_style: str = "party"  # party: 12-BC/HU ; state: 12/BC-UBND
    closing_mark: str = "./."
    first_line_indent_mm: float = 10
    line_spacing_pt: float | None = 18  # exactly; None = single
    space_after_pt: float = 6
    heading_style: str = "roman-hyphen"  # "I- …" / "1- …" (Party) or "I. …" / "1. …" (State)
    old_tone_marks: bool = False  # "UỶ/HOÁ" instead of "ỦY/HÓA" in the header
    size_draft_mark: float = 14  # "(Dự thảo)" under Số

    def with_overrides(self, **kw: Any) -> ExportProfile:
        return replace(self, **kw)


PARTY = ExportProfile(key="party")
STATE = ExportProfile(
    key="state", margin_top=20, margin_bottom=20, margin_left=30, margin_right=15, size_heading=13, size_motto=14,
    size_parent=13, size_issuer=13, size_number=13, size_place_date=14, size_type=14, size_excerpt=14,
    size_body=14, size_table=12, size_authority=14, size_signer_position=14, size_signer_name=14,
    size_recipients_label=12, size_recipients=11, size_page_number=14, signer_position_bold=True,
    recipients_label_bold=True, recipients_label_italic=True, recipients_label_underline=False, issuer_mark="line",
    authority_prefix="TM.", number_colon=True, number_style="state", closing_mark="./.", line_spacing_pt=None,
    heading_style="roman-dot",
)
PROFILES = {"party": PARTY, "state": STATE}

TYPE_CODES = {"BÁO CÁO": "BC", "THÔNG BÁO": "TB", "KẾ HOẠCH": "KH", "NGHỊ QUYẾT": "NQ", "TỜ TRÌNH": "TTr"}


def number_line(profile: ExportProfile, doc_type: str, org: Organisation, number: str = "") -> str:
    """``Số 123-BC/HU`` (Party) or ``Số: 123/BC-UBND`` (State); the number is left blank until issued."""
    code = TYPE_CODES.get(doc_type.upper(), "BC")
    num = number or "     "
    if profile.number_style == "state":
        return f"Số: {num}/{code}-{org.code}"
    return f"Số {num}-{code}/{org.code}"


def place_date(place: str, day: date) -> str:
    """``Tân Lập, ngày 05 tháng 02 năm 2026``: days below 10 and months 1–2 are zero-padded."""
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"{place}, ngày {day.day:02d} tháng {month} năm {day.year}"


def old_tones(text: str) -> str:
    """Party headers traditionally write UỶ, HOÁ, HOÀ (old tone placement)."""
    for new, old in (("ỦY", "UỶ"), ("HÓA", "HOÁ"), ("HÒA", "HOÀ"), ("ủy", "uỷ"), ("hóa", "hoá"), ("hòa", "hoà")):
        text = text.replace(new, old)
    return text
