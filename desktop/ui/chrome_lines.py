"""The page around the article, in the article pane: lines read as page chrome (menus, related news, counters,
footer …) are drawn dimmed with their role and the reason in a tooltip, and can be folded away so the
article comes first. A clerk can say a line is article or chrome (context menu); the text is read again,
undoably, and the form and the highlights follow.

Folding hides whole lines of the Qt document (``QTextBlock.setVisible``): the text is not changed, so every
offset and every item's highlight stays exactly where it was. A line that holds an item is never hidden.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QColor, QKeySequence, QTextCharFormat
from PySide6.QtWidgets import QMenu, QMenuBar

from desktop.core.chrome import is_chrome
from desktop.core.model import LineRole
from desktop.store.reread import LineChange
from desktop.ui.noop import QT_TRANSLATE_NOOP
from desktop.ui.settings import settings

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow
    from desktop.ui.session import ReportSession

CHROME_TEXT = "#8a8a8a"
CHROME_BACKGROUND = "#f2f2f2"

# the roles a line can have (desktop.core.chrome, desktop.core.layout), as a clerk reads them
ROLE_NAMES = {
    "menu": QT_TRANSLATE_NOOP("ChromeLines", "menu, mục điều hướng của trang"),
    "related-list": QT_TRANSLATE_NOOP("ChromeLines", "danh sách tin khác, tin liên quan"),
    "counter": QT_TRANSLATE_NOOP("ChromeLines", "bộ đếm lượt truy cập"),
    "footer": QT_TRANSLATE_NOOP("ChromeLines", "chân trang (liên hệ, bản quyền)"),
    "banner": QT_TRANSLATE_NOOP("ChromeLines", "đầu trang, tiêu đề chuyên mục"),
    "widget": QT_TRANSLATE_NOOP("ChromeLines", "nút, tiện ích của trang"),
    "image": QT_TRANSLATE_NOOP("ChromeLines", "ảnh"),
    "stamp": QT_TRANSLATE_NOOP("ChromeLines", "ngày giờ đăng bài"),
    "article": QT_TRANSLATE_NOOP("ChromeLines", "nội dung bài viết"),
    "caption": QT_TRANSLATE_NOOP("ChromeLines", "chú thích ảnh"),
    "byline": QT_TRANSLATE_NOOP("ChromeLines", "tác giả, nguồn tin"),
    "header": QT_TRANSLATE_NOOP("ChromeLines", "phần đầu văn bản"),
    "title": QT_TRANSLATE_NOOP("ChromeLines", "tiêu đề"),
    "signature": QT_TRANSLATE_NOOP("ChromeLines", "phần ký"),
    "cell": QT_TRANSLATE_NOOP("ChromeLines", "ô bảng"),
}
# the reasons the reader gives (desktop.core.chrome, desktop.core.chromelines), in Vietnamese
REASONS = {
    "first line (title)": QT_TRANSLATE_NOOP("ChromeLines", "dòng đầu (tiêu đề)"),
    "no sign of page chrome": QT_TRANSLATE_NOOP("ChromeLines", "không có dấu hiệu của phần trang web"),
    "inside the article's run of prose": QT_TRANSLATE_NOOP("ChromeLines", "nằm trong đoạn văn liền của bài viết"),
    "kept by the user": QT_TRANSLATE_NOOP("ChromeLines", "người kiểm tra đã đánh dấu là nội dung bài viết"),
    "removed by the user": QT_TRANSLATE_NOOP("ChromeLines", "người kiểm tra đã đánh dấu là phần trang web"),
    "navigation in the page markup": QT_TRANSLATE_NOOP("ChromeLines", "mã trang web ghi đây là phần điều hướng"),
    "navigation, sidebar or footer in the page markup": QT_TRANSLATE_NOOP(
        "ChromeLines", "mã trang web ghi đây là phần điều hướng, cột bên hoặc chân trang"),
    "one of a list of links": QT_TRANSLATE_NOOP("ChromeLines", "một dòng trong danh sách liên kết"),
    "a dated title among others before the article": QT_TRANSLATE_NOOP(
        "ChromeLines", "một tiêu đề kèm ngày giữa các tiêu đề khác ở trước bài viết"),
    "heading of a list of other pages before the article": QT_TRANSLATE_NOOP(
        "ChromeLines", "tiêu đề của danh sách bài khác ở trước bài viết"),
    "the title": QT_TRANSLATE_NOOP("ChromeLines", "tiêu đề của bài viết hoặc văn bản"),
    "a table cell": QT_TRANSLATE_NOOP("ChromeLines", "một ô của bảng"),
    "header of the official document": QT_TRANSLATE_NOOP("ChromeLines", "phần đầu của văn bản (cơ quan ban hành, "
                                                          "quốc hiệu, số, ngày)"),
    "recipients and signer of the official document": QT_TRANSLATE_NOOP(
        "ChromeLines", "nơi nhận và người ký của văn bản"),
    "the writers' names": QT_TRANSLATE_NOOP("ChromeLines", "tên những người viết bài"),
    "run of short title-like lines before the article": QT_TRANSLATE_NOOP(
        "ChromeLines", "chuỗi dòng ngắn dạng tiêu đề ở trước bài viết"),
    "Markdown heading above the article's first sentence": QT_TRANSLATE_NOOP(
        "ChromeLines", "đề mục ở trên câu đầu tiên của bài viết"),
    "above the official document's header": QT_TRANSLATE_NOOP("ChromeLines", "ở trên phần đầu của văn bản"),
    "the page's first line, above the menu and the article's heading": QT_TRANSLATE_NOOP(
        "ChromeLines", "dòng đầu trang (tên trang), trên trình đơn và tiêu đề bài"),
    "repeated on other pages of the same site": QT_TRANSLATE_NOOP(
        "ChromeLines", "lặp lại ở các trang khác của cùng trang web"),
    "heading of a visit counter": QT_TRANSLATE_NOOP("ChromeLines", "tiêu đề của bộ đếm lượt truy cập"),
    "odometer digit of a visit counter": QT_TRANSLATE_NOOP("ChromeLines", "chữ số của bộ đếm lượt truy cập"),
    "counter label with a number": QT_TRANSLATE_NOOP("ChromeLines", "nhãn bộ đếm kèm con số"),
    "after the heading of the list of other pages": QT_TRANSLATE_NOOP(
        "ChromeLines", "ở sau tiêu đề của danh sách bài khác"),
    "title-like line between the article and the related list": QT_TRANSLATE_NOOP(
        "ChromeLines", "dòng dạng tiêu đề giữa bài viết và danh sách tin khác"),
    "contact line after the article": QT_TRANSLATE_NOOP("ChromeLines", "dòng liên hệ ở sau bài viết"),
    "value of a contact label": QT_TRANSLATE_NOOP("ChromeLines", "nội dung của một mục liên hệ"),
    "copyright line": QT_TRANSLATE_NOOP("ChromeLines", "dòng bản quyền"),
    "copyright, licence or editor line": QT_TRANSLATE_NOOP("ChromeLines", "dòng bản quyền, giấy phép, biên tập"),
    "image placeholder or file name": QT_TRANSLATE_NOOP("ChromeLines", "chỗ đặt ảnh hoặc tên tệp ảnh"),
    "page numbers": QT_TRANSLATE_NOOP("ChromeLines", "số trang"),
    "bare web address": QT_TRANSLATE_NOOP("ChromeLines", "địa chỉ trang web"),
    "page widget word": QT_TRANSLATE_NOOP("ChromeLines", "chữ trên nút, tiện ích của trang"),
    "mouse instruction of an interactive page": QT_TRANSLATE_NOOP("ChromeLines", "hướng dẫn dùng chuột của trang"),
    "menu entries separated by | or »": QT_TRANSLATE_NOOP("ChromeLines", "các mục menu cách nhau bởi | hoặc »"),
    "date/time stamp of the post": QT_TRANSLATE_NOOP("ChromeLines", "ngày giờ đăng bài"),
    "unaccented lower-case words in a Vietnamese page (an interface string)": QT_TRANSLATE_NOOP(
        "ChromeLines", "chữ không dấu trong trang tiếng Việt (chữ của giao diện)"),
    "line under an image": QT_TRANSLATE_NOOP("ChromeLines", "dòng ngay dưới ảnh"),
    "photo caption or credit": QT_TRANSLATE_NOOP("ChromeLines", "chú thích hoặc nguồn ảnh"),
    "credit of the writer, photographer or source": QT_TRANSLATE_NOOP(
        "ChromeLines", "ghi tên người viết, chụp ảnh, nguồn"),
    "name with the writer's unit in brackets": QT_TRANSLATE_NOOP("ChromeLines", "tên người viết kèm đơn vị"),
    "the writer's name and position": QT_TRANSLATE_NOOP("ChromeLines", "tên và chức vụ người viết"),
    "initials or a short signature in capitals": QT_TRANSLATE_NOOP("ChromeLines", "chữ viết tắt tên người viết"),
    "a name alone": QT_TRANSLATE_NOOP("ChromeLines", "một tên người đứng riêng"),
}


class ChromeLines(QObject):
    """The article pane's page lines for one window: painting, folding, tooltip, and the clerk's decisions."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.article = window.article
        self.session: ReportSession | None = None
        self.article.line_tip = self.tooltip_at
        self.article.line_menu = self.add_line_actions
        self.show_action = QAction(self.tr("Hiện phần trang web"), window)
        self.show_action.setCheckable(True)
        self.show_action.setChecked(bool(settings().value("view/show_chrome", False, type=bool)))
        self.show_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.show_action.setStatusTip(self.tr("Hiện (mờ) hoặc gấp lại các dòng menu, tin liên quan, chân trang … "
                                              "để bài viết lên đầu"))
        self.show_action.toggled.connect(self._toggled)
        window.addAction(self.show_action)
        self.article_action = QAction(self.tr("Đây là nội dung bài viết"), window)
        self.article_action.triggered.connect(lambda: self._mark("article"))
        self.chrome_action = QAction(self.tr("Đây là phần trang web (bỏ qua)"), window)
        self.chrome_action.triggered.connect(lambda: self._mark("chrome"))
        self.auto_action = QAction(self.tr("Bỏ đánh dấu dòng này (để chương trình tự nhận biết)"), window)
        self.auto_action.triggered.connect(lambda: self._mark(None))
        self._menu_offset: int | None = None

    def add_view_menu(self, bar: QMenuBar, before: QAction | None = None) -> QMenu:
        menu = QMenu(self.tr("&Xem"), bar)
        menu.addAction(self.show_action)
        bar.insertMenu(before, menu) if before is not None else bar.addMenu(menu)
        return menu

    def set_session(self, session: ReportSession) -> None:
        self.session = session
        session.linesChanged.connect(self._read_again)
        self.refresh()
        folded = len(self.hidden_lines())
        if folded:
            self.window.statusBar().showMessage(self.tr("Đã gấp {0} dòng phần trang web (Xem › Hiện phần trang web, "
                                                        "Ctrl+Shift+H)").format(folded), 5000)

    # -- what a line is ------------------------------------------------------------------------------

    def line_at(self, offset: int) -> LineRole | None:
        return self.session.lines.line_at(offset) if self.session is not None else None

    def role_name(self, role: str) -> str:
        return self.tr(ROLE_NAMES[role]) if role in ROLE_NAMES else role

    def tooltip_at(self, offset: int) -> str:
        """Role and reason of a chrome line, or of a line the clerk decided on; "" for an ordinary article line."""
        line = self.line_at(offset)
        if line is None or self.session is None:
            return ""
        decided = self.session.lines.overrides.get(line.start)
        if not is_chrome(line.role) and decided is None:
            return ""
        reason = self.tr(REASONS[line.reason]) if line.reason in REASONS else line.reason
        if decided is not None:  # the clerk's word: the reason says so, a role would be the reader's guess
            head = self.tr("Phần trang web") if is_chrome(line.role) else self.tr("Nội dung bài viết")
        else:
            head = self.tr("Phần trang web: {0}").format(self.role_name(line.role))
        return head + "\n" + self.tr("Lý do: {0}").format(reason)

    # -- painting and folding ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Dim the chrome lines and fold them away unless the clerk asked to see them."""
        if self.session is None:
            return
        fmt = QTextCharFormat()
        fmt.setForeground(QColor(CHROME_TEXT))
        fmt.setBackground(QColor(CHROME_BACKGROUND))
        marks = [((ln.start, ln.end), fmt) for ln in self.session.lines.lines if is_chrome(ln.role)]
        self.article.set_line_marks(marks)
        self._fold(not self.show_action.isChecked())

    def hidden_lines(self) -> list[int]:
        """Numbers of the document's lines (blocks) folded away."""
        doc = self.article.document()
        return [b for b in range(doc.blockCount()) if not doc.findBlockByNumber(b).isVisible()]

    def _fold(self, fold: bool) -> None:
        doc = self.article.document()
        n = doc.blockCount()
        chrome, kept = [False] * n, [False] * n
        block_of = self.article.positions.block_of  # (in Python: a Qt lookup per line took seconds on 3 MB)
        assert self.session is not None
        for ln in self.session.lines.lines:
            first, last = block_of(ln.start), min(block_of(ln.end), n - 1)
            for b in range(max(first, 0), last + 1):
                (chrome if is_chrome(ln.role) else kept)[b] = True
        for item in self.session.all_items():
            if item.span:
                first, last = (min(block_of(x), n - 1) for x in item.span)
                for b in range(max(first, 0), last + 1):
                    kept[b] = True
        hide = [fold and chrome[b] and not kept[b] for b in range(n)]
        blank = [not chrome[b] and not kept[b] for b in range(n)]
        _hide_blank_runs(hide, blank)
        block, b = doc.begin(), 0
        while block.isValid() and b < n:
            if block.isVisible() == hide[b]:  # (only the blocks that change)
                block.setVisible(not hide[b])
            block, b = block.next(), b + 1
        doc.markContentsDirty(0, doc.characterCount())
        self.article.viewport().update()

    def _toggled(self, on: bool) -> None:
        settings().setValue("view/show_chrome", on)
        self.refresh()

    # -- the clerk's decisions -----------------------------------------------------------------------

    def add_line_actions(self, menu: QMenu, offset: int) -> None:
        line = self.line_at(offset)
        self._menu_offset = offset
        usable = line is not None and self.session is not None and self.session.library is not None
        chrome = line is not None and is_chrome(line.role)
        self.article_action.setEnabled(usable and chrome)
        self.chrome_action.setEnabled(usable and not chrome)
        self.auto_action.setEnabled(usable and line is not None and self.session is not None
                                    and line.start in self.session.lines.overrides)
        menu.addAction(self.article_action)
        menu.addAction(self.chrome_action)
        menu.addAction(self.auto_action)

    def mark(self, offset: int, role: str | None) -> bool:
        """The line holding ``offset`` is ``article`` or ``chrome`` (None: the reader decides again): stored,
        read again, undoable."""
        return self.session is not None and self.session.mark_line(offset, role)

    def _mark(self, role: str | None) -> None:
        if self._menu_offset is not None:
            self.mark(self._menu_offset, role)

    def _read_again(self, change: LineChange | None) -> None:
        """After a decision (or its undo): the form, the highlights and the lines as the text now reads."""
        session = self.session
        if session is None:
            return
        current = self.article.current
        if current is not None and current not in session.all_items():
            self.article.current = None
        self.window.form.set_session(session)
        self.window._paint_items()
        self.refresh()
        self.window.setWindowTitle(self.tr("ReportDesk — {0}").format(session.report.title))
        self.window.library_panel.reload(select=session.report.id)  # its title and progress may have changed
        if change is not None:
            msg = self.tr("Đã đọc lại văn bản: thêm {0} mục, bỏ {1} mục; giữ nguyên {2} mục đã kiểm tra hoặc sửa "
                          "(Ctrl+Z để hoàn tác)").format(change.added, change.removed, change.kept)
            self.window.statusBar().showMessage(msg, 8000)


def _hide_blank_runs(hide: list[bool], blank: list[bool]) -> None:
    """A blank line goes with the folded lines around it: hidden when the nearest line with text on each side
    is hidden (or there is none)."""
    n = len(hide)
    before = [True] * n  # the nearest non-blank line before is hidden (or there is none)
    seen = True
    for b in range(n):
        before[b] = seen
        if not blank[b]:
            seen = hide[b]
    seen = True
    for b in range(n - 1, -1, -1):
        if blank[b]:
            hide[b] = before[b] and seen and not all(blank)
        else:
            seen = hide[b]

