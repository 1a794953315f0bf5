import codecs
import re
import unicodedata
from pathlib import Path

import pytest

from desktop.core.intake import IntakeError, read_source
from desktop.core.tcvn3 import _TABLE
from desktop.core.textnorm import normalize
from tests.conftest import CORPUS

SAMPLE = "Nghị quyết số 18-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về phát triển kinh tế - xã hội, đạt 14,5%."


def test_utf8_with_and_without_bom(tmp_path: Path) -> None:
    for data in (SAMPLE.encode("utf-8"), codecs.BOM_UTF8 + SAMPLE.encode("utf-8")):
        f = tmp_path / "a.txt"
        f.write_bytes(data)
        assert read_source(f).text == SAMPLE


def test_utf16_with_and_without_bom(tmp_path: Path) -> None:
    for data in (SAMPLE.encode("utf-16"), SAMPLE.encode("utf-16-le")):
        f = tmp_path / "b.txt"
        f.write_bytes(data)
        assert read_source(f).text == SAMPLE


def test_decomposed_text_is_nfc_with_offsets_back(tmp_path: Path) -> None:
    raw = unicodedata.normalize("NFD", SAMPLE).replace(".", ".\r\n")
    f = tmp_path / "nfd.txt"
    f.write_bytes(raw.encode("utf-8"))
    src = read_source(f)
    assert src.text == unicodedata.normalize("NFC", raw).replace("\r\n", "\n")
    i = src.text.index("18-NQ/TU")
    s, e = src.norm.span_to_raw(i, i + len("18-NQ/TU"))
    assert raw[s:e] == "18-NQ/TU"
    j = src.text.index("Đảng")
    s, e = src.norm.span_to_raw(j, j + 4)
    assert unicodedata.normalize("NFC", raw[s:e]) == "Đảng"


def test_windows_1258_dev_file_is_detected() -> None:
    f = CORPUS / "bao-cao-tuan-ubnd-windows-1258.txt"
    if not f.exists():
        pytest.skip("dev corpus not available")
    src = read_source(f)
    assert src.encoding == "cp1258"
    assert "Ủy ban nhân dân xã Phú Xuân" in src.text
    assert unicodedata.is_normalized("NFC", src.text)


def test_tcvn3_is_detected_and_decoded(tmp_path: Path) -> None:
    reverse = {v: k for k, v in _TABLE.items()}
    text = "nghị quyết của đảng bộ tỉnh về phát triển kinh tế và các nhiệm vụ được giao năm 2024"
    data = bytes(reverse[c] if c in reverse else ord(c) for c in text)
    f = tmp_path / "tcvn3.txt"
    f.write_bytes(data)
    src = read_source(f)
    assert src.encoding == "tcvn3"
    assert src.text == text


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [("empty.txt", b"", "rỗng"), ("blank.txt", b"   \n\n", "rỗng"),
     ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "nhị phân"),
     ("broken.docx", b"PK\x03\x04 this is not a real zip", "Word"),
     ("old.doc", b"\xd0\xcf\x11\xe0 legacy", ".doc"),
     ("image.png", b"\x89PNG", "chưa được hỗ trợ")],
)
def test_bad_input_gets_a_clear_vietnamese_error(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    f = tmp_path / name
    f.write_bytes(data)
    with pytest.raises(IntakeError) as err:
        read_source(f)
    assert name in str(err.value) and reason in str(err.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(IntakeError, match="không tồn tại"):
        read_source(tmp_path / "nope.txt")


def test_docx_paragraphs_and_tables_in_body_order(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("BÁO CÁO trước bảng")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "STT", "Nội dung"
    t.cell(1, 0).text, t.cell(1, 1).text = "1", "Thu ngân sách 570,3 tỷ đồng"
    d.add_paragraph("Đoạn sau bảng")
    f = tmp_path / "t.docx"
    d.save(f)
    src = read_source(f)
    order = [src.text.index(x) for x in ("BÁO CÁO", "STT", "Thu ngân sách", "Đoạn sau bảng")]
    assert order == sorted(order)
    assert src.cell_text(0, 1, 1) == "Thu ngân sách 570,3 tỷ đồng"


def test_html_skips_head_and_scripts_and_flags_boilerplate(tmp_path: Path) -> None:
    html = ("<html><head><title>T</title><script>var x='Nghị quyết 99-NQ/TW';</script></head><body>"
            "<nav><a>Trang chủ</a></nav><article><h1>Tiêu đề bài</h1><p>Đoạn một.</p></article>"
            "<footer>Điện thoại: 0123</footer></body></html>")
    f = tmp_path / "p.html"
    f.write_text(html, encoding="utf-8")
    src = read_source(f)
    assert "99-NQ/TW" not in src.text
    assert src.title_hint and src.text[src.title_hint[0] : src.title_hint[1]] == "Tiêu đề bài"
    flags = {src.block_text(b): b.boilerplate for b in src.blocks}
    assert flags["Đoạn một."] is False and flags["Trang chủ"] is True and flags["Điện thoại: 0123"] is True


def test_renamed_docx_and_web_page_saved_as_txt_are_read_for_what_they_are(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("Huyện ủy Tân Lập sơ kết 6 tháng")
    d.add_paragraph("Thu ngân sách đạt 45,3 tỷ đồng.")
    f = tmp_path / "bao-cao.txt"
    d.save(str(f))
    src = read_source(f)
    assert src.kind == "docx" and "45,3 tỷ đồng" in src.text
    page = tmp_path / "trang.txt"
    page.write_text("<!DOCTYPE html><html><body><nav>Đăng nhập</nav><article><h1>Tin</h1><p>Nội dung bài.</p>"
                    "</article></body></html>", encoding="utf-8")
    src = read_source(page)
    assert "Nội dung bài." in src.text and "<p>" not in src.text


def test_html_data_tables_become_tables_but_layout_tables_stay_prose(tmp_path: Path) -> None:
    from desktop.core.extract import extract_file

    page = tmp_path / "bang.html"
    page.write_text(
        "<html><body><article><h1>Kết quả thực hiện chỉ tiêu</h1><table>"
        "<tr><th>TT</th><th>Chỉ tiêu</th><th>ĐVT</th><th>Kế hoạch</th><th>Thực hiện</th><th>Tỷ lệ (%)</th></tr>"
        "<tr><td>1</td><td>Trồng rừng mới</td><td>ha</td><td>500</td><td>450</td><td>95</td></tr>"
        "<tr><td>2</td><td>Ghi chú</td><td></td><td></td><td></td><td></td></tr>"
        "</table></article></body></html>", encoding="utf-8")
    r = extract_file(page)
    assert [(f.kind, f.values["computed"]) for f in r.findings] == [("percent_mismatch", 90)]
    prose = "Huyện Tân Lập có thu ngân sách đạt 45,3 tỷ đồng, tăng 12% so với cùng kỳ năm trước. " * 6
    layout = tmp_path / "cu.html"
    layout.write_text(f"<html><body><table><tr><td>Trang chủ</td><td><h1>Tin</h1><p>{prose}</p></td></tr>"
                      "<tr><td>x</td><td>y</td></tr></table></body></html>", encoding="utf-8")
    src = read_source(layout)
    assert src.tables == [] and any(i.value == 45.3 for i in extract_file(layout).indicators)


def test_docx_automatic_list_numbers_are_part_of_the_text(tmp_path: Path) -> None:
    import docx

    from desktop.core.extract import extract_file

    d = docx.Document()
    d.add_paragraph("THÔNG BÁO")
    d.add_paragraph("kết luận của Ban Thường vụ Huyện ủy")
    d.add_paragraph("Ban Thường vụ Huyện ủy kết luận như sau:")
    for t in ("Văn phòng Huyện ủy chủ trì tham mưu tổ chức hội nghị, hoàn thành trước ngày 30/12/2025.",
              "Ban Tổ chức Huyện ủy hướng dẫn kiện toàn chi bộ thôn."):
        d.add_paragraph(t, style="List Number")
    d.add_paragraph("Bổ sung kinh phí cho thôn", style="List Bullet")
    f = tmp_path / "tb.docx"
    d.save(str(f))
    src = read_source(f)
    assert "\n1. Văn phòng Huyện ủy" in src.text and "\n2. Ban Tổ chức" in src.text
    assert "\n- Bổ sung kinh phí" in src.text
    r = extract_file(f)
    assert [(t.group, t.owner) for t in r.tasks][:2] == [("1", "Văn phòng Huyện ủy"), ("2", "Ban Tổ chức Huyện ủy")]


def test_lines_broken_inside_a_sentence_are_joined_for_extraction() -> None:
    from desktop.core.extract import extract_text

    raw = ("Huyện ủy Tân Lập sơ kết 6 tháng\n\nTheo báo cáo, 6 tháng đầu năm, tổng giá trị sản xuất ước đạt 2.150 tỷ "
           "đồng, tăng 8,6% so\nvới cùng kỳ. Trong 20 chỉ tiêu chủ yếu, có 12 chỉ tiêu đạt và vượt tiến độ, 6 chỉ\n"
           "tiêu đạt khá, 2 chỉ tiêu chưa đạt.\nĐồng chí Bí thư Huyện ủy yêu cầu UBND huyện chỉ đạo đẩy nhanh tiến độ\n"
           "giải ngân vốn đầu tư công, hoàn thành trước ngày 30/9/2025.\n"
           "Số lao động được giải quyết việc làm mới\nlao động\nTHÔNG BÁO KẾT LUẬN CỦA BAN THƯỜNG VỤ HUYỆN ỦY\n"
           "về kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2025\n")
    r = extract_text(raw)
    assert r.text == raw  # the original keeps its line breaks; spans point into it
    assert [(t.total, [p.count for p in t.parts]) for t in r.tallies] == [(20, [12, 6, 2])]
    assert not r.findings
    assert [(t.owner, t.deadline) for t in r.tasks] == [("UBND huyện", "2025-09-30")]
    assert [i.label for i in r.indicators if i.unit == "%"] == ["Tổng giá trị sản xuất (tăng so với cùng kỳ)"]
    assert "mới\nlao động" in r.body  # a unit under its label stays on its own line
    assert "HUYỆN ỦY\nvề kết quả" in r.body  # and so does a heading over its subject


def _per_character_map(raw: str) -> tuple[str, list[int]]:
    """The plain way to normalise with a map back: every character cluster on its own, one offset each."""
    out: list[str] = []
    offsets: list[int] = []
    for m in re.finditer(r"\r\n|\r|(?s:.)[\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]*", raw):
        piece = "\n" if m.group()[0] == "\r" else unicodedata.normalize("NFC", m.group())
        out.append(piece)
        offsets.extend([m.start()] * len(piece))
    return "".join(out), [*offsets, len(raw)]


@pytest.mark.parametrize("raw", [
    "", "\r\n", "\r\n\r\n", "a\r\nb", "a\rb\r\n", "không\r\ncó\r\n", SAMPLE.replace(".", ".\r\n"),
    unicodedata.normalize("NFD", SAMPLE), unicodedata.normalize("NFD", SAMPLE + "\r\n" + SAMPLE + "\r\n"),
    "\u0301đầu dòng\r\n\u0301", "x\u0344y\r\nz", "Ω\u2126 \u212b\r\n", "a\u0301\u0323b\n\r\nc", "tận cùng\r",
])
def test_normalize_maps_every_position_like_the_per_character_map(raw: str) -> None:
    norm = normalize(raw)
    text, offsets = _per_character_map(raw)
    assert norm.text == text
    assert [norm.to_raw(i) for i in range(len(text) + 1)] == offsets
    if norm.anchors is not None:
        assert norm.to_raw(-3) == 0 and norm.to_raw(len(text) + 5) == len(raw)
    if unicodedata.is_normalized("NFC", raw) and "\r" in raw:  # a CRLF file: an anchor a line, not a character
        assert norm.anchors is not None and len(norm.anchors[0]) <= raw.count("\r") + 2


def test_numbers_in_table_cells_stay_in_the_body_and_a_posted_stamp_does_not(tmp_path: Path) -> None:
    from desktop.core.extract import extract_file

    page = tmp_path / "kq.html"
    page.write_text(
        "<html><body><h1>Kết quả thực hiện chỉ tiêu năm 2025</h1><p>Cập nhật lúc: 10:20 ngày 26/12/2025</p>"
        "<p>Kết quả một số chỉ tiêu chủ yếu như sau:</p><table border='1'>"
        "<tr><th>TT</th><th>Chỉ tiêu</th><th>ĐVT</th><th>Kế hoạch</th><th>Thực hiện</th></tr>"
        "<tr><td>1</td><td>Thu ngân sách trên địa bàn</td><td>tỷ đồng</td><td>310</td><td>342,6</td></tr>"
        "<tr><td>2</td><td>Trồng rừng mới</td><td>ha</td><td>150</td><td>162</td></tr></table>"
        "<p>1 2 3 4 »</p></body></html>", encoding="utf-8")
    body = extract_file(page).body.split("\n")
    assert {"310", "342,6", "150", "162"} <= set(body)
    assert not [line for line in body if line.startswith(("Cập nhật", "1 2 3"))]


def test_digits_of_other_scripts_read_as_numbers_and_highlight_where_written() -> None:
    """A figure typed in fullwidth digits (an East Asian keyboard) or Arabic-Indic ones reads as the number it
    is, and its span still points at the characters as written."""
    from desktop.core.extract import extract_text

    base = ("Báo cáo kết quả\n\nNăm 2025, tốc độ tăng trưởng GRDP của tỉnh đạt 14,5%, thu ngân sách đạt 570 tỷ đồng."
            "\n\nTrong năm, tỉnh đã hoàn thành các chỉ tiêu.")
    odd = base.replace("14,5", "１４,５").replace("570", "٥٧٠")
    plain, other = extract_text(base), extract_text(odd)
    assert [(i.label, i.value, i.unit) for i in other.indicators] == \
        [(i.label, i.value, i.unit) for i in plain.indicators] != []
    assert [other.text[slice(*i.span)] for i in other.indicators] == ["１４,５%", "٥٧٠ tỷ đồng"]
