"""The layers hold (README, Layout): the import-linter contracts in pyproject.toml pass, and no desktop module
reaches itself again through its imports (a circle makes the import order matter and hides a layer crossed)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

from tests.conftest import ROOT

needs_import_linter = pytest.mark.skipif(importlib.util.find_spec("importlinter") is None,
                                         reason="import-linter is not installed (the test extra has it)")

_LINT = "import sys; from importlinter.cli import lint_imports; sys.exit(lint_imports(no_cache=True, no_logo=True))"


@needs_import_linter
def test_the_import_contracts_hold() -> None:
    """core: no Qt, SQL, store, export, UI; store: no Qt, export, UI; export: no Qt, SQL, store, UI — also
    through a third module; no circle between sibling modules or packages."""
    out = subprocess.run([sys.executable, "-c", _LINT], cwd=ROOT, capture_output=True, text=True,
                         encoding="utf-8", timeout=300)
    assert out.returncode == 0, out.stdout[-4000:] + out.stderr[-2000:]


def _cycles(imports: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(m: str) -> None:
        index[m] = low[m] = len(index)
        stack.append(m)
        on_stack.add(m)
        for n in imports.get(m, ()):
            if n not in index:
                visit(n)
                low[m] = min(low[m], low[n])
            elif n in on_stack:
                low[m] = min(low[m], index[n])
        if low[m] == index[m]:
            group = []
            while True:
                n = stack.pop()
                on_stack.discard(n)
                group.append(n)
                if n == m:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for m in sorted(imports):
        if m not in index:
            visit(m)
    return groups


def test_cycles_are_found() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert _cycles(graph) == [["a", "b", "c"]]


@needs_import_linter  # grimp comes with it
def test_no_import_circle_among_desktop_modules() -> None:
    """Imports inside functions count (they run too); those under ``TYPE_CHECKING`` do not."""
    import grimp

    sys.path.insert(0, str(ROOT))
    try:
        graph = grimp.build_graph("desktop", exclude_type_checking_imports=True, cache_dir=None)
    finally:
        sys.path.remove(str(ROOT))
    imports = {m: set(graph.find_modules_directly_imported_by(m)) for m in graph.modules}
    assert _cycles(imports) == []
