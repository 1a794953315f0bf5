"""The task readers' cheaper shapes find exactly what the plain forms they replace find.

Each rewrite is compared with the plain form, written out here, on invented lines (fictional units and people)
and on random strings made of the words' own pieces.
"""

from __future__ import annotations

import random
import re

from desktop.core.extract import task_fields
from desktop.core.lexicon import TASK_VERB_AFTER_ANY_BLANK, TASK_VERBS
from desktop.core.rx import alternation

# the plain form of TASK_VERB_AFTER_ANY_BLANK: the verbs longest first, grouped by their first letter
_PLAIN_VERB_AFTER_BLANK = re.compile(rf"\s(?:{alternation(TASK_VERBS)})(?![\w])")

LINES = [
    "Ban quản lý dự án tổ chức thực hiện kế hoạch trước ngày 15/10/2026",
    "Phòng Nội vụ chủ trì, phối hợp với Tổ công tác rà soát, tổng hợpx và báo cáo kết quả",
    "Hội đồng thẩm định huyện Hòa Phong thẩm tra, thẩm định và kiểm soát,\tkiểm tra",
    "giao UBND xã Tân An\nkhẩn trương hoàn thiện, hoàn thành, hoàn chỉnh hồ sơ; tiếp thu, tiếp tục",
    "Công an xã thường xuyên tuần tra; Trung tâm Y tế chủ động cụ thể hoá và cụ thể hóa kế hoạch",
    "công trình, chương trình, quy trình trình bày, trình\u00a0UBND huyện; đẩy mạnh đẩy nhanh đẩy",
    "Ban Chỉ huy Quân sự huyện chủ độngx chủ trìa chịu trách nhiệm có trách nhiệm cho chủ trương",
    "Các xã sớm, sớmhơn kịp thời đánh giá đề nghị đề xuất đề án", " lập", "lập", " ", "",
]


def _random_lines(n: int) -> list[str]:
    rng = random.Random(7)
    pieces = [*TASK_VERBS, *(v[: rng.randint(1, len(v))] for v in TASK_VERBS for _ in range(2)),
              " ", " ", "\n", "\t", "x", "1", ",", "Đ", "ạ"]
    return ["".join(rng.choice(pieces) + rng.choice(["", " ", ""]) for _ in range(rng.randint(1, 12)))
            for _ in range(n)]


def test_verb_after_blank_trie_is_the_plain_alternation() -> None:
    found = 0
    for line in LINES + _random_lines(4000):
        for pos in range(0, min(len(line), 12), 2):
            want = _PLAIN_VERB_AFTER_BLANK.search(line, pos)
            got = TASK_VERB_AFTER_ANY_BLANK.search(line, pos)
            assert (got.span() if got else None) == (want.span() if want else None), (line, pos)
            found += want is not None
        assert [m.span() for m in TASK_VERB_AFTER_ANY_BLANK.finditer(line)] == [
            m.span() for m in _PLAIN_VERB_AFTER_BLANK.finditer(line)], line
    assert found > 1000


def test_trie_keeps_longer_words_first() -> None:
    # a word that continues another one is tried first, as in the longest-first alternation
    from desktop.core import rx
    words = ["trình", "trình bày", "trình bày lại", "tra", "t", "tổ chức", "tổ"]
    for end in ("", r"(?![\w])"):
        plain = re.compile(rf"\s(?:{alternation(words)}){end}")
        trie = re.compile(rf"\s{rx.trie(words)}{end}")
        for line in [" trình bày lại", " trình bày", " trình", " t", " tổ chức", " tổ", " tra cứu", " trình bàyx",
                     " trình bày lạix", " tổx", " x"]:
            want, got = plain.match(line), trie.match(line)
            assert (got.span() if got else None) == (want.span() if want else None), (line, end)
    assert re.match(rf"\s{rx.trie(words)}(?![\w])", " trình bàyx").span() == (0, 6)  # type: ignore[union-attr]


# the plain form of task_fields._PRODUCT: the verbs and nouns in their written order
_PLAIN_PRODUCT = re.compile(
    r"(?:xây dựng|lập|ban hành|hoàn thiện|hoàn chỉnh|có|soạn thảo|thành|bằng|hoàn thành|tham mưu|chuẩn bị)\s+"
    rf"((?:các\s+)?(?:{'|'.join(task_fields._PRODUCT_NOUNS)})[^,;.]*"
    r"(?:, chống[^,;.]*)?)"
)
PRODUCT_LINES = [
    "Phòng Tài chính xây dựng kế hoạch thu ngân sách năm 2027, trình UBND huyện",
    "khẩn trương hoàn thiện  các  dự thảo quy chế; hoàn thành báo cáo, chống thất thu trước 30/6",
    "tham mưu ban hành Kế hoạch, chống dịch; có văn bản hướng dẫn. lập hồ sơ", "thànhquy định", "bằngĐề án",
    "chuẩn bị\tĐề cương, chống lãng phí và tờ trình; soạn thảo danh sách", "có\nChương trình hành động.",
    "hoàn chỉnh phương án; hoàn thành các đề cương", "lập ", "xây dựngkế hoạch", "bằng văn bảnx",
]


def test_product_tries_are_the_plain_product_pattern() -> None:
    from desktop.core.extract.task_fields import _PRODUCT, _PRODUCT_NOUNS, _PRODUCT_VERBS
    for words in (_PRODUCT_VERBS, _PRODUCT_NOUNS):  # (why the order of the words does not count)
        assert not [(a, b) for a in words for b in words if a != b and b.startswith(a)]
    rng = random.Random(11)
    pieces = [*_PRODUCT_VERBS, *_PRODUCT_NOUNS, "các", " ", " ", "\n", ",", ", chống", ".", "x", "đ", "hoàn", "quy"]
    lines = PRODUCT_LINES + ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 10))) for _ in range(4000)]
    found = 0
    for line in lines:
        for pos in (0, 1, 4):
            want, got = _PLAIN_PRODUCT.search(line, pos), _PRODUCT.search(line, pos)
            assert ((got.span(), got.span(1)) if got else None) == ((want.span(), want.span(1)) if want else None), line
            found += want is not None
    assert found > 300
