"""The values the news parser returns: frozen, hashable, JSON-ready through ``to_dict()``.

``to_dict()`` keeps the field order of the class (which is the documented JSON key order), turns
tuples into lists and dates and date-times into ISO 8601 strings, so
``json.dumps(article.to_dict())`` always works; :func:`to_json` is that call.  One serializer,
:func:`to_data`, does it for every class here (and for any attrs value object inside them).
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import attrs

from belnews.names.models import NameMention

__all__ = [
    "Article",
    "Dateline",
    "PeopleFinder",
    "Quote",
    "Teaser",
    "find_on_read",
    "to_data",
    "to_json",
]


def to_data(value: object, /) -> Any:
    """``value`` as JSON-ready data: attrs objects field by field, in class order.

    Tuples and lists become lists, dates and date-times ISO 8601 strings; ``str``, numbers,
    ``bool`` and ``None`` stay; any other object becomes its ``str``.
    """
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [to_data(item) for item in value]
    if isinstance(value, dict):
        return {str(key): to_data(item) for key, item in value.items()}
    if attrs.has(type(value)):
        return {
            field.name: to_data(getattr(value, field.name))
            for field in attrs.fields(type(value))  # type: ignore[arg-type]
            if not field.name.startswith("_")  # (Article's finder: no value)
        }
    return str(value)


def to_json(value: object, /, **dumps_options: Any) -> str:
    """``json.dumps(to_data(value))``: an :class:`Article`, a :class:`Teaser`… as JSON text.

    >>> to_json(Teaser("Kyiv welcomes ICC probe", ("Politics",)))
    '{"title": "Kyiv welcomes ICC probe", "categories": ["Politics"], "paywall": null, \
"url": null, "lead": null, "truncated": false, "time": null}'
    """
    options = {"ensure_ascii": False, **dumps_options}
    return json.dumps(to_data(value), **options)


class _Serializable:
    """The one ``to_dict`` of every value class here."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        """The object as JSON-ready data (see :func:`to_data`)."""
        data: dict[str, Any] = to_data(self)
        return data


@attrs.frozen
class Dateline(_Serializable):
    """The dateline that opens a story: "December 2, Pozirk." or a date line under the headline.

    ``raw`` is the dateline exactly as it stood in the text; the other fields are what it says.
    ``year`` is ``None`` when the dateline does not give one (the article ``date`` may still be
    resolved from the URL or a reference date).
    """

    month: int | None
    day: int | None
    year: int | None = None
    source: str | None = None
    place: str | None = None
    raw: str = ""


@attrs.frozen
class Teaser(_Serializable):
    """One item of a teaser list or a related headline.

    ``title`` is ``None`` for a category-only bullet ("- Economy"); ``paywall`` names the paywall
    ("POZIRK+") or is ``None`` when the item is free; ``truncated`` says the line was cut off.
    """

    title: str | None
    categories: tuple[str, ...] = ()
    paywall: str | None = None
    url: str | None = None
    lead: str | None = None
    truncated: bool = False
    time: str | None = None  # a card's time as the page gives it (``datetime`` or its text)


@attrs.frozen
class Quote(_Serializable):
    """Reported speech: the quoted words, who said them and where.

    ``text`` is the quotation without its marks; a quotation that runs over several paragraphs
    has one line per paragraph.  ``speaker`` is the speaker as written (a pronoun such as "he" is
    resolved to the most recent named speaker); ``speaker_key`` is the name key of the speaker;
    ``description`` is an apposition such as "a Warsaw-based Belarusian opposition politician",
    or the office written before the name ("Prime Minister" of "Prime Minister Boris Johnson");
    ``paragraph`` is the index in ``Article.paragraphs`` where the quotation starts.
    """

    text: str
    speaker: str | None = None
    speaker_key: str | None = None
    description: str | None = None
    paragraph: int = 0


@attrs.frozen
class Article(_Serializable):
    """A parsed news page.

    ``paragraphs`` is the body (the dateline removed from the first paragraph, page furniture
    left out); ``lead`` is the first paragraph that is not a sub-heading; ``related`` holds the
    teaser list and related headlines that followed the story; ``names`` holds the person names
    found in the body (``belnews.find_names`` over the paragraphs joined by blank lines; a
    parsed page finds them and its ``quotes`` when first read, see :func:`find_on_read`);
    ``language`` is an ISO 639-1 code ("be", "ru", "uk", "en", "de", "fr", "pl", "lt", …),
    "be-Latn" for Łacinka, or ``None`` when unsure; for an HTML page whose text does not tell,
    its ``<html lang>``.

    From a page's own statements (HTML; see :mod:`belnews.news.meta`): ``authors``, ``published``
    and ``modified`` (timezone-aware, ``None`` when the page gives no time zone or no time),
    ``section``, ``tags``, ``site_name``, ``canonical_url``, ``paywalled`` (``None`` when the page
    does not say).  ``body`` is the plain text of the body (``paragraphs`` joined by blank
    lines); ``encoding`` says how bytes were decoded (``None`` for ``str`` input).
    """

    headline: str | None = None
    dateline: Dateline | None = None
    date: datetime.date | None = None
    lead: str | None = None
    paragraphs: tuple[str, ...] = ()
    quotes: tuple[Quote, ...] = ()
    related: tuple[Teaser, ...] = ()
    names: tuple[NameMention, ...] = ()
    url: str | None = None
    language: str | None = None
    authors: tuple[str, ...] = ()
    published: datetime.datetime | None = None
    modified: datetime.datetime | None = None
    section: str | None = None
    tags: tuple[str, ...] = ()
    site_name: str | None = None
    canonical_url: str | None = None
    paywalled: bool | None = None
    body: str = attrs.field(
        default=attrs.Factory(lambda self: "\n\n".join(self.paragraphs), takes_self=True)
    )
    encoding: str | None = None
    # The finder of a parsed page's names and quotes until they are first read (find_on_read).
    # Not a value: no argument, not compared, not shown, not in to_dict().
    _find_people: PeopleFinder | None = attrs.field(default=None, init=False, eq=False, repr=False)

    if not TYPE_CHECKING:  # (for a type checker, an Article has no attributes but its fields)

        def __getattr__(self, name: str) -> Any:
            """``names`` / ``quotes`` of an article from :func:`find_on_read`, found now.

            Python calls this only for an attribute it does not find: the two empty slots.
            """
            find = self._find_people
            if find is None or name not in ("names", "quotes"):
                raise AttributeError(f"'Article' object has no attribute {name!r}")
            names, quotes = find(self)
            object.__setattr__(self, "names", names)
            object.__setattr__(self, "quotes", quotes)
            object.__setattr__(self, "_find_people", None)
            return names if name == "names" else quotes

    def to_text(self) -> str:
        """The article as the plain text the parser reads: headline, body, then teaser list.

        ``parse_article(article.to_text())`` gives back headline, dateline, paragraphs and
        related items of an article whose parts have the usual shapes (a headline without a
        final full stop, sentence paragraphs, one-line teasers).
        """
        blocks: list[str] = []
        if self.headline:
            blocks.append(self.headline)
        body = list(self.paragraphs)
        if self.dateline is not None and self.dateline.raw and body:
            body[0] = f"{self.dateline.raw} {body[0]}"
        blocks.extend(body)
        lines = ["\n\n".join(blocks)] if blocks else []
        for teaser in self.related:
            categories = ", ".join(teaser.categories)
            paywall = teaser.paywall
            marker = f"The material is available only to {paywall}" if paywall else ""
            if not categories and teaser.title and not marker:
                lines.append(teaser.title)  # a related headline
            else:
                lines.append(f"- {categories}{teaser.title or ''}{marker}")
        return "\n".join(lines) + ("\n" if lines else "")


PeopleFinder = Callable[[Article], tuple[tuple[NameMention, ...], tuple[Quote, ...]]]
"""What gives an article's ``names`` and ``quotes`` from its other fields."""


def find_on_read(article: Article, find: PeopleFinder, /) -> Article:
    """``article``, just built and not yet shared, whose ``names`` and ``quotes`` are
    ``find(article)`` when first read, not now.

    Reading either (or comparing, hashing, printing, pickling or ``attrs.evolve``-ing the
    article) finds both, once; until then they cost nothing.  The values are the same as when
    found at once, since ``find`` reads only fields fixed before (paragraphs, body, language).
    """
    object.__delattr__(article, "names")
    object.__delattr__(article, "quotes")
    object.__setattr__(article, "_find_people", find)
    return article
