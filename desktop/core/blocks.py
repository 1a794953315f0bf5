"""A piece of a decoded text — a line, paragraph, heading or table cell — by its position.

Its own module so that the readers that cut a text into blocks (:mod:`desktop.core.source`, and
:mod:`desktop.core.markdown` which the source reads Markdown with) share it without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Block:
    start: int
    end: int
    kind: str = "line"  # line | p | h1…h6 | li | caption | cell
    boilerplate: bool = False  # structural hint (HTML navigation, footer, widgets…)
    cell: tuple[int, int, int] | None = None  # (table, row, column) for table cells
