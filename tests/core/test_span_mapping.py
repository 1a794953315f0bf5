"""Every span of a report, wherever it sits (items, tally parts, people's mentions, findings), points into
the original text, also when extraction ran on a normalised copy (CRLF line ends, decomposed marks)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import fields, is_dataclass
from pathlib import Path

import pytest

from desktop.core.extract import extract_text

SAMPLES = sorted((Path(__file__).resolve().parents[2] / "resources" / "samples").glob("*.txt"))


def _spans(obj: object, path: str = "") -> Iterator[tuple[str, tuple[int, int]]]:
    """(where, span) for every span in a report, found by walking all of its values."""
    if isinstance(obj, list):
        for i, x in enumerate(obj):
            yield from _spans(x, f"{path}[{i}]")
    elif isinstance(obj, tuple) and len(obj) == 2 and all(isinstance(v, int) for v in obj):
        yield path, obj  # type: ignore[misc]
    elif is_dataclass(obj):
        for f in fields(obj):
            if f.name != "text":
                yield from _spans(getattr(obj, f.name), f"{path}.{f.name}")


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_every_span_maps_back_to_the_original(sample: Path) -> None:
    text = sample.read_text(encoding="utf-8").replace("\r\n", "\n")
    raw = unicodedata.normalize("NFD", text).replace("\n", "\r\n")
    clean, mapped = extract_text(text), extract_text(raw)
    assert mapped.text == raw
    pairs = list(zip(_spans(clean), _spans(mapped), strict=True))
    kinds = {where.rsplit(".", 1)[-1].split("[")[0] for (where, _), _ in pairs}
    assert {"span", "title_span", "mentions", "spans"} <= kinds
    assert any(".parts[" in where for (where, _), _ in pairs)
    for (where, (s, e)), (where2, (rs, re_)) in pairs:
        assert where == where2
        assert unicodedata.normalize("NFC", raw[rs:re_]).replace("\r\n", "\n") == text[s:e], where
        if s < e and len(text[s:e].encode()) != len(raw[rs:re_].encode()):
            assert (rs, re_) != (s, e), where  # the mapped span really moved
