"""Exact shortcuts of the case-form reading (:mod:`belnews.names.forms`) for ``find_names``.

``find_names`` asks of each new capitalised word whether a nominative of it is a listed given
name or a city's word (``_find_info``).  The full reading (``forms._decide``) tries every
ending rule and asks two lexicons; for most words the answer is known sooner, and these
functions give it without changing it:

- a word that ends in no ending any rule reads is its own nominative (``_own_nominative``): a
  test of its last letter, then one ``str.endswith``;
- otherwise the nominatives the reading can choose are known without the cross-language
  lexicon of women's names (``_first_nominatives``), which then is asked (and loaded) only
  when those nominatives would answer differently.

``tests/test_names_find.py`` checks both against the full reading on random words, on every
capitalised word of the shared corpora and on the listed names in their case forms.
"""

from __future__ import annotations

from typing import Final

from belnews.names._form_endings import FIXED as _FIXED
from belnews.names.forms import (
    _RUSSIAN_INSTRUMENTAL,
    _rule_candidates,
    _whole_word,
)
from belnews.names.lexicon import is_given_form
from belnews.text import has_cyrillic, recase

__all__: list[str] = []  # private to belnews.names

# Every ending that some rule of ``forms._decide`` reads (rules 1 and 2: a possessive, -ва of a
# given name in -аў, a Russian instrumental, the fixed endings, a feminine instrumental, and the
# last letters the ending rules start from).  A word in lower case that ends in none of them is
# its own nominative whatever the lexicons say: ``_decide`` gives ``(word,)``.
_READ_ENDINGS: Final = tuple(
    sorted(
        {"'s", "’s", "ва", "ву", "вам", "ве", "й", "ю", "j", "ju", "as", "is", "us"}
        | {"ем", "ём", "em", "ам", "am", "ом"}  # soft and hard instrumental
        | set("іiюаяуauыyеe")  # after_vowel, accusative_u ... genitive_ja
        | set(_FIXED)
        | set(_RUSSIAN_INSTRUMENTAL)
    )
)
_READ_FINALS: Final = frozenset(ending[-1] for ending in _READ_ENDINGS)


def _own_nominative(lowered: str) -> bool:
    """True when no rule reads an ending of ``lowered`` (a word in lower case): its nominative
    is the word itself (a cheap, exact "no case form here"; the last letter first)."""
    return lowered[-1:] not in _READ_FINALS or not lowered.endswith(_READ_ENDINGS)


def _first_nominatives(word: str) -> tuple[str, ...]:
    """What ``forms._decide(word)`` can give first, read without the cross-language lexicon of
    women's names: one nominative when that lexicon has no say, else the nominative chosen when
    no candidate is a woman's name, then every candidate a woman's name would put first."""
    lowered = word.lower()
    whole = _whole_word(word, lowered)
    if whole is not None:
        return whole[1][:1]
    _, found = _rule_candidates(lowered)
    named = [c for c in found if c and is_given_form(c)]
    if named:
        return (recase(word, named[0]),)
    first = word if not found or found[0] == "" else recase(word, found[0])
    women = [c for c in found if c and c[-1:] in ("а", "я") and has_cyrillic(c)]
    return (first, *(recase(word, c) for c in women))
