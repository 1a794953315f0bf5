"""The count readers' cheaper shapes find exactly what the plain forms they replace found."""

from __future__ import annotations

import random
import re

from desktop.core.extract import count_mentions as cm
from desktop.core.lexicon import LOWER_LETTERS
from desktop.core.vnnum import NUMBER, number

_GLUED = r"\w/.,"
# the patterns as they were written before: numbers that give digits back, "(…)?" groups
_PLAIN_RATIO = re.compile(rf"({number(_GLUED)})(\s*%)?\s*/\s*({NUMBER})(\s*%)?(?![\w/]|[.,]\d)")
_PLAIN_COUNT = re.compile(rf"({number(_GLUED + '%')})\s+(?=[{LOWER_LETTERS}])")


def _random_texts(alphabet: str | list[str], count: int, longest: int, seed: int = 5) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def _found(p: re.Pattern[str], t: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in p.finditer(t)]


def test_ratio_and_count_patterns_find_what_the_plain_ones_found() -> None:
    examples = ["đạt 13/22 nhóm, 5 / 7 xã; 12,5% / 20%", "1.250/1.268 hồ sơ, 4/100.000 trẻ", "ngày 28/12/2023.",
                "13/22. Còn 3/4, 5 % / 7 %a, 1/2 %5 và 2/3%/4", "có 41 đảng viên, 1.200 hộ, 12,5 ha và 3.4567 tấn"]
    texts = [*examples, *_random_texts("12 0/.,%a\u00a0٣-ể", 30000, 26), *_random_texts(
        ["1", "23", "4.567", ".", ",", ",5", "/", " ", "%", "a", "Đ", "\u00a0", "٣"], 20000, 12, seed=9)]
    hits = [0, 0]
    for t in texts:
        got, plain = _found(cm._RATIO, t), _found(_PLAIN_RATIO, t)
        assert got == plain, t
        got_c, plain_c = _found(cm._COUNT, t), _found(_PLAIN_COUNT, t)
        assert got_c == plain_c, t
        hits[0] += len(got)
        hits[1] += len(got_c)
    assert hits[0] > 500 and hits[1] > 1000


def _plain_noun_after(text: str, pos: int, max_words: int = 4) -> str:
    """noun_after as it was written before: the money pattern tried first, the whole window split."""
    m = cm._MONEY.match(text, pos)
    if m:
        return m.group(1)
    words: list[str] = []
    limit = max_words
    window = text[pos : pos + 80]
    if window.startswith(cm._LONG_NOUNS):
        long = next(n for n in cm._LONG_NOUNS if window.startswith(n))
        if window[len(long) : len(long) + 1] in ("", " ", ",", ";", ".", ")", ":"):
            return long
    pieces = window.split()
    for k, raw in enumerate(pieces):
        if words and raw in ("-", "–") and cm._COMPOUND_TAIL.match(text, pos + cm._piece_end(window, pieces, k)):
            words.append("-")
            limit = len(words) + 2
            continue
        if len(words) >= limit:
            break
        if words and raw[:1] == "(":
            break
        word = raw.strip(",.;:()“”\"…")
        if not word or not word[0].isalpha() or word[0].isupper():
            break
        low = word.lower()
        if words and low in cm._NOUN_STOP and not (low == "thuộc" and words[-1].lower() == "trực"):
            break
        if not words and low in cm._FUNCTION_WORDS:
            break
        if words and low == "đề" and k + 1 < len(pieces) and pieces[k + 1].startswith("ra"):
            break
        if words and low == "khó" and not (k + 1 < len(pieces) and pieces[k + 1].startswith("khăn")):
            break
        words.append(word)
        if raw[-1:] in ",.;:)…":
            break
    if words and words[-1] == "-":
        words.pop()
    return " ".join(words)


def test_noun_after_reads_as_the_plain_form() -> None:
    pieces = ["đảng", "viên", "tỷ", "đồng", "USD", "triệu", "nghìn", "chí", "kinh", "tế", "xã", "hội", "an", "ninh",
              "đề", "ra", "r", "khó", "khăn", "trực", "thuộc", "của", "hộ", "Hà", "5", "(x", "x)", "tổ chức cơ sở đảng",
              "chi bộ trực thuộc đảng ủy", " ", " ", "  ", "\u00a0", "\t", "\n", "-", "–", ",", ".", ";", "…", "“"]
    texts = ["tổ chức cơ sở đảng, 5 tỷ đồng", "kinh tế - xã hội - an ninh - quốc phòng", "đồng chí Hà", " đồng,",
             *_random_texts(pieces, 6000, 16, seed=3)]
    seen = set()
    for t in texts:
        for pos in range(len(t) + 1):
            for max_words in (3, 4, 5):
                got = cm.noun_after(t, pos, max_words)
                assert got == _plain_noun_after(t, pos, max_words), (t, pos, max_words)
                seen.add(len(got.split()))
    assert seen >= {0, 1, 2, 3, 4, 5}


def test_optional_groups_written_as_empty_branches_match_as_before() -> None:
    from desktop.core.extract import tallies, tally_enumerated, tally_structure

    plain = [
        (tally_structure.PART_OPENER, re.compile(
            r"(?:[^;.\d]|\d+(?:,\d+)?\s*%){0,40}?(?:;\s*)?(?<![\w])(trong đó|bao gồm|gồm)(?![\w])\s*:?")),
        (tally_structure.LIST_FOLLOWS, re.compile(
            r"[^.;:()\d\n]{0,40}?\s*,?\s*(?:cụ thể|bao gồm|gồm|như sau|sau đây|sau|là)?\s*:\s*"
            r"(?:\(1\)\s|1[.)]\s|a\)\s|$|[^.]*;[^.]*;)")),
        (tallies._IN_WHICH, re.compile(r"(?:[^;.\d]|\d+(?:,\d+)?\s*%){0,40}?\btrong đó\b")),
        (tally_enumerated._COLON_AFTER, re.compile(r"[^.;]{0,80}?(?:sau|như sau|là|gồm|đó là)?\s*:")),
    ]
    pieces = ["trong đó", "gồm", "bao gồm", "cụ thể", "như sau", "sau", "đó là", "là", ":", ";", ".", ",", " ", "5",
              "12,5", "%", "(1) ", "1. ", "a) ", "hộ", "x", "\n", "(", ")"]
    texts = ["1.250 hộ, trong đó: 20 hộ; 3 nội dung sau: (1) a", *_random_texts(pieces, 4000, 14, seed=8)]
    hits = [0] * len(plain)
    for t in texts:
        for pos in range(0, len(t) + 1, 2):
            for k, (got_p, plain_p) in enumerate(plain):
                got, want = got_p.match(t, pos), plain_p.match(t, pos)
                assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups())), (k, t, pos)
                hits[k] += got is not None
    assert all(h > 20 for h in hits)
