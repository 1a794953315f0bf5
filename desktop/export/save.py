"""Saving an export safely: a temporary name first, then a rename, so a failed export never
leaves a broken file; a target open in Word/Excel gets a clear message and another name."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


class ExportError(Exception):
    """``str(err)`` is a sentence for the clerk; ``suggestion`` a file name that would work."""

    def __init__(self, message: str, suggestion: Path | None = None) -> None:
        super().__init__(message)
        self.suggestion = suggestion


def lock_files(path: Path) -> list[Path]:
    """The owner files Word/Excel (``~$name``) and LibreOffice (``.~lock.name#``) keep beside an open file."""
    return [p for p in (path.with_name("~$" + path.name[2:] if len(path.name) > 8 else "~$" + path.name),
                        path.with_name("~$" + path.name), path.with_name(f".~lock.{path.name}#")) if p.exists()]


def free_name(path: Path) -> Path:
    """``bao-cao.docx`` → ``bao-cao (2).docx``, the first name nobody uses or has open."""
    k = 2
    while True:
        cand = path.with_name(f"{path.stem} ({k}){path.suffix}")
        if not cand.exists() and not lock_files(cand):
            return cand
        k += 1


def save_atomic(obj, path: str | Path) -> Path:
    path = Path(path)
    if lock_files(path):
        alt = free_name(path)
        raise ExportError(f"Tệp “{path.name}” đang được mở trong Word/Excel. Hãy đóng tệp đó, hoặc lưu với tên "
                          f"“{alt.name}”.", alt)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".reportdesk-", suffix=path.suffix, dir=path.parent)
        os.close(fd)
    except OSError as exc:
        raise ExportError(f"Không ghi được vào thư mục “{path.parent}”: {exc.strerror or exc}. Hãy chọn thư mục "
                          f"khác (ví dụ Tài liệu của bạn).") from None
    try:
        obj.save(tmp)
        os.replace(tmp, path)
    except PermissionError:
        Path(tmp).unlink(missing_ok=True)
        alt = free_name(path)
        raise ExportError(f"Không ghi đè được “{path.name}”: tệp đang mở hoặc chỉ cho phép đọc. Hãy đóng tệp, hoặc "
                          f"lưu với tên “{alt.name}”.", alt) from None
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        full = getattr(exc, "errno", None) == 28
        reason = "ổ đĩa đã đầy" if full else (exc.strerror or str(exc))
        raise ExportError(f"Không lưu được “{path.name}”: {reason}. Tệp cũ (nếu có) vẫn nguyên vẹn.") from None
    return path
