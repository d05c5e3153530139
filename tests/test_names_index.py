"""NameIndex: blocking by key, best-first candidates, pickling."""

from __future__ import annotations

import pickle

import pytest

from belnews.names import MatchKind, NameIndex


@pytest.fixture
def index() -> NameIndex:
    built = NameIndex()
    built.add("Святлана Ціханоўская", id="sviatlana")
    built.add("Сяргей Ціханоўскі", id="siarhiej")
    built.add("Аляксандр Лукашэнка", id="aliaksandr")
    built.add("Віктар Лукашэнка", id="viktar")
    built.add("Марыя Калеснікава", id="maryja")
    built.add("Maria Kolesnikova", id="maryja")  # a second name for the same id
    built.add("Алесь Бяляцкі", id="ales")
    return built


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("Sviatlana Tsikhanouskaya", "sviatlana"),
        ("Svetlana Tikhanovskaya", "sviatlana"),
        ("Ціханоўскай", "sviatlana"),  # inflected, surname only
        ("Сьвятланы Ціханоўскай", "sviatlana"),
        ("Siarhei Tsikhanouski", "siarhiej"),
        ("A. Lukashenko", "aliaksandr"),
        ("LUKASHENKA ALIAKSANDR HRYHORAVICH", "aliaksandr"),
        ("Алеся Бяляцкага", "ales"),
    ],
)
def test_lookup_finds_the_person(index: NameIndex, mention: str, expected: str) -> None:
    found = index.lookup(mention)
    assert found, mention
    assert found[0].id == expected
    assert found[0].match.is_match


def test_family_members_are_not_returned(index: NameIndex) -> None:
    ids = [c.id for c in index.lookup("Śviatłana Cichanoŭskaja")]
    assert ids == ["sviatlana"]
    ids = [c.id for c in index.lookup("Viktar Lukashenka")]
    assert ids == ["viktar"]


def test_best_first(index: NameIndex) -> None:
    found = index.lookup("Марыя Калеснікава")
    assert [c.id for c in found] == ["maryja", "maryja"]
    assert found[0].match.kind is MatchKind.EXACT
    assert found[0].match.score >= found[1].match.score


def test_surname_only_returns_every_bearer(index: NameIndex) -> None:
    assert {c.id for c in index.lookup("Лукашенко")} == {"aliaksandr", "viktar"}


def test_no_candidates() -> None:
    empty = NameIndex()
    assert empty.lookup("Лукашэнка") == ()
    assert len(empty) == 0


def test_pickle_round_trip(index: NameIndex) -> None:
    copy = pickle.loads(pickle.dumps(index))
    assert len(copy) == len(index)
    assert copy.lookup("Tsikhanouskaya") == index.lookup("Tsikhanouskaya")


def test_limit(index: NameIndex) -> None:
    assert len(index.lookup("Лукашенко", limit=1)) == 1


def test_type_errors(index: NameIndex) -> None:
    with pytest.raises(TypeError):
        index.add(1, id=1)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        index.lookup(None)  # type: ignore[arg-type]
