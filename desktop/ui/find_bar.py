"""Ctrl+F in the article: a find bar floating over the text's top right corner. Ignores diacritics and case
(``tinh uy`` finds ``Tỉnh ủy``), highlights every hit, Enter / Shift+Enter go to the next / previous one, the
count reads ``3/12``, Esc closes. A library search hit opens its report scrolled to the hit, highlighted."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QKeyEvent, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QTextEdit, QToolButton

from desktop.core.textnorm import fold_same_length
from desktop.store.search import best_window, fold_query
from desktop.ui.article_view import ArticleView

HIT = "#fff176"
CURRENT = "#ff9632"


def _fold(s: str) -> str:
    """Same length as ``s``, so that positions in the folded text are positions in the document."""
    f = fold_same_length(s)
    return f if len(f) == len(s) else s.lower()


class FindBar(QFrame):
    def __init__(self, article: ArticleView) -> None:
        super().__init__(article)
        self.article = article
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("Tìm trong văn bản (không cần dấu)"))
        self.edit.setMinimumWidth(200)
        self.count = QLabel("0/0")
        self.count.setMinimumWidth(48)
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(4, 2, 4, 2)
        lay.addWidget(self.edit)
        lay.addWidget(self.count)
        for text, tip, slot in (("▲", self.tr("Kết quả trước (Shift+Enter)"), self.previous),
                                ("▼", self.tr("Kết quả tiếp theo (Enter)"), self.next),
                                ("✕", self.tr("Đóng (Esc)"), self.close_bar)):
            b = QToolButton()
            b.setText(text)
            b.setToolTip(tip)
            b.setAutoRaise(True)
            b.clicked.connect(slot)
            lay.addWidget(b)
        self.hits: list[tuple[int, int]] = []  # document positions
        self.index = -1
        self.hit_span: tuple[int, int] | None = None  # a library search hit, document positions
        self.pending: Callable[[], None] | None = None  # a library hit waiting for its report's text
        self.edit.textChanged.connect(lambda _t: self.find())
        self.edit.installEventFilter(self)
        article.installEventFilter(self)
        article.textChanged.connect(self._text_changed)
        article.overlay = self.selections
        self.hide()

    # -- the bar ---------------------------------------------------------------------------------

    def open_bar(self) -> None:
        chosen = self.article.textCursor().selectedText()
        if chosen and "\u2029" not in chosen:
            self.edit.setText(chosen)
        self.hit_span = None  # the library hit gives way to the clerk's own search
        self.show()
        self._place()
        self.raise_()
        self.edit.setFocus()
        self.edit.selectAll()
        self.find()

    def close_bar(self) -> None:
        self.hide()
        self.hits, self.index, self.hit_span = [], -1, None
        self.article._paint()
        self.article.setFocus()

    def _place(self) -> None:
        self.adjustSize()
        vp = self.article.viewport().geometry()
        self.move(max(0, vp.right() - self.width() - 6), vp.top() + 4)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.article and event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        elif event.type() == QEvent.Type.KeyPress:
            event = cast(QKeyEvent, event)  # PySide6 hands a key press over as its QKeyEvent
            key = event.key()
            if key == Qt.Key.Key_Escape and (obj is self.edit or self.isVisible() or self.hit_span is not None):
                self.close_bar()
                return True
            if obj is self.edit and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.previous()
                else:
                    self.next()
                return True
        return super().eventFilter(obj, event)

    # -- finding ---------------------------------------------------------------------------------

    def find(self) -> None:  # type: ignore[override]  # shadows QWidget.find (a static lookup by window id)
        self.hits = self._hits(self.edit.text()) if self.isVisible() else []
        start = self.article.textCursor().selectionStart()
        self.index = next((k for k, (a, _b) in enumerate(self.hits) if a >= start), 0) if self.hits else -1
        self._go()

    def _hits(self, query: str) -> list[tuple[int, int]]:
        q = " ".join(_fold(unicodedata.normalize("NFC", query)).split())
        if not q:
            return []
        text = _fold(self.article.toPlainText())
        out, pos = [], text.find(q)
        while pos >= 0:
            out.append((pos, pos + len(q)))
            pos = text.find(q, pos + len(q))
        return out

    def next(self) -> None:
        if self.hits:
            self.index = (self.index + 1) % len(self.hits)
        self._go()

    def previous(self) -> None:
        if self.hits:
            self.index = (self.index - 1) % len(self.hits)
        self._go()

    def _go(self) -> None:
        self.count.setText(f"{self.index + 1}/{len(self.hits)}" if self.hits else "0/0")
        if self.hits:
            self._scroll_to(self.hits[self.index])
        self.article._paint()

    def _scroll_to(self, span: tuple[int, int]) -> None:
        c = QTextCursor(self.article.document())
        c.setPosition(span[0])
        self.article.setTextCursor(c)
        self.article.centerCursor()

    def _text_changed(self) -> None:
        """Another text: the old positions mean nothing in it (painted with the new text's items)."""
        self.hit_span = None
        if self.pending is not None:  # (the report is read off the UI thread: its text comes later)
            QTimer.singleShot(0, self.pending)
            self.pending = None
        self.hits = self._hits(self.edit.text()) if self.isVisible() else []
        self.index = 0 if self.hits else -1
        self.count.setText(f"{self.index + 1}/{len(self.hits)}" if self.hits else "0/0")

    # -- a library hit ---------------------------------------------------------------------------

    def show_hit(self, query: str, raw_span: tuple[int, int] | None = None) -> tuple[int, int] | None:
        """Scroll to and highlight where the query's words stand closest together (within ``raw_span``, an item's
        place in the raw text, when given)."""
        tokens = fold_query(query)
        text = _fold(self.article.toPlainText())
        lo, hi = 0, len(text)
        if raw_span is not None:
            pos = self.article.positions
            lo, hi = pos.to_doc(raw_span[0]), pos.to_doc(raw_span[1])
        win = best_window(text[lo:hi], tokens) if tokens else None
        span = (lo + win[0], lo + win[1]) if win else ((lo, hi) if raw_span is not None else None)
        self.hit_span = span
        if span is not None:
            self._scroll_to(span)
        self.article._paint()
        return span

    # -- painting (ArticleView draws these over its own marks) ------------------------------------

    def selections(self) -> list[QTextEdit.ExtraSelection]:
        marks = [(span, k == self.index) for k, span in enumerate(self.hits)]
        if self.hit_span is not None:
            marks.append((self.hit_span, True))
        out = []
        n = self.article.document().characterCount() - 1
        for (a, b), current in marks:
            s = QTextEdit.ExtraSelection()
            s.cursor = QTextCursor(self.article.document())
            s.cursor.setPosition(min(a, n))
            s.cursor.setPosition(min(b, n), QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(CURRENT if current else HIT))
            if current:
                fmt.setProperty(QTextFormat.Property.OutlinePen, QColor("#a04000"))
            s.format = fmt
            out.append(s)
        return out


def show_library_hit(window, report_id: int, item_id: int) -> None:
    """The library's search hit for the report just opened: scroll to it and highlight it."""
    session = window.session
    if session is None or session.report.id != report_id:  # not shown yet: when its text comes
        window.find_bar.pending = lambda: show_library_hit(window, report_id, item_id)
        return
    item = next((i for i in session.report.items() if i.id == item_id), None) if item_id else None
    window.find_bar.show_hit(window.library_panel.search.text(), item.span if item is not None else None)
