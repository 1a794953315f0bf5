"""Builds the extraction core as C extensions with mypyc, when it can.

The metadata lives in pyproject.toml; this file only adds the compiled modules. mypyc (part
of mypy) turns the type-annotated core into C that CPython loads in place of the .py files:
the same code and results, about a fifth less work per article (see README, Speed). Where
there is no C compiler (most Windows office PCs) or ``REPORTDESK_PURE=1`` is set, the
install is pure Python and works the same, only slower. ``desktop/core/native.py`` falls
back to the sources at run time when they are newer than the compiled modules.
"""

from __future__ import annotations

import os
import sys

from setuptools import setup

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from desktop.core.native import COMPILED, GROUP  # plain Python: nothing installed yet

# The commands that build; pip's other hooks (metadata, requirements) import this file too, and
# need not spend half a minute on mypyc's type check and C generation.
_BUILDS = {"build", "build_ext", "bdist_wheel", "editable_wheel", "develop", "install"}


def _ext_modules() -> list:
    if os.environ.get("REPORTDESK_PURE") or not _BUILDS.intersection(sys.argv[1:]):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        print("reportdesk: mypyc is not available; installing the pure-Python core", file=sys.stderr)
        return []
    try:
        exts = mypycify([m.replace(".", "/") + ".py" for m in COMPILED], opt_level="3", group_name=GROUP)
    except (Exception, SystemExit) as e:  # mypy reports type errors by exiting
        print(f"reportdesk: the core was not compiled ({e!r}); installing it as pure Python", file=sys.stderr)
        return []
    for ext in exts:
        ext.optional = True  # no C compiler: a warning and the pure-Python core, not a failed install
    return exts


setup(ext_modules=_ext_modules())
