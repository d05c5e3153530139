"""NameIndex on initials and inflected forms: which name ranks first, and why (round 6)."""

from __future__ import annotations

import pytest

from belnews import MatchKind, NameIndex, match_names


@pytest.mark.parametrize(
    ("mention", "typed", "loose"),
    [
        ("I. Baskakau", "Ісмагіл Баскакаў", "Эрнест Баскакаў"),  # I/Э: one skeleton letter
        ("K. Shakhin", "Хачым Шахін", "Гульнара Шахін"),  # Х is typed Kh, Г is H or G
        ("E. Balanava", "Элене Баланава", "Юланна Баланава"),  # Ю is typed Iu, Yu, Ju
        ("A. Anakhatunian", "Агапі Анахатунян", "Ганна Анахатунян"),  # Ганна fits as Анна
        ("И. Петров", "Іван Пятроў", "Эдуард Пятроў"),  # И and І are one letter typed
    ],
)
def test_an_initial_typed_for_the_name_ranks_first(mention: str, typed: str, loose: str) -> None:
    for order in ((loose, typed), (typed, loose)):  # not by the order of adding (nor the id)
        index = NameIndex()
        for name in order:
            index.add(name, id=name)
        found = index.lookup(mention)
        assert [c.id for c in found] == [typed, loose]
        assert "loose initial" in found[1].match.via
        assert found[0].match.score - found[1].match.score == pytest.approx(0.01)


def test_a_loose_initial_still_matches() -> None:
    """Only the order changes: an initial that fits loosely is still a match."""
    found = match_names("I. Baskakau", "Эрнест Баскакаў")
    assert found.kind is MatchKind.TRANSLIT
    assert found.is_match
    assert found.via == ("initials", "loose initial")
    assert match_names("I. Baskakau", "Ісмагіл Баскакаў").via == ("initials",)
