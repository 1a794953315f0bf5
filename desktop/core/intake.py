"""Text intake: .txt (UTF-8, UTF-16, Windows-1258, TCVN3), .docx and saved .html pages.

Every failure raises :class:`IntakeError` with a Vietnamese message that names the file
and the reason; nothing here touches the file beyond reading it.
"""

from __future__ import annotations

import codecs
import io
import re
import unicodedata
import zipfile
from pathlib import Path

from desktop.core.htmltext import parse_html
from desktop.core.readable_errors import describe
from desktop.core.source import Source, TextBuilder, plain_text_parts
from desktop.core.tcvn3 import decode_tcvn3, looks_like_tcvn3
from desktop.core.textnorm import normalize

MAX_BYTES = 50 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
DOCX_SUFFIXES = {".docx"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | DOCX_SUFFIXES


class IntakeError(Exception):
    """A file that cannot be read; ``str(err)`` is a sentence for the clerk."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"Không đọc được tệp “{Path(path).name}”: {reason}")


def _is_docx_zip(data: bytes) -> bool:
    if data[:4] != b"PK\x03\x04":
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return "word/document.xml" in z.namelist()
    except (zipfile.BadZipFile, OSError):
        return False


def read_source(path: Path | str) -> Source:
    p = Path(path)
    if not p.exists():
        raise IntakeError(p, "tệp không tồn tại.")
    if p.is_dir():
        raise IntakeError(p, "đây là thư mục, không phải tệp.")
    suffix = p.suffix.lower()
    if suffix == ".doc":
        raise IntakeError(p, "định dạng Word cũ (.doc) chưa được hỗ trợ; hãy lưu lại thành .docx trong Word.")
    if suffix not in SUPPORTED_SUFFIXES:
        raise IntakeError(p, f"định dạng “{suffix}” chưa được hỗ trợ (chỉ nhận .txt, .docx, .html).")
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise IntakeError(p, f"tệp quá lớn ({size // 1_048_576} MB; tối đa 50 MB).")
        data = p.read_bytes()
    except PermissionError:
        raise IntakeError(p, "không có quyền đọc tệp.") from None
    except OSError as exc:
        raise IntakeError(p, f"lỗi khi đọc tệp: {describe(exc)}.") from None
    if not data.strip():
        raise IntakeError(p, "tệp rỗng, không có nội dung.")
    if suffix in DOCX_SUFFIXES or _is_docx_zip(data):
        return _read_docx(p, data)  # also a .docx that was renamed (".txt", no extension)
    if suffix in HTML_SUFFIXES:
        text, enc = _decode_html(p, data)
        return parse_html(text, name=p.name, encoding=enc)
    text, enc = decode_text(p, data)
    if not text.strip():
        raise IntakeError(p, "tệp không có chữ nào đọc được.")
    if re.match(r"\s*<(!doctype html|html)", text[:200], re.IGNORECASE):  # a web page saved as .txt
        return parse_html(text, name=p.name, encoding=enc)
    norm, blocks, tables, hint = plain_text_parts(normalize(text))
    return Source(name=p.name, kind="txt", norm=norm, blocks=blocks, tables=tables, title_hint=hint, encoding=enc)


def _vietnamese_score(text: str) -> float:
    """Share of letters that are Vietnamese letters or combining tone marks."""
    letters = sum(1 for c in text if c.isalpha() or unicodedata.combining(c))
    if not letters:
        return 0.0
    viet = sum(1 for c in unicodedata.normalize("NFC", text) if "\u00c0" <= c <= "\u1ef9")
    return viet / letters


def decode_text(path: Path | str, data: bytes) -> tuple[str, str]:
    """Decode a plain-text file, detecting UTF-8/16 (BOM or not), Windows-1258 and TCVN3."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise IntakeError(path, "tệp UTF-16 bị hỏng, không giải mã được.") from None
    if b"\x00" in data[:4096]:
        even, odd = data[0:4096:2].count(0), data[1:4096:2].count(0)
        if max(even, odd) > len(data[:4096]) // 5:
            enc = "utf-16-be" if even > odd else "utf-16-le"
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                pass
        raise IntakeError(path, "đây là tệp nhị phân, không phải văn bản.")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if looks_like_tcvn3(data):
        return decode_tcvn3(data), "tcvn3"
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError:
        text = ""
    if text and _vietnamese_score(text) > 0.02:
        return text, "cp1258"
    if text and not re.search(r"[\x80-\xff]", text):
        return text, "cp1258"
    raise IntakeError(
        path,
        "không nhận ra bảng mã (đã thử UTF-8, UTF-16, Windows-1258, TCVN3). "
        "Hãy mở tệp bằng Notepad và lưu lại với bảng mã UTF-8.",
    )


def _decode_html(path: Path, data: bytes) -> tuple[str, str]:
    m = re.search(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_\-]+)", data[:4096], re.IGNORECASE)
    if m:
        enc = m.group(1).decode("ascii", "replace").lower()
        try:
            return data.decode(enc), enc
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_text(path, data)


def _read_docx(path: Path, data: bytes) -> Source:
    try:
        import docx
        from docx.oxml.ns import qn
    except ImportError:  # pragma: no cover - dependency missing
        raise IntakeError(path, "thiếu thư viện python-docx để đọc tệp Word.") from None
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx and lxml raise their own types for broken packages
        raise IntakeError(path, f"không mở được tệp Word: {describe(exc)}.") from None

    tb = TextBuilder()
    body = document.element.body
    p_tag, tbl_tag = qn("w:p"), qn("w:tbl")
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    from desktop.core.docxnum import ListNumbers

    numbers = ListNumbers(document)
    for child in body.iterchildren():
        if child.tag == p_tag:
            para = Paragraph(child, document)
            text = para.text  # python-docx walks the runs on every .text
            label = numbers.label(para) if text.strip() else ""
            for k, line in enumerate(text.split("\n")):  # a line break (Shift+Enter) starts a new line
                tb.add_block(f"{label} {line}" if label and k == 0 else line, "li" if label else "p")
        elif child.tag == tbl_tag:
            _add_table(tb, Table(child, document))
    source = tb.build(path.name, "docx")
    if not source.text.strip():
        raise IntakeError(path, "tài liệu Word không có chữ.")
    return source


def _add_table(tb: TextBuilder, table) -> None:
    t_index = len(tb.tables)
    rows: list[list[tuple[int, int]]] = []
    tb.tables.append(rows)
    for r_index, row in enumerate(table.rows):
        seen: set[int] = set()
        cells: list[tuple[int, int]] = []
        for cell in row.cells:
            if id(cell._tc) in seen:  # merged cells repeat
                continue
            seen.add(id(cell._tc))
            col = len(cells)
            start: int | None = None
            end = None
            for para in cell.paragraphs:
                for line in para.text.split("\n"):
                    b = tb.add_block(line, "cell", cell=(t_index, r_index, col))
                    if b is not None:
                        start = b.start if start is None else start
                        end = b.end
            if start is None:
                # empty cell: remember an empty span at the current end
                start = end = tb.length
            cells.append((start, end if end is not None else start))
        rows.append(cells)
