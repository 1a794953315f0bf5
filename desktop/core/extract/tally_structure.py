"""What the words around a total say about its parts, read from the structure of the sentence and never from
whether the numbers add up: a list opener after the total (``trong đó``, ``gồm``, ``:``), enumerators before the
parts (``a) … ; b) …``, ``(1) … ; (2) …``), attributes of people that overlap (``nữ``, ``dân tộc thiểu số``: one
person may be both, so they are no partition), counts of what happens at the event itself (``thông qua 11 chỉ
tiêu``), and a count of plan items that all reached one status (``hai chỉ tiêu … đều vượt``)."""

from __future__ import annotations

import re
from itertools import pairwise

from desktop.core.extract.count_mentions import COMPLEMENT_RE, STATUS_WORD_RE, CountMention
from desktop.core.lexicon import PLAN_NOUNS
from desktop.core.model import Tally
from desktop.core.rx import alternation

# Words that open the parts of the total before them: "4.692 hộ, trong đó …", "1.250 hộ, gồm …", "…, bao gồm: …".
# ("22 nhiệm vụ gồm 51 danh mục" joins a second count to the first: that is read apart, as a partner.)
# ("(?:…|)": an optional group without the repeat context re sets up for "(?:…)?", in each step of the lazy repeat)
PART_OPENER = re.compile(r"(?:[^;.\d]|\d+(?:,\d+|)\s*%){0,40}?(?:;\s*|)(?<![\w])(trong đó|bao gồm|gồm)(?![\w])\s*:?")



def part_opener(t: str, start: int, end: int) -> re.Match[str] | None:
    """PART_OPENER matched from ``start`` within ``end``; its words ("gồm", "trong đó") are looked for first."""
    if t.find("gồm", start, end) < 0 and t.find("trong đó", start, end) < 0:
        return None
    return PART_OPENER.match(t, start, end)


# An enumerator that starts a part: "a) 1.177 hộ …; b) …", "(1) …; (2) …", "1. …", "- …".
_ENUMERATOR = re.compile(r"\s*:?\s*(?:[a-zđ]\)|\(\d{1,2}\)|\d{1,2}[.)](?=\s)|[-–+](?=\s))")


_OPENER_WORD = re.compile(r"(?<![\w])(?:trong đó|bao gồm|gồm)(?![\w])")
_ITEM_START = re.compile(r"(?:(?<=[\s;:])|^)(?:[a-zđ]\)|\(\d{1,2}\)|\d{1,2}[.)])(?=\s)")


def enumerated_items(text: str, starts: list[int], lo: int, hi: int) -> tuple[list[int], dict[int, list[int]]]:
    """Parts listed after enumerators (``starts``: where the candidate parts begin, in ``text``): the first
    part after each enumerator is the item's part; later parts in the same item that follow an opener
    ("a) 500 hộ thiếu nhà ở, gồm 200 hộ ở thôn Một, 300 hộ ở thôn Hai; b) …") break that item down (a nested
    level). Returns indices into ``starts``: the top parts, and each top part's own parts."""
    bounds = [m.start() for m in _ITEM_START.finditer(text, lo, hi)] + [hi]
    top: list[int] = []
    nested: dict[int, list[int]] = {}
    for a, b in pairwise(bounds):
        inside = [k for k, s in enumerate(starts) if a <= s < b]
        if not inside:
            continue
        top.append(inside[0])
        kids = inside[1:]
        if len(kids) >= 2 and _OPENER_WORD.search(text, starts[inside[0]], starts[kids[0]]):
            nested[inside[0]] = kids
    return top, nested


def enumerated_parts(text: str, pos: int) -> bool:
    """The parts after ``pos`` are enumerated, so a ";" separates two of them, not two breakdowns."""
    return _ENUMERATOR.match(text, pos) is not None


# Attributes of people that cut across any partition of them: a delegate may be a woman, of an ethnic minority
# and young at once, so counts of these after "trong đó" are overlapping subsets, never parts that add up.
OVERLAPPING_ATTRIBUTES = (
    "nữ", "dân tộc thiểu số", "người dân tộc thiểu số", "trẻ", "trẻ tuổi", "dưới 35 tuổi", "tái cử", "tái đắc cử",
    "tái ứng cử", "lần đầu", "ngoài đảng", "người ngoài đảng", "tôn giáo", "có trình độ", "trình độ",
    "là đảng viên", "cựu chiến binh",
)
_OVERLAPPING = re.compile(rf"^(?:là\s+)?(?:{alternation(OVERLAPPING_ATTRIBUTES)})(?![\w])", re.IGNORECASE)


def overlapping(statuses: list[str], noun: str = "") -> bool:
    """The parts name attributes of people that overlap ("nữ", "là người dân tộc thiểu số"), after the total's
    ``noun`` where they repeat it ("hộ nghèo dân tộc thiểu số" of 4.215 hộ nghèo); "nam" beside "nữ" splits
    people by sex, a partition."""
    bare = [st.strip().removeprefix(noun).strip() if noun else st.strip() for st in statuses]
    heads = {st.split()[0].lower() for st in bare if st}
    return not {"nam", "nữ"} <= heads and any(_OVERLAPPING.match(st) for st in bare)


# What happens at the event itself is no result and no tally: "thông qua 11 chỉ tiêu", "bầu 15 đồng chí".
_PROCEEDING = re.compile(r"(?<![\w])(?:thông qua|biểu quyết|bầu|trao|tặng|khen thưởng)(?![\w])[^.;:]{0,40}$")


def proceeding_before(text: str, pos: int) -> bool:
    """The count at ``pos`` is the object of a proceeding of the event written just before it."""
    return _PROCEEDING.search(text, max(0, pos - 48), pos) is not None


# Numbers written as words, for the small counts of plan items that texts spell out ("hai chỉ tiêu chính").
_WORD_NUMBERS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
_ALL_REACHED = re.compile(
    rf"(?<![\w])({alternation(list(_WORD_NUMBERS))})\s+((?:{alternation(PLAN_NOUNS)})(?![\w])[^,;.:()]{{0,60}}?)"
    r"\s+đều\s+(?=\S)"
)


def all_reached(text: str, offset: int = 0) -> list[Tally]:
    """"hai chỉ tiêu chính … đều vượt": a count written in words whose items all reached one status (a tally
    with no count per status), its span shifted by ``offset``. Digits are read as counts of plan items elsewhere."""
    out = []
    for m in _ALL_REACHED.finditer(text) if "đều" in text else ():
        if STATUS_WORD_RE.match(text, m.end()):
            out.append(Tally(total=_WORD_NUMBERS[m.group(1).lower()], noun=m.group(2).strip(), parts=[],
                             span=(offset + m.start(), offset + m.end(2)), complete=False))
    return out


# Counts of the items of a plan or of a leader's direction ("4 nhiệm vụ trọng tâm", "3 yêu cầu chung và 4 lưu ý")
STANDALONE_PLAN = re.compile(
    r"^(?:nhóm chỉ tiêu|chỉ tiêu|nhóm mục tiêu|mục tiêu|nhóm nhiệm vụ|nhiệm vụ|lĩnh vực đột phá|khâu đột phá|"
    r"nhóm giải pháp|giải pháp|địa bàn trọng điểm|đột phá|yêu cầu|lưu ý)(?![\w])"
)
# "3 nội dung: (1) …", "07 điểm nổi bật, cụ thể:" (the list on the next lines), "04 nhóm dữ liệu, gồm: A; B; …":
# a stated count that opens a list is the count of that list
LIST_FOLLOWS = re.compile(
    r"[^.;:()\d\n]{0,40}?\s*,?\s*(?:cụ thể|bao gồm|gồm|như sau|sau đây|sau|là|)\s*:\s*"
    r"(?:\(1\)\s|1[.)]\s|a\)\s|$|[^.]*;[^.]*;)"
)


def list_follows(t: str, pos: int) -> bool:
    """LIST_FOLLOWS matches at ``pos``; a list follows a colon, looked for first."""
    return t.find(":", pos) >= 0 and LIST_FOLLOWS.match(t, pos) is not None


# "thiếu 2 chỉ tiêu: A; B": the count is followed by its own list
OPENS_LIST = re.compile(r"[^.;:()\d\n]{0,40}?:")
# A count whose noun is a word of comparison is no count of things ("tỷ lệ 1/1.000 hơn 18.511 ha")
NOT_A_NOUN = re.compile(r"^(?:hơn|gần|khoảng|trên|dưới|ước|xấp xỉ|tới|đến)(?![\w])")
BACK_REFERENCE = re.compile(r"\s*(?:Trong đó|Trong số đó|Trong số này|Cụ thể|Gồm|Bao gồm)(?![\w])")
# Words that a list opener or a verb begins with, never the noun of a count ("năm 2024 như sau:")
LIST_WORD = re.compile(r"^(?:như|gồm|bao gồm|sau|là|đối|quy định|đạt|cấp)(?![\w])")
# "3 xã chưa đạt", "còn thiếu 3 tiêu chí": the count of the items that did not reach the status
REMAINDER_BEFORE = re.compile(r"(?<![\w])(?:chưa|không|còn|còn lại|còn thiếu|thiếu|đang)\s*$")
# A status of the items that did not (yet) reach the status: a breakdown that names it names the whole
REMAINDER_STATUS = re.compile(r"(?<![\w])(?:chưa|không|còn|đang|chậm|quá hạn|trễ hạn|dưới|bị)(?![\w])")
# "còn 58 đơn vị, …, giảm 97 đơn vị": a count after "tăng"/"giảm" is a change, never a part
CHANGE_BEFORE = re.compile(r"(?<![\w])(?:tăng|giảm)(?: thêm| được)?\s*$")
CHANGE = re.compile(r"(?:tăng|giảm|so với|bằng|chiếm)(?![\w])")


def remainder(text: str, off: int, x: CountMention) -> bool:
    """"3 xã chưa đạt", "còn thiếu 3 tiêu chí": the count of the items that did not reach the status."""
    at = x.start - off
    return COMPLEMENT_RE.match(text, x.end - off) is not None or \
        REMAINDER_BEFORE.search(text, max(0, at - 16), at) is not None


def change(text: str, off: int, x: CountMention) -> bool:
    """"giảm 97 đơn vị": the count says by how much something changed."""
    at = x.start - off
    return CHANGE_BEFORE.search(text, max(0, at - 16), at) is not None
