"""JSON-LD (``<script type="application/ld+json">``): the objects a page describes itself with.

A page may hold several scripts, each a JSON value of objects, lists and ``@graph`` lists.  Two
objects are read from them (the first of each kind, in document order):

* the **article**: an object typed as an article (``NewsArticle``, ``BlogPosting``, …; schema.org
  and Readability.js's list of article types) — headline, dates, authors, section, keywords;
* the **page**: an object typed ``WebPage`` (or a subtype), which many CMS templates (Yoast on
  WordPress) write instead of an article, with the page's ``datePublished``/``dateModified``;
  it is read only for those dates, after the article and the ``<meta>`` tags.  It is looked for
  after the article object too (within the same bounded walk) when the article has no dates.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from typing import Any, Final

import attrs

from belnews.news._dom import Node

__all__ = [
    "LdObjects",
    "as_str",
    "free_flag",
    "ld_objects",
    "names",
    "pick_headline",
    "strings",
    "unescape",
]

ARTICLE_TYPES: Final = frozenset(
    {
        "Article",
        "NewsArticle",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "BackgroundNewsArticle",
        "ReviewNewsArticle",
        "AskPublicNewsArticle",
        "AdvertiserContentArticle",
        "SatiricalArticle",
        "BlogPosting",
        "LiveBlogPosting",
        "DiscussionForumPosting",
        "TechArticle",
        "APIReference",
        "ScholarlyArticle",
        "MedicalScholarlyArticle",
        "Report",
        "SocialMediaPosting",
    }
)
PAGE_TYPES: Final = frozenset(
    {"WebPage", "ItemPage", "AboutPage", "FAQPage", "QAPage", "ProfilePage", "MedicalWebPage"}
)
_MAX_JSON: Final = 1_000_000  # characters of one JSON-LD script read; past it the script is skipped


@attrs.frozen
class LdObjects:
    """The first article object and the first web-page object of a page's JSON-LD."""

    article: dict[str, Any] | None = None
    page: dict[str, Any] | None = None


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


def ld_objects(scripts: list[Node]) -> LdObjects:
    """The first article-typed and the first page-typed JSON-LD object of ``scripts``; reading
    stops at the first article, unless it has no dates and no page object came before it (the
    page object, which may follow it in a ``@graph``, is then looked for).  A script that is
    no JSON, or JSON nested too deep for Python's parser, is skipped."""
    page: dict[str, Any] | None = None
    article: dict[str, Any] | None = None
    for script in scripts:
        raw = script.text(deep=True)
        if len(raw) > _MAX_JSON:
            continue
        data = _json(_unwrap_json(raw))
        if data is None:
            continue
        for obj in _walk_ld(data):
            kinds = _types(obj)
            if article is None and kinds & ARTICLE_TYPES:
                article = obj
            elif page is None and kinds & PAGE_TYPES:
                page = obj
            if article is not None and (page is not None or _dated(article)):
                return LdObjects(article, page)
    return LdObjects(article, page)


_TRAILING_COMMA: Final = re.compile(r",(\s*[}\]])")


def _json(text: str) -> Any:
    """The JSON value of ``text``, or ``None`` when it is none.  A comma before a closing
    bracket, which some CMSs write (``"author": "…",\n}``), is dropped when the text does not
    parse as it is (the page states its metadata; one stray comma should not lose it all)."""
    try:
        return json.loads(text, strict=False)
    except (ValueError, RecursionError):  # "[" * 100_000: the decoder recurses per level
        pass
    try:
        return json.loads(_TRAILING_COMMA.sub(r"\1", text), strict=False)
    except (ValueError, RecursionError):
        return None


def _dated(obj: dict[str, Any]) -> bool:
    return bool(as_str(obj.get("datePublished")) or as_str(obj.get("dateModified")))


_OPENING: Final = re.compile(r"(?://\s*)?(?:<!\[CDATA\[|<!--)")
_CLOSINGS: Final = ("]]>", "-->")


def _unwrap_json(raw: str) -> str:
    """The JSON inside a script: ``<![CDATA[ … ]]>`` and ``<!-- … -->`` wrappers removed (each
    may follow ``//``).  Only the two ends are looked at: a long script is not scanned."""
    text = raw.strip()
    opening = _OPENING.match(text)
    if opening is not None:
        text = text[opening.end() :]
    if text.endswith(_CLOSINGS):
        text = text[:-3]
        kept = text.rstrip()
        text = kept[:-2] if kept.endswith("//") else text
    return text.strip().rstrip(";")


def unescape(text: str) -> str:
    """A JSON-LD string with HTML character references decoded: the script's text is not
    decoded by the HTML parser, and many CMS templates write their strings HTML-escaped
    ("Rain &ndash; Minsk", "Minsk&#8217;s")."""
    return html.unescape(text) if "&" in text else text


def names(value: Any) -> tuple[str, ...]:
    """Person names from a JSON-LD ``author`` (a string, an object, a list of either)."""
    items = value if isinstance(value, list) else [value]
    found: list[str] = []
    for item in items[:50]:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, list):
            name = name[0] if name else None
        if isinstance(name, str) and name.strip() and not name.startswith("http"):
            found.append(" ".join(unescape(name).split()))
    return tuple(dict.fromkeys(found))


def strings(value: Any) -> tuple[str, ...]:
    """``keywords``/``articleSection`` as strings: a list, or one comma-separated string."""
    items = value if isinstance(value, list) else [value]
    out: list[str] = []
    for item in items[:100]:
        if isinstance(item, str):
            out.extend(part.strip() for part in unescape(item).split(",") if part.strip())
    return tuple(dict.fromkeys(out))


def free_flag(value: Any) -> bool | None:
    """``isAccessibleForFree`` as "paywalled": ``False``/"false" → ``True``."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "false"
    return None


def as_str(value: Any) -> str | None:
    """A JSON-LD value as one string: the first of a list; ``None`` for anything else."""
    if isinstance(value, list) and value:
        value = value[0]
    return value if isinstance(value, str) else None


def pick_headline(article: dict[str, Any], /) -> tuple[str | None, str | None]:
    """The article object's ``(headline, name)``, spaces folded; ``name`` stands for the
    headline when there is no ``headline``.  Which one names the article is decided with the
    rest of the page (:mod:`belnews.news.headline`): some templates put a description in
    ``headline`` ("constitutional monarchy in Oceania" for the article "New Zealand"), others a
    short SEO title or the site's name in ``name``."""
    headline = as_str(article.get("headline"))
    name = as_str(article.get("name"))
    headline = " ".join(unescape(headline).split()) if headline else None
    name = " ".join(unescape(name).split()) if name else None
    return headline or name, name if headline and name != headline else None
