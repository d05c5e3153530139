"""Split a personal name into tokens and tell their roles: given name, patronymic, initial, other.

A name arrives in any order and form: "Łukašenka Alaksandr", "A. Lukashenko", "Lukashenka,
Aliaksandr", "LUKASHENKA ALIAKSANDR HRYHORAVICH".  Roles are read from the words themselves, not
from their position: a given name is a word whose skeleton is in the given-name table, an initial
is one or two letters (with or without a dot), a patronymic is a -vich/-vna word next to a given
name when the name has three or more words.  Everything else is a surname (or an unknown given
name: the matcher pairs words by their keys, so it does not need to know which is which).
"""

from __future__ import annotations

import functools
import re
from typing import Final, NamedTuple

from belnews._cache import word_cache
from belnews.errors import ensure_str
from belnews.names._skeleton import fine_skeleton, skeleton
from belnews.names.lexicon import group_of_skeleton
from belnews.text import APOSTROPHES, HYPHENS, fold, nfc

__all__ = [
    "Token",
    "chunks",
    "fold",
    "parse_name",
    "patronymic_at",
    "patronymic_like",
    "patronymic_shaped",
    "tokens_from",
    "word_fine",
    "word_skeleton",
]

# Separators between the words of a name; a dot ends an initial ("A.Lukashenko" -> "A." + ...).
_CHUNKS: Final = re.compile(r"[^\s,;/()\[\]{}<>«»\"“„|]+")  # ” is the BGN/PCGN apostrophe
_INITIAL_DOT: Final = re.compile(r"(?<=\w)\.(?=\w)")
# The other hyphens of the text layer (U+2010, U+2011) are the ASCII one in a name's word: the
# key joins a double surname's parts by "-" (Калеснікава‑Ціханоўская is Калеснікава-Ціханоўская)
_ASCII_HYPHEN: Final = str.maketrans({hyphen: "-" for hyphen in HYPHENS if hyphen != "-"})
_EDGE_PUNCT: Final = "!?:…*_=+~#$%^&@·•—–-"
# A patronymic ends in -vich/-vič/-wicz (masc.) or -vna/-ŭna/-auna (fem.); in skeleton terms
# "vah" or "vna" (see _skeleton: ch -> h, vowels -> a, ŭ after a vowel -> v).
_PATRONYMIC: Final = re.compile(r"(?:va[h]|vna|hna)$")
_PATRONYMIC_ENDS: Final = ("vah", "vna", "hna")


class Token(NamedTuple):
    """One word of a name: how it was written and what the key machinery made of it.

    A named tuple of strings and flags: hashable (tokens key the matcher's caches).  The
    garbage collector tracks a named tuple for as long as it lives (CPython untracks exact
    tuples only), so an index files the words of its names as plain tuples (``_index_rows``).
    """

    text: str  #: the word as written, without surrounding punctuation
    key: str  #: skeleton (hyphenated parts joined by "-"), or the "@group" of a given name
    skeleton: str  #: the plain skeleton, even for a given name
    initial: bool = False  #: "A.", "Dz.", "S"
    group: str | None = None  #: given-name group id
    patronymic: bool = False


# Token(text, key, skeleton, initial, group, patronymic) without the named tuple's Python-level
# __new__ (a new word's token is made once; that __new__ cost as much as the rest of _token).
_new_token = tuple.__new__


_EDGE: Final = _EDGE_PUNCT + "." + APOSTROPHES


def _clean(chunk: str) -> str:
    return chunk.strip(_EDGE)


@word_cache(1 << 17)
def word_skeleton(word: str) -> str:
    """The skeleton of a word, hyphenated parts keyed one by one."""
    if "-" not in word:
        return skeleton(word)
    return "-".join(skeleton(part) for part in word.split("-") if part)


@word_cache(1 << 17)
def word_fine(word: str) -> str:
    """The fine skeleton of a word, hyphenated parts one by one."""
    if "-" not in word:
        return fine_skeleton(word)
    return "-".join(fine_skeleton(part) for part in word.split("-") if part)


@word_cache(1 << 17)
def _token(chunk: str) -> Token | None:
    dotted = chunk.endswith(".")
    text = _clean(chunk)
    if not text:
        return None
    letters = len(text) if text.isalpha() else sum(1 for char in text if char.isalpha())
    if letters == 0:
        return None
    if (letters <= 2 and dotted) or (letters == 1 and len(text) == 1):
        sk = skeleton(text)
        return _new_token(
            Token, (text + ("." if dotted else ""), sk[:1] + ".", sk, True, None, False)
        )
    sk = word_skeleton(text)
    group = None if "-" in sk else group_of_skeleton(sk)
    return _new_token(Token, (text, "@" + group if group else sk, sk, False, group, False))


def _mark_patronymic(tokens: list[Token]) -> None:
    """Mark the patronymic of a name of three or more full words, in place."""
    chosen = patronymic_at(tokens)
    if chosen is not None:
        tokens[chosen] = _as_patronymic(tokens[chosen])


def patronymic_shaped(token: Token) -> bool:
    """A word made like a patronymic (-vich/-vna/-ichna) that is no given name."""
    return token.group is None and token.skeleton.endswith(_PATRONYMIC_ENDS)


# the same endings with room for a case ending after them (Григорьевича: -vaha; -івною: -vnaj)
_PATRONYMIC_STEMS: Final = ("vah", "vn", "hn")


def patronymic_like(word: str) -> bool:
    """A word made like a patronymic in any case: Рыгоравіч, Григорьевича, Олександрівною."""
    tail = skeleton(word)[-5:]
    return any(stem in tail for stem in _PATRONYMIC_STEMS)


def patronymic_at(tokens: list[Token]) -> int | None:
    """The position of the patronymic of a name of three or more full words, or ``None``."""
    full = [i for i, token in enumerate(tokens) if not token.initial]
    if len(full) < 3:
        return None
    # (_PATRONYMIC as a suffix test: a skeleton has no newline, so "$" is its end)
    candidates = [i for i in full if tokens[i].skeleton.endswith(_PATRONYMIC_ENDS)]
    if not candidates:
        return None
    givens = [i for i in full if tokens[i].group is not None]
    chosen: int | None = None
    for i in givens:
        if i + 1 in candidates:
            chosen = i + 1
            break
    if chosen is None:
        middle = full[len(full) // 2] if len(full) == 3 else None
        chosen = middle if middle in candidates else (full[-1] if full[-1] in candidates else None)
    return chosen if chosen is not None and tokens[chosen].group is None else None


@functools.lru_cache(maxsize=1 << 15)
def _as_patronymic(token: Token) -> Token:
    """``token`` marked as a patronymic (``patronymic`` is the last field)."""
    return _new_token(Token, (*token[:5], True))


def chunks(name: str) -> list[str]:
    """The chunks of ``name`` that :func:`parse_name` reads, one per word (with its dots)."""
    if type(name) is not str:
        name = ensure_str(name, "text")  # TypeError for a wrong type, before the str methods
    text = name if name.isascii() else nfc(name).translate(_ASCII_HYPHEN)  # (ASCII text is NFC)
    if "." in text:
        text = _INITIAL_DOT.sub(". ", text)
    return _CHUNKS.findall(text)


def tokens_from(chunks: list[str]) -> tuple[Token, ...]:
    """:func:`parse_name` of the name that has these :func:`chunks`."""
    tokens = list(filter(None, map(_token, chunks)))  # (a Token is a non-empty tuple: true)
    if len(tokens) > 2:  # (a patronymic is read only in a name of three or more words)
        _mark_patronymic(tokens)
    return tuple(tokens)


@word_cache(1 << 17)
def parse_name(name: str) -> tuple[Token, ...]:
    """The tokens of ``name`` (already a ``str``), with roles marked."""
    return tokens_from(chunks(name))
