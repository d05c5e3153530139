"""The HTML adapter: a news page's markup to the blocks the text parser reads.

Markup is read with the standard library's :class:`html.parser.HTMLParser` (a real tokenizer,
never regular expressions over tags).  Elements map to blocks:

=====================================  =============================================
``h1``                                 the headline
``h2``–``h6``                          sub-headings (or a related headline above a list)
``p``, ``blockquote``                  body paragraphs
``time``                               a date line (its text, else its ``datetime``)
``li`` (``a href`` inside)             a teaser, ``Teaser.url`` from the first link
``nav``, ``footer``, ``figure``,       page furniture, dropped with everything inside
``script``, ``style``, ``form`` …
text directly in ``div`` and friends   a line, judged like a line of plain text
=====================================  =============================================

The text of an element is its text content with runs of white space collapsed, so
``<li><span>Economy</span><a>Farm…</a></li>`` reads "EconomyFarm…", exactly what a scraper
would have flattened it to; the teaser parser takes such glued text apart.
"""

from __future__ import annotations

import datetime
from html.parser import HTMLParser

import attrs

from belnews.news import _deps
from belnews.news.models import Article
from belnews.news.text import Block, assemble

__all__ = ["looks_like_html", "parse_html"]

_SKIP = frozenset(
    {
        "script",
        "style",
        "noscript",
        "nav",
        "footer",
        "form",
        "button",
        "figure",
        "figcaption",
        "svg",
        "template",
        "iframe",
        "select",
        "option",
        "label",
    }
)
_BLOCKS = {
    "h1": "h1",
    "h2": "h",
    "h3": "h",
    "h4": "h",
    "h5": "h",
    "h6": "h",
    "p": "p",
    "blockquote": "quote",
    "li": "li",
    "time": "time",
}
_BREAKS = frozenset(
    {
        "div",
        "section",
        "article",
        "main",
        "header",
        "aside",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "table",
        "tr",
        "td",
        "th",
        "body",
        "html",
        "br",
        "hr",
        "address",
    }
)
_VOID = frozenset(
    {
        "br",
        "hr",
        "img",
        "input",
        "meta",
        "link",
        "area",
        "base",
        "col",
        "embed",
        "source",
        "track",
        "wbr",
    }
)
_SNIFF = ("<!doctype", "<html", "<body", "<head", "<article", "<main", "<div", "<p>", "<p ", "<h1")


def looks_like_html(text: str, /) -> bool:
    """Whether ``text`` is an HTML document or fragment (it opens with a known tag)."""
    start = text[:4096].lstrip("\ufeff \t\r\n").lower()
    return start.startswith("<") and any(tag in start for tag in _SNIFF)


def _collapse(text: str) -> str:
    """Join the source lines of an element's text with single spaces.

    Spaces inside a line are kept as written ("Azot,  Khimvolokno" stays as the page has it), so
    an element's text equals the line a scraper would have written for it.
    """
    parts = text.splitlines()
    if len(parts) == 1:  # the usual case: one source line
        return parts[0].strip()
    return " ".join(part.strip() for part in parts if part.strip())


@attrs.define
class _Open:
    """A block element being read."""

    tag: str
    stamp: str | None = None  # a <time>'s datetime
    href: str | None = None  # a <li>'s first link
    parts: list[str] = attrs.Factory(list)
    lead: list[str] | None = None  # a <li>'s <p>: the teaser's lead
    in_lead: bool = False


# Starting one of these ends an open <p> (HTML's implied end tag), and a new <li> ends an open one.
_CLOSES_P = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "ul", "ol"})


class _PageReader(HTMLParser):
    """Collects blocks in document order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.url: str | None = None
        self._skip_depth = 0
        self._skip_tag: str | None = None
        self._open: list[_Open] = []
        self._loose: list[str] = []  # text outside any block element

    def updatepos(self, i: int, j: int) -> int:
        """Skip the parser's line and column count (this reader never asks for positions)."""
        return j

    def _flush_loose(self) -> None:
        if not self._loose:  # the usual case: nothing between two blocks
            return
        text = _collapse("".join(self._loose))
        self._loose = []
        if text:
            self.blocks.append(Block(text, "line"))

    def _top(self) -> _Open | None:
        return self._open[-1] if self._open else None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._skip_depth:
            if tag == self._skip_tag and tag not in _VOID:
                self._skip_depth += 1
            return
        values = dict(attrs)
        if tag == "link" and (values.get("rel") or "").lower() == "canonical":
            self.url = self.url or values.get("href")
        elif tag == "meta" and values.get("property") == "og:url":
            self.url = self.url or values.get("content")
        if tag in _SKIP:
            self._skip_depth, self._skip_tag = 1, tag
            return
        top = self._top()
        if top is not None and (
            (top.tag == "p" and tag in _CLOSES_P) or (top.tag == "li" and tag == "li")
        ):
            self.handle_endtag(top.tag)
            top = self._top()
        if top is not None and top.tag == "li":
            if tag == "a" and top.href is None:
                top.href = values.get("href")
            elif tag == "p":  # <li><a>Title</a><p>Lead…</p></li>
                top.lead, top.in_lead = top.lead or [], True
            return
        if tag == "br" and top is not None:
            top.parts.append("\n")
        elif tag in _BLOCKS and (top is None or top.tag not in ("p", "h1", "time")):
            self._flush_loose()
            self._open.append(_Open(tag, stamp=values.get("datetime")))
        elif tag in _BREAKS and top is None:
            self._flush_loose()

    def handle_endtag(self, tag: str) -> None:
        if self._skip_depth:
            if tag == self._skip_tag:
                self._skip_depth -= 1
            return
        top = self._top()
        if top is not None and top.tag == "li" and tag == "p":
            top.in_lead = False
        elif top is not None and top.tag == tag:
            self._open.pop()
            text = _collapse("".join(top.parts))
            if not text and tag == "time" and top.stamp:
                text = top.stamp
            lead = _collapse("".join(top.lead)) if top.lead else None
            if text:
                self.blocks.append(Block(text, _BLOCKS[tag], top.href, lead=lead or None))
        elif tag in _BREAKS and top is None:
            self._flush_loose()

    def handle_data(self, data: str) -> None:
        if self._skip_depth:
            return
        top = self._top()
        if top is None:
            self._loose.append(data)
        elif top.in_lead and top.lead is not None:
            top.lead.append(data)
        else:
            top.parts.append(data)

    def close(self) -> None:
        super().close()
        while self._open:
            self.handle_endtag(self._open[-1].tag)
        self._flush_loose()


def parse_html(
    html: str,
    /,
    *,
    url: str | None = None,
    reference_date: datetime.date | None = None,
) -> Article:
    """Parse an HTML news page (see the module docstring for how elements map)."""
    reader = _PageReader()
    reader.feed(html)
    reader.close()
    texts = _normalize_all([block.text for block in reader.blocks])
    leads = _normalize_all([block.lead or "" for block in reader.blocks])
    blocks = [  # the constructor, not attrs.evolve: a quarter of the cost, same values
        Block(
            text, block.kind, block.href, block.raw, block.gap, None if block.lead is None else lead
        )
        for block, text, lead in zip(reader.blocks, texts, leads, strict=True)
    ]
    return assemble(blocks, url=url or reader.url, reference_date=reference_date)


def _normalize_all(texts: list[str]) -> list[str]:
    """``belnews.normalize`` over many one-line texts in one call (they hold no line breaks)."""
    joined = _deps.normalize_text("\n".join(texts))
    parts = joined.split("\n")
    if len(parts) != len(texts):  # a fixer joined or split lines: take them one by one
        return [_deps.normalize_text(text) for text in texts]
    return parts
