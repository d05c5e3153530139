"""What a page says about itself: JSON-LD, OpenGraph and ``article:*``, ``<meta>``, ``<time>``.

Each field is read from the sources in a fixed order of trust (the first that gives a value
wins) and is ``None`` when no source gives one — never a guess:

==============  ===========================================================================
field           sources, most trusted first
==============  ===========================================================================
headline        see :mod:`belnews.news.headline` (``<h1>``, JSON-LD, ``og:title``, a Dublin
                Core or ``<meta name=title>`` title, ``<title>``)
published       JSON-LD ``datePublished`` of the article; ``article:published_time``; ``<meta>``
                date names; JSON-LD ``datePublished`` of the web page;
                ``itemprop=datePublished``; the first ``<time datetime>`` in an ``<article>``
                or ``<main>``
text_date       a date written only as text (ranked after the body's date line and the URL by
                ``parse_html``): ``itemprop=datePublished`` without a value attribute, else
                a ``<time>`` without ``datetime`` in an ``<article>`` or ``<main>`` that is a
                date line (see ``_is_date_line``)
modified        JSON-LD ``dateModified`` of the article; ``article:modified_time``;
                ``og:updated_time``; JSON-LD ``dateModified`` of the web page
authors         JSON-LD ``author`` (names); ``article:author`` / ``<meta name=author>`` /
                Dublin Core ``creator``; the visible byline (``itemprop=author``,
                ``rel=author``, a byline class)
section         JSON-LD ``articleSection``; ``article:section``
tags            JSON-LD ``keywords``; ``article:tag``; ``<meta name=news_keywords|keywords>``
site_name       ``og:site_name``; JSON-LD ``publisher.name``
canonical_url   ``<link rel=canonical>``; ``og:url``; JSON-LD ``url``
language        ``<html lang>``; ``<meta http-equiv=content-language>``; ``og:locale``
paywalled       JSON-LD ``isAccessibleForFree``; ``<meta name=article:content_tier>``
==============  ===========================================================================

JSON-LD is read by :mod:`belnews.news.meta_jsonld`.  Dates are timezone-aware
:class:`datetime.datetime` values; a value without a time zone or without a time of day gives
``published = None`` and only the calendar date (``published_date``).
"""

from __future__ import annotations

import datetime
import re
from typing import Any

import attrs

from belnews.news._blocks import BLOCK_TAGS
from belnews.news._dom import Node, Tree, node_text
from belnews.news._trim import DATE_IN_TEXT
from belnews.news._vocab import BYLINE_WORDS_MARKED, alternation
from belnews.news.dateline import date_in_text, parse_datetime
from belnews.news.headline import fold_title, reconcile_headline
from belnews.news.meta_jsonld import as_str, free_flag, ld_objects, names, pick_headline, strings

__all__ = ["PageMeta", "read_meta", "reconcile_headline"]  # reconcile_headline: from .headline

_PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "date",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "dcterms.date",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "original-publish-date",
    "cxenseparse:recs:publishtime",
)
_MODIFIED_META = ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified")
# ``<meta>`` names of the author, in order (Dublin Core's creator is Readability.js's too)
_AUTHOR_META = ("article:author", "author", "dc.creator", "dc:creator", "dcterms.creator")
# ``<meta>`` names of the document's title (Dublin Core and the like; Readability.js's list)
_TITLE_META = ("dc.title", "dc:title", "dcterms.title", "dcterm:title", "parsely-title", "title")


@attrs.frozen
class PageMeta:
    """The page's own statements about the article (``None`` / empty when it makes none)."""

    title: str | None = None  # <title>
    og_title: str | None = None
    ld_headline: str | None = None
    h1: tuple[str, ...] = ()
    published: datetime.datetime | None = None
    published_date: datetime.date | None = None
    modified: datetime.datetime | None = None
    authors: tuple[str, ...] = ()
    section: str | None = None
    tags: tuple[str, ...] = ()
    site_name: str | None = None
    canonical_url: str | None = None
    language: str | None = None
    paywalled: bool | None = None
    description: str | None = None
    meta_title: str | None = None  # Dublin Core / <meta name=title>
    ld_name: str | None = None  # JSON-LD ``name`` when it differs from its ``headline``
    text_date: datetime.date | None = None  # a date written only as text (ranked last)


# One walk of the tree for the elements metadata is read from (each ``css`` call walks the whole
# tree: one selector list costs a third of five), sorted by kind in document order below.
_SCANNED = 'meta[content], script[type="application/ld+json"], [itemprop="datePublished"], time, h1'


@attrs.frozen
class _Scan:
    metas: list[dict[str, str | None]]  # the attributes of each meta[content]
    scripts: list[Node]  # script[type="application/ld+json"] (the type is matched ignoring case)
    dated: list[Node]  # [itemprop="datePublished"]
    times: list[Node]  # time[datetime] inside an <article> or <main>, the first; else
    pubdate: list[Node]  # time[pubdate][datetime], the first
    h1: list[Node]
    # <time> without datetime inside an <article> or <main>, the first few: its text is the value
    untimed: list[Node] = attrs.field(factory=list)


def _scan(tree: Tree) -> _Scan:
    scan = _Scan([], [], [], [], [], [])
    for node in tree.css(_SCANNED):
        tag, attributes = node.tag, node.attributes
        if tag == "meta" and "content" in attributes:
            scan.metas.append(attributes)  # read once: _meta_values needs no other
        elif tag == "script" and _is_ld_type(attributes.get("type")):
            scan.scripts.append(node)
        elif tag == "h1":
            scan.h1.append(node)
        if attributes.get("itemprop") == "datePublished":
            scan.dated.append(node)
        if tag == "time" and "datetime" in attributes:
            if not scan.times and _inside(node, ("article", "main")):
                scan.times.append(node)
            if not scan.pubdate and "pubdate" in attributes:
                scan.pubdate.append(node)
        elif tag == "time" and len(scan.untimed) < _UNTIMED and _inside(node, ("article", "main")):
            scan.untimed.append(node)
    return scan


def _is_ld_type(value: str | None) -> bool:
    """``type="application/ld+json"`` as a selector reads it in HTML: ASCII case ignored."""
    return value is not None and value.isascii() and value.lower() == "application/ld+json"


def _inside(node: Node, tags: tuple[str, ...]) -> bool:
    ancestor = node.parent
    while ancestor is not None:
        if ancestor.tag in tags:
            return True
        ancestor = ancestor.parent
    return False


# --- <meta>, <link>, <time> --------------------------------------------------------------------


def _meta_values(metas: list[dict[str, str | None]]) -> dict[str, list[str]]:
    """``<meta>`` contents by lower-cased ``property`` / ``name`` / ``itemprop`` / http-equiv
    (``metas``: the attributes of each ``<meta>``)."""
    values: dict[str, list[str]] = {}
    for attributes in metas:
        content = (attributes.get("content") or "").strip()
        if not content:
            continue
        for attribute in ("property", "name", "itemprop", "http-equiv"):
            key = attributes.get(attribute)
            if key:
                values.setdefault(key.strip().lower(), []).append(content)
    return values


def _first(values: dict[str, list[str]], *keys: str) -> str | None:
    for key in keys:
        found = values.get(key)
        if found:
            return found[0]
    return None


def _first_date(
    candidates: list[str | None],
) -> tuple[datetime.datetime | None, datetime.date | None]:
    """The first candidate that parses; an aware datetime is preferred to a bare date."""
    date_only: datetime.date | None = None
    for candidate in candidates:
        if not candidate:
            continue
        moment, date = parse_datetime(candidate)
        if moment is not None:
            return moment, date if date_only is None or date_only == date else date_only
        if date is not None and date_only is None:
            date_only = date
    return None, date_only


_UNTIMED = 5  # <time> elements without datetime looked at, at most


def _visible_date(tree: Tree, scan: _Scan) -> datetime.date | None:
    """A date only written as text: an ``itemprop=datePublished`` element without a ``datetime``
    or ``content`` (microdata: the value is then the text), else the first ``<time>`` without
    ``datetime`` in an article that is a date line (HTML: the same); a full date only ("Fri
    6:45 PM, Feb 16, 2018").  Neither is read inside an ``<aside>`` or an ``<article>`` nested
    in another (a related card)."""
    marked = [n for n in scan.dated if not ({"datetime", "content"} & set(n.attributes))]
    seen: dict[int, str] = {}
    for node in marked[:5]:
        text = _short_text(node, seen)  # read lazily: a date is short, a wrapper is not read
        date = date_in_text(text) if text and _in_own_article(node, scoped=True) else None
        if date is not None:
            return date
    for node in scan.untimed:
        text = _short_text(node, seen)
        date = date_in_text(text) if text else None
        if date is None or not _in_own_article(node):
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


def _in_own_article(node: Node, *, scoped: bool = False) -> bool:
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
                    seen[key] = (sibling.text_content or "")[: 4 * _BYLINE_MAX]
                around += len(seen[key].strip())
            elif sibling.tag not in _SKIP_TEXT:
                around += len(_short_text(sibling, seen) or "x" * _BYLINE_MAX)
            if 2 * around > len(text):
                return False
            sibling = getattr(sibling, step)
    return True


_LINE_SIBLINGS = 20  # inline siblings looked at on each side of a <time>, at most


def _breaks(node: Node) -> bool:
    """Whether ``node`` is or holds a ``<br>`` among its first few elements: a line ends there
    (``<span>smithsonian.com<br></span><time>November 18, 2019</time>``)."""
    for count, inner in enumerate(node.traverse()):
        if inner.tag == "br":
            return True
        if count > _BYLINE_MAX:
            return False
    return False


def _time_candidates(scan: _Scan) -> list[str | None]:
    """``datetime`` of ``itemprop=datePublished`` elements, then of the first article ``<time>``."""
    found: list[str | None] = []
    for node in scan.dated:
        found.append(node.attributes.get("datetime") or node.attributes.get("content"))
    first = scan.times or scan.pubdate
    if first:
        found.append(first[0].attributes.get("datetime"))
    return found


def _language(tree: Tree, values: dict[str, list[str]]) -> str | None:
    root = tree.css_first("html")
    lang = root.attributes.get("lang") if root is not None else None
    lang = lang or (root.attributes.get("xml:lang") if root is not None else None)
    lang = lang or _first(values, "content-language", "og:locale")
    if not lang:
        return None
    lang = lang.strip().replace("_", "-")
    return lang.lower() if 2 <= len(lang) <= 20 and lang[:2].isalpha() else None


def _canonical(tree: Tree, values: dict[str, list[str]], ld: dict[str, Any]) -> str | None:
    link = tree.css_first('link[rel="canonical"][href]')
    href = link.attributes.get("href") if link is not None else None
    ld_url = ld.get("url") if isinstance(ld.get("url"), str) else None
    for url in (href, _first(values, "og:url"), ld_url):
        if url and url.strip():
            return url.strip()
    return None


def _site_name(values: dict[str, list[str]], ld: dict[str, Any]) -> str | None:
    site = _first(values, "og:site_name", "application-name")
    publisher = ld.get("publisher")
    if not site and isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
        site = publisher["name"]
    return " ".join(site.split()) if site and site.strip() else None


# Elements that name the author on the page, most explicit first (Readability's byline signals).
_BYLINE_SELECTORS = (
    '[itemprop~="author"] [itemprop~="name"]',
    '[itemprop~="author"]',
    '[rel="author"]',
    '[class*="byline" i], [id*="byline" i]',
    '[class*="author" i]',
)
_BYLINE_MAX = 80  # characters of a byline at most (an author box is longer)
_BY = re.compile(rf"^(?:{alternation(BYLINE_WORDS_MARKED)})\s*:?\s+", re.I)


_SKIP_TEXT = frozenset({"script", "style", "noscript", "template"})


def _short_text(node: Node, seen: dict[int, str]) -> str | None:
    """The first ``2 × _BYLINE_MAX`` characters of ``node``'s text (spaces folded), read lazily
    (at most ``4 × _BYLINE_MAX`` nodes, each text node copied once per page through ``seen``) so
    that nested author boxes around a long page cost linear time; ``None`` for a box whose text
    runs past a block element (an author box with a bio, not a byline)."""
    parts: list[str] = []
    size = 0
    for count, inner in enumerate(node.traverse(include_text=True)):
        tag = inner.tag
        if count > 4 * _BYLINE_MAX:
            break
        if tag == "-text":
            parent = inner.parent
            if parent is not None and parent.tag in _SKIP_TEXT:
                continue
            key = inner.mem_id
            if key not in seen:
                seen[key] = (inner.text_content or "")[: 4 * _BYLINE_MAX]
            parts.append(seen[key])
            size += len(seen[key].strip())
            if size > 2 * _BYLINE_MAX:
                break
        elif tag in BLOCK_TAGS and size and inner.mem_id != node.mem_id:
            return None
    return " ".join("".join(parts).split())[: 2 * _BYLINE_MAX]


def _byline(tree: Tree) -> tuple[str, ...]:
    """The author named by the page's visible byline, when no metadata names one: the first
    short text of an element marked as the author (``itemprop=author``, ``rel=author``, a
    ``byline``/``author`` class), "By " and the like removed."""
    body = tree.body
    if body is None:
        return ()
    seen: dict[int, str] = {}
    for selector in _BYLINE_SELECTORS:
        for node in body.css(selector)[:20]:
            text = _short_text(node, seen)
            if text is None:
                continue
            date = DATE_IN_TEXT.search(text)  # "By Nathan Willis March 25, 2015"
            text = _BY.sub("", text[: date.start()] if date else text).strip(" ,|·-–—")
            words = text.split()
            if 1 <= len(words) <= 8 and len(text) <= _BYLINE_MAX and any(map(str.isupper, text)):
                return (text,)
    return ()


def _text_or_none(node: Node | None) -> str | None:
    text = node_text(node) if node is not None else ""
    return text or None


def read_meta(tree: Tree, /) -> PageMeta:
    """Read every metadata source of the page (see the module docstring for the order)."""
    scan = _scan(tree)
    values = _meta_values(scan.metas)
    found = ld_objects(scan.scripts)
    ld = found.article or {}
    page = found.page or {}
    published, published_date = _first_date(
        [
            as_str(ld.get("datePublished")),
            *(_first(values, k) for k in _PUBLISHED_META),
            as_str(page.get("datePublished")),
            *_time_candidates(scan),
        ]
    )
    modified, _ = _first_date(
        [
            as_str(ld.get("dateModified")),
            *(_first(values, k) for k in _MODIFIED_META),
            as_str(page.get("dateModified")),
        ]
    )
    section = strings(ld.get("articleSection")) or strings(values.get("article:section"))
    tags = strings(ld.get("keywords")) or strings(
        values.get("article:tag") or values.get("news_keywords") or values.get("keywords")
    )
    title = _text_or_none(tree.css_first("head title") or tree.css_first("title"))
    site_name = _site_name(values, ld)
    ld_headline, ld_name = pick_headline(ld) if ld else (None, None)
    return PageMeta(
        title=title,
        og_title=_first(values, "og:title", "twitter:title"),
        ld_headline=ld_headline,
        ld_name=ld_name,
        h1=tuple(text for node in scan.h1[:20] if (text := node_text(node))),
        published=published,
        published_date=published_date,
        modified=modified,
        authors=_authors(tree, values, ld),
        section=section[0] if section else None,
        tags=tags,
        site_name=site_name,
        canonical_url=_canonical(tree, values, ld),
        language=_language(tree, values),
        paywalled=_paywalled(values, ld),
        description=_first(values, "og:description", "description"),
        meta_title=_meta_title(values),
        text_date=_visible_date(tree, scan) if published_date is None else None,
    )


def _authors(tree: Tree, values: dict[str, list[str]], ld: dict[str, Any]) -> tuple[str, ...]:
    """JSON-LD ``author`` names, else the ``<meta>`` author names (each once: a page may state
    one in ``author`` and ``DC.creator``; several in one tag are split at ";", as Dublin Core
    joins them), else the visible byline.  A name is kept as written ("Kowalski, Jan")."""
    stated: dict[str, str] = {}  # folded name -> the name as first written
    for key in _AUTHOR_META:
        for name in (part for value in values.get(key, []) for part in value.split(";")):
            name = " ".join(name.split())
            if name and not name.startswith("http"):
                stated.setdefault(fold_title(name), name)
    return names(ld.get("author")) or tuple(stated.values())[:20] or _byline(tree)


def _paywalled(values: dict[str, list[str]], ld: dict[str, Any]) -> bool | None:
    paywalled = free_flag(ld.get("isAccessibleForFree"))
    tier = _first(values, "article:content_tier")
    if paywalled is None and tier:
        paywalled = tier.lower() in ("locked", "metered", "premium")
    return paywalled


def _meta_title(values: dict[str, list[str]]) -> str | None:
    title = _first(values, *_TITLE_META)
    return " ".join(title.split()) if title and title.strip() else None
