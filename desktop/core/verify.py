"""Verification: every number that does not add up, before it goes into an official report.

Checks (``Finding.kind``), each with the numbers involved in ``values`` and their spans:

* ``sum_mismatch``       the parts of a tally do not add up to its total;
* ``ratio_over``         ``X/Y`` with X > Y (information when it reads as over-fulfilment);
* ``percent_mismatch``   a stated % disagrees with its own ratio, with its tally part / total, or a
                         table's rate column with actual / plan (rounding of the stated value is allowed for);
* ``share_sum``          the shares of one whole do not sum to 100 ± 0.1;
* ``enumeration_count``  a stated count ("20 chỉ tiêu") differs from the items listed;
* ``part_over_total``    one part of a tally is larger than the total (a partial breakdown);
* (``percent_mismatch`` also) a % written after a count against count / the whole its sentence names;
* ``rate_over_100``      a coverage rate ("Tỷ lệ … đạt 104%") above 100 % — checked for rates
                         that are not measured against a plan or estimate.

The engine is incremental: :class:`Verifier` caches findings per group of linked items and
re-runs only the groups an edit touches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import cast

from desktop.core.model import Finding, Indicator, Ratio, Report, Severity, Tally
from desktop.core.vnnum import format_number

# Nouns of things counted out of a fixed population: X > Y there is an error, not over-fulfilment.
_FIXED_POPULATION = re.compile(
    r"^(?:xã|phường|thị trấn|thôn|bản|tổ dân phố|huyện|tỉnh|trường|trường học|chi bộ|tổ chức|hộ|"
    r"chỉ tiêu|nhóm chỉ tiêu|mục tiêu|nhóm mục tiêu|nhiệm vụ|tiêu chí|đơn vị|cơ quan|trạm|đảng bộ)(?![\w])"
)
_OVERFULFIL = re.compile(r"^(?:đảng viên|tỷ đồng|triệu đồng|nghìn tỷ đồng|đồng|%|lượt|ha|tấn|hồ sơ|lao động)")
_RATE_LABEL = re.compile(r"^(?:tỷ lệ|tỉ lệ)\b", re.IGNORECASE)
_AGAINST_PLAN = re.compile(r"kế hoạch|dự toán|so với|so kh|cùng kỳ|mục tiêu|tăng|giảm|vượt", re.IGNORECASE)
_BASIS = re.compile(r"kế hoạch|dự toán|chỉ tiêu|mục tiêu", re.IGNORECASE)  # (compiled once, not looked up per call)


def _n(x: float) -> str:
    return format_number(round(x, 2))


def _tolerance(ind: Indicator | None) -> float:
    """0.1 point, or half a unit of the last digit written when the % is rounded coarser."""
    if ind is None or ind.decimals is None:
        return 0.1 + 1e-9
    return max(0.1, 0.5 * 10 ** (-ind.decimals)) + 1e-9


def check_tally(t: Tally) -> list[Finding]:
    out: list[Finding] = []
    spans = [s for s in [t.span, *(p.span for p in t.parts)] if s]
    if len(t.parts) >= 2:
        total = sum(p.count for p in t.parts)
        if abs(total - t.total) > 1e-9:
            terms = " + ".join(_n(p.count) for p in t.parts)
            diff = abs(t.total - total)
            # parts that may name only some of the items (t.complete False) and fall short: a warning to look at
            partial = not t.complete and total < t.total
            out.append(Finding(
                kind="sum_mismatch", severity=Severity.WARNING if partial else Severity.ERROR, spans=spans,
                values={"total": t.total, "sum": total},
                message=f"Tổng các phần {terms} = {_n(total)} không khớp tổng số {_n(t.total)} {t.noun} "
                        f"(lệch {_n(diff)})" + ("; kiểm tra xem đã liệt kê đủ các phần chưa." if partial else "."),
            ))
    elif t.parts and t.parts[0].count > t.total:
        p = t.parts[0]
        out.append(Finding(
            kind="part_over_total", severity=Severity.ERROR, spans=spans,
            values={"total": t.total, "part": p.count},
            message=f"Số {_n(p.count)} {t.noun} “{p.status}” lớn hơn tổng số {_n(t.total)} {t.noun}.",
        ))
    if t.enumerated is not None and abs(t.enumerated - t.total) > 1e-9:
        out.append(Finding(
            kind="enumeration_count", severity=Severity.ERROR, spans=[t.span] if t.span else [],
            values={"stated": t.total, "counted": t.enumerated},
            message=f"Văn bản nêu {_n(t.total)} {t.noun} nhưng chỉ liệt kê {_n(t.enumerated)} mục: "
                    f"thiếu mục hoặc ghi sai số lượng.",
        ))
    return out


def _percent_mismatch(what: str, computed: float, ind: Indicator, spans: list[tuple[int, int]]) -> Finding:
    """A stated % that is not part / whole. Under one point off a whole-number % is likely rounded the wrong
    way (89,47 % written 90 %): a warning to look at, not an error in the figures."""
    gap = abs(computed - ind.value)
    rounding = gap < 1 and ind.decimals == 0
    return Finding(
        kind="percent_mismatch", severity=Severity.WARNING if rounding else Severity.ERROR, spans=spans,
        values={"stated": ind.value, "computed": round(computed, 2)},
        message=f"{what} = {_n(computed)}%, nhưng văn bản ghi {_n(ind.value)}% (lệch {_n(gap)} điểm phần trăm"
                + ("; có thể do làm tròn)." if rounding else ")."),
    )


def check_ratio(r: Ratio, stated: list[Indicator]) -> list[Finding]:
    out: list[Finding] = []
    spans = [r.span] if r.span else []
    if r.denominator and r.numerator > r.denominator:
        pct = 100 * r.numerator / r.denominator
        fixed = bool(_FIXED_POPULATION.match(r.noun)) and not _OVERFULFIL.match(r.noun)
        sev = Severity.ERROR if fixed else Severity.INFO
        what = ("không thể lớn hơn tổng số" if fixed
                else f"= {_n(pct)}% so với mục tiêu: vượt mức, cần xác nhận")
        out.append(Finding(
            kind="ratio_over", severity=sev, spans=spans,
            values={"numerator": r.numerator, "denominator": r.denominator},
            message=f"Tỷ số {_n(r.numerator)}/{_n(r.denominator)} {r.noun} {what}.",
        ))
    for ind in stated:
        if not r.denominator:
            continue
        computed = 100 * r.numerator / r.denominator
        if ind.rel == "excess":
            computed -= 100
        if abs(computed - ind.value) > _tolerance(ind):
            out.append(_percent_mismatch(f"{_n(r.numerator)}/{_n(r.denominator)} {r.noun}", computed, ind,
                                         spans + ([ind.span] if ind.span else [])))
    return out


def check_row(cells: list[Indicator]) -> list[Finding]:
    plans = [c for c in cells if c.rel == "row-plan" and c.value]
    actuals = [c for c in cells if c.rel == "row-actual"]
    rates = [c for c in cells if c.rel == "row-rate"]
    if not (plans and actuals and rates):
        return []
    # Tables often carry last year's result and a second rate (so với cùng kỳ) too: a row is wrong only
    # when no plan/actual pair gives any of its rates.
    if any(abs(100 * a.value / p.value - r.value) <= _tolerance(r) for p in plans for a in actuals for r in rates):
        return []
    plan, actual, rate = plans[-1], actuals[-1], rates[0]
    computed = 100 * actual.value / plan.value
    name = rate.row_label()
    where = f"chỉ tiêu {rate.group} ({name})" if rate.group else name
    unit = f" {plan.unit}" if plan.unit else ""  # (a count column may have none)
    if rate.ref and rate.ref.startswith("plan-"):  # written in a sentence (links.link_plan_rates)
        basis = _BASIS.match(plan.label)
        message = (f"{name}: {_n(actual.value)}/{_n(plan.value)}{unit} = {_n(computed)}% "
                   f"{basis.group().lower() if basis else 'kế hoạch'}, nhưng văn bản ghi {_n(rate.value)}%.")
    else:
        message = (f"Bảng, {where}: {_n(actual.value)}/{_n(plan.value)}{unit} = {_n(computed)}%, "
                   f"nhưng cột tỷ lệ ghi {_n(rate.value)}%.")
    return [Finding(
        kind="percent_mismatch", severity=Severity.ERROR, spans=[c.span for c in (plan, actual, rate) if c.span],
        values={"stated": rate.value, "computed": round(computed, 2)}, message=message,
    )]


def check_part_rates(t: Tally, stated: list[Indicator]) -> list[Finding]:
    """The % stated for one part of a tally against part / total."""
    out: list[Finding] = []
    for ind in stated:
        k = int(ind.ref.rsplit("#", 1)[1]) if ind.ref and "#" in ind.ref else -1
        if not (0 <= k < len(t.parts)) or not t.total:
            continue
        part = t.parts[k]
        computed = 100 * part.count / t.total
        if abs(computed - ind.value) <= _tolerance(ind):
            continue
        out.append(_percent_mismatch(f"{_n(part.count)}/{_n(t.total)} {t.noun} {part.status}", computed, ind,
                                     [s for s in (t.span, part.span, ind.span) if s]))
    return out


def check_shares(shares: list[Indicator]) -> list[Finding]:
    if len(shares) < 2:
        return []
    total = sum(s.value for s in shares)
    if abs(total - 100) <= 0.1 + 1e-9:
        return []
    terms = " + ".join(f"{_n(s.value)}%" for s in shares)
    sev = Severity.ERROR if abs(total - 100) <= 5 else Severity.WARNING
    return [Finding(
        kind="share_sum", severity=sev, spans=[s.span for s in shares if s.span], values={"sum": round(total, 4)},
        message=f"Các tỷ trọng {terms} = {_n(total)}%, không bằng 100% (lệch {_n(abs(total - 100))} điểm phần trăm).",
    )]


def check_amount_parts(cells: list[Indicator]) -> list[Finding]:
    """An amount and its parts after "trong đó": the parts may be a partial list, but together they
    cannot exceed the whole; the % stated for a part is checked against part / whole."""
    totals = [c for c in cells if c.rel == "amount-total"]
    if not totals or not totals[0].value:
        return []
    total = totals[0]
    parts = {c.ref: c for c in cells if c.rel == "amount-part"}
    out: list[Finding] = []
    s = sum(p.value for p in parts.values())
    if s > total.value * (1 + 1e-9) + 0.5 * 10 ** -(max((p.decimals or 0) for p in parts.values())):
        out.append(Finding(
            kind="sum_mismatch", severity=Severity.ERROR,
            spans=[c.span for c in (total, *parts.values()) if c.span],
            values={"total": total.value, "sum": round(s, 6)},
            message=f"Các phần {' + '.join(_n(p.value) for p in parts.values())} = {_n(s)} {total.unit}, vượt tổng số "
                    f"{_n(total.value)} {total.unit} ({total.label}).",
        ))
    for rate in (c for c in cells if c.rel == "amount-rate"):
        part = parts.get(rate.ref)
        if part is None:
            continue
        computed = 100 * part.value / total.value
        if abs(computed - rate.value) > _tolerance(rate):
            out.append(Finding(
                kind="percent_mismatch", severity=Severity.ERROR, spans=[c.span for c in (total, part, rate) if c.span],
                values={"stated": rate.value, "computed": round(computed, 2)},
                message=f"{part.label}: {_n(part.value)}/{_n(total.value)} {total.unit} = {_n(computed)}%, "
                        f"nhưng văn bản ghi chiếm {_n(rate.value)}%.",
            ))
    return out


def check_whole_rate(ind: Indicator) -> list[Finding]:
    """A % written after a count, against count / whole (``ref`` "whole-N:part/whole", links.link_whole_rates)."""
    try:
        part, whole = (float(x) for x in (ind.ref or "").split(":", 1)[1].split("/"))
    except (IndexError, ValueError):
        return []
    if not whole:
        return []
    computed = 100 * part / whole
    if abs(computed - ind.value) <= _tolerance(ind):
        return []
    return [_percent_mismatch(f"{_n(part)}/{_n(whole)}", computed, ind, [ind.span] if ind.span else [])]


def check_rate_over_100(ind: Indicator) -> list[Finding]:
    if ind.unit != "%" or ind.value <= 100 or ind.rel or not _RATE_LABEL.match(ind.label):
        return []
    if _AGAINST_PLAN.search(ind.label):
        return []
    return [Finding(
        kind="rate_over_100", severity=Severity.WARNING, spans=[ind.span] if ind.span else [],
        values={"stated": ind.value},
        message=f"{ind.label} = {_n(ind.value)}%, vượt 100%: kiểm tra lại số liệu.",
    )]


@dataclass
class Verifier:
    """Findings of one report, re-computed per group of linked items."""

    report: Report
    _cache: dict[str, list[Finding]] = field(default_factory=dict)
    _groups: dict[str, tuple[str, object]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.rebuild()

    def rebuild(self) -> None:
        """(Re)index the groups; call after items are added or removed."""
        self._groups.clear()
        self._cache.clear()
        r = self.report
        for k, t in enumerate(r.tallies):
            self._groups[f"tally:{t.key or k}"] = ("tally", t)
        stated: dict[str, list[Indicator]] = {}
        part_rates: dict[str, list[Indicator]] = {}
        rows: dict[str, list[Indicator]] = {}
        shares: dict[str, list[Indicator]] = {}
        amounts: dict[str, list[Indicator]] = {}
        for ind in r.indicators:
            if ind.rel in ("rate", "excess") and ind.ref:
                stated.setdefault(ind.ref, []).append(ind)
            elif ind.rel in ("row-plan", "row-actual", "row-rate") and ind.ref:
                rows.setdefault(ind.ref, []).append(ind)
            elif ind.rel == "share" and ind.ref:
                shares.setdefault(ind.ref, []).append(ind)
            elif ind.rel == "part-rate" and ind.ref:
                part_rates.setdefault(ind.ref.rsplit("#", 1)[0], []).append(ind)
            elif ind.rel == "of-whole" and ind.ref:
                self._groups[f"whole:{ind.key or id(ind)}"] = ("whole", ind)
            elif ind.rel in ("amount-total", "amount-part", "amount-rate") and ind.ref:
                amounts.setdefault(ind.ref.split("#", 1)[0], []).append(ind)
            else:
                self._groups[f"ind:{ind.key or id(ind)}"] = ("rate100", ind)
        for k, x in enumerate(r.ratios):
            self._groups[f"ratio:{x.key or k}"] = ("ratio", (x, stated.get(x.key, [])))
        for ref, cells in rows.items():
            self._groups[f"row:{ref}"] = ("row", cells)
        for ref, members in shares.items():
            self._groups[f"share:{ref}"] = ("share", members)
        for ref, cells in amounts.items():
            self._groups[f"amount:{ref}"] = ("amount", cells)
        for k, t in enumerate(r.tallies):
            if t.key in part_rates:
                self._groups[f"parts:{t.key or k}"] = ("parts", (t, part_rates[t.key]))

    def _run(self, kind: str, obj: object) -> list[Finding]:
        if kind == "tally":
            return check_tally(obj)  # type: ignore[arg-type]
        if kind == "ratio":
            ratio, stated = cast(tuple[Ratio, list[Indicator]], obj)
            return check_ratio(ratio, stated)
        if kind == "row":
            return check_row(obj)  # type: ignore[arg-type]
        if kind == "share":
            return check_shares(obj)  # type: ignore[arg-type]
        if kind == "amount":
            return check_amount_parts(obj)  # type: ignore[arg-type]
        if kind == "whole":
            return check_whole_rate(obj)  # type: ignore[arg-type]
        if kind == "parts":
            tally, parts_stated = cast(tuple[Tally, list[Indicator]], obj)
            return check_part_rates(tally, parts_stated)
        return check_rate_over_100(obj)  # type: ignore[arg-type]

    def groups_of(self, item: object) -> list[str]:
        out = []
        for gid, (_kind, obj) in self._groups.items():
            objs = obj if isinstance(obj, list) else (list(obj[:1]) + list(obj[1]) if isinstance(obj, tuple) else [obj])
            tally = obj if isinstance(obj, Tally) else obj[0] if isinstance(obj, tuple) else None
            if any(o is item for o in objs) or (isinstance(tally, Tally) and any(p is item for p in tally.parts)):
                out.append(gid)
        return out

    def invalidate(self, items: Iterable[object]) -> None:
        """Forget the findings of the groups these edited items belong to."""
        for item in items:
            for gid in self.groups_of(item):
                self._cache.pop(gid, None)

    def findings(self) -> list[Finding]:
        out: list[Finding] = []
        for gid, (kind, obj) in self._groups.items():
            if gid not in self._cache:
                self._cache[gid] = self._run(kind, obj)
            out.extend(self._cache[gid])
        order = {"lỗi": 0, "cảnh báo": 1, "thông tin": 2}
        out.sort(key=lambda f: (order.get(str(f.severity), 3), f.spans[0] if f.spans else (0, 0)))
        return out


def verify_report(report: Report) -> list[Finding]:
    return Verifier(report).findings()
