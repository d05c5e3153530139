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
                date line, else the date line beside the headline's ``<h1>`` (its year, when
                left out, from an image URL's date of the same month and day; see
                :mod:`belnews.news.meta_dates`)
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
from typing import Any, Final

import attrs

from belnews.news._dom import Node, Tree, node_text
from belnews.news.dateline import parse_datetime
from belnews.news.headline import agreeing_h1, fold_title, reconcile_headline
from belnews.news.meta_byline import author_names, byline
from belnews.news.meta_dates import (
    UNTIMED,
    complete_date,
    header_dateline,
    image_dates,
    in_own_article,
    visible_date,
)
from belnews.news.meta_jsonld import (
    as_str,
    free_flag,
    ld_objects,
    names,
    pick_headline,
    strings,
    unescape,
)
from belnews.news.models import Dateline

__all__ = ["PageMeta", "read_meta", "reconcile_headline"]  # reconcile_headline: from .headline

_PUBLISHED_META: Final = (
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
_MODIFIED_META: Final = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dcterms.modified",
)
# ``<meta>`` names of the author, in order (Dublin Core's creator is Readability.js's too)
_AUTHOR_META: Final = ("article:author", "author", "dc.creator", "dc:creator", "dcterms.creator")
# ``<meta>`` names of the document's title (Dublin Core and the like; Readability.js's list)
_TITLE_META: Final = (
    "dc.title",
    "dc:title",
    "dcterms.title",
    "dcterm:title",
    "parsely-title",
    "title",
)


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
    # the header's date line when it gives no year and the page none that agrees (parse_html
    # completes it from its reference date)
    text_dateline: Dateline | None = None
    # og:image, twitter:image, JSON-LD image URLs (read only when no date is stated): the year
    # of a date line without one, from an image URL of the same month and day
    image_urls: tuple[str, ...] = ()


# One walk of the tree for the elements metadata is read from (each ``css`` call walks the whole
# tree: one selector list costs a third of five), sorted by kind in document order below.
_SCANNED: Final = (
    'meta[content], script[type="application/ld+json"], [itemprop="datePublished"], time, h1'
)


@attrs.frozen
class _Scan:
    metas: list[dict[str, str | None]]  # the attributes of each meta[content]
    scripts: list[Node]  # script[type="application/ld+json"] (the type is matched ignoring case)
    dated: list[Node]  # [itemprop="datePublished"]
    times: list[Node]  # time[datetime] inside an <article> or <main>, the first; else
    pubdate: list[Node]  # time[pubdate][datetime], the first
    h1: list[Node]
    # <time> without datetime inside an <article> or <main>, the first few: its text is the value
    untimed: list[Node]
    # time[datetime] outside an <article> or <main>, the first two: the page's own when alone
    outside: list[Node]


def _scan(tree: Tree) -> _Scan:
    scan = _Scan([], [], [], [], [], [], [], [])
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
            if _inside(node, ("article", "main")):
                if not scan.times:
                    scan.times.append(node)
            elif len(scan.outside) < 2:
                scan.outside.append(node)
            if not scan.pubdate and "pubdate" in attributes:
                scan.pubdate.append(node)
        elif tag == "time" and len(scan.untimed) < UNTIMED and _inside(node, ("article", "main")):
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


def _time_candidates(scan: _Scan) -> list[str | None]:
    """``datetime`` of ``itemprop=datePublished`` elements, then of the first article ``<time>``."""
    found: list[str | None] = []
    for node in scan.dated:
        found.append(node.attributes.get("datetime") or node.attributes.get("content"))
    first = scan.times or scan.pubdate or _alone(scan.outside)
    if first:
        found.append(first[0].attributes.get("datetime"))
    return found


def _alone(outside: list[Node]) -> list[Node]:
    """The page's one ``<time datetime>`` outside an ``<article>`` or ``<main>`` (a page that
    marks up neither: MSN), when it has no other and it stands in no ``<aside>``."""
    return outside if len(outside) == 1 and in_own_article(outside[0]) else []


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
        site = unescape(publisher["name"])
    return " ".join(site.split()) if site and site.strip() else None


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
    tags = _tags(
        strings(ld.get("keywords"))
        or strings(
            values.get("article:tag") or values.get("news_keywords") or values.get("keywords")
        )
    )
    title = _text_or_none(tree.css_first("head title") or tree.css_first("title"))
    site_name = _site_name(values, ld)
    ld_headline, ld_name = pick_headline(ld) if ld else (None, None)
    fields: dict[str, Any] = {
        "title": title,
        "og_title": _first(values, "og:title", "twitter:title"),
        "ld_headline": ld_headline,
        "ld_name": ld_name,
        "h1": tuple(text for node in scan.h1[:20] if (text := node_text(node))),
        "published": published,
        "published_date": published_date,
        "modified": modified,
        "authors": _authors(tree, values, ld),
        "section": section[0] if section else None,
        "tags": tags,
        "site_name": site_name,
        "canonical_url": _canonical(tree, values, ld),
        "language": _language(tree, values),
        "paywalled": _paywalled(values, ld),
        "description": _first(values, "og:description", "description"),
        "meta_title": _meta_title(values),
    }
    meta = PageMeta(**fields)
    return (
        meta
        if published_date is not None
        else _with_text_date(meta, fields, tree, scan, values, ld)
    )


def _with_text_date(
    meta: PageMeta,
    fields: dict[str, Any],
    tree: Tree,
    scan: _Scan,
    values: dict[str, list[str]],
    ld: dict[str, Any],
) -> PageMeta:
    """``meta`` of a page that states no date, with the date it writes only as text (see the
    module docstring) and its image URLs."""
    images = (*values.get("og:image", ()), *values.get("twitter:image", ()), *_ld_urls(ld))[:8]
    text_date = visible_date(tree, scan.dated, scan.untimed)
    dateline = _header_dateline(meta, scan) if text_date is None else None
    if dateline is not None:
        text_date = complete_date(dateline, image_dates(images))
    if text_date is None and dateline is None and not images:
        return meta
    return PageMeta(
        **fields,
        text_date=text_date,
        text_dateline=dateline if text_date is None else None,
        image_urls=images,
    )


def _header_dateline(meta: PageMeta, scan: _Scan) -> Dateline | None:
    """The date line beside the headline's ``<h1>``
    (:func:`~belnews.news.meta_dates.header_dateline`): only an ``<h1>`` that agrees with a
    title the page states (the ``h1-agrees`` headline rule, never a logo's), outside an
    ``<aside>`` or a nested ``<article>`` (an ``itemscope`` around it is the article's own
    microdata, ``itemtype=NewsArticle``, and does not count)."""
    headline = agreeing_h1(meta)
    if headline is None:
        return None
    node = next((n for n in scan.h1[:20] if node_text(n) == headline), None)
    if node is None or not in_own_article(node, scoped=True):
        return None
    return header_dateline(node)


def _ld_urls(ld: dict[str, Any]) -> list[str]:
    """The URLs of the JSON-LD article's ``image`` and ``thumbnailUrl`` (a string, an
    ``ImageObject``, a list of either; the first few)."""
    found: list[str] = []
    for key in ("image", "thumbnailUrl"):
        value = ld.get(key)
        for item in (value if isinstance(value, list) else [value])[:4]:
            url = item.get("url") if isinstance(item, dict) else item
            if isinstance(url, str):
                found.append(url)
    return found


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
    found = names(ld.get("author")) or tuple(stated.values())[:20] or byline(tree)
    people: dict[str, str] = {}  # folded name -> the person as first written
    for person in (person for name in found for person in author_names(name)):
        people.setdefault(fold_title(person), person)
    return tuple(people.values())[:20]


# A word written as an identifier, not for a reader: a code of the publishing system
# ("GOVERNMENT_FIGURE", "megaphone_top")
_CODE: Final = re.compile(r"^[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+$")


def _tags(stated: tuple[str, ...]) -> tuple[str, ...]:
    """The page's tags as a reader sees them: each once whatever its case ("Social Media",
    "social media"), and without the codes a publishing system writes after them (AP's
    "Mark Esper GOVERNMENT_FIGURE PERSON" → "Mark Esper"; "megaphone_top": no tag)."""
    tags: dict[str, str] = {}
    for tag in stated:
        words = tag.split()
        cut = next((i for i, word in enumerate(words) if _CODE.match(word)), len(words))
        if cut:
            kept = " ".join(words[:cut])
            tags.setdefault(kept.casefold(), kept)
    return tuple(tags.values())


def _paywalled(values: dict[str, list[str]], ld: dict[str, Any]) -> bool | None:
    paywalled = free_flag(ld.get("isAccessibleForFree"))
    tier = _first(values, "article:content_tier")
    if paywalled is None and tier:
        paywalled = tier.lower() in ("locked", "metered", "premium")
    return paywalled


def _meta_title(values: dict[str, list[str]]) -> str | None:
    title = _first(values, *_TITLE_META)
    return " ".join(title.split()) if title and title.strip() else None
