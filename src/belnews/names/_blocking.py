"""Blocking keys for :class:`belnews.NameIndex` and :func:`belnews.resolve`, and the cut rule.

A name is filed under a few short keys so that a lookup compares a mention only with the names
that share one of them, never with the whole directory:

- **surname keys**: the skeleton of each word that is not a listed given name (Лукашэнка,
  Lukashenko, Łukašenka are all ``lakasanka``); a name made only of given names uses their
  ``@group`` keys;
- **composite keys**: a surname key joined with a first letter the name's other word may start
  with in any spelling (``lakasanka|a``), so a full name is compared only with the bearers of its
  surname whose other name starts alike; a name of one word has ``<key>|*``;
- **one-edit neighbours** of a surname key (each key with one letter deleted), kept per distinct
  surname, not per person: a typo in the surname ("Lukashnko") finds the surname, then its
  composite blocks.

**The cut rule** (bounded work whatever the input): a mention or a name is read as its first
:data:`MAX_WORDS` whitespace-separated words, each cut to :data:`MAX_WORD` characters.  A name
longer than that is not a personal name; its first words are what a reader would match on.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from belnews._cache import word_cache
from belnews.names._index_rows import Row, Rows
from belnews.names._rules_readings import LOOSE_INITIALS, base_skeletons, group_initials
from belnews.names._tokens import Token
from belnews.names.key import tokens_of

__all__ = [
    "MAX_WORD",
    "MAX_WORDS",
    "composite_keys",
    "cut",
    "deletions",
    "filing_keys",
    "keys_around",
    "name_tokens",
    "sift",
    "surname_keys",
    "word_suffixes",
]

#: Words of a mention or a name that are read (the rest is ignored: see the module docstring).
MAX_WORDS = 6
#: Characters of one word that are read.
MAX_WORD = 48
#: A surname is paired with the words at most this far from it (see composite_keys).
NEAR = 2
#: Surname skeletons shorter than this get no one-edit neighbours (too many near misses).
MIN_TYPO_KEY = 5


def cut(name: str) -> str:
    """``name`` cut to :data:`MAX_WORDS` words of at most :data:`MAX_WORD` characters each.

    Linear in the part that is kept plus one scan of the rest; a name within the bound comes
    back unchanged (the same object).

    >>> cut("Аляксандр Рыгоравіч Лукашэнка")
    'Аляксандр Рыгоравіч Лукашэнка'
    >>> cut("A " * 10_000).count("A")
    6
    """
    words = name.split(maxsplit=MAX_WORDS)  # the last item holds the rest, if any
    if len(words) <= MAX_WORDS and (
        len(name) <= MAX_WORD or all(len(word) <= MAX_WORD for word in words)
    ):  # (no word of a short name is long)
        return name
    return " ".join(word[:MAX_WORD] for word in words[:MAX_WORDS])


@word_cache(1 << 16)
def name_tokens(name: str) -> tuple[Token, ...]:
    """The tokens of ``name`` after the cut rule (cached: a directory repeats its names).

    >>> [t.patronymic for t in name_tokens("Ivan Petrovitj Kuznetsov")]
    [False, True, False]
    """
    return tokens_of(cut(name))


def _parts(tokens: tuple[Token, ...]) -> tuple[list[Token], list[Token]]:
    """(words that are not patronymics, the surname-like ones among them)."""
    words = [t for t in tokens if not t.patronymic]
    full = [t for t in words if not t.initial]
    return words, [t for t in full if t.group is None] or full


def _surname_places(
    placed: list[tuple[int, Token]], surnames: list[Token]
) -> list[tuple[int, Token]]:
    """The ``(position, word)`` pairs of ``placed`` whose word is surname-like.

    By value, not by identity: a repeated word ("Sirhan Sirhan") is one cached Token object at
    both positions, and each position is paired with the words around it."""
    return [(i, t) for i, t in placed if t in surnames]


def surname_keys(tokens: tuple[Token, ...], *, inflected: bool = False) -> dict[str, set[str]]:
    """Each surname key of a name -> the keys it is filed under (itself, and with
    ``inflected`` the skeletons of its possible nominatives)."""
    _, surnames = _parts(tokens)
    bases: dict[str, set[str]] = {t.key: {t.key} for t in surnames}
    if inflected:
        for token in surnames:
            bases[token.key].update(base_skeletons(token.text)[:2])
    return bases


def composite_keys(tokens: tuple[Token, ...], bases: dict[str, set[str]]) -> set[str]:
    """``<surname key>|<letter>`` for every other word of the name within :data:`NEAR` words of
    the surname (``|*`` for a name of one word).

    A given name stands next to its surname, or one word away across a patronymic or a middle
    name; a long mention ("Natali Glazun Гэта Была Звычайная Сустрэча") is not paired word by
    word with everything in it.
    """
    words, surnames = _parts(tokens)
    out: set[str] = set()
    if len(words) == 1:
        for keys in bases.values():
            out.update(key + "|*" for key in keys)
        return out
    placed = [(i, t) for i, t in enumerate(tokens) if not t.patronymic]
    for i, surname in _surname_places(placed, surnames):
        keys = bases[surname.key]
        for j, other in placed:
            if j != i and abs(j - i) <= NEAR:
                for suffix in _suffixes(other):
                    out.update(key + suffix for key in keys)
    return out


def _suffixes(token: Token) -> tuple[str, ...]:
    """``|<letter>`` for each first skeleton letter a given name (or an initial) may start
    with in any spelling."""
    if token.initial:
        return _letter_suffixes(LOOSE_INITIALS.get(token.skeleton[:1], token.skeleton[:1]))
    if token.group:
        return _group_suffixes(token.group)
    return ("|" + token.skeleton[:1],)


def word_suffixes(token: Token) -> tuple[str, ...]:
    """The ``|<letter>`` suffixes ``token`` gives a surname beside it (:func:`_suffixes`)."""
    return _suffixes(token)


@functools.lru_cache(maxsize=1 << 12)
def _letter_suffixes(letters: str) -> tuple[str, ...]:
    return tuple(sorted({"|" + letter for letter in letters}))


@functools.lru_cache(maxsize=1 << 12)
def _group_suffixes(group: str) -> tuple[str, ...]:
    """:func:`_suffixes` of a given name of ``group`` (a directory repeats its given names)."""
    return _letter_suffixes("".join(group_initials(group)))


def filing_keys(tokens: tuple[Token, ...]) -> tuple[list[str], set[str]]:
    """(the surname keys of a directory name, every key it is filed under): the surname keys
    (a bare surname finds every bearer) and :func:`composite_keys`.

    The same keys as ``composite_keys(tokens, surname_keys(tokens))`` plus the surname keys, in
    one pass (a directory name's own keys stand for themselves: no case readings)."""
    placed = [(i, t) for i, t in enumerate(tokens) if not t.patronymic]  # (_parts' words)
    full = [t for _, t in placed if not t.initial]
    surnames = [t for t in full if t.group is None] or full
    names = list(dict.fromkeys([t.key for t in surnames]))
    keys = set(names)
    if len(placed) == 1:
        keys.update([key + "|*" for key in names])
        return names, keys
    for i, surname in placed:
        if surname in surnames:  # by value, as _surname_places
            key = surname.key
            for j, other in placed:
                if j != i and abs(j - i) <= NEAR:
                    for suffix in _suffixes(other):
                        keys.add(key + suffix)
    return names, keys


def keys_around(tokens: tuple[Token, ...], position: int, key: str) -> set[str]:
    """The blocks a surname ``key`` at ``position`` meets: ``<key>|<letter>`` for the words within
    :data:`NEAR` of it, and ``<key>|*``; a bare surname meets every bearer (``key`` itself)."""
    placed = [(i, t) for i, t in enumerate(tokens) if not t.patronymic]
    if len(placed) == 1:
        return {key}
    out = {key + "|*"}
    for i, other in placed:
        if i != position and abs(i - position) <= NEAR:
            out.update(key + suffix for suffix in _suffixes(other))
    return out


def deletions(key: str) -> list[str]:
    """``key`` with one letter deleted, each way (none for a short or a ``@group`` key)."""
    if len(key) < MIN_TYPO_KEY or key.startswith("@"):
        return []
    return list(dict.fromkeys(key[:i] + key[i + 1 :] for i in range(len(key))))


def sift(
    names: Sequence[Row], slots: list[int], words: list[Token]
) -> tuple[list[int], list[tuple[int, Token]]]:
    """(the slots whose name has the key of every word of ``words``, the slots whose name
    misses one word's key when there are several words, with that word)."""
    top: list[int] = []
    near: list[tuple[int, Token]] = []
    # The rows in one call (a Rows' item is a Python-level call: a big block has many); each
    # row holds its words' keys (its fourth field), made once when the name was added.
    rows = names.pick(slots) if isinstance(names, Rows) else [names[slot] for slot in slots]
    if len(words) == 2:  # the usual mention, tested without building a list of the missing
        (first, second), (one, other) = words, (words[0].key, words[1].key)
        for slot, row in zip(slots, rows, strict=True):
            own = row[3]
            if one in own:
                if other in own:
                    top.append(slot)
                else:
                    near.append((slot, second))
            elif other in own:
                near.append((slot, first))
        return top, near
    for slot, row in zip(slots, rows, strict=True):
        own = row[3]
        missing = [t for t in words if t.key not in own]
        if not missing:
            top.append(slot)
        elif len(missing) == 1 < len(words):
            near.append((slot, missing[0]))
    return top, near
