"""The author a page's visible byline names, for :func:`belnews.news.meta.read_meta` when no
metadata names one: the first short text of an element marked as the author that reads as
names (see :func:`byline`)."""

from __future__ import annotations

import itertools
import re
from typing import Final

from belnews.names.parts import PARTICLES
from belnews.news._dom import Node, Tree
from belnews.news._trim import DATE_IN_TEXT
from belnews.news._vocab import BYLINE_WORDS_MARKED, NEWSROOM_WORDS, alternation
from belnews.news.dateline import WEEKDAYS
from belnews.news.meta_dates import BYLINE_MAX, short_text

__all__ = ["author_names", "byline"]


# Elements that name the author on the page, most explicit first (Readability's byline signals).
_BYLINE_SELECTORS: Final = (
    '[itemprop~="author"] [itemprop~="name"]',
    '[itemprop~="author"]',
    '[rel="author"]',
    '[class*="byline" i], [id*="byline" i]',
    '[class*="author" i]',
)
# All of them in one walk: a page without any (most of those that reach the byline) is known
# by one walk of its body instead of five.
_ANY_BYLINE: Final = ", ".join(_BYLINE_SELECTORS)
_SET_APART: Final = re.compile(r"\s+[|·•]\s+")
_MAX_DETAIL: Final = 4  # words after it: a time, a role ("8h", "Staff writer", "2 min read")
_BY: Final = re.compile(rf"^(?:{alternation(BYLINE_WORDS_MARKED)})\s*:?\s+", re.I)


def byline(tree: Tree, /) -> tuple[str, ...]:
    """The author named by the page's visible byline, when no metadata names one: the first
    short text of an element marked as the author (``itemprop=author``, ``rel=author``, a
    ``byline``/``author`` class) that reads as names (see :func:`_byline_names`); not a form's
    field ("comment-form-author"), nor a class that only holds the letters ("authorities")."""
    body = tree.body
    if body is None or body.css_first(_ANY_BYLINE) is None:
        return ()
    seen: dict[int, str] = {}
    for selector in _BYLINE_SELECTORS:
        for node in body.css(selector)[:20]:
            if selector == _AUTHOR_CLASS and not _author_class(node):
                continue
            text = short_text(node, seen)
            names = None if text is None else _byline_names(text)
            if names is not None:
                return (names,)
    return ()


_AUTHOR_CLASS: Final = _BYLINE_SELECTORS[-1]
_CLASS_WORDS: Final = re.compile(r"[^a-z]+")
_AUTHOR_WORD: Final = re.compile(r"^author(?!i[tz])|authors?$")  # not authority, authorize


def _author_class(node: Node) -> bool:
    """A class word that begins or ends with "author" (author-name, post_author, postauthors),
    not a derived word ("authorities", "authorize"), on an element outside a form
    ("comment-form-author")."""
    words = _CLASS_WORDS.split((node.attrs.get("class") or "").lower())
    if not any(_AUTHOR_WORD.search(word) for word in words):
        return False
    return not any(w == "form" for w in words) and node.css_first("input, textarea") is None


# A second credit after the author's name: "Rob Ewaschuk Edited by Betsy Beyer", "… Фота: …".
_OTHER_CREDIT: Final = re.compile(
    r"\s+(?:edited by|photos? by|illustrations? by|фота|фото|photo)\b.*", re.IGNORECASE
)
_BRACKETS: Final = re.compile(r"\s*\([^()]*\)?")  # "(avec Damien Leloup …)", "(R.J.)"
# A weekday left before the date that was cut off: "Jeff Foust Monday, [November 18, 2019]".
# (the full names of ``dateline.WEEKDAYS``: an abbreviation such as "Sun" may be a name)
_WEEKDAY: Final = re.compile(
    rf"[\s,]+(?:{'|'.join(re.escape(w) for w in WEEKDAYS if len(w) > 4)})[\s,]*$", re.IGNORECASE
)
_CONNECTORS: Final = frozenset({"and", "&", "і", "и", "i", "ды", "та", "und", "et", "y", "e"})


def _byline_names(text: str) -> str | None:
    """The names a byline's text gives, or ``None`` when it reads as none: a trailing date (and
    its weekday), a leading "By"/"Текст:", a bracket ("(avec …)"), a second credit and a short
    detail after a bullet or bar removed;
    then the comma-separated parts that are names (each word capitalised, a particle or "and"),
    up to the first that is not ("Ann Lee, a staff reporter": Ann Lee).  A label ("Name *",
    "Last Updated:") or a sentence ("Regan is a writer") is none."""
    date = DATE_IN_TEXT.search(text)  # "By Nathan Willis March 25, 2015"
    text = _BY.sub("", text[: date.start()] if date else text)
    text = _OTHER_CREDIT.sub("", _WEEKDAY.sub("", _BRACKETS.sub("", text))).strip(" ,|·-–—•")
    # a bullet or a bar sets the name apart from a short detail: "James Akinaka • 8h"
    name, *detail = _SET_APART.split(text, 1)
    if detail and len(detail[0].split()) <= _MAX_DETAIL:
        text = name
    if text.endswith((":", "*")) or len(text.split()) > 8 or len(text) > BYLINE_MAX:
        return None
    parts = [part.strip() for part in text.split(",")]
    kept = list(itertools.takewhile(_reads_as_names, parts))
    return ", ".join(kept) if kept else None


def _reads_as_names(part: str) -> bool:
    words = part.split()
    return (
        bool(words)
        and all(
            word[:1].isupper() or word.lower() in _CONNECTORS or word.lower() in PARTICLES
            for word in words
        )
        and any(word[:1].isupper() for word in words)
    )


# What joins two people in one stated author: "A and B", "A & B", "A; B"
_JOINS: Final = re.compile(
    rf"\s*;\s*|\s+(?:{'|'.join(sorted(_CONNECTORS - {'i', 'e', 'y'}))})\s+", re.IGNORECASE
)
# "By …", "Analysis by …", "Story by …": a word or two and "by" before the names
_LED_BY: Final = re.compile(r"^(?:\S+\s+){0,2}?by\s+", re.IGNORECASE)
_CREDIT_WORDS: Final = re.compile(r"[\s-]+")


def author_names(stated: str, /) -> tuple[str, ...]:
    """The people one stated author names, each as written: "By MEG KINNARD and ERRIN HAINES,
    Associated Press" → ("MEG KINNARD", "ERRIN HAINES").

    A leading "By" ("Аўтар:", "Analysis by") goes; "and", "&" and ";" join people (where each
    side reads as names: "Mac & i" is one); after a comma or a bar comes a detail ("Jill Disis,
    CNN Business", "Amy Kuperinsky | NJ Advance Media"), unless a join makes the commas a list
    ("A, B and C"); a part with a newsroom or role word (``_vocab.NEWSROOM_WORDS``) or a web
    address names no person ("AP Auto Writer", "Cleveland.com"); "Nowak, Anna" and "Jong,
    Michiel de" (one word before the comma: the surname) are one name each.  What names nobody
    that way stays as stated ("Reuters", "admin").
    """
    text = _LED_BY.sub("", _BY.sub("", stated, count=1), count=1).split("|", 1)[0]
    parts = [part.strip(" ,") for part in _JOINS.split(text)]
    if len(parts) > 1 and not all(_reads_as_names(part) for part in parts):
        parts = [text.strip(" ,")]
    people: list[str] = []
    for part in filter(None, parts):
        pieces = [piece.strip() for piece in part.split(",")]
        if len(pieces[0].split()) == 1:
            pieces = [part]  # "Kowalski, Jan", "Jong, Michiel de": the surname first
        elif len(parts) == 1:
            pieces = pieces[:1]  # "Jill Disis, CNN Business": a detail after the name
        people.extend(piece for piece in pieces if piece and not _credit(piece))
    return tuple(people) or (stated,)


def _credit(part: str) -> bool:
    """A part of a stated author that names no person: a newsroom or role word, a web address."""
    words = _CREDIT_WORDS.split(part.lower())
    return any(word in NEWSROOM_WORDS or "." in word[1:-1] for word in words)
