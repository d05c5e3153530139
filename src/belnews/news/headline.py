"""The article's headline, reconciled from what the page states about itself.

A page names its article in up to five places: the ``<h1>`` (the headline as shown), the JSON-LD
``headline``, ``og:title`` (or ``twitter:title``), a Dublin Core / ``<meta name=title>`` title,
and the ``<title>`` (usually "Headline | Site").  They are tried as a short list of named rules,
first that answers wins (:data:`RULES`; :func:`headline_rule` says which one answered):

==================  ===========================================================================
rule                answer
==================  ===========================================================================
``h1-agrees``       the first ``<h1>`` that agrees with a stated title (JSON-LD, ``og:title``,
                    a ``<meta>`` title or the ``<title>`` without its site part) and is not
                    the site's name (a logo)
``stated``          the JSON-LD headline, else ``og:title``, without a site suffix
``body-h1``         the first ``<h1>`` of the article's body (an ``<h1>`` in a page header is
                    the site's name; a ``<title>`` alone may be the site's name too)
``meta-title``      the Dublin Core / ``<meta name=title>`` title, without a site suffix
``title``           the ``<title>`` without its site suffix
==================  ===========================================================================
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from belnews.text import fold

if TYPE_CHECKING:
    from belnews.news.meta import PageMeta

__all__ = ["RULES", "headline_rule", "reconcile_headline", "similar", "strip_site"]

_SEPARATORS = re.compile(r"\s+(?:[|\-–—:·•»«/\\]|::)\s+")


def _fold(text: str) -> str:
    """Words case- and mark-folded, punctuation dropped (``belnews.text.fold`` per word)."""
    return " ".join(word for word in map(fold, text.split()) if word)


def strip_site(title: str, site_name: str | None) -> str:
    """A title without the site name: "Headline | Site" → "Headline".

    >>> strip_site("Rain in Minsk | Example News", "Example News")
    'Rain in Minsk'
    >>> strip_site("Heavy rain expected in Minsk tomorrow - Example", None)
    'Heavy rain expected in Minsk tomorrow'
    """
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


def similar(a: str, b: str) -> bool:
    """Whether two titles agree: one holds the other (half its length or more), or three
    quarters of the words are shared (case, marks and punctuation folded).

    >>> similar("Rain in Minsk", "Rain in Minsk, again"), similar("Rain", "Snow in Brest")
    (True, False)
    """
    fa, fb = _fold(a), _fold(b)
    if not fa or not fb:
        return False
    if fa in fb or fb in fa:
        return min(len(fa), len(fb)) >= 0.5 * max(len(fa), len(fb))
    wa, wb = set(fa.split()), set(fb.split())
    return len(wa & wb) >= 0.75 * max(len(wa), len(wb))


def _title(meta: PageMeta) -> str | None:
    return strip_site(meta.title, meta.site_name) if meta.title else None


def _stated(meta: PageMeta) -> list[str]:
    return [t for t in (meta.ld_headline, meta.og_title) if t]


def _is_site(text: str, meta: PageMeta) -> bool:
    """Whether ``text`` is the site's name (a logo ``<h1>``): never the article's headline,
    even when the ``<title>`` is only the site's name too."""
    return bool(meta.site_name) and _fold(text) == _fold(meta.site_name or "")


def _h1_agrees(meta: PageMeta, in_body: tuple[str, ...]) -> str | None:
    title = _title(meta)
    references = [*_stated(meta), *([meta.meta_title] if meta.meta_title else [])]
    references += [title] if title else []
    for h1 in meta.h1:
        if not _is_site(h1, meta) and any(similar(h1, ref) for ref in references):
            return h1
    return None


def _stated_title(meta: PageMeta, in_body: tuple[str, ...]) -> str | None:
    stated = _stated(meta)
    return strip_site(stated[0], meta.site_name) if stated else None


def _body_h1(meta: PageMeta, in_body: tuple[str, ...]) -> str | None:
    return in_body[0] if in_body else None


def _meta_title(meta: PageMeta, in_body: tuple[str, ...]) -> str | None:
    return strip_site(meta.meta_title, meta.site_name) if meta.meta_title else None


def _page_title(meta: PageMeta, in_body: tuple[str, ...]) -> str | None:
    return _title(meta)


Rule = Callable[["PageMeta", tuple[str, ...]], "str | None"]

#: The headline rules in order, by name (see the module docstring).
RULES: tuple[tuple[str, Rule], ...] = (
    ("h1-agrees", _h1_agrees),
    ("stated", _stated_title),
    ("body-h1", _body_h1),
    ("meta-title", _meta_title),
    ("title", _page_title),
)


def headline_rule(
    meta: PageMeta, /, *, in_body: tuple[str, ...] = ()
) -> tuple[str | None, str | None]:
    """``(headline, name of the rule that gave it)``; ``(None, None)`` when the page states no
    title at all."""
    for name, rule in RULES:
        answer = rule(meta, in_body)
        if answer:
            return answer, name
    return None, None


def reconcile_headline(meta: PageMeta, /, *, in_body: tuple[str, ...] = ()) -> str | None:
    """The article's headline from what the page states, site names removed.

    An ``<h1>`` that agrees with a stated title (JSON-LD, ``og:title``, a ``<meta>`` title or
    ``<title>``) wins — it is the headline as shown; else the JSON-LD or OpenGraph headline
    without its site suffix; else the first ``<h1>`` of the article's body (``in_body``: an
    ``<h1>`` in a page header is the site's); else the Dublin Core / ``<meta name=title>``
    title, else the ``<title>``, each without its site suffix (see :data:`RULES`).

    >>> from belnews.news.meta import PageMeta
    >>> reconcile_headline(PageMeta(title="Rain in Minsk | Example News", h1=("Example News",
    ...     "Rain in Minsk")))
    'Rain in Minsk'
    """
    return headline_rule(meta, in_body=in_body)[0]
