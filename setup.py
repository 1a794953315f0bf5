"""Builds the extraction core as C extensions with mypyc, only when asked: ``REPORTDESK_COMPILE=1``.

The metadata lives in pyproject.toml; this file only adds the compiled modules. An install is pure
Python (``pip install -e .`` takes seconds, works the same everywhere). ``packaging/build.py`` sets
``REPORTDESK_COMPILE=1`` for the Windows bundle: mypyc (part of mypy, asked for below as a build
requirement only then) turns the type-annotated core into C that CPython loads in place of the .py
files — the same code and results, about a fifth less work per article (README, Speed). Asked to
compile, the build fails when it cannot (no C compiler, a type error): a bundle is never pure by
accident. ``desktop/core/native.py`` lists the modules and falls back to the sources at run time
when they are newer than the compiled modules.
"""

from __future__ import annotations

import os
import sys

from setuptools import setup

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from desktop.core.native import COMPILED, GROUP, MYPYC, compile_requested  # plain Python: nothing installed yet

# The commands that build; pip's other hooks (metadata, requirements) import this file too, and
# need not spend half a minute on mypyc's type check and C generation.
_BUILDS = {"build", "build_ext", "bdist_wheel", "editable_wheel", "develop", "install"}


def _ext_modules() -> list:
    if not compile_requested() or not _BUILDS.intersection(sys.argv[1:]):
        return []
    from mypyc.build import mypycify  # REPORTDESK_COMPILE=1 without mypy: an error, not a pure build

    return mypycify([m.replace(".", "/") + ".py" for m in COMPILED], opt_level="3", group_name=GROUP)


# setup_requires becomes a build requirement of pip's isolated build (setuptools' PEP 517 backend):
# mypy is fetched only for a compiled build.
setup(ext_modules=_ext_modules(), setup_requires=[MYPYC] if compile_requested() else [])
