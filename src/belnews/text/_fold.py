"""Case and marks: ``fold`` (what a loose comparison ignores) and ``recase`` (case transfer)."""

from __future__ import annotations

import unicodedata
from typing import Final

import regex

from belnews._cache import word_cache
from belnews.errors import ensure_str
from belnews.text._classes import APOSTROPHES
from belnews.text._unicode import _has_long_run as has_long_run
from belnews.text._unicode import _patterns

__all__ = ["case_free", "fold", "recase"]


@word_cache(1 << 17)
def _fold_unicode(text: str) -> str:
    # Every step of the fold is a function of one character at a time: case folding has no
    # context, NFKD decomposes each character on its own and only reorders combining marks
    # (which the fold drops), and the filter keeps or drops each character.  So the fold of a
    # text is the fold of each of its characters, joined: one str.translate over a table filled
    # on first sight of each character (linear, whatever runs of marks the text has).
    return text.translate(_TABLE)


class _FoldTable(dict[int, str]):
    """Code point -> its fold (:func:`_fold_char`), computed the first time it is read; at most
    :data:`_TABLE_SIZE` kept (beyond that, computed each time: same answer)."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        if len(self) < _TABLE_SIZE:
            self[code] = folded
        return folded


_TABLE_SIZE: Final = 1 << 16
_TABLE: Final = _FoldTable()


def _fold_char(char: str) -> str:
    """The fold of one character (or of any text: the reference the table is made of).

    One step can leave work for a second: the compatibility form of a letter may be a capital
    (mathematical bold 𝐀 -> A) or a letter with a case (ﬀ, ℌ). Repeat to a fixed point so that
    fold is idempotent."""
    folded = _fold_step(char)
    for _ in range(3):
        again = _fold_step(folded)
        if again == folded:
            break
        folded = again
    return folded


def _fold_step(text: str) -> str:
    text = text.casefold().replace("ł", "l")
    if has_long_run(text):
        # unicodedata orders a long run of marks in quadratic time; fold drops every mark (after
        # case folding, which turns U+0345 into a letter), and NFKD never composes and turns no
        # mark into a letter, so dropping them first gives the same result in linear time.
        text = mark_runs().sub("", text)
    decomposed = unicodedata.normalize("NFKD", text)
    # (the modifier-letter apostrophes ʼ and ʹ are letters to str.isalnum: dropped as apostrophes)
    return "".join(
        c
        for c in decomposed
        if c.isalnum() and not unicodedata.combining(c) and c not in APOSTROPHES
    )


def mark_runs() -> regex.Pattern[str]:
    """Runs of two or more combining marks (``regex``)."""
    return _patterns()[1]


def fold(text: str, /) -> str:
    """Case, marks, apostrophes and punctuation folded away: what a loose match ignores.

    Case-folded, compatibility-decomposed (NFKD), with combining marks and every character that
    is not a letter or digit dropped, and ``ł`` read as ``l`` (it has no decomposition); repeated
    until nothing changes (``𝐀`` decomposes to a capital), so ``fold(fold(x)) == fold(x)``.  Plain
    ASCII skips the Unicode work; other texts are cached.

    >>> fold("Łukašenka"), fold("ŁUKAŠENKA"), fold("Mar'jina"), fold("Ціханоўская")
    ('lukasenka', 'lukasenka', 'marjina', 'ціханоуская')
    >>> fold("Дарʼя") == fold("Дар’я") == fold("Дар'я") == "даря"
    True
    """
    if type(text) is not str:
        text = ensure_str(text, "text")
    if text.isascii():
        lowered = text.lower()
        return lowered if lowered.isalnum() else "".join(filter(str.isalnum, lowered))
    return _fold_unicode(text)


def recase(model: str, word: str, /) -> str:
    """``word`` in the case pattern of ``model``: UPPER, Title, or as it is.

    A model of two or more characters in capitals gives capitals; a model that starts with a
    capital (a one-letter capital included) gives ``word`` with its first character upper-cased;
    anything else returns ``word`` unchanged.

    >>> recase("ЛУКАШЭНКУ", "лукашэнка"), recase("Лукашэнку", "лукашэнка"), recase("A", "ab")
    ('ЛУКАШЭНКА', 'Лукашэнка', 'Ab')
    """
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def case_free(word: str, /) -> str:
    """``word`` with its word-level case taken off: what :func:`recase` gives the case back to.

    A word in capitals, in Title case or in small letters comes back in small letters; a word
    with a capital inside it (McKay), whose case no word-level pattern describes, comes back as
    it is.  So ``recase(word, case_free(word)) == word`` for every word, and a respelling written
    for small letters (y before a vowel -> i) keeps the case of the word it is applied to:
    ``recase(word, respell(case_free(word)))``.

    >>> case_free("TSIKHANOUSKAYA"), case_free("Tsikhanouskaya"), case_free("McKay")
    ('tsikhanouskaya', 'tsikhanouskaya', 'McKay')
    """
    lowered = word.lower()
    return lowered if recase(word, lowered) == word else word
