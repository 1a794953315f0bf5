"""Runs the extractors in order over one text and maps every span back to the original."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Mapping, Sequence
from dataclasses import fields, is_dataclass
from pathlib import Path
from typing import get_args, get_type_hints

from desktop.core.chrome import repeated_lines
from desktop.core.extract.common import clear_caches
from desktop.core.extract.counts import extract_counts
from desktop.core.extract.documents import extract_documents
from desktop.core.extract.indicators import extract_indicators
from desktop.core.extract.links import (
    assign_keys,
    link_amount_parts,
    link_part_rates,
    link_plan_rates,
    link_rates,
    link_shares,
    link_whole_rates,
)
from desktop.core.extract.meeting import extract_meeting
from desktop.core.extract.people import extract_people
from desktop.core.extract.tasks import extract_tasks_and_proposals
from desktop.core.intake import read_source
from desktop.core.layout import analyse
from desktop.core.model import LineRole, Report, Span
from desktop.core.source import Source, source_from_text


def extract(source: Source, verify: bool = True, overrides: Mapping[int, str] | None = None,
            known_chrome: frozenset[str] = frozenset()) -> Report:
    """Everything in ``source``. ``overrides``: start offset of a line in the ORIGINAL text → ``"article"`` or
    ``"chrome"``, a clerk's decision that wins over the classifier; ``known_chrome``: lines seen repeated on
    other pages of the same site (:func:`desktop.core.chrome.repeated_lines`)."""
    clear_caches()  # caches live for one text only (and keep benchmarks honest)
    layout = analyse(source, known_chrome, _block_overrides(source, overrides) if overrides else None)
    documents = extract_documents(layout)
    people, mentions = extract_people(layout)
    meeting = extract_meeting(layout, mentions)
    counts = extract_counts(layout)
    tasks, proposals = extract_tasks_and_proposals(layout)
    excluded = list(counts.consumed)
    excluded += [r.span for r in counts.ratios if r.span]
    excluded += [p.span for p in proposals if p.span]
    indicators = extract_indicators(layout, excluded)
    assign_keys(counts.ratios, indicators, counts.tallies)
    link_rates(layout, counts.ratios, indicators)
    link_part_rates(layout, counts.tallies, indicators)
    link_whole_rates(layout, indicators)  # before shares: a count's share of its whole is no share of 100%
    link_shares(layout, indicators)
    link_plan_rates(layout, indicators)
    link_amount_parts(layout, indicators)
    report = Report(
        source=source.name,
        text=source.norm.raw,
        title=layout.title,
        title_span=layout.title_span,
        body=layout.body,
        meeting=meeting,
        documents=documents,
        people=people,
        indicators=indicators,
        ratios=counts.ratios,
        tallies=counts.tallies,
        tasks=tasks,
        proposals=proposals,
        own_number=layout.own_number,
        unit=layout.unit,
        doc_date=layout.doc_date,
        encoding=source.encoding,
        kind=source.kind,
    )
    if verify:
        from desktop.core.verify import verify_report

        report.findings = verify_report(report)
    if source.norm.anchors is not None:
        _map_spans(report, source.norm.span_to_raw)
    report.lines = _line_roles(source, layout.lines)
    return report


def read_lines(source: Source, overrides: Mapping[int, str] | None = None,
               known_chrome: frozenset[str] = frozenset()) -> list[LineRole]:
    """The role of every line (article or which kind of page chrome, and why), as :func:`extract` reads them but
    without running the readers: what the window needs to show a stored text (a fraction of the cost)."""
    clear_caches()
    layout = analyse(source, known_chrome, _block_overrides(source, overrides) if overrides else None)
    return _line_roles(source, layout.lines)


def _line_roles(source: Source, lines: Sequence[tuple[int, int, str, str]]) -> list[LineRole]:
    if source.norm.anchors is None:  # the text is the original: offsets are the same
        return [LineRole(s, e, role, why) for s, e, role, why in lines]
    to_raw = source.norm.span_to_raw
    return [LineRole(*to_raw(s, e), role, why) for s, e, role, why in lines]


def _block_overrides(source: Source, overrides: Mapping[int, str]) -> dict[int, str]:
    """Overrides keyed by original-text offsets (a line's start), re-keyed by the start (in the cleaned text)
    of the block that holds that offset or, for an offset in leading blanks, the block right after it."""
    spans = sorted((source.norm.span_to_raw(b.start, b.end), b.start) for b in source.blocks)
    ends = [e for (_, e), _ in spans]
    out: dict[int, str] = {}
    for offset, choice in overrides.items():
        k = bisect_right(ends, offset)
        if k < len(spans):
            out[spans[k][1]] = choice
    return out


def _map_spans(obj: object, to_raw: Callable[[int, int], Span]) -> None:
    """Spans are computed on the NFC text; turn them into offsets into the decoded original."""
    for name, kind in _span_plan(type(obj)):
        v = getattr(obj, name)
        if v is None:
            continue
        if kind == "span":
            setattr(obj, name, to_raw(*v))
        elif kind == "spans":
            setattr(obj, name, [to_raw(*s) for s in v])
        elif isinstance(v, list):
            for x in v:
                _map_spans(x, to_raw)
        else:
            _map_spans(v, to_raw)


_PLANS: dict[type, tuple[tuple[str, str], ...]] = {}


def _span_plan(cls: type) -> tuple[tuple[str, str], ...]:
    """The fields of a model class that hold spans ("span", "spans") or items that do ("items"), read once
    from its type hints so that mapping a report touches only those."""
    if cls not in _PLANS:
        _PLANS[cls] = _read_span_plan(cls)
    return _PLANS[cls]


def _read_span_plan(cls: type) -> tuple[tuple[str, str], ...]:
    hints = get_type_hints(cls)
    plan: list[tuple[str, str]] = []
    for f in fields(cls):
        hint = hints[f.name]
        args = get_args(hint)
        if hint == list[Span]:
            plan.append((f.name, "spans"))
        elif hint == Span or Span in args:  # Span or Span | None
            plan.append((f.name, "span"))
        elif any(is_dataclass(a) or any(is_dataclass(b) for b in get_args(a)) for a in (hint, *args)):
            plan.append((f.name, "items"))
    return tuple(plan)


def extract_file(path: str | Path, verify: bool = True, known_chrome: frozenset[str] = frozenset()) -> Report:
    return extract(read_source(path), verify=verify, known_chrome=known_chrome)


def site_chrome(sources: Sequence[Source]) -> frozenset[str]:
    """Lines repeated across several pages of one batch (menus, footers of a site), for ``known_chrome``."""
    return repeated_lines([s.text for s in sources])


def extract_batch(sources: Sequence[Source], verify: bool = True) -> list[Report]:
    """Several texts of one batch (a folder of pages saved from one site): the lines they share that are not
    sentences are taken as the site's chrome in each. The hook for batch importers."""
    known = site_chrome(sources) if len(sources) > 1 else frozenset()
    return [extract(s, verify=verify, known_chrome=known) for s in sources]


def extract_text(text: str, name: str = "văn bản dán", verify: bool = True) -> Report:
    return extract(source_from_text(text, name=name), verify=verify)
