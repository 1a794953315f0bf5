"""Whether a text names a given body (the owner of a task), however it is written: in full or abbreviated
(``UBND`` = ``Ủy ban nhân dân``, ``TN&MT`` = ``Tài nguyên và Môi trường``), with or without diacritics, in any
case, with or without its place tail (``UBND huyện Hòa Lâm`` = ``UBND huyện`` = ``Ủy ban nhân dân``) — but not
a body of another level (``UBND xã`` is not ``UBND huyện``) nor of another place where both name theirs
(``UBND huyện Tân Phú`` is not ``UBND huyện Hòa Lâm``: a place's name is the capitalised words after the level).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from desktop.core.extract.task_owner import split_bodies
from desktop.core.word_overlap import fold_word

# Abbreviations of bodies' names, as they are written, and the words they stand for.
ORG_ABBREVIATIONS = {
    "UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân", "UBMTTQ": "Ủy ban Mặt trận Tổ quốc",
    "MTTQ": "Mặt trận Tổ quốc", "BCH": "Ban Chấp hành", "BTV": "Ban Thường vụ", "UBKT": "Ủy ban Kiểm tra",
    "BQL": "Ban Quản lý", "BCĐ": "Ban Chỉ đạo", "TN&MT": "Tài nguyên và Môi trường",
    "TNMT": "Tài nguyên và Môi trường", "TC-KH": "Tài chính - Kế hoạch", "TCKH": "Tài chính - Kế hoạch",
    "KH&ĐT": "Kế hoạch và Đầu tư", "KHĐT": "Kế hoạch và Đầu tư", "GD&ĐT": "Giáo dục và Đào tạo",
    "GDĐT": "Giáo dục và Đào tạo", "NN&PTNT": "Nông nghiệp và Phát triển nông thôn",
    "NNPTNT": "Nông nghiệp và Phát triển nông thôn", "LĐ-TB&XH": "Lao động - Thương binh và Xã hội",
    "LĐTBXH": "Lao động - Thương binh và Xã hội", "VH-TT": "Văn hóa và Thông tin", "VHTT": "Văn hóa và Thông tin",
    "GTVT": "Giao thông vận tải", "KT-HT": "Kinh tế - Hạ tầng", "KTHT": "Kinh tế - Hạ tầng",
    "ĐTN": "Đoàn Thanh niên", "CHQS": "Chỉ huy Quân sự",
}
# Nouns of an administrative level, after a body's name: its level, then its place's name.
LEVEL_NOUNS = ["xã", "phường", "thị trấn", "huyện", "quận", "thị xã", "thành phố", "tỉnh"]
# Words before a body's name or inside a list of them that are no part of a name (compared with diacritics:
# folded, "đồng" and "chí" would be "Hội đồng" and "Chỉ huy").
NAME_LINKERS = ["và", "các", "mỗi", "từng", "những", "đồng chí"]

_ABBREVIATION = re.compile("|".join(rf"(?<!\w){re.escape(k)}(?!\w)"
                                    for k in sorted(ORG_ABBREVIATIONS, key=len, reverse=True)), re.IGNORECASE)
_TOKEN = re.compile(r"\w+")
_LEVELS = sorted((tuple(n.split()) for n in LEVEL_NOUNS), key=len, reverse=True)
_LEADS = frozenset(w for p in NAME_LINKERS for w in p.split())
_PARTY_ORGAN = ("ủy", "uỷ")  # "huyện ủy", "tỉnh ủy": an organ's name, not a level
_COMRADE = re.compile(r"^(?:đồng chí|Đồng chí)\s+")
_SKIPPED = frozenset(("và", "các", "những"))
_MANY_RE = re.compile(r"(?<!\w)(?:các|mỗi|từng|những)(?!\w)", re.IGNORECASE)  # every body of a kind


@dataclass(frozen=True)
class Words:
    """The words of a text, lower-case with diacritics (for levels) and folded (for names), the spans of each."""

    plain: tuple[str, ...]
    folded: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]  # into ``text``
    text: str  # the text with its abbreviations written out
    capital: tuple[bool, ...] = ()  # whether each word is written with a capital (a place's name is)


def words_of(text: str) -> Words:
    """``text``'s words after its abbreviations are written out."""
    text = unicodedata.normalize("NFC", text)
    expanded = _ABBREVIATION.sub(lambda m: ORG_ABBREVIATIONS[m.group().upper()], text)
    # "Tài chính và Kế hoạch" = "Tài chính - Kế hoạch"; "Ban Quản lý các công trình": "các" names no one
    found = [m for m in _TOKEN.finditer(expanded) if m.group().lower() not in _SKIPPED]
    plain = tuple(m.group().lower() for m in found)
    return Words(plain, tuple(fold_word(w) for w in plain), tuple(m.span() for m in found), expanded,
                 tuple(m.group()[:1].isupper() for m in found))


def _place_at(w: Words, i: int) -> tuple[str, ...]:
    """The place's name from word ``i`` on (after a level noun): its capitalised words, folded; () if none."""
    j = i
    while j < len(w.capital) and w.capital[j]:
        j += 1
    return w.folded[i:j]


def _level_at(plain: tuple[str, ...], i: int) -> tuple[str, ...] | None:
    """The level noun starting at word ``i`` (not "huyện ủy", an organ), or None."""
    for level in _LEVELS:
        n = len(level)
        if plain[i : i + n] == level and not (i + n < len(plain) and plain[i + n] in _PARTY_ORGAN):
            return level
    return None


@dataclass(frozen=True)
class Body:
    """One body's name: the words that name it (folded, without its level and place) and its level."""

    core: tuple[str, ...]
    level: tuple[str, ...] | None
    many: bool = False  # "các xã", "UBND các huyện": every body of a kind, no one in particular
    place: tuple[str, ...] = ()  # the place after the level, folded ("hoa lam"); () when not written


def body_of(name: str) -> Body | None:
    """The body ``name`` names: ``"UBND huyện Hòa Lâm"`` → core ``uy ban nhan dan``, level ``huyện``."""
    w = words_of(_COMRADE.sub("", name.strip()))
    level: tuple[str, ...] | None = None
    cut = len(w.plain)
    for i in range(1, len(w.plain)):
        level = _level_at(w.plain, i)
        if level is not None:
            cut = i
            break
    core = tuple(w.folded[:cut])
    place = _place_at(w, cut + len(level)) if level is not None else ()
    many = _MANY_RE.search(unicodedata.normalize("NFC", name)) is not None
    return Body(core, level, many, place) if core else None


@lru_cache(maxsize=4096)
def bodies_of(owner: str) -> tuple[Body, ...]:
    """The bodies an owner field names (``"Phòng Nội vụ, Phòng Tài chính - Kế hoạch"``: two)."""
    return tuple(b for b in map(body_of, split_bodies(owner)) if b is not None)


def _occurs_at(body: Body, w: Words, i: int) -> bool:
    n = len(body.core)
    if w.folded[i : i + n] != body.core:
        return False
    after = i + n
    level = _level_at(w.plain, after) if after < len(w.plain) else None
    if level is None or body.level is None:
        return True
    if level != body.level:
        return False
    place = _place_at(w, after + len(level))
    return not (place and body.place) or place == body.place


def opens_with(w: Words, i: int) -> bool:
    """Whether the body named from word ``i`` on opens ``w`` (only "các", "đồng chí"… before it)."""
    return all(p in _LEADS for p in w.plain[:i])


def body_starts(w: Words, body: Body) -> list[int]:
    """The indices of the words where ``w`` names ``body``."""
    return [i for i in range(len(w.folded) - len(body.core) + 1) if _occurs_at(body, w, i)]


def names_body(w: Words, body: Body) -> tuple[int, int] | None:
    """Where the words ``w`` name ``body`` (a span into ``w.text``), or None.
    Another level right after the name (``UBND xã`` for ``UBND huyện``) is another body."""
    n = len(body.core)
    for i in range(len(w.folded) - n + 1):
        if _occurs_at(body, w, i):
            return w.spans[i][0], w.spans[i + n - 1][1]
    return None


def without_bodies(text: str, bodies: Sequence[Body]) -> str:
    """``text`` (abbreviations written out) without the names of ``bodies`` where it names them."""
    w = words_of(text)
    cuts = []
    for body in bodies:
        n = len(body.core)
        cuts += [(w.spans[i][0], w.spans[i + n - 1][1]) for i in range(len(w.folded) - n + 1) if _occurs_at(body, w, i)]
    out, pos = [], 0
    for start, end in sorted(cuts):
        if start >= pos:
            out.append(w.text[pos:start])
            pos = end
    return " ".join([*out, w.text[pos:]])


def names_owner(text: str, owner: str) -> bool:
    """Whether ``text`` names ``owner`` (any one of the bodies the owner field lists)."""
    w = words_of(text)
    return any(names_body(w, b) is not None for b in bodies_of(owner))


def same_body(a: str, b: str) -> bool:
    """Whether two names name one body (each read as the other would name it in a text)."""
    return names_owner(a, b) or names_owner(b, a)
