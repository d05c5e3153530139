"""Reading Latin press spellings (read_latin) and the variants built on it (issue 11 item 5)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given

from belnews.names import variants
from belnews.names.reading import MAX_NAME, read_latin
from belnews.names.variants import belarusian_form, russian_form
from strategies import any_text, belarusian_names
from timing import assert_linear

# (Latin, Belarusian Cyrillic, Russian Cyrillic, convention)
READINGS = [
    # the press names
    ("Sergei Tikhanovsky", "Сяргей Ціханоўскі", "Сергей Тихановский", "ru:press"),
    ("Alexander Lukashenko", "Аляксандр Лукашэнка", "Александр Лукашенко", "ru:press"),
    ("Ales Bialiatski", "Алесь Бяляцкі", "Алесь Беляцкий", "passport"),
    # Belarusian systems
    ("Siarhei Tsikhanouski", "Сяргей Ціханоўскі", "Сергей Тихановский", "passport"),
    ("Maryia Kalesnikava", "Марыя Калеснікава", "Мария Колесникова", "passport"),
    ("Siarhiej Cichanoŭski", "Сяргей Ціханоўскі", "Сергей Тихановский", "lacinka"),
    ("Pavieł Łatuška", "Павел Латушка", "Павел Латушко", "lacinka"),
    ("Sviatlana Tsikhanouskaya", "Святлана Ціханоўская", "Светлана Тихановская", "press"),
    # Russian systems and English press
    ("Svetlana Tikhanovskaya", "Святлана Ціханоўская", "Светлана Тихановская", "ru:wikipedia"),
    ("Maria Kolesnikova", "Марыя Калеснікава", "Мария Колесникова", None),
    ("Viktor Babariko", "Віктар Бабарыка", "Виктор Бабарико", "ru:wikipedia"),
    ("Yermolenko", None, "Ермоленко", "ru:wikipedia"),
    # Polish and German press
    ("Cichanouska", "Ціханоўская", "Тихановская", "polish"),
    ("Lukaschenko", "Лукашэнка", "Лукашенко", None),
    # French and Czech press
    ("Alexandre Loukachenko", "Аляксандр Лукашэнка", "Александр Лукашенко", None),
    ("Svetlana Tikhanovskaïa", "Святлана Ціханоўская", "Светлана Тихановская", None),
    ("Tikhanovskaïa", "Ціханоўская", "Тихановская", None),
    ("Cichanouská", "Ціханоўская", "Тихановская", None),
    # Lithuanian press endings
    ("Siarhiejus Cichanouskis", "Сяргей Ціханоўскі", "Сергей Тихановский", "lithuanian"),
    ("Viktaras Babaryka", "Віктар Бабарыка", None, None),
    # SURNAME, Given Patronymic (sanctions lists)
    ("MAKEI, Uladzimir Uladzimiravich", "МАКЕЙ, Уладзімір Уладзіміравіч",
     "МАКЕЙ, Владимир Владимирович", "passport"),
    ("MAKEY, Vladimir Vladimirovich", "МАКЕЙ, Уладзімір Уладзіміравіч",
     "МАКЕЙ, Владимир Владимирович", "ru:wikipedia"),
]  # fmt: skip


@pytest.mark.parametrize(("latin", "be", "ru", "convention"), READINGS)
def test_read_latin(latin: str, be: str | None, ru: str | None, convention: str | None) -> None:
    reading = read_latin(latin)
    assert not reading.foreign
    if be is not None:
        assert reading.be == be
    if ru is not None:
        assert reading.ru == ru
    if convention is not None:
        assert reading.convention == convention


@pytest.mark.parametrize(
    "name",
    ["Iulia Motoc", "Reine Alapini-Gansou", "Emmanuel Macron", "John Smith", "Viasna",
     "Jonas Valančiūnas", "Thomas Mann"],
)  # fmt: skip
def test_foreign_names_are_kept(name: str) -> None:
    reading = read_latin(name)
    assert reading.foreign
    assert (reading.be, reading.ru, reading.convention) == (name, name, "foreign")
    assert variants(name) == {}


def test_variants_of_press_names() -> None:
    v = variants("Sergei Tikhanovsky")
    assert (v["cyrillic"], v["ru"]) == ("Сяргей Ціханоўскі", "Сергей Тихановский")
    assert v["passport"] == "Siarhei Tsikhanouski"
    assert v["lacinka"] == "Siarhiej Cichanoŭski"
    assert v["ru:wikipedia"] == "Sergey Tikhanovsky"
    v = variants("Alexander Lukashenko")
    assert "Алехандер" not in v["cyrillic"]
    assert v["cyrillic"] == "Аляксандр Лукашэнка"
    assert v["lacinka"] == "Alaksandr Łukašenka"


def test_russian_forms_of_belarusian_names() -> None:
    assert variants("Марыя Калеснікава")["ru"] == "Мария Колесникова"
    assert variants("Алесь Бяляцкі")["ru"] == "Алесь Беляцкий"
    assert russian_form("Уладзімір Уладзіміравіч Макей") == "Владимир Владимирович Макей"


def test_a_patronymic_is_read_only_in_its_place() -> None:
    """A word made like a patronymic is spelled through its father's name in a patronymic's
    place (a name of three or more words, as the name key reads it); elsewhere only when that
    spelling is the same word.  Found by Hypothesis: "Іван Тамашовіч" gave "Иван Фомич"."""
    assert russian_form("Іван Тамашовіч Пятроў") == "Иван Фомич Петров"
    assert russian_form("Іван Тамашовіч") == "Иван Тамашович"  # a surname keeps its stem
    # "the same word" as the matcher reads it: Рураковіч is not Рюрикович (their vowels differ;
    # the coarse skeleton alone joined them: found by Hypothesis)
    assert russian_form("Іван Рураковіч") == "Иван Руракович"
    assert russian_form("Іван Пятровіч Сідарэнка") == "Иван Петрович Сидоренко"
    assert russian_form("Іван Янкавіч") == "Иван Янкович"  # not Иванович
    assert russian_form("Максім Багдановіч") == "Максим Богданович"  # the same word
    assert russian_form("Іванавіч") == "Иванович"
    assert belarusian_form("Айжан Викторовна") == "Айжан Віктараўна"
    assert "Фад" not in belarusian_form("Аннета Тадеушевна")  # Тадеуш's, not Фаддей's


def test_russian_names_get_belarusian_forms() -> None:
    v = variants("Мария Колесникова")
    assert v["ru"] == "Мария Колесникова"
    assert v["be"] == "Марыя Калеснікава"
    assert v["passport"] == "Maryia Kalesnikava"
    assert v["ru:wikipedia"] == "Mariya Kolesnikova"
    assert belarusian_form("Светлана Тихановская") == "Святлана Ціханоўская"


def test_variants_values_are_spellings_only() -> None:
    for name in ("Sergei Tikhanovsky", "Мария Колесникова", "Святлана Ціханоўская"):
        for key, value in variants(name).items():
            assert value, (name, key)
            assert value != key, (name, key)


@given(belarusian_names())
def test_russian_form_round_trips_to_the_same_belarusian_letters(name: str) -> None:
    russian = russian_form(name)
    assert len(russian.split()) == len(name.split())


@given(any_text)
def test_total_over_unicode(text: str) -> None:
    reading = read_latin(text)
    assert isinstance(reading.be, str)
    assert isinstance(reading.ru, str)
    assert isinstance(variants(text), dict)


def test_bounded_input_rule() -> None:
    # Issue 15: a name past the bound has no variants and is not read (said in the docs).
    assert variants("A" * (MAX_NAME + 1)) == {}
    assert read_latin("Aa " * 20).foreign


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "A" * n,  # issue 15: was 1.3 / 8.4 / 62 s at 100 KB / 400 KB / 1.6 MB
        lambda n: "Aliaksandr " * (n // 11),
        lambda n: "Ціханоўская " * (n // 12),
        lambda n: "Ц" * n,
    ],
)
def test_variants_is_linear(make: object) -> None:
    assert_linear(variants, make, 25_000)  # type: ignore[arg-type]


@pytest.mark.parametrize("convert", [russian_form, belarusian_form])
def test_forms_are_linear(convert: object) -> None:
    # names of three words (a patronymic's place is read for each) and words made like one
    def make(n: int) -> str:
        return "Іван Тамашовіч Пятроў, Иван Фомич Петров, " * (n // 42)

    assert_linear(convert, make, 25_000)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("latin", "be", "ru"),
    [
        # an initial is a letter of its own, read with the passport table
        ("S. Cichanouskaja", "С. Ціханоўская", "С. Тихановская"),
        ("E. Kolesnikova", "Э. Калеснікава", "Е. Колесникова"),
        # a strong East Slavic ending is evidence however the letters read (press hybrid)
        ("Tsikhanovskaya", None, "Цихановская"),
        # a place of the gazetteer reads as the gazetteer spells it, in the input's case
        ("Baranowicze", "Баранавічы", "Барановичи"),
        ("BREST", "БРЭСТ", "БРЕСТ"),
        # a town where GeoNames lists one Cyrillic name for both languages (Любань)
        ("Lyuban", "Любань", "Любань"),
        ("Liozna", "Лёзна", "Лиозно"),
        # Łacinka letters (ł ŭ ć ś ź) are Belarusian evidence on their own
        ("Cepkała", "Цэпкала", None),
    ],
)
def test_slavic_evidence_is_never_read_as_foreign(
    latin: str, be: str | None, ru: str | None
) -> None:
    reading = read_latin(latin)
    assert not reading.foreign
    assert be is None or reading.be == be
    assert ru is None or reading.ru == ru
    assert variants(latin)  # spellings, not {}


# --- round 3: press conventions read back (belnews.names.press) ----------------------------------
# German press spellings of Russian names in the Duden transcription (as German Wikipedia and the
# German press print them), with the Russian form.  Round 2's reader read 12 of these 30 right,
# the first Duden fix (s/z order and ambiguity, made before this set existed) 20; the l, e, i
# and j rules were then taken from the Duden table after reading this set's misses, so the 25
# is a development figure, not a held-out one.  The rest are the transcription's own
# ambiguities (initial s: Sacharowa is Захарова, Sacharow Сахаров) or surnames the OpenCorpora
# list does not hold.
GERMAN_PRESS = [
    tuple(line.split("\t"))
    for line in (Path(__file__).parent / "data" / "german_press_names.tsv")
    .read_text(encoding="utf-8")
    .splitlines()[1:]
]


def test_german_press_spellings_read_back() -> None:
    def same(a: str, b: str) -> bool:
        return a.lower().replace("ё", "е") == b.lower().replace("ё", "е")

    right = sum(same(read_latin(latin).ru, ru) for latin, ru in GERMAN_PRESS)
    assert right >= 25, right


@pytest.mark.parametrize(
    ("word", "spellings"),
    [
        ("Sacharenko", ("Sacharienko", "Zacharienko")),  # initial s: с or з
        ("Wassilij", ("Vasili",)),  # ss between vowels: с; -ij: -ий
        ("Schodsina", ("Šodzina", "Žodzina")),  # sch: ш or ж; ds: дз
        ("Zepkalo", ("Ciepkało",)),  # z: ц
        ("Jelzin", ("Jełcin", "Jelcin")),  # l before a consonant: л or ль
        ("Snak", ("Snak", "Znak")),  # initial s before a voiced consonant: с or з
    ],
)
def test_german_spellings(word: str, spellings: tuple[str, ...]) -> None:
    from belnews.names.press import german_spellings

    assert german_spellings(word) == spellings


@pytest.mark.parametrize(
    ("word", "nominative", "gender"),
    [
        ("Lukašenka", "Lukašenko", "m"),  # Slovenian genitive of a man's -o name
        ("Cihanovske", "Cihanovska", "f"),  # Slovenian/Croatian genitive, adjectival
        ("Lukašenkovi", "Lukašenko", "m"),  # Czech dative
        ("Łukaszence", "Łukaszenka", ""),  # Polish dative: k -> c
        ("Cichanouskiej", "Cichanouska", "f"),  # Polish genitive
        ("Cichanouské", "Cichanouská", "f"),  # Czech genitive
        ("Cichanouskajos", "Cichanouskaja", "f"),  # Lithuanian genitive
        ("Beļackim", "Beļacki", "m"),  # Latvian dative of Beļackis
        ("Aleksandrom", "Aleksandr", "m"),  # Slovenian/Croatian instrumental
        ("Semchanka’s", "Semchanka", ""),  # English possessive
        ("Alesiowi", "Aleś", "m"),  # Polish soft-stem given name
        ("Viktorja", "Viktor", "m"),  # Slovenian -r stem with -j-
        ("Světlanu", "Světlana", ""),  # Czech a-stem accusative
    ],
)
def test_case_nominatives(word: str, nominative: str, gender: str) -> None:
    from belnews.names.press import case_nominatives

    found = {c.form: c for c in case_nominatives(word)}
    assert nominative in found
    assert found[nominative].gender == gender
    assert word not in found
    assert len(found) <= 8


@pytest.mark.parametrize(
    ("latin", "be", "ru"),
    [
        # other languages' cases read to the nominative (the case shows in one word, the others
        # are read in the same case)
        ("Swiatłany Cichanouskiej", "Святлана Ціханоўская", "Светлана Тихановская"),
        ("Alaksandara Łukaszenki", None, "Александр Лукашенко"),
        ("Maksimu Znaku", "Максім Знак", "Максим Знак"),
        ("Cichanouské", "Ціханоўская", "Тихановская"),
        ("Statkiewicza", None, None),
        ("Statkevichius", None, None),
        # ALA-LC tie bars and primes, BGN/PCGN apostrophes for ь
        ("Zi͡anon Pazʹni͡ak", "Зянон Пазьняк", None),
        ("Il’ya", "Ілья", "Илья"),
        # ISO 9 (â ì ǔ è ʹ) is read letter for letter, and named
        ("Alâksandr Lukašènka", "Аляксандр Лукашэнка", "Александр Лукашенко"),
        ("Svâtlana Cìhanoǔskaâ", "Святлана Ціханоўская", "Светлана Тихановская"),
        # German press, given names too
        ("Uladsimir Labkowitsch", "Уладзімір Лабковіч", "Владимир Лабкович"),
        ("Ales Bjaljazki", "Алесь Бяляцкі", "Алесь Беляцкий"),  # ja after a consonant: я
        # Polish letters are Slavic evidence, and a Polish spelling is never read as German
        ("Andżelika Borys", "Анджэліка Борыс", None),
        ("Ihar Iljasz", None, "Игорь Ильяш"),
        # a lone Slavic given name; -ala; a strong ending beside a non-Slavic given name
        ("Hleb", "Глеб", "Глеб"),
        ("V. Tsapkala", "В. Цапкала", None),
        ("Kim Samusenka", "Кім Самусенка", None),
        # an unknown (misspelt) given name before a surname with a strong ending; -nik, -onok
        ("Ualdzimir Labkovich", None, None),
        ("Kalesnik", "Калеснік", None),
        ("Lukashonok", None, "Лукашонок"),
    ],
)
def test_press_classes_of_round_3(latin: str, be: str | None, ru: str | None) -> None:
    reading = read_latin(latin)
    if "â" in latin:
        assert reading.convention == "iso9"
    assert not reading.foreign, latin
    assert be is None or reading.be == be
    assert ru is None or reading.ru == ru


@pytest.mark.parametrize("name", ["Catherine", "Joseph Borrell", "Dell’Orto", "Guatemala"])
def test_still_foreign(name: str) -> None:
    # an English given name alone, an Italian elision, a place with a Slavic-looking ending
    assert read_latin(name).foreign


def test_lithuanian_reader_spells_l_and_iu_as_lithuanian_does() -> None:
    from belnews.names.press import reader_spellings

    # l before a back vowel is the hard л, li before a vowel ль, iu ю (Lithuanian orthography)
    assert reader_spellings("Bialiackis", "lithuanian") == (("Bialacki", "lacinka"),)
    assert reader_spellings("Liudmila", "lithuanian") == (("Ludmiła", "lacinka"),)
    assert read_latin("Liudmila Bialiackienė").foreign is False


def test_press_functions_are_total_and_bounded() -> None:
    from belnews.names.press import case_nominatives, german_spellings, reader_spellings

    for text in ("", "a", "’s", "ß" * 50, "-" * 3, "s" * 1000):
        assert isinstance(german_spellings(text), tuple)
        assert isinstance(case_nominatives(text), tuple)
        assert reader_spellings(text, "german")
    with pytest.raises(TypeError):
        german_spellings(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        case_nominatives(3)  # type: ignore[arg-type]


# Review findings (round 3): ı and ſ once matched the German table's [is] under IGNORECASE and
# raised KeyError from public functions; a consonant-stem reading of a vowel stem turned a
# woman's -ia name into a man's (Viktoryia as a genitive of *Viktoryi), so a father and a
# daughter matched.
def test_dotless_i_and_long_s_are_total() -> None:
    from belnews.names import match_names
    from belnews.names.press import german_spellings

    assert not match_names("Waſil", "Kiril Sidorov").is_match
    assert isinstance(variants("Sıdorow"), dict)
    assert german_spellings("Waſil")
    assert german_spellings("Sıdorow")


def test_a_vowel_stem_is_no_consonant_stem() -> None:
    from belnews.names import match_names
    from belnews.names.press import case_nominatives

    assert "Viktoryi" not in {c.form for c in case_nominatives("Viktoryia")}
    assert not match_names("Viktar Babaryka", "Viktoryia Babaryka").is_match


def test_polish_spelling_is_public() -> None:
    from belnews.names.press import POLISH_SPELLING, polish_spelling

    assert polish_spelling("Kowalczyk")
    assert not polish_spelling("Kowaltschuk")
    assert POLISH_SPELLING.search("Łukaszenka")
