"""Teaser lists: bullets where category, title and paywall marker are glued together.

A scraper flattens ``<li><span>Economy</span><a>Farm criticized…</a><span>The material is
available only to POZIRK+</span></li>`` into ``- EconomyFarm criticized…The material is available
only to POZIRK+``.  Taking it apart needs three things:

* the paywall marker, in English, Belarusian or Russian, whole or cut off at the end of the page;
* the category vocabulary of the site, learned from the list itself (category-only bullets such
  as ``- Politics, Security`` name categories outright) on top of what the shared pages taught us,
  so that a new category of a known site still parses;
* the place where the last category ends and the title begins: a lower-case letter glued to a
  capital (``Economy|Farm``, ``Politics|Łatuška``, ``Security|Security council…``).

Everything here walks each line once; no pattern can backtrack.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Final

import attrs
import regex

from belnews.errors import ensure_str
from belnews.news.models import Teaser
from belnews.text import word_count

__all__ = [
    "Bullet",
    "headline_sized",
    "learn_categories",
    "parse_teaser_lines",
    "parse_teasers",
    "site_categories",
    "split_bullet",
]

MIN_HEADLINE_WORDS: Final = 3


def headline_sized(title: str, /) -> bool:
    """Whether a link's text can be a related story's title: three words or more (a link of one
    or two words is a section, a share button or a page of the site: "Facebook", "Next Post",
    "Most Read"), counted as a reader counts them (six characters of Chinese are three words)."""
    return word_count(title, cap=MIN_HEADLINE_WORDS) >= MIN_HEADLINE_WORDS


# Categories seen on the shared pages (``../shared/data/news/pozirk_*``): the starting vocabulary,
# extended by whatever each list itself teaches.
SITE_CATEGORIES: Final[dict[str, frozenset[str]]] = {
    "pozirk.online": frozenset({"Politics", "Economy", "Security", "Society"}),
}
KNOWN_CATEGORIES: Final[frozenset[str]] = frozenset().union(*SITE_CATEGORIES.values())


def site_categories(url: str | None, /) -> frozenset[str]:
    """The categories already known for the site of ``url`` (all known ones without a URL)."""
    if not url:
        return KNOWN_CATEGORIES
    host = url.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0].lower()
    host = host.removeprefix("www.")
    return SITE_CATEGORIES.get(host, frozenset())


# The paywall marker as a phrase that precedes the paywall's name.  English is the one on the
# shared Pozirk pages; the Belarusian and Russian phrasings follow the same outlet's wording.
PAYWALL_PHRASES: Final[tuple[str, ...]] = (
    "The material is available only to",
    "This material is available only to",
    "Матэрыял даступны толькі для",
    "Матэрыял даступны толькі",
    "Materyjał dastupny tolki dla",
    "Материал доступен только для",
    "Материал доступен только",
)

Bullet = tuple[str, str]  # (bullet mark, rest of the line)


@functools.cache
def _bullet_pattern() -> regex.Pattern[str]:
    # "-", "•", "*", "·", "▪", "‣" or a list number "1." / "1)"; a bare "-" is a bullet too.
    return regex.compile(r"(?P<mark>[-•*·▪‣]|\d{1,3}[.)])(?:[ \t\u00a0]+|$)")


_BULLET_MARKS: Final = frozenset("-•*·▪‣")


def split_bullet(line: str, /) -> Bullet | None:
    """``(mark, rest)`` when ``line`` is a list item, else ``None``."""
    stripped = line.strip()
    if not stripped or not (stripped[0] in _BULLET_MARKS or stripped[0].isdecimal()):
        return None  # the common case, without the pattern
    if stripped[0] in _BULLET_MARKS and stripped[1:2] in ("", " ", "\t", "\u00a0"):
        return stripped[0], stripped[1:].strip()  # "- text", "•", without the pattern
    match = _bullet_pattern().match(stripped)
    if match is None:
        return None
    return match.group("mark"), stripped[match.end() :].strip()


def _is_category_word_list(text: str) -> tuple[str, ...] | None:
    """``("Politics", "Security")`` if ``text`` reads as a list of category names, else None."""
    if not text or len(text) > 80:
        return None
    items = tuple(item.strip() for item in text.split(","))
    for item in items:
        words = item.split(" ")
        if not item or len(words) > 3:
            return None
        for word in words:
            if not word[:1].isupper() or not all(c.isalpha() or c in "&-'’" for c in word):
                return None
    return items


@functools.cache
def _glue() -> regex.Pattern[str]:
    return regex.compile(r"(?<=[\p{Ll}+)])\p{Lu}")


def _glue_points(text: str) -> list[int]:
    """Positions where a lower-case letter is glued to a capital ("Economy|Farm")."""
    return [match.start() for match in _glue().finditer(text)]


def _strip_paywall(text: str, *, last: bool) -> tuple[str, str | None, bool]:
    """``(text without marker, paywall name, marker was cut off)``.

    The marker is found as a phrase; on the last line of a page it may be cut anywhere, so a
    tail that is a prefix of a phrase (at least "The mat…") counts as a cut marker.
    """
    if not text:
        return text, None, False
    for phrase in PAYWALL_PHRASES:
        index = text.rfind(phrase)
        if index > 0 or (index == 0 and len(text) > len(phrase)):
            name = text[index + len(phrase) :].strip() or None
            return text[:index].rstrip(), name, name is None
    if last:
        for phrase in PAYWALL_PHRASES:
            first_word = phrase.split(" ", 1)[0]
            index = text.rfind(first_word)
            tail = text[index:] if index > 0 else ""
            if len(tail) >= 7 and phrase.startswith(tail.rstrip()):
                return text[:index].rstrip(), None, True
    return text, None, False


@attrs.frozen
class _Vocabulary:
    """A list's category names, with their distinct lengths longest first (for prefix lookups)."""

    words: frozenset[str]
    lengths: tuple[int, ...]

    @classmethod
    def of(cls, words: Iterable[str]) -> _Vocabulary:
        words = frozenset(words)
        return cls(words, tuple(sorted({len(word) for word in words}, reverse=True)))

    def prefix_at(self, text: str, position: int) -> str | None:
        """The longest category that ``text`` holds at ``position`` (one set lookup per length)."""
        for length in self.lengths:
            piece = text[position : position + length]
            if len(piece) == length and piece in self.words:
                return piece
        return None


def _known_prefix(text: str, vocabulary: _Vocabulary) -> tuple[tuple[str, ...], str | None] | None:
    """Known categories glued to a title that opens with a digit, quote or capital.

    "Economy2025 budget…" has no lower/upper glue to split at; the vocabulary has "Economy".
    A space after the category ("Economy of Belarus…") means the word belongs to the title.
    """
    items: list[str] = []
    position = 0
    while len(items) < 8:
        found = vocabulary.prefix_at(text, position)
        if found is None:
            break
        items.append(found)
        position += len(found)
        if not text.startswith(", ", position):
            break
        position += 2
    rest = text[position:]
    if not items or not rest or rest[0].isspace() or rest[0].islower() or rest[0] == ",":
        return None
    return tuple(items), rest.strip() or None


def _split_categories(
    text: str, vocabulary: _Vocabulary, points: Sequence[int] | None = None
) -> tuple[tuple[str, ...], str | None]:
    """``(categories, title)`` of one bullet's text (marker already removed); ``points`` are
    its :func:`_glue_points` when the caller has them."""
    whole = _is_category_word_list(text)
    if whole is not None and all(item in vocabulary.words for item in whole):
        return whole, None
    known = _known_prefix(text, vocabulary)
    if known is not None:
        return known
    if points is None:
        points = _glue_points(text[:81])
    # A split where every category is known wins; else the first split whose categories look
    # like categories (a new category of a known site); else no category at all.
    fallback: tuple[tuple[str, ...], str] | None = None
    for point in points:
        items = _is_category_word_list(text[:point])
        if items is None:
            continue
        if all(item in vocabulary.words for item in items):
            return items, text[point:].strip() or None
        if fallback is None and all(len(item) >= 4 for item in items):
            fallback = (items, text[point:].strip())
    if fallback is not None and fallback[1]:
        return fallback
    if whole is not None and len(whole) > 1:
        return whole, None
    return (), text or None


@attrs.frozen
class _Line:
    """One bullet's text without its paywall marker, and where lower case is glued to a capital."""

    text: str
    paywall: str | None
    glue: tuple[int, ...]
    marker_cut: bool = False

    @classmethod
    def of(cls, body: str) -> _Line:
        if not body:
            return _EMPTY_LINE
        text, paywall, marker_cut = _strip_paywall(body, last=False)
        return cls(text, paywall, tuple(_glue_points(text[:81])), marker_cut)


_EMPTY_LINE: Final = _Line("", None, ())


def _category_only(line: _Line) -> tuple[str, ...]:
    """A bullet that is nothing but categories: "- Politics, Security"."""
    if line.paywall is not None or line.glue:
        return ()
    items = _is_category_word_list(line.text)
    return items if items is not None and len(line.text.split(" ")) <= 4 else ()


def _glued_to_paywalled_title(line: _Line) -> tuple[str, ...]:
    """Categories glued to a paywalled title: "CultureNew exhibition…POZIRK+"."""
    if line.paywall is None:
        return ()
    for point in line.glue:
        items = _is_category_word_list(line.text[:point])
        if items is not None:
            return items if all(len(item) >= 4 for item in items) else ()
    return ()


# How a list teaches its categories, by name: each rule gives the categories one line names.
CATEGORY_LESSONS: Final[tuple[tuple[str, Callable[[_Line], tuple[str, ...]]], ...]] = (
    ("category-only-bullet", _category_only),
    ("glued-to-paywalled-title", _glued_to_paywalled_title),
)


def _carries_categories(line: _Line, known: set[str]) -> bool:
    """A paywall marker, or a known category glued to a title."""
    if line.paywall is not None:
        return True
    return bool(line.glue) and line.text[: line.glue[0]].split(", ")[-1] in known


def learn_categories(
    bodies: Iterable[str], /, known: Iterable[str] | None = None
) -> frozenset[str]:
    """The category vocabulary of one list: what is ``known`` of its site (by default every
    site's categories) plus what the list teaches (:data:`CATEGORY_LESSONS`)."""
    return _learned([_Line.of(body) for body in bodies], known)


def _learned(lines: Sequence[_Line], known: Iterable[str] | None) -> frozenset[str]:
    """:func:`learn_categories` of lines already read."""
    learned = set(KNOWN_CATEGORIES if known is None else known)
    # Only a list that carries categories at all can teach categories: in a plain headline
    # list "- Росси" is a cut title.
    if not any(_carries_categories(line, learned) for line in lines):
        return frozenset(learned)
    for _, lesson in CATEGORY_LESSONS:
        for line in lines:
            learned.update(lesson(line))
    return frozenset(learned)


def _looks_cut(title: str | None, raw_line: str, titles: Sequence[str | None]) -> bool:
    """Whether the last line of a page was cut: it ends in a space, or its title is far shorter
    than the list's other titles and has no closing punctuation."""
    if raw_line.endswith((" ", "\u00a0", "\t")):
        return True
    if title is None or title[-1:] in '.!?…»”")':
        return False
    others = [len(t.split()) for t in titles if t]
    if len(others) >= 2:
        typical = sorted(others)[len(others) // 2]
        return len(title.split()) <= 2 < typical
    return False


def _body_of(line: str) -> str:
    bullet = split_bullet(line)
    return bullet[1] if bullet is not None else line.strip()


def _cut_last(teaser: Teaser, body: str, raw_line: str, others: Sequence[Teaser]) -> Teaser:
    """The page's last teaser, marked ``truncated`` when the page cut its line."""
    marker_cut = teaser.paywall is None and _strip_paywall(body, last=True) != (body, None, False)
    if not (marker_cut or _looks_cut(teaser.title, raw_line, [t.title for t in others])):
        return teaser
    paywalls = Counter(t.paywall for t in others if t.paywall)
    usual_paywall = paywalls.most_common(1)[0][0] if paywalls and marker_cut else None
    return attrs.evolve(teaser, paywall=usual_paywall, truncated=True)


def parse_teaser_lines(
    lines: Sequence[tuple[str, str | None]],
    /,
    *,
    known: Iterable[str] | None = None,
    page_ends: bool = True,
    leads: Sequence[str | None] | None = None,
    bodies: Sequence[str] | None = None,
) -> tuple[Teaser, ...]:
    """Teasers from ``(line, url)`` pairs of one list (bullet marks already allowed or not).

    ``page_ends`` says the list's last line is the last line of the page, so it may be cut;
    ``leads`` gives each line's lead, when the markup had one; ``bodies`` each line's text
    without its bullet mark, when the caller has read them already.
    """
    raw = [(line.rstrip("\r\n"), url) for line, url in lines]
    if bodies is None or len(bodies) != len(raw):
        bodies = [_body_of(line) for line, _ in raw]
    read = [_Line.of(body) for body in bodies]  # each line read once, for both passes
    vocabulary = _Vocabulary.of(_learned(read, known))
    result: list[Teaser] = []
    maybe_cut = False
    for index, (body, line, (_, url)) in enumerate(zip(bodies, read, raw, strict=True)):
        if not body:
            continue  # a bare "-": nothing to keep
        last = page_ends and index == len(raw) - 1
        if last:  # the last line of a page may end in a cut marker
            text, paywall, marker_cut = _strip_paywall(body, last=True)
        else:
            text, paywall, marker_cut = line.text, line.paywall, line.marker_cut
        points = line.glue if text == line.text else None
        categories, title = _split_categories(text, vocabulary, points)
        lead = leads[index] if leads is not None and index < len(leads) else None
        result.append(Teaser(title, categories, paywall, url, lead))
        maybe_cut = last and (marker_cut or paywall is None)
    if maybe_cut:
        result[-1] = _cut_last(result[-1], bodies[-1], raw[-1][0], result[:-1])
    return tuple(result)


def parse_teasers(text: str, /) -> tuple[Teaser, ...]:
    """Every teaser in ``text``: its bullet lines (``-``, ``•``, ``1.``…), one teaser each.

    >>> [t.to_dict() for t in parse_teasers(
    ...     "- EconomyFarm will get $1m to buy equipmentThe material is available only to POZIRK+"
    ... )]
    [{'title': 'Farm will get $1m to buy equipment', 'categories': ['Economy'], 'paywall': 'POZIRK+', 'url': None, 'lead': None, 'truncated': False, 'time': None}]
    """  # noqa: E501
    text = ensure_str(text, "text")
    # (HTML listing pages go to belnews.news.cards: belnews.news.parse_teasers dispatches them,
    # so that this module imports nothing of the HTML reader)
    lines = [line for line in text.splitlines() if split_bullet(line) is not None]
    return parse_teaser_lines([(line, None) for line in lines])
