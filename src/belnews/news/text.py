"""The plain-text parser: flattened scraper output to an :class:`~belnews.news.models.Article`.

The page is read as a list of blocks (one per non-blank line here; one per element for HTML, see
:mod:`belnews.news.html`), then taken apart in the order a reader would:

1. a teaser list at the end of the page (bullets, numbered items) becomes ``related``, with the
   related headline just above it when there is one;
2. the head of the page (everything before the first body paragraph) gives the headline, a date
   line under it, and page furniture that is dropped (navigation, logos, "Share:", "Minsk 04:13",
   a date at the very top that belongs to the site, bylines);
3. the body: a dateline glued to the first paragraph is split off, photo captions and credits are
   dropped, quotes are found, ``find_names`` runs over the paragraphs.

Every step looks at each line a bounded number of times, so parsing is linear in the input.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Callable, Sequence
from typing import Final, NamedTuple

import attrs
import regex

from belnews.names import NameMention
from belnews.news import _deps
from belnews.news._vocab import AD_LABELS, BYLINE_WORDS, alternation
from belnews.news.dateline import parse_date_line, resolve_date, split_dateline
from belnews.news.language import SAMPLE, detect_language
from belnews.news.models import Article, Dateline, Quote, Teaser
from belnews.news.quotes import NamePos, find_quotes
from belnews.news.teasers import headline_sized, parse_teaser_lines, site_categories, split_bullet
from belnews.text import CJK_STOPS, DASHES, QUOTES_CLOSE, QUOTES_NEUTRAL, QUOTES_OPEN, word_count

__all__ = ["Block", "assemble", "parse_text", "people"]

KINDS: Final = ("line", "h1", "h", "p", "li", "time", "quote")


class Block(NamedTuple):
    """One unit of the page: a text line, or an HTML element's text with what it was.

    A named tuple, not an attrs class: a page is read into one block per line, and a frozen
    attrs instance costs three times as much to make (the work per line of a long list).
    """

    text: str
    kind: str = "line"  # one of KINDS; "line" means "unknown, judge by the text"
    href: str | None = None
    raw: str = ""  # the line as it stood (trailing spaces tell of a cut)
    gap: bool = False  # a blank line stood before it in the text
    lead: str | None = None  # a teaser's lead (HTML: the <p> inside an <li>)


# A plain-text line ends a paragraph with these (after closing quotes and brackets); "!", "?"
# and "…" (and their full-width forms) end one only in a long line (a short one is a headline):
# see _ends_sentence.  The HTML steps read whole blocks and use _vocab.SENTENCE_END instead.
_SENTENCE_END: Final = f".:;{CJK_STOPS[0]}"  # (。)
_LONG_SENTENCE_END: Final = f"!?…{CJK_STOPS[1:]}"  # (！？)
_CLOSING: Final = QUOTES_CLOSE + QUOTES_NEUTRAL + ")]"


@functools.cache
def _patterns() -> dict[str, regex.Pattern[str]]:
    return {
        # "The man in the cap… Photo: ONT video screenshot", "… Fota: prezident.sveta / Threads"
        "caption": regex.compile(r"(?:^|[\s.])(?:Photo|Фото|Фота|Fota|Foto)(?: by)?:\s"),
        # "Minsk 04:13", "04:13"
        "clock": regex.compile(r"(?:\p{Lu}[\p{L}-]{1,30} )?\d{1,2}:\d\d"),
        "share": regex.compile(
            r"(?i)(?:share|поделиться|падзяліцца|падзяліцца ў сацсетках|padzialicca|print|"
            rf"абноўлена|обновлено|updated|abnoŭlena|{alternation(AD_LABELS)})\s?:?"
        ),
    }


# the longest text the "clock" (37 characters) and "share" (24) patterns can match whole
_SHORT_FURNITURE: Final = 40


def _words(text: str, cap: int) -> int:
    """The number of words of ``text`` (a reader's count: Chinese is written without spaces),
    exact up to ``cap`` (enough to compare it with ``cap``)."""
    return word_count(text, cap=cap)


def _ends_sentence(text: str) -> bool:
    last = text.rstrip(_CLOSING + " ")[-1:]
    return last in _SENTENCE_END or (last in _LONG_SENTENCE_END and _words(text, 25) >= 25)


def _is_furniture(text: str) -> bool:
    """Page furniture anywhere on the page: captions, credits, share buttons, clocks."""
    patterns = _patterns()
    head = text[:400]
    if (
        ("Phot" in head or "Фот" in head or "Fot" in head)  # else the pattern cannot match
        and patterns["caption"].search(head)
        and _words(text, 40) <= 40
    ):
        return True
    if text.startswith("(") and text.endswith(")") and _words(text, 12) <= 12:
        return True  # a photo credit: "(Ministry of Internal Affairs)"
    if len(text) > _SHORT_FURNITURE:
        return False
    return bool(patterns["clock"].fullmatch(text) or patterns["share"].fullmatch(text))


def _is_logo(text: str) -> bool:
    """A short line without lower-case letters: "BIEŁ Ł RUS", "BELSAT"."""
    if len(text) > 60 or _words(text, 4) > 4:
        return False
    return text == text.upper() and sum(c.isalpha() for c in text) >= 2


# "By …", "Аўтар: …": a byline word, capitalised, and a space or a colon
_BYLINE_PREFIXES: Final = tuple(
    f"{word.capitalize()}{mark}" for word in BYLINE_WORDS for mark in " :"
)


def _is_byline(text: str) -> bool:
    """An author line: "Maksim Syraježka" (two or three capitalised words) or "By …"."""
    if text.startswith(_BYLINE_PREFIXES) and _words(text, 6) <= 6:
        return True
    words = text.split(None, 3)  # four parts at most: enough to tell two or three words
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words)


def _headline_like(text: str) -> bool:
    """A line that could be a headline: starts with a capital, no final full stop, not long."""
    if not text or _is_furniture(text) or _is_logo(text) or text.startswith(_BYLINE_PREFIXES):
        return False
    first = text.lstrip(QUOTES_OPEN + QUOTES_NEUTRAL)[:1]
    if not (first.isupper() or first.isdigit() or (first.isalpha() and not first.islower())):
        return False  # (a letter of a script without case, 中, starts a headline too)
    return 3 <= _words(text, 40) <= 40 and not _ends_sentence(text)


def _is_body(block: Block) -> bool:
    if block.kind in ("p", "quote"):
        # a <p> that holds only a date or a byline still belongs to the head of the page
        return parse_date_line(block.text) is None and not _is_byline(block.text)
    if block.kind != "line" or split_bullet(block.text) is not None:
        return False
    if split_dateline(block.text) is not None:
        return True
    words = _words(block.text, 30)
    return words >= 30 or (words >= 4 and _ends_sentence(block.text))


def _is_item(block: Block) -> bool:
    return block.kind == "li" or (block.kind == "line" and split_bullet(block.text) is not None)


_NO_HEADING_END: Final = f"!?…{CJK_STOPS}"


def _is_subheading(text: str) -> bool:
    """A short line that ends no sentence (a CJK sentence's full stop and marks count: "。")."""
    return _words(text, 10) <= 10 and not _ends_sentence(text) and text[-1:] not in _NO_HEADING_END


@attrs.frozen
class _Head:
    headline: str | None
    dateline: Dateline | None
    body: tuple[Block, ...]  # head lines that belong to the body (sub-headings after the date)


def _item_text(block: Block) -> str:
    """The text of a block without its bullet mark ("- Title" -> "Title")."""
    if _is_item(block):
        bullet = split_bullet(block.text)
        if bullet is not None:
            return bullet[1]
    return block.text


def _is_headline_candidate(block: Block) -> bool:
    return block.kind in ("h1", "h") or (block.kind == "line" and _headline_like(_item_text(block)))


def _first_date(head: Sequence[Block], after: int) -> tuple[int, Dateline] | None:
    """The first date line after index ``after`` (a date above every headline is the site's)."""
    for i in range(after + 1, len(head)):
        if head[i].kind in ("line", "time", "p"):
            found = parse_date_line(head[i].text)
            if found is not None:
                return i, found
    return None


def _title_at(
    h1: Sequence[int], candidates: Sequence[int], date_at: int | None, *, has_body: bool
) -> int | None:
    """The headline: the last ``<h1>`` (else candidate) above the date line, else the last
    ``<h1>``, else the last candidate when a body follows."""
    if date_at is not None:
        above = [i for i in h1 if i < date_at] or [i for i in candidates if i < date_at]
        return above[-1] if above else None
    if h1:
        return h1[-1]
    return candidates[-1] if candidates and has_body else None


@attrs.frozen
class HeadRule:
    """A named rule that drops a line under the headline from the body (page furniture)."""

    name: str
    applies: Callable[[Block], bool]


_OPENS_TEXT: Final = QUOTES_OPEN + QUOTES_NEUTRAL + DASHES  # what may stand before a capital


def _starts_lower(block: Block) -> bool:
    return not (block.text[:1].isupper() or block.text[:1] in _OPENS_TEXT)


# The lines between the headline (or its date line) and the first body paragraph that are not
# body, in the order they are tried; the first that applies names why a line was dropped.
HEAD_RULES: Final[tuple[HeadRule, ...]] = (
    HeadRule("furniture", lambda block: _is_furniture(block.text)),
    HeadRule("logo", lambda block: _is_logo(block.text)),
    HeadRule("list-item", _is_item),
    HeadRule("byline", lambda block: _is_byline(block.text)),
    HeadRule("lower-case-start", _starts_lower),
    HeadRule("date-line", lambda block: parse_date_line(block.text) is not None),
)


def head_rule(block: Block, /) -> str | None:
    """The name of the :data:`HEAD_RULES` rule that drops ``block`` from the body, if any."""
    return next((rule.name for rule in HEAD_RULES if rule.applies(block)), None)


def _read_head(head: Sequence[Block], *, has_body: bool) -> _Head:
    """Headline, date line and furniture from the lines before the first body paragraph."""
    h1 = [i for i, block in enumerate(head) if block.kind == "h1"]
    candidates = [i for i, block in enumerate(head) if _is_headline_candidate(block)]
    anchor = h1[0] if h1 else candidates[0] if candidates else None
    found = _first_date(head, anchor) if anchor is not None else None
    date_at, dateline = found if found is not None else (None, None)
    title_at = _title_at(h1, candidates, date_at, has_body=has_body)
    headline = _item_text(head[title_at]) if title_at is not None else None
    body: tuple[Block, ...] = ()
    if date_at is not None or h1:
        start = (date_at if date_at is not None else title_at if title_at is not None else -1) + 1
        body = tuple(block for block in head[start:] if head_rule(block) is None)
    return _Head(headline, dateline, body)


def _body_start(main: Sequence[Block], *, has_list: bool) -> int:
    """The index of the first body block of ``main`` (``len(main)``: no body).

    The first :func:`_is_body` block; on a page that has none and no teaser list either (one
    short sentence, a headline over one: what a user types in), the first line that ends a
    sentence and is no head furniture, else the last such line, so that a short text does not
    lose its only sentence.  (Its headline, if any, is then a candidate above that line.)
    """
    first = next((i for i, block in enumerate(main) if _is_body(block)), len(main))
    if first < len(main) or has_list:
        return first
    kept = [i for i, block in enumerate(main) if block.kind == "line" and head_rule(block) is None]
    sentence = next((i for i in kept if _ends_sentence(main[i].text)), None)
    return sentence if sentence is not None else kept[-1] if kept else first


def _is_footer(block: Block) -> bool:
    """A short line after the last list: "© Pozirk 2024", "Share:", "Read more"."""
    if block.kind != "line" or split_bullet(block.text) is not None:
        return False
    return _is_furniture(block.text) or (
        _words(block.text, 6) <= 6 and not _ends_sentence(block.text)
    )


def _item_body(block: Block) -> str | None:
    """The text of a list item without its bullet mark ("- Title" -> "Title"; an ``<li>``'s
    text), or ``None`` when ``block`` is no list item (:func:`_is_item`)."""
    if block.kind == "li":
        return block.text.strip()
    if block.kind == "line":
        bullet = split_bullet(block.text)
        return None if bullet is None else bullet[1]
    return None


def _trailing_items(blocks: Sequence[Block]) -> tuple[int, int, list[str]]:
    """``(start, end, bodies)`` of the teaser list at the end of the page (``(n, n, [])`` if
    there is none); ``bodies`` are its items' texts without their bullet marks.

    A few short footer lines after the list ("© Pozirk 2024") do not hide it; they are dropped.
    """
    end = len(blocks)
    while end > 0 and len(blocks) - end < 3 and _is_footer(blocks[end - 1]):
        end -= 1
    if end == 0 or not _is_item(blocks[end - 1]):
        end = len(blocks)
    start = end
    bodies: list[str] = []  # each item read once: a page may be one long list
    while start > 0:
        body = _item_body(blocks[start - 1])
        if body is None:
            break
        bodies.append(body)
        start -= 1
    bodies.reverse()
    return start, end, bodies


def _names_by_paragraph(
    paragraphs: Sequence[str], mentions: Sequence[NameMention]
) -> list[list[NamePos]]:
    """Spans of ``find_names`` over the body (paragraphs joined by blank lines), per paragraph."""
    offsets: list[int] = []
    position = 0
    for paragraph in paragraphs:
        offsets.append(position)
        position += len(paragraph) + 2
    result: list[list[NamePos]] = [[] for _ in paragraphs]
    index = 0
    for mention in mentions:
        while index + 1 < len(offsets) and offsets[index + 1] <= mention.start:
            index += 1
        if index < len(paragraphs):
            base = offsets[index]
            result[index].append((mention.start - base, mention.end - base, mention.surface))
    return result


def _related_story(body: list[Block]) -> list[Teaser]:
    """A second story's headline (and lead) between the body and the teaser list.

    The headline is a headline-like line right above the list; a headline followed by one
    paragraph counts only when a blank line sets it apart in a body that has no other blank
    lines (scraper output such as ``seed_pozirk_…``), since a sub-heading looks the same.
    Found items are removed from ``body``.
    """
    if len(body) < 2:
        return []
    last = body[-1]
    if last.kind in ("line", "h") and _headline_like(last.text):
        body.pop()
        return [Teaser(title=last.text, url=last.href)]
    title, lead = body[-2], body[-1]
    set_apart = title.gap and not any(block.gap for block in body[1:-2])
    if len(body) >= 3 and title.kind == "line" and set_apart and _headline_like(title.text):
        del body[-2:]
        return [Teaser(title=title.text, lead=lead.text)]
    return []


def _list_teasers(
    items: Sequence[Block], bodies: Sequence[str], *, url: str | None, page_ends: bool
) -> list[Teaser]:
    """The teasers of the list that ends the page (its last line may be cut with the page)."""
    lines = [(f"- {b.text}" if b.kind == "li" else b.raw or b.text, b.href) for b in items]
    leads = [b.lead for b in items]
    known = site_categories(url)
    teasers = parse_teaser_lines(
        lines, known=known, page_ends=page_ends, leads=leads, bodies=bodies
    )
    return [teaser for teaser in teasers if _story_title(teaser)]


def _story_title(teaser: Teaser) -> bool:
    """A title of one or two words is a section, a share button or a page ("Facebook", "Next
    Post"), no story; an item without a title (its categories only) or cut off is kept."""
    return teaser.title is None or teaser.truncated or headline_sized(teaser.title)


def _language_sample(headline: str | None, body: str, related: Sequence[Teaser]) -> str:
    """What the language is detected from: the headline and the body's start (detect_language
    reads only the first SAMPLE characters: no copy of a long body), else the teaser titles."""
    if body:
        return f"{headline or ''}\n{body[:SAMPLE]}"
    return "\n".join(t.title or "" for t in related)


def people(article: Article, /) -> tuple[tuple[NameMention, ...], tuple[Quote, ...]]:
    """The names of an article's body and its quotes (the :data:`~belnews.news.models.
    PeopleFinder` of a parsed page).  The article's ``language`` first: find_names reads no case
    forms in a language that does not decline names (a name on an English page is written in its
    nominative); a Cyrillic name keeps its case reading in any language, so a template's wrong
    ``lang="en"`` does not undo it."""
    body = article.body
    mentions = _deps.find_person_names(body, article.language) if body else ()
    names = _names_by_paragraph(article.paragraphs, mentions)
    return tuple(mentions), find_quotes(article.paragraphs, names=names, key=_deps.speaker_key)


def assemble(
    blocks: Sequence[Block],
    /,
    *,
    url: str | None = None,
    reference_date: datetime.date | None = None,
    declared_language: str | None = None,
) -> Article:
    """Build the :class:`Article` from a page's blocks (text lines or HTML elements).

    ``declared_language`` (an HTML page's ``<html lang>`` as :func:`belnews.news.html.
    language_tag` reads it) is the language ``find_names`` is told when the text's own is not
    detected — the language the article then reports too.  ``names`` and ``quotes`` are left
    empty: :func:`belnews.news.parse_article` has :func:`people` find them when they are read.
    """
    blocks = [b for b in blocks if b.text]
    list_start, list_end, item_bodies = _trailing_items(blocks)
    main, items = blocks[:list_start], blocks[list_start:list_end]
    first_body = _body_start(main, has_list=bool(items))
    head = _read_head(main[:first_body], has_body=first_body < len(main))
    body_blocks = [*head.body, *main[first_body:]]

    related = _related_story(body_blocks) if items else []

    paragraphs = [b.text for b in body_blocks if not _is_furniture(b.text)]
    dateline = head.dateline
    if paragraphs:
        split = split_dateline(paragraphs[0])
        if split is not None:
            dateline, paragraphs[0] = split
    lead = next((p for p in paragraphs if not _is_subheading(p)), None)

    if items:
        page_ends = list_end == len(blocks)
        related.extend(_list_teasers(items, item_bodies, url=url, page_ends=page_ends))

    body = "\n\n".join(paragraphs)
    language = detect_language(_language_sample(head.headline, body, related))
    return Article(
        headline=head.headline,
        dateline=dateline,
        date=resolve_date(dateline, url=url, reference_date=reference_date),
        lead=lead,
        paragraphs=tuple(paragraphs),
        related=tuple(related),
        url=url,
        language=language or declared_language,
        body=body,  # joined once (the field's default would join the paragraphs again)
    )


def _source_line(line: str) -> str | None:
    """The URL of a scraper's ``SOURCE: https://…`` first line."""
    if line.startswith("SOURCE: ") and line[8:].startswith(("http://", "https://")):
        return line[8:].strip() or None
    return None


def parse_text(
    text: str,
    /,
    *,
    url: str | None = None,
    reference_date: datetime.date | None = None,
) -> Article:
    """Parse flattened page text (the text must already be normalised)."""
    lines = text.splitlines()
    if lines:
        source = _source_line(lines[0])
        if source is not None:
            lines = lines[1:]
            url = url or source
    stripped = [line.strip() for line in lines]
    gaps = [False, *(not text for text in stripped)]  # a blank line stood before the line
    blocks = [
        Block(text, "line", None, line, gap)
        for text, line, gap in zip(stripped, lines, gaps, strict=False)
        if text
    ]
    return assemble(blocks, url=url, reference_date=reference_date)
