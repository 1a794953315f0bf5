"""Line roles of a page: which lines are the article and which are the site around it, each with a reason.

What every site has, not what one site writes: the article is the longest run of prose; before it sit
runs of short title-like lines (menus, banners, section headings), after it a heading over a list of
dated titles (related news), counters and a footer of contact and licence lines. An official document
begins with its header (issuing body beside the national or Party motto): lines above it are the
portal's. Bylines and photo captions belong to the article. A clerk's decision (``overrides``) wins.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from desktop.core.chrome_teasers import inline_related
from desktop.core.chromelines import (
    CONTACT,
    COUNTER_HEADING,
    DATED_TITLE,
    LETTER,
    MD_HEADING,
    SENTENCE_END,
    TAIL,
    Facts,
    facts,
    line_role,
    many_words,
    unmarked,
)

CHROME_ROLES = frozenset({"menu", "related-list", "counter", "footer", "banner", "widget", "image", "stamp"})
KEPT_ROLES = frozenset({"article", "caption", "byline"})

_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}\b|\b\d{1,2}[-.]\d{1,2}[-.]\d{4}\b")
# a date alone, or after a short label ("Ban hành: 04/09/2025", "Cập nhật: 06/09/2025")
_DATE_ENTRY = re.compile(r"^(?:[^\W\d][^:\d]{0,30}:\s*)?\d{1,2}/\d{1,2}/\d{4}$")
_NUMBERED = re.compile(r"^(?:[IVXL]+|\d{1,2}|[a-zđ])\s*[.)/-]|^[-+•]")
_MOTTO = re.compile(r"CỘNG H[OÒ][AÀ]? XÃ HỘI|ĐẢNG CỘNG SẢN$|ĐẢNG CỘNG SẢN VIỆT NAM")
_DOC_TYPE = re.compile(r"^(?:THÔNG BÁO|BÁO CÁO|NGHỊ QUYẾT|KẾT LUẬN|QUYẾT ĐỊNH|KẾ HOẠCH|CHỈ THỊ|TỜ TRÌNH|HƯỚNG DẪN|"
                       r"QUY ĐỊNH|CHƯƠNG TRÌNH|ĐỀ ÁN|BIÊN BẢN|THÔNG TRI|QUY CHẾ|CÔNG ĐIỆN|CÔNG VĂN|THÔNG CÁO)\b")
# words of the names of issuing bodies in a header ("HUYỆN ỦY …", "ỦY BAN NHÂN DÂN …", "SỞ …", "CHI BỘ …")
_ISSUER = re.compile(r"(?:ỦY|UỶ) BAN|(?:TỈNH|HUYỆN|THÀNH|THỊ|ĐẢNG|XÃ|PHƯỜNG) ?(?:ỦY|UỶ)\b|ĐẢNG BỘ|CHI BỘ|HỘI ĐỒNG|"
                     r"^(?:SỞ|BỘ|BAN|CỤC|PHÒNG|VĂN PHÒNG|TRUNG TÂM) ")
_LINK_LINE = re.compile(r"^(?:[-*+•]\s*)?\[[^\]]+\]\([^)\s]+\)\s*(?:\(?\d{1,2}/\d{1,2}/\d{4}\)?)?$")
_PHOTO_CREDIT = ("ảnh:", "ảnh minh họa", "ảnh minh hoạ")
_OWN_NUMBER = re.compile(r"^Số\s*:?\s*\d")
# Bylines: "Bài, ảnh: …", "Tin: … – …", "Tin Khánh Hà", "Theo báo …", "PV", "Tác giả: …", "… (Trung tâm …)"
_BYLINE_LEAD = re.compile(r"^(?:(?:bài|tin|ảnh|video|clip)(?:\s*(?:,|và|&|-)\s*(?:bài|tin|ảnh|video))*\s*:?\s+\S|"
                          r"tác giả\s*:|theo\s+\S|nguồn\s*:|(?:pv|ctv|btv|nhóm pv)\b)", re.IGNORECASE)
_NAME_WORD = re.compile(r"^[^\W\d_][\w’'.]*$")
_INITIALS = re.compile(r"^(?:[^\W\d_]{1,3}\.){1,3}\s?[^\W\d_]+$")


def normal_line(t: str) -> str:
    """The form lines are compared in across files of one site: no markup, one space, lower case."""
    return " ".join(unmarked(t).split()).casefold()


def repeated_lines(texts: Sequence[str]) -> frozenset[str]:
    """Lines that several pages of one site share and that are not sentences: its menus, headings, footer.

    A line counts when it is in ≥ 3 of the texts, or, for 2–5 texts, in at least half of them (never in one)."""
    n = len(texts)
    if n < 2:
        return frozenset()
    need = max(2, math.ceil(n / 2)) if n <= 5 else 3
    seen: Counter[str] = Counter()
    for text in texts:
        lines = {normal_line(x) for x in text.splitlines() if LETTER.search(x) and not facts(x).sentence}
        seen.update(lines)
    return frozenset(x for x, k in seen.items() if k >= need)


def _article_core(fs: Sequence[Facts], roles: Sequence[str | None]) -> tuple[int, int]:
    """The densest run of prose (maximum sum: prose lines weigh their length, other lines cost a little,
    chrome lines more), as (first, last) line index; (0, n - 1) when the text has no prose."""
    best, best_span = 0, (0, len(fs) - 1)
    total, start = 0, 0
    for i, (f, role) in enumerate(zip(fs, roles, strict=True)):
        if role in CHROME_ROLES:
            w = 0 if role == "image" else -60  # pictures sit inside articles
        elif f.prose:
            w = len(f.text)
        elif f.text in ("", "|"):
            w = 0
        else:
            w = -15
        if total <= 0:
            total, start = 0, i
        total += w
        if total > best:
            best, best_span = total, (start, i)
    return best_span


def _official_start(fs: Sequence[Facts], core: int) -> int | None:
    """Where an official document's header begins: the national or Party motto in capitals, a document type
    within the next lines, and the issuing body's capitals just above the motto."""
    for i in range(min(core + 1, len(fs))):
        f = fs[i]
        if not (f.caps and f.words <= 8):
            continue
        pair = f.text + " " + fs[i + 1].text if i + 1 < len(fs) and fs[i + 1].caps else f.text
        if not _MOTTO.search(" ".join(pair.split())):  # the motto, maybe wrapped over two lines
            continue
        if not any(fs[j].caps and _DOC_TYPE.match(fs[j].text) for j in range(i + 1, min(len(fs), i + 25))):
            return None
        k = i
        while k > 0 and i - k < 8 and _header_line(fs[k - 1]):
            k -= 1
        return k
    return None


def _header_line(f: Facts) -> bool:
    """A line of the header block above the motto: the issuing body in capitals, its own number, a rule."""
    return f.caps or not any(c.isalnum() for c in f.text) or _OWN_NUMBER.match(f.text) is not None


def _header_like(f: Facts) -> bool:
    """An official header's line without its motto: the issuing body in capitals, or the document's number."""
    return _OWN_NUMBER.match(f.text) is not None or (f.caps and _ISSUER.search(f.text) is not None)


def _is_dated_list(fs: Sequence[Facts], i: int) -> bool:
    """Lines right after ``i`` list other pages: the first is a dated title (``… (12/05/2024)``), a date alone or
    a ``label: date`` entry, and at least two of the next six are, with no prose among them."""
    nxt = [f for f in fs[i + 1 : i + 9] if f.text][:6]
    if len(nxt) < 2 or any(f.prose for f in nxt):
        return False
    dated = [DATED_TITLE.search(f.text) is not None or _DATE_ENTRY.match(f.text) is not None for f in nxt]
    first = dated[0] or (nxt[0].text.endswith(":") and dated[1])
    return first and sum(dated) >= 2


def _tail_start(fs: Sequence[Facts], texts: Sequence[str], core_end: int, cells: Sequence[bool],
                roles: Sequence[str | None]) -> int | None:
    """The heading of the related-news list after the article (a universal heading word, or a short heading
    over dated titles): the page from there on is not the article."""
    n = len(fs)
    for i in range(max(3, n // 5), n):
        f = fs[i]
        if cells[i] or not f.text:
            continue
        # (five words at most, and ":"; the line without marks is read again only when it differs)
        if f.words <= 6 and (TAIL.match(texts[i]) or (f.text is not texts[i] and TAIL.match(f.text))):
            return i
        if i <= core_end or (roles[i] is not None and not (roles[i] == "byline" and f.caps)):
            continue  # (a heading in capitals can pass for a signature in capitals)
        if f.sentence:  # (the cheapest test first: the ones below read the line again)
            continue
        heading = f.caps or f.short_title or MD_HEADING.match(texts[i]) is not None
        numbered = _NUMBERED.match(f.text) is not None  # "III. TIẾN ĐỘ", "2. Lịch trình": the document's own
        if heading and not numbered and not _DATE.search(f.text) and _is_dated_list(fs, i):
            return i
    return None


def names_only(s: str) -> bool:
    """A line of two to eight capitalised words and nothing else: a person's name, or several."""
    words = s.replace("–", " ").replace("-", " ").replace(",", " ").replace("&", " ").split()
    return 2 <= len(words) <= 8 and all(_NAME_WORD.match(w) and w[:1].isupper() for w in words)


def _byline(f: Facts, after: bool) -> str | None:
    """Why a short line at the top or the end of an article is its credit line, or None."""
    s = f.text
    if f.words > 12 or (s.endswith((".", ";", ":")) and not _INITIALS.match(s)):
        return None
    if _BYLINE_LEAD.match(s):
        return "credit of the writer, photographer or source"
    if s.endswith(")") and "(" in s and names_only(s.split("(")[0]):
        return "name with the writer's unit in brackets"
    if not after or _NUMBERED.match(s):
        return None
    if names_only(s) and not f.caps:
        return "the writers' names" if any(c in s for c in "–-,&") else "a name alone"
    name, dash, rest = s.partition(" – ") if " – " in s else s.partition(" - ")
    if dash and names_only(name) and len(name.split()) <= 4 and 1 <= len(rest.split()) <= 8:
        return "the writer's name and position"
    if _INITIALS.match(s) or (f.caps and 1 <= f.words <= 3 and len(s) <= 20):
        return "initials or a short signature in capitals"
    return None


def _lead_zone(fs: Sequence[Facts], texts: Sequence[str], roles: list[str | None], reasons: list[str],
               core_start: int, cells: Sequence[bool]) -> None:
    """Before the article: runs of ≥ 3 short title-like lines are a menu; Markdown headings that are not the
    title are section or table-of-contents labels."""
    title = fs[0].text.casefold() if fs else ""
    run: list[int] = []
    for i in range(1, core_start + 1):
        f = fs[i]
        if f.caps and _DOC_TYPE.match(f.text):
            core_start = i  # a document type: what follows is the document (its trích yếu in short lines)
        if i < core_start and roles[i] is None and MD_HEADING.match(texts[i]) and f.text.casefold() != title:
            roles[i], reasons[i] = "banner", "Markdown heading above the article's first sentence"
        # menu entries are capitalised; a line going on in lower case continues the one above
        menu_like = (i < core_start and not cells[i] and roles[i] is None and f.short_title
                     and not f.text[:1].islower() and not _MOTTO.search(f.text) and not _header_like(f))
        if menu_like or (run and roles[i] in CHROME_ROLES):
            run.append(i)
            continue
        if len([j for j in run if roles[j] is None]) >= 3:
            for j in run:
                if roles[j] is None:
                    roles[j], reasons[j] = "menu", "run of short title-like lines before the article"
        run = []
    _teasers(fs, texts, roles, reasons, core_start)


def _teasers(fs: Sequence[Facts], texts: Sequence[str], roles: list[str | None], reasons: list[str],
             end: int) -> None:
    """A sidebar of other pages before the article: titles ending in their date, two or more in a row, and the
    heading over them."""
    for i in range(1, end):
        if roles[i] is not None:
            continue
        dated = fs[i].text.endswith(")") and DATED_TITLE.search(fs[i].text) is not None
        if dated and any(DATED_TITLE.search(fs[j].text) for j in (i - 1, i + 1) if 0 < j < end):
            roles[i], reasons[i] = "related-list", "a dated title among others before the article"
        elif (TAIL.match(texts[i]) or (fs[i].text is not texts[i] and TAIL.match(fs[i].text))) and i + 1 < end \
                and DATED_TITLE.search(fs[i + 1].text):
            roles[i], reasons[i] = "related-list", "heading of a list of other pages before the article"


def _link_runs(texts: Sequence[str], roles: list[str | None], reasons: list[str]) -> None:
    """Three or more lines in a row that are each one Markdown link: a list of links to other pages."""
    run: list[int] = []
    for i, t in enumerate([*texts, ""]):
        if t[:1] in "-*+•[" and t and _LINK_LINE.match(t):
            run.append(i)
            continue
        if not run:  # (no run to end or go on with)
            continue
        if t and not any(c.isalnum() for c in t):
            continue
        if len(run) >= 3:
            for j in run:
                if roles[j] is None:
                    roles[j], reasons[j] = "menu", "one of a list of links"
        run = []


# The characters COUNTER_HEADING can start with (under IGNORECASE, "ſ" matches "s"): other lines are not tried.
_COUNTER_FIRSTS = "tTsSſlLnNđĐoO"


def _counters(fs: Sequence[Facts], roles: list[str | None], reasons: list[str]) -> None:
    """A counter heading and the digits of its odometer, one per line."""
    n = len(fs)
    for i, f in enumerate(fs):
        # (a counter heading has four words at most, and ":"; its first letter, in any case, is one of its words')
        if f.words > 5 or f.text[:1] not in _COUNTER_FIRSTS or not COUNTER_HEADING.match(f.text):
            continue
        roles[i], reasons[i] = "counter", "heading of a visit counter"
        j = i + 1
        while j < n and fs[j].text.replace(".", "").replace(",", "").isdigit() and len(fs[j].text) <= 3:
            roles[j], reasons[j] = "counter", "odometer digit of a visit counter"
            j += 1


def _tail_zone(fs: Sequence[Facts], texts: Sequence[str], roles: list[str | None], reasons: list[str],
               core_end: int, tail: int | None, cells: Sequence[bool], official: bool) -> None:
    n = len(fs)
    for i in range(max(core_end + 1, int(n * 0.66)), n):
        t = fs[i].text
        if roles[i] is None and (CONTACT.match(t) or CONTACT.match(texts[i].strip("* "))):
            roles[i], reasons[i] = "footer", "contact line after the article"
            if i + 1 < n and roles[i + 1] is None and fs[i].text.rstrip().endswith(":"):
                nxt = i + 2 if fs[i + 1].text in ("", "|") and i + 2 < n else i + 1
                roles[nxt], reasons[nxt] = "footer", "value of a contact label"
    if tail is None:
        return
    for i in range(tail, n):
        if roles[i] is None or roles[i] in KEPT_ROLES:
            roles[i], reasons[i] = "related-list", "after the heading of the list of other pages"
    k = tail  # title-like lines right above that heading (the page title repeated, notes) belong to it
    while k - 1 > 0 and tail - k < 4 and roles[k - 1] is None and not cells[k - 1]:
        f = fs[k - 1]
        # (an article's last paragraph may lack its full stop; after an official document's signature and
        # appendix, running text without one is the portal's page title and notes)
        if f.text.endswith(SENTENCE_END) or (f.sentence and not official) or many_words(f) or not f.text \
                or _byline(f, True) or _NUMBERED.match(f.text):
            break
        k -= 1
        roles[k], reasons[k] = "related-list", "title-like line between the article and the related list"


def _bylines(fs: Sequence[Facts], roles: list[str | None], reasons: list[str], core: tuple[int, int],
             official: bool) -> None:
    """Credits just before the article's first prose line or in the last lines after its last one."""
    n = len(fs)
    before = list(range(max(1, core[0] - 2), core[0])) if not official else []
    for i in before + list(range(core[1] + 1, min(n, core[1] + 5))):
        if roles[i] is None:
            why = _byline(fs[i], i > core[1])
            if why:
                roles[i], reasons[i] = "byline", why


def _captions(fs: Sequence[Facts], roles: list[str | None], reasons: list[str]) -> None:
    for i in range(1, len(fs)):
        if roles[i] is not None:  # (both kinds of caption are lines no other test gave a role)
            continue
        f = fs[i]
        if roles[i - 1] == "image" and f.text and not many_words(f):
            roles[i], reasons[i] = "caption", "line under an image"
        elif f.text[:1] in "ảẢ" and f.text.lower().startswith(_PHOTO_CREDIT):
            roles[i], reasons[i] = "caption", "photo caption or credit"


def classify(texts: Sequence[str], *, cells: Sequence[bool] | None = None, marked: Sequence[bool] | None = None,
             vietnamese: bool = True, known_chrome: frozenset[str] = frozenset(),
             overrides: Mapping[int, str] | None = None) -> list[tuple[str, str]]:
    """(role, reason) for each stripped line ``texts[i]``. ``cells`` marks table cells, ``marked`` lines the
    page markup calls navigation; ``known_chrome`` holds :func:`normal_line` forms seen repeated on other pages
    of the site; ``overrides`` maps a line index to ``"article"`` or ``"chrome"``."""
    n = len(texts)
    cells = cells or [False] * n
    fs = [facts(t) for t in texts]
    roles: list[str | None] = [None] * n
    reasons = [""] * n
    for i, t in enumerate(texts):
        if t and not cells[i] and (r := line_role(t, vietnamese)) is not None:
            roles[i], reasons[i] = r
    _counters(fs, roles, reasons)
    _link_runs(texts, roles, reasons)
    core = _article_core(fs, roles)
    official = _official_start(fs, core[0])
    if official is not None:
        for i in range(official):
            if roles[i] is None:
                roles[i], reasons[i] = "banner", "above the official document's header"
    else:
        _lead_zone(fs, texts, roles, reasons, core[0], cells)
    _repeated(fs, texts, roles, reasons, known_chrome, core, official)
    _captions(fs, roles, reasons)
    tail = _tail_start(fs, texts, core[1], cells, roles)
    if tail is not None and tail <= core[1]:  # the related list ends the article
        core = (core[0], max(core[0], max((i for i in range(core[0], tail) if fs[i].prose), default=core[0])))
    _bylines(fs, roles, reasons, core, official is not None)
    _tail_zone(fs, texts, roles, reasons, core[1], tail, cells, official is not None)
    inline_related(fs, roles, reasons)  # (inside the article: the list after it has its role by now)
    for i, flagged in enumerate(marked if marked and any(marked) else ()):  # (most pages have no such lines)
        if flagged and (roles[i] is None or roles[i] in KEPT_ROLES):
            roles[i], reasons[i] = "menu", "navigation, sidebar or footer in the page markup"
    return _settle(roles, reasons, core, overrides)


def _repeated(fs: Sequence[Facts], texts: Sequence[str], roles: list[str | None], reasons: list[str],
              known: frozenset[str], core: tuple[int, int], official: int | None) -> None:
    """Lines seen on other pages of the site, outside the article's prose and its header."""
    if not known:
        return
    title = normal_line(texts[0]) if texts else ""
    for i, f in enumerate(fs):
        if roles[i] is not None or core[0] <= i <= core[1] or (official is not None and i >= official):
            continue
        key = normal_line(texts[i])
        if key in known and key != title and not f.sentence:
            roles[i], reasons[i] = "menu", "repeated on other pages of the same site"


def _settle(roles: Sequence[str | None], reasons: Sequence[str], core: tuple[int, int],
            overrides: Mapping[int, str] | None) -> list[tuple[str, str]]:
    first, last = core
    out: list[tuple[str, str]] = [
        (r, reasons[i]) if r is not None else
        ("article", "inside the article's run of prose" if first <= i <= last else
         "no sign of page chrome" if i else "first line (title)")
        for i, r in enumerate(roles)]
    for i, choice in (overrides or {}).items():  # a clerk's decision wins
        if 0 <= i < len(out):
            role = out[i][0]
            if choice == "article" and role in CHROME_ROLES:
                out[i] = ("article", "kept by the user")
            elif choice == "chrome" and role not in CHROME_ROLES:
                out[i] = ("banner", "removed by the user")
    return out


def is_chrome(role: str) -> bool:
    return role in CHROME_ROLES


def chrome_set(lines: Iterable[str]) -> frozenset[str]:
    """Normal forms of lines a user or an importer already knows to be chrome."""
    return frozenset(normal_line(x) for x in lines if x.strip())
