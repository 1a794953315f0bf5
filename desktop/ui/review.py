"""The review workflow of the window (menu Kiểm tra): mark the selected items verified, to fix or rejected, go to the
next unchecked one, verify the same item in other texts, mark a text as having nothing to extract, show only the
unchecked rows, see an item's history; and Delete on the selected items."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from desktop.core.model import Item, ReviewStatus
from desktop.ui.delete_key import delete_items
from desktop.ui.dialogs import info, warn

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


class ReviewActions(QObject):
    def __init__(self, window: MainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.identical: list[int] = []  # items of other texts offered after a confirmation
        self.checked_empty = False  # the open text is marked "nothing to extract" (read when it opens)
        act = window._act
        act(self.tr("Đánh dấu &đã xác minh"), lambda: self.mark(ReviewStatus.VERIFIED),
            [QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")], menu)
        act(self.tr("Đánh dấu &cần sửa"), lambda: self.mark(ReviewStatus.NEEDS_FIX), "Ctrl+Shift+Return", menu)
        act(self.tr("Đánh dấu &loại bỏ"), lambda: self.mark(ReviewStatus.REJECTED), "Ctrl+Shift+Delete", menu)
        act(self.tr("Mục &chưa kiểm tra tiếp theo"), self.next_unverified, "F8", menu)
        act(self.tr("&Lịch sử sửa đổi của mục…"), self.history_dialog, "Ctrl+H", menu)
        self.identical_action = act(self.tr("Xác minh cả các mục &giống hệt ở văn bản khác"), self.verify_identical,
                                    [QKeySequence("Ctrl+Alt+Return"), QKeySequence("Ctrl+Alt+Enter")], menu)
        self.identical_action.setEnabled(False)
        menu.addSeparator()
        self.nothing_action = act(self.tr("Văn bản &không có gì cần trích xuất (đã kiểm tra)"),
                                  self.toggle_nothing_to_extract, None, menu, checkable=True)
        self.nothing_action.setEnabled(False)
        menu.addSeparator()
        self.only_unverified = act(self.tr("Chỉ hiện mục chưa kiểm tra"), self.toggle_unverified, "Ctrl+U", menu,
                                   checkable=True)

    def session_opened(self, checked_empty: bool) -> None:
        self.checked_empty = checked_empty
        self.identical = []  # offered for an item of the old text
        self.identical_action.setEnabled(False)

    def selected_items(self) -> list[Item]:
        """The rows selected in the form, else the item outlined in the text; only items of this report."""
        session, w = self.window.session, self.window
        if session is None:
            return []
        table = w.form.current_table()
        items = table.selected_items() if table is not None else []
        if not items and isinstance(w.article.current, Item):
            items = [w.article.current]
        return [i for i in items if i is not None and session.kind_of(i) is not None]

    def _selection(self) -> list[Item]:
        """The items a command acts on; none (and the status bar says so) when nothing is selected."""
        items = self.selected_items() if self.window.session is not None else []
        if not items and self.window.session is not None:
            self.window.statusBar().showMessage(self.tr("Chưa chọn mục nào trong văn bản này."), 5000)
        return items

    def mark(self, status: ReviewStatus) -> None:
        session, items = self.window.session, self._selection()
        if session is None or not items:
            return
        session.set_review(items, status)
        self.identical = []
        if status == ReviewStatus.VERIFIED and len(items) == 1:
            self._offer_identical(items[0])
            self.next_unverified()

    def _offer_identical(self, item: Item) -> None:
        """After one item is verified: the same item, unchecked, in other texts (a person, a document …)."""
        library = self.window.library
        if library is None or item.id is None:
            return
        from desktop.store.errors import StoreError

        try:
            self.identical = library.identical_unchecked(item.id)
        except StoreError:
            self.identical = []
        self.identical_action.setEnabled(bool(self.identical))
        if self.identical:
            self.window.statusBar().showMessage(self.tr(
                "Có {0} mục giống hệt ở văn bản khác chưa kiểm tra — Ctrl+Alt+Enter để xác minh cả").format(
                len(self.identical)), 15000)

    def verify_identical(self) -> None:
        """Verify the identical items offered after the last confirmation (undoable with Ctrl+Z)."""
        w = self.window
        session, library = w.session, w.library
        if session is None or library is None or not self.identical:
            return
        from desktop.ui.undo import ReviewElsewhereCommand, push_saved

        ids, self.identical = self.identical, []
        self.identical_action.setEnabled(False)
        rid = session.report.id
        if push_saved(session.undo_stack, ReviewElsewhereCommand(
                library, {k: ReviewStatus.UNCHECKED for k in ids}, ReviewStatus.VERIFIED,
                self.tr("Xác minh {0} mục giống hệt ở văn bản khác").format(len(ids)),
                done=lambda: w.library_panel.reload(select=rid),
                failed=lambda msg: warn(w, self.tr("Chưa lưu được"), msg))):
            w.statusBar().showMessage(self.tr("Đã xác minh {0} mục giống hệt (Ctrl+Z để hoàn tác)").format(len(ids)),
                                      4000)

    def next_unverified(self) -> None:
        w = self.window
        if w.session is None:
            return
        current = w.article.current if isinstance(w.article.current, Item) else None
        item = w.session.next_unverified(current)
        if item is None:
            w.statusBar().showMessage(self.tr("Mọi mục của văn bản này đã được kiểm tra."), 5000)
            return
        w.form.select_item(item)
        w.article.show_item(item)

    def toggle_unverified(self) -> None:
        self.window.form.set_only_unverified(self.only_unverified.isChecked())

    def delete_selected(self) -> None:
        session, items = self.window.session, self._selection()
        if session is not None and items:
            delete_items(session, items)  # one undoable step

    def update_nothing_action(self) -> None:
        """"Nothing to extract" is offered for a text with no item left (every one deleted or rejected)."""
        w = self.window
        report = w.session.report if w.session is not None else None
        if report is None or report.id is None or w.library is None:
            self.nothing_action.setEnabled(False)
            return
        empty = all(i.review == ReviewStatus.REJECTED for i in report.items())
        self.nothing_action.setEnabled(empty or self.checked_empty)
        self.nothing_action.setChecked(self.checked_empty)

    def toggle_nothing_to_extract(self, on: bool) -> None:
        w = self.window
        if w.session is None or w.library is None or w.session.report.id is None:
            return
        from desktop.store.errors import StoreError

        try:
            version = w.library.set_nothing_to_extract(w.session.report.id, on)
            if version is not None:
                w.session.report.version = version  # (the details' next save is checked against it)
            self.checked_empty = on
        except StoreError as err:
            warn(w, self.tr("Chưa lưu được"), str(err))
        self.update_nothing_action()
        w.library_panel.reload(select=w.session.report.id)

    def history_dialog(self) -> None:
        """Who changed the selected item, when, from what to what."""
        w = self.window
        items = self.selected_items()
        if len(items) != 1 or items[0].id is None or w.library is None:
            info(w, self.tr("Lịch sử sửa đổi"), self.tr("Chọn một mục trong bảng để xem lịch sử sửa đổi của nó."))
            return
        from desktop.ui.history_dialog import HistoryDialog, describe

        self.history = HistoryDialog(describe(items[0]), w.library.history(items[0].id), w)  # (kept: non-modal)
        self.history.open()
