"""Python exceptions as sentences for the clerk: what went wrong, in Vietnamese, without class names.

An import or a read that fails shows the clerk a reason she can act on ("the Word file is damaged",
"the disk is full"), never ``BadZipFile`` or ``XMLSyntaxError``; the technical detail belongs in a log.
"""

from __future__ import annotations

import zipfile

# (exception class name, sentence), most specific first; matched by name along the class's MRO, so that
# optional libraries (lxml, python-docx) need not be imported here.
_BY_NAME: tuple[tuple[str, str], ...] = (
    ("BadZipFile", "tệp không phải tệp Word .docx hợp lệ hoặc đã bị hỏng (không mở được như một gói .docx)"),
    ("XMLSyntaxError", "nội dung bên trong tệp Word bị hỏng (không đọc được cấu trúc văn bản)"),
    ("PackageNotFoundError", "tệp không phải tệp Word .docx hợp lệ hoặc đã bị hỏng"),
    ("InvalidXmlError", "nội dung bên trong tệp Word bị hỏng (không đọc được cấu trúc văn bản)"),
    ("UnicodeDecodeError", "không giải mã được chữ trong tệp; hãy mở tệp và lưu lại với bảng mã UTF-8"),
    ("UnicodeError", "không giải mã được chữ trong tệp; hãy mở tệp và lưu lại với bảng mã UTF-8"),
    ("MemoryError", "tệp quá lớn, máy không đủ bộ nhớ để xử lý"),
    ("RecursionError", "cấu trúc văn bản lồng nhau quá sâu, không xử lý được"),
    ("FileNotFoundError", "không tìm thấy tệp (có thể đã bị di chuyển hoặc xóa)"),
    ("PermissionError", "không có quyền đọc hoặc ghi tệp"),
    ("IsADirectoryError", "đây là thư mục, không phải tệp"),
    ("TimeoutError", "thao tác quá lâu, đã dừng"),
    ("OSError", "lỗi khi đọc hoặc ghi tệp trên đĩa"),
    ("KeyError", "tệp thiếu một phần bắt buộc (có thể đã bị hỏng)"),
    ("ValueError", "tệp có nội dung không hợp lệ"),
)
_GENERIC = "lỗi không lường trước khi xử lý tệp; hãy gửi tệp này cho bộ phận hỗ trợ"


def describe(exc: BaseException) -> str:
    """A Vietnamese sentence (no final stop) for ``exc``; never the exception's class name or raw message."""
    names = [cls.__name__ for cls in type(exc).__mro__]
    for name, sentence in _BY_NAME:
        if name in names:
            if name == "OSError" and isinstance(exc, OSError) and exc.errno == 28:
                return "đĩa đã đầy, không ghi được"
            return sentence
    if isinstance(exc, zipfile.LargeZipFile):  # pragma: no cover - rare
        return "tệp Word quá lớn"
    return _GENERIC
