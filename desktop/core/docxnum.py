"""Word's automatic list numbers ("1.", "a)", "(3)", "-") that are not in a paragraph's text.

Offices number tasks and targets with Word's list styles; python-docx gives the text without
the number, so the items would lose their enumerators. :class:`ListNumbers` renders the label
Word shows, from the numbering definitions of the document.
"""

from __future__ import annotations

from typing import Any

from docx.oxml.ns import qn

_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]


def _roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def _format(n: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return chr(ord("a") + (n - 1) % 26)
    if fmt == "upperLetter":
        return chr(ord("A") + (n - 1) % 26)
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    return str(n)


class ListNumbers:
    """Counts list paragraphs in document order and renders each one's label."""

    def __init__(self, document: Any) -> None:
        self._levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        self._counters: dict[str, dict[int, int]] = {}
        self._styles: dict[str | None, Any] | None = None
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for an in root.findall(qn("w:abstractNum")):
            levels = {}
            for lvl in an.findall(qn("w:lvl")):
                fmt, text, start = lvl.find(qn("w:numFmt")), lvl.find(qn("w:lvlText")), lvl.find(qn("w:start"))
                levels[int(lvl.get(qn("w:ilvl"), "0"))] = (
                    fmt.get(qn("w:val"), "decimal") if fmt is not None else "decimal",
                    text.get(qn("w:val"), "") if text is not None else "",
                    int(start.get(qn("w:val"), "1")) if start is not None else 1,
                )
            abstract[an.get(qn("w:abstractNumId"), "")] = levels
        for num in root.findall(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            if ref is not None:
                self._levels[num.get(qn("w:numId"), "")] = abstract.get(ref.get(qn("w:val"), ""), {})

    def _style(self, paragraph: Any) -> Any:
        """The paragraph's style element (the default paragraph style when it names none), as
        ``paragraph.style.element`` gives it, from a table read once: python-docx looks the default up
        again for each paragraph, which cost more than reading the rest of the document."""
        if self._styles is None:
            self._styles = {}
            try:
                root = paragraph.part.styles.element
            except (KeyError, NotImplementedError, AttributeError):
                root = None
            for st in root.findall(qn("w:style")) if root is not None else ():
                if st.get(qn("w:type")) == "paragraph":
                    self._styles[st.get(qn("w:styleId"), "")] = st
                    if st.get(qn("w:default")) in ("1", "true", "on"):
                        self._styles[None] = st
        found = self._styles.get(paragraph._p.style)
        return found if found is not None else self._styles.get(None)

    def label(self, paragraph: Any) -> str:
        """The number Word shows before ``paragraph`` ("1.", "a)", "-"), or "" when it has none."""
        if not self._levels:
            return ""
        num_id, ilvl = _num_pr(paragraph._p) or _num_pr(self._style(paragraph)) or ("", 0)
        levels = self._levels.get(num_id)
        if not levels or ilvl not in levels:
            return ""
        fmt, text, start = levels[ilvl]
        if fmt == "none":
            return ""
        if fmt == "bullet":
            return "-" if not text or not text.isprintable() or ord(text[0]) >= 0xE000 else text
        counters = self._counters.setdefault(num_id, {})
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        out = text
        for k in range(9, -1, -1):  # "%10" is not a level; replace "%9" … "%1"
            if f"%{k + 1}" in out:
                lf, _lt, ls = levels.get(k, ("decimal", "", 1))
                out = out.replace(f"%{k + 1}", _format(counters.get(k, ls), lf))
        return out.strip()


def _num_pr(element: Any) -> tuple[str, int] | None:
    if element is None:
        return None
    ppr = element.find(qn("w:pPr"))
    numpr = ppr.find(qn("w:numPr")) if ppr is not None else None
    if numpr is None:
        return None
    num_id = numpr.find(qn("w:numId"))
    ilvl = numpr.find(qn("w:ilvl"))
    nid = num_id.get(qn("w:val"), "") if num_id is not None else ""
    if not nid or nid == "0":
        return None
    return nid, int(ilvl.get(qn("w:val"), "0")) if ilvl is not None else 0
