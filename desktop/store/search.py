"""Diacritics-insensitive search over report texts and items, with snippets.

Both the stored text and the query are folded the same way (``Đảng`` → ``dang``,
``hoà``/``hòa`` → ``hoa``), keeping every character in place so that a match in the folded
text is cut from the original for the snippet. SQLite uses FTS5; PostgreSQL its full-text
search over the same folded text. The first page comes unranked (newest first): ranking
every match of a common word is what makes search slow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select, text

from desktop.core.textnorm import fold_same_length
from desktop.store.convert import row_to_item, search_text
from desktop.store.db import Database
from desktop.store.models import ItemRow

_TOKEN = re.compile(r"\w+")


@dataclass
class Hit:
    report_id: int
    item_id: int | None
    item_type: str  # "report" for the text itself
    title: str
    unit: str | None
    date: str | None
    snippet: str


def fold_query(query: str) -> list[str]:
    import unicodedata

    return _TOKEN.findall(fold_same_length(unicodedata.normalize("NFC", query)).lower())


def search(db: Database, query: str, *, unit: str | None = None, date_from: str | None = None,
           date_to: str | None = None, item_type: str | None = None, review_status: str | None = None,
           limit: int = 20) -> list[Hit]:
    tokens = fold_query(query)
    if not tokens:
        return []
    phrase = " ".join(tokens)
    filters = []
    params: dict[str, object] = {"limit": limit}
    if unit:
        filters.append("r.unit = :unit")
        params["unit"] = unit
    day = "coalesce(r.meeting_date, r.doc_date, substr(CAST(r.imported_at AS VARCHAR), 1, 10))"
    if date_from:
        filters.append(f"{day} >= :date_from")
        params["date_from"] = date_from
    if date_to:
        filters.append(f"{day} <= :date_to")
        params["date_to"] = date_to
    if item_type:
        filters.append("d.item_type = :item_type")
        params["item_type"] = item_type
    if review_status:
        filters.append("i.review_status = :review_status")
        params["review_status"] = review_status
    where = "".join(f" AND {f}" for f in filters)
    cols = ("d.id, d.report_id, d.item_id, d.item_type, d.folded, r.title, r.unit, r.meeting_date, r.body, "
            "i.text")
    if db.dialect == "sqlite":
        # FTS5 drives the query, newest first, so the first page is found without ranking every match
        params["m"] = '"' + phrase.replace('"', " ") + '"'
        sql = (f"SELECT {cols} FROM search_fts f JOIN search_docs d ON d.id = f.rowid "
               f"JOIN reports r ON r.id = d.report_id LEFT JOIN items i ON i.id = d.item_id "
               f"WHERE search_fts MATCH :m{where} ORDER BY f.rowid DESC LIMIT :limit")
    else:
        params["m"] = phrase
        sql = (f"SELECT {cols} FROM search_docs d JOIN reports r ON r.id = d.report_id "
               f"LEFT JOIN items i ON i.id = d.item_id "
               f"WHERE to_tsvector('simple', d.folded) @@ phraseto_tsquery('simple', :m){where} "
               f"ORDER BY d.id DESC LIMIT :limit")
    q = text(sql).bindparams(**params)
    pattern = re.compile(r"\b" + r"\W+".join(re.escape(t) for t in tokens) + r"\b")
    hits = []
    with db.session() as s:
        rows = list(s.execute(q))
        items = {x.id: x for x in s.scalars(select(ItemRow).where(ItemRow.id.in_([r.item_id for r in rows
                                                                                   if r.item_id])))}
        for r in rows:
            if r.item_type == "report":
                source = r.title + "\n" + r.body
            else:
                source = search_text(row_to_item(items[r.item_id])) if r.item_id in items else (r.text or "")
            hits.append(Hit(r.report_id, r.item_id, r.item_type, r.title, r.unit, r.meeting_date,
                            _snippet(source, r.folded, pattern)))
    return hits


def _snippet(original: str, folded: str, pattern: re.Pattern[str], width: int = 70) -> str:
    m = pattern.search(folded)
    if not m or len(original) != len(folded):
        return original[: 2 * width].replace("\n", " ")
    a, b = max(0, m.start() - width), min(len(original), m.end() + width)
    pre = "…" if a else ""
    post = "…" if b < len(original) else ""
    s = original[a : m.start()] + "[" + original[m.start() : m.end()] + "]" + original[m.end() : b]
    return (pre + s + post).replace("\n", " ")
