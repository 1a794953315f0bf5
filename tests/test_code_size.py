"""Size limits of the core (issue 14): every module under ``desktop/core`` at most 400 lines, every function
(methods and nested functions too) at most 60. Small modules of one job and short named helpers keep the
extraction rules readable and reviewable; a long function is split into steps, not squeezed into fewer lines.

A module's lines are all its lines, docstring included; a function's run from its ``def`` line (decorators
above it are not counted) to its last line.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60
CORE = ROOT / "desktop" / "core"

# Modules over the limits while another change restructures them. A file leaves this set as soon as it
# meets the limits (the test below fails until it does): the set can only shrink.
PENDING: set[str] = set()


def _violations(path: Path, root: Path = ROOT) -> list[str]:
    """What in ``path`` is over the limits, one line each."""
    source = path.read_text(encoding="utf-8")
    rel = path.relative_to(root).as_posix()
    found = []
    lines = len(source.splitlines())
    if lines > MAX_MODULE_LINES:
        found.append(f"{rel}: {lines} lines (at most {MAX_MODULE_LINES})")
    for node in ast.walk(ast.parse(source, filename=rel)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            if length > MAX_FUNCTION_LINES:
                found.append(f"{rel}:{node.lineno}: {node.name}() has {length} lines (at most {MAX_FUNCTION_LINES})")
    return found


def _core_modules() -> list[Path]:
    return sorted(CORE.rglob("*.py"))


def test_core_modules_and_functions_are_within_the_limits() -> None:
    over = [v for path in _core_modules() if path.relative_to(ROOT).as_posix() not in PENDING
            for v in _violations(path)]
    assert not over, "over the size limits:\n" + "\n".join(over)


def test_pending_files_are_still_over_the_limits() -> None:
    """A PENDING file that meets the limits must leave PENDING, so that the limits hold for it from then on."""
    missing = sorted(rel for rel in PENDING if not (ROOT / rel).exists())
    assert not missing, f"PENDING names files that do not exist: {missing}"
    done = sorted(rel for rel in PENDING if not _violations(ROOT / rel))
    assert not done, f"within the limits now, remove from PENDING: {done}"


def test_the_check_sees_a_long_function_and_a_long_module(tmp_path: Path) -> None:
    body = "\n".join(f"    x{k} = {k}" for k in range(MAX_FUNCTION_LINES))
    sample = tmp_path / "probe.py"
    text = f"@staticmethod\ndef long() -> None:\n{body}\n" + "\n" * MAX_MODULE_LINES
    sample.write_text(text, encoding="utf-8")
    found = _violations(sample, tmp_path)
    assert any("long() has 61 lines" in v for v in found), found
    assert any(f"{len(text.splitlines())} lines" in v for v in found), found


def test_the_check_allows_a_function_and_a_module_at_the_limits(tmp_path: Path) -> None:
    body = "\n".join(f"    x{k} = {k}" for k in range(MAX_FUNCTION_LINES - 1))
    text = f"@staticmethod\ndef full() -> None:\n{body}\n"
    text += "\n" * (MAX_MODULE_LINES - len(text.splitlines()))
    sample = tmp_path / "probe.py"
    sample.write_text(text, encoding="utf-8")
    assert len(text.splitlines()) == MAX_MODULE_LINES
    assert _violations(sample, tmp_path) == []
