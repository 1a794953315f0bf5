"""Columns of the item tables, declared as data: header, attribute, how to show and edit it."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from desktop.core.model import ReviewStatus
from desktop.ui.noop import QT_TRANSLATE_NOOP


def _t(text: str) -> str:
    return QCoreApplication.translate("Columns", text)


@dataclass(frozen=True)
class Column:
    attr: str  # attribute of the domain item ("review" = review status)
    header: str  # untranslated Vietnamese source text
    kind: str = "text"  # text | number | int | status | list | progress
    editable: bool = True
    width: int = 120

    def title(self) -> str:
        return _t(self.header)


REVIEW = Column("review", QT_TRANSLATE_NOOP("Columns", "Kiểm tra"), "status", width=110)
NOTE = Column("note", QT_TRANSLATE_NOOP("Columns", "Ghi chú"), width=160)

INDICATOR_COLUMNS = [
    Column("group", QT_TRANSLATE_NOOP("Columns", "Nhóm"), width=40),
    Column("label", QT_TRANSLATE_NOOP("Columns", "Chỉ tiêu"), width=270),
    Column("qualifier", QT_TRANSLATE_NOOP("Columns", "Mức"), width=70),
    Column("value", QT_TRANSLATE_NOOP("Columns", "Giá trị"), "number", width=90),
    Column("unit", QT_TRANSLATE_NOOP("Columns", "Đơn vị"), width=100),
    Column("year", QT_TRANSLATE_NOOP("Columns", "Năm"), "int", width=60),
    REVIEW,
    NOTE,
]
# Thời hạn and Tình trạng right after the task: at the window's default size they show without scrolling.
TASK_COLUMNS = [
    Column("group", QT_TRANSLATE_NOOP("Columns", "STT"), width=40),
    Column("text", QT_TRANSLATE_NOOP("Columns", "Việc"), width=300),
    Column("deadline", QT_TRANSLATE_NOOP("Columns", "Thời hạn"), width=105),
    Column("progress", QT_TRANSLATE_NOOP("Columns", "Tình trạng"), "progress", width=115),
    Column("owner", QT_TRANSLATE_NOOP("Columns", "Cơ quan chủ trì"), width=150),
    Column("partners", QT_TRANSLATE_NOOP("Columns", "Phối hợp"), "list", width=150),
    Column("product", QT_TRANSLATE_NOOP("Columns", "Sản phẩm"), width=150),
    REVIEW,
    NOTE,
]
PROPOSAL_COLUMNS = [
    Column("text", QT_TRANSLATE_NOOP("Columns", "Kiến nghị"), width=520),
    REVIEW,
    NOTE,
]
TALLY_COLUMNS = [
    Column("total", QT_TRANSLATE_NOOP("Columns", "Tổng số"), "number", width=80),
    Column("noun", QT_TRANSLATE_NOOP("Columns", "Nội dung"), width=260),
    Column("parts", QT_TRANSLATE_NOOP("Columns", "Các phần"), "parts", editable=False, width=300),
    REVIEW,
    NOTE,
]
PART_COLUMNS = [
    Column("count", QT_TRANSLATE_NOOP("Columns", "Số lượng"), "number", width=80),
    Column("status", QT_TRANSLATE_NOOP("Columns", "Tình trạng"), width=300),
    REVIEW,
]
RATIO_COLUMNS = [
    Column("numerator", QT_TRANSLATE_NOOP("Columns", "Đạt"), "number", width=80),
    Column("denominator", QT_TRANSLATE_NOOP("Columns", "Tổng"), "number", width=80),
    Column("noun", QT_TRANSLATE_NOOP("Columns", "Đối tượng"), width=220),
    Column("percent", QT_TRANSLATE_NOOP("Columns", "Tỷ lệ %"), "number", editable=False, width=80),
    REVIEW,
    NOTE,
]
DOCUMENT_COLUMNS = [
    Column("kind", QT_TRANSLATE_NOOP("Columns", "Loại văn bản"), width=120),
    Column("number", QT_TRANSLATE_NOOP("Columns", "Số, ký hiệu"), width=160),
    Column("date", QT_TRANSLATE_NOOP("Columns", "Ngày"), width=100),
    REVIEW,
    NOTE,
]
PERSON_COLUMNS = [
    Column("name", QT_TRANSLATE_NOOP("Columns", "Họ và tên"), width=180),
    Column("positions", QT_TRANSLATE_NOOP("Columns", "Chức vụ"), "list", width=420),
    REVIEW,
    NOTE,
]
FINDING_COLUMNS = [
    Column("severity", QT_TRANSLATE_NOOP("Columns", "Mức"), editable=False, width=80),
    Column("message", QT_TRANSLATE_NOOP("Columns", "Nội dung cần kiểm tra"), editable=False, width=620),
]

PROGRESS_CHOICES = ["", QT_TRANSLATE_NOOP("Columns", "Chưa thực hiện"), QT_TRANSLATE_NOOP("Columns", "Đang thực hiện"),
                    QT_TRANSLATE_NOOP("Columns", "Hoàn thành"), QT_TRANSLATE_NOOP("Columns", "Hoàn thành chậm"),
                    QT_TRANSLATE_NOOP("Columns", "Thường xuyên")]
STATUS_NAMES = [QT_TRANSLATE_NOOP("Status", "chưa kiểm tra"), QT_TRANSLATE_NOOP("Status", "đã xác minh"),
                QT_TRANSLATE_NOOP("Status", "cần sửa"), QT_TRANSLATE_NOOP("Status", "loại bỏ")]
SEVERITY_NAMES = [QT_TRANSLATE_NOOP("Status", "lỗi"), QT_TRANSLATE_NOOP("Status", "cảnh báo"),
                  QT_TRANSLATE_NOOP("Status", "thông tin")]


def status_text(value: object) -> str:
    """A review status (its code, or a label of an older library) or a severity, in the interface language."""
    with contextlib.suppress(ValueError):  # a severity: its name is its label
        value = ReviewStatus.parse(str(value)).label
    return QCoreApplication.translate("Status", str(value))


EXTRA_FIELDS = {"span": QT_TRANSLATE_NOOP("Columns", "Vị trí trong văn bản"),
                "checked_empty": QT_TRANSLATE_NOOP("Columns", "Không có gì cần trích xuất")}
_BY_ATTR = {c.attr: c for cols in (INDICATOR_COLUMNS, TASK_COLUMNS, PROPOSAL_COLUMNS, TALLY_COLUMNS, PART_COLUMNS,
                                   RATIO_COLUMNS, DOCUMENT_COLUMNS, PERSON_COLUMNS) for c in cols}


def field_title(attr: str | None) -> str:
    """The column title of an item's attribute (for undo texts and the change log), in the interface language."""
    if not attr:
        return ""
    if attr in _BY_ATTR:
        return _BY_ATTR[attr].title()
    return _t(EXTRA_FIELDS[attr]) if attr in EXTRA_FIELDS else attr
