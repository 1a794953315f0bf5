"""Extraction never stops on odd input: cut, shuffled and corrupted texts, and tag soup.

A fixed seed keeps the run reproducible; a failure prints the text that broke it.
"""

from __future__ import annotations

import random

import pytest

from desktop.core.extract import extract
from desktop.core.htmltext import parse_html
from desktop.core.intake import read_source
from desktop.core.source import source_from_text
from tests.conftest import CORPUS as DEV

PIECES = [
    *"0123456789/.,;:()-–%\n\t aăâđeêioôơuưyAĐHTNgnhtrc",
    "Đề nghị ", "yêu cầu ", "trong đó ", "chỉ tiêu ", "Nơi nhận:", "I. ", "1. ", "- ", "ngày ", "tháng ",
    "năm 2025", "|", "Thứ nhất, ", "(1) ", "a) ", "đạt ", "Chiều 26/3, ", "Chiều 26/33, hội nghị ",
]


def _variants(texts: list[str], rnd: random.Random, n: int) -> list[str]:
    out = []
    for _ in range(n):
        base = rnd.choice(texts)
        kind = rnd.randrange(5)
        if kind == 0:
            out.append("".join(rnd.choice(PIECES) for _ in range(rnd.randrange(1, 400))))
        elif kind == 1:
            a = rnd.randrange(len(base))
            out.append(base[a : a + rnd.randrange(1, 3000)])
        elif kind == 2:
            chars = list(base)
            for _ in range(rnd.randrange(1, 120)):
                chars[rnd.randrange(len(chars))] = rnd.choice(PIECES)
            out.append("".join(chars))
        elif kind == 3:
            lines = base.split("\n")
            rnd.shuffle(lines)
            out.append("\n".join(lines[: rnd.randrange(1, len(lines) + 1)]))
        else:  # pieces at the start of lines, where leads, enumerators and headings are read
            lines = base.split("\n")
            for _ in range(rnd.randrange(1, 12)):
                k = rnd.randrange(len(lines))
                lines[k] = rnd.choice(PIECES) + lines[k]
            out.append("\n".join(lines))
    return out


@pytest.mark.skipif(not DEV.is_dir(), reason="../shared/corpus/dev is not beside the repository")
def test_cut_shuffled_and_corrupted_texts_are_extracted_without_error() -> None:
    texts = [read_source(p).text for p in sorted(DEV.iterdir()) if p.suffix in (".txt", ".docx", ".html")]
    for text in _variants(texts, random.Random(20261124), 400):
        try:
            report = extract(source_from_text(text))
        except Exception as exc:  # pragma: no cover - the message is the point
            pytest.fail(f"{type(exc).__name__}: {exc} on {text[:300]!r}")
        for item in report.indicators + report.ratios + report.tasks:
            assert item.span is None or 0 <= item.span[0] <= item.span[1] <= len(text)


def test_tag_soup_pages_are_extracted_without_error() -> None:
    rnd = random.Random(5)
    tags = ["<p>", "</p>", "<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th>", "</th>", "<article>",
            "</article>", "<div class='related'>", "</div>", "<br>", "<h1>", "</h1>", "<script>", "</script>"]
    words = ["Thu ngân sách đạt 45,3 tỷ đồng", "9/11 thôn", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)", "120", "131,5",
             "Chỉ tiêu", "ĐVT", "Đồng chí Nguyễn Văn An, Bí thư Huyện ủy chủ trì.", " ", "\n"]
    for _ in range(300):
        page = "".join(rnd.choice(tags) if rnd.random() < 0.5 else rnd.choice(words)
                       for _ in range(rnd.randrange(1, 80)))
        try:
            extract(parse_html(page))
        except Exception as exc:  # pragma: no cover
            pytest.fail(f"{type(exc).__name__}: {exc} on {page[:300]!r}")
