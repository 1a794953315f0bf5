"""``reportdesk export --kind register`` (the Excel register) and ``--kind register-report`` (the Word report) on
the dev corpus imported into an empty library (issue 17, item 3): the workbook's live COUNTIF totals equal the
counts ``reportdesk tasks`` prints for the same day; the report's counts sentence adds up."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.cli import main
from tests.cli.test_cli_tasks import dev_library  # noqa: F401  (the fixture)
from tests.conftest import invented_offices

TODAY = "2025-12-31"


def _counts(url: str, capsys) -> Counter:
    assert main(["tasks", "--json", "--today", TODAY, "--db", url]) == 0
    return Counter(e["category"] for e in json.loads(capsys.readouterr().out))


def test_the_excel_register_counts_what_the_cli_counts(dev_library, tmp_path: Path, capsys) -> None:  # noqa: F811
    url, _stems = dev_library
    out = tmp_path / "so-theo-doi.xlsx"
    assert main(["export", "--kind", "register", "--out", str(out), "--today", TODAY, "--db", url]) == 0
    capsys.readouterr()
    cli = _counts(url, capsys)
    wb = load_workbook(out)
    assert sum(cli.values()) == sum(1 for r in wb.worksheets[0].iter_rows(min_row=1) if isinstance(r[0].value, int))
    formulas = [c.value for row in wb.worksheets[1].iter_rows() for c in row if isinstance(c.value, str)
                and c.value.startswith("=COUNTIF")]
    assert len(formulas) == 7  # one per category
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice not installed (formulas checked for presence only)")
    subprocess.run([soffice, "--headless", "--convert-to", "xlsx", "--outdir", str(tmp_path / "calc"), str(out)],
                   check=True, capture_output=True, timeout=180)
    summary = load_workbook(tmp_path / "calc" / out.name, data_only=True).worksheets[1]
    rows = [r for r in summary.iter_rows(values_only=True) if len(r) > 2 and isinstance(r[2], int | float)]
    parts, total = [int(r[2]) for r in rows[:-1]], int(rows[-1][2])
    assert len(parts) == 7 and sum(parts) == total == sum(cli.values())  # the parts, the total
    assert sorted(parts) == sorted(cli.get(c, 0) for c in ("done_on_time", "done_late", "open_on_time", "due_soon",
                                                           "open_overdue", "recurring", "no_deadline"))


def test_the_word_report_is_written_in_the_chosen_format(dev_library, tmp_path: Path, capsys) -> None:  # noqa: F811
    from docx import Document

    url, _stems = dev_library
    org = invented_offices()["state"]
    out = tmp_path / "bao-cao.docx"
    assert main(["export", "--kind", "register-report", "--profile", "state", "--out", str(out), "--today", TODAY,
                 "--org-name", org.name, "--place", org.place, "--code", org.code, "--authority", org.authority,
                 "--signer-position", org.signer_position, "--db", url]) == 0
    doc = Document(out)
    text = "\n".join([p.text for p in doc.paragraphs] + [c.text for t in doc.tables for r in t.rows for c in r.cells])
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and org.name in text
    capsys.readouterr()
    assert str(sum(_counts(url, capsys).values())) in text


def test_a_register_export_refuses_the_wrong_format(dev_library, tmp_path: Path, capsys) -> None:  # noqa: F811
    url, _stems = dev_library
    assert main(["export", "--kind", "register", "--format", "docx", "--out", str(tmp_path / "x.docx"),
                 "--db", url]) == 2
    assert "xlsx" in capsys.readouterr().err
    assert not (tmp_path / "x.docx").exists()
