"""TCVN3 (TCVN 5712:1993, the ".VnTime" font encoding) decoding and detection.

Legacy office files typed with ABC/.VnTime fonts store Vietnamese letters as single bytes
in 0xA1–0xFE. Capital toned letters were drawn by a separate font (.VnTimeH) with the same
codes, so a plain-text file keeps only their lower-case form.
"""

from __future__ import annotations

import re
import unicodedata

_TABLE = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
    0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xC6: "ặ",
    0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
    0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
    0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
    0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
    0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
    0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
    0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
    0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
    0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
    0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
}
_DECODE = {i: chr(i) for i in range(0x80)} | {i: _TABLE.get(i, chr(i)) for i in range(0x80, 0x100)}

_COMMON = re.compile(
    r"(?<!\w)(của|và|các|được|người|năm|đã|trong|với|cho|không|này|để|những|một|tỉnh|huyện|"
    r"nhiệm vụ|thực hiện|đồng chí|công tác|phát triển|kinh tế|xã hội)(?!\w)",
    re.IGNORECASE,
)


def decode_tcvn3(data: bytes) -> str:
    return "".join(_DECODE[b] for b in data)


def _hits(text: str) -> int:
    return len(_COMMON.findall(unicodedata.normalize("NFC", text)))


def looks_like_tcvn3(data: bytes) -> bool:
    """True when decoding as TCVN3 yields clearly more Vietnamese words than Windows-1258."""
    sample = data[:20000]
    tcvn = _hits(decode_tcvn3(sample))
    try:
        cp = _hits(sample.decode("cp1258", errors="replace"))
    except LookupError:  # pragma: no cover
        cp = 0
    return tcvn > max(2, cp * 2)
