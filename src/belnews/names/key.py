"""``name_key``: one stable key for every spelling of one personal name.

The key of a name is the sorted list of the keys of its words, joined by spaces:

- a given name listed in the given-name table becomes ``@<group id>`` (Уладзімір, Владимир,
  Uladzimir and Vladimir are all ``@uladzimir``);
- any other word becomes its phonetic skeleton (see :mod:`belnews.names._skeleton`): Лукашэнка,
  Лукашенко, Łukašenka, LUKASHENKA and Lukaschenko are all ``lakasanka``;
- a patronymic (a -vich/-vna word next to a given name in a name of three or more words) is left
  out, so "LUKASHENKA ALIAKSANDR HRYHORAVICH" and "Aliaksandr Lukashenka" share a key;
- an initial is kept as its first skeleton letter and a dot ("A. Lukashenko" -> ``a. lakasanka``):
  an initial cannot share a key with a full name - :func:`belnews.match_names` pairs those.

The key is versioned: :data:`KEY_VERSION` changes whenever a table or rule change could change a
stored key.  It does not depend on :mod:`belnews.translit`, whose tables may be corrected.
"""

from __future__ import annotations

import functools
from typing import Any, Final

from belnews._cache import word_cache
from belnews.errors import ensure_str
from belnews.names._tokens import Token, _as_patronymic, _token, chunks, patronymic_at
from belnews.names.lexicon import group_of_form, listed_skeletons

__all__ = [
    "KEY_VERSION",
    "exact_of",
    "filed_words",
    "interned",
    "name_key",
    "tokens_in",
    "tokens_of",
]

#: The version of the key scheme; stored keys made with another version must be rebuilt.
KEY_VERSION: Final = 3


@functools.lru_cache(maxsize=1 << 17)
def _exact_group(token: Token) -> Token:
    """A word spelled exactly like a listed given name takes that name's group (cached: a
    directory repeats its words)."""
    if token.initial or token.patronymic or token.skeleton not in listed_skeletons():
        return token  # (a hyphenated word's skeleton has a "-": never listed)
    group = group_of_form(token.text)
    if group is None or group == token.group:
        return token
    return token._replace(key="@" + group, group=group)


@word_cache(1 << 17)
def tokens_of(name: str, /) -> tuple[Token, ...]:
    """The words of ``name`` as keys and the matcher see them (``name`` is a ``str``).

    :func:`belnews.names._tokens.parse_name`, with one refinement: a word spelled exactly like
    a listed given name belongs to that name's group even when its skeleton is another's
    (Helena is Алена, not Галіна; French Alexandre is Аляксандр, not Аляксандра).
    """
    return _tokens_of(name)


def _tokens_of(name: str) -> tuple[Token, ...]:
    """:func:`tokens_of` without its cache, and without filling parse_name's.  A name of one
    or two words has no patronymic: its tokens are each word's, read once per word."""
    words = chunks(name)
    exact = list(filter(None, map(_exact_token, words)))  # (a Token is a non-empty tuple: true)
    if len(exact) > 2:  # a patronymic is read from the words' own tokens (tokens_from), and
        plain = list(filter(None, map(_token, words)))  # the exact group leaves it as it is
        chosen = patronymic_at(plain)
        if chosen is not None:
            exact[chosen] = _as_patronymic(plain[chosen])
    return tuple(exact)


def tokens_in(
    name: str, memo: dict[str, tuple[Any, Any]], words: dict[Any, Any]
) -> tuple[Token, ...]:
    """:func:`tokens_of` of a directory name, each word read once per ``memo`` (chunk -> its
    token and its exact token as plain tuples, interned in ``words``) instead of through the
    process-wide caches.

    A tuple of strings is untracked by the garbage collector once it has seen it; a token (a
    tuple subclass) never is, and a 1M directory filled the word caches with tokens that every
    full collection walked.  The same tokens as :func:`tokens_of`.
    """
    return filed_words(name, memo, words)[0]


def filed_words(
    name: str, memo: dict[str, tuple[Any, Any]], words: dict[Any, Any]
) -> tuple[tuple[Token, ...], tuple[Any, ...]]:
    """(:func:`tokens_in` of ``name``, the same words as the plain tuples ``words`` holds:
    what :class:`belnews.NameIndex` stores of the name)."""
    pairs = []
    for chunk in chunks(name):
        pair = memo.get(chunk)
        if pair is None:
            raw = _token.__wrapped__(chunk)  # (not through the cache)
            exact = None if raw is None else exact_of(raw)
            pair = memo[chunk] = (interned(raw, words), interned(exact, words))
        if pair[0] is not None:
            pairs.append(pair)
    stored = [e for _, e in pairs]
    exact_tokens = [_as_token(e) for e in stored]
    if len(exact_tokens) > 2:  # as in _tokens_of: the patronymic is read from the own tokens
        plain = [_as_token(r) for r, _ in pairs]
        chosen = patronymic_at(plain)
        if chosen is not None:
            exact_tokens[chosen] = marked = _as_patronymic.__wrapped__(plain[chosen])
            stored[chosen] = interned(marked, words)
    return tuple(exact_tokens), tuple(stored)


def exact_of(raw: Token) -> Token:
    """The token filed for a word whose own token is ``raw`` (:func:`_exact_group` outside a
    patronymic; not through the caches: a directory's words are read once per index)."""
    if not raw.initial and raw.skeleton in listed_skeletons():
        return _exact_group.__wrapped__(raw)
    return raw


def interned(token: Token | None, words: dict[Any, Any]) -> Any:
    """``token`` as a plain tuple, the one ``words`` holds (``None`` stays ``None``)."""
    if token is None:
        return None
    plain = tuple(token)
    return words.setdefault(plain, plain)


# A plain tuple as a Token again, without Token._make's Python-level frame.
_as_token = functools.partial(tuple.__new__, Token)


@word_cache(1 << 17)
def _exact_token(chunk: str) -> Token | None:
    """The token of one chunk as :func:`tokens_of` reads it outside a patronymic."""
    token = _token(chunk)
    if token is None or token.initial or token.skeleton not in listed_skeletons():
        return token  # most words (surnames): no second cache entry, no (token,) key kept
    return _exact_group(token)


def name_key(name: str, /) -> str:
    """A key shared by every spelling of the personal name ``name``.

    Any script (Belarusian or Russian Cyrillic, Łacinka, any romanization), case, orthography
    (Taraškievica or Narkamaŭka), word order, diacritics and apostrophes give the same key.
    Gender is kept (Cichanoŭski and Cichanoŭskaja differ) and so are suffixes that make another
    surname (Kalesnik, Kalesnikava).  A name with no letters has the key ``""``.

    >>> name_key("Святлана Ціханоўская")
    '@sviatlana cahanavskA'
    >>> name_key("TSIKHANOUSKAYA, Sviatlana") == name_key("Светлана Тихановская")
    True
    >>> name_key("Alaksandr Łukašenka") == name_key("LUKASHENKA ALIAKSANDR HRYHORAVICH")
    True
    """
    if type(name) is not str:
        name = ensure_str(name, "name")
    # Not through tokens_of's cache: a key is usually made once per name.
    return " ".join(sorted([token.key for token in _tokens_of(name) if not token.patronymic]))
