"""A stored report's items against a new reading of its text: what a clerk touched stays, the rest follows
the new reading.

An item is touched when a clerk created it, reviewed it or edited it (every save bumps its version). A
touched item stays as it is and holds its place: the new reading's item of the same type on the same words
is its twin and is not added. An untouched item the new reading gives again, the same, stays too (same row,
no audit noise); the other untouched items go, and the new reading's other items come.

Items name each other by key (``ratio-2``, ``tally-1#3``) and share group names (``plan-1``): the new
reading numbers them afresh, so its keys and group names are mapped onto the stored ones, and a new name
that a stored item already uses is made unique, before the new items are stored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import cast

from sqlalchemy import Table, bindparam, select
from sqlalchemy.orm import Session

from desktop.core.model import Item, Origin, Report, ReviewStatus, Tally
from desktop.core.textnorm import fold_same_length
from desktop.store.convert import COMMON, FIELDS, ITEM_TYPES, item_to_values, search_text
from desktop.store.edits import utc_now
from desktop.store.models import AuditRow, ItemRow, SearchDoc
from desktop.store.register import followed_items

_NOT_SAID = frozenset({"id", "report_id", "parent_id", "position", "version", "key", "ref"})
_NUMBERED = re.compile(r"^(.*?)(\d+)$")


@dataclass
class LineChange:
    """What a new reading did to the items: added, removed, and kept because a clerk touched them."""

    added: int = 0
    removed: int = 0
    kept: int = 0


def touched(row: ItemRow) -> bool:
    return (row.origin != str(Origin.AUTO) or row.review_status != str(ReviewStatus.UNCHECKED)
            or row.version > 1)


def replace_untouched(s: Session, report_id: int, new: Report, who: str) -> LineChange:
    rows = list(s.scalars(select(ItemRow).where(ItemRow.report_id == report_id)))
    parts: dict[int, list[ItemRow]] = {}
    for r in rows:
        if r.parent_id is not None:
            parts.setdefault(r.parent_id, []).append(r)
    for group in parts.values():
        group.sort(key=lambda p: p.position)
    top = [r for r in rows if r.parent_id is None]
    # a tally stays when it or one of its parts was touched: its parts go with it either way; a task stays
    # when a clerk followed it up in the register (its status, note or date)
    followed = followed_items(s, report_id)
    keep = [r for r in top if touched(r) or r.id in followed or any(touched(p) for p in parts.get(r.id, []))]
    keys: dict[str, str] = {}  # the new reading's key → the stored one
    fresh: list[Item] = []
    for item in _top_items(new):
        twin = _on_same_words(item, keep)
        if twin is None:
            fresh.append(item)
        elif item.key and twin.key:
            keys[item.key] = twin.key
    pairs = _twins(fresh, [r for r in top if r not in keep], parts, keys)
    same = [(i, r) for i, r in pairs if _ref(getattr(i, "ref", None), keys) == r.ref]
    stays = {id(r) for _i, r in same} | {id(r) for r in keep}
    drop = [r for r in top if id(r) not in stays]
    added = [i for i in fresh if all(i is not j for j, _r in same)]
    for r in drop:
        for p in parts.get(r.id, []):
            s.delete(p)
        s.delete(r)
        s.add(AuditRow(at=utc_now(), who=who, action="delete", report_id=report_id, item_id=None, field=r.type,
                       old_value=r.text))
    s.flush()
    _rename(added, keys, [r for r in top if id(r) in stays], parts)
    added.sort(key=lambda i: i.span or (0, 0))
    _insert(s, report_id, added, max((r.position for r in rows), default=0), who)
    if added:
        _in_text_order(s, report_id)
    return LineChange(added=len(added), removed=len(drop), kept=len(keep))


def _top_items(report: Report) -> list[Item]:
    return [*report.documents, *report.people, *report.indicators, *report.ratios, *report.tallies,
            *report.tasks, *report.proposals]


def _on_same_words(item: Item, keep: list[ItemRow]) -> ItemRow | None:
    """A kept item of the same type standing on the words of ``item`` (its twin, as the clerk left it)."""
    if item.span is None:
        return None
    kind, (s, e) = ITEM_TYPES[type(item)], item.span
    for r in keep:
        if r.type == kind and r.span_start is not None and r.span_end is not None and r.span_start < e \
                and s < r.span_end:
            return r
    return None


def _twins(fresh: list[Item], untouched: list[ItemRow], parts: dict[int, list[ItemRow]],
           keys: dict[str, str]) -> list[tuple[Item, ItemRow]]:
    """New items that say what an untouched stored item says (keys and links aside), paired with it."""
    waiting: dict[tuple, list[ItemRow]] = {}
    for r in untouched:
        waiting.setdefault(_row_sig(r, parts.get(r.id, [])), []).append(r)
    pairs = []
    for item in fresh:
        rows = waiting.get(_item_sig(item))
        if rows:
            row = rows.pop(0)
            pairs.append((item, row))
            if item.key and row.key:
                keys[item.key] = row.key
    return pairs


def _values_sig(values: dict[str, object]) -> tuple:
    return tuple(sorted((k, v) for k, v in values.items() if k not in _NOT_SAID))


def _item_sig(item: Item) -> tuple:
    """What an item says and where, in column values (a tally with its parts)."""
    parts = item.parts if isinstance(item, Tally) else []
    return (_values_sig(item_to_values(item, 0, 0)), *(_values_sig(item_to_values(p, 0, 0)) for p in parts))


def _columns(kind: str) -> list[str]:
    return ["type", "span_start", "span_end", "reviewer", *{**FIELDS[kind], **COMMON}.values()]


def _row_sig(row: ItemRow, parts: list[ItemRow]) -> tuple:
    def sig(r: ItemRow) -> tuple:
        return tuple(sorted((k, getattr(r, k)) for k in _columns(r.type) if k not in _NOT_SAID))

    return (sig(row), *(sig(p) for p in parts))


def _ref(ref: str | None, names: dict[str, str]) -> str | None:
    """A link (``ratio-2``, ``tally-1#3``, ``plan-1``) with its key or group name mapped."""
    if not ref:
        return ref
    base, sep, tail = ref.partition("#")
    return names.get(base, base) + sep + tail


def _rename(added: list[Item], keys: dict[str, str], stored: list[ItemRow], parts: dict[int, list[ItemRow]]) -> None:
    """Keys and group names of the items to add: mapped onto the stored ones, or made unique among them."""
    rows = [*stored, *(p for r in stored for p in parts.get(r.id, []))]
    taken = {r.key for r in rows if r.key} | {(r.ref or "").partition("#")[0] for r in rows if r.ref}
    names = dict(keys)
    items = [*added, *(p for i in added if isinstance(i, Tally) for p in i.parts)]
    for item in items:
        for name in (item.key, (getattr(item, "ref", None) or "").partition("#")[0]):
            if name and name not in names and name in taken:
                names[name] = _unique(name, taken)
                taken.add(names[name])
    for item in items:
        item.key = names.get(item.key, item.key) if item.key else item.key
        if getattr(item, "ref", None):
            item.ref = _ref(item.ref, names)  # type: ignore[attr-defined]


def _unique(name: str, taken: set[str]) -> str:
    m = _NUMBERED.match(name)
    stem, n = (m.group(1), int(m.group(2))) if m else (name + "-", 1)
    while f"{stem}{n}" in taken:
        n += 1
    return f"{stem}{n}"


def _insert(s: Session, report_id: int, items: list[Item], position: int, who: str) -> None:
    for item in items:
        position += 1
        row = ItemRow(**item_to_values(item, report_id, position))
        s.add(row)
        s.flush()
        item.id = row.id
        _created(s, report_id, row, item, who)
        for part in item.parts if isinstance(item, Tally) else []:
            position += 1
            prow = ItemRow(**item_to_values(part, report_id, position, parent_id=row.id))
            s.add(prow)
            s.flush()
            part.id = prow.id
            _created(s, report_id, prow, part, who)


def _in_text_order(s: Session, report_id: int) -> None:
    """Positions by type, then place in the text (parts after their tally's), so that a new item is listed
    where it stands rather than last. Only the display order moves: no version changes, nothing audited."""
    t = cast(Table, ItemRow.__table__)
    rows = list(s.execute(select(t.c.id, t.c.type, t.c.parent_id, t.c.span_start, t.c.position)
                          .where(t.c.report_id == report_id)))
    top = sorted((r for r in rows if r.parent_id is None),
                 key=lambda r: (_TYPES.get(r.type, len(_TYPES)), r.span_start is None, r.span_start or 0, r.position))
    rank = {r.id: k for k, r in enumerate(top)}
    parts = sorted((r for r in rows if r.parent_id is not None), key=lambda r: (rank.get(r.parent_id, -1), r.position))
    moved = [{"row": r.id, "pos": k} for k, r in enumerate([*top, *parts], start=1) if r.position != k]
    if moved:
        s.connection().execute(t.update().where(t.c.id == bindparam("row")).values(position=bindparam("pos")), moved)


_TYPES = {kind: k for k, kind in enumerate(("document", "person", "indicator", "ratio", "tally", "task", "proposal"))}


def _created(s: Session, report_id: int, row: ItemRow, item: Item, who: str) -> None:
    txt = search_text(item)
    s.add(AuditRow(at=utc_now(), who=who, action="create", report_id=report_id, item_id=row.id, new_value=txt))
    if txt:
        s.add(SearchDoc(report_id=report_id, item_id=row.id, item_type=row.type, folded=fold_same_length(txt)))

