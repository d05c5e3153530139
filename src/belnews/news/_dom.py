"""The HTML5 parser adapter: selectolax's Lexbor binding, with the work per page bounded.

Lexbor is a complete HTML5 tree builder in C (the WHATWG algorithm: implied end tags, foster
parenting, adoption agency), about 3× faster than lxml on the benchmark pages and exact on
unclosed ``<p><script>`` and truncated downloads.  One input shape makes any HTML5 tree builder
quadratic: block elements nested thousands deep (each new ``<div>`` checks the whole stack of
open elements for a ``<p>`` to close).  :func:`parse_dom` therefore measures the nesting of
container elements first (only on pages with more than :data:`SCAN_ABOVE` ``<``; one regular
expression pass, linear) and, past :data:`MAX_DEPTH` (256) open containers, drops the container tags
beyond that depth — their text is kept, only the structure past the limit is flattened.
"""

from __future__ import annotations

import functools
import re
from itertools import accumulate
from typing import Final

from selectolax.lexbor import LexborHTMLParser, LexborNode

__all__ = [
    "MAX_DEPTH",
    "SCAN_ABOVE",
    "Node",
    "Removal",
    "Tree",
    "class_hints",
    "collapse",
    "count_opened",
    "node_text",
    "parse_dom",
    "removed",
    "tag_id",
]

Node = LexborNode
Tree = LexborHTMLParser

MAX_DEPTH: Final = 256  # the deepest real page of the shared data nests 55 containers
SCAN_ABOVE: Final = 4000  # pages with fewer ``<`` than this cannot nest deep enough to be slow

_CONTAINERS: Final = (
    "div|section|article|aside|header|footer|nav|main|ul|ol|dl|blockquote|center|form|fieldset|"
    "figure|figcaption|details|dialog|dir|hgroup|menu|summary|table|address|marquee|button|"
    "select|object|template|[a-z][a-z0-9]*-[a-z0-9-]*"
)  # and custom elements ("x-a"); inline elements nest cheaply (formatting list is bounded)
_CONTAINER_TAG: Final = re.compile(rf"<(/?)(?:{_CONTAINERS})(?=[\s/>])", re.IGNORECASE)
_STEP: Final = {"": 1, "/": -1}


def _max_depth(html: str) -> int:
    tags = _CONTAINER_TAG.findall(html)
    return max(accumulate(map(_STEP.__getitem__, tags)), default=0)


def _flatten(html: str) -> str:
    """Drop the container tags nested deeper than :data:`MAX_DEPTH` (their text stays)."""
    depth = 0

    def visit(match: re.Match[str]) -> str:
        nonlocal depth
        if match.group(1):
            depth -= 1
            return "" if depth >= MAX_DEPTH else match.group(0)
        depth += 1
        return "" if depth > MAX_DEPTH else match.group(0)

    # A dropped tag leaves its attributes behind as text: "<div class=x>" -> " class=x>".  That
    # is the price of a page nested 256 deep; the text of the page is all kept.
    return _CONTAINER_TAG.sub(visit, html)


_COUNT_CHUNK = 1 << 20  # bytes counted per copy (a huge page is never copied whole)


def count_opened(data: bytes, /) -> int:
    """``data.count(b"<")``, by deletion: ``bytes.replace`` finds each ``<`` with ``memchr``
    (many bytes per step) where ``count`` tests every byte — a fifth of the instructions on the
    benchmark pages (one ``<`` in about a hundred bytes)."""
    if len(data) <= _COUNT_CHUNK:
        return len(data) - len(data.replace(b"<", b""))
    return sum(
        count_opened(data[start : start + _COUNT_CHUNK])
        for start in range(0, len(data), _COUNT_CHUNK)
    )


def parse_dom(html: str | bytes, /) -> Tree:
    """The HTML5 tree of ``html`` (never raises; see the module docstring for the depth bound).

    ``bytes`` must be valid UTF-8: the parser reads them as they are, and they give the tree
    their decoded text gives (the parser encodes a text to UTF-8 itself), without the copy.
    A text is encoded here as the parser would (UTF-8, lone surrogates dropped), so that the
    ``<`` are counted in bytes (:func:`count_opened`).
    """
    data = html.encode("utf-8", "ignore") if isinstance(html, str) else html
    if count_opened(data) > SCAN_ABOVE:
        text = html if isinstance(html, str) else html.decode("utf-8")
        if _max_depth(text) > MAX_DEPTH:
            return LexborHTMLParser(_flatten(text))
    return LexborHTMLParser(data)


@functools.cache
def tag_id(name: str, /) -> int:
    """Lexbor's id of the HTML tag ``name`` (``node.tag_id``): reading the id costs half of
    reading ``node.tag``, and for a tag Lexbor knows ``node.tag`` is a function of the id."""
    if not (name.isascii() and name.isalnum()):
        raise ValueError(f"not a tag Lexbor knows: {name!r}")
    # Lexbor gives a tag it does not know an id of the document's own (the address of its
    # entry): two documents alive at once then disagree, a known tag's id is the same in both.
    trees = (LexborHTMLParser(f"<{name}>"), LexborHTMLParser(f"<{name}>"))
    nodes = [tree.root if name == "html" else tree.css_first(name) for tree in trees]
    ids = {int(node.tag_id) if node is not None and node.tag == name else None for node in nodes}
    known = ids.pop()
    if ids or known is None:
        raise ValueError(f"not a tag Lexbor knows: {name!r}")
    return known


def collapse(text: str, /) -> str:
    """Source lines joined by single spaces, each stripped; spaces inside a line stay as written.

    An element's text then equals the line a scraper would have written for it.
    """
    if "\n" not in text and "\r" not in text and "\u2028" not in text:  # the usual case
        return text.strip()
    return " ".join([line for part in text.splitlines() if (line := part.strip())])


def node_text(node: Node, /) -> str:
    """The text of ``node``: its source lines stripped and joined by single spaces."""
    return collapse(node.text(deep=True, separator="", strip=False))


def class_hints(node: Node, /) -> str:
    """The element's ``class`` and ``id``, the words page templates name their parts with."""
    # two lookups, not ``node.attributes`` (a dict of every attribute, each decoded): a third
    # less time; ``node.id`` reads the ``id`` attribute directly
    return f"{node.attrs.get('class') or ''} {node.id or ''}"


def removed(node: Node, /) -> bool:
    """Whether ``node`` (an element that stood under ``<body>``) was removed from the tree.

    selectolax (≥ 1.0) removes a subtree by unlinking every node in it, freeing nothing until
    the parser itself goes, so a node taken from an earlier ``css()`` list stays safe to touch
    and is known removed by having no parent — its own ``decompose()`` or an ancestor's.  One
    attribute read instead of a descendant lookup per removed element: the pruning steps take
    their elements from one list and skip the removed ones this way
    (``tests/test_news_html.py`` checks the unlinking).
    """
    return node.parent is None


class Removal:
    """Decompose nodes of one ``css(selector)`` list, in document order, so that a node inside
    one removed before is never touched again — and, when the nodes are collected before any is
    decomposed (teaser leads: the outermost ``<p>``s), so that an inner one is not collected."""

    def __init__(self, selector: str) -> None:
        self.selector = selector
        self.dead: set[int] = set()

    def alive(self, node: Node) -> bool:
        return node.mem_id not in self.dead

    def mark(self, node: Node) -> None:
        """Take ``node`` and the listed elements inside it as removed (call before any of
        them is decomposed, then decompose ``node``)."""
        self.dead.add(node.mem_id)
        if next(node.iter(), None) is not None:  # no child element: nothing inside to match
            self.dead.update(inner.mem_id for inner in node.css(self.selector))

    def remove(self, node: Node) -> None:
        self.mark(node)
        node.decompose()

    def remove_all(self, root: Node) -> None:
        """Remove every element under ``root`` that the selector matches."""
        for node in root.css(self.selector):
            if self.alive(node):
                self.remove(node)
