"""Word lists of positions: titles, the abbreviations offices write them in, ranks (not positions), and
the words that end a position phrase besides the lexicon's verbs."""

from __future__ import annotations

import re

from desktop.core.lexicon import POSITION_STOP_AFTER_BLANK, POSITION_STOP_AT_START, TITLE_WORDS
from desktop.core.rx import alternation

# Military and police ranks and forms of address: they stand before a name but are not positions (contract 1.1).
RANKS = ["Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá", "Thượng tá", "Trung tá", "Thiếu tá",
         "Đại úy", "Đại uý", "Thượng úy", "Thượng uý", "Trung úy", "Trung uý", "Thiếu úy", "Thiếu uý"]
# Abbreviated titles, matched in capitals only ("CT." = Chủ tịch, "PBT" = Phó Bí thư, "UVTV" = Ủy viên Ban Thường vụ).
TITLE_ABBREVIATIONS = ["UVTV", "UVBTV", "UVBCH", "UVTW", "UVTƯ", "UVBTVTU", "HUV", "TUV", "ĐUV", "PBT", "BT", "PCT",
                       "CT", "TBT", "GĐ", "PGĐ", "UV"]
# Titles named by their unit ("Phó Ban thi đua …", "Cụm trưởng Cụm thi đua số 2"), besides the lexicon's.
_MORE_TITLES = ["Ban", "Già làng", "Trưởng thôn", "Trưởng bon", "Trưởng buôn", "Trưởng ấp", "Trưởng khu phố",
                "Cụm trưởng", "Khối trưởng", "Trưởng khối", "Cụm phó", "Ủy viên dự khuyết", "Chánh Văn phòng",
                "Phó Văn phòng", "Tổng cục trưởng", "Đại sứ", "Trưởng Công an", "Giám đốc"]
_RANK_SET = {r.casefold() for r in RANKS}
_WORD_TITLES = [t for t in TITLE_WORDS if t.casefold() not in _RANK_SET and not t.isupper()]
_WORD_TITLES += [t for t in _MORE_TITLES if t != "Ban"]
_ABBR = rf"(?-i:{alternation(TITLE_ABBREVIATIONS)})(?:\.(?=\s*\w))?"
# "Phó Ban" is a title, "Ban" alone is a body: only after "Phó"
_AFTER_PHO_ONLY = "ban"
TITLE = (rf"(?:(?:nguyên|quyền) )?(?:phó (?:{alternation(_WORD_TITLES)}|{_AFTER_PHO_ONLY})|{alternation(_WORD_TITLES)}"
         rf"|{_ABBR})")
# The last word of every title (a match of TITLE that ends with a letter ends with one of them, in any case)
TITLE_LAST_WORDS = frozenset(re.split(r"[^\w']", t)[-1] for t in (*_WORD_TITLES, _AFTER_PHO_ONLY, *TITLE_ABBREVIATIONS))
# a title begins a word; "trưởng" of "tăng trưởng" (growth) is none
TITLE_START = re.compile(rf"^(?:đồng chí )?{TITLE}(?![\w])", re.IGNORECASE)
# Characters that IGNORECASE matches to a letter besides its lower and upper case ("K" Kelvin sign for "k", "ſ" for
# "s"): which of them a title's first letter takes is asked of ``re`` itself
_CASE_ODDITIES = "\u212a\u017f\u0130\u0131\u212b\u1e9e\u03f4\u1fbe\u2126"


def _title_branches() -> list[tuple[str, bool, str]]:
    """TITLE's alternatives written out one by one, in the order ``re`` tries them: (first letter, whether
    the letter is read in any case, the rest of the alternative)."""
    body = rf"(?:phó (?:{alternation(_WORD_TITLES)}|{_AFTER_PHO_ONLY})|{alternation(_WORD_TITLES)}|{_ABBR})"
    out = [("n", True, "guyên " + body), ("q", True, "uyền " + body), ("p", True, rf"hó (?:{alternation(_WORD_TITLES)}"
                                                                              rf"|{_AFTER_PHO_ONLY})")]
    out += [(w[0], True, re.escape(w[1:])) for w in sorted(set(_WORD_TITLES), key=len, reverse=True)]
    out += [(a[0], False, rf"(?-i:{re.escape(a[1:])})(?:\.(?=\s*\w))?")
            for a in sorted(set(TITLE_ABBREVIATIONS), key=len, reverse=True)]
    return out


def _title_any() -> str:
    """``(?<![\\w])(?<!tăng )TITLE(?![\\w])`` (IGNORECASE) in a shape ``re`` can skip ahead with (see rx.words()):
    one branch for each character a title can begin with, read without IGNORECASE (so that ``re`` jumps from one of
    those characters to the next and tries only the branch of the character read), the look-behinds after it, then
    the rest of every alternative whose first letter matches the character, in TITLE's order."""
    rests: dict[str, list[str]] = {}
    for letter, any_case, rest in _title_branches():
        cands = {letter, letter.lower(), letter.upper(), *_CASE_ODDITIES} if any_case else {letter}
        for c in sorted(cands):
            if re.fullmatch(re.escape(letter), c, re.IGNORECASE if any_case else 0):
                rests.setdefault(c, []).append(f"(?i:{rest})" if any_case else rest)
    branches = "|".join(f"{re.escape(c)}(?<!\\w.)(?i:(?<!tăng .))(?:{'|'.join(alts)})" for c, alts in rests.items())
    return rf"(?-i:{branches})(?![\w])"


TITLE_ANY = re.compile(_title_any(), re.IGNORECASE)
# What may stand between a rank and a name, or alone before a name: "Đại tá", "đồng chí", "ông", "bà"
_BEFORE_NAME = (*RANKS, "đồng chí", "Đồng chí", "ông", "Ông", "bà", "Bà")
RANK_TAIL = re.compile(rf"(?:\s*(?:{alternation(RANKS)}|đồng chí|Đồng chí|ông|Ông|bà|Bà))+\s*$")


def drop_rank_tail(clause: str) -> str:
    """``clause`` without the ranks and forms of address it ends with (``RANK_TAIL``): only a clause that ends
    with one of those words is handed to the pattern, which is tried at every position."""
    return RANK_TAIL.sub("", clause) if clause.rstrip().endswith(_BEFORE_NAME) else clause
RANK_START = re.compile(rf"^(?:{alternation(RANKS)})(?![\w])\s*", re.IGNORECASE)

# Words that end a position besides the lexicon's verbs: "cũng", "thừa ủy quyền Chủ tịch …" (acting for another)
_MORE_STOPS = re.compile(r"\s(?:cũng|thừa ủy quyền|thừa uỷ quyền|thay mặt|dẫn đầu|về dự|đến dự)(?![\w])")
# "Ban Chỉ đạo", "Ban chỉ đạo THADS", "Trung tâm Công nghệ thông tin": names of bodies, not the verbs "chỉ đạo",
# "thông tin": what such a name ends with, before the blanks in front of the verb
_BODY_WORDS = ("Ban", "ban", "nghệ", "Sở", "Cổng", "Trang", "Trung tâm")


def stops(seg: str) -> list[re.Match[str]]:
    """The verbs and prepositions of ``seg`` that end a position (the lexicon's and ``_MORE_STOPS``)."""
    first = POSITION_STOP_AT_START.match(seg)
    found = [first] if first else []
    found += POSITION_STOP_AFTER_BLANK.finditer(seg, first.end() if first else 0)
    found = [m for m in found if not seg.endswith(_BODY_WORDS, 0, len(seg[: m.start()].rstrip()))]
    return found + list(_MORE_STOPS.finditer(seg))


def position_stop(seg: str) -> int | None:
    """Where a position phrase ends in ``seg`` (the verb or preposition after it), or None."""
    found = stops(seg)
    return min(m.start() for m in found) if found else None


# The long forms of abbreviations, to see that two ways of writing a position are one ("PBT thường trực huyện ủy"
# = "Phó Bí thư Thường trực Huyện ủy"); the form written out in full is kept.
EXPANSIONS = {
    "pbt": "phó bí thư", "bt": "bí thư", "ct": "chủ tịch", "pct": "phó chủ tịch", "tt": "thường trực",
    "uvtv": "ủy viên ban thường vụ", "uvbtv": "ủy viên ban thường vụ", "tuv": "tỉnh ủy viên",
    "huv": "huyện ủy viên", "đuv": "đảng ủy viên", "ubnd": "ủy ban nhân dân", "hđnd": "hội đồng nhân dân",
    "gđ": "giám đốc", "pgđ": "phó giám đốc", "uvtw": "ủy viên trung ương", "uvtư": "ủy viên trung ương",
    "mttq": "mặt trận tổ quốc", "mttqvn": "mặt trận tổ quốc việt nam", "tp": "trưởng phòng",
}
