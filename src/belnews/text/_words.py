"""The one tokenizer: words with their spans and script tags.

A word is a run of letters and combining marks, with single apostrophes between letters kept
inside it: "сям’я" and "Mar'jina" are one word, "rock'n'roll" too; hyphens, digits and
punctuation separate words.  ``iter_words(text, hyphenated=True)`` also keeps parts joined by a
single hyphen together (Навуменка-Лісоўская), which is what a name is.  The patterns use Unicode
properties, so they are ``regex`` patterns; possessive quantifiers keep every match linear.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterator
from typing import Final, NamedTuple

import regex

from belnews.errors import ensure_str
from belnews.text._classes import APOSTROPHES, CJK, CYRILLIC, HYPHENS, LATIN, MARKS, char_class
from belnews.text._script import Script, _detect

__all__ = [
    "LETTER",
    "WORD",
    "WORD_HYPHENATED",
    "WORD_LATIN_CYRILLIC",
    "Span",
    "WordSpan",
    "iter_words",
    "word_around",
    "word_count",
    "word_pattern",
    "words",
]

#: One word character: a letter or a combining mark (``regex`` syntax).
LETTER: Final = r"[\p{L}\p{M}]"
#: The word pattern (``regex`` syntax): letters and marks, single apostrophes between them.
WORD: Final = rf"{LETTER}++(?:{char_class(APOSTROPHES)}{LETTER}++)*+"
#: :data:`WORD`, and further words joined to it by a single hyphen (-, U+2010, U+2011).
WORD_HYPHENATED: Final = rf"{WORD}(?:{char_class(HYPHENS)}{WORD})*+"
_LC: Final = f"[{LATIN}{CYRILLIC}{MARKS}]"
#: A word of Latin or Cyrillic letters and marks only, single apostrophes between: the unit the
#: normaliser's fixers judge (a letter of another script ends it).  Works in ``re`` and ``regex``.
WORD_LATIN_CYRILLIC: Final = rf"{_LC}+(?:{char_class(APOSTROPHES)}{_LC}+)*"


class Span(NamedTuple):
    """A half-open range of a text: ``text[start:end]``."""

    start: int
    end: int


class WordSpan(NamedTuple):
    """One word of a text: ``text[start:end] == word``, and its script."""

    start: int
    end: int
    word: str
    script: Script

    @property
    def span(self) -> Span:
        """``(start, end)`` as a :class:`Span`."""
        return Span(self.start, self.end)


@functools.cache
def word_pattern(*, hyphenated: bool = False) -> regex.Pattern[str]:
    """The compiled :data:`WORD` (or :data:`WORD_HYPHENATED`), compiled on first use.

    >>> word_pattern().findall("Якуб Колас (1882–1956), сям’я")
    ['Якуб', 'Колас', 'сям’я']
    """
    return regex.compile(WORD_HYPHENATED if hyphenated else WORD)


@functools.cache
def _around_patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """:data:`WORD_LATIN_CYRILLIC` from a position forwards, and (right to left) backwards."""
    apos = char_class(APOSTROPHES)
    forwards = regex.compile(rf"{_LC}++(?:{apos}{_LC}++)*+")
    backwards = regex.compile(rf"(?r)(?:{_LC}++{apos})*+{_LC}++")
    return forwards, backwards


def word_around(text: str, index: int, /) -> Span:
    """The span of the :data:`WORD_LATIN_CYRILLIC` word around ``text[index]`` (a letter of it).

    Linear in the length of that word; a character that is no word letter gives ``(index,
    index + 1)``.

    >>> word_around("Hello, сям’я!", 9)
    Span(start=7, end=12)
    """
    forwards, backwards = _around_patterns()
    before = backwards.match(text, 0, index + 1)
    after = forwards.match(text, index)
    return Span(before.start() if before else index, after.end() if after else index + 1)


def iter_words(text: str, /, *, hyphenated: bool = False) -> Iterator[WordSpan]:
    """Yield every word of ``text`` with its span and :func:`detect_script` result.

    Everything between words (spaces, digits, punctuation) is not yielded, so a caller rebuilds
    the text by copying ``text[previous_end:start]`` unchanged.  With ``hyphenated=True``, parts
    joined by one hyphen are one word.

    >>> [(w.word, w.script.name) for w in iter_words("Якуб Колас, «Новая зямля» (1923)")]
    [('Якуб', 'CYRILLIC'), ('Колас', 'CYRILLIC'), ('Новая', 'CYRILLIC'), ('зямля', 'CYRILLIC')]
    >>> [w[:3] for w in iter_words("сям’я — Łatuška")]
    [(0, 5, 'сям’я'), (8, 15, 'Łatuška')]
    >>> [w.word for w in iter_words("Навуменка-Лісоўская", hyphenated=True)]
    ['Навуменка-Лісоўская']
    """
    text = ensure_str(text, "text")
    detect = _detect
    for match in word_pattern(hyphenated=hyphenated).finditer(text):
        start, end = match.span()
        word = text[start:end]
        yield WordSpan(start, end, word, detect(word))


def words(text: str, /, *, hyphenated: bool = False) -> list[str]:
    """The words of ``text`` as strings (:func:`iter_words` without spans and scripts).

    >>> words("Łukašenka i Cichanoŭskaja-Kalesnikava", hyphenated=True)
    ['Łukašenka', 'i', 'Cichanoŭskaja-Kalesnikava']
    """
    return word_pattern(hyphenated=hyphenated).findall(ensure_str(text, "text"))


_UNSPACED: Final = regex.compile(f"[{CJK}]")
_FIRST_CJK: Final = CJK[0]  # (the class's lowest character: text below it has none)


def word_count(text: str, /, *, cap: int | None = None) -> int:
    """The words of ``text`` as a reader counts them: the runs between spaces, and in Chinese
    and Japanese, written without spaces (:data:`~belnews.text.CJK`), a word for every two
    characters beyond the first two.  With ``cap``, the count is exact up to ``cap`` and only
    known to be above it past that (a long paragraph is not split whole to be told it is long).

    >>> word_count("Якуб Колас, «Новая зямля»"), word_count("外交部发言人毛宁表示")
    (4, 5)
    >>> word_count("a b c d e f", cap=2)
    3
    """
    parts = len(text.split(None, cap) if cap is not None else text.split())
    if (cap is not None and parts > cap) or text.isascii() or max(text) < _FIRST_CJK:
        return parts
    found = _UNSPACED.finditer(text)
    unspaced = sum(1 for _ in (found if cap is None else itertools.islice(found, 2 * cap + 2)))
    return parts + max(0, unspaced // 2 - 1)
