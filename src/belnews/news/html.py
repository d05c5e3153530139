"""HTML news pages to :class:`~belnews.news.models.Article`: decode, parse, read, assemble.

1. **Decode** (bytes only): BOM, ``<meta charset>``, strict UTF-8, a stated fallback
   (:mod:`belnews.news.decode`); ``Article.encoding`` names the encoding used.
2. **Parse** with a real HTML5 parser (Lexbor, through selectolax; :mod:`belnews.news._dom`).
3. **Metadata** from JSON-LD, OpenGraph, ``<meta>``, ``<time>``, ``<link rel=canonical>`` and
   ``<html lang>`` (:mod:`belnews.news.meta`).
4. **Main content**: boilerplate pruned, the body chosen by text density
   (:mod:`belnews.news.content`), read into blocks: ``h1`` the headline, ``h2``–``h6``
   sub-headings, ``p``/``pre`` paragraphs, ``blockquote`` quotes, ``time`` a date line, items of
   link lists teasers (related-story blocks too), items of text lists paragraphs.
5. **Assemble** the blocks like plain text (:func:`belnews.news.text.assemble`: dateline,
   quotes, names, teaser lists), then fill in what the page states about itself; the headline
   is reconciled from ``<h1>``, JSON-LD, ``og:title`` and ``<title>`` (site name removed).
"""

from __future__ import annotations

import codecs
import datetime

import attrs

from belnews._language_codes import NO_LANGUAGE, primary_subtag
from belnews.news import _deps
from belnews.news._dom import parse_dom
from belnews.news.content import extract_content
from belnews.news.dateline import date_from_url, resolve_date
from belnews.news.decode import decode_html
from belnews.news.meta import PageMeta, read_meta, reconcile_headline
from belnews.news.meta_dates import complete_date, image_dates
from belnews.news.models import Article
from belnews.news.text import Block, assemble

__all__ = ["language_tag", "looks_like_html", "parse_html"]

_SNIFF = ("<!doctype", "<html", "<body", "<head", "<article", "<main", "<div", "<p>", "<p ", "<h1")


def looks_like_html(text: str, /) -> bool:
    """Whether ``text`` is an HTML document or fragment (it opens with a known tag)."""
    start = text[:4096].lstrip("\ufeff \t\r\n").lower()
    return start.startswith("<") and any(tag in start for tag in _SNIFF)


def language_tag(declared: str | None, /) -> str | None:
    """A declared ``lang`` as belnews reports languages: "en-US" → "en", "be-latn" → "be-Latn",
    "rus" → "ru"; ``None`` for a code that names no language ("und", "mul", "zxx").

    >>> language_tag("en-US"), language_tag("be-latn"), language_tag("x"), language_tag(None)
    ('en', 'be-Latn', None, None)
    >>> language_tag("rus"), language_tag("und"), language_tag("Bel-Latn"), language_tag("nld")
    ('ru', None, 'be-Latn', 'nl')
    """
    if not declared:
        return None
    parts = declared.strip().replace("_", "-").split("-")
    primary = parts[0].lower()
    if not (2 <= len(primary) <= 3 and primary.isalpha()) or primary in NO_LANGUAGE:
        return None
    primary = primary_subtag(primary)
    if len(parts) > 1 and len(parts[1]) == 4 and parts[1].isalpha():
        return f"{primary}-{parts[1].title()}"
    return primary


_NORMALIZE_CHUNK = 512  # blocks normalised per call: the copies made stay small on a huge page


def _normalized(blocks: list[Block]) -> list[Block]:
    """``blocks`` with text and lead normalised, replaced chunk by chunk in place (a block whose
    text does not change is kept as it is), so a huge page is never held twice."""
    for start in range(0, len(blocks), _NORMALIZE_CHUNK):
        chunk = blocks[start : start + _NORMALIZE_CHUNK]
        texts = _deps.normalize_lines([block.text for block in chunk])
        leads = _deps.normalize_lines([block.lead or "" for block in chunk])
        blocks[start : start + _NORMALIZE_CHUNK] = [
            block
            if text == block.text and (block.lead is None or lead == block.lead)
            # the constructor, not attrs.evolve: a quarter of the cost, same values
            else Block(
                text,
                block.kind,
                block.href,
                block.raw,
                block.gap,
                None if block.lead is None else lead,
            )
            for block, text, lead in zip(chunk, texts, leads, strict=True)
        ]
        del chunk, texts, leads
    return blocks


def _date(
    article: Article,
    meta: PageMeta,
    reference_date: datetime.date | None,
    url: str | None = None,
) -> datetime.date | None:
    """A stated date first; then the body's date line (its year, when it gives none and the
    page's own URL (``url``) states no date, from an image URL of the same month and day before
    the reference date's) and the URL's date; then a date only written as text; then a header's
    date line without a year, completed from the reference date
    (:mod:`belnews.news.meta_dates`).  The page's URL outranks an image's: an image's date is
    the day the image was stored (a file photo of years before)."""
    if meta.published_date is not None:
        return meta.published_date
    dateline = article.dateline
    if (
        dateline is not None
        and dateline.year is None
        and meta.image_urls
        and date_from_url(url) is None
    ):
        own = complete_date(dateline, image_dates(meta.image_urls))
        if own is not None:
            return own
    if article.date or meta.text_date:
        return article.date or meta.text_date
    return resolve_date(meta.text_dateline, reference_date=reference_date)


def _with_meta(
    article: Article,
    meta: PageMeta,
    headline: str | None,
    reference_date: datetime.date | None = None,
    url: str | None = None,
) -> Article:
    # the text's own language first: pages declare <html lang> from a site template (German
    # text under lang="en"); the declaration answers when detection is unsure
    language = article.language or language_tag(meta.language)
    return attrs.evolve(
        article,
        headline=headline or article.headline,
        date=_date(article, meta, reference_date, url),
        language=language,
        authors=meta.authors,
        published=meta.published,
        modified=meta.modified,
        section=meta.section,
        tags=meta.tags,
        site_name=meta.site_name,
        canonical_url=meta.canonical_url,
        paywalled=meta.paywalled,
    )


def parse_html(
    html: str | bytes,
    /,
    *,
    url: str | None = None,
    reference_date: datetime.date | None = None,
) -> Article:
    """Parse an HTML news page, text or bytes (see the module docstring for the steps)."""
    encoding: str | None = None
    source: str | bytes
    if isinstance(html, bytes):
        text, encoding = decode_html(html)
        # Bytes that decoded as UTF-8 without a BOM and without a replaced byte are given to
        # the parser as they are: they are the UTF-8 it would encode the text back to.
        utf8 = encoding == "utf-8" and not html.startswith(codecs.BOM_UTF8)
        source = html if utf8 else text.lstrip("\ufeff")
        del text
    else:
        source = html.lstrip("\ufeff")
    tree = parse_dom(source)
    del source
    meta = read_meta(tree)
    site = (meta.site_name,) if meta.site_name else ()
    content = extract_content(tree, names=(*meta.authors, *site))
    del tree  # the parser's C memory is freed before the text steps (peak memory, huge pages)
    blocks = list(content.blocks)
    headline = reconcile_headline(
        meta, in_body=tuple(block.text for block in blocks if block.kind == "h1")
    )
    if headline and not any(block.kind == "h1" for block in blocks):
        blocks.insert(0, Block(headline, "h1"))
    # related blocks run together at the end: their headings are teaser items too, so that
    # the run is one teaser list (assemble reads the list that ends the page)
    blocks.extend(
        Block(" ".join(block.text.split()), "li", block.href, lead=block.lead)
        for block in content.related
    )
    del content  # the blocks are now only in ``blocks``: normalising replaces them one by one
    blocks = _normalized(blocks)
    article = assemble(
        blocks,
        url=url or meta.canonical_url,
        reference_date=reference_date,
        declared_language=language_tag(meta.language),
    )
    if headline:
        headline = _deps.normalize_text(headline)
    article = _with_meta(article, meta, headline, reference_date, url or meta.canonical_url)
    return attrs.evolve(article, encoding=encoding) if encoding else article
