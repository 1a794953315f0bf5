"""The categories of the follow-up register (issue 17): the four official ones, due soon, recurring, no deadline."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core.register import Category, RegisterEntry, TaskStatus, category, counts

TODAY = date(2025, 7, 10)


@pytest.mark.parametrize(("status", "due", "done_on", "recurring", "expected"), [
    (TaskStatus.TODO, date(2025, 6, 30), None, False, Category.OPEN_OVERDUE),
    (TaskStatus.DOING, date(2025, 7, 15), None, False, Category.DUE_SOON),  # within 7 days
    (TaskStatus.DOING, date(2025, 7, 17), None, False, Category.DUE_SOON),  # the 7th day
    (TaskStatus.TODO, date(2025, 7, 18), None, False, Category.OPEN_ON_TIME),
    (TaskStatus.TODO, date(2025, 7, 10), None, False, Category.DUE_SOON),  # due today: not yet overdue
    (TaskStatus.DONE, date(2025, 6, 30), date(2025, 6, 28), False, Category.DONE_ON_TIME),
    (TaskStatus.DONE, date(2025, 6, 30), date(2025, 6, 30), False, Category.DONE_ON_TIME),
    (TaskStatus.DONE, date(2025, 6, 30), date(2025, 7, 2), False, Category.DONE_LATE),
    (TaskStatus.DROPPED, date(2025, 6, 30), None, False, Category.OPEN_OVERDUE),
    (TaskStatus.TODO, None, None, True, Category.RECURRING),
    (TaskStatus.TODO, None, None, False, Category.NO_DEADLINE),
])
def test_category(status: TaskStatus, due: date | None, done_on: date | None, recurring: bool,
                  expected: Category) -> None:
    e = RegisterEntry(text="Rà soát hộ nghèo", status=status, due=due, done_on=done_on, recurring=recurring)
    assert category(e, TODAY) == expected


def test_counts_list_every_category_and_add_up() -> None:
    entries = [RegisterEntry(text=f"Việc {k}", due=date(2025, 7, k + 1)) for k in range(20)]
    c = counts(entries, TODAY)
    assert set(c) == set(Category) and sum(c.values()) == 20
    assert c[Category.OPEN_OVERDUE] == 9 and c[Category.DUE_SOON] == 8 and c[Category.OPEN_ON_TIME] == 3


@pytest.mark.parametrize(("phrase", "shown"), [
    ("2025-06-30", "30/06/2025"), ("trong quý III/2025", "trong quý III/2025"), (None, ""),
    ("2025-02-31", "2025-02-31"),  # not a day: as written
])
def test_a_full_date_reads_as_a_clerk_writes_it(phrase: str | None, shown: str) -> None:
    from desktop.core.register import deadline_text

    assert deadline_text(phrase) == shown
