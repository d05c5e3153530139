"""Properties of the name functions: total over Unicode, reflexive, symmetric, key invariance.

The key-invariance property is the contract of issue 4: ``name_key(to_latin(x, s)) ==
name_key(x)`` for every Belarusian system ``s``, checked on every Belarusian Cyrillic name of
``tests/data/name_variants.tsv`` and on generated names.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from belnews import system_ids, to_latin
from belnews.names import MatchKind, match_names, name_key, name_parts, variants
from belnews.script import Script, detect_script
from strategies import belarusian_names
from timing import assert_linear

DATA = Path(__file__).resolve().parent / "data" / "name_variants.tsv"
_BE = set("абвгґдеёжзійклмнопрстуўфхцчшыьэюя")


def _belarusian_names() -> list[str]:
    with DATA.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    found = set()
    for row in rows:
        for name in (row["a"], row["b"]):
            words = name.split()
            scripts = {detect_script(w) for w in words}
            letters = {c.lower() for c in name if c.isalpha()}
            if words and scripts <= {Script.BELARUSIAN, Script.CYRILLIC} and letters <= _BE:
                found.add(name)
    return sorted(found)


BELARUSIAN_NAMES = _belarusian_names()
BE_SYSTEMS = system_ids(lang="be")


def test_the_test_set_is_large() -> None:
    assert len(BELARUSIAN_NAMES) > 300
    assert len(BE_SYSTEMS) >= 9


@pytest.mark.parametrize("system", BE_SYSTEMS)
def test_key_is_invariant_under_every_system_on_the_test_names(system: str) -> None:
    wrong = [
        (name, to_latin(name, system))
        for name in BELARUSIAN_NAMES
        if name_key(to_latin(name, system)) != name_key(name)
    ]
    assert wrong == []


# Generated Belarusian names come from the shared strategies (tests/strategies.py): a listed given
# name and a surname from the one Belarusian word generator.  з/с/ц + г/х are kept in them: the key
# reads those clusters as ж/ш/ч in every spelling (KEY_VERSION 2, issue 15).


@given(belarusian_names(), st.sampled_from(BE_SYSTEMS))
def test_key_is_invariant_under_every_system_on_generated_names(name: str, system: str) -> None:
    assert name_key(to_latin(name, system)) == name_key(name)


@pytest.mark.parametrize("system", BE_SYSTEMS)
@pytest.mark.parametrize(
    "name", ["Згурская", "Схаронак", "Цхай", "Асхат", "Сг", "Зміцер Згурскі", "Бесхлебнік"]
)
def test_sibilant_before_h_keys_alike_in_every_system(name: str, system: str) -> None:
    # з/с/ц + г/х are the digraphs of ж/ш/ч in the systems that write г or х as h
    assert name_key(to_latin(name, system)) == name_key(name)


@pytest.mark.parametrize("system", BE_SYSTEMS)
@pytest.mark.parametrize("name", ["Бадзьжа", "Бадзьза", "Ладзьжа", "Дзьзюба"])
def test_dz_before_sibilant_keys_alike_in_every_system_and_language(name: str, system: str) -> None:
    # дзь + ж/з is the Belarusian spelling of Russian дь + ж/з, whose Latin "dzh"/"dz" reads as
    # дж/дз: the key reads дз + ж as дж and дз + з as дз, so all three spellings key alike
    russian = name.replace("дзь", "дь").replace("Дзь", "Дь")
    assert name_key(to_latin(name, system)) == name_key(name) == name_key(russian)


@pytest.mark.parametrize("system", BE_SYSTEMS)
@pytest.mark.parametrize("name", ["Іе", "Іё", "Ія", "Іевіч", "Іяраслаў", "Іюнь"])
def test_initial_i_before_an_iotated_vowel_keys_alike_everywhere(name: str, system: str) -> None:
    # і + е/ё/я/ю is written i + je/jo/ja/ju, iye, iie or ie (both "iie" and "ie" in passports)
    assert name_key(to_latin(name, system)) == name_key(name)


@given(st.text())
def test_total_over_unicode(text: str) -> None:
    assert isinstance(name_key(text), str)
    m = match_names(text, text)
    # reflexive wherever there is a name (a part name_parts reads); a string with no word of
    # one - "", punctuation, a lone apostrophe ʼ - matches nothing, itself included
    assert m.is_match == bool(name_parts(text))
    assert m.is_match or m.via == ("no name",)
    assert isinstance(variants(text), dict)


@given(st.text(), st.text())
def test_symmetric_over_unicode(a: str, b: str) -> None:
    assert match_names(a, b) == match_names(b, a)
    assert 0.0 <= match_names(a, b).score <= 1.0


@given(belarusian_names(), belarusian_names())
def test_symmetric_on_names(a: str, b: str) -> None:
    assert match_names(a, b) == match_names(b, a)


@given(belarusian_names())
# an indeclinable -вэ surname, whose skeleton is that of a woman's -ва form (found by Hypothesis:
# its Russian spelling "Пётр Бабаве" was read as the man's Бабаў and the two as man and woman)
@example("Пятро Бабавэ")
# a word made like a patronymic in a surname's place (Фомич was its Russian form), and a
# surname of two letters' skeleton whose Russian form differs in ць/ть (also found by Hypothesis)
@example("Іван Там’яовіч")
@example("Іван Аць")
# дзь before ж or з, whose Russian form has дь: "dz"/"dzh" read дз/дж there (KEY_VERSION 3)
@example("Іван Бадзьжа")
@example("Іван Бадзьза")
# і + iotated vowel at the start (Іё, its Russian Ие: "ijo" was read as і, "ie" as е)
@example("Іван Іё")
# a surname with ў whose Russian form is spelled like a given name (Волга ~ Вольга)
@example("Іван Воўга")
@example("Іван Оўба")
@example("Іван Воўло")
@example("Настасся Бабэва")
@example("Іван Рураковіч")  # its Russian form was Рюрикович, a word its vowels do not match
@example("Марык Бабавё")  # its Russian Бабаве, read as the locative of a man's Бабаў
def test_reflexive_and_variants_match(name: str) -> None:
    assert match_names(name, name).is_match
    for system, spelling in variants(name).items():
        assert match_names(name, spelling).is_match, (system, spelling)


@pytest.mark.parametrize("name", BELARUSIAN_NAMES[::7])
def test_every_variant_matches_on_the_test_names(name: str) -> None:
    for system, spelling in variants(name).items():
        assert match_names(name, spelling).is_match, (system, spelling)


@pytest.mark.parametrize(
    "name",
    ["Sviatlana Tsikhanouskaya", "Śviatłana Cichanoŭskaja", "Aliaksandr Lukashenka",
     "Pavel Latushko", "Maryia Kalesnikava", "Светлана Тихановская", "Ihar Losik"],
)  # fmt: skip
def test_variants_of_latin_and_russian_names_match(name: str) -> None:
    found = variants(name)
    assert found
    for system, spelling in found.items():
        assert match_names(name, spelling).is_match, (system, spelling)


@given(belarusian_names(), st.sampled_from(["passport", "lacinka", "bgn-pcgn", "national-2023"]))
@example("Святлана Ціханоўская", "bgn-pcgn")  # TSIKHANOUSKAYA read back ЦІХАНОЎСКАя
@example("Канстанцін Цюўдзюта", "passport")
def test_variants_of_a_name_in_capitals_are_in_capitals(name: str, system: str) -> None:
    # Word-level case: a name in capitals has the variants of its Title-case form, in capitals
    # (the press reader's y -> i respelling kept the case of the word it respelled)
    latin = to_latin(name, system)
    found = variants(latin.upper())
    assert found == {key: spelling.upper() for key, spelling in variants(latin).items()}


@pytest.mark.parametrize(
    ("name", "cyrillic", "russian"),
    [
        ("TSIKHANOUSKAYA", "ЦІХАНОЎСКАЯ", "ТИХАНОВСКАЯ"),
        ("SVIATLANA TSIKHANOUSKAYA", "СВЯТЛАНА ЦІХАНОЎСКАЯ", "СВЕТЛАНА ТИХАНОВСКАЯ"),
        ("CICHANOUSKA", "ЦІХАНОЎСКАЯ", "ТИХАНОВСКАЯ"),  # the Polish reader's -a -> -aja, u -> ŭ
        ("LOUKACHENKO", "ЛУКАШЭНКА", "ЛУКАШЕНКО"),  # the French reader
        ("ALEXEI", "АЛЯКСЕЙ", "АЛЕКСЕЙ"),  # x read as ks (it gave АЛЕКсЕЙ, or no reading)
        ("MAXIM ZNAK", "МАКСІМ ЗНАК", "МАКСИМ ЗНАК"),
    ],
)
def test_variants_of_press_spellings_in_capitals(name: str, cyrillic: str, russian: str) -> None:
    found = variants(name)
    assert (found["cyrillic"], found["ru"]) == (cyrillic, russian)
    assert all(spelling == spelling.upper() for spelling in found.values()), found


@given(st.text(), st.text())
def test_symmetric_at_every_threshold(a: str, b: str) -> None:
    for kind in (MatchKind.FUZZY, MatchKind.TRANSLIT):
        assert match_names(a, b, min_kind=kind) == match_names(b, a, min_kind=kind)


@given(belarusian_names())
def test_fuzzy_never_rejects_what_the_default_accepts(name: str) -> None:
    other = name.upper()
    default = match_names(name, other)
    assert match_names(name, other, min_kind=MatchKind.FUZZY).kind >= default.kind


@given(st.text())
def test_name_parts_total(text: str) -> None:
    assert len(name_parts(text)) <= 16


def test_matching_grows_linearly_on_long_names() -> None:
    # A name is compared on its first six words and typed on its first 16: bounded per call.
    def make(n: int) -> str:
        return " ".join(f"Лукашэнка{i}" for i in range(n))

    assert_linear(lambda text: match_names(text, text + " Ivan"), make, 50)
    assert_linear(name_parts, make, 50)
