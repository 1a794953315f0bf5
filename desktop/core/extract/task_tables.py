"""Tasks laid out as tables (``Nội dung | Đơn vị chủ trì | Phối hợp | Thời gian | Sản phẩm``) or as a plan's
item followed by one line per field (``- Cơ quan chủ trì: …``, ``- Thời gian hoàn thành: …``)."""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.core.extract.common import header_row, trimmed
from desktop.core.extract.enumeration import line_enumerator
from desktop.core.extract.task_collector import Collector
from desktop.core.extract.task_fields import deadline_in
from desktop.core.extract.task_owner import split_bodies
from desktop.core.layout import Layout, Para
from desktop.core.model import Task
from desktop.core.vnnum import find_dates

_TEXT_HEADER = re.compile(r"^(?:nội dung|nhiệm vụ|công việc|tên nhiệm vụ|nhiệm vụ,? giải pháp)\b|nhiệm vụ")
_OWNER_HEADER = re.compile(r"chủ trì|(?:cơ quan|đơn vị|người|bộ phận)\b.*(?:thực hiện|phụ trách|chịu trách nhiệm)|"
                           r"^(?:cơ quan|đơn vị|người) (?:thực hiện|phụ trách)|trách nhiệm")


def _task_columns(header: list[str]) -> dict[str, int | None]:
    """Which column of a task table holds what, from header names as offices write them:
    ``Nội dung công việc | Đơn vị thực hiện | Đơn vị phối hợp | Thời gian hoàn thành | Sản phẩm``."""

    def first(pred: Callable[[str], bool]) -> int | None:
        return next((k for k, h in enumerate(header) if pred(h)), None)

    partners = first(lambda h: "phối hợp" in h)
    deadline = first(lambda h: "thời hạn" in h or "thời gian" in h or h.startswith(("hạn ", "tiến độ")))
    owner = first(lambda h: "chủ trì" in h)
    if owner is None:
        owner = first(lambda h: bool(_OWNER_HEADER.search(h)) and "phối hợp" not in h and "thời" not in h)
    text = first(lambda h: (h == "nội dung" or bool(_TEXT_HEADER.search(h)))
                 and not any(w in h for w in ("chủ trì", "phối hợp", "thời", "kết quả")))
    return {
        "text": text, "owner": owner if owner != text else None, "partners": partners, "deadline": deadline,
        "product": first(lambda h: "sản phẩm" in h or h.startswith("kết quả")),
        "stt": first(lambda h: h in ("stt", "tt", "số tt", "số thứ tự")),
    }


def table_tasks(layout: Layout, col: Collector) -> None:
    src = layout.source
    for rows in src.tables:
        if len(rows) < 2:
            continue
        hi = header_row(src.text, rows)
        header = [src.text[s:e].strip().lower() for s, e in rows[hi]]
        cols = _task_columns(header)
        text_col, owner_col = cols["text"], cols["owner"]
        if text_col is None or owner_col is None:
            continue
        partner_col, deadline_col = cols["partners"], cols["deadline"]
        product_col, stt_col = cols["product"], cols["stt"]
        needed = max(k for k in (text_col, owner_col, stt_col) if k is not None) + 1
        for row in (r for whole in rows[hi + 1 :] for r in _row_pieces(src.text, whole, len(header))):
            if len(row) < needed:  # a section row ("II | TRIỂN KHAI …") or a stray cell
                continue

            def cell(k: int | None, row: list[tuple[int, int]] = row) -> str:
                return src.text[row[k][0] : row[k][1]].strip() if k is not None and k < len(row) else ""

            text = cell(text_col)
            if not text or re.fullmatch(r"\(\d+\)", text):
                continue
            deadline = cell(deadline_col) or None
            if deadline:
                ds = find_dates(deadline)
                if ds and ds[0].iso():
                    deadline = ds[0].iso()
            s, e = row[text_col]
            task = Task(text=text, group=cell(stt_col) or None, owner=cell(owner_col) or None,
                        partners=[x.strip() for x in re.split(r";\s*", cell(partner_col)) if x.strip()],
                        deadline=deadline, product=cell(product_col) or None, span=(s, e))
            col.tasks.append(task)


def _row_pieces(text: str, row: list[tuple[int, int]], width: int) -> list[list[tuple[int, int]]]:
    """A table row as rows of at most ``width`` cells: a converted row may leave its empty last cells out, or run
    two rows together with a filler cell ("…........") between them."""
    out = []
    while len(row) > width:
        out.append(row[:width])
        row = row[width:]
        while row and not any(c.isalnum() for c in text[row[0][0] : row[0][1]]):
            row = row[1:]
    if row:
        out.append(row)
    return out


# A plan's task written as an item with one line per field:
#   1. Hoàn thiện hạ tầng số              a) Hoạt động 1
#   - Cơ quan chủ trì: Sở Khoa học …      - Nội dung: Tập huấn … (or "- Nội dung:" then "+ …" lines)
#   - Cơ quan phối hợp: Các doanh …        - Cơ quan thực hiện: Sở Y tế chủ trì, phối hợp với …
#   - Thời gian hoàn thành: Quý III/2026.
#   - Sản phẩm: Báo cáo kết quả phủ sóng 5G.
FIELD_LINE = re.compile(
    r"\s*[-–•+]?\s*(?:(?P<owner>(?:cơ quan|đơn vị|bộ phận)?\s*(?:chủ trì|thực hiện|phụ trách|chịu trách nhiệm))|"
    r"(?P<partners>(?:cơ quan|đơn vị)?\s*phối hợp)|"
    r"(?P<deadline>thời (?:gian|hạn)(?: hoàn thành| thực hiện)?|tiến độ(?: thực hiện)?|hạn hoàn thành)|"
    r"(?P<product>sản phẩm(?: đầu ra)?|kết quả(?: đầu ra)?)|"
    r"(?P<text>nội dung(?: thực hiện| hoạt động| công việc)?))\s*:\s*(?P<value>.*)", re.IGNORECASE)
_KINDS = ("owner", "partners", "deadline", "product", "text")
_SUB_LINE = re.compile(r"\s*\+\s*")  # "+ Tổng kết …" under "- Nội dung:"
_OWNER_CELL = re.compile(r"^(?P<owner>.+?)\s+chủ trì\b[\s,]*(?:phối hợp(?: với)?\s+(?P<partners>.+))?$")


def _field_lines(paras: list[Para], j: int) -> tuple[dict[str, list[tuple[str, Para]]], int]:
    """The field lines from ``paras[j]`` on: each kind → its values (a value written on "+" lines under an
    empty field is one value per line), and the index after the last line read."""
    fields: dict[str, list[tuple[str, Para]]] = {}
    while j < len(paras) and ":" in paras[j].text and (m := FIELD_LINE.match(paras[j].text)):  # (its colon)
        kind = next(name for name in _KINDS if m.group(name))
        value = m.group("value").strip().rstrip(".;").strip()
        j += 1
        subs: list[tuple[str, Para]] = []
        while not value and j < len(paras) and (sub := _SUB_LINE.match(paras[j].text)):
            subs.append((paras[j].text[sub.end() :].strip().rstrip(".;").strip(), paras[j]))
            j += 1
        fields.setdefault(kind, subs or [(value, paras[j - 1])])
    return fields, j


def _owner_value(value: str) -> tuple[str, list[str]]:
    """"Sở Y tế chủ trì, phối hợp với các sở, ban, ngành" → the owner and its partners."""
    m = _OWNER_CELL.match(value)
    if not m:
        return value, []
    return m.group("owner").strip(" ,"), split_bodies(m.group("partners") or "")


def field_tasks(paras: list[Para], col: Collector, enums: list[tuple[str, int] | None] | None = None) -> set[int]:
    """Tasks of items followed by their field lines; returns the indices of the paragraphs used. ``enums``: each
    paragraph's :func:`line_enumerator`, if the caller has them."""
    used: set[int] = set()
    for k, p in enumerate(paras):
        enum = enums[k] if enums is not None else line_enumerator(p.text)
        if not enum or k in used:
            continue
        fields, j = _field_lines(paras, k + 1)
        if j - k < 3 or "owner" not in fields:  # one field line is a sentence; no owner, no plan item
            continue
        deadline = fields["deadline"][0][0] if "deadline" in fields else None
        if deadline:
            deadline = deadline_in(deadline) or deadline_in("trước " + deadline) or deadline
        owners = fields["owner"]
        owner, partners = _owner_value(owners[0][0])
        partners = split_bodies(fields["partners"][0][0]) if "partners" in fields else partners
        product = fields["product"][0][0] if "product" in fields else None
        a, _b, text = trimmed(p.text, enum[1], len(p.text), p.start)
        items = [(v, q.start, q.end) for v, q in fields["text"]] if "text" in fields else [(text, a, p.end)]
        for value, s, e in items:
            col.tasks.append(Task(text=value, group=enum[0], owner=owner, partners=partners, deadline=deadline,
                                  product=product, span=(s, e)))
        for value, q in owners[1:]:  # "+ Sở Xây dựng đăng tải …": another body's own work under the owners
            col.task(q.end - len(value) - 1, q.end, value, group=enum[0])
        used.update(range(k, j))
    return used
