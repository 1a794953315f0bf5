"""The indicator, task and count readers' cheaper shapes decide exactly as the plain forms they replace.

Each rewrite is compared with the plain form, written out here, on invented lines (fictional units and people)
and on every line of the sample texts.
"""

from __future__ import annotations

import re
from pathlib import Path

from desktop.core.extract import count_mentions, directives, tally_parts, task_fields, task_owner
from desktop.core.extract.indicator_values import find_values
from desktop.core.extract.label_clean import after_noun
from desktop.core.lexicon import TASK_VERB_RE, search_task_verb

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
LINES = [
    "Ban quản lý dự án tổ chức thực hiện kế hoạch trước ngày 15/10/2026",
    "tổ chức rà soát các hộ nghèo; Ban Chỉ đạo xã Tân An chủ trì, phối hợp với Tổ công tác",
    "Hội đồng thẩm định huyện Hòa Phong xem xét, báo cáo kết quả thực hiện về UBND huyện",
    " triển khai ngay, không để chậm trễ; Tổ\ntriển khai lại",
    "Phòng Kinh tế gửi báo cáo kết quả giám sát, báo cáo kết quả kiểm tra trước quý IV/2026",
    "Hội nghị đã trao Bằng khen cho 2 tập thể, 8 cá nhân; tổng thu ngân sách đạt 45,2 tỷ đồng",
    "Dự hội nghị có 84 đại biểu và 12 khách mời, bằng 105% so với năm trước",
    "Bình quân cả nước tăng 9,3%, huyện Đông Sơn tăng 10,1% và có 15 tập thể được khen",
    "đạt 100% hồ sơ dịch vụ công trực tuyến mức độ toàn trình của các xã thuộc huyện trong năm nay và năm sau",
    "Ban Quản lý dự án đầu tư xây dựng huyện Tân Phong thực hiện công trình, quy trình\tlập hồ sơ",
    "chương trình kiểm tra; lộ trình triển khai, tiến\u00a0trình báo cáo; Tổ công tác tiến hành rà soát",
    "công trình, đầu tư giám sát và công\ttrình tổng hợp",
    "kết nối tới 174 điểm cầu, trồng mới 1.200 ha rừng sản xuất tập trung",
    "",
]


def _lines() -> list[str]:
    out = list(LINES)
    for p in sorted(SAMPLES.glob("*.txt")):
        out += p.read_text(encoding="utf-8").splitlines()
    return out


def _plain_work_start(phrase: str) -> int | None:
    for verb in TASK_VERB_RE.finditer(phrase):
        if verb.start() and not re.search(r"(?:^|\s)(?:[Bb]an|[Tt]ổ|[Hh]ội đồng)$", phrase[: verb.start()]):
            return verb.start()
    return None


def test_work_start_is_the_plain_search() -> None:
    found = 0
    for line in _lines():
        for cut in range(0, len(line), 7):  # the line and its tails, so that verbs open some of them
            phrase = line[cut:]
            assert task_owner.work_start(phrase) == _plain_work_start(phrase), phrase
            found += task_owner.work_start(phrase) is not None
    assert found > 20


def _plain_after_noun(after: str) -> str:
    m = re.match(r"\s*([a-zàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ][^,;.()]*)", after)
    if re.match(r"\s*KH\b", after):
        return "kế hoạch"
    if not m or m.group(1).startswith(("trở lên", "trở xuống")):
        return ""
    words = []
    for w in m.group(1).split():
        if w in ("có", "của", "được", "đạt", "là", "so", "bằng", "và", "với", "năm", "trong", "tại", "để", "khi",
                 "nhằm", "do", "vì", "nhưng", "thì", "cần", "phải", "vào"):
            break
        words.append(w)
    return " ".join(words[:8])


def test_after_noun_keeps_the_first_eight_words_as_before() -> None:
    for line in _lines():
        for cut in range(0, len(line), 5):
            assert after_noun(line[cut:]) == _plain_after_noun(line[cut:])
    assert after_noun(" hồ sơ dịch vụ công trực tuyến mức độ toàn trình của xã") == \
        "hồ sơ dịch vụ công trực tuyến mức"


def test_product_report_gate() -> None:
    for line in _lines():
        assert task_fields.product_in(line) == _plain_product_in(line)
    assert task_fields.product_in("Phòng Nội vụ; báo cáo kết quả kiểm tra về huyện") == "báo cáo kết quả kiểm tra"


def _plain_product_in(text: str) -> str | None:
    if not any(w in text.lower() for w in {n.lower() for n in task_fields._PRODUCT_NOUNS}):
        return None
    cands = []
    m = task_fields._PRODUCT.search(text)
    if m:
        p = m.group(1)
        cut = task_fields._PRODUCT_CUT.search(p)
        cands.append((m.start(1), (p[: cut.start()] if cut else p).strip()))
    m = task_fields._PRODUCT_REPORT.search(text)
    if m:
        cands.append((m.start(1), m.group(1)))
    return min(cands)[1] if cands else None


def test_event_counts_are_dropped_as_before() -> None:
    """Percentages and money stay in a sentence about the event; its own counts do not."""
    vals = find_values("Hội nghị đã trao Bằng khen cho 2 tập thể, 8 cá nhân; tổng thu ngân sách đạt 45,2 tỷ đồng")
    assert [(v.num, v.unit) for v in vals] == [("45,2", "tỷ đồng")]
    vals = find_values("Dự hội nghị có 84 đại biểu, bằng 105% so với năm trước")
    assert [(v.num, v.unit) for v in vals] == [("105", "%")]
    vals = find_values("Bình quân cả nước tăng 9,3%, huyện Đông Sơn tăng 10,1%")
    assert [v.num for v in vals] == ["10,1"]
    assert find_values("Không có số liệu nào") == []


def test_dated_deadline_pattern_is_the_plain_alternation() -> None:
    date = r"\d{1,2}/\d{1,2}/\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}"
    plain = re.compile(rf"(?:trước|đến|chậm nhất(?: là)?|trong|hạn|không quá)\s+(?:ngày\s+)?({date})", re.IGNORECASE)
    lines = [*_lines(), "TRƯỚC NGÀY 30/6/2026", "Chậm nhất là ngày 5 tháng 7 năm 2026, hạn 1/2/2027",
             "không quá 15/12/2026 và Đến 20 tháng 11 năm 2026; trong 3/4/2026"]
    for line in lines:
        assert [(m.span(), m.group(1)) for m in task_fields._DATED.finditer(line)] == \
            [(m.span(), m.group(1)) for m in plain.finditer(line)]
    assert len(list(task_fields._DATED.finditer(lines[-1]))) == 3


def test_tally_gates_decide_as_the_plain_matches() -> None:
    from desktop.core.extract import tally_structure as ts

    lines = [*_lines(), "Toàn huyện có 45 tổ chức đảng, trong đó: 20 đảng bộ, 25 chi bộ",
             "kết nạp 18 đảng viên mới (gồm 10 nữ)", "có 3 nhiệm vụ trọng tâm sau: (1) …", "còn 2 chỉ tiêu chưa đạt"]
    opened = listed = 0
    for line in lines:
        for pos in range(0, len(line), 3):
            for end in (len(line), min(len(line), pos + 30)):
                plain = ts.PART_OPENER.match(line, pos, end)
                got = ts.part_opener(line, pos, end)
                assert (got and got.span(), got and got.group(1)) == (plain and plain.span(), plain and plain.group(1))
                opened += got is not None
            assert ts.list_follows(line, pos) == (ts.LIST_FOLLOWS.match(line, pos) is not None)
            listed += ts.list_follows(line, pos)
    assert opened and listed


def test_heading_alone_and_named_giao_as_the_plain_patterns() -> None:
    from desktop.core.extract import directives, task_items
    from desktop.core.lexicon import UPPER_LETTERS

    plain_giao = re.compile(rf"(?<![\w])[Gg]iao\s+[{UPPER_LETTERS}]")
    lines = [*_lines(), "2. Ban Tổ chức Huyện ủy Tân An:", "4. Ủy ban nhân dân xã Hòa Bình", "Giao Phòng Nội vụ chủ trì",
             "đã giao Sở Tài chính; bàn giao Nhà văn hóa, xgiao Ông", "a) Ban Chỉ đạo; b) Tổ công tác."]
    heads = giao = 0
    for line in lines:
        for cut in range(0, len(line), 4):
            body = line[cut:]
            got, plain = task_items.head_alone(body), task_items._HEAD_ONLY.fullmatch(body)
            assert (got and got.group(1)) == (plain and plain.group(1)), body
            heads += got is not None
            got_g, plain_g = directives._GIAO_NAME.search(body), plain_giao.search(body)
            assert (got_g and got_g.span()) == (plain_g and plain_g.span()), body
            giao += got_g is not None
    assert heads and giao


def test_directive_tail_tests_as_the_plain_searches() -> None:
    from desktop.core.extract import directives as d

    plain_require = re.compile(r"(?:theo|với|đáp ứng|các|những|Các|Những|của|đúng|về|[Tt]rước)\s+$")
    plain_giao = re.compile(r"(?:được|bàn|chỉ tiêu|kế hoạch)\s+$")
    plain_done = re.compile(r"(?<![\w])đã(?:\s+\S+)?\s+$")
    lines = [*_lines(), "theo ", "Những \n", "đúng\n", "đã được ", "xã đã giao  ", "Đã ", "chỉ tiêu\t",
             "trước", "theo x\n", "đáp ứng các ", "Huyện đã "]
    hits = [0, 0, 0]
    for line in lines:
        for cut in range(1, len(line) + 1):
            pre = line[:cut]
            for k, (fast, plain) in enumerate((
                    (d._word_then_blanks(pre, d._REQUIRE_NOUN_BEFORE), plain_require.search(pre) is not None),
                    (d._word_then_blanks(pre, d._GIAO_NOUN_BEFORE), plain_giao.search(pre) is not None),
                    (d._DONE_BEFORE.search(pre) is not None, plain_done.search(pre) is not None))):
                assert fast == plain, (k, pre)
                hits[k] += fast
    assert all(hits)


def test_label_tail_gates_as_the_plain_searches() -> None:
    from desktop.core.extract import indicator_label as il

    lines = [*_lines(), "toàn huyện hiện có ", "16 chi bộ với ", "kiểm tra 12 tổ chức đảng và\n", "nay có", "cócó "]
    seen = [0, 0]
    for line in lines:
        for cut in range(1, len(line) + 1):
            seg = line[:cut]
            end = seg.rstrip()
            assert (il._HAS.search(seg) is not None) == (end.endswith("có") and il._HAS.search(seg) is not None)
            assert (il._PARTNER_TAIL.search(seg) is not None) == \
                (end.endswith(("với", "và")) and il._PARTNER_TAIL.search(seg) is not None)
            seen[0] += il._HAS.search(seg) is not None
            seen[1] += il._PARTNER_TAIL.search(seg) is not None
    assert all(seen)


def test_segment_split_and_link_counts_as_the_plain_patterns() -> None:
    from desktop.core.extract import indicator_label, links

    plain_split = re.compile(r"(?<!\d),|,(?!\d)|\((?![^()]*\))")
    plain_count = re.compile(r"(?<![\w/.,])(\d{1,3}(?:\.\d{3})*)(?![\w/]|[.,]\d)\s+([^\W\d_]+)")
    lines = [*_lines(), "tăng 85,2%, (GRDP) đạt 1,5, 2,(3 ý", "12 xã, 1.250 hộ, H2 tổ, 3/4 thôn, x5 bản, 7.5 ha"]
    for line in lines:
        assert indicator_label._SEGMENT_SPLIT.split(line) == plain_split.split(line)
        for pos in (0, 3, 10):
            assert [(m.span(), m.groups()) for m in links._COUNT.finditer(line, pos)] == \
                [(m.span(), m.groups()) for m in plain_count.finditer(line, pos)]
    assert [m.group(1) for m in links._COUNT.finditer(lines[-1])] == ["12", "1.250"]


def test_plan_pair_gate_lets_every_plan_pair_through() -> None:
    lines = ["đạt 1.250 tỷ đồng/KH 1.100 tỷ đồng", "850/KH 900 con", "thu 45 tỷ đồng / kế hoạch: 40 tỷ đồng",
             "12 xã /  Kế hoạch 15 xã", "1.250/KHCN 3", "đạt 5/KH", "90%/kế hoạch năm 95%"]
    passed = 0
    for line in lines + _lines():
        if count_mentions.PLAN_PAIR.search(line):
            assert count_mentions.may_have_plan_pair(line), line
            passed += 1
    assert passed >= 4
    assert not count_mentions.may_have_plan_pair("đạt 5 KH và 1/2 kế hoạch cũ")


def test_task_verb_search_is_the_pattern_search() -> None:
    found = 0
    for line in LINES + _lines():
        for pos in range(0, min(len(line), 30), 3):
            want = TASK_VERB_RE.search(line, pos)
            got = search_task_verb(line, pos)
            assert (got.span() if got else None) == (want.span() if want else None), (line, pos)
            found += want is not None
    assert found > 20


SPEECH_LINES = ["Ông A cho biết, xã đã hoàn thành 5 công trình", "“Chúng tôi sẽ làm ngay”, ông nói", " \"Tôi đề nghị",
                "Chúng ta cần tập trung", "Tôi và anh", "xcho biết; chia sẻ tại hội nghị", "Chúng tôixyz", "",
                "Đồng chí yêu cầu: các xã …", "Yêu cầu: rà soát", "2. Yêu cầu", "lưu ý huyện cần", "nhấn mạnh: tập trung",
                "nhấn mạnh những kết quả", "dự và chỉ đạo hội nghị", "chỉ đạo : các sở", "xyêu cầu", "Yêu cầu các xã",
                "hoàn thành 25, đang thực hiện 12 và chưa thực hiện 3.", "thực hiện thường xuyên 4; không đạt 2)",
                "xhoàn thành 5, đạt và vượt 7 và", "chưa hoàn thành  12"]


def test_reported_speech_and_requests_as_the_plain_patterns_find_them() -> None:
    speech = re.compile(r"(?<![\w])(?:cho biết|cho hay|chia sẻ|bày tỏ|thông tin thêm)(?![\w])|"
                        r"^\s*[“\"]|^\s*(?:Chúng tôi|Tôi|Chúng ta)\s")
    require = re.compile(r"(y(?<!\w.)êu cầu|Y(?<!\w.)êu cầu(?!\s*[:.]|$)|l(?<!\w.)ưu ý|"
                         r"(?:n(?<!\w.)hấn mạnh|c(?<!\w.)hỉ đạo)(?=\s*:))(?![\w])")
    bare = re.compile(r"(?<![\w])(hoàn thành|đang thực hiện|đang triển khai|chưa thực hiện|chưa triển khai|"
                      r"chưa hoàn thành|không hoàn thành|thực hiện thường xuyên|thường xuyên|chưa đạt|không đạt|"
                      r"đạt và vượt)\s+(\d{1,4})(?=\s*(?:[,;.)]|và\b|$))")
    said = asked = parts = 0
    for line in SPEECH_LINES + _lines():
        assert directives.reported_speech(line) == bool(speech.search(line)), line
        assert _spans(directives._REQUIRE, line) == _spans(require, line), line
        for end in (len(line), len(line) // 2):
            got = [(m.span(), m.groups()) for m in tally_parts._BARE_PART.finditer(line, 0, end)]
            assert got == [(m.span(), m.groups()) for m in bare.finditer(line, 0, end)], line
            parts += len(got)
        said += bool(speech.search(line))
        asked += len(_spans(require, line))
    assert said >= 5 and asked >= 5 and parts >= 6


def _spans(p: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in p.finditer(text)]
