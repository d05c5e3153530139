"""The words of :data:`WORD` and :data:`WORD_HYPHENATED`, found faster: ``findall_words`` and
``finditer_words``.

The word patterns are written with Unicode properties (``\\p{L}``, ``\\p{M}``), which only the
``regex`` module reads.  The standard ``re`` module finds the same words in about half the time
when the letters are spelled out, so the letters and marks of the Basic Multilingual Plane are
read once (about 10 ms, on first use) from the ``regex`` module's own class (:data:`LETTER`) and
the same pattern is compiled for ``re``: the words are exactly those of ``WORD``.  A stretch of
text with a character past the BMP is read with the ``regex`` pattern itself.

>>> findall_words("Якуб Колас (1882–1956), сям’я, Навуменка-Лісоўская")
['Якуб', 'Колас', 'сям’я', 'Навуменка', 'Лісоўская']
>>> findall_words("Навуменка-Лісоўская сказала", hyphenated=True)
['Навуменка-Лісоўская', 'сказала']
>>> [m.span() for m in finditer_words("«Так», — сказала яна.", 5)]
[(9, 16), (17, 20)]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Final

import regex

from belnews.errors import ensure_str
from belnews.text._classes import APOSTROPHES, HYPHENS, char_class
from belnews.text._words import LETTER, word_pattern

__all__ = ["beyond_bmp", "findall_words", "finditer_words"]


@functools.cache
def _bmp_letters() -> str:
    """The body of an ``re`` character class of every BMP character :data:`LETTER` matches."""
    plane = "".join(map(chr, range(0x10000)))
    runs = regex.finditer(f"{LETTER}+", plane)
    return "".join(f"{re.escape(run[0][0])}-{re.escape(run[0][-1])}" for run in runs)


def _bmp_pattern(hyphenated: bool) -> re.Pattern[str]:
    """The ``re`` twin of ``word_pattern(hyphenated=…)``, compiled on first use."""
    pattern = _BMP_PATTERNS.get(hyphenated)
    return _compile_bmp(hyphenated) if pattern is None else pattern


_BMP_PATTERNS: Final[dict[bool, re.Pattern[str]]] = {}  # filled once by _compile_bmp


def _compile_bmp(hyphenated: bool) -> re.Pattern[str]:
    # The possessive quantifiers of WORD are not needed: letters, apostrophes and hyphens are
    # disjoint, so the greedy first match is the only one (and ``re`` before 3.11 has none).
    letters = f"[{_bmp_letters()}]"
    word = f"{letters}+(?:{char_class(APOSTROPHES)}{letters}+)*"
    if hyphenated:
        word = f"{word}(?:{char_class(HYPHENS)}{word})*"
    pattern = _BMP_PATTERNS[hyphenated] = re.compile(word)
    return pattern


_PAST_BMP: Final = re.compile("[\U00010000-\U0010ffff]")  # surrogates (U+D800–DFFF) are in the BMP

# A ``str`` stores 1, 2 or 4 bytes a character (PEP 393), the narrowest width that holds its
# largest character, and ``str.__sizeof__`` counts that storage: a compact non-ASCII string
# takes this header plus ``(len + 1) * width`` bytes (plus a UTF-8 copy, once one was asked for).
# Below four bytes a character no character can be past the BMP: an O(1) "no" before the
# O(n) search.  (Any larger size - a 4-byte string, a UTF-8 copy, a ``str`` subclass - is
# searched as before, so the answer never depends on this shortcut.)
_COMPACT_HEADER: Final = str.__sizeof__("\u00e9") - 2


def _narrow(text: str) -> bool:
    """True when ``text`` is stored narrower than 4 bytes a character (so nothing in it is past
    the BMP); False when it may be wider."""
    return str.__sizeof__(text) < _COMPACT_HEADER + 4 * (len(text) + 1)


def beyond_bmp(text: str, /) -> bool:
    """Whether ``text`` holds a character past the Basic Multilingual Plane (its UTF-16 form
    then needs more than two bytes for some character; a lone surrogate takes two, like any
    BMP character).

    >>> beyond_bmp("Łatuška"), beyond_bmp("𝔞"), beyond_bmp("\\ud835")
    (False, True, False)
    """
    text = ensure_str(text, "text")
    return not text.isascii() and not _narrow(text) and _PAST_BMP.search(text) is not None


def _regex_needed(text: str, start: int, end: int, bmp_only: bool | None) -> bool:
    if bmp_only is not None:
        return not bmp_only
    # the stretch only, searched in place: no copy of it (a name's context is read this way)
    return (
        not text.isascii() and not _narrow(text) and _PAST_BMP.search(text, start, end) is not None
    )


def _bounds(text: str, start: int, end: int | None) -> tuple[int, int]:
    """The bounds as ``re`` reads ``pos`` and ``endpos``: clamped to the text (the ``regex``
    module would read a negative bound from the end)."""
    size = len(text)
    stop = size if end is None or end > size else max(end, 0)
    return (start if 0 <= start <= size else max(min(start, size), 0)), stop


def _searcher(
    text: str, start: int, end: int | None, hyphenated: bool, bmp_only: bool | None
) -> tuple[re.Pattern[str] | regex.Pattern[str], int, int]:
    """The pattern that finds the words of ``text[start:end]`` (the ``re`` twin unless the
    stretch may hold a character past the BMP) and the bounds as ``re`` reads them."""
    start, stop = _bounds(text, start, end)
    if _regex_needed(text, start, stop, bmp_only):
        return word_pattern(hyphenated=hyphenated), start, stop
    return _bmp_pattern(hyphenated), start, stop


def findall_words(
    text: str,
    start: int = 0,
    end: int | None = None,
    /,
    *,
    hyphenated: bool = False,
    bmp_only: bool | None = None,
) -> list[str]:
    """``word_pattern(hyphenated=…).findall(text, start, end)``: the words of
    ``text[start:end]``, faster (the patterns look neither behind nor ahead, so the words of the
    slice are those found between the bounds).

    ``bmp_only`` is what the caller knows of the text: ``True`` if nothing in it is past the
    BMP (``not beyond_bmp(text)``, checked once for a text read many times), ``False`` if
    something may be, ``None`` (the default) to have the stretch checked here."""
    text = ensure_str(text, "text")
    pattern, start, stop = _searcher(text, start, end, hyphenated, bmp_only)
    words: list[str] = pattern.findall(text, start, stop)
    return words


def finditer_words(
    text: str,
    start: int = 0,
    end: int | None = None,
    /,
    *,
    hyphenated: bool = False,
    bmp_only: bool | None = None,
) -> Iterator[re.Match[str] | regex.Match[str]]:
    """``word_pattern(hyphenated=…).finditer(text, start, end)``, faster: the words of
    ``text[start:end]`` as matches, with their offsets in ``text`` (``bmp_only`` as for
    :func:`findall_words`)."""
    text = ensure_str(text, "text")
    pattern, start, stop = _searcher(text, start, end, hyphenated, bmp_only)
    return pattern.finditer(text, start, stop)
