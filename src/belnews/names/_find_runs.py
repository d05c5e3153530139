"""The run scan of :func:`belnews.find_names`: runs of capitalised words and initials.

The patterns are written with Unicode properties (``\\p{Lu}``, :data:`belnews.text.LETTER`),
which only the ``regex`` module reads.  The standard ``re`` module finds the same runs in about
half the time when the classes are spelled out and the pattern starts with its first letter
(``re`` then skips to the next capital in C), so the classes' characters of the Basic
Multilingual Plane are read once, on first use, from the ``regex`` module itself, and a text
with a character past the BMP is scanned with the ``regex`` pattern: the runs are exactly those
of ``_RUN`` (``tests/test_names_find_shortcuts.py`` compares the two on every shared text and by
Hypothesis).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Final, NamedTuple

import regex

from belnews.names._find_words import _GLUED, _MAX_CACHED_RUN, _MAX_RUN, _MAX_WORD, _POSSESSIVE
from belnews.text import APOSTROPHES, HYPHENS, LETTER, beyond_bmp, char_class, has_cyrillic

__all__: list[str] = []  # private to belnews.names.find


class _Token(NamedTuple):
    """A word or an initial of a run."""

    text: str  #: the word without a possessive 's
    start: int  #: offsets inside the run
    end: int
    initial: bool
    possessive: bool


def _plan_rest(segments: list[list[_Token]], index: int, rest: list[_Token], size: int) -> None:
    """Plan the words of a segment after its name (``rest``) next, at ``index``.  A segment of
    :data:`_MAX_RUN` words was cut by that limit alone when the next segment goes on right
    after it in the same script: then the rest opens the next segment ("Заява Віктора
    Медведчука Дмитро | Шуст": "Дмитро Шуст"), up to twice the limit (so each word is planned
    a bounded number of times)."""
    following = segments[index] if index < len(segments) else None
    if (
        following is not None
        and size >= _MAX_RUN
        and len(rest) + len(following) <= 2 * _MAX_RUN
        and following[0].start == rest[-1].end + 1
        and not rest[-1].possessive
        and has_cyrillic(rest[-1].text) == has_cyrillic(following[0].text)
    ):
        segments[index] = [*rest, *following]
    else:
        segments.insert(index, rest)


# One token of a run: an initial ("A.", "Dz.") or a capitalised word with inner apostrophes or
# hyphens.  Every quantifier is possessive, so the scan never backtracks: it is linear on any
# input.  (Two joiners are letters too, U+02BC and U+02B9: a letter run takes them first.)
_INITIAL: Final = rf"\p{{Lu}}\p{{Ll}}?\.(?=[ \u00a0]?{LETTER})"
_JOINERS: Final = char_class(APOSTROPHES + HYPHENS)  # inside a word: сям'я, Alapini-Gansou
_WORD: Final = rf"\p{{Lu}}{LETTER}*+(?:{_JOINERS}{LETTER}++)*+"
_TOKEN: Final = rf"(?:{_INITIAL}|{_WORD})"
_RUN: Final = rf"(?<!{LETTER})(?<![\d_]){_TOKEN}(?:(?:[ \u00a0]|(?<=\.)){_TOKEN})*+"


def _patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """The run scanner and the token splitter (compiled on first use, not at import)."""
    return _run_pattern(), _token_pattern()


@functools.cache
def _run_pattern() -> regex.Pattern[str]:
    """The run scanner, compiled on first use: only a text past the BMP needs it (the costlier
    of the two to compile, so it is not compiled with the token splitter)."""
    return regex.compile(_RUN)


@functools.cache
def _token_pattern() -> regex.Pattern[str]:
    """The token splitter of a run with a dot (``find._scanned_tokens``), compiled on first use."""
    return regex.compile(_TOKEN)


def _bmp_class(pattern: str, plane: str) -> str:
    """A ``re`` character class of every character of ``plane`` (the BMP) that the ``regex``
    ``pattern`` matches."""
    runs = regex.finditer(f"(?:{pattern})+", plane)
    return "[" + "".join(f"{re.escape(run[0][0])}-{re.escape(run[0][-1])}" for run in runs) + "]"


@functools.cache
def _bmp_run() -> re.Pattern[str]:
    """The ``re`` twin of ``_RUN`` for a text with no character past the BMP.

    Both token kinds start with one capital, so it is taken first and the look-behind checks
    the character before it (two characters back; at the start of the text there is none).
    ``re`` before Python 3.11 has no possessive quantifiers; they change nothing here: every
    part after the first capital may be empty and nothing after it can fail, so the greedy
    engine's first match is the possessive one and nothing backtracks into it (even where
    letters and joiners overlap: U+02BC and U+02B9 are both)."""
    plane = "".join(map(chr, range(0x10000)))
    upper, lower = _bmp_class(r"\p{Lu}", plane), _bmp_class(r"\p{Ll}", plane)
    letter = _bmp_class(LETTER, plane)
    before = letter[:-1] + _bmp_class(r"[\d_]", plane)[1:]  # (the union of the two classes)
    rest = rf"(?:{lower}?\.(?=[ \u00a0]?{letter})|{letter}*(?:{_JOINERS}{letter}+)*)"
    return re.compile(rf"{upper}(?<!{before}.){rest}(?:(?:[ \u00a0]|(?<=\.)){upper}{rest})*")


def run_matches(text: str) -> Iterator[re.Match[str] | regex.Match[str]]:
    """The runs of ``text``: ``_patterns()[0].finditer(text)``, by the ``re`` twin when the
    text has no character past the BMP."""
    if beyond_bmp(text):
        return _run_pattern().finditer(text)
    return _bmp_run().finditer(text)


_PIECE: Final = 160  # characters: a longer run is cut at spaces into pieces of about this size


def _pieces(run: str, offset: int) -> list[tuple[int, str]]:
    """A run as it is, or a very long run (no text has 40 capitalised words in a row: only
    hostile input does) cut at spaces into pieces whose plans are cached like short runs."""
    if len(run) <= _MAX_CACHED_RUN:
        return [(offset, run)]
    out, start = [], 0
    while start < len(run):
        end = len(run) if len(run) - start <= _PIECE else run.rfind(" ", start, start + _PIECE)
        if end <= start:  # one word longer than a piece: up to the next space
            end = run.find(" ", start + _PIECE)
            end = len(run) if end < 0 else end
        out.append((offset + start, run[start:end]))
        start = end + 1
    return out


# _Token(...) without the named tuple's Python-level __new__ (one frame less for each token)
_new = tuple.__new__


def _tokens(run: str) -> list[_Token]:
    """The tokens of a run; words glued by a lost space ("PoliticsŁukašenka") are split.

    A run without a dot is its words between single spaces (the run scan took them so): split in
    C.  A dot may end an initial glued to a token ("A.Lukashenko") or be left out of a run-final
    "Ab." whose look-ahead the run cut off: such runs are tokenised again."""
    if "." in run:
        return _scanned_tokens(run)
    out: list[_Token] = []
    start = 0
    for word in run.replace("\u00a0", " ").split(" "):
        if word.endswith(_POSSESSIVE) or (3 < len(word) <= _MAX_WORD and not word[2:].islower()):
            _add_word(out, word, start)  # a possessive to cut off, or a glued pair to split
        else:  # (what _add_word gives such a word)
            out.append(_new(_Token, (word, start, start + len(word), False, False)))
        start += len(word) + 1
    return out


def _scanned_tokens(run: str) -> list[_Token]:
    """The tokens of any run, by the token pattern."""
    out: list[_Token] = []
    for match in _token_pattern().finditer(run):
        word = match.group()
        if word[-1] == ".":
            out.append(_new(_Token, (word, match.start(), match.end(), True, False)))
        else:
            _add_word(out, word, match.start())
    return out


def _add_word(out: list[_Token], word: str, start: int) -> None:
    """A word token (a possessive 's cut off, a glued pair split) at ``start`` in its run."""
    end = start + len(word)
    possessive = word.endswith(_POSSESSIVE)
    if possessive:
        word, end = word[:-2], end - 2
    # (a word in lower case after its second letter has no capital to be glued at)
    if 3 < len(word) <= _MAX_WORD and not word[2:].islower():
        cut = _GLUED.search(word, 2)
        if cut is not None:
            cut_at = start + cut.start()
            out.append(_new(_Token, (word[: cut.start()], start, cut_at, False, False)))
            word, start = word[cut.start() :], start + cut.start()
    out.append(_new(_Token, (word, start, end, False, possessive)))
