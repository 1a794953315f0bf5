"""A first window: the article beside what was extracted from it.

The full review workflow (library, editable form, undo, autosave) is built on top of this
in ``desktop.ui``; this window already opens files and shows every item with its source.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
)

from desktop.core.extract import extract_file
from desktop.core.intake import IntakeError
from desktop.core.model import Report
from desktop.core.vnnum import format_number


def _utf16_offset(text: str, i: int) -> int:
    """Qt counts UTF-16 code units; Python counts code points."""
    return i + sum(1 for c in text[:i] if ord(c) > 0xFFFF)


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("ReportDesk"))
        self.resize(1200, 760)
        self.report: Report | None = None
        self.text = QPlainTextEdit(readOnly=True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Mục"), self.tr("Giá trị")])
        self.tree.setColumnWidth(0, 360)
        self.tree.itemSelectionChanged.connect(self._show_source)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.text)
        split.addWidget(self.tree)
        split.setSizes([640, 560])
        self.setCentralWidget(split)
        open_action = QAction(self.tr("&Mở tệp…"), self)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self.open_dialog)
        menu = self.menuBar().addMenu(self.tr("&Tệp"))
        menu.addAction(open_action)
        self.statusBar().showMessage(self.tr("Mở một văn bản (.txt, .docx, .html) bằng Ctrl+O"))

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Mở văn bản"), "",
                                              self.tr("Văn bản (*.txt *.docx *.html *.htm)"))
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> None:
        try:
            report = extract_file(path)
        except IntakeError as err:
            QMessageBox.warning(self, self.tr("Không mở được tệp"), str(err))
            return
        self.report = report
        self.text.setPlainText(report.text)
        self._fill(report)
        self.setWindowTitle(self.tr("ReportDesk — {0}").format(report.title or path.name))
        self.statusBar().showMessage(self.tr("{0}: {1} chỉ tiêu, {2} nhiệm vụ, {3} điểm cần kiểm tra").format(
            path.name, len(report.indicators), len(report.tasks), len(report.findings)))

    def _group(self, title: str, count: int) -> QTreeWidgetItem:
        item = QTreeWidgetItem([f"{title} ({count})", ""])
        self.tree.addTopLevelItem(item)
        item.setExpanded(count > 0)
        return item

    def _add(self, parent: QTreeWidgetItem, label: str, value: str, span: tuple[int, int] | None) -> None:
        child = QTreeWidgetItem([label, value])
        child.setData(0, Qt.ItemDataRole.UserRole, span)
        parent.addChild(child)

    def _fill(self, r: Report) -> None:
        self.tree.clear()
        g = self._group(self.tr("Chỉ tiêu"), len(r.indicators))
        for i in r.indicators:
            self._add(g, i.label, f"{i.qualifier + ' ' if i.qualifier else ''}{format_number(i.value)} {i.unit}",
                      i.span)
        g = self._group(self.tr("Số liệu tổng hợp"), len(r.tallies))
        for t in r.tallies:
            parts = " + ".join(format_number(p.count) for p in t.parts)
            self._add(g, f"{format_number(t.total)} {t.noun}", parts, t.span)
        g = self._group(self.tr("Tỷ số"), len(r.ratios))
        for x in r.ratios:
            self._add(g, x.noun, f"{format_number(x.numerator)}/{format_number(x.denominator)}", x.span)
        g = self._group(self.tr("Nhiệm vụ"), len(r.tasks))
        for t in r.tasks:
            self._add(g, t.text, " · ".join(x for x in (t.owner or "", t.deadline or "") if x), t.span)
        g = self._group(self.tr("Kiến nghị"), len(r.proposals))
        for p in r.proposals:
            self._add(g, p.text, "", p.span)
        g = self._group(self.tr("Văn bản"), len(r.documents))
        for d in r.documents:
            self._add(g, f"{d.kind} {d.number}", d.date or "", d.span)
        g = self._group(self.tr("Nhân sự"), len(r.people))
        for p in r.people:
            self._add(g, p.name, ", ".join(p.positions), p.span)
        g = self._group(self.tr("Kiểm tra"), len(r.findings))
        for f in r.findings:
            self._add(g, f.message, str(f.severity), f.spans[0] if f.spans else None)

    def _show_source(self) -> None:
        items = self.tree.selectedItems()
        if not items or self.report is None:
            return
        span = items[0].data(0, Qt.ItemDataRole.UserRole)
        if not span:
            return
        text = self.report.text
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(_utf16_offset(text, span[0]))
        cursor.setPosition(_utf16_offset(text, span[1]), QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        self.text.setTextCursor(cursor)
        self.text.centerCursor()
        del fmt


def launch(argv: list[str]) -> int:
    from desktop.app import sample_files

    app = QApplication.instance() or QApplication(argv)
    window = MainWindow()
    files = [Path(a) for a in argv[1:] if Path(a).is_file()] or sample_files()[:1]
    if files:
        window.open_file(files[0])
    window.show()
    return app.exec()
