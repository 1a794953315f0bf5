"""Items whose label was read too thin to trust (issue 16, point 7).

Until the readers are perfect, an extracted item whose label says nothing of its own (``Nghị quyết``,
``/KH``, an empty text) must not reach an official document unless a clerk verified it. The rule:

* the label of an indicator, task or proposal, or a person's name, is **thin** when it holds fewer than
  two *content words*: words of letters only (an apostrophe or hyphen between letters joins: ``H'Yăm``),
  once document-type names (``Nghị quyết``, ``Kế hoạch``, ``Báo cáo`` …) are taken out; numbers and
  symbols (``/KH``, ``12-NQ/TU``, ``%``) are not words;
* a cited document is thin when its number has no digit (``/KH``, ``-NQ/TU``, empty);
* counts' nouns (``xã``, ``đảng viên``) and tally parts are never thin: one word is their normal form.

Pure functions, tested on invented items; the window flags thin items, exports leave them out.
"""

from __future__ import annotations

import re
import unicodedata

from desktop.core.model import DocumentRef, Indicator, Item, Person, Proposal, ReviewStatus, Task

MIN_CONTENT_WORDS = 2
DOCUMENT_TYPES = ("nghị quyết", "nghị định", "quyết định", "chỉ thị", "kết luận", "kế hoạch", "báo cáo",
                  "thông báo", "thông tri", "thông tư", "công văn", "tờ trình", "hướng dẫn", "chương trình",
                  "quy định", "quy chế", "đề án", "phương án", "dự án", "biên bản", "văn bản", "luật")
_TYPES = re.compile(r"(?<!\w)(" + "|".join(DOCUMENT_TYPES) + r")(?!\w)")
_EDGE = re.compile(r"^[^\w/]+|[^\w/]+$")
_JOINER = re.compile(r"(?<=[^\W\d_])['’-](?=[^\W\d_])")  # H'Yăm, Ê-đê: one word

LABEL_ATTRS: dict[type, str] = {Indicator: "label", Task: "text", Proposal: "text", Person: "name",
                                DocumentRef: "number"}


def content_words(text: str) -> list[str]:
    """The words of ``text`` that say something: letters only, document-type names left out."""
    lowered = _TYPES.sub(" ", unicodedata.normalize("NFC", text or "").lower())
    words = (_JOINER.sub("", _EDGE.sub("", tok)) for tok in lowered.split())
    return [w for w in words if w and w.isalpha()]


def thin_text(text: str | None) -> bool:
    return len(content_words(text or "")) < MIN_CONTENT_WORDS


def label_attr(item: Item) -> str | None:
    """The attribute the rule reads for ``item`` (None: the rule does not apply to its kind)."""
    return next((attr for kind, attr in LABEL_ATTRS.items() if isinstance(item, kind)), None)


def is_thin(item: Item) -> bool:
    """The item's label is empty or only a word (see the module's rule)."""
    attr = label_attr(item)
    if attr is None:
        return False
    value = getattr(item, attr, None)
    if isinstance(item, DocumentRef):
        return not any(ch.isdigit() for ch in value or "")
    return thin_text(value)


def held_back(item: Item) -> bool:
    """Thin and not verified by a clerk: flagged in the form, left out of exports."""
    return item.review != ReviewStatus.VERIFIED and is_thin(item)
