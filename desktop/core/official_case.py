"""Names of bodies in official capitalisation (Nghị định 30/2020, Phụ lục II): ``TỈNH ỦY HÒA LÂM`` →
``Tỉnh ủy Hòa Lâm``, ``ỦY BAN NHÂN DÂN XÃ PHÚ XUÂN`` → ``Ủy ban nhân dân xã Phú Xuân``, ``BAN THƯỜNG VỤ HUYỆN ỦY
TÂN LẬP`` → ``Ban Thường vụ Huyện ủy Tân Lập`` — never every word capitalised. Pure, no Qt, no SQL."""

from __future__ import annotations

# Heads of bodies as they are written inside a sentence (longest first when looked up).
_HEADS = [
    "Ban Thường vụ", "Ban Chấp hành", "Thường trực", "Ủy ban Kiểm tra", "Uỷ ban Kiểm tra",
    "Ủy ban Mặt trận Tổ quốc Việt Nam", "Ủy ban Mặt trận Tổ quốc", "Ủy ban nhân dân", "Uỷ ban nhân dân",
    "Hội đồng nhân dân", "Ban cán sự đảng", "Đảng đoàn", "Văn phòng", "Công an", "Kho bạc Nhà nước",
    "Ban Quản lý dự án", "Trung tâm", "Đảng bộ", "Chi bộ",
]
# Party committees named by their level: the place name follows (``Huyện ủy Tân Lập``).
_COMMITTEES = ["Tỉnh ủy", "Tỉnh uỷ", "Huyện ủy", "Huyện uỷ", "Thị ủy", "Thị uỷ", "Thành ủy", "Thành uỷ",
               "Quận ủy", "Quận uỷ", "Đảng ủy", "Đảng uỷ"]
# Administrative levels, written in small letters before the place name (``xã Phú Xuân``).
_LEVELS = ["thị xã", "thành phố", "thị trấn", "đặc khu", "tỉnh", "huyện", "xã", "phường", "quận"]
# Bodies whose own name follows their head word: ``Sở Tài chính``, ``Ban Tổ chức``.
_NAMED = ["Sở", "Ban", "Phòng", "Bộ", "Cục", "Chi cục", "Ủy ban", "Uỷ ban", "Báo", "Đài"]
_ABBREVIATIONS = {"ubnd", "hđnd", "mttq", "ubmttq", "ubkt", "btv", "bch", "vn"}


def _needs_case(name: str) -> bool:
    """All capitals (a header line) or Every Word Capitalised (the old ``str.title()``)."""
    words = [w for w in name.split() if any(c.isalpha() for c in w)]
    if len(words) < 2:
        return name.isupper() and len(name) > 5
    return name.isupper() or all(w[:1].isupper() for w in words)


def _match(words: list[str], k: int, phrases: list[str]) -> str | None:
    for phrase in sorted(phrases, key=len, reverse=True):
        n = len(phrase.split())
        if " ".join(words[k:k + n]) == phrase.casefold():
            return phrase
    return None


def _title(word: str) -> str:
    return word.upper() if word in _ABBREVIATIONS else word[:1].upper() + word[1:]


def official_case(name: str) -> str:
    """A body's name as written in running text; a name already in mixed case is kept as the text wrote it."""
    name = " ".join(name.split())
    if not _needs_case(name):
        return name
    words = name.casefold().split()
    out: list[str] = []
    k, place, named = 0, False, False
    while k < len(words):
        committee = _match(words, k, _COMMITTEES)
        level = None if committee or (place and out[-1] not in _COMMITTEES) else _match(words, k, _LEVELS)
        phrase = committee or level or (None if place else _match(words, k, _HEADS))
        phrase = phrase or (None if place or named else _match(words, k, _NAMED))
        if phrase:
            out.append(phrase)
            place = place or phrase in _COMMITTEES or phrase == level
            named = phrase in _NAMED
            k += len(phrase.split())
            continue
        first = not out or out[-1] in _NAMED or (named and out[-1] == "và")
        out.append(_title(words[k]) if place or first or words[k] in _ABBREVIATIONS else words[k])
        named = named and not place
        k += 1
    text = " ".join(out)
    return text[:1].upper() + text[1:]


def same_name(a: str, b: str) -> bool:
    """Two spellings of one body (``Huyện uỷ`` / ``Huyện ủy``, capitals or not)."""
    def norm(s: str) -> str:
        s = " ".join(s.casefold().split()).rstrip(".,;")
        for old, new in (("uỷ", "ủy"), ("oà", "òa"), ("oá", "óa"), ("oạ", "ọa"), ("ubnd", "ủy ban nhân dân"),
                         ("hđnd", "hội đồng nhân dân")):
            s = s.replace(old, new)
        return s

    return norm(a) == norm(b)
