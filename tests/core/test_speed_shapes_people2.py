"""The word before a name is looked for among the words that end with its last letter only: it decides as the
plain test (every word of ``_PRE_WORDS`` handed to ``str.endswith``) on invented lines, at every position."""

from __future__ import annotations

from desktop.core.extract import person_names

LINES = [
    "Đồng chí Lê Văn Tâm và đ/c Hà Thị Mai; ông Trần Bình, bà Y Bhim, anh K’Choi, chị H'Bia dự.",
    "truyền thông Luật Đất đai; Đại úy Lò Văn Ba, Đại uý Vi Văn Tư, Thiếu tướng  Đinh Văn Nam",
    "Mẹ Việt Nam Anh hùng Trần Thị Lý, Nhà giáo Ưu tú\u00a0Phan Văn Cư, Nghệ nhân Nhân dân\tLường Thị Hoa",
    "xông Nguyễn An, Bàbà Lê Hòa, thanh Hà Giang", " ", "", "ông", "Ông  ",
]


def _plain(text: str, pos: int) -> bool:
    lo = max(0, pos - 48)
    end = pos
    while end > lo and text[end - 1] in " \t\u00a0":
        end -= 1
    return text.endswith(person_names._PRE_WORDS, lo, end) and person_names._PRE_RE.search(text, lo, pos) is not None


def test_word_before_a_name_looked_for_by_its_last_letter() -> None:
    found = 0
    for t in LINES:
        for p in range(len(t) + 1):
            want = _plain(t, p)
            assert person_names.pre_context(t, p) == want, (t, p)
            found += want
    assert found > 15
    assert person_names.pre_context("Đại uý Vi Văn Tư", 7)
    assert not person_names.pre_context("truyền thông Luật", 13)
