"""A small journal of the files of a running import, so that a start after the app was killed mid-import can
say which files were not imported. Written atomically (temporary file, then rename) in the data folder as the
import goes; deleted when the import ends, whether it finished, was stopped or failed."""

from __future__ import annotations

import json
import os
from pathlib import Path

from desktop.store.paths import data_dir

JOURNAL_NAME = "nhap-dang-do.json"


def journal_path() -> Path:
    return data_dir() / JOURNAL_NAME


class ImportJournal:
    """The files of one import not yet done. Every call rewrites the journal; an I/O error is ignored (the
    journal is a courtesy: the import itself must not fail for it)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or journal_path()
        self.pending: list[str] = []

    def begin(self, files: list[Path]) -> None:
        self.pending = [str(f) for f in files]
        self._write()

    def done(self, file: Path) -> None:
        if str(file) in self.pending:
            self.pending.remove(str(file))
            self._write()

    def end(self) -> None:
        self.pending = []
        self.path.unlink(missing_ok=True)

    def _write(self) -> None:
        tmp = self.path.with_name(self.path.name + ".tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(json.dumps({"files": self.pending}, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError:
            tmp.unlink(missing_ok=True)


def interrupted_files(path: Path | None = None, clear: bool = True) -> list[Path]:
    """The files an import left unfinished (the app was killed during it); the journal is then removed
    (``clear``), so that they are named once."""
    path = path or journal_path()
    try:
        files = json.loads(path.read_text(encoding="utf-8")).get("files", [])
    except (OSError, ValueError, AttributeError):
        files = []
    if clear:
        path.unlink(missing_ok=True)
    return [Path(f) for f in files if isinstance(f, str)]
