"""The extraction engine: a :class:`~desktop.core.source.Source` in, a :class:`Report` out."""

from __future__ import annotations

from desktop.core.extract.pipeline import extract, extract_batch, extract_file, extract_text, site_chrome

__all__ = ["extract", "extract_batch", "extract_file", "extract_text", "site_chrome"]
