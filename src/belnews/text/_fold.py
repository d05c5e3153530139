"""Case and marks: ``fold`` (what a loose comparison ignores) and ``recase`` (case transfer)."""

from __future__ import annotations

import functools
import unicodedata

from belnews.errors import ensure_str

__all__ = ["fold", "recase"]


@functools.lru_cache(maxsize=1 << 17)
def _fold_unicode(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("ł", "l"))
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


def fold(text: str, /) -> str:
    """Case, marks, apostrophes and punctuation folded away: what a loose match ignores.

    Case-folded, compatibility-decomposed (NFKD), with combining marks and every character that
    is not a letter or digit dropped, and ``ł`` read as ``l`` (it has no decomposition).  Plain
    ASCII skips the Unicode work; other texts are cached.

    >>> fold("Łukašenka"), fold("ŁUKAŠENKA"), fold("Mar'jina"), fold("Ціханоўская")
    ('lukasenka', 'lukasenka', 'marjina', 'ціханоуская')
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
