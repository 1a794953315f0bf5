"""People named in full, with their positions as written.

A capitalised run of 2–4 syllables counts as a name only in a context that says so:
``đồng chí X``, a position right before it (``Bí thư Tỉnh ủy X``), positions right after it
(``X, Phó Bí thư …``), a byline, ``Ảnh: X``, or the signature block of an official text.
Streets and historical figures (``đường Chu Văn An``, ``tư tưởng Hồ Chí Minh``) have none.
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.core.extract.bylines import byline_people, signature_people
from desktop.core.extract.mention import Mention
from desktop.core.extract.person_names import NOT_NAME_START, name_candidates, pre_context
from desktop.core.extract.position_words import TITLE_START
from desktop.core.extract.positions import clean_position, fullest, positions_after, positions_before
from desktop.core.layout import Layout
from desktop.core.model import Person
from desktop.core.textnorm import fold, same_tone_style

__all__ = ["Mention", "extract_people"]

_LIST_CONTEXT = re.compile(r"(?:các đồng chí|Các đồng chí)[^.;:()]{0,60}:\s*$|(?:gồm|có)\s*:\s*$|;\s*$")
_COMMA_AFTER = re.compile(r"\s*,")
_LIST_GAP = re.compile(r"\s*,\s*|\s+và\s+|\s*,\s*và\s+")
# A list led by a plural title: "các Thứ trưởng: A, B, C", "các Ủy viên Bộ Chính trị: Chủ tịch nước A, …" — every
# person listed holds it. The lead-in is the title after "các" up to the colon.
_PLURAL_LEAD = re.compile(r"[Cc](?<!\w.)ác\s+([^.;:()]{2,80}?)\s*:\s*[^.:;]*$")  # (its left edge after "C": rx.py)


def _list_lead(text: str, start: int) -> str | None:
    """The title a plural lead-in gives every person of its list, if ``start`` stands in such a list."""
    m = _PLURAL_LEAD.search(text, max(0, start - 400), start)
    if not m or not TITLE_START.match(m.group(1)) or m.group(1).lower().startswith("đồng chí"):
        return None
    return clean_position(m.group(1))


def _mentions_in(text: str, offset: int) -> list[Mention]:
    out: list[Mention] = []
    listed_end = -1  # end of the previous bare name in a list "các đồng chí …: A, B và C"
    for start, end, name in name_candidates(text):
        after = positions_after(text, end)
        before = positions_before(text, start)
        titled = bool(before)
        lead = _list_lead(text, start) if text.find(":", max(0, start - 400), start) >= 0 else None
        if lead:
            before = [lead, *before]
        announced = pre_context(text, start)  # (read once: the start-of-name test below needs it again)
        context = announced or bool(after) or bool(before)
        if not context and ((_LIST_CONTEXT.search(text, max(0, start - 120), start) and _COMMA_AFTER.match(text, end))
                            or (listed_end >= 0 and _LIST_GAP.fullmatch(text, listed_end, start))):
            context = True
            listed_end = end
        else:
            listed_end = -1
        if not context:
            continue
        if name.split()[0] in NOT_NAME_START and not announced and not titled:
            continue
        out.append(Mention(name, offset + start, offset + end, before + after))
    return out


@lru_cache(maxsize=1024)
def _key(s: str) -> str:
    return fold(same_tone_style(s))


def extract_people(layout: Layout) -> tuple[list[Person], list[Mention]]:
    mentions: list[Mention] = []
    for p in layout.paras:
        if p.role in ("body", "cell") and not p.text.islower():  # a name has capitals
            mentions.extend(_mentions_in(p.text, p.start))
    mentions.extend(byline_people(layout))
    people: dict[str, Person] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        person = people.get(m.name)
        if person is None:
            person = people[m.name] = Person(name=m.name, positions=[], span=(m.start, m.end))
        person.mentions.append((m.start, m.end))
        known = {_key(x) for x in person.positions}
        for pos in m.positions:
            if _key(pos) not in known:
                person.positions.append(pos)
                known.add(_key(pos))
    for m in signature_people(layout):
        person = people.get(m.name)
        if person is None:
            people[m.name] = Person(name=m.name, positions=m.positions, span=(m.start, m.end),
                                    mentions=[(m.start, m.end)])
            continue
        person.mentions.append((m.start, m.end))
        for pos in m.positions:
            if not any(_key(pos) in _key(x) for x in person.positions):
                person.positions.append(pos)
    for person in people.values():
        person.positions = fullest(person.positions)
    return list(people.values()), mentions
