"""Diacritics-insensitive search over report texts and items, with snippets.

Both the stored text and the query are folded the same way (``Đảng`` → ``dang``,
``hoà``/``hòa`` → ``hoa``), keeping every character in place so that a match in the folded
text is cut from the original for the snippet. SQLite uses FTS5; PostgreSQL its full-text
search over the same folded text. Every word of the query must occur, in any order
(``ket luan tinh uy`` finds ``Kết luận của Tỉnh ủy``). The newest :data:`CANDIDATES` matches are then
ranked: the words in the report's title first, then the words closest together, then the most
occurrences of them (ranking every match of a common word is what would make search slow).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select, text

from desktop.core.model import ReviewStatus
from desktop.core.textnorm import fold_same_length
from desktop.store.convert import row_to_item, search_text
from desktop.store.db import Database
from desktop.store.models import ItemRow

_TOKEN = re.compile(r"\w+")
CANDIDATES = 1000  # at most this many matches (the newest) are ranked


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
    tokens = list(dict.fromkeys(fold_query(query)))
    if not tokens:
        return []
    filters = []
    params: dict[str, object] = {"limit": max(limit, CANDIDATES)}
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
        params["review_status"] = str(ReviewStatus.parse(review_status))  # a code; an old label is understood
    where = "".join(f" AND {f}" for f in filters)
    cols = ("d.id, d.report_id, d.item_id, d.item_type, d.folded, r.title, r.unit, r.meeting_date, r.body, "
            "i.text")
    if db.dialect == "sqlite":
        # FTS5 drives the query (every word, any order), newest first; the candidates are ranked below
        params["m"] = " ".join(f'"{t}"' for t in tokens)
        sql = (f"SELECT {cols} FROM search_fts f JOIN search_docs d ON d.id = f.rowid "
               f"JOIN reports r ON r.id = d.report_id LEFT JOIN items i ON i.id = d.item_id "
               f"WHERE search_fts MATCH :m{where} ORDER BY f.rowid DESC LIMIT :limit")
    else:
        params["m"] = " ".join(tokens)
        sql = (f"SELECT {cols} FROM search_docs d JOIN reports r ON r.id = d.report_id "
               f"LEFT JOIN items i ON i.id = d.item_id "
               f"WHERE to_tsvector('simple', d.folded) @@ plainto_tsquery('simple', :m){where} "
               f"ORDER BY d.id DESC LIMIT :limit")
    q = text(sql).bindparams(**params)
    hits = []
    with db.session() as s:
        ranked = sorted(((rank_key(r.folded, fold_same_length(r.title or ""), tokens), k, r)
                         for k, r in enumerate(s.execute(q))), key=lambda x: (x[0], x[1]))
        rows = [r for _key, _k, r in ranked[:limit]]
        items = {x.id: x for x in s.scalars(select(ItemRow).where(ItemRow.id.in_([r.item_id for r in rows
                                                                                   if r.item_id])))}
        for r in rows:
            if r.item_type == "report":
                source = r.title + "\n" + r.body
            else:
                source = search_text(row_to_item(items[r.item_id])) if r.item_id in items else (r.text or "")
            hits.append(Hit(r.report_id, r.item_id, r.item_type, r.title, r.unit, r.meeting_date,
                            _snippet(source, r.folded, tokens)))
    return hits


def occurrences(folded: str, tokens: list[str], cap: int = 5000) -> list[tuple[int, int, int]]:
    """(start, end, token index) of every whole-word occurrence of the tokens, in text order."""
    out = []
    for k, t in enumerate(tokens):
        for n, m in enumerate(re.finditer(r"\b" + re.escape(t) + r"\b", folded)):
            if n >= cap:
                break
            out.append((m.start(), m.end(), k))
    out.sort()
    return out


def best_window(folded: str, tokens: list[str]) -> tuple[int, int] | None:
    """The shortest stretch of ``folded`` holding every token (of those that occur), as (start, end)."""
    occ = occurrences(folded, tokens)
    need = len({k for _a, _b, k in occ})
    if not need:
        return None
    count: dict[int, int] = {}
    best: tuple[int, int] | None = None
    lo = 0
    for _a, b, k in occ:
        count[k] = count.get(k, 0) + 1
        while len(count) == need:
            la, _lb, lk = occ[lo]
            if best is None or b - la < best[1] - best[0]:
                best = (la, b)
            count[lk] -= 1
            if not count[lk]:
                del count[lk]
            lo += 1
    return best


def rank_key(folded: str, title: str, tokens: list[str]) -> tuple[int, int, int, int]:
    """Smaller is better: fewer of the words missing, more of them in the title, closer together, more often."""
    occ = occurrences(folded, tokens)
    found = {k for _a, _b, k in occ}
    in_title = sum(1 for t in tokens if re.search(r"\b" + re.escape(t) + r"\b", title))
    win = best_window(folded, tokens)
    return (len(tokens) - len(found), -in_title, (win[1] - win[0]) if win else 1 << 30, -len(occ))


def _snippet(original: str, folded: str, tokens: list[str], width: int = 70) -> str:
    win = best_window(folded, tokens)
    if win is None or len(original) != len(folded):
        return original[: 2 * width].replace("\n", " ")
    a, b = max(0, win[0] - width), min(len(original), win[1] + width)
    marks: list[list[int]] = []  # words next to each other are marked as one: "[nhiệm vụ]"
    for x, y, _k in occurrences(folded[win[0] : win[1]], tokens):
        x, y = x + win[0], y + win[0]
        if marks and not re.search(r"\w", folded[marks[-1][1] : x]):
            marks[-1][1] = y
        else:
            marks.append([x, y])
    pos = a
    s = "…" if a else ""
    for x, y in marks:
        s += original[pos:x] + "[" + original[x:y] + "]"
        pos = y
    s += original[pos:b] + ("…" if b < len(original) else "")
    return s.replace("\n", " ")
