"""The article: read-only text with every extracted item highlighted in its type's colour,
the numbers of findings underlined in red, and the current item outlined."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QKeySequence,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QMenu, QPlainTextDocumentLayout, QPlainTextEdit, QTextEdit, QToolTip, QWidget

from desktop.core.model import Finding, Item, ReviewStatus
from desktop.ui.noop import QT_TRANSLATE_NOOP
from desktop.ui.textpos import TextPositions

TYPE_COLOURS = {
    "indicators": "#fff3b0", "tasks": "#d7ecff", "proposals": "#e8dcff", "tallies": "#ffd9c2",
    "ratios": "#ffe0ea", "documents": "#d9f2e4", "people": "#e6e6e6", "parts": "#ffe9d6",
}
CREATABLE = [("indicators", QT_TRANSLATE_NOOP("ArticleView", "Chỉ tiêu")),
             ("tasks", QT_TRANSLATE_NOOP("ArticleView", "Nhiệm vụ")),
             ("proposals", QT_TRANSLATE_NOOP("ArticleView", "Kiến nghị")),
             ("documents", QT_TRANSLATE_NOOP("ArticleView", "Văn bản")),
             ("people", QT_TRANSLATE_NOOP("ArticleView", "Nhân sự")),
             ("ratios", QT_TRANSLATE_NOOP("ArticleView", "Tỷ số"))]


LAYERS = ("lines", "items", "findings")  # drawn in this order: the page's own lines under the items
FEW_MARKS = 3000  # up to this many marks all are drawn at once; beyond, those near the visible part


class ArticleView(QPlainTextEdit):
    itemClicked = Signal(object)
    createRequested = Signal(str, int, int)
    reanchorRequested = Signal(int, int)  # move the current item to the selected text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse |
                                     Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.positions = TextPositions("")
        self.items: list[tuple[str, Item]] = []
        self.findings: list[Finding] = []
        self.current: Item | None = None
        self._marks: dict[str, list[tuple[tuple[int, int], QTextCharFormat]]] = {}  # by layer, see _paint
        self._sels: dict[str, list[QTextEdit.ExtraSelection]] = {}  # the marks' outlines, on a text with few
        self._repaint = QTimer(self, singleShot=True, interval=30)
        self._repaint.timeout.connect(self._paint)
        self.verticalScrollBar().valueChanged.connect(lambda _v: self._scrolled())
        # the page's own lines (menus, related news …) drawn under the items, with a tooltip and a menu of their own
        self.line_marks: list[tuple[tuple[int, int], QTextCharFormat]] = []
        self.line_tip: Callable[[int], str] | None = None  # raw offset → tooltip text ("" for none)
        self.line_menu: Callable[[QMenu, int], None] | None = None  # adds the actions for the line at a raw offset
        self._create_actions: list[QAction] = []
        self.overlay: Callable[[], list[QTextEdit.ExtraSelection]] | None = None  # drawn last (the find bar's hits)
        for k, (kind, label) in enumerate(CREATABLE):
            act = QAction(self.tr("Tạo mục {0} từ đoạn chọn").format(self.tr(label)), self)
            act.setShortcut(QKeySequence(f"Ctrl+{k + 1}"))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(lambda _=False, kd=kind: self._create(kd))
            self.addAction(act)
            self._create_actions.append(act)
        self.reanchor_action = QAction(self.tr("Đặt vị trí của mục đang chọn vào đoạn này"), self)
        self.reanchor_action.setShortcut(QKeySequence("Ctrl+0"))
        self.reanchor_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.reanchor_action.triggered.connect(self._reanchor)
        self.addAction(self.reanchor_action)

    def show_text(self, raw: str) -> None:
        """A new text: the current item was one of the old text, its outline would fall on other words."""
        self.current = None
        self.positions = TextPositions(raw)
        # a new document, filled before it is shown: replacing a large shown text in place (its folded lines,
        # its thousands of marks) took many seconds
        old = self.document()
        ours = old.parent() is self  # (the first one belongs to the editor, which deletes it when replaced)
        doc = QTextDocument(self)
        doc.setDocumentLayout(QPlainTextDocumentLayout(doc))
        doc.setDefaultFont(old.defaultFont())
        doc.setPlainText(self.positions.display)
        self.setDocument(doc)
        self._sels = {}  # (their cursors were in the old document)
        self.setExtraSelections([])
        if ours:
            old.deleteLater()

    def set_items(self, items: list[tuple[str, Item]], findings: list[Finding]) -> None:
        self.items = items
        self.findings = findings
        self._paint("items", "findings")

    def set_line_marks(self, marks: list[tuple[tuple[int, int], QTextCharFormat]]) -> None:
        self.line_marks = marks
        self._paint("lines")

    def set_findings(self, findings: list[Finding]) -> None:
        self.findings = findings
        self._paint("findings")

    def show_item(self, item: Item | None) -> None:
        """Scroll to an item and outline it."""
        self.current = item
        if item is not None and item.span:
            cur = self._cursor(item.span)
            end = QTextCursor(cur)
            end.setPosition(cur.selectionStart())
            self.setTextCursor(end)
            self.centerCursor()
        self._paint()

    def selected_span(self) -> tuple[int, int] | None:
        c = self.textCursor()
        if not c.hasSelection():
            return None
        return self.positions.to_raw(c.selectionStart()), self.positions.to_raw(c.selectionEnd())

    # -- painting --------------------------------------------------------------------------------

    def _cursor(self, span: tuple[int, int]) -> QTextCursor:
        c = QTextCursor(self.document())
        n = self.document().characterCount() - 1
        c.setPosition(min(n, self.positions.to_doc(span[0])))
        c.setPosition(min(n, self.positions.to_doc(span[1])), QTextCursor.MoveMode.KeepAnchor)
        return c

    def _paint(self, *layers: str) -> None:
        """Outline the text. ``layers`` ("lines", "items", "findings") are built again; the others are kept
        from the last call (a click on an item repaints only its outline: hundreds of marks stay). A text with
        thousands of marks (a 3 MB report) gets those near the visible part only, drawn again as it scrolls: a
        mark costs a text cursor, and 26,000 of them froze the window for seconds."""
        for layer in layers:
            self._marks[layer] = getattr(self, f"_{layer}_marks")()
            self._sels.pop(layer, None)
        marks = sum(len(m) for m in self._marks.values())
        sels = []
        if marks <= FEW_MARKS:
            for layer in LAYERS:
                if layer not in self._sels:
                    self._sels[layer] = [self._selection(span, fmt) for span, fmt in self._marks.get(layer, ())]
                sels += self._sels[layer]
        else:
            lo, hi = self._visible_raw()
            sels = [self._selection(span, fmt) for layer in LAYERS for span, fmt in self._marks.get(layer, ())
                    if span[1] >= lo and span[0] <= hi]
        if self.current is not None and self.current.span:
            fmt = QTextCharFormat()
            fmt.setBackground(QColor("#ffb347"))
            fmt.setProperty(QTextFormat.Property.OutlinePen, QColor("#a05a00"))
            sels.append(self._selection(self.current.span, fmt))
        if self.overlay is not None:
            sels += self.overlay()
        self.setExtraSelections(sels)

    def _visible_raw(self) -> tuple[int, int]:
        """The part of the original text shown, with a margin of a few screens either way."""
        view = self.viewport().rect()
        top = self.cursorForPosition(view.topLeft()).position()
        bottom = self.cursorForPosition(view.bottomRight()).position()
        margin = max(4000, 3 * (bottom - top))
        return self.positions.to_raw(max(0, top - margin)), self.positions.to_raw(bottom + margin)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._scrolled()  # (lines wrap anew: another part of the text is shown)

    def _scrolled(self) -> None:
        if sum(len(m) for m in self._marks.values()) > FEW_MARKS:
            self._repaint.start()  # (a pause in the scrolling: not at every pixel)

    def _selection(self, span: tuple[int, int], fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        s = QTextEdit.ExtraSelection()
        s.cursor = self._cursor(span)
        s.format = fmt
        return s

    def _lines_marks(self) -> list[tuple[tuple[int, int], QTextCharFormat]]:
        return list(self.line_marks)  # (first: items are drawn over them)

    def _items_marks(self) -> list[tuple[tuple[int, int], QTextCharFormat]]:
        formats: dict[str, QTextCharFormat] = {}
        marks = []
        for kind, item in self.items:
            if not item.span or item.review == ReviewStatus.REJECTED:
                continue
            if kind not in formats:
                formats[kind] = fmt = QTextCharFormat()
                fmt.setBackground(QColor(TYPE_COLOURS.get(kind, "#eeeeee")))
            marks.append((item.span, formats[kind]))
        return marks

    def _findings_marks(self) -> list[tuple[tuple[int, int], QTextCharFormat]]:
        marks = []
        for f in self.findings:
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(QColor("#d00000") if str(f.severity) != "thông tin" else QColor("#1f6fd0"))
            marks += [(span, fmt) for span in f.spans]
        return marks

    # -- interaction -----------------------------------------------------------------------------

    def item_at(self, doc_pos: int) -> Item | None:
        raw = self.positions.to_raw(doc_pos)
        hits = [(i.span[1] - i.span[0], i) for _k, i in self.items if i.span and i.span[0] <= raw < i.span[1]]
        return min(hits, key=lambda x: x[0])[1] if hits else None

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if not self.textCursor().hasSelection():
            item = self.item_at(self.cursorForPosition(event.position().toPoint()).position())
            if item is not None:
                self.itemClicked.emit(item)

    def contextMenuEvent(self, event) -> None:
        menu = QMenu(self)
        has_sel = self.textCursor().hasSelection()
        for act in self._create_actions:
            act.setEnabled(has_sel)
            menu.addAction(act)
        menu.addSeparator()
        self.reanchor_action.setEnabled(has_sel and self.current is not None)
        menu.addAction(self.reanchor_action)
        menu.addSeparator()
        menu.addAction(self.tr("Sao chép"), QKeySequence.StandardKey.Copy, self.copy).setEnabled(has_sel)
        if self.line_menu is not None:
            menu.addSeparator()
            self.line_menu(menu, self.positions.to_raw(self.cursorForPosition(event.pos()).position()))
        menu.exec(event.globalPos())

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.line_tip is not None:
            tip = self.line_tip(self.positions.to_raw(self.cursorForPosition(event.pos()).position()))
            if tip:
                QToolTip.showText(event.globalPos(), tip, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def _create(self, kind: str) -> None:
        span = self.selected_span()
        if span and span[1] > span[0]:
            self.createRequested.emit(kind, *span)

    def _reanchor(self) -> None:
        span = self.selected_span()
        if span and span[1] > span[0] and self.current is not None:
            self.reanchorRequested.emit(*span)

    def point_of(self, item: Item) -> QPoint:
        return self.cursorRect(self._cursor(item.span)).center() if item.span else QPoint()
