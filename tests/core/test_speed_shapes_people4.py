"""Speed rewrites of the name reader give what the code they replace gave (the old code is the tests' oracle)."""

from __future__ import annotations

import random
import re

from desktop.core.extract.person_names import (
    _CAP_RUN,
    _PLACE_BEFORE,
    _TITLE_JUST_BEFORE,
    ETHNIC_NAME_STARTS,
    HONORIFICS,
    NOT_NAME_START,
    TITLE_ANY,
    _is_name_token,
    _word_before,
    name_candidates,
    one_word_name,
    pre_context,
)
from desktop.core.lexicon import SURNAMES, UPPER_LETTERS

# the run pattern before its quantifiers were made possessive
_CAP_WORD = r"[\w'’]*(?:-[\w'’]+)?"
_OLD_CAP_RUN = re.compile(rf"[{UPPER_LETTERS}](?<![\w'’].)(?=['’]|[\w'’]*+(?:-| [{UPPER_LETTERS}]))"
                          rf"{_CAP_WORD}(?: [{UPPER_LETTERS}]{_CAP_WORD})*")


def _old_runs(text: str) -> list[list[tuple[int, int, str]]]:
    runs: list[list[tuple[int, int, str]]] = []
    for rm in _OLD_CAP_RUN.finditer(text):
        run_text = rm.group()
        if " " not in run_text:
            if len(run_text) > 3 and run_text[1] in "'’" and one_word_name(run_text):
                runs.append([(rm.start(), rm.end(), run_text)])
            continue
        pos = rm.start()
        cur: list[tuple[int, int, str]] = []
        for tok in run_text.split(" "):
            if (not tok.isupper() or len(tok) == 1) if tok.isalpha() else _is_name_token(tok):
                cur.append((pos, pos + len(tok), tok))
            elif cur:
                runs.append(cur)
                cur = []
            pos += len(tok) + 1
        if cur:
            runs.append(cur)
    return runs


def _old_name_candidates(text: str) -> list[tuple[int, int, str]]:
    found = []
    for run in _old_runs(text):
        while run and run[0][2] in HONORIFICS:
            run = run[1:]
        if len(run) < 2 and not (run and one_word_name(run[0][2])):
            continue
        toks = [w[2] for w in run]
        n = len(toks)
        best = None
        for k in range(min(4, n), 2 if n > 2 else 1, -1):
            tok = toks[n - k]
            if tok in SURNAMES or tok in ETHNIC_NAME_STARTS or tok.startswith(("H'", "H’")):
                best = n - k
                break
        if best is None:
            if len(toks) == 1 or ((2 <= len(toks) <= 4) and toks[0] not in NOT_NAME_START
                                  and pre_context(text, run[0][0])):
                best = 0
            else:
                continue
        first = run[best][0]
        if best == 0 and _word_before(text, first) in _PLACE_BEFORE and not _TITLE_JUST_BEFORE.search(
                text, max(0, first - 30), first) and not (
                len(run) >= 3 and TITLE_ANY.search(text, max(0, first - 60), first)):
            continue
        found.append((first, run[-1][1], " ".join(toks[best:])))
    return found


_WORDS = ["Ông", "Bà", "Anh", "Cô", "Đồng", "Đ/c", "chí", "ông", "đồng", "Nguyễn", "Văn", "An", "Hà", "Giang", "tỉnh",
          "UBND", "Y", "Thịnh", "Niê", "K’Choi", "H'Bia", "H’Hen", "Điểu", "làng", "Già", "Trưởng", "thôn", "Phó",
          "Chủ", "tịch", "X-ông", "A1", "COVID-19", "Bí", "thư", "Lê", "Thị", "Mai", "Chu", "Đại", "tá", ",", "(",
          ".", "Mẹ", "Việt", "Nam", "hùng", "Ksor", "Trần", "Quảng", "Ninh", "Rịa-Vũng", "Tàu", "đường", "K'", "B"]


def _lines(count: int) -> list[str]:
    rng = random.Random(5)
    seps = [" ", " ", " ", "  ", "\u00a0", ", ", "-", "\t"]
    out = []
    for _ in range(count):
        words = [rng.choice(_WORDS) for _ in range(rng.randint(1, 12))]
        out.append("".join(w + rng.choice(seps) for w in words).rstrip())
    return out


def test_possessive_run_pattern_finds_the_same_runs() -> None:
    rng = random.Random(9)
    alphabet = "aBĐ ỉỂ'’-x_2.\u00a0Y"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(20000)]
    for t in [*texts, *_lines(5000)]:
        assert [m.span() for m in _CAP_RUN.finditer(t)] == [m.span() for m in _OLD_CAP_RUN.finditer(t)], t


def test_name_candidates_as_the_old_reader() -> None:
    lines = [*_lines(20000), "Thiếu tướng Nguyễn Văn An, ông Lê Thị Mai và Già làng K’Thanh", "tỉnh Hà Giang",
             "Ông Nguyễn Đình Khoa, Chủ tịch UBND tỉnh Trần Văn Dũng, Bà Y Thịnh Niê"]
    for t in lines:
        assert name_candidates(t) == _old_name_candidates(t), t


def test_a_title_right_before_a_name_ends_with_a_place_word_of_the_guard() -> None:
    from desktop.core.extract.person_names import _TITLE_END_PLACES
    from desktop.core.extract.position_words import _WORD_TITLES, TITLE_ABBREVIATIONS

    rng = random.Random(13)
    titles = [*_WORD_TITLES, *TITLE_ABBREVIATIONS, "phó ban", "Phó Ban", *(f"{w}" for w in _PLACE_BEFORE)]
    for t in titles:
        for variant in (t, t.lower(), t.upper(), t.title(), "".join(rng.choice((c.lower(), c.upper())) for c in t)):
            for lead in ("", "x ", "nguyên ", "Phó ", "'"):
                text = f"{lead}{variant} \u00a0Nguyễn Văn An"
                pos = text.index("Nguyễn")
                if _word_before(text, pos) in _PLACE_BEFORE and _TITLE_JUST_BEFORE.search(text, max(0, pos - 30), pos):
                    assert _word_before(text, pos) in _TITLE_END_PLACES, text
    assert "tỉnh" not in _TITLE_END_PLACES and {"làng", "thôn"} <= _TITLE_END_PLACES


def test_a_segment_without_stops_cleans_as_clean_position() -> None:
    from desktop.core.extract.position_words import _WORD_TITLES, TITLE_ABBREVIATIONS, TITLE_START, position_stop
    from desktop.core.extract.positions import _unranked, clean_position
    from desktop.core.lexicon import POSITION_STOP_WORDS

    rng = random.Random(17)
    titles = [*_WORD_TITLES, *TITLE_ABBREVIATIONS, "Phó Ban", "Đại tá"]
    words = [*rng.sample(sorted(POSITION_STOP_WORDS), 12), "cũng", "thay mặt", "và", "Và", "tỉnh", "UBND", "Ban",
             "Trung tâm", "Đại tá", "Trung tá", ",", ";", "-", "–", ".", " ", "\u00a0", "\t", "Hà Nội", "chỉ đạo"]
    seps = [" ", "", "  ", "\u00a0", "\t"]
    tried = 0
    for _ in range(30000):
        seg = rng.choice(titles) + "".join(rng.choice(seps) + rng.choice(words) for _ in range(rng.randint(0, 5)))
        if TITLE_START.match(seg) and position_stop(seg) is None:
            tried += 1
            assert clean_position(seg) == _unranked(seg.strip(" ,;:.-–")), seg
    assert tried > 1000
    assert not any(TITLE_START.match(f"{v}{b}x") for v in ("và", "Và", "VÀ") for b in (" ", "\u00a0", "\t"))

