"""Typed name parts (issue 11): given name, patronymic, surname, particle, initial."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from belnews.names import NamePart, name_parts


def _roles(name: str) -> list[tuple[str, str]]:
    return [(p.text, p.role) for p in name_parts(name)]


@pytest.mark.parametrize(
    ("name", "roles"),
    [
        # Sanctions-list order: SURNAME, Given Patronymic (UK list, issue 11)
        ("MAKEI, Uladzimir Uladzimiravich",
         [("MAKEI", "surname"), ("Uladzimir", "given"), ("Uladzimiravich", "patronymic")]),
        # SECO order: family name, given name, father's name
        ("Lukashenka Dzmitry Aliaksandravich",
         [("Lukashenka", "surname"), ("Dzmitry", "given"), ("Aliaksandravich", "patronymic")]),
        # Canada Gazette: an all-caps surname last
        ("Nikolai Aleksandrovich LUKASHENKO",
         [("Nikolai", "given"), ("Aleksandrovich", "patronymic"), ("LUKASHENKO", "surname")]),
        ("Лідзія Міхайлаўна Ярмошына",
         [("Лідзія", "given"), ("Міхайлаўна", "patronymic"), ("Ярмошына", "surname")]),
        ("A. Lukashenko", [("A.", "initial"), ("Lukashenko", "surname")]),
        ("Ганна Марыя Іванова", [("Ганна", "given"), ("Марыя", "given"), ("Іванова", "surname")]),
        ("TSIKHANOUSKAYA, Sviatlana", [("TSIKHANOUSKAYA", "surname"), ("Sviatlana", "given")]),
        ("Ludwig van Beethoven",
         [("Ludwig", "surname"), ("van", "particle"), ("Beethoven", "surname")]),
    ],
)  # fmt: skip
def test_roles(name: str, roles: list[tuple[str, str]]) -> None:
    assert _roles(name) == roles


@pytest.mark.parametrize(
    "patronymic",
    ["Uladzimiravich", "Vladimirovich", "Wladimirowitsch", "Уладзіміравіч", "Владимирович"],
)
def test_patronymics_of_one_father_share_a_group(patronymic: str) -> None:
    part = name_parts(f"Ivan {patronymic} Kuznetsov")[1]
    assert part == NamePart(patronymic, "patronymic", "uladzimir")


def test_a_name_without_letters_has_no_parts() -> None:
    assert name_parts("") == ()
    assert name_parts("!!! 123") == ()


def test_type_error() -> None:
    with pytest.raises(TypeError):
        name_parts(3)  # type: ignore[arg-type]


@given(st.text(max_size=200))
def test_total_and_in_order(text: str) -> None:
    parts = name_parts(text)
    assert len(parts) <= 16
    assert all(p.role in ("given", "patronymic", "surname", "particle", "initial") for p in parts)
