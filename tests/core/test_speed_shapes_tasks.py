"""The task readers' cheaper shapes decide exactly as the plain forms they replace.

Each rewrite (a regex begun later or skipped where it cannot match, a search rewritten to skip ahead, a split
stopped early) is compared with the plain form, written out here, on invented lines (fictional units) and on
every line of the sample texts and their tails.
"""

from __future__ import annotations

import re
from pathlib import Path

from desktop.core.extract import (
    directives,
    enumeration,
    task_collector,
    task_cues,
    task_fields,
    task_items,
    task_owner,
    tasks,
)
from desktop.core.extract.task_collector import Collector
from desktop.core.model import Task
from desktop.core.vnnum import find_dates, has_digit

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


def test_first_full_date_is_the_plain_search() -> None:
    plain = re.compile(task_fields._FULL_DATE, re.IGNORECASE)
    for text in _phrases():
        got, want = task_fields._ANY_FULL_DATE.search(text), plain.search(text)
        assert (got.span() if got else None) == (want.span() if want else None), text


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
        every = [(m.start() - 1, m.end(), text[m.start() - 1 : m.end()]) for m in task_fields._EVERY.finditer(text)]
        assert every == _spans(plain_every.finditer(text)), text  # (found from its second letter)
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


_PLAIN_DATED = re.compile(task_fields._DATED.pattern, re.IGNORECASE)
_PLAIN_BEFORE = re.compile(r"(?:[Tt]rước|[Cc]hậm nhất)\s+" + task_fields._BEFORE_PARTIAL.pattern.split("\\s+", 1)[1])
_PLAIN_WITHIN = re.compile("[Tt]rong" + task_fields._WITHIN.pattern.removeprefix("rong(?<=[Tt]rong)"))
_PLAIN_AT = re.compile("[Vv]ào" + task_fields._AT.pattern.removeprefix("ào(?<=[Vv]ào)"))
_PLAIN_TERM = re.compile("[Tt]hời" + task_fields._TERM.pattern.removeprefix("ờ(?<=[Tt]hờ)i"))
_PLAIN_FRAME = re.compile(task_fields._FRAME_PERIOD.pattern.removeprefix(r"(?=[TtĐđnNcQq\d])"))
_PLAIN_DOC_BEFORE = re.compile(task_fields._DOC_BEFORE.pattern.removeprefix(r"(?=[\dLHNQK])"))
_PLAIN_INLINE = re.compile(r"(?:[Cc]ơ quan|[Đđ]ơn vị) (?P<kind>chủ trì|phối hợp)\s*:\s*(?P<value>[^;.]+)")


def _plain_deadline_in(text: str) -> str | None:
    """deadline_in as it was: every gate on the lower-cased text, the plain patterns."""
    low = text.lower()
    for dm in _PLAIN_DATED.finditer(text) if ("/" in text or "tháng" in low) and has_digit(text) else ():
        d = find_dates("ngày " + dm.group(1))
        if d and d[0].iso():
            return d[0].iso()
    m = _PLAIN_WITHIN.search(text) if "trong" in low else None
    m = m or (_PLAIN_AT.search(text) if "vào" in low else None)
    if m:
        return m.group(0)
    m = _PLAIN_BEFORE.search(text) if ("trước" in low or "chậm nhất" in low) else None
    if m:
        return m.group(0).rstrip()
    m = _PLAIN_TERM.search(text) if "thời" in low else None
    if m:
        return m.group(1)
    m = None if "thường xuyên" not in low else re.search(r"(?<![\w])(?:thường xuyên|Thường xuyên)(?![\w])", text)
    if m and not re.search(r"nhiệm vụ\s+$", text[: m.start()]):
        return m.group(0)
    m = None if not ("hằng" in low or "hàng" in low) else re.search(r"(?<![\w])[Hh][ằà]ng\s+(?:tháng|quý|năm|tuần)", text)
    return m.group(0) if m else None


def _plain_product_gate(text: str) -> bool:
    return any(w in text.lower() for w in {n.lower() for n in task_fields._PRODUCT_NOUNS})


def test_deadline_in_is_the_plain_reading() -> None:
    found = 0
    for text in _phrases():
        assert task_fields.deadline_in(text) == _plain_deadline_in(text), text
        found += task_fields.deadline_in(text) is not None
        if task_fields._PRODUCT.search(text) or "báo cáo kết quả" in text:  # the pieces let every product through
            assert any(w in text for w in task_fields._PRODUCT_PIECES), text
            assert _plain_product_gate(text), text
    assert found > 10


def test_prefix_class_patterns_are_the_plain_ones() -> None:
    for text in _phrases():
        assert _spans(task_fields._BEFORE_PARTIAL.finditer(text)) == _spans(_PLAIN_BEFORE.finditer(text)), text
        got = [m.groupdict() for m in task_fields._FIELD_INLINE.finditer(text)]
        assert got == [m.groupdict() for m in _PLAIN_INLINE.finditer(text)], text
    fields = [m.groupdict() for m in task_fields._FIELD_INLINE.finditer("Cơ quan chủ trì: Sở Y tế; Đơn vị phối hợp: X")]
    assert fields == [{"kind": "chủ trì", "value": "Sở Y tế"}, {"kind": "phối hợp", "value": "X"}]


def test_only_dotted_capital_i_lower_cases_to_two() -> None:
    assert [c for c in range(0x110000) if len(chr(c).lower()) != 1] == [0x130]
    for text in ["", "İstanbul", "Sở Y TẾ", "ΣΑΣ", "İİ x"]:
        assert task_collector._lower_len(text) == len(text.lower())


def test_distinct_tasks_keep_the_first_of_those_written_alike() -> None:
    col = Collector(None)  # type: ignore[arg-type]
    texts = ["Sở Y tế rà soát", "SỞ Y TẾ RÀ SOÁT", "Sở Y tế rà soát lại", "İ rà soát x", "i̇ rà soát x", "Sở Y tế rà soát"]
    col.tasks = [Task(text=t) for t in texts]
    assert [t.text for t in col.distinct_tasks()] == ["Sở Y tế rà soát", "Sở Y tế rà soát lại", "İ rà soát x"]


_PLAIN_CLOSING = re.compile(
    r"thông báo để (?:các )?[^.]{0,60}biết|(?:Nghị quyết|Kết luận|Chỉ thị|Thông báo) này (?:được phổ biến|có hiệu lực)|"
    r"^Trên đây là|báo cáo (?:để )?[^.]{0,40}biết,? chỉ đạo|^Nơi nhận|trân trọng thông báo",
)
CLOSINGS = [
    "Trên đây là kết quả hội nghị.", "Nơi nhận: như trên", "Văn phòng trân trọng thông báo.",
    "Văn phòng Huyện ủy thông báo để các cơ quan, đơn vị biết, thực hiện.", "Kết luận này được phổ biến đến chi bộ.",
    "UBND xã báo cáo để Thường trực Huyện ủy biết, chỉ đạo.", "Thông báo này có hiệu lực từ ngày ký.",
    "báo cáo. Để biết, chỉ đạo", "Trên đây", " Nơi nhận",
]


def test_opening_letter_gates_are_the_plain_matches() -> None:
    for text in [*_phrases(), *CLOSINGS]:
        assert tasks._closing(text) is (_PLAIN_CLOSING.search(text) is not None), text
        for first, rx in ((task_owner._CONNECTIVE_FIRST, task_owner._CONNECTIVE),
                          (task_collector._ORDINAL_FIRST, task_collector._ORDINAL_LEAD),
                          (directives._FORWARD_FIRST, directives._FORWARD_FRAME)):
            if text[:1] not in first:
                assert rx.match(text) is None, (rx.pattern, text)
        if not text.startswith(task_owner.ASK_WORDS):
            assert task_owner.ASK_LEAD.search(text) is None, text
        if text.find(":", 3, 91) < 0:
            assert task_cues.ITEM_HEAD.match(text) is None and task_items._BODIES_HEAD.match(text) is None, text


def test_frame_period_is_the_plain_search() -> None:
    assert _PLAIN_WITHIN.pattern.startswith("[Tt]rong\\s+") and _PLAIN_TERM.pattern.startswith("[Tt]hời (?:")
    assert _PLAIN_FRAME.pattern.startswith("((?:[Tt]rong") and _PLAIN_DOC_BEFORE.pattern.startswith("(?:\\d+/")
    for text in [*_phrases(), "Trong quý IV năm 2025 và trong tháng 1/2026, Nghị quyết 87/NQ-HĐND năm 2025 cuối năm"]:
        assert _spans(task_fields._FRAME_PERIOD.finditer(text)) == _spans(_PLAIN_FRAME.finditer(text)), text
        for end in range(0, len(text), 9):
            got, want = task_fields._DOC_BEFORE.search(text, 0, end), _PLAIN_DOC_BEFORE.search(text, 0, end)
            assert (got.span() if got else None) == (want.span() if want else None), text


def test_past_and_colon_leads_are_the_plain_patterns() -> None:
    plain_past = re.compile(r"(?<![\w])(?:đã|vừa)(?![\w])")
    for text in [*_phrases(), "Sở đã ban hành; vừa xong, đãi ngộ, Đã", "thường vừa"]:
        assert _spans(task_items._PAST.finditer(text)) == _spans(plain_past.finditer(text)), text
        if ":" not in text:  # the gates of _directive_after and proposals_from
            assert directives._SHORT_LEAD.match(text) is None and directives._ANNOUNCED.match(text) is None
            assert re.search(r"(?:xem xét|như sau|gồm)?\s*:\s*", text) is None


def test_gives_and_lead_owner_gates_are_the_plain_searches() -> None:
    plain_gives = re.compile(r"(?::\s*|^)[Gg]iao\s")
    plain_lead = re.compile(r"(?:[Yy]êu cầu|[Đđ]ề nghị|[Gg]iao)\s+")
    for text in [*_phrases(), "Giao Phòng Nội vụ", "1. Về đề nghị: giao Sở Y tế", "Việc giao\tđất", ":Giao x"]:
        gives = "iao" in text and (tasks._GIVES_FIRST.match(text) is not None or tasks._GIVES.search(text) is not None)
        assert gives is (plain_gives.search(text) is not None), text
        if plain_lead.search(text):  # the words lead_owner_of needs before its search
            assert "êu cầu" in text or "ề nghị" in text or "iao" in text, text
    assert task_owner.lead_owner_of("Đề nghị Sở Y tế tập trung:") == "Sở Y tế"
