"""Diacritics-insensitive search over report texts and items, with snippets.

Both the stored text and the query are folded the same way (``Đảng`` → ``dang``,
``hoà``/``hòa`` → ``hoa``), keeping every character in place so that a match in the folded
text is cut from the original for the snippet. SQLite uses FTS5; PostgreSQL its full-text
search over the same folded text. Every word of the query must occur, in any order
(``ket luan tinh uy`` finds ``Kết luận của Tỉnh ủy``). The newest matches (at most
:data:`PER_REPORT_CANDIDATES` of one report) are then ranked: the words in the report's title first, then the
words closest together, then the most occurrences of them (ranking every match of a common word is what would
make search slow). Results are per report: a report's best :data:`PER_REPORT` hits, the count of its others,
reports ordered by their best hit — one long report cannot crowd out the others.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, text

from desktop.core.model import ReviewStatus
from desktop.core.textnorm import fold_same_length
from desktop.store.convert import row_to_item, search_text
from desktop.store.db import Database
from desktop.store.models import ItemRow, ReportRow

_TOKEN = re.compile(r"\w+")
CANDIDATES = 1000  # at least this many matches (the newest) are ranked
PER_REPORT = 5  # hits listed per report; the others are counted ("còn N kết quả trong văn bản này")
PER_REPORT_CANDIDATES = 20  # of one report, at most this many matches (the newest) are ranked


@dataclass
class Hit:
    report_id: int
    item_id: int | None
    item_type: str  # "report" for the text itself
    title: str
    unit: str | None
    date: str | None
    snippet: str
    more: int = 0  # the report's further hits, not listed (the same on each of its hits)


@dataclass
class ReportHits:
    """One report's listed hits, best first, and how many more it has."""

    report_id: int
    title: str
    unit: str | None
    date: str | None
    hits: list[Hit]
    more: int


def fold_query(query: str) -> list[str]:
    import unicodedata

    return _TOKEN.findall(fold_same_length(unicodedata.normalize("NFC", query)).lower())


def search(db: Database, query: str, *, unit: str | None = None, date_from: str | None = None,
           date_to: str | None = None, item_type: str | None = None, review_status: str | None = None,
           limit: int = 20, per_report: int = PER_REPORT) -> list[Hit]:
    """The best ``limit`` reports, each with its best ``per_report`` hits (best first, a report's hits together)
    and in :attr:`Hit.more` the count of its other hits: one long report cannot crowd out the others."""
    tokens = list(dict.fromkeys(fold_query(query)))
    if not tokens or limit < 1 or per_report < 1:
        return []
    filters = []
    per_cand = max(per_report, PER_REPORT_CANDIDATES)
    params: dict[str, object] = {"limit": max(CANDIDATES, limit * per_cand), "per_cand": per_cand}
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
    sql = _candidates_sql(db.dialect, "".join(f" AND {f}" for f in filters))
    params["m"] = " ".join(f'"{t}"' for t in tokens) if db.dialect == "sqlite" else " ".join(tokens)
    with db.session() as s:
        chosen = _best_per_report(s.execute(text(sql).bindparams(**params)), tokens, limit, per_report)
        rows = [r for group, _more in chosen for r in group]
        items = {x.id: x for x in s.scalars(select(ItemRow).where(ItemRow.id.in_([r.item_id for r in rows
                                                                                   if r.item_id])))}
        bodies = dict(s.execute(select(ReportRow.id, ReportRow.body).where(
            ReportRow.id.in_([r.report_id for r in rows if r.item_type == "report"]))).all())
        hits = []
        for group, more in chosen:
            for r in group:
                if r.item_type == "report":
                    source = r.title + "\n" + bodies.get(r.report_id, "")
                else:
                    source = search_text(row_to_item(items[r.item_id])) if r.item_id in items else ""
                hits.append(Hit(r.report_id, r.item_id, r.item_type, r.title, r.unit, r.meeting_date,
                                _snippet(source, r.folded, tokens), more))
    return hits


def _candidates_sql(dialect: str, where: str) -> str:
    """Every word, any order: the newest matches, at most ``:per_cand`` of each report (its text first), with
    ``total``, how many it has in all; at most ``:limit`` in all. The windows run over narrow rows; the texts
    are read for the chosen rows only."""
    cols = ("d.id, ROW_NUMBER() OVER (PARTITION BY d.report_id ORDER BY d.item_type = 'report' DESC, d.id DESC) "
            "AS nth, COUNT(*) OVER (PARTITION BY d.report_id) AS total")
    if dialect == "sqlite":  # FTS5 drives the query
        inner = (f"SELECT {cols} FROM search_fts f JOIN search_docs d ON d.id = f.rowid "
                 f"JOIN reports r ON r.id = d.report_id LEFT JOIN items i ON i.id = d.item_id "
                 f"WHERE search_fts MATCH :m{where}")
    else:
        inner = (f"SELECT {cols} FROM search_docs d JOIN reports r ON r.id = d.report_id "
                 f"LEFT JOIN items i ON i.id = d.item_id "
                 f"WHERE to_tsvector('simple', d.folded) @@ plainto_tsquery('simple', :m){where}")
    return ("SELECT d.id, d.report_id, d.item_id, d.item_type, d.folded, r.title, r.unit, r.meeting_date, c.total "
            f"FROM ({inner}) c JOIN search_docs d ON d.id = c.id JOIN reports r ON r.id = d.report_id "
            "WHERE c.nth <= :per_cand ORDER BY c.id DESC LIMIT :limit")


def _best_per_report(rows: Iterable[Any], tokens: list[str], limit: int,
                     per_report: int) -> list[tuple[list[Any], int]]:
    """The candidates ranked (ties: the newest first), grouped by report; reports ordered by their best hit.
    The first ``limit`` reports, each with its first ``per_report`` rows and the count of the others."""
    groups: dict[int, list[tuple[tuple[int, int, int, int], int, Any]]] = {}
    titles: dict[int, str] = {}
    for k, r in enumerate(rows):
        if r.report_id not in titles:
            titles[r.report_id] = fold_same_length(r.title or "")
        groups.setdefault(r.report_id, []).append((rank_key(r.folded, titles[r.report_id], tokens), k, r))
    ranked = sorted((sorted(g, key=lambda x: (x[0], x[1])) for g in groups.values()),
                    key=lambda g: (g[0][0], g[0][1]))
    out = []
    for g in ranked[:limit]:
        shown = [r for _key, _k, r in g[:per_report]]
        out.append((shown, max(0, int(shown[0].total) - len(shown))))
    return out


def by_report(hits: Iterable[Hit]) -> list[ReportHits]:
    """The hits of :func:`search` grouped by report, in their order."""
    groups: dict[int, ReportHits] = {}
    for h in hits:
        if h.report_id not in groups:
            groups[h.report_id] = ReportHits(h.report_id, h.title, h.unit, h.date, [], h.more)
        groups[h.report_id].hits.append(h)
    return list(groups.values())


def occurrences(folded: str, tokens: list[str], cap: int = 5000) -> list[tuple[int, int, int]]:
    """(start, end, token index) of every whole-word occurrence of the tokens, in text order."""
    index = {t: k for k, t in enumerate(tokens)}
    seen = [0] * len(tokens)
    out = []
    for m in _words(tuple(tokens)).finditer(folded):  # one pass for all the words (whole words never overlap)
        k = index[m.group()]
        if seen[k] < cap:
            seen[k] += 1
            out.append((m.start(), m.end(), k))
    return out


@functools.lru_cache(maxsize=64)
def _words(tokens: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(t) for t in sorted(tokens, key=len, reverse=True)) + r")\b")


def best_window(folded: str, tokens: list[str]) -> tuple[int, int] | None:
    """The shortest stretch of ``folded`` holding every token (of those that occur), as (start, end)."""
    return _shortest(occurrences(folded, tokens))


def _shortest(occ: list[tuple[int, int, int]]) -> tuple[int, int] | None:
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
    in_title = len({k for _a, _b, k in occurrences(title, tokens)})
    win = _shortest(occ)
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
