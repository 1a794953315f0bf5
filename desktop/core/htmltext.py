"""Text of a web page saved from a browser, one block per paragraph-like element.

The text is everything outside ``<head>``, ``<script>``, ``<style>`` and ``<noscript>``.
Blocks outside the article (menus, related news, comment forms, footers) are flagged as
boilerplate so the noise filter can drop them without guessing from words alone.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from desktop.core.source import Source, TextBuilder

_SKIP = {"head", "script", "style", "noscript", "template", "svg", "iframe", "select"}
_BLOCK = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "figcaption", "figure",
    "td", "th", "tr", "table", "section", "article", "header", "footer", "nav", "aside", "main",
    "blockquote", "pre", "form", "textarea", "button", "label", "dt", "dd", "dl", "address",
    "caption", "body", "html", "title", "option", "br", "hr",
}
_VOID = {"br", "hr", "img", "input", "meta", "link", "source", "wbr", "area", "base", "col", "embed"}
_BOILER_TAGS = {"nav", "header", "footer", "aside", "form", "button", "textarea", "label"}
_BOILER_CLASS = re.compile(
    r"related|comment|most-?read|menu|breadcrumb|topbar|tags?\b|share|tools|social|footer|sidebar|"
    r"widget|banner|advert|\bads?\b|login|search|paging|pagination|__meta|\bmeta\b|counter|"
    r"lienquan|tin-?khac|copyright",
    re.IGNORECASE,
)


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []  # (tag, boilerplate-here)
        self.skip = 0
        self.in_article = 0
        self.has_article = False
        self.buf: list[str] = []
        self.blocks: list[tuple[str, str, bool, bool]] = []  # text, tag, boilerplate, in_article

    def _flush(self) -> None:
        text = re.sub(r"[ \t\r\n\f]+", " ", "".join(self.buf)).strip()
        self.buf = []
        if text:
            tag = next((t for t, _ in reversed(self.stack) if t in _BLOCK), "p")
            boiler = any(b for _, b in self.stack)
            self.blocks.append((text, tag, boiler, self.in_article > 0))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
            if tag not in _VOID:
                self.stack.append((tag, False))
            return
        if tag in _BLOCK:
            self._flush()
        if tag in _VOID:
            return
        cls = " ".join(v or "" for k, v in attrs if k in ("class", "id"))
        boiler = tag in _BOILER_TAGS or bool(cls and _BOILER_CLASS.search(cls))
        if tag == "article":
            self.in_article += 1
            self.has_article = True
        self.stack.append((tag, boiler))

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        if tag in _BLOCK and not self.skip:
            self._flush()
        # pop up to the matching tag (tolerate unclosed elements)
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                for t, _ in self.stack[i:]:
                    if t in _SKIP:
                        self.skip = max(0, self.skip - 1)
                    if t == "article":
                        self.in_article = max(0, self.in_article - 1)
                del self.stack[i:]
                break

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.buf.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def parse_html(html: str, name: str = "trang web", encoding: str = "utf-8") -> Source:
    parser = _Parser()
    parser.feed(html)
    parser.close()
    tb = TextBuilder()
    title_hint = None
    for text, tag, boiler, in_article in parser.blocks:
        outside = parser.has_article and not in_article
        b = tb.add_block(text, tag, boilerplate=boiler or outside)
        if b is not None and tag == "h1" and title_hint is None and not b.boilerplate:
            title_hint = (b.start, b.end)
    return tb.build(name, "html", encoding=encoding, title_hint=title_hint)
