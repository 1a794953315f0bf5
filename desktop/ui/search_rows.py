"""A library search's hits under their report's row: at most a few per report (best first), then a row
``còn N kết quả trong văn bản này`` for the others. Choosing a hit opens its report scrolled to it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem

if TYPE_CHECKING:
    from desktop.store.search import ReportHits

HIT_ITEM = Qt.ItemDataRole.UserRole + 11  # on a hit's row: the item id of the hit (0: the text itself)
MORE_COLOUR = "#606060"


def more_text(more: int) -> str:
    return QCoreApplication.translate("SearchRows", "còn {0} kết quả trong văn bản này").format(more)


def add_hit_rows(report_row: QStandardItem, found: ReportHits | None, report_id_role: int) -> None:
    """Under ``report_row``, one row per listed hit of ``found``, then one for the count of the others."""
    if found is None:
        return
    for h in found.hits:
        row = QStandardItem(near_the_words(h.snippet))
        row.setEditable(False)
        row.setToolTip(h.snippet)
        row.setData(found.report_id, report_id_role)
        row.setData(h.item_id or 0, HIT_ITEM)
        report_row.appendRow(row)
    if found.more:
        row = QStandardItem("… " + more_text(found.more))
        row.setEditable(False)
        row.setData(found.report_id, report_id_role)
        font = row.font()
        font.setItalic(True)
        row.setFont(font)
        row.setForeground(QBrush(QColor(MORE_COLOUR)))
        report_row.appendRow(row)
    report_row.setToolTip(report_row.toolTip() + ("\n" + more_text(found.more) if found.more else ""))


def near_the_words(snippet: str, before: int = 15) -> str:
    """The snippet from a few words before its first marked word: a narrow row shows the hit, not the lead-in."""
    first = snippet.find("[")
    if first <= before + 1:
        return snippet
    start = snippet.find(" ", first - before, first)
    return "…" + snippet[(start + 1 if start >= 0 else first):].lstrip()
