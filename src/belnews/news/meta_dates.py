"""Dates a page writes only as text: microdata and ``<time>`` without a value, and the date
line in the article's header.

Read by :func:`belnews.news.meta.read_meta` (``PageMeta.text_date``) when the page states no
date in its metadata; ``parse_html`` ranks such a date after the body's date line and the URL's.
Every rule is bounded: a fixed number of elements, each read lazily up to a fixed length.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import Final

from belnews.news._blocks import BLOCK_TAGS
from belnews.news._dom import Node, Tree, class_hints, node_text
from belnews.news._prune import rule_for
from belnews.news.dateline import date_from_url, date_in_text, parse_date_line
from belnews.news.models import Dateline

__all__ = [
    "BYLINE_MAX",
    "UNTIMED",
    "complete_date",
    "header_date",
    "header_dateline",
    "image_dates",
    "in_own_article",
    "short_text",
    "visible_date",
]

BYLINE_MAX: Final = 80  # characters of a byline at most (an author box is longer)

_SKIP_TEXT: Final = frozenset({"script", "style", "noscript", "template"})


def short_text(node: Node, seen: dict[int, str]) -> str | None:
    """The first ``2 × BYLINE_MAX`` characters of ``node``'s text (spaces folded), read lazily
    (at most ``4 × BYLINE_MAX`` nodes, each text node copied once per page through ``seen``) so
    that nested author boxes around a long page cost linear time; ``None`` for a box whose text
    runs past a block element (an author box with a bio, not a byline)."""
    parts: list[str] = []
    size = 0
    for count, inner in enumerate(node.traverse(include_text=True)):
        tag = inner.tag
        if count > 4 * BYLINE_MAX:
            break
        if tag == "-text":
            parent = inner.parent
            if parent is not None and parent.tag in _SKIP_TEXT:
                continue
            key = inner.mem_id
            if key not in seen:
                seen[key] = (inner.text_content or "")[: 4 * BYLINE_MAX]
            parts.append(seen[key])
            size += len(seen[key].strip())
            if size > 2 * BYLINE_MAX:
                break
        elif tag in BLOCK_TAGS and size and inner.mem_id != node.mem_id:
            return None
        elif tag == "br":  # a line break parts words: "by Jeff Foust<br>Monday, …"
            parts.append(" ")
    return " ".join("".join(parts).split())[: 2 * BYLINE_MAX]


UNTIMED: Final = 5  # <time> elements without datetime looked at, at most


def visible_date(tree: Tree, dated: list[Node], untimed: list[Node]) -> datetime.date | None:
    """A date only written as text: an ``itemprop=datePublished`` element without a ``datetime``
    or ``content`` (microdata: the value is then the text), else the first ``<time>`` without
    ``datetime`` in an article that is a date line (HTML: the same); a full date only ("Fri
    6:45 PM, Feb 16, 2018").  Neither is read inside an ``<aside>`` or an ``<article>`` nested
    in another (a related card)."""
    marked = [n for n in dated if not ({"datetime", "content"} & set(n.attributes))]
    seen: dict[int, str] = {}
    for node in marked[:5]:
        text = short_text(node, seen)  # read lazily: a date is short, a wrapper is not read
        date = date_in_text(text) if text and in_own_article(node, scoped=True) else None
        if date is not None:
            return date
    for node in untimed:
        text = short_text(node, seen)
        date = date_in_text(text) if text else None
        if date is None or not in_own_article(node):
            continue
        if _is_date_line(node, text or "", seen) and (_headed(node) or _one_article(tree)):
            return date
    return None


def _one_article(tree: Tree) -> bool:
    """Whether the page has at most one ``<article>`` (a walk of its own: asked rarely)."""
    return len(tree.css("article")[:2]) < 2


def _headed(node: Node) -> bool:
    """Whether the ``<article>`` around ``node`` holds an ``<h1>`` (or there is none): on a
    page of several articles, the article's own, not a related card (``<h3>`` and a date)."""
    ancestor = node.parent
    while ancestor is not None and ancestor.tag != "article":
        ancestor = ancestor.parent
    return ancestor is None or ancestor.css_first("h1") is not None


def in_own_article(node: Node, *, scoped: bool = False) -> bool:
    """Whether ``node`` is not in an ``<aside>`` or a nested ``<article>`` (a related card),
    nor (unless ``scoped``: microdata's own property) below an element with its own
    ``itemscope`` inside its article: an HTML ``<time>`` is as often an event's date or a
    card's as the article's."""
    container = False  # an <article> or <main> seen above
    ancestor = node.parent
    while ancestor is not None:
        tag = ancestor.tag
        if tag == "aside":
            return False
        if tag in ("article", "main"):
            if container and tag == "article":
                return False
            container = True
        elif not container and not scoped and "itemscope" in ancestor.attributes:
            return False
        ancestor = ancestor.parent
    return True


def _is_date_line(node: Node, text: str, seen: dict[int, str]) -> bool:
    """Whether a ``<time>`` with ``text`` is a date line: the text beside it on its line (the
    run of inline content between block elements and ``<br>``) is at most half as long as
    its own (not a date inside a sentence: "The summit opens on <time>December 5, 2019</time>
    in the capital")."""
    top = node  # the time, or its inline wrapper that stands directly in a block
    while top.parent is not None and top.parent.tag not in BLOCK_TAGS:
        top = top.parent
    around = 0
    for step in ("prev", "next"):
        sibling = getattr(top, step)
        for _ in range(_LINE_SIBLINGS):
            if sibling is None or sibling.tag in BLOCK_TAGS or _breaks(sibling):
                break
            if sibling.tag == "-text":
                key = sibling.mem_id
                if key not in seen:
                    seen[key] = (sibling.text_content or "")[: 4 * BYLINE_MAX]
                around += len(seen[key].strip())
            elif sibling.tag not in _SKIP_TEXT:
                around += len(short_text(sibling, seen) or "x" * BYLINE_MAX)
            if 2 * around > len(text):
                return False
            sibling = getattr(sibling, step)
    return True


_LINE_SIBLINGS: Final = 20  # inline siblings looked at on each side of a <time>, at most


def _breaks(node: Node) -> bool:
    """Whether ``node`` is or holds a ``<br>`` among its first few elements: a line ends there
    (``<span>smithsonian.com<br></span><time>November 18, 2019</time>``)."""
    for count, inner in enumerate(node.traverse()):
        if inner.tag == "br":
            return True
        if count > BYLINE_MAX:
            return False
    return False


# --- the date line in the article's header ------------------------------------------------------

_HEADER_SIBLINGS: Final = 4  # elements looked at after the headline's <h1>, at most
_HEADER_NODES: Final = 40  # nodes read in each of them, at most
_HEADER_WRAPPERS: Final = 2  # wrappers around the <h1> alone climbed, at most
_DATE_LINE_MAX: Final = 60  # characters of a date line at most (``parse_date_line``'s own bound)


def header_date(h1: Node, /, *, images: tuple[datetime.date, ...] = ()) -> datetime.date | None:
    """The date of the first date line in the article's header (:func:`header_dateline`),
    completed by :func:`complete_date`."""
    dateline = header_dateline(h1)
    return complete_date(dateline, images) if dateline is not None else None


def header_dateline(h1: Node, /) -> Dateline | None:
    """The first date line in the article's header: the elements after the headline's
    ``<h1>`` (or after a wrapper that holds the ``<h1>`` alone); a text that is nothing but a
    date ("21 листопада 10:26", "September 26, 2021").  An article header is the headline,
    then its byline and its date (``<h1>…</h1><div class=post-footer><span>Author</span><div
    class=date>21 листопада 10:26</div></div>``).  Not before the ``<h1>``: there stand the
    site's top bar and its date widget (today's date, not the article's); not a date inside
    another story's card (:func:`_date_line_in`)."""
    top = h1
    for _ in range(_HEADER_WRAPPERS):
        parent = top.parent
        if parent is None or parent.tag in ("body", "html") or _element_siblings(top):
            break
        top = parent
    sibling = top.next
    looked = 0
    while sibling is not None and looked < _HEADER_SIBLINGS:
        if sibling.tag != "-text":
            looked += 1
        dateline = _date_line_in(sibling)
        if dateline is not None:
            return dateline
        sibling = sibling.next
    return None


def _element_siblings(node: Node) -> bool:
    """Whether ``node`` has a sibling other than blank text and comments (among the nearest)."""
    for step in ("next", "prev"):
        sibling = getattr(node, step)
        for _ in range(_HEADER_NODES):
            if sibling is None:
                break
            tag = sibling.tag
            if tag != "-comment" and (tag != "-text" or (sibling.text_content or "").strip()):
                return True
            sibling = getattr(sibling, step)
    return False


_CARD_TAGS: Final = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "article", "aside", "nav"})
# beside the article (a "most read" box), not its own
_BESIDE_TAGS: Final = frozenset({"aside", "nav"})
# chrome rules (``belnews.news._prune.PRUNE_RULES``) of boxes whose dates are not the
# article's: a comment's, a related or popular story's, a widget's, an ad's, a photo's
_NOT_HEADER: Final = frozenset(
    {
        "related",
        "comments",
        "popular-list",
        "sidebar",
        "advertising",
        "newsletter",
        "modal",
        "caption",
    }
)


def _date_line_in(node: Node) -> Dateline | None:
    """The first text of ``node`` (itself or among its first nodes) that is a date line,
    read up to a heading, ``<article>``, ``<aside>`` or ``<nav>`` inside it: after another
    story's title (a related card, ``<div><h3><a>Other story</a></h3><span>March 3,
    2020</span></div>``) a date is that story's; none in an ``<aside>`` or ``<nav>``, nor in a
    box its class names as comments, related or popular stories, a widget, an ad or a
    caption (``<div class="comments">``)."""
    for count, inner in enumerate(node.traverse(include_text=True)):
        if count >= _HEADER_NODES:
            return None
        tag = inner.tag or "-"
        if tag in _CARD_TAGS and (count or tag in _BESIDE_TAGS):
            return None
        if tag[0] != "-" and rule_for(class_hints(inner)) in _NOT_HEADER:
            return None
        if tag != "-text":
            continue
        parent = inner.parent
        if parent is not None and parent.tag in _SKIP_TEXT:
            continue
        text = (inner.text_content or "")[: 4 * _DATE_LINE_MAX]
        dateline = parse_date_line(" ".join(text.split())) if text.strip() else None
        if dateline is not None:
            return None if _in_teaser(inner, node) else dateline
    return None


def _in_teaser(text: Node, top: Node) -> bool:
    """Whether the date ``text`` is in a list item (below ``top``) that also holds a link to
    something else: a teaser (``<li><a href=/b>Snow in Brest</a><span>21 November</span>``),
    whose date is the linked story's.  A header's list item holds the date alone, or as its
    link (``<li><a href=/2019/11/18/>November 18, 2019</a></li>``)."""
    item = text.parent  # at most _HEADER_NODES levels below ``top``: each was walked
    while item is not None and item.tag != "li" and item.mem_id != top.mem_id:
        item = item.parent
    if item is None or item.tag != "li":
        return False
    date = " ".join((text.text_content or "")[: 4 * _DATE_LINE_MAX].split())
    for count, inner in enumerate(item.traverse()):
        if count >= _HEADER_NODES:
            return False
        if inner.tag == "a":
            linked = node_text(inner)  # (a link holds no link: its text is read once)
            if linked and linked != date:
                return True
    return False


def complete_date(
    dateline: Dateline, images: tuple[datetime.date, ...] = ()
) -> datetime.date | None:
    """The date of a date line; one without a year ("21 листопада", the current year left out,
    as many news sites write it) takes the year of a date in the URL of the page's image
    (``og:image`` … ``/2025/11/21/…jpg``: ``images``, see :func:`image_dates`) only when that
    date agrees on month and day, else ``None`` rather than a guessed year (``parse_html``
    completes it from the caller's ``reference_date``)."""
    month, day = dateline.month, dateline.day
    if month is None or day is None:
        return None
    if dateline.year is not None:
        return datetime.date(dateline.year, month, day)  # parse_date_line checked it
    return next((date for date in images if (date.month, date.day) == (month, day)), None)


def image_dates(urls: Sequence[str]) -> tuple[datetime.date, ...]:
    """The dates written in the paths of the page's image URLs (``og:image``, ``twitter:image``,
    JSON-LD ``image``; the first few): an image uploaded on the day of publication."""
    return tuple(date for url in urls[:8] if (date := date_from_url(url)) is not None)
