"""Every test finds ../shared through tests/conftest.py's SHARED, so REPORTDESK_SHARED moves them all."""

from __future__ import annotations

import re

from tests.conftest import ROOT

# A path to the shared material built by hand: a "shared" path part after a slash.
_OWN_PATH = re.compile(r"""/\s*["']shared["']""")


def test_no_test_builds_its_own_path_to_the_shared_material() -> None:
    offenders = [f"{p.name}:{n}" for p in sorted((ROOT / "tests").glob("**/*.py")) if p.name != "conftest.py"
                 for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if _OWN_PATH.search(line)]
    assert offenders == [], f"use tests.conftest.SHARED/CORPUS/GOLD (REPORTDESK_SHARED): {offenders}"
