"""How many items a stated count lists ("… 3 nội dung: (1) …; (2) …; (3) …", or one "- …" line each below
it), and the noun it counts, for a count of plan items that no breakdown follows."""

from __future__ import annotations

import re

from desktop.core.extract.enumeration import DASH_ITEM
from desktop.core.layout import Layout, Para
from desktop.core.model import Tally


def full_noun(text: str, pos: int) -> str:
    rest = text[pos:].lstrip()
    m = re.match(r"[^,;:.()]+", rest)
    phrase = m.group().strip() if m else ""
    phrase = re.split(r"\s(?:được|đã|theo|của|trong|tại|do|như|sau|đó|nghị quyết|với|và|là)\b", phrase)[0]
    words = phrase.split()
    return " ".join(words[:8])


_ENUM_LINE = re.compile(r"^\s*(?:\((\d{1,2})\)|(\d{1,2})\s*[-.)]|([a-zđ])\))\s+")


ENUMERATED_HEAD = re.compile(r"((?:Nhiệm vụ|Chỉ tiêu|Mục tiêu|Giải pháp|Nhóm nhiệm vụ)[^:(]{0,40}):\s*\(1\)")


def enumerated_head(t: str, off: int) -> list[Tally]:
    """An inline enumeration with no stated count: "Nhiệm vụ cụ thể: (1) … (15) …" (``off``: where ``t`` starts)."""
    head = ENUMERATED_HEAD.match(t) if "(1)" in t else None
    if head is None:
        return []
    n = inline_enumeration_count(t)
    return [Tally(total=n, noun=head.group(1).strip().lower(), parts=[], span=(off, off + head.end(1)), enumerated=n,
                  complete=False)]


def inline_enumeration_count(text: str) -> int:
    nums = [int(x) for x in re.findall(r"(?:^|[\s;:.])\((\d{1,2})\)\s", text)]
    n = 0
    for x in nums:
        if x == n + 1:
            n = x
    return n


# "Thứ nhất, … Thứ hai, …": items listed by ordinal words, one paragraph each, in order
_ORDINALS = ("nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười")
_ORDINAL = re.compile(rf"^\s*(?:\*\*)?Thứ ({'|'.join(_ORDINALS)})(?![\w])")


def _ordinal_items(following: list[Para]) -> int | None:
    """How many paragraphs in a row open with the next ordinal word (an item may run over a few paragraphs)."""
    n = gap = 0
    for p in following:
        m = _ORDINAL.match(p.text)
        if m and n < len(_ORDINALS) and m.group(1) == _ORDINALS[n]:
            n, gap = n + 1, 0
        elif m or gap == 4:
            break  # out of order, or the list has ended some paragraphs ago
        else:
            gap += 1
    return n or None


_COLON_AFTER = re.compile(r"[^.;]{0,80}?(?:sau|như sau|là|gồm|đó là|)\s*:")  # ("(?:…|)": no repeat context)


def enumerated_after(layout: Layout, para: Para, pos: int) -> int | None:
    """How many items are listed after a stated count that ends in ``:``."""
    rest = para.text[pos:]
    colon = _COLON_AFTER.match(rest)
    if not colon:
        return None
    after = rest[colon.end() :]
    inline = inline_enumeration_count(after) if after.lstrip().startswith("(1)") else 0
    if inline:
        return inline
    paras = layout.paras
    idx = next((k for k, p in enumerate(paras) if p is para), None)
    if idx is None:
        return None
    n = 0
    following = paras[idx + 1 :]
    if following and _ORDINAL.match(following[0].text):
        return _ordinal_items(following)
    if following and DASH_ITEM.match(following[0].text):  # "- …" items, as many as there are dashes
        for p in following:
            if not DASH_ITEM.match(p.text):
                break
            n += 1
        return n
    for p in following:
        m = _ENUM_LINE.match(p.text)
        if not m and DASH_ITEM.match(p.text):
            continue  # a dash sub-item under a numbered one
        if not m:
            break
        val = m.group(1) or m.group(2)
        if val is None:
            n += 1
            continue
        if int(val) != n + 1:
            break
        n = int(val)
    return n or None
