"""Belarusian places under every name: GeoNames alternate names (CC BY), read on first use.

``data/names/places_belarus_cities.tsv`` holds the 50 Belarusian cities of GeoNames, and
``places_belarus_towns.tsv`` the other 92 towns of at least 5,000 inhabitants, with every
alternate name GeoNames records: Belarusian and Russian Cyrillic, the romanizations (Vitsyebsk,
Viciebsk, Vitebsk), other languages' names (Polish Witebsk, Lithuanian Vitebskas, German
Wizebsk, Yiddish ויטבסק) and older names (Мѣньскъ).  :func:`place_of` finds the place of any of
them; a spelling the file does not list is found by its phonetic skeleton when exactly one place
has that skeleton (Wiciebsk).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Final

import attrs

from belnews.errors import ensure_str
from belnews.names._skeleton import fine_skeleton, skeleton
from belnews.names.lexicon import names_data
from belnews.text import BELARUSIAN_ONLY, RUSSIAN_ONLY, UKRAINIAN_ONLY, fold, is_cyrillic

__all__ = ["Place", "place_of", "places", "same_place"]

_MAX_NAME: Final = 80
_BE = frozenset(BELARUSIAN_ONLY)
_RU = frozenset(RUSSIAN_ONLY)
_UK = frozenset(UKRAINIAN_ONLY)


@attrs.frozen
class Place:
    """One place of the gazetteer with its names."""

    geonameid: int
    name: str  #: the GeoNames name (a romanization: "Vitsyebsk")
    be: str  #: Belarusian Cyrillic ("Віцебск"), "" when GeoNames has none
    ru: str  #: Russian Cyrillic ("Витебск"), "" when GeoNames has none
    forms: tuple[str, ...]  #: every alternate name as GeoNames lists it


def _cyrillic_names(names: list[str]) -> list[str]:
    """The Cyrillic names that may be Belarusian or Russian (not Ukrainian, not old spelling)."""
    return [
        name
        for name in names
        if is_cyrillic(name)
        and not set(name.lower()) & _UK
        and not name.lower().endswith(("ськ", "ъ"))
        and "ѣ" not in name.lower()
    ]


def _russian_score(name: str) -> float:
    letters = set(name.lower())
    return (
        2.0 * bool(letters & _RU)
        + name.lower().count("о")
        - 3.0 * bool(letters & _BE or "э" in letters)
        + 0.5 * name.isupper()  # GeoNames' upper-case names are the Russian official ones
        - 1.0 * (" " in name)
    )


def _pick_be(name: str, candidates: list[str]) -> str:
    """The Belarusian name: the Cyrillic name GeoNames' own name romanizes (Hrodna -> Гродна),
    else the one with the most Belarusian letters."""
    plain = [c for c in candidates if not set(c.lower()) & _RU and not c.isupper()]
    plain.sort(key=lambda c: -len(set(c.lower()) & (_BE | {"э"})))
    for candidate in plain:
        if fine_skeleton(candidate) == fine_skeleton(name.replace("’", "")):
            return candidate
    plain.sort(key=lambda c: (-len(set(c.lower()) & (_BE | {"э"})), " " in c, len(c)))
    return plain[0] if plain else ""


def _pick_ru(be: str, candidates: list[str]) -> str:
    found = [c for c in candidates if c != be and _russian_score(c) > -1.0]
    if not found:
        return ""
    # GeoNames' upper-case names are the Russian official ones (МОЗЫРЬ, ПОСТАВЫ): first.
    best = max(found, key=lambda c: (c.isupper(), _russian_score(c)))
    titled = [c for c in found if c.lower() == best.lower() and not c.isupper()]
    return titled[0] if titled else best[:1] + best[1:].lower()


_FILES = ("places_belarus_cities.tsv", "places_belarus_towns.tsv")


@functools.cache
def places() -> tuple[Place, ...]:
    """Every place of the gazetteer (read once, on first use): the cities, then the towns."""
    return tuple(place for file in _FILES for place in _read(file))


def _read(file: str) -> list[Place]:
    out = []
    for geonameid, names in _rows(file):
        candidates = _cyrillic_names(list(names))
        be = _pick_be(names[0], candidates)
        out.append(Place(geonameid, names[0], be, _pick_ru(be, candidates), names))
    return out


def _rows(file: str) -> Iterator[tuple[int, tuple[str, ...]]]:
    """(geonameid, names) of each row of ``file``: the GeoNames name first, then its ASCII
    name and its alternate names, each once, as the file lists them."""
    for number, line in enumerate(names_data(file).splitlines()[1:], start=2):
        cells = line.split("\t")
        if len(cells) != 6 or not cells[0].isdigit():
            raise ValueError(f"{file}:{number}: malformed row")
        geonameid, name, ascii_name, alternates, _, _ = cells
        names = dict.fromkeys([name, ascii_name, *filter(None, alternates.split(","))])
        yield int(geonameid), tuple(names)


def listed_names() -> Iterator[str]:
    """Every name of every place as the gazetteer lists it (``Place.forms``), without the work
    :func:`places` does to pick each place's Belarusian and Russian name (a fifth of the time)."""
    for file in _FILES:
        for _, names in _rows(file):
            yield from names


@functools.cache
def _indexes() -> tuple[dict[str, Place], dict[str, Place]]:
    """(folded name -> place, skeleton -> place) for names that only one place has."""
    by_name: dict[str, set[int]] = {}
    by_skeleton: dict[str, set[int]] = {}
    ids = {place.geonameid: place for place in places()}
    for place in places():
        for form in place.forms:
            key = fold(form)
            if len(key) < 3:
                continue
            by_name.setdefault(key, set()).add(place.geonameid)
            if form.replace(" ", "").isalpha():
                by_skeleton.setdefault(skeleton(form), set()).add(place.geonameid)
    return (
        {key: ids[next(iter(v))] for key, v in by_name.items() if len(v) == 1},
        {key: ids[next(iter(v))] for key, v in by_skeleton.items() if len(v) == 1 and key},
    )


@functools.lru_cache(maxsize=1 << 12)
def _place(name: str) -> Place | None:
    if not name.strip() or len(name) > _MAX_NAME:
        return None
    by_name, by_skeleton = _indexes()
    found = by_name.get(fold(name))
    if found is not None or not name.replace(" ", "").isalpha():
        return found
    return by_skeleton.get(skeleton(name))


def place_of(name: str, /) -> Place | None:
    """The place a name (in any language, script or romanization) stands for, else ``None``.

    >>> place = place_of("Witebsk")
    >>> place.be, place.ru, place_of("Vitebskas") == place_of("ויטבסק") == place
    ('Віцебск', 'Витебск', True)
    >>> place_of("Brussels") is None
    True
    """
    return _place(ensure_str(name, "name"))


def same_place(a: str, b: str, /) -> bool:
    """True when two names stand for one place of the gazetteer.

    >>> same_place("Wilejka", "Вілейка"), same_place("Mahilyow", "Mogilev")
    (True, True)
    >>> same_place("Pinsk", "Minsk")
    False
    """
    first = place_of(a)
    return first is not None and first == place_of(b)
