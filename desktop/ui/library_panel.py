"""The library: reports grouped by unit, newest first; a search box that ignores diacritics."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QLineEdit, QTreeView, QVBoxLayout, QWidget

from desktop.ui.search_rows import HIT_ITEM, add_hit_rows

REPORT_ID = Qt.ItemDataRole.UserRole + 10


class LibraryPanel(QWidget):
    reportSelected = Signal(int)
    hitSelected = Signal(int, int)  # after reportSelected, for a search hit: report id, item id (0: the text)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = None
        self.hit_items: dict[int, int] = {}
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm (không cần dấu): nhiem vu, sa pa…"))
        self.search.setClearButtonEnabled(True)
        self.filter = QComboBox()
        self.filter.addItem(self.tr("Tất cả văn bản"), "all")
        self.filter.addItem(self.tr("Còn mục chưa kiểm tra"), "open")
        self.filter.addItem(self.tr("Đã kiểm tra xong"), "done")
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([self.tr("Thư viện")])
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(True)
        self.tree.selectionModel().currentChanged.connect(self._on_current)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.search)
        lay.addWidget(self.filter)
        lay.addWidget(self.tree)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.filter.currentIndexChanged.connect(lambda _i: self.reload())

    def set_library(self, library) -> None:
        self.library = library
        self.reload()

    def reload(self, select: int | None = None) -> None:
        self.model.removeRows(0, self.model.rowCount())
        if self.library is None:
            return
        query = self.search.text().strip()
        summaries = self.library.list_reports()
        mode = self.filter.currentData()
        if mode == "open":  # (a text with no item is open until a clerk says there is nothing to extract)
            summaries = [s for s in summaries if not s.reviewed]
        elif mode == "done":
            summaries = [s for s in summaries if s.reviewed]
        snippets: dict[int, str] = {}
        self.hit_items = {}  # report id → item id of its best hit (0: the text itself)
        found = {}  # report id → its listed hits and the count of the others
        if query:
            from desktop.store.search import by_report, search

            hits = search(self.library.db, query, limit=200)
            found = {g.report_id: g for g in by_report(hits)}
            for h in hits:  # best first
                snippets.setdefault(h.report_id, h.snippet)
                self.hit_items.setdefault(h.report_id, h.item_id or 0)
            rank = {rid: k for k, rid in enumerate(snippets)}
            summaries = sorted((s for s in summaries if s.id in rank), key=lambda s: rank[s.id])
        groups: dict[str, QStandardItem] = {}
        target = None
        for s in summaries:
            unit = s.unit or self.tr("(Chưa rõ đơn vị)")
            key = " ".join(unit.split()).casefold()  # "HUYỆN ỦY BÌNH SƠN" in a header, "Huyện ủy Bình Sơn" in news
            if key not in groups:
                g = QStandardItem(unit)
                g.setEditable(False)
                f = g.font()
                f.setBold(True)
                g.setFont(f)
                groups[key] = g
                self.model.appendRow(g)
            elif groups[key].text().isupper() and not unit.isupper():
                groups[key].setText(unit)  # the name as written in running text reads better than capitals
            date = s.day
            done = f"{s.verified}/{s.items}" if s.items or not s.checked_empty else self.tr("không có mục")
            it = QStandardItem(f"{_vn_date(date)} · {s.title}  [{done}]")
            it.setEditable(False)
            it.setData(s.id, REPORT_ID)
            # the id the command line takes (reportdesk export 12 …)
            it.setToolTip((snippets.get(s.id) or s.source_name) + "\n" + self.tr("Mã văn bản: {0}").format(s.id))
            groups[key].appendRow(it)
            add_hit_rows(it, found.get(s.id), REPORT_ID)
            if select == s.id:
                target = it
        self.tree.expandAll()
        if target is not None:
            self.tree.setCurrentIndex(target.index())

    def _on_current(self, current, _prev) -> None:
        rid = current.data(REPORT_ID) if current.isValid() else None
        if rid is not None:
            self.reportSelected.emit(int(rid))
            if current.data(HIT_ITEM) is not None:  # one hit of a search
                self.hitSelected.emit(int(rid), int(current.data(HIT_ITEM)))
            elif int(rid) in self.hit_items:
                self.hitSelected.emit(int(rid), self.hit_items[int(rid)])


def _vn_date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"
