"""Domain items ↔ rows of the ``items`` table, and the editable fields of each kind of item."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import cast

from desktop.core.model import (
    DocumentRef,
    Indicator,
    Item,
    Origin,
    Person,
    Proposal,
    Ratio,
    ReviewStatus,
    Tally,
    TallyPart,
    Task,
)
from desktop.store.models import ItemRow

ITEM_TYPES: dict[type, str] = {
    DocumentRef: "document", Person: "person", Indicator: "indicator", Ratio: "ratio", Tally: "tally",
    TallyPart: "part", Task: "task", Proposal: "proposal",
}

# domain attribute → column, per type; the columns a clerk may edit
FIELDS: dict[str, dict[str, str]] = {
    "document": {"kind": "doc_kind", "number": "doc_number", "date": "doc_date"},
    "person": {"name": "text", "positions": "positions"},
    "indicator": {"label": "text", "value": "value", "unit": "unit", "qualifier": "qualifier", "year": "year",
                  "group": "group_label", "decimals": "decimals", "rel": "rel", "ref": "ref"},
    "ratio": {"numerator": "value", "denominator": "value2", "noun": "text"},
    "tally": {"total": "value", "noun": "text", "enumerated": "enumerated", "complete": "complete"},
    "part": {"count": "value", "status": "text"},
    "task": {"text": "text", "group": "group_label", "owner": "owner", "partners": "partners",
             "deadline": "deadline", "product": "product", "progress": "progress"},
    "proposal": {"text": "text"},
}
COMMON = {"note": "note", "review": "review_status", "origin": "origin", "key": "key"}
JSON_COLUMNS = {"positions", "partners"}


def to_column_value(column: str, value: object) -> object:
    if column in JSON_COLUMNS:
        return json.dumps(list(cast(Iterable[object], value or [])), ensure_ascii=False)  # a list of strings
    if column in ("review_status", "origin"):
        return str(value)
    return value


def from_column_value(column: str, value: object) -> object:
    if column in JSON_COLUMNS:
        return json.loads(cast(str, value)) if value else []  # the JSON text stored by to_column_value
    if column == "review_status":
        return _review_status(value if isinstance(value, str) else None)
    return value


def item_to_values(item: Item, report_id: int, position: int, parent_id: int | None = None) -> dict[str, object]:
    """Column values of an item, for a bulk INSERT."""
    kind = ITEM_TYPES[type(item)]
    values: dict[str, object] = {
        "report_id": report_id, "parent_id": parent_id, "type": kind, "position": position, "version": 1,
        "span_start": item.span[0] if item.span else None, "span_end": item.span[1] if item.span else None,
        "reviewer": item.reviewer,
    }
    for attr, col in {**FIELDS[kind], **COMMON}.items():
        values[col] = to_column_value(col, getattr(item, attr))
    return values


def item_to_row(item: Item, report_id: int, position: int, parent: ItemRow | None = None) -> ItemRow:
    kind = ITEM_TYPES[type(item)]
    row = ItemRow(report_id=report_id, type=kind, position=position,
                  span_start=item.span[0] if item.span else None, span_end=item.span[1] if item.span else None)
    if parent is not None:
        row.parent_id = parent.id
    for attr, col in {**FIELDS[kind], **COMMON}.items():
        setattr(row, col, to_column_value(col, getattr(item, attr)))
    if item.reviewer:
        row.reviewer = item.reviewer
    return row


def row_to_item(row: ItemRow) -> Item:
    cls = next(c for c, k in ITEM_TYPES.items() if k == row.type)
    kwargs: dict[str, object] = {}
    for attr, col in FIELDS[row.type].items():
        kwargs[attr] = from_column_value(col, getattr(row, col))
    if row.type == "ratio":
        kwargs["numerator"] = row.value or 0.0
        kwargs["denominator"] = row.value2 or 0.0
    if row.type in ("indicator", "part", "tally") and kwargs.get("value", kwargs.get("count", 0)) is None:
        kwargs["value" if row.type == "indicator" else ("count" if row.type == "part" else "total")] = 0.0
    if row.type == "tally" and kwargs.get("complete") is None:
        kwargs["complete"] = True
    item = cls(**kwargs)
    item.id = row.id
    item.version = row.version
    item.key = row.key or ""
    item.note = row.note or ""
    item.origin = Origin(row.origin or "auto")
    item.review = _review_status(row.review_status)
    item.reviewer = row.reviewer
    item.reviewed_at = row.reviewed_at.isoformat(timespec="seconds") if isinstance(row.reviewed_at, datetime) \
        else None
    if row.span_start is not None and row.span_end is not None:
        item.span = (row.span_start, row.span_end)
    return item


def _review_status(value: str | None) -> ReviewStatus:
    """The stored code (a label only if written by something older than schema 0007)."""
    if not value:
        return ReviewStatus.UNCHECKED
    return _BY_CODE.get(value) or ReviewStatus.parse(value)


_BY_CODE = {str(s): s for s in ReviewStatus}


def search_text(item: Item) -> str:
    """The text of an item that search looks at (and snippets are cut from)."""
    if isinstance(item, DocumentRef):
        return f"{item.kind} {item.number}"
    if isinstance(item, Person):
        return " ".join([item.name, *item.positions])
    if isinstance(item, Indicator):
        return f"{item.label} {item.value:g} {item.unit}"
    if isinstance(item, Ratio | Tally):
        return item.noun
    if isinstance(item, TallyPart):
        return item.status
    if isinstance(item, Task):
        return " ".join(x for x in (item.text, item.owner or "", item.deadline or "", item.product or "") if x)
    if isinstance(item, Proposal):
        return item.text
    return ""
