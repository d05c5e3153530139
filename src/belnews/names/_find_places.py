"""Mentions that name a place, not a person, for :func:`belnews.find_names` (issue 10).

Two rules, read on the mentions found (``find.py`` filters them last):

- a mention whose last word is an administrative unit's ("Kherson Oblast", "Bilozerka Raion",
  "Marin County", "Minsk Region") names a region, and an English demonym of a place of two words
  or more ("New Zealander", "New Yorker") its people;
- a mention whose whole text, or nominative, is a well-known place's name
  (``data/names/places_world.txt``: CLDR's cities, GeoNames cities, ISO 3166-2 regions, in the
  languages of the region's press: "Berlin", "Kherson", "Варшаву", "Bayern") names that place -
  unless its word (its first word, of a name of two or more) is a given name or a surname of the
  library's own lists ("Sofia", "Сафія", "Брежнев": a person is the likelier reading), or a
  word of it is one of a full name found in the same text ("Paris" after "Paris Hilton").

A word of a place's name alone is not enough: "Paris Hilton", "Jordan Peterson" are names.
"""

from __future__ import annotations

import functools
from collections.abc import Set
from typing import Final

from belnews.names._find_info import any_given, countries, is_country
from belnews.names.lexicon import names_data
from belnews.names.models import NameMention
from belnews.names.surnames import _russian_surnames

__all__: list[str] = []  # private to belnews.names.find

# The last word of a region's name in English, in the romanized forms the press writes ("Brest
# Voblast", "Kherson Oblast") and in Belarusian, Russian and Ukrainian (capitalised in a title).
_ADMINISTRATIVE: Final = frozenset(
    {
        "oblast", "oblasts", "voblast", "voblasts", "region", "regions", "raion",
        "rayon", "district", "county", "province", "krai", "kray", "governorate", "voivodeship",
        "voivodship", "prefecture", "okrug", "municipality", "вобласць", "вобласці", "вобласцю",
        "область", "області", "области", "областью", "раён", "раёна", "раёне", "район",
        "района", "районе", "край", "краю", "округ", "акруга",
    }
)  # fmt: skip


@functools.cache
def world_places() -> frozenset[str]:
    """Well-known place names of the world, lower case (``data/names/places_world.txt``)."""
    return frozenset(names_data("places_world.txt").split("\n")) - {""}


def _person_word(word: str) -> bool:
    """A given name (curated table, in any case form, or the lexicons) or a listed surname."""
    return any_given(word) or word.casefold() in _russian_surnames()


def _demonym(folded: str) -> bool:
    """An English demonym in -er of a country's or a place's name of two words or more: "New
    Zealander", "New Yorker" (a one-word stem is left: Baker, Hamburger)."""
    for ending in ("er", "ers"):
        stem = folded.removesuffix(ending)
        if stem != folded and " " in stem and (stem in countries() or stem in world_places()):
            return True
    return False


def is_place(mention: NameMention, known: Set[str] = frozenset()) -> bool:
    """Whether a mention names a place, not a person (the module's two rules); ``known`` holds
    the casefolded words of the names found in full in the same text."""
    words = mention.surface.split()
    if len(words) > 1 and words[-1].casefold() in _ADMINISTRATIVE:
        return True
    if _demonym(mention.surface.casefold()):
        return True
    places = world_places()
    if mention.surface.casefold() not in places and mention.base.casefold() not in places:
        return False
    if any(word.casefold() in known for word in words):
        return False
    # a person's name would begin with a given name (or be a lone given name or surname)
    return not _person_word(words[0] if len(words) > 1 else mention.surface)


def no_person(mention: NameMention, known: Set[str] = frozenset()) -> bool:
    """A country's or a region's name (:func:`is_country`) or a place's (:func:`is_place`)."""
    return is_country(mention) or is_place(mention, known)
