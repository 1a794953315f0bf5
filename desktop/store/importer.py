"""Batch import: files or folders (recursive) → extracted and stored, one transaction per file.

Each file ends as imported, duplicate (same text already in the library) or failed with a
reason; one bad file never stops the batch. Killing the process mid-batch leaves every
report either fully stored or absent.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from desktop.core.extract import extract
from desktop.core.extract.pipeline import site_chrome
from desktop.core.intake import IntakeError, read_source
from desktop.core.readable_errors import describe
from desktop.core.source import Source
from desktop.store.errors import StoreError
from desktop.store.library import Library, content_hash, current_user

IMPORTABLE = {".txt", ".docx", ".html", ".htm"}  # what a folder import picks up
CHROME_SAMPLE = 12  # pages of a folder read to find the lines its site repeats


@dataclass
class ImportResult:
    path: Path
    status: str  # imported | duplicate | failed
    report_id: int | None = None
    reason: str = ""

    @property
    def label(self) -> str:
        return {"imported": "đã nhập", "duplicate": "trùng, bỏ qua", "failed": "lỗi"}[self.status]


def iter_files(paths: Iterable[str | Path]) -> list[Path]:
    """The files to import: given files as they are, folders searched recursively for known types."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in IMPORTABLE
                              and not any(part.startswith(".") for part in f.relative_to(p).parts)))
        else:
            out.append(p)
    return out


STAGES = ("reading", "extracting", "saving")  # what :func:`import_one` tells its ``stage`` callback, in order


class ImportCancelled(Exception):
    """The import was stopped between two stages of a file: nothing of that file was stored."""


def import_one(library: Library, path: Path, who: str | None = None,
               known_chrome: frozenset[str] = frozenset(), stage: Callable[[str, Path], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> ImportResult:
    """Import one file. ``known_chrome``: lines that other pages of its batch repeat, the site's menus and
    footers (:func:`batch_chrome`). ``stage`` hears each of :data:`STAGES` as it starts (a large file takes
    seconds); ``cancelled`` is asked before each, and raises :class:`ImportCancelled` before anything is stored."""

    def begin(name: str) -> None:
        if cancelled and cancelled():
            raise ImportCancelled
        if stage:
            stage(name, path)

    begin("reading")
    source = _read(path)
    if isinstance(source, IntakeError):
        return ImportResult(path, "failed", reason=source.reason)
    h = content_hash(source.text)
    existing = library.find_by_hash(h)
    if existing is not None:
        return ImportResult(path, "duplicate", existing, "văn bản đã có trong thư viện")
    begin("extracting")
    try:
        report = extract(source, known_chrome=known_chrome)
    except Exception as exc:
        return ImportResult(path, "failed", reason=f"lỗi khi trích xuất: {describe(exc)}.")
    begin("saving")
    try:
        report_id, created = library.add_report(report, who=who, text_hash=h, source=source,
                                                known_chrome=known_chrome)
    except StoreError as err:
        return ImportResult(path, "failed", reason=str(err))
    return ImportResult(path, "imported" if created else "duplicate", report_id,
                        "" if created else "văn bản đã có trong thư viện")


def import_paths(library: Library, paths: Iterable[str | Path], who: str | None = None,
                 progress: Callable[[int, int, ImportResult], None] | None = None,
                 cancelled: Callable[[], bool] | None = None,
                 stage: Callable[[str, Path], None] | None = None) -> list[ImportResult]:
    """Import files and folders, one transaction per file; ``progress`` after each file, ``stage`` as each step
    of a file starts (:func:`import_one`). A cancel stops before the next step: the results so far are returned."""
    files = iter_files(paths)
    who = who or current_user()
    results: list[ImportResult] = []
    folders: dict[Path, list[Path]] = {}
    for f in files:  # a folder's pages together, wherever its subfolders sort among them
        folders.setdefault(f.parent, []).append(f)
    for batch in folders.values():
        # a site's menus and footer show on a dozen of its pages as well as on all: read a sample first, so that
        # the import of a large folder starts (and can be stopped) at once
        sample = [s for s in map(_read, batch[:CHROME_SAMPLE]) if isinstance(s, Source)] if len(batch) > 1 else []
        known = batch_chrome(sample)
        for f in batch:
            if cancelled and cancelled():
                return results
            try:
                res = import_one(library, f, who, known_chrome=known, stage=stage, cancelled=cancelled)
            except ImportCancelled:
                return results
            results.append(res)
            if progress:
                progress(len(results), len(files), res)
    return results


def batch_chrome(sources: list[Source]) -> frozenset[str]:
    """The lines that several pages of one folder share and that are no sentences: a site's menus, headings
    and footer, saved with every page. Two or more pages are needed to tell."""
    return site_chrome(sources) if len(sources) > 1 else frozenset()


def _read(path: Path) -> Source | IntakeError:
    try:
        return read_source(path)
    except IntakeError as err:
        return err


def journaled_import(db_url: str, paths: Iterable[str | Path], who: str | None = None,
                     progress: Callable[[int, int, ImportResult], None] | None = None,
                     cancelled: Callable[[], bool] | None = None,
                     stage: Callable[[str, Path], None] | None = None) -> list[ImportResult]:
    """:func:`import_paths` on its own connection to ``db_url`` (for a worker thread), with the files not done yet
    kept in the import journal, so that a start after the app was killed midway names them."""
    from desktop.store.db import open_database
    from desktop.store.import_journal import ImportJournal

    journal = ImportJournal()
    files = iter_files(paths)
    journal.begin(files)

    def done(n: int, total: int, res: ImportResult) -> None:
        journal.done(res.path)
        if progress is not None:
            progress(n, total, res)

    try:
        db = open_database(db_url)
        try:
            return import_paths(Library(db), files, who=who, progress=done, cancelled=cancelled, stage=stage)
        finally:
            db.close()
    finally:
        journal.end()
