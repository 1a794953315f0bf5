"""``reportdesk --help`` lists the commands (a ``%`` in a help text made argparse raise instead)."""

from __future__ import annotations

import pytest

from desktop.cli import main


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    for command in ("extract", "check", "import", "search", "export", "delete"):
        assert command in out
    assert "tỷ lệ %" in out
