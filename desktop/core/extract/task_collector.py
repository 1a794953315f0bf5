"""Where the task readers put what they find: a task (its ordinal lead taken as its number, its fields
filled in) or a proposal, each long enough to be one."""

from __future__ import annotations

import re

from desktop.core.extract.task_fields import fill_fields
from desktop.core.layout import Layout
from desktop.core.model import Proposal, Task

_ORDINALS = {"nhất": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
             "chín": 9, "mười": 10}
_ORDINAL_FIRST = "TtMHBNSC"  # the first letters of _ORDINAL_LEAD's words
_ORDINAL_LEAD = re.compile(r"((?:[Tt]hứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười))|"
                           r"(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười) là)\s*[,:]\s*")


def _lower_len(text: str) -> int:
    """``len(text.lower())``: "İ" (U+0130) is the one letter that lower-cases to two (counted where it stands)."""
    return len(text) + text.count("\u0130") if "\u0130" in text else len(text)


def _fewer_words(text: str, n: int) -> bool:
    """``len(text.split()) < n``, the split stopped after ``n`` words."""
    return len(text.split(maxsplit=n)) < n


class Collector:
    def __init__(self, layout: Layout) -> None:
        self.layout = layout
        self.tasks: list[Task] = []
        self.proposals: list[Proposal] = []

    def task(self, start: int, end: int, text: str, group: str | None = None, owner: str | None = None,
             lead_owner: str | None = None, lead_deadline: str | None = None) -> None:
        text = text.strip()
        ordinal = _ORDINAL_LEAD.match(text) if text[:1] in _ORDINAL_FIRST else None
        if ordinal:  # "Thứ nhất, đẩy nhanh …", "Hai là, …": the ordinal is the item's number
            word = ordinal.group(1).lower().removeprefix("thứ ").removesuffix(" là")
            group = group or str(_ORDINALS[word])
            start += ordinal.end()
            text = text[ordinal.end() :]
        if _fewer_words(text, 3):
            return
        t = Task(text=text, group=group, owner=owner, span=(start, end))
        self.tasks.append(fill_fields(t, lead_owner, lead_deadline))

    def proposal(self, start: int, end: int, text: str) -> None:
        if _fewer_words(text, 3) or text[:1].isdecimal():
            return
        self.proposals.append(Proposal(text=text, span=(start, end)))

    def distinct_tasks(self) -> list[Task]:
        """The tasks, each text once (the first of those written alike, case aside). Only texts as long as
        another, lower-cased, can be written alike: only those are lower-cased (lowering Vietnamese costs)."""
        sizes = [_lower_len(t.text) for t in self.tasks]
        once: set[int] = set()
        shared: set[int] = set()  # (the sizes that come again: a set, not a Counter, costs little to build)
        for n in sizes:
            (shared if n in once else once).add(n)
        if not shared:  # no two alike in length: all distinct
            return list(self.tasks)
        seen: set[str] = set()
        out = []
        for t, size in zip(self.tasks, sizes, strict=True):
            if size in shared:
                key = t.text.lower()
                if key in seen:
                    continue
                seen.add(key)
            out.append(t)
        return out
