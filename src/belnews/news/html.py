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
    return " ".join(part.strip() for part in text.splitlines() if part.strip())


class _PageReader(HTMLParser):
    """Collects blocks in document order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.url: str | None = None
        self._skip_depth = 0
        self._skip_tag: str | None = None
        self._open: list[tuple[str, list[str], str | None, str | None]] = []  # tag, text, href, dt
        self._loose: list[str] = []  # text outside any block element

    # -- helpers -----------------------------------------------------------------------------
    def _flush_loose(self) -> None:
        text = _collapse("".join(self._loose))
        self._loose = []
        if text:
            self.blocks.append(Block(text, "line"))

    # -- HTMLParser callbacks ----------------------------------------------------------------
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
        if tag in _BLOCKS and not (self._open and self._open[-1][0] in ("li", "p", "h1", "time")):
            self._flush_loose()
            self._open.append((tag, [], None, values.get("datetime")))
        elif tag == "a" and self._open and self._open[-1][0] == "li" and self._open[-1][2] is None:
            name, parts, _, stamp = self._open[-1]
            self._open[-1] = (name, parts, values.get("href"), stamp)
        elif tag in _BREAKS and not self._open:
            self._flush_loose()

    def handle_endtag(self, tag: str) -> None:
        if self._skip_depth:
            if tag == self._skip_tag:
                self._skip_depth -= 1
            return
        if self._open and self._open[-1][0] == tag:
            name, parts, href, stamp = self._open.pop()
            text = _collapse("".join(parts))
            if not text and name == "time" and stamp:
                text = stamp
            if text:
                self.blocks.append(Block(text, _BLOCKS[name], href))
        elif tag in _BREAKS and not self._open:
            self._flush_loose()

    def handle_data(self, data: str) -> None:
        if self._skip_depth:
            return
        if self._open:
            self._open[-1][1].append(data)
        else:
            self._loose.append(data)

    def close(self) -> None:
        super().close()
        while self._open:
            self.handle_endtag(self._open[-1][0])
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
    blocks = [
        Block(_deps.normalize_text(block.text), block.kind, block.href, block.raw)
        for block in reader.blocks
    ]
    return assemble(blocks, url=url or reader.url, reference_date=reference_date)
