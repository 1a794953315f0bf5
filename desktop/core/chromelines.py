"""What one line of a web page says about itself: a widget, a counter, an image, a footer line, a stamp, and its
facts (words, whether it reads as a sentence or a title), read once per line.

Each test reads only the line (stripped); :mod:`desktop.core.chrome` adds what the neighbours and the
position say. Word lists hold universal page furniture (login, share, print, counters, contact labels),
never one site's menu entries.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from desktop.core.rx import choice

_IMAGE_FILE = re.compile(r"^[\w\-. ()]+\.(?:jpe?g|png|gif|webp|bmp|tiff?)$", re.IGNORECASE)
# CMS and Markdown image placeholders: "[img]", "[image]", "![ảnh](a.jpg)", "<img src=…>"
_IMAGE_MARK = re.compile(r"^(?:\[(?:img|image|ảnh|hình)\]|!\[[^\]]*\]\([^)]*\)|<img\b[^>]*>?)$", re.IGNORECASE)
# Visit counters: a counter label with a number ("Lượt xem: 1.254", "Đang online 12")
_COUNTER_LABEL = (r"(?:số |tổng (?:số )?)?(?:lượt|người|khách) (?:đang )?(?:online|truy cập|xem)",
                  "đang online", "online", "hôm nay", "hôm qua", "trong tuần", "trong tháng", "tuần này", "tháng này",
                  "năm nay", "tất cả", "tổng truy cập", "đang truy cập", "truy cập")
_COUNTER = re.compile(r"^[•·\-\s]*(?:" + choice(_COUNTER_LABEL) + r")\s*:?\s*[\d.,]+\s*$", re.IGNORECASE)
# The heading of a counter widget, its digits on the lines below ("SỐ LƯỢT TRUY CẬP" / 2 / 9 / 6 …)
COUNTER_HEADING = re.compile(r"^(?:thống kê truy cập|(?:số |tổng )?(?:lượt|người) (?:truy cập|đang online|online|"
                             r"xem)|đang online|online)\s*:?$", re.IGNORECASE)
# Universal widgets: login, comment, share, print, search, font size, "read more", loading/click instructions.
WIDGET_WORDS = (
    "đăng nhập", "đăng ký", "đăng xuất", "bình luận", "gửi bình luận", "gửi", "chia sẻ", "in bài", "in trang",
    "tìm kiếm", "trang chủ", "rss", "liên hệ", "thống kê truy cập", "liên kết website", "quay lại", "về đầu trang",
    "lên đầu trang", "bản in", "gửi email", "lưu bài", "xem thêm", "xem tiếp", "xem chi tiết", "xem chi tiết tại đây",
    "ý kiến của bạn", "từ khóa:?.*", "tags?:.*", r"bạn còn \d+/\d+ ký tự", "bạn vui lòng nhập.*", "vui lòng nhập.*",
    "nhập nội dung bình luận.*", "họ và tên", "email", "mã xác nhận", "[•·]+", "in bài viết", "gửi ý kiến",
    "đọc tiếp", r"bình luận \(\d+\)", r"\d+ bình luận", "cỡ chữ:?", "nghe bài viết",
    r"theo dõi (?:chúng tôi|báo)\b.{0,40}",
    "chia sẻ bài viết", "đăng ký nhận tin", "tải ứng dụng", "liên hệ quảng cáo", r"đang tải\b.{0,30}", "facebook",
    "zalo", "thích", "video", "ảnh", "tiêu điểm", "mới nhất", "tiếp tục sử dụng",
    r"(?:(?:a-|a\+|in bài|bản in|chia sẻ:?|facebook|zalo|twitter|email|cỡ chữ:?|lưu bài)(?:\s+|$)){2,}",
)
_WIDGET = re.compile("^" + choice(WIDGET_WORDS) + "$", re.IGNORECASE)
# Mouse instructions of an interactive page ("Click vào …", "Rà chuột vào …", "Nhấp vào đây …"): no article
# tells its reader where to click.
_POINTER = re.compile(r"^(?:click|double click|nhấp chuột|nhấn chuột|bấm chuột|rà chuột|di chuột|nhấp vào|bấm vào)\b",
                      re.IGNORECASE)
# page numbers: "1 2 3 … 10", "« 1 2 3 »"; never one number alone ("310" in a table cell)
_PAGINATION = re.compile(r"^(?:\d+\s+){1,}\d*\s*(?:\.\.\.|…)?\s*$|^(?:\d+\s+)+(?:\.\.\.|…)\s*\d+$|"
                         r"^(?:«|‹|<<)?\s*\d+(?:\s+\d+)+\s*(?:»|›|>>)?$|^(?:«|‹|<<)\s*\d+\s*(?:»|›|>>)?$")
_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
_COPYRIGHT_LINE = re.compile(choice([  # used with .match: at the start of a line
    "©", "®", r"\(c\)", r"copyright\b", r"phó tổng biên tập\s*:", r"tổng biên tập\s*:",
    r"giấy phép (?:số|hoạt động|xuất bản|thiết lập)[^.]{0,60}", r"cơ quan chủ quản\s*:", r"cơ quan quản lý\s*:",
    "chịu trách nhiệm (?:nội dung|xuất bản|chính)", r"chịu trách nhiệm\W+về nội dung", "ghi rõ nguồn",
    r"(?:trưởng |phó trưởng )?ban biên tập\s*:", r"(?:thiết kế|phát triển|thiết kế và phát triển) bởi\b",
    r"đơn vị (?:quản lý|vận hành)\s*:", r"người chịu trách nhiệm\s*:",
]), re.IGNORECASE)
# Contact lines of a footer: "Địa chỉ: …", "Điện thoại: …", "Email: …", "Mã số thuế: …"; a bare label too
CONTACT = re.compile(choice(["địa chỉ", "điện thoại", "đt", "fax", "email", "e-mail", "hotline", "website",
                             "mã số thuế", "tổng đài", "đường dây nóng"]) + r"\s*:", re.IGNORECASE)
# Headings of the lists of other articles that follow an article on every news site
TAIL_WORDS = (
    "tin liên quan", "tin khác", "các tin khác", "tin mới", "tin mới nhất", "tin tức", "thông tin mới nhất",
    "tin cùng chuyên mục", "bài liên quan", "bài viết liên quan", "đọc nhiều nhất", "xem nhiều nhất", "tin đọc nhiều",
    "tin xem nhiều", "tin nổi bật", "tin tiêu điểm", "bình luận", "ý kiến bạn đọc", "thống kê truy cập",
    "có thể bạn quan tâm", "tin bài khác", "các bài viết khác", "tin đã đưa", "văn bản liên quan", "tin cũ hơn",
    "bài đã đăng", "tin bài đã đưa", "các tin đã đưa", "cùng chuyên mục",
)
TAIL = re.compile(r"^(?:#{1,6}\s*)?\**(?:" + choice(TAIL_WORDS) + r")\**\s*:?$", re.IGNORECASE)
_SEGMENTS = re.compile(r"\s+[|»›]\s+|\s*\|\s*")
# a post's date and time: "14/05/2024 07:30", "Thứ Ba, 14-05-2024", "thứ năm, 08 08 2019 08:51"
_STAMP = re.compile(r"^(?:(?:thứ\s+\w+|chủ nhật)\s*,?\s*)?\d{1,2}(?:/\d{1,2}/|-\d{1,2}-|\.\d{1,2}\.| \d{1,2} )\d{4}"
                    r"(?:\s*[,-]?\s*\d{1,2}:\d{2}(?::\d{2})?"
                    r"(?:\s*(?:\(?GMT[+-]\d+\)?|AM|PM|SA|CH))?)?$|^\d{1,2}:\d{2}(?::\d{2})?$", re.IGNORECASE)
# "Cập nhật lúc: 10:20 ngày 26/12/2025", "Ngày đăng: 26/12/2025 10:20", "Giờ đăng bài viết gốc: 01/04/2025 21:59"
_POSTED = re.compile(r"^(?:(?:ngày|thời gian|giờ)\s+)?(?:cập nhật|đăng|đăng tải|xuất bản)[^:\d]{0,30}?\s*:?\s*"
                     r"(?:\d{1,2}:\d{2}(?::\d{2})?\s*,?\s*(?:ngày\s*)?)?\d{1,2}/\d{1,2}/\d{4}"
                     r"(?:\s*[,-]?\s*(?:lúc\s*)?\d{1,2}:\d{2}(?::\d{2})?)?$", re.IGNORECASE)
_VIET_UNACCENTED = re.compile(r"^[a-z]+(?: [a-z]+){1,4}$")
MD_HEADING = re.compile(r"^#{1,6}(?:\s|$)")


SENTENCE_END = (".", "!", "?", ";", "…", ":", ".”", ".\"", ".)", "./.")
# SENTENCE_END by its last character (an empty string is in no str, hence the tuples): one of these ends a
# sentence by itself; one of _END_AFTER_STOP only after a full stop (".”", "./." ends with "." itself)
_END_MARKS = tuple(e for e in SENTENCE_END if len(e) == 1)
_END_AFTER_STOP = tuple(e[-1] for e in SENTENCE_END if len(e) == 2 and e[0] == "." and e[-1] not in _END_MARKS)
# another page's title ending in its date, or a date alone
DATED_TITLE = re.compile(r"\(\s*\d{1,2}/\d{1,2}/\d{4}\s*\)\s*$|^\d{1,2}/\d{1,2}/\d{4}$")
_MARKS = "*_#|`>"  # Markdown's marks, dropped from a line to read its words
LETTER = re.compile(r"[^\W\d_]")


class Facts(NamedTuple):
    """What one line is, read once: its text without markup, words, and whether it reads as a sentence."""

    text: str
    words: int  # counted up to _WORDS_SEEN: every test of a line's length in words asks about fewer (but
    # many_words, which counts again, rarely)
    sentence: bool  # ends like a sentence, or is long prose
    prose: bool  # a paragraph's worth of sentence text
    short_title: bool  # a few words, no sentence end: a menu entry, a heading, a link
    caps: bool


# more words than any test asks about but many_words (a paragraph is not split into all its words: each word
# split off is a string made and freed, most of the cost of reading a line)
_WORDS_SEEN = 13


def unmarked(t: str) -> str:
    """``t`` without Markdown's marks (str.replace: translating a Vietnamese line looks up every letter)."""
    for mark in _MARKS:
        if mark in t:
            t = t.replace(mark, "")
    return t


_new_facts = tuple.__new__  # Facts(...) without the Python frame of a NamedTuple's __new__, once per line


def facts(t: str) -> Facts:
    marked = "*" in t or "_" in t or "#" in t or "|" in t or "`" in t or ">" in t  # Markdown's marks (_MARKS)
    bare = unmarked(t).strip() if marked else t.strip()
    split = bare.split(None, _WORDS_SEEN - 1)  # the first twelve words and the rest in one piece
    words = len(split)
    if marked and t[:1] == "#" and MD_HEADING.match(t):  # a Markdown heading is a heading, however long
        short = words <= 6 and LETTER.search(bare) is not None
        return _new_facts(Facts, (bare, words, False, False, short, bare.isupper()))
    last = bare[-1:]
    ends = last in _END_MARKS or (last in _END_AFTER_STOP and bare[-2:-1] == ".")  # bare.endswith(SENTENCE_END)
    if last == ")" and DATED_TITLE.search(bare):  # a teaser: another page's title and its date
        return _new_facts(Facts, (bare, words, False, False, False, bare.isupper()))
    sentence = (ends and words >= 4) or (words >= 12 and _lower_words(split) >= 6)
    prose = sentence and (len(bare) >= 80 or (ends and words >= 10))
    # (a letter first is a LETTER match: no search needed for most lines)
    short = words <= 6 and not ends and (bare[:1].isalpha() or LETTER.search(bare) is not None)
    return _new_facts(Facts, (bare, words, sentence, prose, short, bare.isupper()))


def _lower_words(split: list[str]) -> int:
    """How many words begin in lower case, up to the six the test needs (the rest of a long line read only
    when its first words do not have them)."""
    # (a list's length: sum() over a generator costs more; w[0], as the words split off are never empty, and an
    # index costs less than a slice)
    n = len([w for w in split if w[0].islower()])
    if n < 6 and len(split) == _WORDS_SEEN:
        n += len([w for w in split[-1].split()[1:] if w[0].islower()])
    return n


def many_words(f: Facts) -> bool:
    """More than forty words (a paragraph, no caption or title): counted only for the few lines that ask."""
    return f.words == _WORDS_SEEN and len(f.text.split(None, 40)) > 40


def _is_menu_or_stamp(t: str) -> str | None:
    """``Trang chủ | Chính trị | Đăng nhập`` (menu) and ``Thứ Hai, 14/07/2025 09:15 | Lượt xem: 1.254`` (stamp):
    every part a widget, counter, time stamp or menu word, at least one of them unmistakably so."""
    if "|" not in t and "»" not in t and "›" not in t:  # one part: a time stamp or nothing
        if ("/" in t or ":" in t) and (_STAMP.match(t) is not None or _POSTED.match(t) is not None):
            return "stamp"
        return None
    if t[:1] == "|" or t[-1:] == "|":  # a row of a Markdown table
        return None
    parts = [p.strip() for p in _SEGMENTS.split(t) if p.strip()]
    if len(parts) < 2:
        return "stamp" if _STAMP.match(t) else None
    marked = stamps = labels = 0
    for p in parts:
        if _STAMP.match(p):
            stamps += 1
        elif _is_noise_part(p) and not p.replace(" ", "").isdigit():
            marked += 1
        elif len(p.split()) > 6 or p[-1:] in ".;:!?":  # a category name is a few words, no sentence
            return None
        elif len(p.split()) <= 4 and p[:1].isupper() and not any(c.isdigit() for c in p):
            labels += 1
    if stamps and not marked:
        return "stamp"
    # (three or more short capitalised labels and nothing else between the separators: the site's sections)
    return "menu" if marked or (labels >= 3 and labels == len(parts)) else None


def _is_noise_part(t: str) -> bool:
    return bool((t[:1] in "0123456789«‹<" and _PAGINATION.match(t))
                or (t[-1:] in "0123456789.," and _COUNTER.match(t))
                or ("." in t[-6:] and _IMAGE_FILE.match(t))
                or (t[:4].lower() in ("http", "www.") and _URL.match(t))
                or _WIDGET.match(t))


# The letters the patterns above can start with, in any case (no other character matches them under IGNORECASE):
# lines that start otherwise are not tried.
_COPYRIGHT_FIRSTS = "©®(cptgbđn"
_COPYRIGHT_FIRST_CHARS = "(BCGNPTbcgnpt©®Đđ"  # the characters whose lower case is one of them (no lower() per line)
# (a widget word starts with one of these characters as written, "İ" and "ı" matching "i" in any case, or a digit)
_WIDGET_STARTS = "aAbBcCeEfFgGhHiIİılLmMnNqQrRtTvVxXzZýÝđĐảẢ•·"
_POINTER_FIRSTS = "cdnbr"
# A file name ends with the last letter of its extension, in any case ("$" also before a final newline)
_IMAGE_FILE_LASTS = "gGfFpP\n"
# A counter line starts with a label's first letter in any case ("ſ" is an "s", "\u212a" a "k"), or with a bullet,
# a dash or a blank (b0.isspace(), as \s) before it
_COUNTER_STARTS = "HKLNOSThklnostĐđſ\u212a•·-"


def is_copyright(t: str) -> bool:
    if t[:1] in _COPYRIGHT_FIRST_CHARS and _COPYRIGHT_LINE.match(t):
        return True
    return len(t) >= 15 and ("uyền" in t or "UYỀN" in t) and "bản quyền thuộc" in t.lower()


def line_role(t: str, vietnamese: bool) -> tuple[str, str] | None:
    """The role one stripped line has by itself, with the reason, or None (the neighbours decide)."""
    if len(t) > 200:  # widgets, counters and file names are short; articles are not chrome
        return ("footer", "copyright line") if is_copyright(t[:40]) else None
    bare = t.strip("*_ ")
    b0 = bare[:1]  # (its first character, cut once for the tests below)
    if b0 in "hHwW" and bare[:4].lower() in ("http", "www.") and _URL.match(bare):  # (no other letter lowers to h, w)
        return "widget", "bare web address"
    if len(bare) > 80:  # placeholders, counters, widgets and instructions are short
        if is_copyright(bare):
            return "footer", "copyright, licence or editor line"
        kind = _is_menu_or_stamp(bare) if "|" in bare or "»" in bare or "›" in bare else None
        return (kind, "menu entries separated by | or »") if kind == "menu" else None
    if (b0 in "[!<" and _IMAGE_MARK.match(bare)) or ("." in bare[-6:] and bare[-1:] in _IMAGE_FILE_LASTS
                                                    and _IMAGE_FILE.match(bare)):
        return "image", "image placeholder or file name"
    if bare[-1:] in "0123456789.," and (b0 in _COUNTER_STARTS or b0.isspace()) and _COUNTER.match(bare):
        return "counter", "counter label with a number"
    if b0 in "0123456789«‹<" and _PAGINATION.match(bare):
        return "widget", "page numbers"
    if (b0 in _WIDGET_STARTS or b0.isdecimal()) and _WIDGET.match(bare):
        return "widget", "page widget word"
    if b0.lower() in _POINTER_FIRSTS and _POINTER.match(bare):
        return "widget", "mouse instruction of an interactive page"
    if is_copyright(bare):
        return "footer", "copyright, licence or editor line"
    # (a menu has separators, a time stamp a slash or a colon: other lines are not read again)
    seps = "|" in bare or "»" in bare or "›" in bare or "/" in bare or ":" in bare
    kind = _is_menu_or_stamp(bare) if seps else None
    if kind:
        return kind, "menu entries separated by | or »" if kind == "menu" else "date/time stamp of the post"
    if vietnamese and "a" <= t[:1] <= "z" and _VIET_UNACCENTED.match(t):
        return "widget", "unaccented lower-case words in a Vietnamese page (an interface string)"
    return None
