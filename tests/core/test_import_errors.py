"""Import errors read as sentences for the clerk, without Python's exception names (issue 16, point 14)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from desktop.core.readable_errors import describe
from desktop.store.db import open_database
from desktop.store.importer import import_paths
from desktop.store.library import Library

TECHNICAL = re.compile(r"Error|Exception|BadZip|XMLSyntax|Traceback|PackageNotFound|KeyError|lxml|docx\.opc")


def _broken_files(tmp: Path) -> list[Path]:
    not_a_zip = tmp / "bao-cao-hong.docx"
    not_a_zip.write_bytes(b"PK\x03\x04 this was cut short by an e-mail client" + bytes(range(256)))
    bad_xml = tmp / "bao-cao-xml-hong.docx"
    with zipfile.ZipFile(bad_xml, "w") as z:
        z.writestr("[Content_Types].xml", "<Types><unclosed")
        z.writestr("word/document.xml", "<w:document><w:body><w:p>")
    undecodable = tmp / "bang-ma-la.txt"
    undecodable.write_bytes(bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D, 0xFF, 0xFE, 0x80]) * 40)
    return [not_a_zip, bad_xml, undecodable]


def test_broken_files_give_vietnamese_reasons_without_exception_names(tmp_path: Path) -> None:
    lib = Library(open_database(f"sqlite:///{tmp_path / 'lib.sqlite3'}"))
    files = _broken_files(tmp_path)
    results = import_paths(lib, files, who="test")
    assert [r.status for r in results] == ["failed"] * 3
    for r in results:
        assert r.reason and not TECHNICAL.search(r.reason), r.reason
    assert "Word" in results[0].reason and "Word" in results[1].reason
    assert "bảng mã" in results[2].reason


@pytest.mark.parametrize("exc", [zipfile.BadZipFile("File is not a zip file"), KeyError("word/document.xml"),
                                 UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"),
                                 OSError(28, "No space left on device"), RuntimeError("boom")])
def test_describe_names_no_class_and_keeps_no_english_message(exc: BaseException) -> None:
    text = describe(exc)
    assert type(exc).__name__ not in text and str(exc) not in text and not TECHNICAL.search(text)
