"""base_form on Ukrainian case forms (names/_ukrainian.py): one nominative per person, and no
Belarusian or Russian name read the Ukrainian way."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from belnews.names import base_form, find_names
from belnews.names._ukrainian import is_ukrainian
from belnews.names.forms import _first_candidate

# Standard Ukrainian declension (a man's surname in -енко declines: Тараса Шевченка; a
# woman's does not: Юлії Тимошенко); the forms of the shared Ukrainian pages.
CASES = [
    ("Володимира Зеленського", "Володимир Зеленський"),
    ("з Володимиром Зеленським", "Володимир Зеленський"),
    ("Володимиру Зеленському", "Володимир Зеленський"),
    ("Володимирові Зеленському", "Володимир Зеленський"),
    ("Зеленського", "Зеленський"),
    ("Олени Зеленської", "Олена Зеленська"),
    ("Олену Зеленську", "Олена Зеленська"),
    ("Петра Порошенка", "Петро Порошенко"),
    ("Петром Порошенком", "Петро Порошенко"),
    ("Порошенка", "Порошенко"),
    ("Петро Порошенко", "Петро Порошенко"),
    ("Галущенка", "Галущенко"),
    ("Германа Галущенка", "Герман Галущенко"),
    ("Ігоря", "Ігор"),
    ("Ігорем Миронюком", "Ігор Миронюк"),
    ("Ігорю Фурсенку", "Ігор Фурсенко"),
    ("Василем Стусом", "Василь Стус"),
    ("Дмитра Кулеби", "Дмитро Кулеба"),
    ("Михайла Подоляка", "Михайло Подоляк"),
    ("Олексія Чернишова", "Олексій Чернишов"),
    ("Андрію Єрмаку", "Андрій Єрмак"),
    ("Миколи Микитенка", "Микола Микитенко"),
    ("Володимира Кудрицького", "Володимир Кудрицький"),
    ("Юлії Тимошенко", "Юлія Тимошенко"),
    ("Юлією Тимошенко", "Юлія Тимошенко"),
    ("Юлія Микитенко", "Юлія Микитенко"),  # a nominative: not a genitive of Юлій
    ("Владислава Калєтнік", "Владислава Калєтнік"),  # a woman's surname does not decline
    ("Бориса Шефірів", "Борис Шефірів"),  # (Сергія і Бориса Шефірів: a plural genitive)
    # round 18: -єнко after a vowel, a possessive surname's instrumental, an a-stem's -ою
    ("Сергієм Кудлаєнком", "Сергій Кудлаєнко"),
    ("Кудлаєнка", "Кудлаєнко"),
    ("з Володимиром Путіним", "Володимир Путін"),
    ("Іваном Івановим", "Іван Іванов"),
    ("Сергієм Притулою", "Сергій Притула"),
    ("з Дмитром Кулебою", "Дмитро Кулеба"),
    ("з Оленою Зеленською", "Олена Зеленська"),
    ("з Іриною Венедіктовою", "Ірина Венедіктова"),
]

# The same names in Belarusian and Russian keep their readings.
UNCHANGED = [
    ("Уладзіміра Зяленскага", "Уладзімір Зяленскі"),
    ("Владимира Зеленского", "Владимир Зеленский"),
    ("Дмитрия Медведева", "Дмитрий Медведев"),
    ("Лукашэнка", "Лукашэнка"),
    ("Лукашенко", "Лукашенко"),
    ("Павла Латушку", "Павел Латушка"),
    ("Владимиром Путиным", "Владимир Путин"),
    ("Уладзімірам Пуціным", "Уладзімір Пуцін"),
]


@pytest.mark.parametrize(("form", "nominative"), CASES)
def test_ukrainian_case_forms(form: str, nominative: str) -> None:
    assert base_form(form) == nominative


@pytest.mark.parametrize(("form", "nominative"), UNCHANGED)
def test_belarusian_and_russian_unchanged(form: str, nominative: str) -> None:
    assert not is_ukrainian(form, _first_candidate)
    assert base_form(form) == nominative


def test_one_base_in_running_text() -> None:
    text = (
        "Після зустрічі з Володимиром Зеленським прем'єр заявив, що підтримка "
        "Володимира Зеленського зростає."
    )
    assert {m.base for m in find_names(text)} == {"Володимир Зеленський"}
    assert len(find_names(text)) == 2  # the instrumental is found too (round 18)


@pytest.mark.parametrize(
    ("text", "base"),
    [
        # a given name of the lexicon (not of the curated table) in a Ukrainian case
        ("Зустріч з Андрієм Єрмаком відбулася.", "Андрій Єрмак"),
        ("Президент подякував Олександрові Усику.", "Олександр Усик"),
        ("Розмова з Сергієм Притулою тривала годину.", "Сергій Притула"),
        ("Він говорив з Володимиром Путіним.", "Володимир Путін"),
    ],
)
def test_a_lexicon_given_name_in_a_ukrainian_case_opens_a_name(text: str, base: str) -> None:
    assert [m.base for m in find_names(text)] == [base]


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        # (articles_uk) a given name with a surname of its own after a surname: two people
        ("радника Германа Галущенка Ігоря Миронюка взяли під варту.", ["Ігоря Миронюка"]),
        ("донька ексспікера Володимира Рибака Наталія, а також", ["Володимира Рибака", "Наталія"]),
        # (UD) a place before a name is no surname of it
        ("з Курапатаў Барысам Дуброўскім", ["Барысам Дуброўскім"]),
        # surname first with a patronymic, or alone: one person
        ("Заява Лукашенко Александра Григорьевича", ["Лукашенко Александра Григорьевича"]),
        ("Ён сказаў: Лукашэнка Аляксандр Рыгоравіч", ["Лукашэнка Аляксандр Рыгоравіч"]),
        ("Сідарэнка Віктар прыехаў", ["Сідарэнка Віктар"]),
    ],
)
def test_a_given_name_with_its_own_surname_starts_another_person(
    text: str, surfaces: list[str]
) -> None:
    assert [m.surface for m in find_names(text)] == surfaces


_NAME = st.text(alphabet="абвгдеіїкмнорсуцшьюяєиыэёўщ", min_size=1, max_size=12)


@given(st.lists(_NAME, min_size=1, max_size=3), st.sampled_from("ыэёъў"))
def test_a_letter_ukrainian_lacks_is_never_ukrainian(words: list[str], letter: str) -> None:
    name = " ".join(w.capitalize() for w in words) + letter
    assert not is_ukrainian(name, _first_candidate)
