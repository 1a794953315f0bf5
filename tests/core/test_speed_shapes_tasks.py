"""The task readers' cheaper shapes decide exactly as the plain forms they replace.

Each rewrite (a regex begun later or skipped where it cannot match, a search rewritten to skip ahead, a split
stopped early) is compared with the plain form, written out here, on invented lines (fictional units) and on
every line of the sample texts and their tails.
"""

from __future__ import annotations

import re
from pathlib import Path

from desktop.core.extract import directives, enumeration, task_collector, task_cues, task_fields, task_owner, tasks

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
LINES = [
    "", " ", "7", "Giao", "giao ", "\tgiao  Phòng Nội vụ", "Việc giao đất; giao Phòng Tài chính cân đối",
    "Sở Y tế hoàn thành trước ngày 30/6/2026, báo cáo trước 15/7/2026",
    "hoàn thành TRƯỚC   NGÀY \n 05/3/2026 và chậm nhất là  12 tháng 8 năm 2026",
    "Quyết định số 12/3/2024 của UBND; hạn  ngày 1/2/2025; không quá 31/2/2025; đến 9/9/2099",
    "ban hành trước 2 tháng 5 năm 2026 và ngày 3 THÁNG 4 NĂM 2026",
    "trong 123/4/2025, trướcngày 1/1/2026, trước\u00a0ngày\u00a01/1/2026",
    "xây dựng kế hoạch năm 2025 (ngày 10/10/2025)",
    "Các phòng cần", "các sở, ngành cần tiếp tục", "UBND huyện sớm\n", "Phòng Văn hóa phải cũng", "Sở X cần\n\n",
    "- Nội dung", "  - Sở Y tế", "–", "•x", "+ Tổng kết", "-Không", "\u00a0- Sở", "1. Mục", "\n+ ",
    "Thường xuyên kiểm tra; báo cáo hằng tháng, hàng quý", "thường xuyêntheo dõi, ngân hàng tháng 5",
    "nhiệm vụ thường xuyên", "Hằng  tuần", "chăng năm",
    "Chủ tịch nhấn mạnh: các xã cần chủ động", "đồng chí chỉ đạo các địa phương", "Yêu cầu: rà soát",
    "lưu ý các đơn vị", "Đề nghị Tỉnh ủy quan tâm", "Kiến nghị của cử tri", "Giao Phòng Nội vụ",
]


def _lines() -> list[str]:
    out = list(LINES)
    for p in sorted(SAMPLES.glob("*.txt")):
        out += p.read_text(encoding="utf-8").splitlines()
    return out


def _phrases() -> list[str]:
    """Each line and its tails, so that the shapes open, end and stand inside them."""
    return [line[cut:] for line in _lines() for cut in range(0, max(len(line), 1), 5)]


def _spans(matches: object) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in matches]  # type: ignore[attr-defined]


def test_dated_is_the_plain_finditer() -> None:
    found = 0
    for text in _phrases():
        got = _spans(task_fields._dated(text))
        assert got == _spans(task_fields._DATED.finditer(text)), text
        found += bool(got)
    assert found > 10


def test_deadline_in_reads_full_dates_as_before() -> None:
    assert task_fields.deadline_in("hoàn thành TRƯỚC   NGÀY \n 05/3/2026") == "2026-03-05"
    assert task_fields.deadline_in("Quyết định 12/3/2024; hạn ngày 31/2/2025; chậm nhất là 1/4/2025") == "2025-02-31"
    assert task_fields.deadline_in("báo cáo hằng tháng") == "hằng tháng"
    assert task_fields.deadline_in("theo dõi thường xuyên") == "thường xuyên"
    assert task_fields.deadline_in("thực hiện nhiệm vụ thường xuyên") is None
    assert task_fields.deadline_in("vay ngân hàng tháng 5") == "hàng tháng"  # (the shape, whatever it means)


def test_whole_word_searches_are_the_plain_ones() -> None:
    plain_regularly = re.compile(r"(?<![\w])(?:thường xuyên|Thường xuyên)(?![\w])")
    plain_every = re.compile(r"(?<![\w])[Hh][ằà]ng\s+(?:tháng|quý|năm|tuần)")
    plain_give = re.compile(r"(?:^|\s)[Gg]iao\s+")
    for text in _phrases():
        assert _spans(task_fields._REGULARLY.finditer(text)) == _spans(plain_regularly.finditer(text)), text
        assert _spans(task_fields._EVERY.finditer(text)) == _spans(plain_every.finditer(text)), text
        give, plain = task_owner._GIVE.search(text), plain_give.search(text)
        assert (give.end() if give else None) == (plain.end() if plain else None), text


def test_modal_tail_is_dropped_as_by_the_plain_sub() -> None:
    for text in _phrases():
        assert task_owner._without_modal_tail(text) == task_owner._MODAL_TAIL.sub("", text), text


def test_dash_item_is_the_plain_match() -> None:
    for text in _lines():
        got, plain = enumeration.dash_item(text), enumeration.DASH_ITEM.match(text)
        assert (got.span() if got else None) == (plain.span() if plain else None), text


def test_word_counts_stopped_early_are_the_plain_counts() -> None:
    for text in _phrases():
        words = len(text.split())
        assert task_collector._fewer_words(text, 3) is (words < 3), text
        assert tasks._at_most_words(text, 8) is (words <= 8), text


def test_trigger_gates_let_every_trigger_through() -> None:
    """A text the gates turn away holds no match of any trigger's pattern (nor of _REQUIRE, for may_require)."""
    patterns = [directives._REQUIRE, directives._WISH, directives._PROPOSE, directives._GIAO, directives._CAN,
                directives._NAMED_CAN, directives._OPENING_REQUEST]
    turned_away = 0
    for text in _phrases():
        if not task_cues.may_require(text):
            assert directives._REQUIRE.search(text) is None, text
        if not task_cues.may_trigger(text):
            turned_away += 1
            assert all(rx.search(text) is None for rx in patterns), text
    assert turned_away > 50
    assert directives._first_trigger("Chủ tịch nhấn mạnh: các xã cần chủ động rà soát.") is not None
    assert directives._first_trigger("Đề nghị Tỉnh ủy quan tâm bố trí vốn.") is not None
    assert not directives.has_trigger("Hội nghị diễn ra trong không khí dân chủ. Đồng chí chỉ đạo hội nghị.")
