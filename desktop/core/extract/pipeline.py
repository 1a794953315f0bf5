"""Runs the extractors in order over one text and maps every span back to the original."""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from functools import cache
from pathlib import Path

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
)
from desktop.core.extract.meeting import extract_meeting
from desktop.core.extract.people import extract_people
from desktop.core.extract.tasks import extract_tasks_and_proposals
from desktop.core.intake import read_source
from desktop.core.layout import analyse
from desktop.core.model import Report
from desktop.core.source import Source, source_from_text


def extract(source: Source, verify: bool = True) -> Report:
    clear_caches()  # caches live for one text only (and keep benchmarks honest)
    layout = analyse(source)
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
        encoding=source.encoding,
        kind=source.kind,
    )
    if verify:
        from desktop.core.verify import verify_report

        report.findings = verify_report(report)
    if source.norm.offsets is not None:
        _map_spans(report, source)
    return report


def _map_spans(obj: object, source: Source) -> None:
    """Spans are computed on the NFC text; turn them into offsets into the decoded original."""
    norm = source.norm
    if isinstance(obj, list):
        for x in obj:
            _map_spans(x, source)
        return
    if not is_dataclass(obj):
        return
    for name in _field_names(type(obj)):
        v = getattr(obj, name)
        if name in ("span", "title_span") and isinstance(v, tuple):
            setattr(obj, name, norm.span_to_raw(*v))
        elif name in ("mentions", "spans") and isinstance(v, list):
            setattr(obj, name, [norm.span_to_raw(*s) for s in v])
        elif isinstance(v, list) or is_dataclass(v):
            _map_spans(v, source)


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def extract_file(path: str | Path, verify: bool = True) -> Report:
    return extract(read_source(path), verify=verify)


def extract_text(text: str, name: str = "văn bản dán", verify: bool = True) -> Report:
    return extract(source_from_text(text, name=name), verify=verify)
