"""The extraction contract, measured on the dev corpus with the shared scorer."""

from __future__ import annotations

import importlib.util
import json
import re
import unicodedata
from pathlib import Path

import pytest

from desktop.core.serialize import report_to_dict
from tests.conftest import GOLD

NON_FINDING = ["title", "meeting.date", "documents", "people", "indicators", "ratios", "tallies",
               "tallies.parts", "tasks", "proposals", "noise.removed", "noise.kept"]


def _scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("score_extraction", shared / "tools" / "score_extraction.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def scores(shared_dir, dev_reports):
    mod = _scorer(shared_dir)
    acc = {f: mod.Counts() for f in mod.FIELDS}
    for stem, (_path, report) in dev_reports.items():
        gold = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
        pred = json.loads(json.dumps(report_to_dict(report), ensure_ascii=False))
        mod.score_file(gold, pred, acc)
    return {f: c.prf()[2] for f, c in acc.items() if c.tp + c.fp + c.fn}


def test_macro_f1_without_findings(scores) -> None:
    used = [scores[f] for f in NON_FINDING if f in scores]
    assert sum(used) / len(used) >= 0.90


@pytest.mark.parametrize("field", NON_FINDING)
def test_each_field_at_least_080(scores, field: str) -> None:
    assert scores.get(field, 1.0) >= 0.80


@pytest.mark.parametrize("field", ["noise.removed", "noise.kept", "title", "documents", "ratios"])
def test_strict_fields_at_least_095(scores, field: str) -> None:
    assert scores[field] >= 0.95


def test_spans_point_at_the_item_in_the_original_text(dev_reports) -> None:
    """Spans index the decoded original (before NFC and CRLF changes), so the UI can highlight."""
    checked = 0
    for _stem, (_path, r) in dev_reports.items():
        def at(span, text: str = r.text) -> str:
            return unicodedata.normalize("NFC", text[span[0] : span[1]]).replace("\r\n", "\n")

        for d in r.documents:
            assert d.number in at(d.span) or d.number.lstrip("0") in at(d.span)
            checked += 1
        for p in r.people:
            assert at(p.span) == p.name
            checked += 1
        for x in r.ratios:
            nums = re.findall(r"[\d.,]+", at(x.span))
            assert len(nums) >= 2
            checked += 1
        for t in r.tasks:
            assert re.sub(r"\s+", " ", at(t.span)) == re.sub(r"\s+", " ", t.text)
            checked += 1
        for p in r.proposals:
            assert at(p.span) == p.text
            checked += 1
    assert checked > 200


def test_windows_1258_spans_survive_crlf_and_combining_marks(dev_reports) -> None:
    _path, r = dev_reports["bao-cao-tuan-ubnd-windows-1258"]
    assert "\r\n" in r.text and not unicodedata.is_normalized("NFC", r.text)
    owners = {t.owner for t in r.tasks}
    assert "Phòng Kinh tế" in owners
    lo = next(p for p in r.people if p.name == "Lò Thị Xiêng")
    assert unicodedata.normalize("NFC", r.text[lo.span[0] : lo.span[1]]) == "Lò Thị Xiêng"
