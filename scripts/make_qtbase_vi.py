"""Vietnamese for Qt's own texts (Qt ships no ``qtbase_vi.qm``): builds ``i18n/qtbase_vi.ts`` and ``.qm``.

    python scripts/make_qtbase_vi.py

Only the strings the app shows: the context menu of a line or text field, the buttons of message boxes and
button boxes, the file dialog's labels, a spin box's menu. The source texts are Qt's own (context, English);
the window loads the .qm when the interface is Vietnamese (:mod:`desktop.ui.qt_strings`).
"""

from __future__ import annotations

import html
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "i18n" / "qtbase_vi.ts"

EDIT_MENU = {"&Undo": "&Hoàn tác", "&Redo": "&Làm lại", "Cu&t": "&Cắt", "&Copy": "&Sao chép", "&Paste": "&Dán",
             "Delete": "Xóa", "Select All": "Chọn tất cả"}
VI: dict[str, dict[str, str]] = {
    "QLineEdit": EDIT_MENU,
    "QWidgetTextControl": {**EDIT_MENU, "Copy &Link Location": "Sao chép địa chỉ &liên kết"},
    "QAbstractSpinBox": {"&Select All": "&Chọn tất cả", "&Step up": "&Tăng", "Step &down": "&Giảm"},
    "QPlatformTheme": {
        "OK": "Đồng ý", "Save": "Lưu", "Save All": "Lưu tất cả", "Open": "Mở", "&Yes": "&Có",
        "Yes to &All": "Có với &tất cả", "&No": "&Không", "N&o to All": "Khô&ng với tất cả", "Abort": "Hủy bỏ",
        "Retry": "Thử lại", "Ignore": "Bỏ qua", "Close": "Đóng", "Cancel": "Hủy", "Discard": "Không lưu",
        "Help": "Trợ giúp", "Apply": "Áp dụng", "Reset": "Đặt lại", "Restore Defaults": "Khôi phục mặc định"},
    "QGnomeTheme": {"&OK": "Đồng ý", "&Save": "&Lưu", "&Cancel": "&Hủy", "&Close": "Đó&ng",
                    "Close without Saving": "Đóng không lưu"},
    "QDialogButtonBox": {"OK": "Đồng ý"},
    "QMessageBox": {"Show Details...": "Xem chi tiết…", "Hide Details...": "Ẩn chi tiết…"},
    "QProgressDialog": {"Cancel": "Hủy"},
    "QFileDialog": {
        "Look in:": "Tìm trong:", "File &name:": "&Tên tệp:", "Files of type:": "Loại tệp:", "&Open": "&Mở",
        "&Save": "&Lưu", "&Choose": "&Chọn", "Open": "Mở", "Save As": "Lưu thành", "Back": "Quay lại",
        "Forward": "Tiếp", "Parent Directory": "Thư mục cha", "Create New Folder": "Tạo thư mục mới",
        "List View": "Dạng danh sách", "Detail View": "Dạng chi tiết", "New Folder": "Thư mục mới",
        "&New Folder": "Thư mục &mới", "&Delete": "&Xóa", "&Rename": "Đổi &tên", "Delete": "Xóa",
        "Remove": "Bỏ", "Show &hidden files": "Hiện tệp ẩ&n", "Directory:": "Thư mục:", "Directories": "Thư mục",
        "File": "Tệp", "Files": "Tệp", "Folder": "Thư mục", "File Folder": "Thư mục", "Drive": "Ổ đĩa",
        "Unknown": "Không rõ", "Shortcut": "Lối tắt", "Alias": "Bí danh", "My Computer": "Máy tính",
        "All Files (*)": "Tất cả tệp (*)", "All files (*)": "Tất cả tệp (*)", "%1 File": "Tệp %1",
        "Find Directory": "Chọn thư mục", "Recent Places": "Nơi mở gần đây", "Sidebar": "Thanh bên",
        "List of places and bookmarks": "Danh sách nơi lưu và dấu trang", "Go back": "Quay lại",
        "Go forward": "Đi tiếp", "Go to the parent directory": "Lên thư mục cha",
        "Create a New Folder": "Tạo thư mục mới", "Change to list view mode": "Xem dạng danh sách",
        "Change to detail view mode": "Xem dạng chi tiết", "Could not delete directory.": "Không xóa được thư mục.",
        "Are you sure you want to delete '%1'?": "Bạn có chắc muốn xóa “%1”?",
        "'%1' is write protected.\nDo you want to delete it anyway?":
            "“%1” đang được bảo vệ chống ghi.\nBạn vẫn muốn xóa?",
        "%1 already exists.\nDo you want to replace it?": "%1 đã có.\nBạn có muốn ghi đè lên tệp đó?",
        "%1\nFile not found.\nPlease verify the correct file name was given.":
            "%1\nKhông tìm thấy tệp.\nHãy kiểm tra lại tên tệp.",
        "%1\nDirectory not found.\nPlease verify the correct directory name was given.":
            "%1\nKhông tìm thấy thư mục.\nHãy kiểm tra lại tên thư mục."},
    "QFileSystemModel": {"Name": "Tên", "Size": "Kích thước", "Type": "Loại", "Kind": "Loại",
                         "Date Modified": "Ngày sửa", "My Computer": "Máy tính", "Computer": "Máy tính",
                         "Invalid filename": "Tên tệp không hợp lệ"},
}


def ts_text() -> str:
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", '<TS version="2.1" language="vi_VN">']
    for context, messages in VI.items():
        out += ["<context>", f"    <name>{context}</name>"]
        for source, vi in messages.items():
            out += ["    <message>", f"        <source>{html.escape(source, quote=False)}</source>",
                    f"        <translation>{html.escape(vi, quote=False)}</translation>", "    </message>"]
        out.append("</context>")
    out.append("</TS>")
    return "\n".join(out) + "\n"


def main() -> int:
    TS.write_text(ts_text(), encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
