"""The library: reports grouped by unit, newest first; a search box that ignores diacritics."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QLineEdit, QTreeView, QVBoxLayout, QWidget

from desktop.ui.background import Job, run_in_background
from desktop.ui.search_rows import HIT_ITEM, add_hit_rows

REPORT_ID = Qt.ItemDataRole.UserRole + 10


class LibraryPanel(QWidget):
    reportSelected = Signal(int)
    loaded = Signal()  # the list is filled (after a reload)
    hitSelected = Signal(int, int)  # after reportSelected, for a search hit: report id, item id (0: the text)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = None
        self.hit_items: dict[int, int] = {}
        self._job: Job | None = None  # the reload running
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
        """List the library again (with the search and filter as they stand), then select report ``select``. The
        query runs in the background (thousands of reports, a search over all their items); the list is filled
        when it answers, and ``loaded`` is emitted. A newer reload supersedes one still running."""
        if self.library is None:
            self.model.removeRows(0, self.model.rowCount())
            return
        library, query, mode = self.library, self.search.text().strip(), self.filter.currentData()
        if self._job is not None:
            self._job.forget()
        self._job = run_in_background(lambda _job: _query(library, query, mode),
                                      lambda found: self._fill(found, select), parent=self,
                                      title=self.tr("Không tải được danh sách văn bản"))

    @property
    def loading(self) -> bool:
        return self._job is not None

    def _fill(self, found: _Found, select: int | None) -> None:
        self._job = None
        self.model.removeRows(0, self.model.rowCount())
        summaries, hits, groups_found = found
        snippets: dict[int, str] = {}
        self.hit_items = {}  # report id → item id of its best hit (0: the text itself)
        for h in hits:  # best first
            snippets.setdefault(h.report_id, h.snippet)
            self.hit_items.setdefault(h.report_id, h.item_id or 0)
        groups: dict[str, QStandardItem] = {}
        target = None
        no_unit, no_item, id_tip = self.tr("(Chưa rõ đơn vị)"), self.tr("không có mục"), self.tr("Mã văn bản: {0}")
        for s in summaries:
            unit = s.unit or no_unit
            key = unit_key(unit)
            if key not in groups:
                groups[key] = self._group(unit)
            elif groups[key].text().isupper() and not unit.isupper():
                groups[key].setText(unit)  # the name as written in running text reads better than capitals
            done = f"{s.verified}/{s.items}" if s.items or not s.checked_empty else no_item
            it = QStandardItem(f"{_vn_date(s.day)} · {s.title}  [{done}]")
            it.setEditable(False)
            it.setData(s.id, REPORT_ID)
            # the id the command line takes (reportdesk export 12 …)
            it.setToolTip((snippets.get(s.id) or s.source_name) + "\n" + id_tip.format(s.id))
            groups[key].appendRow(it)
            add_hit_rows(it, groups_found.get(s.id), REPORT_ID)
            if select == s.id:
                target = it
        self.model.invisibleRootItem().appendRows(list(groups.values()))  # (whole: one insertion, not thousands)
        self.tree.expandAll()
        if target is not None:
            self.tree.setCurrentIndex(target.index())
        self.loaded.emit()

    def _group(self, unit: str) -> QStandardItem:
        g = QStandardItem(unit)
        g.setEditable(False)
        f = g.font()
        f.setBold(True)
        g.setFont(f)
        return g

    def _on_current(self, current, _prev) -> None:
        rid = current.data(REPORT_ID) if current.isValid() else None
        if rid is not None:
            self.reportSelected.emit(int(rid))
            if current.data(HIT_ITEM) is not None:  # one hit of a search
                self.hitSelected.emit(int(rid), int(current.data(HIT_ITEM)))
            elif int(rid) in self.hit_items:
                self.hitSelected.emit(int(rid), self.hit_items[int(rid)])


def unit_key(unit: str) -> str:
    """"HUYỆN ỦY BÌNH SƠN" in a header and "Huyện ủy Bình Sơn" in news are one unit (one group, one series)."""
    return " ".join(unit.split()).casefold()


def _vn_date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


_Found = tuple[list, list, dict]  # report summaries (ranked if searched), search hits, hits grouped by report


def _query(library, query: str, mode: str) -> _Found:
    """In the background: the reports to list (filtered, and ranked by the search if there is one)."""
    summaries = library.list_reports()
    if mode == "open":  # (a text with no item is open until a clerk says there is nothing to extract)
        summaries = [s for s in summaries if not s.reviewed]
    elif mode == "done":
        summaries = [s for s in summaries if s.reviewed]
    if not query:
        return summaries, [], {}
    from desktop.store.search import by_report, search

    hits = search(library.db, query, limit=200)
    rank: dict[int, int] = {}
    for h in hits:  # best first
        rank.setdefault(h.report_id, len(rank))
    summaries = sorted((s for s in summaries if s.id in rank), key=lambda s: rank[s.id])
    return summaries, hits, {g.report_id: g for g in by_report(hits)}
