"""Progress read in later reports (issue 17, "Matching"): a sentence of a report newer than a task's source that
says the task was done or is under way is offered as a status change, with that sentence as evidence. The clerk
ticks those that hold; nothing changes without her."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.register import RegisterEntry
from desktop.core.task_matching import Proposal
from desktop.ui.button_row import button_row
from desktop.ui.register_model import STATUS_TEXT, day_text


class ProposalsDialog(QDialog):
    """The proposals, each with a check box (ticked: the clerk accepts it); ``chosen()`` after it is accepted.
    A double click on the evidence shows it in its report (``show``)."""

    def __init__(self, proposals: list[Proposal], entries: dict[int, RegisterEntry],
                 show: Callable[[Proposal], None] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tiến độ đọc được trong các văn bản mới hơn"))
        self.resize(1100, 520)
        self.proposals = [p for p in proposals if p.entry_id in entries]
        self.show_evidence = show
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Đánh dấu các đề xuất đúng rồi bấm Cập nhật; trạng thái chỉ đổi khi bạn xác "
                                     "nhận. Nhấp đúp vào câu trích để xem trong văn bản.")))
        self.table = QTableWidget(len(self.proposals), 5)
        self.table.setHorizontalHeaderLabels([self.tr("Nhiệm vụ"), self.tr("Chủ trì"), self.tr("Đề xuất"),
                                              self.tr("Câu trong văn bản mới hơn"), self.tr("Ngày văn bản")])
        for row, p in enumerate(self.proposals):
            e = entries[p.entry_id or 0]
            task = QTableWidgetItem(e.text)
            task.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            task.setCheckState(Qt.CheckState.Unchecked)  # (the clerk decides; nothing is pre-accepted)
            cells = [task, QTableWidgetItem(e.owner or ""), QTableWidgetItem(self.tr(str(STATUS_TEXT[p.new_status]))),
                     QTableWidgetItem(p.evidence_sentence), QTableWidgetItem(day_text(p.report_date))]
            cells[3].setToolTip(p.evidence_sentence)
            for col, cell in enumerate(cells):
                if col:
                    cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, col, cell)
        for col, width in enumerate((330, 160, 120, 380, 90)):
            self.table.setColumnWidth(col, width)
        self.table.setWordWrap(True)
        self.table.cellDoubleClicked.connect(self._double_clicked)
        lay.addWidget(self.table)
        lay.addWidget(button_row(self, self.tr("Cập nhật các mục đã đánh dấu"), self.tr("Đóng"))[0])

    def chosen(self) -> list[Proposal]:
        ticked = []
        for row, p in enumerate(self.proposals):
            cell = self.table.item(row, 0)
            if cell is not None and cell.checkState() == Qt.CheckState.Checked:
                ticked.append(p)
        return ticked

    def _double_clicked(self, row: int, _col: int) -> None:
        if self.show_evidence is not None and 0 <= row < len(self.proposals):
            self.show_evidence(self.proposals[row])
