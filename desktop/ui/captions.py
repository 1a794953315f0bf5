"""Captions above the tables of the Số liệu tab: which table holds the totals, which the parts, which the ratios."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QSplitter, QWidget

from desktop.ui.noop import QT_TRANSLATE_NOOP

CAPTIONS = {
    "tallies": QT_TRANSLATE_NOOP("Captions", "Số tổng hợp (chọn một dòng để xem các phần của nó)"),
    "parts": QT_TRANSLATE_NOOP("Captions", "Các phần của số tổng hợp đang chọn"),
    "ratios": QT_TRANSLATE_NOOP("Captions", "Tỷ số (đạt trên tổng)"),
}


def add_captioned(split: QSplitter, kind: str, table: QWidget) -> QLabel:
    """``table`` in ``split`` under a caption; the caption keeps its height and the line between the two does
    not move (the lines between the tables do)."""
    label = QLabel(QCoreApplication.translate("Captions", str(CAPTIONS[kind])))
    label.setObjectName(f"caption-{kind}")
    label.setBuddy(table)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setContentsMargins(4, 6, 4, 2)
    label.setMaximumHeight(label.sizeHint().height())
    split.addWidget(label)
    split.addWidget(table)
    split.setCollapsible(split.indexOf(label), False)
    split.handle(split.indexOf(table)).setEnabled(False)
    return label
