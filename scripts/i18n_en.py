"""English for the interface: fills ``i18n/reportdesk_en.ts`` (after ``pyside6-lupdate``) and builds the .qm.

    python scripts/i18n_en.py            # fill missing English texts, then run lrelease

Vietnamese is the source language. New strings without an entry here stay "unfinished" in the
.ts file for a translator to complete in Qt Linguist.
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "i18n" / "reportdesk_en.ts"

EN = {
    "Tạo mục {0} từ đoạn chọn": "Create {0} item from selection", "Sao chép": "Copy", "Kiểm tra": "Review",
    "Ghi chú": "Note", "Nhóm": "Group", "Chỉ tiêu": "Indicators", "Mức": "Qualifier", "Giá trị": "Value",
    "Đơn vị": "Unit", "Năm": "Year", "STT": "No.", "Việc": "Task", "Cơ quan chủ trì": "Lead agency",
    "Phối hợp": "Partners", "Thời hạn": "Deadline", "Sản phẩm": "Output", "Tình trạng": "Status",
    "Kiến nghị": "Proposals", "Tổng số": "Total", "Nội dung": "Subject", "Các phần": "Parts",
    "Số lượng": "Count", "Đạt": "Achieved", "Tổng": "Out of", "Đối tượng": "Noun", "Tỷ lệ %": "Rate %",
    "Loại văn bản": "Document type", "Số, ký hiệu": "Number", "Ngày": "Date", "Họ và tên": "Name",
    "Chức vụ": "Positions", "Nội dung cần kiểm tra": "What to check", "Chưa thực hiện": "Not started",
    "Đang thực hiện": "In progress", "Hoàn thành": "Done", "Hoàn thành chậm": "Done late",
    "Thường xuyên": "Ongoing", "Đồng ý": "OK",
    "Tìm (không cần dấu): nhiem vu, sa pa…": "Search (accents optional): nhiem vu, sa pa…",
    "Tất cả văn bản": "All texts", "Còn mục chưa kiểm tra": "With unreviewed items",
    "Đã kiểm tra xong": "Fully reviewed", "Thư viện": "Library", "(Chưa rõ đơn vị)": "(Unit unknown)",
    "ReportDesk": "ReportDesk", "&Tệp": "&File", "&Mở tệp…": "&Open files…",
    "&Dán văn bản thành văn bản mới": "&Paste as a new text", "&Nhập cả thư mục…": "&Import a folder…",
    "&Xuất Word/Excel…": "&Export Word/Excel…",
    "Xuất báo cáo sẽ có trong phiên bản tới": "Exports arrive in the next version",
    "&Sao lưu thư viện…": "&Back up library…", "&Thoát": "&Quit", "&Sửa": "&Edit", "&Hoàn tác": "&Undo",
    "&Làm lại": "&Redo", "&Xóa mục đang chọn": "&Delete selected item", "&Kiểm tra": "&Review",
    "Đánh dấu &đã xác minh": "Mark &verified", "Đánh dấu &cần sửa": "Mark needs &fixing",
    "Đánh dấu &loại bỏ": "Mark &rejected", "Mục &chưa kiểm tra tiếp theo": "&Next unreviewed item",
    "Chỉ hiện mục chưa kiểm tra": "Show unreviewed items only", "&Công cụ": "&Tools",
    "&Thiết lập…": "&Settings…", "Trợ &giúp": "&Help", "&Giới thiệu ReportDesk": "&About ReportDesk",
    "Thao tác": "Actions", "Không mở được thư viện": "Cannot open the library",
    "Lần đầu sử dụng: đang tạo thư viện mẫu…": "First run: creating the sample library…",
    "Không mở được văn bản": "Cannot open the text", "Chưa lưu được": "Not saved",
    "ReportDesk — {0}": "ReportDesk — {0}", "{0}/{1} đã xác minh": "{0}/{1} verified",
    "Đã tạo mục mới từ đoạn chọn (Ctrl+Z để hoàn tác)": "New item created from the selection (Ctrl+Z to undo)",
    "Mọi mục của văn bản này đã được kiểm tra.": "Every item of this text has been reviewed.",
    "Mở văn bản": "Open texts", "Chọn thư mục cần nhập": "Choose a folder to import",
    "Dán văn bản": "Paste text", "Bộ nhớ tạm không có chữ nào để dán.": "The clipboard holds no text.",
    "Văn bản dán lúc {0}": "Text pasted at {0}",
    "Văn bản này đã có trong thư viện; đã mở bản đã lưu.": "This text is already in the library; opened it.",
    "Đang nhập văn bản…": "Importing…", "Dừng": "Stop", "Nhập văn bản": "Import",
    "Đang nhập {0}/{1}: {2}": "Importing {0}/{1}: {2}",
    "Đã nhập {0}, trùng {1}, lỗi {2}.": "Imported {0}, duplicates {1}, failed {2}.",
    "Một số tệp không nhập được": "Some files could not be imported", "Xuất báo cáo": "Export",
    "Chức năng xuất Word/Excel sẽ có trong phiên bản tới.": "Word/Excel export arrives in the next version.",
    "Sao lưu thư viện": "Back up library", "Cơ sở dữ liệu (*.sqlite3)": "Database (*.sqlite3)",
    "Không sao lưu được": "Backup failed", "Sao lưu": "Backup",
    "Đã sao lưu thư viện vào:\n{0}": "The library was backed up to:\n{0}", "Giới thiệu": "About",
    "ReportDesk {0}\n\nTrích xuất, kiểm tra số liệu và lập báo cáo từ văn bản của văn phòng cấp ủy, chính quyền. "
    "Chạy ngoại tuyến; dữ liệu lưu trên máy của bạn.":
        "ReportDesk {0}\n\nExtracts, checks and reports the figures of Party and government office texts. "
        "Works offline; your data stays on this computer.",
    "Thông tin chung": "General", "Tiêu đề": "Title", "Ngày họp / làm việc": "Meeting date",
    "Người chủ trì": "Chaired by", "Tệp nguồn": "Source file", "Ngày nhập": "Imported",
    "Kiểm tra ({0})": "Checks ({0})", "Sửa {0}": "Edit {0}", "Đánh dấu {0} mục: {1}": "Mark {0} items: {1}",
    "Thêm mục": "Add item", "Xóa mục": "Delete item", "Giá trị bạn đã nhập: {0}": "What you entered: {0}",
    "Thiết lập": "Settings", "Tên hiện trong nhật ký sửa đổi": "Name shown in the change log",
    "Tên người dùng": "Your name", "Tên cơ quan": "Organisation", "Cơ quan cấp trên": "Parent organisation",
    "Địa danh": "Place name", "Ký hiệu văn bản": "Document code",
    "Ngôn ngữ giao diện (khởi động lại để áp dụng)": "Interface language (applies after restart)",
    "Lưu": "Save", "Hủy": "Cancel", "chưa kiểm tra": "unreviewed", "đã xác minh": "verified",
    "cần sửa": "needs fixing", "loại bỏ": "rejected", "lỗi": "error", "cảnh báo": "warning",
    "thông tin": "info", "Nhiệm vụ": "Tasks", "Số liệu tổng hợp": "Tallies", "Văn bản": "Documents",
    "Nhân sự": "People", "Tỷ số": "Ratio",
    "Văn bản (*.txt *.docx *.html *.htm);;Tất cả (*)": "Texts (*.txt *.docx *.html *.htm);;All files (*)",
    "Chung": "General", "Số liệu": "Figures", "Xuất văn bản": "Export",
    "Thể thức văn bản của Đảng (Hướng dẫn 36-HD/VPTW)": "Party document format (Guidance 36-HD/VPTW)",
    "Thể thức văn bản hành chính (Nghị định 30/2020/NĐ-CP)": "State document format (Decree 30/2020/NĐ-CP)",
    "Văn bản đang mở": "The open text", "Mọi văn bản đang hiện trong thư viện": "Every text listed in the library",
    "Chọn…": "Browse…", "Loại": "Kind", "Thể thức": "Format", "Phạm vi": "Scope", "Lưu vào": "Save to",
    "Xuất": "Export", "Lưu tệp xuất": "Save export", "Đã xuất {0}": "Exported {0}",
    "Chưa xuất được": "Not exported", "Lưu với tên mới": "Save under the new name", "Đóng": "Close",
    "Người ký": "Signer", "Chức vụ người ký": "Signer's position",
    "&Lịch sử sửa đổi của mục…": "Item &history…", "Lịch sử sửa đổi": "Change history",
    "Chọn một mục trong bảng để xem lịch sử sửa đổi của nó.": "Select one item in a table to see its history.",
    "nhập từ văn bản": "imported from the text", "tạo mới": "created", "sửa": "changed", "xóa": "deleted",
    "Vị trí trong văn bản": "Position in the text", "Thời điểm": "When", "Người sửa": "Who",
    "Loại thay đổi": "Change", "Trường": "Field", "Giá trị cũ": "Old value", "Giá trị mới": "New value",
    "Mục này chưa có sửa đổi nào được ghi lại.": "No change to this item has been recorded.",
    "Đặt vị trí của mục đang chọn vào đoạn này": "Move the current item to this selection",
    "Văn bản &không có gì cần trích xuất (đã kiểm tra)": "&Nothing to extract from this text (checked)",
    "không có mục": "no items",
    "Xác minh cả các mục &giống hệt ở văn bản khác": "Verify the &identical items in other texts too",
    "Có {0} mục giống hệt ở văn bản khác chưa kiểm tra — Ctrl+Alt+Enter để xác minh cả":
        "{0} identical unreviewed items in other texts — Ctrl+Alt+Enter verifies them too",
    "Xác minh {0} mục giống hệt ở văn bản khác": "Verify {0} identical items in other texts",
    "Đã xác minh {0} mục giống hệt (Ctrl+Z để hoàn tác)": "Verified {0} identical items (Ctrl+Z to undo)",
    "Không có gì cần trích xuất": "Nothing to extract",
    "Đã đặt lại vị trí của mục trong văn bản (Ctrl+Z để hoàn tác)":
        "The item now points at the selection (Ctrl+Z to undo)",
    "Chưa chọn mục nào trong văn bản này.": "No item of this text is selected.",
    "Báo cáo tóm tắt (Word)": "Briefing (Word)", "Dự thảo thông báo kết luận (Word)": "Draft conclusion notice (Word)",
    "Báo cáo tổng hợp nhiều văn bản (Word)": "Summary report of several texts (Word)",
    "Bảng theo dõi (Excel)": "Tracking tables (Excel)",
    "Số liệu tổng hợp: các số tổng, các phần và tỷ số": "Tallies: totals, their parts, and ratios",
    # the page around the article (chrome_lines.py): roles, reasons, actions
    "menu, mục điều hướng của trang": "menu, site navigation",
    "danh sách tin khác, tin liên quan": "list of other or related news",
    "bộ đếm lượt truy cập": "visit counter", "chân trang (liên hệ, bản quyền)": "footer (contact, copyright)",
    "đầu trang, tiêu đề chuyên mục": "page banner, section heading", "nút, tiện ích của trang": "page widget",
    "ảnh": "image", "ngày giờ đăng bài": "date and time of the post", "nội dung bài viết": "article text",
    "chú thích ảnh": "photo caption", "tác giả, nguồn tin": "byline, source", "phần đầu văn bản": "document header",
    "tiêu đề": "title", "phần ký": "signature block", "ô bảng": "table cell",
    "dòng đầu (tiêu đề)": "first line (title)", "không có dấu hiệu của phần trang web": "no sign of page chrome",
    "nằm trong đoạn văn liền của bài viết": "inside the article's run of prose",
    "người kiểm tra đã đánh dấu là nội dung bài viết": "marked as article text by a clerk",
    "người kiểm tra đã đánh dấu là phần trang web": "marked as page chrome by a clerk",
    "mã trang web ghi đây là phần điều hướng": "the page markup says it is navigation",
    "mã trang web ghi đây là phần điều hướng, cột bên hoặc chân trang":
        "the page markup says it is navigation, a sidebar or the footer",
    "một dòng trong danh sách liên kết": "one of a list of links",
    "một tiêu đề kèm ngày giữa các tiêu đề khác ở trước bài viết": "a dated title among others before the article",
    "tiêu đề của danh sách bài khác ở trước bài viết": "heading of a list of other pages before the article",
    "tiêu đề của bài viết hoặc văn bản": "the title", "một ô của bảng": "a table cell",
    "phần đầu của văn bản (cơ quan ban hành, quốc hiệu, số, ngày)":
        "the document's header (issuing body, motto, number, date)",
    "nơi nhận và người ký của văn bản": "recipients and signer of the document",
    "tên những người viết bài": "the writers' names",
    "chuỗi dòng ngắn dạng tiêu đề ở trước bài viết": "run of short title-like lines before the article",
    "đề mục ở trên câu đầu tiên của bài viết": "heading above the article's first sentence",
    "ở trên phần đầu của văn bản": "above the official document's header",
    "dòng đầu trang (tên trang), trên trình đơn và tiêu đề bài":
        "the page's first line (its name), above the menu and the article's heading",
    "lặp lại ở các trang khác của cùng trang web": "repeated on other pages of the same site",
    "tiêu đề của bộ đếm lượt truy cập": "heading of a visit counter",
    "chữ số của bộ đếm lượt truy cập": "digit of a visit counter",
    "nhãn bộ đếm kèm con số": "counter label with a number",
    "ở sau tiêu đề của danh sách bài khác": "after the heading of the list of other pages",
    "dòng dạng tiêu đề giữa bài viết và danh sách tin khác": "title-like line between the article and the related list",
    "dòng liên hệ ở sau bài viết": "contact line after the article",
    "nội dung của một mục liên hệ": "value of a contact label", "dòng bản quyền": "copyright line",
    "dòng bản quyền, giấy phép, biên tập": "copyright, licence or editor line",
    "chỗ đặt ảnh hoặc tên tệp ảnh": "image placeholder or file name", "số trang": "page numbers",
    "địa chỉ trang web": "web address", "chữ trên nút, tiện ích của trang": "word of a page widget",
    "hướng dẫn dùng chuột của trang": "mouse instruction of an interactive page",
    "các mục menu cách nhau bởi | hoặc »": "menu entries separated by | or »",
    "chữ không dấu trong trang tiếng Việt (chữ của giao diện)":
        "unaccented words in a Vietnamese page (an interface string)",
    "dòng ngay dưới ảnh": "line under an image", "chú thích hoặc nguồn ảnh": "photo caption or credit",
    "ghi tên người viết, chụp ảnh, nguồn": "credit of the writer, photographer or source",
    "tên người viết kèm đơn vị": "writer's name with their unit",
    "tên và chức vụ người viết": "writer's name and position",
    "chữ viết tắt tên người viết": "writer's initials", "một tên người đứng riêng": "a name alone",
    "Hiện phần trang web": "Show page chrome",
    "Hiện (mờ) hoặc gấp lại các dòng menu, tin liên quan, chân trang … để bài viết lên đầu":
        "Show (dimmed) or fold away menus, related news, footer … so that the article comes first",
    "Đây là nội dung bài viết": "This line is article text",
    "Đây là phần trang web (bỏ qua)": "This line is page chrome (ignore it)", "&Xem": "&View",
    "Phần trang web: {0}": "Page chrome: {0}", "Phần trang web": "Page chrome", "Nội dung bài viết": "Article text",
    "Lý do: {0}": "Why: {0}",
    "Đã gấp {0} dòng phần trang web (Xem › Hiện phần trang web, Ctrl+Shift+H)":
        "{0} lines of page chrome folded away (View › Show page chrome, Ctrl+Shift+H)",
    "Đã đọc lại văn bản: thêm {0} mục, bỏ {1} mục; giữ nguyên {2} mục đã kiểm tra hoặc sửa (Ctrl+Z để hoàn tác)":
        "Text read again: {0} items added, {1} removed; {2} reviewed or edited items kept (Ctrl+Z to undo)",
    "Đánh dấu dòng là nội dung bài viết": "Mark line as article text",
    "Đánh dấu dòng là phần trang web": "Mark line as page chrome", "Bỏ đánh dấu dòng": "Unmark line",
    "Bỏ đánh dấu dòng này (để chương trình tự nhận biết)": "Unmark this line (let the reader decide)",
}
EN.update({  # conclude
    "Cơ quan kết luận": "Concluding body", "Làm việc với": "Worked with",
    "Ví dụ: Ban Thường vụ Tỉnh ủy": "E.g. Ban Thường vụ Tỉnh ủy (provincial standing committee)",
    "Ví dụ: Ban Thường vụ Huyện ủy …; để trống nếu là cuộc họp":
        "E.g. Ban Thường vụ Huyện ủy …; leave empty for a meeting",
})


EN.update({  # org
    "Cơ quan ban hành — thể thức Đảng": "Issuing body — Party format",
    "Cơ quan ban hành — thể thức Nhà nước": "Issuing body — State format",
    "Chưa nhập — bấm để nhập…": "Not entered — click to enter…",
    "CHỮ IN HOA, ví dụ HUYỆN ỦY …": "CAPITALS, e.g. HUYỆN ỦY …",
    "CHỮ IN HOA, ví dụ ỦY BAN NHÂN DÂN XÃ …": "CAPITALS, e.g. ỦY BAN NHÂN DÂN XÃ …",
    "ĐẢNG BỘ TỈNH … (để trống nếu không có)": "ĐẢNG BỘ TỈNH … (leave empty if none)",
    "để trống nếu không có": "leave empty if none",
    "BÍ THƯ, PHÓ BÍ THƯ…": "BÍ THƯ, PHÓ BÍ THƯ…", "CHỦ TỊCH, PHÓ CHỦ TỊCH…": "CHỦ TỊCH, PHÓ CHỦ TỊCH…",
    "Ban Thường vụ Huyện ủy…": "Ban Thường vụ Huyện ủy…", "Ủy ban nhân dân xã…": "Ủy ban nhân dân xã…",
    "Lưu Văn phòng …": "Lưu Văn phòng …", "BAN THƯỜNG VỤ…": "BAN THƯỜNG VỤ…", "ỦY BAN NHÂN DÂN…": "ỦY BAN NHÂN DÂN…",
    "Mỗi nơi nhận một dòng": "One recipient per line",
    "Văn bản xuất cần tên cơ quan ban hành và người ký của đơn vị bạn; ứng dụng không dùng tên cơ quan mẫu. "
    "Thông tin được lưu trong Thiết lập cho các lần xuất sau.":
        "Exported documents need your office's issuing body and signer; the program never uses a sample office. "
        "What you enter is kept in Settings for later exports.",
    "Tên cơ quan ban hành *": "Issuing body *", "Cơ quan cấp trên trực tiếp": "Directly superior body",
    "Địa danh *": "Place name *", "Ký hiệu của cơ quan *": "Issuer code *", "Thẩm quyền ký *": "Signing authority *",
    "Chức vụ người ký *": "Signer's position *", "Họ tên người ký": "Signer's name",
    "Tên gọi trong nội dung": "Name used in the text", "Nơi nhận": "Recipients", "Dòng lưu": "Archive line",
    "Lưu và xuất": "Save and export", "tên cơ quan ban hành": "issuing body", "địa danh": "place name",
    "ký hiệu của cơ quan": "issuer code", "thẩm quyền ký": "signing authority", "chức vụ người ký": "signer's position",
    "Cần nhập: {0}.": "Please enter: {0}.",
    "Nhãn trống hoặc chỉ có một từ (có thể đọc sai): mục này không được đưa vào văn bản xuất cho đến khi bạn sửa "
    "hoặc xác minh nó.":
        "Label empty or a single word (possibly misread): this item is left out of exports until you correct or "
        "verify it.",
})

EN.update({  # exportux
    "Tệp đã có": "File exists", "Ghi đè": "Overwrite", "Đổi tên": "Rename", "Hủy": "Cancel",
    "Tệp “{0}” đã có. Ghi đè, lưu với tên “{1}”, hay hủy?":
        "“{0}” already exists. Overwrite it, save as “{1}”, or cancel?",
    "Đã xuất xong": "Export finished", "Đã lưu “{0}” trong thư mục {1}.": "Saved “{0}” in the folder {1}.",
    "Mở tệp": "Open file", "Mở thư mục": "Open folder", "Đóng": "Close",
    "Tìm trong văn bản (không cần dấu)": "Find in the text (accents optional)",
    "Kết quả trước (Shift+Enter)": "Previous match (Shift+Enter)", "Kết quả tiếp theo (Enter)": "Next match (Enter)",
    "Đóng (Esc)": "Close (Esc)", "&Tìm trong văn bản…": "&Find in the text…",
})

EN.update({  # details
    "ngày/tháng/năm": "day/month/year", "Số văn bản trong thư viện": "Report id in the library",
    "Ngày văn bản": "Document date",
    "Không đọc được ngày “{0}”. Hãy ghi ngày/tháng/năm, ví dụ 14/3/2025.":
        "Cannot read the date “{0}”. Write day/month/year, e.g. 14/3/2025.",
    "Ngày “{0}” không có trong lịch.": "There is no such day as “{0}”.",
    "Bỏ qua điểm cần kiểm tra": "Dismiss finding",
    "Đã kiểm tra: {0}\n\nGhi chú (vì sao số liệu vẫn đúng):":
        "Checked: {0}\n\nNote (why the figures are right as written):",
    "Bỏ đánh dấu đã kiểm tra": "Take back the dismissal", "Đã kiểm tra, bỏ qua: {0}": "Checked and dismissed: {0}",
    "(không ghi chú)": "(no note)", "khôi phục": "restored", "bỏ qua điểm cần kiểm tra": "finding dismissed",
    "bỏ đánh dấu đã kiểm tra": "dismissal taken back", "Xóa": "Delete", "Không xóa": "Do not delete",
    "Không xóa được": "Could not delete", "Không khôi phục được": "Could not restore",
    "Xóa văn bản này khỏi thư viện…": "Delete this report from the library…",
    "Khôi phục văn bản vừa xóa": "Restore the report just deleted", "Chưa mở văn bản nào để xóa.": "No report is open.",
    "Xóa văn bản": "Delete report",
    "Xóa văn bản “{0}” cùng {1} mục khỏi thư viện?\n\nCó thể hoàn tác (Ctrl+Z) khi ứng dụng còn mở; "
    "việc xóa được ghi vào nhật ký.":
        "Delete the report “{0}” and its {1} items from the library?\n\nCtrl+Z undoes it while the application "
        "is open; the deletion is recorded in the change log.",
    "Xóa văn bản “{0}”": "Delete report “{0}”",
    "Đã xóa văn bản “{0}” (Ctrl+Z để hoàn tác).": "Report “{0}” deleted (Ctrl+Z to undo).",
    "Đã khôi phục văn bản.": "Report restored.", "Chưa mở thư viện.": "No library is open.",
})


EN.update({  # small
    "Số tổng hợp (chọn một dòng để xem các phần của nó)": "Totals (select a row to see its parts)",
    "Các phần của số tổng hợp đang chọn": "Parts of the selected total", "Tỷ số (đạt trên tổng)": "Ratios (out of)",
    "Mã văn bản: {0}": "Report id: {0}", "Mã văn bản": "Report id",
    "Dùng dấu phẩy cho số thập phân: {0}": "Use a comma for decimals: {0}", "Tệp &gần đây": "&Recent files",
    "Không còn ở {0}": "No longer at {0}", "(Chưa mở tệp nào)": "(No file opened yet)",
    "&Bỏ các tệp không còn": "&Remove missing files", "&Xóa danh sách": "&Clear list",
    "Xóa {0} mục": "Delete {0} items",
    "Hoàn tác:": "Undo", "Làm lại:": "Redo", "&Hoàn tác: {0}": "&Undo {0}", "&Làm lại: {0}": "&Redo {0}",
})

EN.update({  # backup
    " phút": " min", "Chưa sao lưu tự động được: {0}": "Automatic backup failed: {0}",
    "Mở thư viện khác / Khôi phục bản sao lưu": "Open another library / Restore a backup",
    "{0} — thư viện {1} — {2} KB": "{0} — library {1} — {2} KB",
    "Thư viện đang dùng: {0}\nCác bản sao lưu tự động (mới nhất trước). Khôi phục một bản sẽ thay tệp thư viện bằng "
    "bản đó; tệp hiện tại được giữ lại bên cạnh.":
        "Library in use: {0}\nAutomatic backups (newest first). Restoring one replaces the library file with it; "
        "the current file is kept beside it.",
    "&Khôi phục bản đã chọn": "&Restore the selected backup", "&Mở tệp thư viện khác…": "&Open another library file…",
    "Đóng": "Close", "Khôi phục bản sao lưu": "Restore a backup",
    "Thay thư viện hiện tại bằng bản sao lưu “{0}”? Tệp hiện tại được sao ra bên cạnh trước.":
        "Replace the current library with the backup “{0}”? The current file is first copied beside it.",
    "Khôi phục": "Restore", "Hủy": "Cancel", "Mở thư viện khác": "Open another library",
    "Thư viện ReportDesk (*.sqlite3 *.db);;Tất cả (*)": "ReportDesk library (*.sqlite3 *.db);;All files (*)",
    "Mở thư viện khác / Khôi phục bản sao lưu…": "Open another library / Restore a backup…",
    "Mở thư viện khác / &Khôi phục bản sao lưu…": "Open another library / &Restore a backup…",
    "Thư viện": "Library",
    "Đang nhập văn bản; hãy đợi nhập xong hoặc bấm Dừng rồi thử lại.":
        "An import is running; wait for it to finish or press Stop, then try again.",
    "Không khôi phục được": "Could not restore",
    "Đã khôi phục thư viện từ bản sao lưu “{0}”.": "Library restored from the backup “{0}”.",
    "Tệp trước khi khôi phục được giữ ở “{0}”.": "The file as it was before is kept at “{0}”.",
    "Dùng Tệp › {0} để khôi phục một bản sao lưu tự động hoặc mở tệp thư viện khác.":
        "Use File › {0} to restore an automatic backup or open another library file.",
    "Không mở được thư viện": "Cannot open the library",
    "Lần nhập trước bị ngắt giữa chừng (chương trình đã bị đóng). {0} tệp chưa được nhập:":
        "The last import was cut off (the program was closed). {0} file(s) were not imported:",
    "Hãy mở lại các tệp này để nhập.": "Open these files again to import them.",
    "Lần nhập trước chưa xong": "The last import did not finish", "Đồng ý": "OK",
    "Đang đọc tệp “{0}”…": "Reading “{0}”…", "Đang trích xuất dữ liệu từ “{0}”…": "Extracting data from “{0}”…",
    "Đang lưu “{0}” vào thư viện…": "Saving “{0}” to the library…", "Đang mở văn bản…": "Opening the text…",
    "Sao lưu tự động sau mỗi": "Automatic backup every",
})

EN.update({  # undo
    "Không mục nào bị xóa.": "No item was deleted.",
})


EN.update({  # search
    "còn {0} kết quả trong văn bản này": "{0} more in this report",
})

EN.update({  # background work
    "Đã dừng.": "Stopped.", "Không thực hiện được": "Could not be done", "Không nhập được": "Could not import",
    "Không tải được danh sách văn bản": "Could not load the list of reports",
})

EN.update({  # register (issue 17)
    "chưa thực hiện": "not started", "đang thực hiện": "in progress", "hoàn thành": "done",
    "không thực hiện được": "could not be done", "chưa hoàn thành – quá hạn": "not done – overdue",
    "sắp đến hạn": "due soon", "chưa hoàn thành – trong hạn": "not done – within deadline",
    "đã hoàn thành đúng hạn": "done on time", "đã hoàn thành quá hạn": "done late", "thường xuyên": "recurring",
    "chưa rõ thời hạn": "no deadline", "Chủ trì": "Lead",
    "Hạn": "Due", "Phân loại": "Category",
    "Văn bản giao": "Assigned by", "Sổ theo dõi nhiệm vụ": "Task follow-up register",
    "Chủ trì (không cần dấu)": "Lead (diacritics optional)", "Mọi tình trạng": "Any status",
    "Mọi phân loại": "Any category", "Mọi đơn vị": "Any unit", "hạn từ ngày (dd/mm/yyyy)": "due from (dd/mm/yyyy)",
    "đến ngày": "to", "Không đọc được sổ theo dõi": "Could not read the register", "{0} nhiệm vụ": "{0} tasks",
    "Đổi tình trạng: {0}": "Change status: {0}", "Sửa ghi chú": "Edit note",
    "Chưa có số liệu để vẽ": "No figures to draw yet", "thực hiện": "result", "kế hoạch": "plan",
    "Chỉ tiêu qua các kỳ báo cáo": "Targets over time", "Không đọc được chỉ tiêu": "Could not read the targets",
    "KH": "Plan", "TH": "Result",
    "{0} chỉ tiêu trong {1} kỳ báo cáo": "{0} targets over {1} reports",
    "Sổ &theo dõi nhiệm vụ…": "Task follow-up &register…", "Chỉ tiêu &qua các kỳ báo cáo…": "Targets &over time…",
    "{0} nhiệm vụ quá hạn, {1} nhiệm vụ sắp đến hạn — xem Công cụ › Sổ theo dõi nhiệm vụ (Ctrl+Shift+T)":
        "{0} tasks overdue, {1} due soon — see Tools › Task follow-up register (Ctrl+Shift+T)",
    "Tiến độ đọc được trong các văn bản mới hơn": "Progress read in newer reports",
    "Đánh dấu các đề xuất đúng rồi bấm Cập nhật; trạng thái chỉ đổi khi bạn xác nhận. Nhấp đúp vào câu trích để "
    "xem trong văn bản.": "Tick the proposals that hold, then press Update; a status changes only when you confirm. "
                         "Double-click a quoted sentence to see it in its report.",
    "Đề xuất": "Proposed", "Câu trong văn bản mới hơn": "Sentence in the newer report", "Ngày văn bản": "Report date",
    "Cập nhật các mục đã đánh dấu": "Update the ticked tasks",
    "Tìm tiến độ trong các văn bản mới hơn…": "Look for progress in newer reports…",
    "Không đọc được các văn bản": "Could not read the reports",
    "không thấy tiến độ mới trong các văn bản": "no new progress found in the reports",
    "Cập nhật {0} nhiệm vụ theo văn bản mới hơn": "Update {0} tasks from newer reports",
    "Ngày do cán bộ sửa; xóa trống để tính lại theo thời hạn ghi trong văn bản":
        "Date set by a clerk; clear it to follow the deadline written in the report again",
    "Tính từ thời hạn ghi trong văn bản; gõ ngày khác để sửa (dd/mm/yyyy)":
        "From the deadline written in the report; type another date to correct it (dd/mm/yyyy)",
    " ngày": " days", "Sửa hạn: {0}": "Change due date: {0}", "theo văn bản": "as in the report",
    "Nhiệm vụ “sắp đến hạn” khi còn": "A task is “due soon” within",
    "Xuất Excel…": "Export to Excel…", "Xuất chỉ tiêu qua các kỳ": "Export targets over time",
    "Cập nhật ngày {0}{1}": "Updated on {0}{1}", " bởi {0}": " by {0}",
    "Sổ theo dõi các nhiệm vụ đang hiện (theo bộ lọc), kèm bảng tổng hợp":
        "The register of the tasks shown (as filtered), with a summary sheet",
    "Xuất sổ theo dõi nhiệm vụ": "Export the task register",
    "Thêm nhiệm vụ vào sổ theo dõi": "Add a task to the register",
    "các cơ quan, cách nhau bằng dấu chấm phẩy": "agencies, separated by semicolons",
    "như văn bản ghi: trước ngày 30/6/2026, trong quý III/2026…": "as written: before 30/6/2026, in Q3/2026…",
    "Hãy ghi nội dung nhiệm vụ.": "Write what the task is.", "Thêm nhiệm vụ…": "Add a task…", "Thêm": "Add",
    "Hoàn tác": "Undo", "Làm lại": "Redo", "Mỗi dòng một nơi nhận": "One recipient per line",
    "Nơi nhận": "Recipients",
})


def fill(ts: str) -> tuple[str, int]:
    missing = 0

    def repl(m: re.Match[str]) -> str:
        nonlocal missing
        src = html.unescape(m.group(1))
        en = EN.get(src)
        if en is None:
            missing += 1
            return m.group(0)
        return f"<source>{m.group(1)}</source>{m.group(2)}<translation>{html.escape(en, quote=False)}</translation>"

    out = re.sub(r"<source>([^<]*)</source>(\s*)<translation type=\"unfinished\">[^<]*</translation>", repl, ts,
                 flags=re.S)
    return out, missing


def main() -> int:
    ts, missing = fill(TS.read_text(encoding="utf-8"))
    TS.write_text(ts, encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True)
    print(f"{TS.name}: {missing} string(s) still without English")
    return 0


if __name__ == "__main__":
    sys.exit(main())
