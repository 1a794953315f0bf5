"""An item made from text the clerk selected, pre-filled by the extractor run on the selection."""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop.core.extract import extract_text
from desktop.core.model import DocumentRef, Indicator, Item, Origin, Person, Proposal, Ratio, Task
from desktop.core.vnnum import NUMBER, parse_number


def prefill(kind: str, text: str, start: int, end: int) -> Item:
    snippet = text[start:end]
    clean = " ".join(snippet.split())
    found = extract_text("\n\n" + snippet, name="chọn", verify=False)
    lists: dict[str, Sequence[Item]] = {
        "indicators": found.indicators, "tasks": found.tasks, "proposals": found.proposals,
        "documents": found.documents, "people": found.people, "ratios": found.ratios}
    candidates = lists.get(kind, [])
    item: Item
    if candidates:
        item = candidates[0]
    elif kind == "indicators":
        m = re.search(rf"({NUMBER})\s*(%|[^\W\d][\w/]*(?:\s[^\W\d]\w*)?)?", clean)
        value = parse_number(m.group(1)) if m else 0.0
        unit = (m.group(2) or "") if m else ""
        label = clean[: m.start()].strip(" :,-") if m else clean
        item = Indicator(label=label or clean, value=value, unit=unit)
    elif kind == "ratios":
        m = re.search(rf"({NUMBER})\s*/\s*({NUMBER})\s*(.*)", clean)
        item = Ratio(numerator=parse_number(m.group(1)) if m else 0.0,
                     denominator=parse_number(m.group(2)) if m else 0.0, noun=(m.group(3) if m else clean)[:60])
    elif kind == "documents":
        item = DocumentRef(kind="Văn bản", number=clean[:100])
    elif kind == "people":
        item = Person(name=clean[:100])
    elif kind == "proposals":
        item = Proposal(text=clean)
    else:
        item = Task(text=clean)
    item.span = (start, end)
    item.origin = Origin.MANUAL
    item.id = None
    item.version = 0
    item.key = ""
    return item
