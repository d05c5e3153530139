"""find_names: person names in running English, Łacinka, Belarusian and Russian text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from belnews.names import NameMention, find_names, name_key


def _surfaces(text: str) -> list[str]:
    return [m.surface for m in find_names(text)]


def test_english() -> None:
    text = "Sviatlana Tsikhanouskaya met A. Lukashenko's envoy, said President Lukashenka."
    assert _surfaces(text) == ["Sviatlana Tsikhanouskaya", "A. Lukashenko", "Lukashenka"]


def test_lacinka_with_preposition_and_case() -> None:
    # Nasha Niva Łacinka style (romanization.md §1.5).
    (mention,) = find_names("Sustrecha ź Cichanoŭskaj i Pavieł Łatuška.")[:1]
    assert mention.surface == "Cichanoŭskaj"
    assert mention.base == "Cichanoŭskaja"
    assert [m.surface for m in find_names("Jon havaryŭ z Pavieł Łatuška.")] == ["Pavieł Łatuška"]


def test_belarusian_inflected() -> None:
    (mention,) = find_names("Сустрэча са Сьвятланай Ціханоўскай адбылася ўчора.")
    assert (mention.surface, mention.base) == ("Сьвятланай Ціханоўскай", "Сьвятлана Ціханоўская")
    assert mention.key == name_key("Sviatlana Tsikhanouskaya")


def test_russian_and_surname_first() -> None:
    assert _surfaces("Вчера Сергей Тихановский написал") == ["Сергей Тихановский"]
    assert _surfaces("Указ подписал Лукашенко Александр Григорьевич.") == [
        "Лукашенко Александр Григорьевич"
    ]


def test_spans_index_the_text() -> None:
    text = "Аляксандр Лукашэнка і Марыя Калеснікава"
    for mention in find_names(text):
        assert isinstance(mention, NameMention)
        assert text[mention.start : mention.end] == mention.surface
        assert mention.span == (mention.start, mention.end)
    assert len(find_names(text)) == 2


def test_words_before_the_name_are_not_part_of_it() -> None:
    assert _surfaces("Philosopher Uładzimir Mackievič spoke.") == ["Uładzimir Mackievič"]
    assert _surfaces("Politics Minister Pavel Latushka") == ["Pavel Latushka"]


def test_glued_teaser_words_are_split() -> None:
    # Pozirk teaser lists lose the space between the category and the title (shared news page).
    assert "Łukašenka" in _surfaces("- PoliticsŁukašenka signed the decree")


def test_not_names() -> None:
    assert find_names("The weather in Minsk was fine. Belarusian roads are long.") == ()
    assert find_names("") == ()
    assert find_names("Беларускі лідар.") == ()


def test_shared_news_pages(shared_dir: Path) -> None:
    page = (
        shared_dir / "data" / "news" / "nashaniva_be-cyrl_cichanouski-adzinocnaja-kamera_341963.txt"
    )
    mentions = find_names(page.read_text(encoding="utf-8"))
    keys = {m.key for m in mentions}
    assert name_key("Sviatlana Tsikhanouskaya") in keys
    assert name_key("Siarhiej Cichanoŭski") in keys


def test_linear_time_on_hostile_input() -> None:
    assert find_names("A" * 1_000_000) is not None
    assert len(find_names("Aa " * 200_000)) == 0


@given(st.text())
def test_total_over_unicode(text: str) -> None:
    for mention in find_names(text):
        assert text[mention.start : mention.end] == mention.surface


def test_type_error() -> None:
    with pytest.raises(TypeError):
        find_names(b"x")  # type: ignore[arg-type]
