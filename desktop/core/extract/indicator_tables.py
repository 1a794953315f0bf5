"""Indicators of target tables (one per numeric cell: ``Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện | Tỷ lệ``), and a
figure of the prose that repeats a table's cell (the table's is kept)."""

from __future__ import annotations

import re

from desktop.core.extract.common import header_row
from desktop.core.extract.indicator_values import decimals_of
from desktop.core.extract.label_clean import content_words
from desktop.core.layout import Layout
from desktop.core.model import Indicator
from desktop.core.vnnum import NUMBER, YEAR_RE, parse_number

# (compiled once: a call of re.search with a pattern's text looks the pattern up in re's cache every time)
_TH = re.compile(r"\bth\b")
_KH = re.compile(r"\bkh\b")
_DONE = re.compile(r"(?<!\w)đã(?!\w)")
_COLUMN_NUMBER_CELL = re.compile(r"\(\d+\)(?:=.*)?")
_STT = re.compile(r"\d{1,3}")


def _column_role(name: str) -> str | None:
    low = name.lower()
    if "tỷ lệ" in low or "%" in low or low.startswith(("so sánh", "so với")):
        return "row-rate"
    if "thực hiện" in low or _TH.search(low):
        return "row-actual"
    if any(w in low for w in ("kế hoạch", "mục tiêu", "chỉ tiêu", "nghị quyết", "dự toán")) or _KH.search(low):
        return "row-plan"
    if _DONE.search(low):
        return "row-actual"  # "Số đã giao": what was done (a quota "giao" alone is the plan)
    return "row-plan" if "giao" in low else None


def without_table_repeats(prose: list[Indicator], table: list[Indicator],
                          sentence_of: dict[int, int]) -> list[Indicator]:
    """A prose figure that repeats a table cell is the same item: keep the table's."""
    rows: dict[tuple[float, str], list[Indicator]] = {}
    for i in table:
        rows.setdefault((i.value, i.unit), []).append(i)
    repeats: set[int] = set()
    cell_words: dict[int, set[str]] = {}  # (each label's words read once: a cell may match several figures)
    for k, ind in enumerate(prose):
        cells = rows.get((ind.value, ind.unit))
        if not cells:
            continue
        words = content_words(ind.label)
        for cell in cells:
            cw = cell_words.get(id(cell))
            if cw is None:
                cw = cell_words[id(cell)] = content_words(cell.row_label())
            if cw & words:
                repeats.add(k)
    # a sentence that repeats one cell of a row repeats its other cells too
    groups_hit = {(sentence_of.get(k), c.group) for k in repeats
                  for c in rows.get((prose[k].value, prose[k].unit), [])}
    for k, ind in enumerate(prose):
        for cell in rows.get((ind.value, ind.unit), []):
            if (sentence_of.get(k), cell.group) in groups_hit:
                repeats.add(k)
    kept = [ind for k, ind in enumerate(prose) if k not in repeats]
    body_keys = {(i.value, i.unit) for i in kept if i.note != "heading"}
    kept = [i for i in kept if i.note != "heading" or (i.value, i.unit) not in body_keys]
    for i in kept:
        i.note = ""
    return kept + table


_YEAR_BARE = re.compile(r"\b((?:19|20)\d{2})\b")
_NUM_CELL = re.compile(rf"^\s*({NUMBER})\s*%?\s*$")


def _numbers(text: str, body: list[list[tuple[int, int]]], col: int) -> bool:
    """Most filled cells of column ``col`` in the rows ``body`` are numbers."""
    cells = [text[r[col][0] : r[col][1]] for r in body if col < len(r) and text[r[col][0] : r[col][1]].strip()]
    return bool(cells) and sum(1 for c in cells if _NUM_CELL.match(c)) * 2 > len(cells)


def table_indicators(layout: Layout) -> list[Indicator]:
    src = layout.source
    out: list[Indicator] = []
    for ti, rows in enumerate(src.tables):
        if len(rows) < 2:
            continue
        hi = header_row(src.text, rows)
        header = [src.text[s:e].strip() for s, e in rows[hi]]
        low = [h.lower() for h in header]
        label_col = next((k for k, h in enumerate(low) if "chỉ tiêu" in h or h in ("nội dung", "chỉ số")), None)
        if label_col is None or any("nhiệm vụ" in h for h in low):
            continue
        unit_col = next((k for k, h in enumerate(low) if h in ("đvt", "đơn vị tính", "đơn vị")), None)
        stt_col = next((k for k, h in enumerate(low) if h in ("stt", "tt", "số tt")), None)
        if _numbers(src.text, rows[hi + 1 :], label_col):
            # "Chỉ tiêu giao" over numbers is the plan's column: the rows are named by the first column of words
            label_col = next((k for k in range(len(header)) if k not in (unit_col, stt_col)
                              and not _numbers(src.text, rows[hi + 1 :], k)), None)
            if label_col is None:
                continue
        value_cols = [k for k in range(len(header)) if k not in (label_col, unit_col, stt_col)]
        head_years = [int(y) for k in range(hi) for a, b in rows[k] for y in _YEAR_BARE.findall(src.text[a:b])]
        year = (head_years[-1] if head_years else None) or _table_year(layout, rows) or layout.doc_year
        for ri, row in enumerate(rows[hi + 1 :], start=hi + 1):
            cells = [src.text[s:e].strip() for s, e in row]
            if len(cells) != len(header):
                continue
            if all(_COLUMN_NUMBER_CELL.fullmatch(c) for c in cells if c):
                continue  # the column-number row
            stt = cells[stt_col] if stt_col is not None else ""
            if stt and not _STT.fullmatch(stt):
                continue  # section rows (I, II…)
            label = cells[label_col]
            unit = cells[unit_col] if unit_col is not None else ""
            if unit[:1].isupper() and not unit[:2].isupper():
                unit = unit[0].lower() + unit[1:]  # "Tỷ đồng" in a unit column is the unit "tỷ đồng"
            for k in value_cols:
                m = _NUM_CELL.match(cells[k])
                if not m:
                    continue
                col_name = header[k]
                is_pct = "%" in col_name or "tỷ lệ" in col_name.lower() or cells[k].endswith("%")
                s, e = row[k]
                out.append(Indicator(label=f"{label} ({col_name.lower()})", value=parse_number(m.group(1)),
                                     unit="%" if is_pct else (unit or ""), year=year, group=stt or None,
                                     span=(s, e), decimals=decimals_of(m.group(1)),
                                     rel=_column_role(col_name), ref=f"table{ti}-row{ri}"))
    return out


def _table_year(layout: Layout, rows: list[list[tuple[int, int]]]) -> int | None:
    first = rows[0][0][0]
    text = layout.source.text[max(0, first - 400) : first]
    years = YEAR_RE.findall(text)
    return int(years[-1]) if years else None
