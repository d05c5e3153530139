"""What a page says about itself: JSON-LD, OpenGraph and ``article:*``, ``<meta>``, ``<time>``.

Each field is read from the sources in a fixed order of trust (the first that gives a value
wins) and is ``None`` when no source gives one — never a guess:

==============  ===========================================================================
field           sources, most trusted first
==============  ===========================================================================
headline        see :func:`reconcile_headline` (``<h1>``, JSON-LD, ``og:title``, ``<title>``)
published       JSON-LD ``datePublished``; ``article:published_time``; ``<meta>`` date names;
                ``itemprop=datePublished``; the first ``<time datetime>`` in an article
modified        JSON-LD ``dateModified``; ``article:modified_time``; ``og:updated_time``
authors         JSON-LD ``author`` (names); ``article:author`` / ``<meta name=author>``; the
                visible byline (``itemprop=author``, ``rel=author``, a byline class)
section         JSON-LD ``articleSection``; ``article:section``
tags            JSON-LD ``keywords``; ``article:tag``; ``<meta name=news_keywords|keywords>``
site_name       ``og:site_name``; JSON-LD ``publisher.name``
canonical_url   ``<link rel=canonical>``; ``og:url``; JSON-LD ``url``
language        ``<html lang>``; ``<meta http-equiv=content-language>``; ``og:locale``
paywalled       JSON-LD ``isAccessibleForFree``; ``<meta name=article:content_tier>``
==============  ===========================================================================

Dates are timezone-aware :class:`datetime.datetime` values; a value without a time zone or
without a time of day gives ``published = None`` and only the calendar date (``published_date``).
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Iterator
from typing import Any

import attrs

from belnews.news._blocks import BLOCK_TAGS
from belnews.news._dom import Node, Tree, node_text
from belnews.news._trim import DATE_IN_TEXT
from belnews.news._vocab import BYLINE_WORDS_MARKED, alternation
from belnews.news.dateline import parse_datetime
from belnews.text import fold

__all__ = ["PageMeta", "read_meta", "reconcile_headline"]

_ARTICLE_TYPES = frozenset(
    {
        "Article",
        "NewsArticle",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "BackgroundNewsArticle",
        "ReviewNewsArticle",
        "BlogPosting",
        "LiveBlogPosting",
        "TechArticle",
        "ScholarlyArticle",
        "Report",
        "SocialMediaPosting",
    }
)
_MAX_JSON = 1_000_000  # characters of one JSON-LD script read; past it the script is skipped
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


# --- JSON-LD -----------------------------------------------------------------------------------


def _walk_ld(value: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every JSON object in a JSON-LD value (lists and ``@graph`` included), to depth 4."""
    if depth > 4:
        return
    if isinstance(value, list):
        for item in value[:200]:
            yield from _walk_ld(item, depth + 1)
    elif isinstance(value, dict):
        yield value
        graph = value.get("@graph")
        if graph is not None:
            yield from _walk_ld(graph, depth + 1)


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.rsplit("/", 1)[-1] for k in kinds if isinstance(k, str)}


# One walk of the tree for the elements metadata is read from (each ``css`` call walks the whole
# tree: one selector list costs a third of five), sorted by kind in document order below.
_SCANNED = 'meta[content], script[type="application/ld+json"], [itemprop="datePublished"], time, h1'


@attrs.frozen
class _Scan:
    metas: list[Node]  # meta[content]
    scripts: list[Node]  # script[type="application/ld+json"] (the type is matched ignoring case)
    dated: list[Node]  # [itemprop="datePublished"]
    times: list[Node]  # time[datetime] inside an <article> or <main>, the first; else
    pubdate: list[Node]  # time[pubdate][datetime], the first
    h1: list[Node]


def _scan(tree: Tree) -> _Scan:
    scan = _Scan([], [], [], [], [], [])
    for node in tree.css(_SCANNED):
        tag, attributes = node.tag, node.attributes
        if tag == "meta" and "content" in attributes:
            scan.metas.append(node)
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


def _ld_article(scripts: list[Node]) -> dict[str, Any] | None:
    """The first JSON-LD object typed as an article (else ``None``)."""
    for script in scripts:
        raw = script.text(deep=True)
        if len(raw) > _MAX_JSON:
            continue
        try:
            data = json.loads(_unwrap_json(raw), strict=False)
        except ValueError:
            continue
        for obj in _walk_ld(data):
            if _types(obj) & _ARTICLE_TYPES:
                return obj
    return None


_WRAPPERS = re.compile(r"^\s*(?://\s*)?(?:<!\[CDATA\[|<!--)|(?://\s*)?(?:\]\]>|-->)\s*$")


def _unwrap_json(raw: str) -> str:
    """The JSON inside a script: ``<![CDATA[ … ]]>`` and ``<!-- … -->`` wrappers removed."""
    return _WRAPPERS.sub("", raw.strip()).strip().rstrip(";")


def _names(value: Any) -> tuple[str, ...]:
    """Person names from a JSON-LD ``author`` (a string, an object, a list of either)."""
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items[:50]:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, list):
            name = name[0] if name else None
        if isinstance(name, str) and name.strip() and not name.startswith("http"):
            names.append(" ".join(name.split()))
    return tuple(dict.fromkeys(names))


def _strings(value: Any) -> tuple[str, ...]:
    """``keywords``/``articleSection`` as strings: a list, or one comma-separated string."""
    items = value if isinstance(value, list) else [value]
    out: list[str] = []
    for item in items[:100]:
        if isinstance(item, str):
            out.extend(part.strip() for part in item.split(",") if part.strip())
    return tuple(dict.fromkeys(out))


def _free_flag(value: Any) -> bool | None:
    """``isAccessibleForFree`` as "paywalled": ``False``/"false" → ``True``."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "false"
    return None


# --- <meta>, <link>, <time> --------------------------------------------------------------------


def _meta_values(metas: list[Node]) -> dict[str, list[str]]:
    """``<meta>`` contents by lower-cased ``property`` / ``name`` / ``itemprop`` / http-equiv."""
    values: dict[str, list[str]] = {}
    for node in metas:
        attributes = node.attributes  # one dict of a <meta>'s few attributes
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
    ld = _ld_article(scan.scripts) or {}
    published, published_date = _first_date(
        [
            _as_str(ld.get("datePublished")),
            *(_first(values, k) for k in _PUBLISHED_META),
            *_time_candidates(scan),
        ]
    )
    modified, _ = _first_date(
        [_as_str(ld.get("dateModified")), *(_first(values, k) for k in _MODIFIED_META)]
    )
    authors = (
        _names(ld.get("author"))
        or tuple(
            name
            for name in values.get("article:author", []) + values.get("author", [])
            if not name.startswith("http")
        )[:20]
        or _byline(tree)
    )
    section = _strings(ld.get("articleSection")) or _strings(values.get("article:section"))
    tags = _strings(ld.get("keywords")) or _strings(
        values.get("article:tag") or values.get("news_keywords") or values.get("keywords")
    )
    paywalled = _free_flag(ld.get("isAccessibleForFree"))
    tier = _first(values, "article:content_tier")
    if paywalled is None and tier:
        paywalled = tier.lower() in ("locked", "metered", "premium")
    ld_headline = ld.get("headline") if isinstance(ld.get("headline"), str) else None
    return PageMeta(
        title=_text_or_none(tree.css_first("head title") or tree.css_first("title")),
        og_title=_first(values, "og:title", "twitter:title"),
        ld_headline=" ".join(ld_headline.split()) if ld_headline else None,
        h1=tuple(text for node in scan.h1[:20] if (text := node_text(node))),
        published=published,
        published_date=published_date,
        modified=modified,
        authors=authors,
        section=section[0] if section else None,
        tags=tags,
        site_name=_site_name(values, ld),
        canonical_url=_canonical(tree, values, ld),
        language=_language(tree, values),
        paywalled=paywalled,
        description=_first(values, "og:description", "description"),
    )


def _as_str(value: Any) -> str | None:
    if isinstance(value, list) and value:
        value = value[0]
    return value if isinstance(value, str) else None


# --- headline ----------------------------------------------------------------------------------

_SEPARATORS = re.compile(r"\s+(?:[|\-–—:·•»«/\\]|::)\s+")


def _fold(text: str) -> str:
    """Words case- and mark-folded, punctuation dropped (``belnews.text.fold`` per word)."""
    return " ".join(word for word in map(fold, text.split()) if word)


def _strip_site(title: str, site_name: str | None) -> str:
    """``<title>`` without the site name: "Headline | Site" → "Headline"."""
    parts = _SEPARATORS.split(title)
    if len(parts) == 1:
        return title
    site = _fold(site_name) if site_name else ""
    kept = [part for part in parts if not site or _fold(part) != site]
    if site and len(kept) < len(parts):
        return " – ".join(kept) if len(kept) > 1 else kept[0] if kept else title
    # no known site name: drop the shortest end part when the rest is a long enough headline
    first, last = parts[0], parts[-1]
    if len(first.split()) >= 3 and len(last.split()) <= max(4, len(first.split()) // 2):
        return _SEPARATORS.split(title, maxsplit=len(parts) - 2)[0] if len(parts) > 2 else first
    if len(last.split()) >= 3 and len(first.split()) <= 4:
        return last
    return title


def _similar(a: str, b: str) -> bool:
    fa, fb = _fold(a), _fold(b)
    if not fa or not fb:
        return False
    if fa in fb or fb in fa:
        return min(len(fa), len(fb)) >= 0.5 * max(len(fa), len(fb))
    wa, wb = set(fa.split()), set(fb.split())
    return len(wa & wb) >= 0.75 * max(len(wa), len(wb))


def reconcile_headline(meta: PageMeta, /, *, in_body: tuple[str, ...] = ()) -> str | None:
    """The article's headline from what the page states, site names removed.

    An ``<h1>`` that agrees with a stated title (JSON-LD, ``og:title`` or ``<title>``) wins — it
    is the headline as shown; else the JSON-LD or OpenGraph headline without its site suffix; else
    the first ``<h1>`` of the article's body (``in_body``: an ``<h1>`` in a page header is the
    site's); else the ``<title>`` without its site suffix.
    """
    stated = [t for t in (meta.ld_headline, meta.og_title) if t]
    title = _strip_site(meta.title, meta.site_name) if meta.title else None
    references = [*stated, *([title] if title else [])]
    for h1 in meta.h1:
        if any(_similar(h1, ref) for ref in references):
            return h1
    if stated:
        return _strip_site(stated[0], meta.site_name)
    if in_body:
        return in_body[0]  # the body's own <h1>; a <title> alone may be the site's name
    return title
