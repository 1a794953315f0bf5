"""Issue 16, point 12 (store): every word of the query in any order, diacritics-insensitive, ranked — the words
in the title first, then the words closest together, then the most occurrences."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.extract import extract_text
from desktop.store.db import open_database
from desktop.store.library import Library
from desktop.store.search import best_window, search

IN_TITLE = ("Kết luận của Tỉnh ủy về công tác cán bộ\n\nHội nghị đã thảo luận nhiều nội dung quan trọng của "
            "địa phương trong quý.")
CLOSE = ("Tin hội nghị tháng Ba\n\nHội nghị đã nghe thông báo kết luận của Tỉnh ủy về chương trình "
         "làm việc năm nay.")
SPREAD = ("Tin hoạt động cơ sở\n\nXã đã tổ chức tổng kết năm. Sau đó ban chấp hành thảo luận về giao thông. "
          "Cuối cùng đồng chí Bí thư nêu kết luận. Đoàn của Tỉnh đoàn dự. Báo cáo gửi Huyện ủy.")
NOTHING = "Tin thể thao\n\nGiải bóng đá thiếu niên xã Tân Mỹ khai mạc sáng nay."


@pytest.fixture
def lib(tmp_path: Path) -> Library:
    lib = Library(open_database(f"sqlite:///{tmp_path / 's.sqlite3'}"))
    for k, text in enumerate([IN_TITLE, CLOSE, SPREAD, NOTHING]):  # the best match first: oldest
        lib.add_report(extract_text(text, name=f"t{k}.txt"))
    return lib


def _titles(lib: Library, query: str) -> list[str]:
    seen: list[str] = []
    for h in search(lib.db, query, item_type="report"):
        if h.title not in seen:
            seen.append(h.title)
    return seen


def test_all_words_in_any_order_without_diacritics(lib: Library) -> None:
    for query in ("ket luan tinh uy", "tinh uy ket luan", "TỈNH ỦY kết luận"):
        titles = _titles(lib, query)
        assert "Kết luận của Tỉnh ủy về công tác cán bộ" in titles, query
        assert "Tin thể thao" not in titles
    assert search(lib.db, "ket luan bong da") == []  # every word must be there


def test_ranked_title_then_closeness(lib: Library) -> None:
    assert _titles(lib, "ket luan tinh") == ["Kết luận của Tỉnh ủy về công tác cán bộ", "Tin hội nghị tháng Ba",
                                             "Tin hoạt động cơ sở"]


def test_snippet_marks_the_words_where_they_stand_together(lib: Library) -> None:
    hit = next(h for h in search(lib.db, "tinh uy ket luan", item_type="report") if h.title == "Tin hội nghị tháng Ba")
    assert "[kết luận] của [Tỉnh ủy]" in hit.snippet


def test_best_window_is_the_shortest_stretch_with_every_word() -> None:
    folded = "ket a b c luan x ket luan y"
    assert best_window(folded, ["ket", "luan"]) == (folded.index("ket luan"), folded.index("ket luan") + 8)
    assert best_window(folded, ["zzz"]) is None
