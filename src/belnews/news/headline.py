"""The article's headline, reconciled from what the page states about itself.

A page names its article in up to five places: the ``<h1>`` (the headline as shown), the JSON-LD
``headline``, ``og:title`` (or ``twitter:title``), a Dublin Core / ``<meta name=title>`` title,
and the ``<title>`` (usually "Headline | Site").  They are tried as a short list of named rules,
first that answers wins (:data:`RULES`; :func:`headline_rule` says which one answered):

==================  ===========================================================================
rule                answer
==================  ===========================================================================
``confirmed``       the JSON-LD ``headline``, else ``og:title``, when an ``<h1>`` agrees with
                    it but words it otherwise (a kicker, a shortened display headline): the
                    title the page states about itself, as trafilatura and Readability.js
                    prefer it, confirmed by the page as the article's own (not when one begins
                    with the other: a cut title, a "(Source)" suffix); a part that is the
                    site's name or the section ("Opinion | …") dropped
``h1-agrees``       the first ``<h1>`` that agrees with a stated title (JSON-LD ``headline``
                    or ``name``, ``og:title``, a ``<meta>`` title or the ``<title>`` without
                    its site part) and is not the site's name (a logo)
``stated``          the JSON-LD headline (its ``name`` when the ``<title>`` agrees with
                    ``name`` and not with ``headline``), else ``og:title``, without a site
                    suffix
``body-h1``         the first ``<h1>`` of the article's body (an ``<h1>`` in a page header is
                    the site's name; a ``<title>`` alone may be the site's name too)
``meta-title``      the Dublin Core / ``<meta name=title>`` title, without a site suffix
``title``           the ``<title>`` without its site suffix
==================  ===========================================================================
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from belnews.text import fold

if TYPE_CHECKING:
    from belnews.news.meta import PageMeta

__all__ = [
    "RULES",
    "agreeing_h1",
    "fold_title",
    "headline_rule",
    "reconcile_headline",
    "similar",
    "strip_site",
]

_SEPARATORS: Final = re.compile(r"\s+(?:[|\-–—:·•»«/\\]|::)\s+")


def fold_title(text: str) -> str:
    """Words case- and mark-folded, punctuation dropped (``belnews.text.fold`` per word).

    Memoised for titles up to ``_MEMO_CHARS`` characters (bounded, thread-safe; a longer text
    is folded each time, so that the memo never holds a huge hostile ``<title>``): a page's
    titles are folded by the header-date rule and again by the headline rules, each against
    each ``<h1>``.

    >>> fold_title("Rain in MINSK!")
    'rain in minsk'
    """
    return _fold_memo(text) if len(text) <= _MEMO_CHARS else _fold_words(text)


_MEMO_CHARS: Final = 500


def _fold_words(text: str) -> str:
    return " ".join(word for word in map(fold, text.split()) if word)


_fold_memo = functools.lru_cache(maxsize=1024)(_fold_words)


_fold = fold_title


def strip_site(title: str, site_name: str | None) -> str:
    """A title without the site name: "Headline | Site" → "Headline".

    >>> strip_site("Rain in Minsk | Example News", "Example News")
    'Rain in Minsk'
    >>> strip_site("Heavy rain expected in Minsk tomorrow - Example", None)
    'Heavy rain expected in Minsk tomorrow'
    >>> strip_site("Example News | Heavy rain expected in Minsk", None)
    'Heavy rain expected in Minsk'
    """
    parts = _SEPARATORS.split(title)
    if len(parts) == 1:
        return title
    site = _fold(site_name) if site_name else ""
    if site and any(_fold(part) == site for part in parts):
        return _without_site(title, {site})
    # no known site name: drop the shortest end part when the rest is a long enough headline
    first, last = parts[0], parts[-1]
    if len(first.split()) >= 3 and len(last.split()) <= max(4, len(first.split()) // 2):
        return _SEPARATORS.split(title, maxsplit=len(parts) - 2)[0] if len(parts) > 2 else first
    # "Site | Headline": only a title of two parts.  In a longer one the site's part stands at
    # an end and the headline at the start ("Opinion | Headline - Site", "Headline - Chapter 1
    # - Author | Fandom [Site]"): its last part alone is never the headline.
    if len(parts) == 2 and len(last.split()) >= 3 and len(first.split()) <= 4:
        return last
    return title


def _without_site(title: str, sites: set[str]) -> str:
    """``title`` without its parts that are a known site name or section (``sites``, folded:
    "Opinion | Headline"), the parts left joined by " – "; ``title`` when none is or all are.
    Unlike :func:`strip_site`, no end part is guessed to be one: a stated headline rarely has
    one."""
    parts = _SEPARATORS.split(title)
    kept = [part for part in parts if _fold(part) not in sites]
    return " – ".join(kept) if kept and len(kept) < len(parts) else title


def similar(a: str, b: str) -> bool:
    """Whether two titles agree: one holds the other (half its length or more), or three
    quarters of the words are shared (case, marks and punctuation folded).

    >>> similar("Rain in Minsk", "Rain in Minsk, again"), similar("Rain", "Snow in Brest")
    (True, False)
    """
    return _similar_folded(_fold(a), _fold(b))


def _similar_folded(fa: str, fb: str) -> bool:
    """:func:`similar` of two titles already folded (:func:`fold_title`)."""
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


def _site_names(meta: PageMeta) -> set[str]:
    """The site's names, folded: ``site_name``, and a ``<meta>`` title that is the part of the
    ``<title>`` its site suffix was (``<meta name=title content="Example News">`` beside
    ``<title>Rain in Minsk - Example News</title>``: a site-wide tag, not the article's)."""
    sites = {_fold(meta.site_name)} if meta.site_name else set()
    if meta.meta_title and meta.title:
        parts = _SEPARATORS.split(meta.title)
        kept = _fold(strip_site(meta.title, meta.site_name))
        folded = _fold(meta.meta_title)
        if len(parts) > 1 and folded != kept and folded in map(_fold, parts):
            sites.add(folded)
    sites.discard("")
    return sites


def _is_site(text: str, sites: set[str]) -> bool:
    """Whether ``text`` is the site's name (a logo ``<h1>``, a JSON-LD ``name``): never the
    article's headline, even when the ``<title>`` is only the site's name too."""
    return _fold(text) in sites


def _h1_agrees(meta: PageMeta, in_body: tuple[str, ...]) -> str | None:
    sites = _site_names(meta)
    title = _title(meta)
    stated = (*_stated(meta), meta.ld_name, meta.meta_title)
    # every title folded once (a page states up to 20 <h1>s, each compared with each title)
    references = [folded for ref in stated if ref and (folded := _fold(ref)) not in sites]
    folded_title = _fold(title) if title else ""
    body = {_fold(text) for text in in_body}
    for h1 in meta.h1:
        folded = _fold(h1)
        if folded in sites:
            continue
        if any(_similar_folded(folded, ref) for ref in references):
            return h1
        # a <title> alone confirms no <h1> outside a body that has its own: both may be the
        # site's name (a logo <h1> in the page header, <title>Example News</title>)
        if title and _similar_folded(folded, folded_title) and (not in_body or folded in body):
            return h1
    return None


_ELLIPSES: Final = ("…", "...")


def _confirmed(meta: PageMeta, in_body: tuple[str, ...]) -> str | None:
    """The JSON-LD ``headline``, else ``og:title`` (or ``twitter:title``), without a known site
    name, when an ``<h1>`` agrees with it but words it otherwise: the ``<h1>`` shown may be a
    shortened headline or a kicker, the stated one is the article's full title.

    A part of it that is the site's name or the article's section ("Opinion | Headline") is
    dropped.  Not when it is the site's name, nor when it is cut (ends in an ellipsis, or an
    ``<h1>`` begins with it), nor when it is an ``<h1>`` and a suffix ("Headline (Source)": the
    ``<h1>`` is the headline without the source), nor when it is the ``<h1>`` itself (then the
    ``<h1>`` as shown, with its typography, is the answer: ``h1-agrees``)."""
    sites = _site_names(meta)
    shown = [folded for h1 in meta.h1 if (folded := _fold(h1)) not in sites]
    labels = sites | {_fold(meta.section)} if meta.section else sites
    for stated in _stated(meta):
        text = _without_site(stated, labels)
        folded = _fold(text)
        if not folded or folded in sites or text.rstrip().endswith(_ELLIPSES):
            continue
        if any(h1.startswith(folded) or folded.startswith(h1) for h1 in shown):
            return None  # a cut title, or the <h1> and a suffix ("(Source)")
        if any(_similar_folded(folded, h1) for h1 in shown):
            return text
    return None


def agreeing_h1(meta: PageMeta, /) -> str | None:
    """The first ``<h1>`` that agrees with a title the page states (the ``h1-agrees`` rule with
    no body known): the article's own heading, never the site's logo; ``None`` when none does.

    >>> from belnews.news.meta import PageMeta
    >>> agreeing_h1(PageMeta(title="Rain in Minsk | Daily", h1=("Daily", "Rain in Minsk")))
    'Rain in Minsk'
    """
    return _h1_agrees(meta, ())


def _stated_title(meta: PageMeta, in_body: tuple[str, ...]) -> str | None:
    """The JSON-LD headline, or its ``name`` when the ``<title>`` agrees with ``name`` and not
    with ``headline`` (a headline that holds a description) and ``name`` is not the site's;
    else ``og:title``."""
    name, headline, title = meta.ld_name or "", meta.ld_headline or "", _title(meta) or ""
    swap = headline and similar(name, title) and not similar(headline, title)  # "": never
    if swap and not _is_site(name, _site_names(meta)):
        return strip_site(name, meta.site_name)
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
RULES: Final[tuple[tuple[str, Rule], ...]] = (
    ("confirmed", _confirmed),
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

    An ``<h1>`` that agrees with a stated title (JSON-LD ``headline`` or ``name``, ``og:title``,
    a ``<meta>`` title or ``<title>``) and is not the site's name wins — it is the headline as
    shown; else the JSON-LD (see :data:`RULES`) or OpenGraph headline without its site
    suffix; else the first ``<h1>`` of the article's body (``in_body``: an ``<h1>`` in a page
    header is the site's); else the Dublin Core / ``<meta name=title>``
    title, else the ``<title>``, each without its site suffix (see :data:`RULES`).

    >>> from belnews.news.meta import PageMeta
    >>> reconcile_headline(PageMeta(title="Rain in Minsk | Example News", h1=("Example News",
    ...     "Rain in Minsk")))
    'Rain in Minsk'
    """
    return headline_rule(meta, in_body=in_body)[0]
