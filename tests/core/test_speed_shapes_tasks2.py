"""The task readers' cheaper shapes (second round) decide exactly as the plain forms they replace.

Each rewrite is compared with the plain form, written out here, on invented lines (fictional units), on their
tails, and where a word's edge is checked another way, with every character of a wide range of Unicode beside it.
"""

from __future__ import annotations

import re

from desktop.core.extract import (
    common,
    directives,
    enumeration,
    request_direction,
    task_cues,
    task_items,
    task_owner,
    tasks,
)
from desktop.core.lexicon import LOWER_LETTERS, NAME_COMMA_TAILS, ORG_HEAD_RE, UPPER_LETTERS

LINES = [
    "", " ", "Bộ", "Bộ ", "các bộ, ngành", "Ban Bí thư Trung ương", "Bộ Chính trị", "Thủ tướng Chính phủ",
    "Quốc hội", "Sở Y tế", "Sởi", "Ban Tổ chức Tỉnh ủy", "ban Dân vận tỉnh", "Ban  quản lý dự án tỉnh Hòa Bình",
    "ban\tthường vụ huyện ủy", "Tỉnh uỷ, UBND tỉnh, HĐND tỉnh", "Ủy ban nhân dân tỉnh X", "tỉnhủy", "Phòng Nội vụ",
    "Phòngtài", "Huyện ủy Vân Canh, Thị uỷ, Thành ủy, UBND huyện", "huyện, thị xã, thành phố", "Đảng ủy xã Phú Mỹ",
    "Đảng uỷ xã, UBND xã, xã, phường, thị trấn", "lãnh đạo huyện đề nghị tỉnh sớm bố trí vốn cho xã",
    "Bí thư Tỉnh ủy đề nghị huyện tập trung", "đồng chí Giám đốc Sở Nội vụ đề nghị Phòng Nội vụ các huyện",
    "XBộ Sở_Sở 1tỉnh ĐBộ\nBộ\n", "ban " + "x" * 29 + "tỉnh", "ban " + "x" * 31 + "tỉnh",
    "Tỉnh Thanh Hóa cần tiếp tục", "Về lâu dài, Thanh Hóa cần tiếp tục có giải pháp, huyện Sơn Mỹ cần chủ động",
    ",  Sở Y tế  cần  làm", "X cần được hỗ trợ, Y cần thiết, Z cần 500 tỷ, các xã cần\nrà soát", "a, bc cần x",
    "Các cấp, các ngành; Sở A: cần làm, " + "b" * 70 + " cần làm", ", cần làm", "ab cần ", "xcần làm, ycần làm",
    "theo các kiến nghị", "giải quyết 44 kiến nghị", "đã tiếp nhận 1.234,5 \n kiến nghị", "một số  kiến nghị",
    "Một số\u00a0kiến nghị", "nội dung\n", "của\u2003", "trả lời٣ kiến nghị", "số ٣ kiến nghị", "x7\n\n", "7x ",
    "Ông A cho biết, ông B cho hay; bà C chia sẻ và bày tỏ thông tin thêm", "Tôi ", "“Chúng ta", "cho biếtx",
    "Sở Y tế trong tháng 9", "UBND huyện Vân Canh từ nay đến hết năm", "xã Phú Mỹ vào quý IV", "Sở X ngay\tsau",
    "huyện Sơn Mỹ", "các xã, thị trấn", "Mọi người", "Ban chỉ đạo các cấp", "toàn\u00a0tỉnh", "Từng đơn vị",
    "Phòng Tài chính và Kế hoạch; Sở Nội vụ, các sở và ngành liên quan, tỉnh, thành phố, Hà Nội và các huyện",
    "Ban Tổ chức Tỉnh ủy chỉ đạo thực hiện", "UBND tỉnh lãnh đạo", "Sở Y tế chủ trì\n", "Sở Y tế tập trung  thực hiện",
    "Đề nghị Sở A xem xét; đồng thời đề nghị Sở B bố trí, và cũng kiến nghị Bộ C; kính đề nghị Tỉnh ủy quan tâm",
    "hỗ trợ vốn, đồng thời  tăng cường; đề xuất\nX, và đề nghị; ,; đồng thời", ";đề nghị x,đồng thời y",
    "II. NHIỆM VỤ VÀ GIẢI PHÁP", "Điều 3. Tổ chức thực hiện", "Phương hướng, nhiệm vụ 6 tháng cuối năm",
    "IV. TIẾN ĐỘ THỰC HIỆN (DỰ KIẾN)", "Tiến độ: theo kế hoạch", "tiến độ. dự kiến", "Phân công thực hiện",
    "Điều khoản thi hành", "Phương án", "I. MỤC ĐÍCH, YÊU CẦU", "Quan điểm, nguyên tắc", "Phạm vi", "mục tiêu",
    "CHỈ TIÊU", "Mục Tiêu Chủ Yếu", "Nhiệm Vụ", "gIẢI pHÁP",
]


def _phrases() -> list[str]:
    return [line[cut:] for line in LINES for cut in range(len(line) or 1)]


# the ladder's patterns as written before (a word's left edge as "\b", "[Bb]an")
_PLAIN_LEVELS = [
    r"Trung ương|Chính phủ|Thủ tướng|Quốc hội|Bộ Chính trị|Ban Bí thư|các bộ|\bBộ\s",
    r"\bSở\b|[Bb]an\s.{0,30}Tỉnh ủy|[Bb]an\s.{0,30}tỉnh",
    r"Tỉnh ủy|Tỉnh uỷ|UBND tỉnh|HĐND tỉnh|Ủy ban nhân dân tỉnh|\btỉnh\b",
    r"\bPhòng\b",
    r"Huyện ủy|Huyện uỷ|Thị ủy|Thị uỷ|Thành ủy|Thành uỷ|UBND huyện|\bhuyện\b|thị xã|thành phố",
    r"Đảng ủy xã|Đảng uỷ xã|UBND xã|\bxã\b|phường|thị trấn",
]
# every character up to the CJK blocks and a few beyond: letters, digits, marks, blanks of all scripts
_NEIGHBOURS = [chr(c) for c in range(0x3000)] + ["\U00010400", "\U0001d7ce", "\u4e00", "\uac00", "\uff10"]


def _spans(rx: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(text)]


def test_ladder_patterns_find_what_the_plain_ones_find() -> None:
    assert len(request_direction._LEVELS) == len(_PLAIN_LEVELS)
    for (rx, _level), plain_source in zip(request_direction._LEVELS, _PLAIN_LEVELS, strict=True):
        plain = re.compile(plain_source)
        for text in _phrases():
            assert _spans(rx, text) == _spans(plain, text), (plain_source, text)
        for c in _NEIGHBOURS:  # a word's edge: the character before and after it
            text = f"{c}Bộ {c}Sở{c} {c}tỉnh{c} {c}Phòng{c} {c}huyện{c} {c}xã{c} Ban{c}tỉnh"
            assert _spans(rx, text) == _spans(plain, text), (plain_source, c)


def test_level_reads_the_ladder_as_before() -> None:
    assert request_direction._level("lãnh đạo huyện", last=True) == 1.0
    assert request_direction._level("tỉnh và Bộ Tài chính", last=False) == 2.0
    assert request_direction._level("Ban Tổ chức Tỉnh ủy", last=False) == 1.5  # (the last named: "Tỉnh ủy")
    assert request_direction._level("Ban Tổ chức Tỉnh ủy", last=True) == 2.0
    assert request_direction._level("các tổ chức", last=True) is None


_PLAIN_NAMED_CAN = re.compile(r"(?:^|,\s+)([^,;:]{2,60}?)\s+c(?<!\w.)ần\s+(?!được|thiết|\d)")


def test_named_can_is_the_plain_search() -> None:
    found = 0
    for text in _phrases():
        got = directives._NAMED_CAN_FIRST.match(text) or directives._NAMED_CAN.search(text, 1)
        want = _PLAIN_NAMED_CAN.search(text)
        assert ((got.span(), got.span(1)) if got else None) == ((want.span(), want.span(1)) if want else None), text
        found += got is not None
    assert found > 20


_PLAIN_NOUN_USE = re.compile(r"(?:các|Các|những|Những|một số|Một số|Về|về|và|của|Đối với|đối với|theo|nội dung|"
                             r"giải quyết|tiếp nhận|trả lời|\d(?:[\d.,]*\d)?)\s+$")


def test_noun_use_is_the_plain_search_in_its_window() -> None:
    found = 0
    for line in LINES + [f"các{c}" for c in _NEIGHBOURS] + [f"{c} \n" for c in _NEIGHBOURS]:
        for lo in range(len(line) + 1):
            for hi in range(lo, len(line) + 1):
                got = task_cues.noun_use(line[lo:hi])
                assert got == (_PLAIN_NOUN_USE.search(line, lo, hi) is not None), (line, lo, hi)
                found += got
    assert found > 100


def test_reported_speech_is_the_plain_search() -> None:
    found = 0
    for text in _phrases():
        got = directives.reported_speech(text)
        want = directives._REPORTED_OPENING.match(text) is not None or \
            directives._REPORTED_WORDS.search(text) is not None
        assert got == want, text
        found += got
    assert found > 20


_PLAIN_BODY_END = re.compile(r"\s(?:trong|từ nay|đến hết|vào|ngay)\s")
_PLAIN_COLLECTIVE = re.compile(r"^(?:các|Các|mọi|Mọi|toàn|Toàn|những|Những|mỗi|Mỗi|từng|Từng)\s|các cấp")
_PLAIN_PLACE_BODY = re.compile(r"(?:huyện|xã|tỉnh|thị xã|thành phố|phường|thị trấn|quận)\s+(?=\w)")


def _plain_one_body(who: str) -> str | None:
    who = _PLAIN_BODY_END.split(who.strip(" ,:") + " ", maxsplit=1)[0].strip()
    if not who or len(who.split()) > 12 or _PLAIN_COLLECTIVE.search(who) or "," in who:
        return None
    place = _PLAIN_PLACE_BODY.match(who)
    if place and who[place.end()].isupper():
        return who
    return who if ORG_HEAD_RE.match(who) else None


_PLAIN_AND_LOWER = re.compile(rf"\s+và\s+(?=[{LOWER_LETTERS}])")


def _plain_split_bodies(s: str) -> list[str]:
    pieces = [p.strip() for p in re.split(r"[,;]\s*", s) if p.strip()]
    merged: list[str] = []
    for p in pieces:
        if merged and ((len(p.split()) == 1 and p[0].islower()) or p.startswith(NAME_COMMA_TAILS)):
            merged[-1] += ", " + p
        else:
            merged.append(p)
    return [x.strip() for p in merged for x in _PLAIN_AND_LOWER.split(p) if x.strip()]


def test_bodies_are_read_as_by_the_plain_splits() -> None:
    found = 0
    for text in _phrases() + [f"Sở X{c}trong{c}tháng" for c in _NEIGHBOURS[:0x800]]:
        assert task_owner.one_body(text) == _plain_one_body(text), text
        assert task_owner.split_bodies(text) == _plain_split_bodies(text), text
        found += task_owner.one_body(text) is not None
    assert found > 20


_PLAIN_HEAD_VERB = re.compile(r"\s+(?:chỉ đạo|lãnh đạo|chủ trì|thực hiện|tập trung)(?:\s+thực hiện)?$")


def test_head_verb_is_cut_as_by_the_plain_sub() -> None:
    cut = 0
    for text in _phrases():
        head = text.strip()
        got = task_items._HEAD_VERB.sub("", head) if head.endswith(task_items._HEAD_VERBS) else head
        assert got == _PLAIN_HEAD_VERB.sub("", head), text
        cut += got != head
    assert cut > 5


_PLAIN_NEXT_REQUEST = re.compile(r"[,;]\s*(?=(?:(?:đồng thời|và|cũng)\s+)+(?:kính đề nghị|đề nghị|kiến nghị|đề xuất)\s)|"
                                 r"[;]\s*(?=(?:kính đề nghị|đề nghị|kiến nghị|đề xuất)\s)|,\s*đồng thời\s+")


def test_next_request_splits_as_the_plain_pattern() -> None:
    split = 0
    for text in _phrases():
        got = request_direction._NEXT_REQUEST.split(text)
        assert got == _PLAIN_NEXT_REQUEST.split(text), text
        split += len(got) > 1
    assert split > 10


_PLAIN_HEADS = [
    (task_cues.HEAD_TASK, r"nhiệm vụ|NHIỆM VỤ|tổ chức thực hiện|TỔ CHỨC THỰC HIỆN|giải pháp|GIẢI PHÁP|phân công|"
                          r"PHÂN CÔNG|phương hướng|PHƯƠNG HƯỚNG|thi hành|tiến độ[^.:]*(?:dự kiến|kế hoạch)|phương án"),
    (task_cues.HEAD_TARGET, r"mục tiêu|chỉ tiêu"),
    (task_cues.HEAD_AIMS, r"mục đích|yêu cầu|quan điểm|nguyên tắc|phạm vi"),
]


def test_heading_cues_find_what_the_plain_any_case_searches_find() -> None:
    found = 0
    texts = [v for t in _phrases() for v in (t, t.upper(), t.lower(), t.title(), t.swapcase())]
    for rx, plain_source in _PLAIN_HEADS:
        plain = re.compile(plain_source, re.IGNORECASE)
        for text in texts:
            got, want = rx.search(text), plain.search(text)
            assert (got.start() if got else None) == (want.start() if want else None), (plain_source, text)
            assert (rx.match(text) is None) == (plain.match(text) is None), (plain_source, text)
            found += got is not None
    assert found > 100


def test_heading_cue_first_letters_have_no_case_variant_but_their_capital() -> None:
    firsts = set()
    for rx, _source in _PLAIN_HEADS:  # (the class of first letters rx.choice() opens with)
        opening = re.match(r"\(\?:\[([^\]]+)\]", rx.pattern)
        assert opening is not None, rx.pattern
        firsts |= set(opening.group(1).lower())
    assert firsts >= {"n", "t", "g", "p", "m", "c", "y", "q"}
    for first in firsts:
        any_case = re.compile(first, re.IGNORECASE)
        variants = {chr(c) for c in range(0x110000) if any_case.fullmatch(chr(c))}
        assert variants == {first, first.upper()}, first


SENTENCES = [
    "Đồng chí yêu cầu: Sở Y tế hoàn thành trước 30/6. Sở Nội vụ rà soát… Các xã báo cáo!  Ông A hỏi: làm sao?",
    "Chủ tịch nói: “Phải làm ngay.” Sau đó, “Hoàn thành!” - Sở X rà soát... 2. Tiếp tục; (Ghi chú.) Xong./. Hết",
    "Kết luận...  Tiếp theo (xem phụ lục.) \"Báo cáo.\" 5 xã. — Sở A!? Được.’ Ông B. ",
    "  Một câu không dấu", ".", "Câu. ", "a.\u00a0B. c", "x?” Y", "Xong./.", "Cuối cùng…” Đó là.", "\n\nA. B\n",
    "yêu cầu: rà soát; (a; b) “c; d” e; f.  Sở X; Sở Y. Hết; ;", "Một. Hai.) Ba.”) Bốn./. Năm",
]


def test_sentences_from_a_start_are_those_of_the_tail() -> None:
    for text in SENTENCES + LINES:
        for m in common._SENT_END.finditer(text):  # what a sentence end is written with
            assert set(m.group()) <= common._END_MARKS, (text, m.group())
        for start in range(len(text) + 1):
            got = common.sentences_from(text, start)
            assert got == list(common.sentences(text[start:], start)), (text, start)


def _plain_split_clauses(text: str, offset: int = 0, sep: str = ";") -> list[tuple[int, int, str]]:
    """common.split_clauses before a text without a separator was taken as one clause (the bracket scan always)."""
    out: list[tuple[int, int, str]] = []
    depth, quote, start = 0, False, 0
    for m in re.finditer("[" + re.escape("()[]“”\"" + sep) + "]", text):
        i, c = m.start(), m.group()
        if c in "([":
            depth += 1
        elif c in ")]":
            depth = max(0, depth - 1)
        elif c in "“”\"":
            quote = (c == "“") or (c == '"' and not quote)
            if c == "”":
                quote = False
        elif c in sep and depth == 0 and not quote:
            out.append(common.trimmed(text, start, i, offset))
            start = i + 1
    out.append(common.trimmed(text, start, len(text), offset))
    return [x for x in out if x[2]]


def test_clauses_are_the_plain_split() -> None:
    for text in SENTENCES + LINES + [f"{c}x;{c}" for c in "  ;()[]“”\"\n\u00a0.,"] + ["", " ", " . ", "(a, b)"]:
        for offset in (0, 7):
            for sep in (";", ",", ";,"):
                assert common.split_clauses(text, offset, sep) == _plain_split_clauses(text, offset, sep), text


def test_item_marks_are_each_lines_enumerator_and_dash() -> None:
    texts = SENTENCES + LINES + ["1. Mục", "(2) Nâng cao", "a) Hoạt động", "IV- MỤC TIÊU", "- Sở", "–x", "• y", "+ z",
                                 "\u00a0- Sở", " 3) x", "\t(1) x", "2.1. Tổng", "1.5 ha", ""]
    texts += [f"{c}{rest}" for c in _NEIGHBOURS[:0x3000:7] for rest in (" Sở", ") x", "- y")]
    enums, dashes = enumeration.item_marks(texts)
    assert enums == [enumeration.line_enumerator(t) for t in texts] + [None]
    assert [(m.span() if m else None) for m in dashes] == \
        [(m.span() if m else None) for m in map(enumeration.dash_item, texts)] + [None]


_PLAIN_CLOSING_IN_FORCE = re.compile(r"(?:Nghị quyết|Kết luận|Chỉ thị|Thông báo) này (?:được phổ biến|có hiệu lực)")


def test_closing_in_force_is_searched_only_where_its_verbs_stand() -> None:
    texts = [*_phrases(), "Nghị quyết này có hiệu lực từ ngày ký.", "Thông báo này được phổ biến", "Kết luận này x"]
    for text in texts:
        if _PLAIN_CLOSING_IN_FORCE.search(text):
            assert any(v in text for v in tasks._IN_FORCE), text
        assert (tasks._CLOSING_IN_FORCE.search(text) is None) == (_PLAIN_CLOSING_IN_FORCE.search(text) is None)


_PLAIN_GIAO = re.compile(r"([Gg](?<!\w.)iao)\s+(?=[" + UPPER_LETTERS + r"]|các\s+(?:cơ quan|sở|ban|ngành|đơn vị|phòng))")


def test_giao_found_from_its_second_letter_is_the_plain_search() -> None:
    texts = [*_phrases(), "giao Sở Y tế", "Giao các sở chủ trì", "xgiao Sở", "\ngiao\tPhòng", "được giao  Phòng"]
    texts += [f"{c}giao Sở" for c in _NEIGHBOURS[::3]]
    found = 0
    for text in texts:
        got, want = directives._GIAO.search(text), _PLAIN_GIAO.search(text)
        assert ((got.start() - 1, got.end()) if got else None) == (want.span() if want else None), text
        found += got is not None
    assert found > 20


def _plain_may_trigger(text: str) -> bool:
    words = ("êu cầu", "lưu ý", "đề nghị", "kiến nghị", "đề xuất", "iao", "cần", "mong muốn", "định hướng",
             "Đề nghị", "Kiến nghị")
    return any(w in text for w in words) or (":" in text and any(w in text for w in task_cues.BEFORE_COLON))


def test_trigger_gate_lets_through_all_the_plain_gate_did() -> None:
    for word in ("Đề nghị", "Kiến nghị", "Kính đề nghị", "Đề xuất", *task_cues.PROPOSE_WORDS):
        assert any(piece in word for piece in task_cues.ANY_TRIGGER), word
    for text in [*_phrases(), *SENTENCES, "Đề nghị Tỉnh ủy", "Kiến nghị: x", "ĐỀ NGHỊ"]:
        if _plain_may_trigger(text):
            assert task_cues.may_trigger(text), text
        assert directives.has_trigger(text) == (_plain_may_trigger(text) and any(
            directives._first_trigger(sent) for _s, _e, sent in common.sentences(text))), text
