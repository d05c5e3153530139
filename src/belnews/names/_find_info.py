"""What one capitalised word can be, for :func:`belnews.find_names`: a given name (in any case
form), a surname by its ending, a word of a Belarusian city's name, a word of a foreign name.

Read once per distinct word (a bounded cache): the case-form reading (:func:`base_candidates`)
and the given-name look-up (:func:`is_given_form`) are the costly part of finding names, so
``find.py`` asks only for the words whose reading the text around them needs.
"""

from __future__ import annotations

import csv
import functools
import itertools
import re
from importlib import resources
from typing import Final, NamedTuple

from belnews.names._find_words import (
    _COUNTRY_ADJECTIVE,
    _NOT_NAME,
    _NOT_PERSON_WORD,
    _surname_ending,
)
from belnews.names._nominative import _first_nominatives, _own_nominative
from belnews.names._outline import word_outline
from belnews.names._ukrainian import instrumental_or_dative_given
from belnews.names.forms import base_candidates
from belnews.names.given import _exact_senses, _listed_senses, given_name_groups
from belnews.names.lexicon import _form_outlines, is_given_form, names_data
from belnews.names.models import NameMention
from belnews.text import fold, has_cyrillic

__all__: list[str] = []  # private to belnews.names.find


class _Info(NamedTuple):
    """What a single word can be, computed once per distinct word."""

    given: bool  #: a listed given name, in any case form
    surname: bool  #: looks like a surname on its own (ending, not a country adjective)
    place: bool  #: a word of a Belarusian city name
    shaped: bool  #: could be a word of a foreign name (Title case, not a common word)
    nominative: bool  #: a listed given name as it is (not an inflected form of one)


# Every _Info there can be, made once: the memo of ``_info`` then holds shared values.  A named
# tuple is never untracked by the garbage collector (CPython untracks exact tuples only), so one
# made per word would add a tracked object per distinct word to every full collection.
_INFOS: Final[dict[tuple[bool, bool, bool, bool, bool], _Info]] = {
    (a, b, c, d, e): _Info(a, b, c, d, e)
    for a, b, c, d, e in itertools.product((False, True), repeat=5)
}


@functools.cache
def _place_words() -> frozenset[str]:
    """Casefolded words of the names of Belarusian cities, in every script (GeoNames)."""
    words: set[str] = set()
    path = resources.files("belnews").joinpath("data/names/places_belarus_cities.tsv")
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            names = [row["name"], row["asciiname"], *row["alternatenames"].split(",")]
            for name in names:
                for word in re.split(r"[\s-]+", name):
                    word = word.strip("'’").casefold()
                    if len(word) > 3 and word.isalpha():
                        words.add(word)
    return frozenset(words)


def _given_and_place(word: str, folded: str) -> tuple[bool, bool, bool]:
    """(a given name in any case form, a word of a city's name, a given name as it is)."""
    places = _place_words()
    if len(word) < 3:
        return False, folded in places, False
    if _own_nominative(word.lower()):  # no ending any rule reads: the word is its nominative
        exact = is_given_form(word)
        return exact, folded in places, exact
    if _no_listed_nominative(word):  # (the word itself is one of the strings it rules out)
        return False, folded in places, False
    if is_given_form(word):  # a listed given name as it is: no case form to read
        return True, folded in places, True
    return _read_nominative(word, folded)


def _read_nominative(word: str, folded: str) -> tuple[bool, bool, bool]:
    """``_given_and_place`` by the nominative :func:`base_candidates` reads, for a word that
    is no listed given name as it is.  The nominatives it may read are known without the
    lexicon of women's names (``_first_nominatives``); that lexicon is asked only when they
    answer differently."""
    answers = {_answer(nominative, word, folded) for nominative in _first_nominatives(word)}
    if len(answers) == 1:
        return answers.pop()
    return _answer(base_candidates(word)[0], word, folded)


def _answer(nominative: str, word: str, folded: str) -> tuple[bool, bool, bool]:
    """(given, place, exact) when ``nominative`` is what the case-form reading gives."""
    # is_given_form reads a word in lower case: the nominative's lower case is the candidate
    # the reading has just looked up (a cache hit), where the recased word is not.
    given = nominative != word and is_given_form(nominative.lower())
    place = folded in _place_words() or (not given and nominative.casefold() in _place_words())
    return given, place, False


# base_candidates changes at most the last _CASE_TAIL letters of a word (Паўлам -> Павел: the
# instrumental -ам, then the fleeting e of ўл; every other rule fewer), so a nominative keeps
# the word's first letters, recased as the word is.  tests/test_names_find.py checks the bound.
_CASE_TAIL: Final = 4


def _no_listed_nominative(word: str) -> bool:
    """True when no nominative of ``word`` can be a listed given name or a city's word: the
    letters every nominative keeps begin no listed form's outline (``belnews.names._outline``:
    the skeleton keeps a prefix's outline, its last letter class aside) and no city's word."""
    lowered = word.lower()
    size = len(word) - _CASE_TAIL
    if size < 2 or len(lowered) != len(word) or word.isupper() or lowered[0].upper() != word[0]:
        return False  # (recase would not give back the word's first letters as they are)
    return _begins_nothing_listed(word[0] + lowered[1:size])


@functools.lru_cache(maxsize=1 << 14)
def _begins_nothing_listed(kept: str) -> bool:
    """No listed given name's outline and no city's word begins with ``kept`` (cached: the kept
    letters of a name's case forms, and of words of one family, are the same)."""
    letters = word_outline(kept)
    if letters is None or letters[:-1] in _given_outline_prefixes():
        return False
    return kept.casefold() not in _place_prefixes()


@functools.cache
def _given_outline_prefixes() -> frozenset[str]:
    outlines = _form_outlines(cyrillic=False) | _form_outlines(cyrillic=True)
    return frozenset(form[:end] for form in outlines for end in range(len(form) + 1))


@functools.cache
def _place_prefixes() -> frozenset[str]:
    return frozenset(word[:end] for word in _place_words() for end in range(len(word) + 1))


def _surname_shaped(word: str, folded: str) -> bool:
    """A surname ending, and not an acronym (ДНС-сервераў), a country's or a city's adjective."""
    return (
        len(word) > 4
        and not word[1].isupper()
        and _surname_ending(word)
        and _COUNTRY_ADJECTIVE.match(word) is None
        and not _place_adjective(folded)
    )


def _title_case(word: str) -> bool:
    """Title case, hyphens aside (Motoc, Ab-cd)."""
    rest = word[1:].replace("-", "")
    return len(word) > 1 and (rest.islower() or not rest)


def _title_parts(word: str) -> bool:
    """Title case in each hyphenated part (Alapini-Gansou)."""
    return "-" in word and all(p[:1].isupper() and p[1:].islower() for p in word.split("-"))


def _common_word(folded: str) -> bool:
    """A capitalised word that names an office, an organisation, a place or a month."""
    return folded in _NOT_PERSON_WORD or folded in _NOT_NAME


@functools.lru_cache(maxsize=1 << 15)
def _info(word: str) -> _Info:
    """What one word can be, from the named rules above (cached per distinct word)."""
    folded = word.casefold()
    given, place, exact = _given_and_place(word, folded)
    if not place and folded.endswith(_PLURAL_CASE_ENDINGS):
        place = _plural_place_form(folded)
    return _built(word, folded, given, place, exact)


# The case endings of a plural place name (Клімавічы: з-пад Клімавічаў, у Клімавічах; Russian
# Климовичи: из Климовичей): the genitive -аў/-оў/-ёў reads like a surname's nominative
# (Іваноў), so such a word is a place when its plural nominative names a town (GeoNames).
_PLURAL_CASE_ENDINGS: Final = ("аў", "оў", "ёў", "ах", "ам", "амі", "ей", "ов", "ами")


@functools.cache
def _plural_place_stems() -> frozenset[str]:
    """The stems of the towns' Cyrillic names that are plurals (-ы, -і, -и): клімавіч, чавус."""
    from belnews.names.places import listed_names  # (read only when a word needs it)

    folded = {name.casefold() for name in listed_names() if " " not in name and len(name) > 4}
    return frozenset(
        form[:-1]
        for form in folded
        if form[-1] in "ыіи"
        and has_cyrillic(form)
        and not form.endswith(("скі", "ски"))  # Акцябрскі: an adjective, not a plural
    )


def _plural_place_form(folded: str) -> bool:
    """Клімавічаў, Жыткавічах, Климовичей: a case form of a town whose name is a plural."""
    for ending in _PLURAL_CASE_ENDINGS:
        if folded.endswith(ending) and folded[: -len(ending)] in _plural_place_stems():
            return True
    return False


def _built(word: str, folded: str, given: bool, place: bool, exact: bool) -> _Info:
    surname = not given and not place and _surname_shaped(word, folded)
    shaped = _title_parts(word) or (_title_case(word) and not place and not _common_word(folded))
    return _INFOS[given, surname, place, shaped, exact]


def _place_adjective(folded: str) -> bool:
    """Віцебскай, Мінскай, Магілёўскай, Полацкі: an adjective made from a city's name."""
    cut = max(folded.rfind("ск"), folded.rfind("цк"), folded.rfind("sk"), folded.rfind("ck"))
    if cut < 3:
        return False
    places = _place_words()
    return folded[: cut + 2] in places or folded[:cut] in places


# A word is a lexicon given name when it is listed as it is written; a word of four letters
# or more also when it has a listed Cyrillic form's skeleton (Юлія, Martin: Юлия, Мартин), and a
# Cyrillic one of six or more when it is one edit from one (a foreign name is spelt in Cyrillic
# many ways: Кэтрын, Стывэн).  Shorter and Latin words are not read so loosely: За has Зоя's
# skeleton, and Ryman, Korea, Marine, Дзень are one edit from Raman, Kira, Marina, Дзяніс.
_SKELETON_LETTERS: Final = 4
_NEAR_LETTERS: Final = 6


@functools.lru_cache(maxsize=1 << 14)
def _lexicon_given(word: str) -> bool:
    """A full given name, in title case, of the region's word list (``given_words.tsv``) or
    of the multilingual lexicon (``belnews.names.given``): Кэтрын, Юлія, Algirdas, Макс - names
    the curated table, which the match key reads, does not list.  A pet form of the lexicon
    (Слава, Саша) is none: "Слава Україні"; nor is a word of a place's or an office's name."""
    if len(word) < 2 or not word[0].isupper() or not word[1:].islower():
        return False
    if _common_word(word.casefold()):  # a word of a place's or an office's name: Santa Cruz
        return False
    if fold(word) in _given_words():
        return True
    nominative = instrumental_or_dative_given(word)  # Володимиром, Андрієм, Олександрові
    if nominative is not None and _lexicon_given(nominative):
        return True
    senses = _listed_senses(word)
    if not senses and len(word) >= _SKELETON_LETTERS:
        # the skeleton of a listed Cyrillic form (Юлія, Martin: Юлия, Мартин), or one edit
        # from it (Кэтрын)
        near = len(word) >= _NEAR_LETTERS and has_cyrillic(word)
        senses = given_name_groups(word) if near else _exact_senses(word)
    return any(not sense.diminutive for sense in senses)


def any_given(word: str) -> bool:
    """A given name by the curated table (in any case form) or by the lexicons as written."""
    return _info(word).given or _lexicon_given(word)


@functools.cache
def _given_words() -> frozenset[str]:
    """The folded forms of ``data/names/given_words.tsv``: Faker's given names of the region's
    languages (``tools/build_given_words.py``), read on first use."""
    rows = names_data("given_words.tsv").splitlines()[1:]
    return frozenset(fold(row.split("\t", 1)[0]) for row in rows if row)


def lexicon_name(words: list[str], infos: list[_Info]) -> int:
    """Where a name by a lexicon given name begins in a segment of two or three words that the
    curated table makes no name, or -1: the given name, then only name-shaped words or
    surnames, none a word of a city ("Кэтрын Эштан", "Стывэн Фрай"; not "Мая Беларусь")."""
    if len(words) > 3 or any(info.place for info in infos):
        return -1
    last = len(words) - 1  # the words after the given name: name-shaped or surnames
    while last > 0 and (infos[last].shaped or infos[last].surname):
        last -= 1
    for i in range(last, len(words) - 1):  # (the look-up last: it costs most)
        if _lexicon_given(words[i]):
            # a word of a place's or an institution's name before it makes the words the name
            # of something else: "San Francisco Chronicle" (not "Голова Олександр Клименко")
            before = (_common_word(word.casefold()) for word in words[:i])
            return -1 if any(before) else i
    return -1


@functools.cache
def countries() -> frozenset[str]:
    """The names of countries, territories and regions (``data/names/countries.txt``: CLDR, in
    the languages of the region's press), lower case."""
    return frozenset(names_data("countries.txt").split("\n")) - {""}


def is_country(mention: NameMention) -> bool:
    """Whether a mention's whole text, or its nominative, names a country or a region ("New
    Zealand", "Spain", "Малдовы"): no person (a word of one alone is not enough: "Jordan
    Peterson")."""
    names = countries()
    return mention.surface.casefold() in names or mention.base.casefold() in names
