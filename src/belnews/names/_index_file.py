"""Filing a directory name in :class:`belnews.NameIndex`: its stored words and its keys, read
from one record per distinct word (round 8).

A directory repeats its words (a million people share a few tens of thousands of given names and
surnames), so everything :meth:`NameIndex.add` needs of a word is read once per index, into a
:data:`Record` (the index keeps the records of each whitespace-separated piece of the names it
has filed: :func:`records_of`): the word's plain tuple (as :func:`belnews.names.key.filed_words`
stores it), its patronymic reading, and the ``|<letter>`` suffixes it gives a surname beside it.
A name is then filed from its words' records with no :class:`Token` made and no key recomputed:
the same stored words as :func:`~belnews.names.key.filed_words` and the same keys as
:func:`~belnews.names._blocking.filing_keys` (tests/test_names_index_file.py).
"""

from __future__ import annotations

import functools
from typing import Any

from belnews.names._blocking import NEAR, word_suffixes
from belnews.names._tokens import (
    _PATRONYMIC_ENDS,
    Token,
    _as_patronymic,
    _token,
    chunks,
    patronymic_at,
    word_fine,
)
from belnews.names.key import exact_of, interned

__all__ = ["Record", "file_words", "filed_keys", "record", "records_of"]

#: What a chunk of a name gives the index, read once per index: (the word's plain tuple as
#: filed outside a patronymic, its patronymic sign (the bits: initial, ends like a patronymic,
#: is a given name), the plain tuple marked as a patronymic or ``None`` when it can never be one,
#: its text, its suffixes beside a surname).  ``()`` for a chunk that is no word.
Record = tuple[Any, ...]

# A record's patronymic sign: the bits patronymic_at reads of a word.
_INITIAL, _ENDS, _GIVEN = 1, 2, 4


def record(chunk: str, words: dict[Any, Any]) -> Record:
    """The :data:`Record` of ``chunk``; its plain tuples interned in ``words``."""
    raw = _token.__wrapped__(chunk)  # (not through the cache: see filed_words)
    if raw is None:
        return ()
    exact = exact_of(raw)
    ends = raw.skeleton.endswith(_PATRONYMIC_ENDS)
    # (an int, not a tuple: a record's own tuples are untracked by the collector a pass later)
    sign = raw.initial * _INITIAL | ends * _ENDS | (raw.group is not None) * _GIVEN
    # patronymic_at chooses only a full word that ends so and is no given name
    marked = None
    if ends and not raw.initial and raw.group is None:
        marked = interned(_as_patronymic.__wrapped__(raw), words)
    # Warms the process-wide cache the clear cases read, once per distinct word (an index's
    # first reading of each word, in the order the names were added: the calls that missed
    # when every add called it).
    word_fine(exact.text)
    return (interned(exact, words), sign, marked, exact.text, word_suffixes(exact))


def records_of(piece: str, words: dict[Any, Any]) -> tuple[Record, ...]:
    """The records of the chunks of ``piece`` (a whitespace-separated part of a name) that are
    words.

    A name's chunks are its pieces' chunks, in order: no chunk spans whitespace (the chunk
    pattern excludes ``\\s``, the whitespace ``str.split`` splits on), the dot rule reads
    letters around a dot, and NFC does not join a whitespace character with what follows (no
    precomposed character starts with one; a combining run cannot cross one)."""
    found = [record(chunk, words) for chunk in chunks(piece)]
    return tuple([r for r in found if r])


@functools.lru_cache(maxsize=1 << 10)
def _patronymic_at(signs: tuple[int, ...]) -> int | None:
    """:func:`patronymic_at` of words with these signs: it reads only a word's ``initial``,
    whether its skeleton ends like a patronymic, and whether it has a ``group``."""
    tokens = [
        Token(
            "",
            "",
            "vah" if sign & _ENDS else "",
            bool(sign & _INITIAL),
            "g" if sign & _GIVEN else None,
        )
        for sign in signs
    ]
    return patronymic_at(tokens)


def file_words(records: list[Record]) -> list[Any]:
    """The plain tuples stored for a name of these (non-empty) records, as
    :func:`~belnews.names.key.filed_words` gives them."""
    stored = [r[0] for r in records]
    if len(records) > 2:  # as in filed_words: a patronymic in a name of three or more words
        chosen = _patronymic_at(tuple([r[1] for r in records]))
        if chosen is not None:
            stored[chosen] = records[chosen][2]
    return stored


def filed_keys(stored: list[Any], records: list[Record]) -> tuple[int, list[str]]:
    """:func:`~belnews.names._blocking.filing_keys` of the name whose stored words and records
    these are: (``n``, every key it is filed under, each once, its ``n`` surname keys first).

    The keys are those of ``filing_keys``, the surname keys in its order; the order of the
    others is not (a set's order depends on the process's string hashes: the blocks were never
    in a fixed order)."""
    if len(stored) == 2:  # the usual name: no patronymic (read only in three or more words)
        a, b = stored
        if a[1] != b[1]:  # (two words of one key: the general way drops the repeats)
            return _two_keys(a, b, records[0][4], records[1][4])
    placed = [
        (i, w, r[4]) for i, (w, r) in enumerate(zip(stored, records, strict=True)) if not w[5]
    ]
    if len(placed) == 2 and len(stored) == 3:  # a patronymic and two words (within NEAR)
        (_, a, after_a), (_, b, after_b) = placed
        if a[1] != b[1]:
            return _two_keys(a, b, after_a, after_b)
    return _keys(placed)


def _keys(placed: list[tuple[int, Any, tuple[str, ...]]]) -> tuple[int, list[str]]:
    """:func:`filed_keys` of a name whose words that are no patronymic are ``placed``
    (position, plain tuple, suffixes beside a surname)."""
    full = [w for _, w, _ in placed if not w[3]]
    surnames = [w for w in full if w[4] is None] or full
    names = list(dict.fromkeys([w[1] for w in surnames]))
    if len(placed) == 1:
        return len(names), [*names, *[key + "|*" for key in names]]
    keys: set[str] = set()  # (a composite key has a "|": never a surname key)
    for i, surname, _ in placed:
        if surname in surnames:  # by value, as filing_keys
            key = surname[1]
            for j, _, suffixes in placed:
                if j != i and abs(j - i) <= NEAR:
                    for suffix in suffixes:
                        keys.add(key + suffix)
    return len(names), [*names, *keys]


def _two_keys(
    a: Any, b: Any, after_a: tuple[str, ...], after_b: tuple[str, ...]
) -> tuple[int, list[str]]:
    """:func:`filed_keys` of a name of two words ``a`` and ``b`` (plain tuples, no patronymic)
    of two keys, that give a surname beside them ``after_a`` and ``after_b``: the same steps
    without the lists (no key repeats: a surname key has no ``|``, and the two keys differ)."""
    if a[3]:  # (an initial: not a full word)
        if b[3]:
            return 0, []
        first, second = False, True  # whether a, b are the surname-like words
    elif b[3]:
        first, second = True, False
    else:  # both full: the ones that are no given name, else both
        first, second = a[4] is None, b[4] is None
        if not (first or second):
            first = second = True
    key_a, key_b = a[1], b[1]
    if first:
        if second:
            return 2, [key_a, key_b, *[key_a + s for s in after_b], *[key_b + s for s in after_a]]
        return 1, [key_a, *[key_a + s for s in after_b]]
    return 1, [key_b, *[key_b + s for s in after_a]]
