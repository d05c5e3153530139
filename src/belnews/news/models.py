"""The values the news parser returns: frozen, hashable, JSON-ready through ``to_dict()``.

``to_dict()`` keeps the field order of the class (which is the documented JSON key order), turns
tuples into lists and dates into ISO strings, so ``json.dumps(article.to_dict())`` always works.
"""

from __future__ import annotations

import datetime
from typing import Any

import attrs

from belnews.names.models import NameMention

__all__ = ["Article", "Dateline", "Quote", "Teaser"]


@attrs.frozen
class Dateline:
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

    def to_dict(self) -> dict[str, Any]:
        return {
            "month": self.month,
            "day": self.day,
            "year": self.year,
            "source": self.source,
            "place": self.place,
            "raw": self.raw,
        }


@attrs.frozen
class Teaser:
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

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "categories": list(self.categories),
            "paywall": self.paywall,
            "url": self.url,
            "lead": self.lead,
            "truncated": self.truncated,
        }


@attrs.frozen
class Quote:
    """Reported speech: the quoted words, who said them and where.

    ``text`` is the quotation without its marks; a quotation that runs over several paragraphs
    has one line per paragraph.  ``speaker`` is the speaker as written (a pronoun such as "he" is
    resolved to the most recent named speaker); ``speaker_key`` is the name key of the speaker;
    ``description`` is an apposition such as "a Warsaw-based Belarusian opposition politician";
    ``paragraph`` is the index in ``Article.paragraphs`` where the quotation starts.
    """

    text: str
    speaker: str | None = None
    speaker_key: str | None = None
    description: str | None = None
    paragraph: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "speaker": self.speaker,
            "speaker_key": self.speaker_key,
            "description": self.description,
            "paragraph": self.paragraph,
        }


def _mention_to_dict(mention: object) -> Any:
    """A name mention as JSON: attrs classes field by field, anything else as its string."""
    if attrs.has(type(mention)):
        return attrs.asdict(mention, recurse=True)  # type: ignore[arg-type]
    return str(mention)


@attrs.frozen
class Article:
    """A parsed news page.

    ``paragraphs`` is the body (the dateline removed from the first paragraph, page furniture
    left out); ``lead`` is the first paragraph that is not a sub-heading; ``related`` holds the
    teaser list and related headlines that followed the story; ``names`` holds the person names
    found in the body (``belnews.find_names`` over the paragraphs joined by blank lines);
    ``language`` is "en", "be", "be-Latn", "ru" or ``None``.
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

    def to_dict(self) -> dict[str, Any]:
        return {
            "headline": self.headline,
            "dateline": None if self.dateline is None else self.dateline.to_dict(),
            "date": None if self.date is None else self.date.isoformat(),
            "lead": self.lead,
            "paragraphs": list(self.paragraphs),
            "quotes": [quote.to_dict() for quote in self.quotes],
            "related": [teaser.to_dict() for teaser in self.related],
            "names": [_mention_to_dict(mention) for mention in self.names],
            "url": self.url,
            "language": self.language,
        }

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
