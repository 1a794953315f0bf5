"""Regex building blocks written so that Python's ``re`` can skip ahead.

``re`` scans a long text quickly only when a pattern starts with a literal or a character
class: it then jumps from one candidate character to the next in C. A pattern that starts
with a look-behind, with ``\\b`` or ``^`` alternatives, under IGNORECASE, or with
alternatives that begin differently is tried at every position of the text instead —
several times slower on a whole article. The helpers here write the same matches in the
fast shape; the extractors' outputs do not change.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str]) -> str:
    """A regex alternation, longest first so that ``Phó Bí thư`` wins over ``Bí thư``.

    Words are grouped by their first letter (in any case, so IGNORECASE patterns keep the
    longest-first order): ``re`` then tries one group instead of every word at each position.
    """
    groups: dict[str, list[str]] = {}
    for w in sorted(set(words), key=len, reverse=True):
        groups.setdefault(w[:1].lower(), []).append(re.escape(w))
    return "|".join(g[0] if len(g) == 1 else f"(?:{'|'.join(g)})" for g in groups.values())


def trie(words: Iterable[str]) -> str:
    """``alternation(words)`` as a trie: one branch per next character, a longer word tried before a shorter one
    that it continues (as longest first does), so that ``re`` enters only the branch of the character read
    instead of every word of the first letter's group."""
    tails: dict[str, list[str]] = {}
    for w in sorted(set(words)):
        tails.setdefault(w[:1], []).append(w[1:])
    branches: list[str] = []
    for first, rests in sorted(tails.items(), key=lambda kv: kv[0] == ""):  # (a word's end last)
        while rests and all(rests) and len({r[0] for r in rests}) == 1:  # one way on: no branch
            first, rests = first + rests[0][0], [r[1:] for r in rests]
        branches.append(re.escape(first) + ("" if rests == [""] else trie(rests)))
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


def words(items: Iterable[str], *, ignore_case: bool = False) -> str:
    """Any of ``items`` (longest first) not glued to a letter or digit on its left.

    The same as ``(?<!\\w)(?:alternation)`` — with ``re.IGNORECASE`` when ``ignore_case`` —
    but every alternative starts with its plain first letter (so that ``re`` jumps from one of
    those letters to the next, and tries only the alternatives that begin with the letter read),
    and the left neighbour is checked after a whole word has matched, by a look-behind as long
    as the word: at most places no word matches, and no look-behind is tried there.
    """
    groups: dict[str, list[str]] = {}
    for w in sorted(set(items), key=len, reverse=True):
        groups.setdefault(w[0].lower() if ignore_case else w[0], []).append(w)
    branches: list[str] = []
    for first, group in groups.items():
        rest = "|".join(re.escape(w[1:]) + rf"(?<!\w.{{{len(w)}}})" for w in group)
        for letter in sorted({first, first.upper()}) if ignore_case else [first]:
            branches.append(f"{re.escape(letter)}(?{'i' if ignore_case else ''}:{rest})")
    return f"(?:{'|'.join(branches)})"


def choice(alternatives: Iterable[str]) -> str:
    """Any of the regex ``alternatives``, in any case, regrouped by their first letter.

    Each group starts with a plain class (``[đĐ]``) that ``re`` checks before entering the
    group, instead of trying every alternative at every position under IGNORECASE. Which of
    two alternatives that both match is reported may change, so use it where only whether
    (and where) something matches counts. When every alternative starts with a letter, the
    pattern starts with the class of all the first letters, so that ``re`` jumps ahead to them;
    alternatives that start with anything but a letter stay as they are.
    """
    groups: dict[str, list[str]] = {}
    others: list[str] = []
    for alt in alternatives:
        if alt[:1].isalpha():
            groups.setdefault(alt[0].lower(), []).append(alt[1:])
        else:
            others.append(alt)
    if not others:  # one class of all the first letters, then the group of the letter read (see words())
        firsts = "".join(re.escape(k) + re.escape(k.upper()) for k in groups)
        branches = [f"(?<=[{re.escape(k)}{re.escape(k.upper())}])(?i:{'|'.join(rests)})" for k, rests in groups.items()]
        return f"(?:[{firsts}](?:{'|'.join(branches)}))"
    parts = [f"[{re.escape(k)}{re.escape(k.upper())}](?i:{'|'.join(rests)})" for k, rests in groups.items()]
    parts += [f"(?i:{alt})" for alt in others]
    return f"(?:{'|'.join(parts)})"


def has_any(text: str, parts: Iterable[str]) -> bool:
    """Whether one of ``parts`` stands in ``text``: ``any(w in text for w in parts)`` without the generator (a
    loop in the frame costs less than resuming one for each part)."""
    for w in parts:  # noqa: SIM110
        if w in text:
            return True
    return False
