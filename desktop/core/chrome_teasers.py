"""Page chrome inside the article's run of prose: a teaser heading and the titles of other pages under it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop.core.chromelines import Facts

# A teaser heading inside the article, over links to other pages: "Xem thêm:", "Tin liên quan:", "Đọc thêm"
_READ_MORE = re.compile(r"^[>»\s]*(?:xem thêm|đọc thêm|tin liên quan|bài liên quan|có thể bạn quan tâm)\s*:?$",
                        re.IGNORECASE)

# The characters a line _READ_MORE matches starts with (f.text is stripped: no leading blank), in any case
_READ_MORE_FIRSTS = ">»xXđĐtTbBcC"


def inline_related(fs: Sequence[Facts], roles: list[str | None], reasons: list[str]) -> None:
    """A teaser heading and the titles of other pages under it, up to the article's next sentence."""
    for i, f in enumerate(fs):
        if roles[i] is not None or f.words > 5 or f.text[:1] not in _READ_MORE_FIRSTS or not _READ_MORE.match(f.text):
            continue
        titles = []
        for j in range(i + 1, min(len(fs), i + 7)):
            g = fs[j]
            if roles[j] is not None or not g.text or g.sentence or len(g.text) > 180 or g.text.endswith("."):
                break
            titles.append(j)
        for k in [i, *titles] if titles else ():
            roles[k], reasons[k] = "related-list", "teaser heading inside the article and the titles under it"
