"""Which core modules the Windows bundle compiles with mypyc, and whether compiled ones are in use.

An install is pure Python. ``packaging/build.py`` (the bundle) sets ``REPORTDESK_COMPILE=1``
(:func:`compile_requested`), and ``setup.py`` then compiles the modules in :data:`COMPILED` into C
extensions that sit next to their sources (one shared library, ``desktop/core/_native__mypyc``, and
a small extension per module). CPython imports an extension before a ``.py`` of the same name, so an
extension older than its source — the source was edited, pulled or checked out after the build — would
run old code. :func:`use_sources_if_stale` (run when ``desktop.core`` is first imported) then makes
every compiled module load from its source instead: all of them or none, never a mix.
``REPORTDESK_PURE=1`` does the same on purpose, to compare the two on a compiled checkout. Nothing here
imports more than the standard library: ``setup.py`` reads :data:`COMPILED` before anything is
installed. The check runs in a source tree only (where ``pyproject.toml`` is): an install from a wheel
writes the sources and the extensions together, in no particular order.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

GROUP = "desktop.core._native"  # mypyc's shared library is GROUP + "__mypyc"
MYPYC = "mypy~=2.4"  # what compiles (mypyc ships with mypy); 2.4 tested
COMPILE_SETTING = "REPORTDESK_COMPILE"


def compile_requested() -> bool:
    """True when the build is asked to compile the core (``REPORTDESK_COMPILE=1``; packaging/build.py)."""
    return os.environ.get(COMPILE_SETTING, "").strip() not in ("", "0")


# The hot path of `extract`. Not compiled: model.py (the pipeline reads its type hints, which
# compiled classes do not keep), verify.py and intake.py (little time, and file formats).
COMPILED = (
    "desktop.core.rx",
    "desktop.core.lexicon",
    "desktop.core.vnnum",
    "desktop.core.textnorm",
    "desktop.core.blocks",
    "desktop.core.source",
    "desktop.core.layout",
    "desktop.core.extract.common",
    "desktop.core.extract.enumeration",
    "desktop.core.extract.documents",
    "desktop.core.extract.mention",
    "desktop.core.extract.position_words",
    "desktop.core.extract.person_names",
    "desktop.core.extract.positions",
    "desktop.core.extract.bylines",
    "desktop.core.extract.people",
    "desktop.core.extract.meeting",
    "desktop.core.extract.count_mentions",
    "desktop.core.extract.tally_parts",
    "desktop.core.extract.tally_enumerated",
    "desktop.core.extract.tallies",
    "desktop.core.extract.counts",
    "desktop.core.extract.task_owner",
    "desktop.core.extract.task_fields",
    "desktop.core.extract.request_direction",
    "desktop.core.extract.task_collector",
    "desktop.core.extract.task_items",
    "desktop.core.extract.directives",
    "desktop.core.extract.task_tables",
    "desktop.core.extract.tasks",
    "desktop.core.extract.indicator_values",
    "desktop.core.extract.label_clean",
    "desktop.core.extract.indicator_year",
    "desktop.core.extract.indicator_label",
    "desktop.core.extract.indicator_tables",
    "desktop.core.extract.indicators",
    "desktop.core.extract.links",
    "desktop.core.extract.pipeline",
)

_ROOT = Path(__file__).resolve().parents[2]  # the directory that holds desktop/
_reason = "not compiled"


def _extension(name: str, root: Path = _ROOT) -> Path | None:
    base = root / name.replace(".", "/")
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        path = base.parent / (base.name + suffix)
        if path.exists():
            return path
    return None


class _FromSource(importlib.abc.MetaPathFinder):
    """Finds the compiled modules' ``.py`` files ahead of their extensions."""

    def find_spec(self, fullname: str, path: object = None, target: ModuleType | None = None
                  ) -> importlib.machinery.ModuleSpec | None:
        if fullname not in COMPILED:
            return None
        return importlib.util.spec_from_file_location(fullname, _ROOT / (fullname.replace(".", "/") + ".py"))


def why_not_compiled(root: Path = _ROOT) -> str | None:
    """None when the compiled modules under ``root`` are complete and newer than their sources;
    otherwise why they are not used."""
    built = {name: _extension(name, root) for name in (*COMPILED, GROUP + "__mypyc")}
    if not any(built.values()):
        return "not compiled"
    if os.environ.get("REPORTDESK_PURE"):
        return "REPORTDESK_PURE is set"
    if not all(built.values()):
        return "the compiled build is incomplete"
    if not (root / "pyproject.toml").exists():
        return None  # installed from a wheel: sources and extensions were written together, nobody edits them
    for name in COMPILED:
        source = root / (name.replace(".", "/") + ".py")
        extension = built[name]
        if extension is not None and source.exists() and source.stat().st_mtime > extension.stat().st_mtime:
            return f"{source.name} is newer than its compiled module: reinstall to compile again"
    return None


def use_sources_if_stale() -> None:
    global _reason
    if getattr(sys, "frozen", False):  # a bundle holds what was built, and no sources
        return
    reason = why_not_compiled()
    if reason is not None and reason != "not compiled" and not any(isinstance(f, _FromSource) for f in sys.meta_path):
        sys.meta_path.insert(0, _FromSource())
    _reason = reason or ""


def status() -> str:
    """What runs: "compiled (mypyc)" or "pure Python (why)"."""
    from desktop.core.extract import counts

    if not (counts.__file__ or "").endswith(".py"):
        return "compiled (mypyc)"
    return f"pure Python ({_reason or 'not compiled'})"
