"""Deadline phrases resolve to due dates (issue 17, item 1): every form the register meets, the report's own
date giving a missing year, a yearless date long before the report rolling over to the next year, and a
date that does not exist resolving to None instead of failing. Phrases are invented."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core.deadlines import is_recurring, resolve

MARCH = date(2025, 3, 10)  # a report of 10/3/2025
NOVEMBER = date(2025, 11, 20)


@pytest.mark.parametrize(("phrase", "due"), [
    # a day
    ("trước ngày 30/6/2025", date(2025, 6, 30)),
    ("chậm nhất ngày 15/8", date(2025, 8, 15)),
    ("Chậm nhất là ngày 5/4/2026", date(2026, 4, 5)),
    ("trước 30/6", date(2025, 6, 30)),
    ("2025-06-30", date(2025, 6, 30)),  # how the extractor keeps a full date
    ("ngày 30 tháng 6 năm 2025", date(2025, 6, 30)),
    ("trước ngày 20 tháng 7", date(2025, 7, 20)),
    # a month
    ("trong tháng 9/2025", date(2025, 9, 30)),
    ("Trong tháng 2 năm 2028", date(2028, 2, 29)),  # a leap year
    ("tháng 9", date(2025, 9, 30)),
    ("trong tháng 2", date(2025, 2, 28)),
    # a quarter
    ("quý III/2025", date(2025, 9, 30)),
    ("Trong quý IV/2025", date(2025, 12, 31)),
    ("trong quý I năm 2026", date(2026, 3, 31)),
    ("quý 3", date(2025, 9, 30)),
    ("hoàn thành vào quý II", date(2025, 6, 30)),
    # a year, part of a year
    ("trong năm 2025", date(2025, 12, 31)),
    ("năm 2027", date(2027, 12, 31)),
    ("6 tháng đầu năm", date(2025, 6, 30)),
    ("6 tháng đầu năm 2026", date(2026, 6, 30)),
    ("6 tháng cuối năm", date(2025, 12, 31)),
    ("cuối năm", date(2025, 12, 31)),
    ("vào cuối năm 2026", date(2026, 12, 31)),
    # a week: its Sunday (ISO week 12 of 2025 runs 17–23 March)
    ("trong tuần 12", date(2025, 3, 23)),
    ("tuần 1/2026", date(2026, 1, 4)),
    # counted from the report
    ("trong tháng này", date(2025, 3, 31)),
    ("trong năm nay", date(2025, 12, 31)),
    ("trong 15 ngày", date(2025, 3, 25)),
])
def test_phrase_resolves_to_its_due_date(phrase: str, due: date) -> None:
    assert resolve(phrase, MARCH) == (due, False)


@pytest.mark.parametrize(("phrase", "due"), [
    ("trước 31/1", date(2026, 1, 31)),  # January, written in November: next January
    ("trong quý I", date(2026, 3, 31)),
    ("6 tháng đầu năm", date(2026, 6, 30)),
    ("trong tuần 2", date(2026, 1, 11)),
    ("trước 15/11", date(2025, 11, 15)),  # a few days before the report: this year's (overdue), not next
    ("trong tháng 12", date(2025, 12, 31)),
    ("trong quý I/2025", date(2025, 3, 31)),  # a written year is never moved
])
def test_a_yearless_date_long_before_the_report_is_next_years(phrase: str, due: date) -> None:
    assert resolve(phrase, NOVEMBER) == (due, False)


@pytest.mark.parametrize("phrase", ["thường xuyên", "Thường xuyên", "hằng tháng", "Hàng tháng", "hằng quý",
                                    "định kỳ", "trước 19h00 hằng ngày", "định kỳ hằng năm, trước ngày 15/12"])
def test_recurring_phrases_have_no_due_date(phrase: str) -> None:
    assert is_recurring(phrase)
    assert resolve(phrase, MARCH) == (None, True)


@pytest.mark.parametrize("phrase", ["31/2", "trước ngày 31/2/2025", "2025-02-30", "tháng 13/2025", "quý V/2025",
                                    "trong tuần 54", "trước Tết Nguyên đán", "trong thời gian tới", "", "   "])
def test_what_names_no_real_date_resolves_to_none(phrase: str) -> None:
    assert resolve(phrase, MARCH) == (None, False)


def test_none_and_no_report_date() -> None:
    assert resolve(None, MARCH) == (None, False)
    assert resolve("trước 30/6", None) == (None, False)  # no year anywhere: unknown, not guessed
    assert resolve("trước 30/6/2025", None) == (date(2025, 6, 30), False)
    assert resolve("trong tháng này", None) == (None, False)


def test_month_words_are_not_mistaken_for_a_date() -> None:
    """``tháng 9/2025`` is a month, not the 9th of a month ``2025``; ``quý 3/2025`` a quarter."""
    assert resolve("tháng 9/2025", MARCH)[0] == date(2025, 9, 30)
    assert resolve("quý 3/2025", MARCH)[0] == date(2025, 9, 30)
    assert resolve("trong tuần 12/2026", MARCH)[0] == date(2026, 3, 22)
