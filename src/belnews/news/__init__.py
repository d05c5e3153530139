r"""News parsing: articles, datelines, quotes and teaser lists, from plain text and from HTML.

>>> from belnews.news import parse_article
>>> article = parse_article(
...     "Łatuška vows to continue fight\n"
...     "September 2, Pozirk. “I will keep on fighting,” said Pavieł Łatuška.\n"
... )
>>> article.headline, article.dateline.source, article.quotes[0].speaker
('Łatuška vows to continue fight', 'Pozirk', 'Pavieł Łatuška')
"""

from __future__ import annotations

import codecs
import datetime
from typing import Final

import attrs

from belnews.errors import ensure_str
from belnews.news import _deps
from belnews.news.cards import read_cards
from belnews.news.decode import decode_html
from belnews.news.html import looks_like_html, parse_html
from belnews.news.models import Article, Dateline, Quote, Teaser, find_on_read, to_json
from belnews.news.teasers import parse_teasers as _parse_teasers
from belnews.news.text import parse_text, people

__all__ = ["Article", "Dateline", "Quote", "Teaser", "parse_article", "parse_teasers", "to_json"]


def _checked_date(reference_date: object) -> datetime.date | None:
    if reference_date is None:
        return None
    if not isinstance(reference_date, datetime.date):
        raise TypeError(
            f"reference_date must be a datetime.date, not {type(reference_date).__name__}"
        )
    if isinstance(reference_date, datetime.datetime):
        return reference_date.date()  # a datetime is a date, but does not compare as one
    return reference_date


def parse_article(
    text: str | bytes,
    /,
    *,
    url: str | None = None,
    reference_date: datetime.date | None = None,
    names: bool = True,
) -> Article:
    """Parse one news page, given as plain text or as HTML (detected), into an :class:`Article`.

    ``bytes`` are a page as downloaded: decoded by its BOM, its ``<meta charset>``, else strict
    UTF-8, else a stated fallback (see :mod:`belnews.news.decode`); ``Article.encoding`` says
    which encoding was used.  Bytes with no ``<`` at all hold no markup: they are read as plain
    text (a ``.txt`` file read as bytes keeps its headline, dateline and paragraphs).

    The text is normalised first (``belnews.normalize``); every headline, paragraph, teaser title
    and quote of the result is taken from the normalised text, never made up.  ``url`` is kept
    on the article and may complete the date; a first line ``SOURCE: <url>`` (scraper output)
    gives the URL when ``url`` is not passed.  ``reference_date`` completes a dateline without a
    year ("December 2") to the latest such date not after it.

    ``names`` and ``quotes`` come from the person steps: ``find_names`` over the body (the
    costliest step of a page) and the quotations, whose speakers are read from the names found.
    They run when either field is first read (or the article is compared, hashed, printed,
    pickled or turned into data), once, so a pipeline that reads only the body and the page's
    metadata, the work an extractor such as trafilatura does, never pays for them; the values
    are the same as if found at once.  ``names=False`` leaves both empty.
    """
    if not isinstance(names, bool):
        raise TypeError(f"names must be a bool, not {type(names).__name__}")
    if url is not None:
        url = ensure_str(url, "url")
    reference_date = _checked_date(reference_date)
    if isinstance(text, (bytes, bytearray, memoryview)):
        data = bytes(text)
        if (b"<" not in data or data.startswith(_WIDE_BOMS)) and "<" not in decode_html(data)[0]:
            article = _plain_bytes(data, url=url, reference_date=reference_date)
        else:
            article = parse_html(data, url=url, reference_date=reference_date)
    else:
        text = ensure_str(text, "text")
        if looks_like_html(text):
            article = parse_html(text, url=url, reference_date=reference_date)
        else:
            text = _deps.normalize_text(text)
            article = parse_text(text, url=url, reference_date=reference_date)
    return find_on_read(article, people) if names else article


# UTF-16 and UTF-32 code units may hold the byte of "<" (м is U+043C): such bytes are decoded
# before they are looked at; in every other encoding a page finds no "<" byte (memchr) only
# when it has no "<" at all
# (a UTF-32 LE BOM starts with the UTF-16 LE one)
_WIDE_BOMS: Final = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)


def _plain_bytes(
    data: bytes, /, *, url: str | None, reference_date: datetime.date | None
) -> Article:
    """Bytes without markup: decoded as a page is, then read as plain text."""
    decoded, encoding = decode_html(data)
    text = _deps.normalize_text(decoded.lstrip("\ufeff"))
    article = parse_text(text, url=url, reference_date=reference_date)
    return attrs.evolve(article, encoding=encoding)


def parse_teasers(text: str | bytes, /) -> tuple[Teaser, ...]:
    """The teaser items of a flattened list: category, title, paywall marker, cut-off last line.

    An HTML listing page (``str`` that looks like HTML, or ``bytes``) gives its teaser cards
    instead: title, url, rubric, time, lead and paywall badge (:mod:`belnews.news.cards`).

    >>> [(t.categories, t.title, t.paywall) for t in parse_teasers(
    ...     "- PoliticsŁatuška discusses sanctionsThe material is available only to POZIRK+\\n"
    ...     "- Politics, Security\\n"
    ... )]
    [(('Politics',), 'Łatuška discusses sanctions', 'POZIRK+'), (('Politics', 'Security'), None, None)]
    """  # noqa: E501
    if isinstance(text, (bytes, bytearray, memoryview)):
        return _normalized(read_cards(bytes(text)))
    text = ensure_str(text, "text")
    if looks_like_html(text):
        return _normalized(read_cards(text))
    return _parse_teasers(_deps.normalize_text(text))


def _normalized(teasers: tuple[Teaser, ...]) -> tuple[Teaser, ...]:
    """Card titles and leads through ``belnews.normalize``, like every text belnews returns."""
    texts = [field for t in teasers for field in (t.title or "", t.lead or "")]
    parts = _deps.normalize_lines(texts)
    return tuple(
        attrs.evolve(teaser, title=parts[2 * i] or teaser.title, lead=parts[2 * i + 1] or None)
        for i, teaser in enumerate(teasers)
    )
