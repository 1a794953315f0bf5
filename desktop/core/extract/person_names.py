"""Person names: capitalised runs of 2–4 syllables that begin with a surname or follow a word that announces a
person (``đồng chí``, ``ông``, ``bà``); places and bodies written in capitals (``tỉnh Hà Giang``) are not names."""

from __future__ import annotations

import re

from desktop.core.extract.position_words import RANKS, TITLE, TITLE_ANY, TITLE_LAST_WORDS
from desktop.core.lexicon import SURNAMES, UPPER_LETTERS
from desktop.core.rx import alternation

_PLACE_BEFORE = {
    "xã", "phường", "huyện", "tỉnh", "thị", "thành", "phố", "trấn", "bản", "thôn", "đường", "quận",
    "sông", "núi", "cầu", "chợ", "làng", "khu", "cụm", "viên", "đền", "chùa", "hồ", "đèo", "Báo", "báo",
    "Đài", "trường", "Trường", "hiệu", "Công", "đội", "Đoàn", "tổ", "lộ", "dự", "án", "nhà", "tư", "tưởng",
    "cách", "gương", "phong", "Hồ", "Bác", "xóm", "ấp", "khối", "mỏ", "suối",
}
NOT_NAME_START = {
    "Ban", "Ủy", "Uỷ", "Thường", "Tỉnh", "Huyện", "Thành", "Đảng", "Trung", "Nhà", "Hội",
    "Chủ", "Bí", "Phó", "Trưởng", "Giám", "Nhân", "Mặt", "Văn", "Sở", "Phòng", "Bộ", "Chính", "Đoàn",
    "Đại", "Tổng", "Các", "Những", "Lãnh", "Đồng", "Theo", "Ảnh", "Nguồn", "Tin", "Bài", "Cục",
}
# what stands right before a name in "đồng chí X", "ông X", "Thiếu tướng X" (tested with str.endswith)
# Honorary titles of the State, written before a name and no positions ("Mẹ Việt Nam Anh hùng Trần Thị X")
HONORARY_TITLES = ("Mẹ Việt Nam Anh hùng", "Anh hùng Lao động", "Anh hùng Lực lượng vũ trang nhân dân",
                   "Nhà giáo Nhân dân", "Nhà giáo Ưu tú", "Nghệ sĩ Nhân dân", "Nghệ sĩ Ưu tú", "Thầy thuốc Nhân dân",
                   "Thầy thuốc Ưu tú", "Nghệ nhân Nhân dân", "Nghệ nhân Ưu tú")
_PRE_WORDS = ("đồng chí", "Đồng chí", "đ/c", "Đ/c", "ông", "Ông", "bà", "Bà", "anh", "Anh", "chị", "Chị",
              *RANKS, *HONORARY_TITLES)
# Names of the Central Highlands and the south: the first word is a clan or a personal prefix, not a Kinh surname
# ("Điểu K'Lơ", "Y Thịnh Niê", "H' Hen Mlô", "Ksor Y Phic", "Kpă Thuyên")
ETHNIC_NAME_STARTS = frozenset({"Điểu", "Điêu", "Kpă", "Kpuih", "Byă", "Niê", "Êban", "Mlô", "Bkrông", "Hđơk", "Ayun",
                                "Rơ", "Rcom", "Kơ", "K'", "K’"})


_PRE_RE = re.compile(rf"(?<![\w/])(?:{alternation(_PRE_WORDS)})[ \t\u00a0]*$")


# _PRE_WORDS by their last letter: a word that ends the text ends with the text's last character, so only the
# few words ending with that letter are handed to ``str.endswith`` (not all of them, before most names)
def _by_last_letter(words: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for w in words:
        out[w[-1]] = (*out.get(w[-1], ()), w)
    return out


_PRE_BY_LAST = _by_last_letter(_PRE_WORDS)


def pre_context(text: str, pos: int) -> bool:
    """``text[:pos]`` ends with one of ``_PRE_WORDS`` as a whole word, and blanks (without copying the prefix):
    "truyền thông Luật …" does not end with the word "ông". (The words end in letters: ``str.endswith`` past the
    blanks says cheaply whether one can, the pattern whether it is a whole word.)"""
    lo = max(0, pos - 48)
    end = pos
    while end > lo and text[end - 1] in " \t\u00a0":
        end -= 1
    ending = _PRE_BY_LAST.get(text[end - 1]) if end > lo else None
    return ending is not None and text.endswith(ending, lo, end) and _PRE_RE.search(text, lo, pos) is not None


# Capitalised words joined by single spaces; "(?<!…)" after the first letter: see rx.py. A lone capitalised word
# is never a name (but for "K’Choi", an apostrophe after its capital): the look-ahead passes it over in re, unless
# a hyphen joins a capitalised part to it ("Bà Rịa-Vũng Tàu"), where the run is read as a whole as before.
_CAP_WORD = r"[\w'’]*+(?:-[\w'’]++)?"
# (The look-ahead reads the word once, possessively: a hyphen or " " and a capital can only follow all of it.)
_CAP_RUN = re.compile(rf"[{UPPER_LETTERS}](?<![\w'’].)(?=['’]|[\w'’]*+(?:-| [{UPPER_LETTERS}]))"
                      rf"{_CAP_WORD}(?: [{UPPER_LETTERS}]{_CAP_WORD})*+")


def _is_name_token(tok: str) -> bool:
    if len(tok) > 1 and tok.isupper() and "'" not in tok and "’" not in tok:
        return False  # UBND, HĐND, ĐBQH
    return tok.isalpha() or not any(ch.isdigit() for ch in tok)


def has_name(seg: str) -> bool:
    """Cheap test: a surname followed by a capitalised word ("… Bí thư Tỉnh ủy Đặng Xuân Phong")."""
    words = seg.split()
    for i in range(len(words) - 1):  # noqa: SIM110 (a loop, not any() over a generator)
        if words[i] in SURNAMES and words[i + 1][:1].isupper():
            return True
    return False


_Run = tuple[list[int], list[str]]  # where each word starts, the words


def _runs(text: str) -> list[_Run]:
    """Runs of two capitalised words or more separated by single spaces (all-caps abbreviations break a
    run; a lone capitalised word is never a name, so it is passed over without splitting)."""
    runs: list[_Run] = []
    for rm in _CAP_RUN.finditer(text):
        run_text = rm.group()
        if " " not in run_text:
            if len(run_text) > 3 and run_text[1] in "'’" and one_word_name(run_text):
                runs.append(([rm.start()], [run_text]))
            continue
        pos = rm.start()
        starts: list[int] = []
        toks: list[str] = []
        for tok in run_text.split(" "):
            if (not tok.isupper() or len(tok) == 1) if tok.isalpha() else _is_name_token(tok):
                starts.append(pos)
                toks.append(tok)
            elif toks:
                runs.append((starts, toks))
                starts = []
                toks = []
            pos += len(tok) + 1
        if toks:
            runs.append((starts, toks))
    return runs


def one_word_name(tok: str) -> bool:
    """A Central Highlands name written as one word: a capital, an apostrophe, a capitalised syllable
    (``K’Choi``, ``H'Bia``); a context (``ông``, positions) still has to say it is a person."""
    return len(tok) >= 4 and tok[1] in "'’" and tok[0].isupper() and tok[2].isupper() and tok[3:].isalpha()


_SURNAME_LIKE = SURNAMES | ETHNIC_NAME_STARTS  # a name's first word: a surname, a clan, or "H'", "H’" before it
_H_APOSTROPHE = ("H'", "H’")


HONORIFICS = {"Ông", "Bà", "Anh", "Chị", "Cô", "Chú", "Đồng", "Đ/c"}


# A title that ends right before a name: "Già làng K’Thanh", "Trưởng thôn Y Bhim" (not the place "làng X")
_TITLE_JUST_BEFORE = re.compile(rf"(?<!\w){TITLE}\s+$", re.IGNORECASE)
# The place words a title can end with ("làng" of "Già làng", "thôn"): when the word before a name is another place
# word ("tỉnh"), no title ends right before the name (the title would end with that word) and the pattern is not tried
_TITLE_END_PLACES = frozenset(w for w in _PLACE_BEFORE
                              if any(re.fullmatch(re.escape(x), w, re.IGNORECASE) for x in TITLE_LAST_WORDS))


def _word_before(text: str, pos: int) -> str:
    r"""The word right before ``pos`` and the blanks after it, within the 30 characters before ``pos`` ("" when
    ``pos`` follows no blank): what ``(?<![\w'])([\w']+)[ \u00a0]+$`` finds in ``text[pos - 30 : pos]``, read
    backwards in a loop instead of tried at each of those positions (``\w`` is ``isalnum()`` or "_")."""
    lo = max(0, pos - 30)
    end = pos
    while end > lo and text[end - 1] in " \u00a0":
        end -= 1
    if end == pos:
        return ""
    start = end
    while start > lo and (text[start - 1].isalnum() or text[start - 1] in "_'"):
        start -= 1
    return text[start:end]


def _first_of_name(text: str, starts: list[int], toks: list[str]) -> int | None:
    """Which word of a run (no honorific first) a name begins with, None when the run holds no name."""
    n = len(toks)
    # a two-syllable tail of a longer run is a place more often than a name ("Si Ma Cai"): the surname is looked
    # for among the last four words but the last two (among the first two words of a run of two or three)
    if n >= 4:
        tok = toks[n - 4]
        if tok in _SURNAME_LIKE or tok.startswith(_H_APOSTROPHE):
            return n - 4
        tok = toks[n - 3]
        if tok in _SURNAME_LIKE or tok.startswith(_H_APOSTROPHE):
            return n - 3
    elif n >= 2:
        tok = toks[0]
        if tok in _SURNAME_LIKE or tok.startswith(_H_APOSTROPHE):
            return 0
    if n == 1 or (2 <= n <= 4 and toks[0] not in NOT_NAME_START and pre_context(text, starts[0])):
        return 0  # "K’Thanh": its context is checked later
    return None


def name_candidates(text: str) -> list[tuple[int, int, str]]:
    found = []
    for starts, toks in _runs(text):
        if toks[0] in HONORIFICS:  # "Ông Nguyễn Đình Khoa" at a sentence start
            i = 1
            while i < len(toks) and toks[i] in HONORIFICS:
                i += 1
            starts = starts[i:]
            toks = toks[i:]
        if len(toks) < 2 and not (toks and one_word_name(toks[0])):
            continue  # a name has two syllables at least, but for "K’Choi"
        best = _first_of_name(text, starts, toks)
        if best is None:
            continue
        first = starts[best]
        if best == 0 and (before := _word_before(text, first)) in _PLACE_BEFORE and not (
                before in _TITLE_END_PLACES and _TITLE_JUST_BEFORE.search(text, max(0, first - 30), first)) and not (
                len(toks) >= 3 and TITLE_ANY.search(text, max(0, first - 60), first)):
            continue  # "tỉnh Hà Giang" is a place; "Chủ tịch UBND tỉnh Trần Văn Dũng" is a person
        found.append((first, starts[-1] + len(toks[-1]), " ".join(toks[best:])))
    return found
