"""The extraction engine: a :class:`~desktop.core.source.Source` in, a :class:`Report` out."""

from __future__ import annotations

from desktop.core.extract.pipeline import extract, extract_file, extract_text

__all__ = ["extract", "extract_file", "extract_text"]
