"""One mention of a person in the text: the name, where it stands, the positions written with it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Mention:
    name: str
    start: int
    end: int
    positions: list[str]
