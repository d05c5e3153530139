"""A mention that names a place, not a person, is none (issue 10: ``names/_find_places``)."""

from __future__ import annotations

import time
from importlib import resources

import pytest

from belnews import find_names
from belnews.names._find_places import is_place, world_places
from belnews.names.models import NameMention


def _surfaces(text: str, language: str | None = None) -> list[str]:
    return [m.surface for m in find_names(text, language=language)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the audit's pages: an oblast and its raion, a city, a country's short name
        ("Shelling hit Kherson Oblast again, said Anna Kowalska.", ["Anna Kowalska"]),
        ("The Bilozerka Raion head said the town was shelled.", []),
        ("The stabbing occurred at a clinic in Berlin, where he worked.", []),
        ("He is serving a prison term in Britain for skipping bail.", []),
        ("The man ate the meat in Inner Mongolia on November 5.", []),
        ("Protests in Hong Kong went on, said Joshua Wong.", ["Joshua Wong"]),
        ("The demonym for a citizen is New Zealander, said Jacinda Ardern.", ["Jacinda Ardern"]),
        # Belarusian and Russian: the nominative of a case form is a place
        ("Лукашэнка не паедзе ў Варшаву. Херсон чакае.", ["Лукашэнка"]),
    ],
)
def test_a_place_is_no_person(text: str, names: list[str]) -> None:
    assert _surfaces(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a full name that begins with a place's word stays a name, and so does its word later
        ("The actress Paris Hilton said no. On Monday, Paris said yes.", ["Paris Hilton", "Paris"]),
        # a place's name that is a listed given name is a person's
        ("Вечарам Сафія сказала, што прыйдзе.", ["Сафія"]),  # (Sofia, the city: Сафія)
        # a word of a place inside a longer name is not enough
        (
            "The actress Florence Pugh said no, and Sofia Rotaru came.",
            ["Florence Pugh", "Sofia Rotaru"],
        ),
    ],
)
def test_a_person_named_like_a_place_stays(text: str, names: list[str]) -> None:
    assert _surfaces(text) == names


def _mention(surface: str, base: str | None = None) -> NameMention:
    return NameMention(surface, 0, len(surface), base or surface, "")


@pytest.mark.parametrize(
    "surface",
    ["Kherson Oblast", "Brest Voblast", "Minsk Region", "Marin County", "Херсон", "New Yorker"],
)
def test_is_place(surface: str) -> None:
    assert is_place(_mention(surface))


# a lone word of a region's name, listed given names, a full name, a one-word stem in -er, and
# towns' names that are common surnames (left out of the list by Faker's names)
@pytest.mark.parametrize(
    "surface", ["Oblast", "Victor", "Sofia", "Anna Kowalska", "Baker", "Kennedy", "Hamilton"]
)
def test_is_no_place(surface: str) -> None:
    assert not is_place(_mention(surface))


def test_a_place_known_as_a_full_names_word_stays() -> None:
    assert is_place(_mention("Berlin"))
    assert not is_place(_mention("Berlin"), known=frozenset({"irving", "berlin"}))


def test_the_list_is_compact_lower_case_and_fast() -> None:
    """The shipped list (tools/build_world_places.py) stays small, lower case, sorted, and its
    first read is cheap."""
    path = resources.files("belnews").joinpath("data/names/places_world.txt")
    text = path.read_text(encoding="utf-8")
    rows = text.splitlines()
    assert len(text.encode()) < 300_000
    assert rows == sorted(set(rows))
    assert all(row == row.casefold() for row in rows)
    assert {"berlin", "kherson", "варшава", "hong kong", "britain", "bayern"} <= set(rows)
    assert {"kennedy", "jackson", "austin"}.isdisjoint(rows)  # Faker's surnames: left out
    world_places.cache_clear()
    start = time.perf_counter()
    world_places()
    assert time.perf_counter() - start < 0.5
