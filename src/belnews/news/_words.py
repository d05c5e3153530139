"""The words of :mod:`belnews.text` (``WORD``, ``WORD_HYPHENATED``), found faster for news.

The news steps tokenize a lot of short text (every attribution window, every language sample).
``belnews.text`` writes its word patterns with Unicode properties (``\\p{L}``, ``\\p{M}``), which
only the ``regex`` module reads; the standard ``re`` module finds the same words in about half
the time when the letters are spelled out.  So the letters and marks of the Basic Multilingual
Plane are read once (about 10 ms, on first use) from the ``regex`` module's own class
(:data:`belnews.text.LETTER`), and the same pattern is compiled for ``re``: the words are exactly
those of ``belnews.text``.  A text with a character past the BMP is read with the ``regex``
pattern itself.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import regex

from belnews.text import APOSTROPHES, HYPHENS, LETTER, char_class, word_pattern

__all__ = ["beyond_bmp", "find_words", "forget", "iter_words"]


@functools.cache
def _bmp_letters() -> str:
    """The body of an ``re`` character class of every BMP character ``LETTER`` matches."""
    plane = "".join(map(chr, range(0x10000)))
    runs = regex.finditer(f"{LETTER}+", plane)
    return "".join(f"{re.escape(run[0][0])}-{re.escape(run[0][-1])}" for run in runs)


@functools.cache
def _bmp_pattern(hyphenated: bool) -> re.Pattern[str]:
    # the possessive quantifiers of belnews.text are not needed here: letters, apostrophes and
    # hyphens are disjoint, so the greedy first match is the only one (and re < 3.11 has none)
    letters = f"[{_bmp_letters()}]"
    word = f"{letters}+(?:{char_class(APOSTROPHES)}{letters}+)*"
    if hyphenated:
        word = f"{word}(?:{char_class(HYPHENS)}{word})*"
    return re.compile(word)


def beyond_bmp(text: str, /) -> bool:
    """Whether ``text`` holds a character past the BMP (its UTF-16 form then needs more than two
    bytes for some character; lone surrogates are two bytes like any BMP character)."""
    return not text.isascii() and len(text.encode("utf-16-le", "surrogatepass")) > 2 * len(text)


def find_words(
    text: str, start: int = 0, end: int | None = None, /, *, hyphenated: bool = False
) -> list[str]:
    """``word_pattern(hyphenated=…).findall(text[start:end])``, faster.

    >>> find_words("Якуб Колас (1882–1956), сям’я, Навуменка-Лісоўская")
    ['Якуб', 'Колас', 'сям’я', 'Навуменка', 'Лісоўская']
    """
    stop = len(text) if end is None else end
    if _beyond_bmp(text):
        return list(word_pattern(hyphenated=hyphenated).findall(text, start, stop))
    return _bmp_pattern(hyphenated).findall(text, start, stop)


@functools.lru_cache(maxsize=4)
def _beyond_bmp(text: str) -> bool:
    # the same few paragraphs are tokenized many times in a row (each attribution window)
    return beyond_bmp(text)


def forget() -> None:
    """Drop the cached paragraphs (after an article: they are not asked about again)."""
    _beyond_bmp.cache_clear()


def iter_words(
    text: str, start: int = 0, end: int | None = None, /, *, hyphenated: bool = False
) -> Iterator[re.Match[str] | regex.Match[str]]:
    """``word_pattern(hyphenated=…).finditer(text[start:end])``, faster, with the offsets of
    ``text`` (the words of the slice are those of ``text`` between the bounds: the patterns
    look neither behind nor ahead)."""
    stop = len(text) if end is None else end
    if _beyond_bmp(text):
        return word_pattern(hyphenated=hyphenated).finditer(text, start, stop)
    return _bmp_pattern(hyphenated).finditer(text, start, stop)
