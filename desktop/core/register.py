"""The task follow-up register (sổ theo dõi nhiệm vụ): one entry per task of the library that has an owner or a
deadline, with its follow-up status, and the category an office reports it under.

The four official categories of the state's follow-up systems — done on time, done late, not done and within its
deadline, not done and overdue — plus *due soon* (within N days), *recurring* (thường xuyên, hằng tháng: no due
date) and *no deadline*. Statuses and categories are stable ASCII codes (stored and printed as they are); the
interface shows them by their Vietnamese label through its translations.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from desktop.core.vnnum import day_text

SOON_DAYS = 7  # "sắp đến hạn": due within this many days (Settings may change it)


class TaskStatus(StrEnum):
    TODO = "todo"  # chưa thực hiện
    DOING = "doing"  # đang thực hiện
    DONE = "done"  # hoàn thành
    DROPPED = "dropped"  # không thực hiện được

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS = {
    TaskStatus.TODO: "chưa thực hiện",
    TaskStatus.DOING: "đang thực hiện",
    TaskStatus.DONE: "hoàn thành",
    TaskStatus.DROPPED: "không thực hiện được",
}


class Category(StrEnum):
    DONE_ON_TIME = "done_on_time"  # đã hoàn thành đúng hạn
    DONE_LATE = "done_late"  # đã hoàn thành quá hạn
    OPEN_ON_TIME = "open_on_time"  # chưa hoàn thành – trong hạn
    DUE_SOON = "due_soon"  # sắp đến hạn (a kind of "within its deadline")
    OPEN_OVERDUE = "open_overdue"  # chưa hoàn thành – quá hạn
    RECURRING = "recurring"  # thường xuyên: no due date
    NO_DEADLINE = "no_deadline"  # chưa rõ thời hạn

    @property
    def label(self) -> str:
        return CATEGORY_LABELS[self]


CATEGORY_LABELS = {
    Category.DONE_ON_TIME: "đã hoàn thành đúng hạn",
    Category.DONE_LATE: "đã hoàn thành quá hạn",
    Category.OPEN_ON_TIME: "chưa hoàn thành – trong hạn",
    Category.DUE_SOON: "sắp đến hạn",
    Category.OPEN_OVERDUE: "chưa hoàn thành – quá hạn",
    Category.RECURRING: "thường xuyên",
    Category.NO_DEADLINE: "chưa rõ thời hạn",
}


@dataclass(kw_only=True)
class RegisterEntry:
    """One task followed up. ``deadline`` is the phrase as the text writes it, ``due`` the date it resolves to
    (or the date a clerk corrected it to); ``recurring`` tasks have no due date."""

    id: int | None = None
    report_id: int | None = None
    item_id: int | None = None  # the task item it follows (None: a task the clerk added to the register)
    text: str
    owner: str | None = None
    partners: list[str] = field(default_factory=list)
    deadline: str | None = None
    due: date | None = None
    recurring: bool = False
    due_corrected: bool = False  # a clerk set the due date (kept when the phrase is read again)
    product: str | None = None
    status: TaskStatus = TaskStatus.TODO
    status_on: date | None = None  # when the status was last set
    done_on: date | None = None  # the completion date of a done task
    note: str = ""
    changed_by: str | None = None
    span: tuple[int, int] | None = None  # the task's place in its report's text
    source_title: str = ""  # the report that gave the task (văn bản giao)
    source_number: str | None = None  # its number (Số …), if it has one
    source_date: date | None = None  # its date
    unit: str | None = None  # the unit the report is filed under
    version: int = 1


def deadline_text(phrase: str | None) -> str:
    """The deadline as a clerk reads it: a full date the extractor wrote in ISO form (``2025-06-30``) as
    ``30/06/2025``; any other phrase as written."""
    if phrase and len(phrase) == 10 and phrase[4] == "-" and phrase[7] == "-":
        try:
            d = date.fromisoformat(phrase)
        except ValueError:
            return phrase
        return day_text(d)
    return phrase or ""


def category(entry: RegisterEntry, today: date, soon_days: int = SOON_DAYS) -> Category:
    """The category ``entry`` is reported under on ``today``."""
    if entry.status == TaskStatus.DONE:
        finished = entry.done_on or entry.status_on or today
        return Category.DONE_LATE if entry.due is not None and finished > entry.due else Category.DONE_ON_TIME
    if entry.recurring:
        return Category.RECURRING
    if entry.due is None:
        return Category.NO_DEADLINE
    if entry.due < today:
        return Category.OPEN_OVERDUE
    if (entry.due - today).days <= soon_days:
        return Category.DUE_SOON
    return Category.OPEN_ON_TIME


def counts(entries: list[RegisterEntry], today: date, soon_days: int = SOON_DAYS) -> dict[Category, int]:
    """How many entries fall in each category (every category listed, zeros included)."""
    out = dict.fromkeys(Category, 0)
    for e in entries:
        out[category(e, today, soon_days)] += 1
    return out
