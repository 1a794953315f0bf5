"""Capital and small letters are told apart by their case, not by a code-point range.

Upper and lower case alternate in U+00C0–U+1EF9 (Ạ ạ Ả ả …), so a class written ``[A-ZĐÀ-Ỹ]`` also takes
``ủ``, ``đ``, ``ở`` for capitals, and ``[a-zđà-ỹ]`` takes ``Ủ``, ``Đ``, ``Ứ`` for small letters. Each test here
goes through the public function that uses a letter class, with invented sentences.
"""

from __future__ import annotations

import re
import unicodedata

from desktop.core.extract import extract_text
from desktop.core.extract.common import sentences
from desktop.core.extract.count_mentions import mentions_in
from desktop.core.extract.label_clean import after_noun
from desktop.core.extract.task_owner import split_bodies
from desktop.core.layout import analyse
from desktop.core.lexicon import LOWER_LETTERS, UPPER_LETTERS
from desktop.core.source import source_from_text

_BASES = "AĂÂEÊIOÔƠUƯY"
_TONES = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]  # huyền, hỏi, ngã, sắc, nặng
VIETNAMESE_CAPITALS = {unicodedata.normalize("NFC", b + t) for b in _BASES for t in _TONES} | set(
    "BCDĐGHKLMNPQRSTVX")


def test_the_letter_classes_hold_every_vietnamese_letter_in_its_own_case_only() -> None:
    upper, lower = re.compile(f"[{UPPER_LETTERS}]"), re.compile(f"[{LOWER_LETTERS}]")
    assert len(VIETNAMESE_CAPITALS) == 89
    for cap in VIETNAMESE_CAPITALS:
        small = cap.lower()
        assert upper.fullmatch(cap) and not lower.fullmatch(cap), cap
        assert lower.fullmatch(small) and not upper.fullmatch(small), small


def test_a_sentence_ends_before_a_capital_not_before_a_small_accented_letter() -> None:
    text = "Đã sửa 3 cầu, cống, v.v. ở các thôn vùng cao. Ủy ban xã tiếp tục theo dõi."
    assert [s for _, _, s in sentences(text)] == ["Đã sửa 3 cầu, cống, v.v. ở các thôn vùng cao.",
                                                  "Ủy ban xã tiếp tục theo dõi."]


def test_a_count_takes_a_noun_that_starts_with_a_small_accented_letter() -> None:
    para = analyse(source_from_text("Tin\n\nXã có 12 ủy viên, 7 đội xung kích và 5 ổ dịch đã được khống chế.")).paras[-1]
    assert [(m.value, m.noun) for m in mentions_in(para, [])] == [
        (12, "ủy viên"), (7, "đội xung kích"), (5, "ổ dịch")]


def test_what_follows_a_value_names_it_only_when_it_starts_small() -> None:
    assert after_noun(" ứng dụng phần mềm quản lý") == "ứng dụng phần mềm quản lý"
    assert after_noun(" Ủy ban nhân dân xã đánh giá") == ""
    r = extract_text("Tin\n\nTỷ lệ hồ sơ trực tuyến đạt 86,5% Ủy ban nhân dân xã tiếp tục đôn đốc.", verify=False)
    assert [(i.value, i.label) for i in r.indicators] == [(86.5, "Tỷ lệ hồ sơ trực tuyến")]


def test_bodies_joined_by_va_split_before_a_small_word_not_before_a_capital() -> None:
    assert split_bodies("Trung tâm Dịch vụ và Ứng dụng khoa học") == ["Trung tâm Dịch vụ và Ứng dụng khoa học"]
    assert split_bodies("Phòng Văn hóa và Thông tin và ủy ban các xã") == [
        "Phòng Văn hóa và Thông tin", "ủy ban các xã"]


def test_giao_before_a_small_accented_word_gives_no_task() -> None:
    r = extract_text("Tin\n\nCác phòng, ban xây dựng dự toán từ nguồn kinh phí hằng năm được cấp có thẩm quyền giao "
                     "để thực hiện kế hoạch.", verify=False)
    assert [t.text for t in r.tasks] == []
    r = extract_text("Tin\n\nỦy ban nhân dân xã giao Đoàn Thanh niên xã vận động đoàn viên dọn vệ sinh.", verify=False)
    assert [t.text for t in r.tasks] == ["giao Đoàn Thanh niên xã vận động đoàn viên dọn vệ sinh"]


def test_a_request_keeps_its_first_verb_when_the_verb_starts_with_a_small_accented_letter() -> None:
    r = extract_text("Tin\n\nĐảng ủy xã đề nghị Huyện ủy ưu tiên bố trí vốn xây dựng trường mầm non. Huyện ủy kiến "
                     "nghị UBND tỉnh đầu tư nâng cấp tuyến đường liên xã Tân Mỹ - Hòa An.", verify=False)
    assert [p.text for p in r.proposals] == ["ưu tiên bố trí vốn xây dựng trường mầm non",
                                             "đầu tư nâng cấp tuyến đường liên xã Tân Mỹ - Hòa An"]


def test_no_reader_tests_case_with_an_interleaved_code_point_range() -> None:
    """`À-Ỹ` and `à-ỹ` hold both cases (Vietnamese capitals and small letters alternate in U+00C0–U+1EF9):
    a class meant for capitals or small letters uses UPPER_LETTERS / LOWER_LETTERS instead."""
    from pathlib import Path

    core = Path(__file__).resolve().parents[2] / "desktop" / "core"
    offenders = [f"{p.relative_to(core)}:{k}" for p in sorted(core.rglob("*.py"))
                 for k, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
                 if ("À-Ỹ" in line or "à-ỹ" in line) and not line.lstrip().startswith("#")]
    assert not offenders, offenders
