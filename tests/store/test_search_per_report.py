"""Issue 18, point 6 (store): one long report must not crowd the others out of the results. Hits are capped
per report (``per_report``), the count of the others is kept (``more``), and reports are ranked by their best
hit; ``limit`` counts reports. On SQLite and on PostgreSQL (``REPORTDESK_TEST_PG``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.extract import extract_text
from desktop.core.model import Task
from desktop.store.db import open_database
from desktop.store.library import Library
from desktop.store.search import by_report, search
from tests.conftest import ENGINES, empty_library_url

LONG_TASKS = 499  # + the text itself: 500 hits
SHORT = [  # one hit each (their text); the first has the words in its title
    "Đê điều mùa lũ năm nay\n\nHuyện đã rà soát các tuyến kè ven sông.",
    "Tin xã Tân Mỹ\n\nXã đã tổ chức kiểm tra đê điều trước mùa mưa.",
    "Tin xã Tân Lập\n\nBan chỉ huy xã báo cáo tình hình đê điều và hồ chứa.",
    "Tin xã Phú Xuân\n\nNhân dân tham gia gia cố đê điều, khơi thông kênh mương.",
    "Tin xã Lâm Giang\n\nXã nghiệm thu công trình, trong đó có tuyến đê điều cũ.",
]


@pytest.fixture(params=ENGINES)
def lib(request, tmp_path: Path):
    db = open_database(empty_library_url(request.param, tmp_path))
    yield fill(Library(db))
    db.close()


def fill(library: Library) -> Library:
    """Five short reports of one hit each, then a long one of 500 hits."""
    for k, text in enumerate(SHORT):
        library.add_report(extract_text(text, name=f"short{k}.txt"))
    long = extract_text("Kế hoạch phòng chống thiên tai\n\nHuyện giao các xã kiểm tra đê điều trên địa bàn.",
                        name="long.txt")
    long.tasks = [Task(text=f"Kiểm tra đê điều đoạn số {k}", key=f"task-{k}") for k in range(LONG_TASKS)]
    long.proposals = []
    library.add_report(long)  # the newest: its hits come first in the store's own order
    return library


def _long_id(library: Library) -> int:
    return next(s.id for s in library.list_reports() if s.title == "Kế hoạch phòng chống thiên tai")


def test_a_long_report_does_not_crowd_out_the_others(lib: Library) -> None:
    hits = search(lib.db, "de dieu", limit=200)
    groups = by_report(hits)
    assert len(groups) == 6  # every report, the long one once
    long = next(g for g in groups if g.report_id == _long_id(lib))
    assert len(long.hits) == 5 and long.more == LONG_TASKS + 1 - 5
    assert all(h.more == long.more for h in long.hits)
    for g in groups:
        if g is not long:
            assert len(g.hits) == 1 and g.more == 0
    assert groups[0].title == "Đê điều mùa lũ năm nay"  # the words in the title: the best hit of all
    assert [h.report_id for h in hits] == [h.report_id for g in groups for h in g.hits]  # a report's hits together


def test_per_report_and_limit_count_hits_and_reports(lib: Library) -> None:
    groups = by_report(search(lib.db, "de dieu", per_report=2, limit=3))
    assert len(groups) == 3 and groups[0].title == "Đê điều mùa lũ năm nay"
    long = [g for g in groups if g.report_id == _long_id(lib)]
    assert not long or (len(long[0].hits) == 2 and long[0].more == LONG_TASKS + 1 - 2)
    one = by_report(search(lib.db, "de dieu doan so 7", per_report=1))
    assert len(one) == 1 and one[0].hits[0].snippet.startswith("Kiểm tra [đê điều đoạn số 7]")
    assert one[0].more == 0  # "7" alone is a word: only task 7 holds every word


def test_more_respects_the_filters(lib: Library) -> None:
    groups = by_report(search(lib.db, "de dieu", item_type="task"))
    assert len(groups) == 1 and len(groups[0].hits) == 5 and groups[0].more == LONG_TASKS - 5
    assert {h.item_type for h in groups[0].hits} == {"task"}
