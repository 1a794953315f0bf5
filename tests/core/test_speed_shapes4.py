"""Python-level rewrites for speed (loops written out, work skipped where it cannot count) decide as before.

Each rewritten decision is compared with the plain form it replaces on invented lines, or checked on the real
output of the extractor for an invented text that exercises it.
"""

from __future__ import annotations

import pytest

from desktop.core import chrome, chromelines, header
from desktop.core.extract import common, directives, extract, person_names, task_cues, task_fields
from desktop.core.extract.indicator_values import in_sorted
from desktop.core.layout import analyse
from desktop.core.lexicon import SURNAMES
from desktop.core.rx import has_any
from desktop.core.source import source_from_text
from desktop.core.vnnum import has_digit

LINES = [
    "", "0", "9", "Năm 2025", "không có chữ số", "m² và ³", "số ٣ và ۴", "１２ tháng", "x" * 300 + "7",
    "Ủy ban nhân dân xã Phú An", "ngày 05/3", "(1) … (2)",
]


@pytest.mark.parametrize("line", LINES)
def test_has_digit_is_the_plain_test(line: str) -> None:
    assert has_digit(line) is any(d in line for d in "0123456789")


@pytest.mark.parametrize("sent", [
    "UBND huyện yêu cầu các xã hoàn thành việc rà soát trước ngày 30/6.",
    "Đồng chí Chủ tịch đề nghị Sở Tài chính bố trí kinh phí.",
    "Giao Phòng Nội vụ chủ trì, phối hợp với các đơn vị liên quan.",
    "Kết quả thu ngân sách đạt 120% dự toán.",
    "Hội nghị diễn ra trong không khí dân chủ.",
    "",
])
def test_the_trigger_gate_decides_as_any(sent: str) -> None:
    found = directives._first_trigger(sent)
    if not any(w in sent for w in (*task_cues.ANY_TRIGGER, *task_cues.BEFORE_COLON)) and not (
            sent[:1] in ("K", "Đ") and directives._OPENING_REQUEST.match(sent)):
        assert found is None
    if "yêu cầu" in sent or "Giao" in sent:
        assert found is not None


@pytest.mark.parametrize(("text", "product"), [
    ("xây dựng Kế hoạch phòng chống thiên tai, gửi Sở Nội vụ", "Kế hoạch phòng chống thiên tai"),
    ("tham mưu ban hành văn bản hướng dẫn trước ngày 15/7", "văn bản hướng dẫn"),
    ("Tăng cường tuyên truyền, vận động nhân dân", None),
    ("hoàn thành việc rà soát, chuẩn bị các điều kiện", None),
])
def test_the_product_gate_decides_as_any(text: str, product: str | None) -> None:
    if not any(w in text.lower() for w in {n.lower() for n in task_fields._PRODUCT_NOUNS}):
        assert product is None
    assert task_fields.product_in(text) == product


def test_captions_under_images_and_credits() -> None:
    lines = ["Tiêu đề bài viết về xã Phú An", "![ảnh](a.jpg)", "Lãnh đạo xã Phú An trao quà cho các hộ dân",
             "Ảnh: Minh Khang", "Câu văn của bài viết kể lại kết quả, dài hơn tám mươi ký tự để là văn xuôi thật sự."]
    roles = chrome.classify(lines)
    assert roles[1][0] == "image"
    assert roles[2] == ("caption", "line under an image")
    assert roles[3][0] == "caption"


def test_plan_rows_link_result_rate_and_plan_of_each_clause() -> None:
    text = ("BÁO CÁO KẾT QUẢ\n\nTrong năm, xã Phú An di dời 125 hộ, đạt 62,5% kế hoạch (kế hoạch 200 hộ); "
            "trồng mới 300 ha rừng, đạt 75% kế hoạch (kế hoạch 400 ha). Kế hoạch năm sau 500 ha rừng, đã trồng "
            "100 ha, đạt 20%.\n")
    rows = {(i.value, i.unit): (i.rel, i.ref) for i in extract(source_from_text(text, "x.txt")).indicators}
    assert rows[(125, "hộ")] == ("row-actual", "plan-1")
    assert rows[(62.5, "%")] == ("row-rate", "plan-1")
    assert rows[(200, "hộ")] == ("row-plan", "plan-1")
    assert rows[(300, "ha")] == ("row-actual", "plan-2")
    assert rows[(400, "ha")] == ("row-plan", "plan-2")
    assert rows[(20, "%")] == (None, None)  # its clause names a plan of next year: two candidates, no row


@pytest.mark.parametrize("text", [*LINES, "Huyện ủy đề nghị", "Bí thư Tỉnh ủy yêu cầu", "Quý khách vui lòng"])
def test_has_any_is_any(text: str) -> None:
    for parts in (("yêu cầu", "Yêu cầu", "lưu ý", *task_cues.BEFORE_COLON), task_cues.PROPOSE_WORDS, ("ủy", "Bí thư"),
                  ("khách",), ()):
        assert has_any(text, parts) is any(w in text for w in parts)


def test_in_sorted_is_the_plain_window_test() -> None:
    spans = sorted([(0, 5), (3, 4), (10, 20), (12, 13), (30, 31), (31, 40), (50, 50), (55, 70)] +
                   [(100 + 3 * k, 102 + 3 * k) for k in range(12)])
    for pos in range(-2, 150):
        k = sum(1 for s in spans if s <= (pos, float("inf")))
        assert in_sorted(pos, spans) is any(a <= pos < b for a, b in spans[max(0, k - 8) : k])


NAME_SEGMENTS = ["Bí thư Tỉnh ủy Đặng Xuân Phong", "ông Trần", "Trần văn", "Nguyễn", "", "Lê Hà Nội và Phạm",
                 "các đồng chí: Hoàng Minh, Vũ Lan", "Phó Chủ tịch UBND xã Lò Văn Páo dự"]


@pytest.mark.parametrize("seg", NAME_SEGMENTS)
def test_has_name_is_the_plain_test(seg: str) -> None:
    words = seg.split()
    plain = any(w in SURNAMES and i + 1 < len(words) and words[i + 1][:1].isupper()
                for i, w in enumerate(words[:-1]))
    assert person_names.has_name(seg) is plain


@pytest.mark.parametrize("line", [*LINES, *NAME_SEGMENTS, " ".join(["Từ"] * 39 + ["a b c d e f g"]),
                                  " ".join(["Tin"] * 41 + ["và", "các", "xã", "đã", "làm", "xong"])])
def test_lower_words_is_the_plain_count(line: str) -> None:
    split = line.split(None, chromelines._WORDS_SEEN - 1)
    n = sum(1 for w in split if w[:1].islower())
    if n < 6 and len(split) == chromelines._WORDS_SEEN:
        n += sum(1 for w in split[-1].split()[1:] if w[:1].islower())
    assert chromelines._lower_words(split) == n


@pytest.mark.parametrize("line", LINES)
def test_digit_in_is_isdigit_of_any_character(line: str) -> None:
    assert header._digit_in(line) is any(c.isdigit() for c in line)


def _plain_sentences(text: str) -> list[tuple[int, int, str]]:
    """The sentence split as it was written before (blanks counted by a copy of each segment)."""
    out, pos, n = [], 0, len(text)
    body = text.rstrip()[:-1]
    for m in common._SENT_END.finditer(text) if "." in body or "?" in body or "!" in body or "…" in body else ():
        end = m.end()
        if end <= pos:
            continue
        seg = text[pos:end]
        lead = len(seg) - len(seg.lstrip())
        if seg.strip():
            out.append((pos + lead, pos + lead + len(seg.strip()), seg.strip()))
        pos = end
        if pos >= n:
            break
    if pos < n and text[pos:].strip():
        seg = text[pos:]
        lead = len(seg) - len(seg.lstrip())
        out.append((pos + lead, pos + lead + len(seg.strip()), seg.strip()))
    return out


@pytest.mark.parametrize("text", [
    "", "   ", "Một câu.", "  Câu đầu. Câu hai!  Câu ba? \u00a0 - Ý bốn… Năm 2025 đạt 12%.  ",
    "\tHuyện đạt 9/10 chỉ tiêu. \u3000Xã Phú An về đích./.", "Không dấu chấm cuối", "A. B. C", "“Câu trích.” Sau đó",
    "Câu một.\u00a0\u00a0\nCâu hai.", "…", ". . .", "Đạt 1.250 tỷ đồng. (2) Tăng 5%.",
])
def test_sentences_are_the_plain_split(text: str) -> None:
    assert list(common._split_sentences(text)) == _plain_sentences(text)
    assert [(s + 7, e + 7, x) for s, e, x in _plain_sentences(text)] == list(common._split_sentences(text, 7))


def test_link_runs_and_gaps() -> None:
    links = ["Tiêu đề", "- [Tin một](a.html)", "- [Tin hai](b.html)", "---", "- [Tin ba](c.html)", "Câu văn."]
    roles: list[str | None] = [None] * len(links)
    reasons = [""] * len(links)
    chrome._link_runs(links, roles, reasons)
    assert roles == [None, "menu", "menu", None, "menu", None]
    roles = [None] * 4
    chrome._link_runs(["- [Một](a)", "- [Hai](b)", "Chữ", "- [Ba](c)"], roles, [""] * 4)
    assert roles == [None] * 4
    src = source_from_text("Tiêu đề bài\n\nĐoạn một của bài viết.\nĐoạn hai liền dòng.\n\n\nĐoạn ba sau dòng trống.\n")
    lay = analyse(src)
    assert [p.text for p in lay.paras][-1] == "Đoạn ba sau dòng trống."
    assert lay.gaps == {k for k in range(1, len(lay.paras)) if "\n\n" in src.text[lay.paras[k - 1].end : lay.paras[k].start]}
