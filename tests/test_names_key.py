"""name_key: one key for every spelling of a name; different names keep different keys.

Spellings are from ``romanization.md`` §15 (the test-vector table; V/D marks there) and §10.4
(the Latin-side variant groups), unless a comment names another source.
"""

from __future__ import annotations

import pytest

from belnews import names
from belnews.names import KEY_VERSION, NameIndex, name_key
from belnews.names._skeleton import skeleton

# romanization.md §15.1/§15.2 rows 1-6, 14, 15 and §10.4 groups; press forms per §10.2.
SAME_PERSON = [
    (
        "Аляксандр Лукашэнка",
        "Alaksandr Łukašenka",  # Łacinka
        "Aliaksandr Lukašenka",  # national 2007
        "Alyaksandr Lukashenka",  # BGN/PCGN
        "Alâksandr Lukašènka",  # ISO 9
        "Ali͡aksandr Lukashėnka",  # ALA-LC
        "ALIAKSANDR LUKASHENKA",  # passport
        "Александр Лукашенко",  # Russian
        "Alexander Lukashenko",  # English press (BBC)
        "Aleksandr Lukashenko",  # Russian BGN/PCGN
        "Lukashenka, Aliaksandr",
        "LUKASHENKA ALIAKSANDR HRYHORAVICH",  # OFAC style, with patronymic
        "Alaksandr Łukaszenka",  # Polish-style
    ),
    (
        "Святлана Ціханоўская",
        "Śviatłana Cichanoŭskaja",
        "Sviatlana Tsikhanouskaya",
        "Svetlana Tikhanovskaya",
        "Светлана Тихановская",
        "Svyatlana Tsikhanowskaya",
        "Svâtlana Cìhanoǔskaâ",
        "Svi͡atlana Tsikhanoŭskai͡a",
        "SVIATLANA TSIKHANOUSKAIA",
        "Swiatłana Cichanouska",  # Polish press (wyborcza.pl, via name_variants.tsv)
        "Swetlana Tichanowskaja",  # German press (spiegel.de)
        "Svjatlana Cichanouská",  # Czech press (idnes.cz)
        "Сьвятлана Ціханоўская",  # Taraškievica
    ),
    ("Марыя Калеснікава", "Maryja Kaleśnikava", "MARYIA KALESNIKAVA", "Мария Колесникова"),
    ("Алесь Бяляцкі", "Aleś Bialacki", "Ales Bialiatski", "Alyes’ Byalyatski", "Алесь Беляцкий"),
    ("Ігар Лосік", "Ihar Łosik", "Igor Losik", "Игорь Лосик", "IHAR LOSIK", "Ìgar Losìk"),
    ("Павел Латушка", "Pavieł Łatuška", "Pavel Latushko", "Павел Латушко", "Pawel Latuschka"),
    ("Зьміцер", "Зміцер", "Zmitser", "Дмитрий", "Dmitry", "Źmicier"),  # §11 row 1, lexical §10.1
    ("Уладзімір", "Владимир", "Vladimir", "Uładzimir", "ULADZIMIR"),
    ("Вольга", "Ольга", "Volha", "Olga"),
    ("Ганна", "Анна", "Hanna"),
]

# Different people, or different names, must not share a key.
DIFFERENT = [
    ("Ягор", "Ігар"),  # §10.3 known collision of the prototype
    ("Siarhiej Cichanoŭski", "Śviatłana Cichanoŭskaja"),  # husband and wife
    ("Cichanoŭski", "Cichanoŭskaja"),
    ("Kalesnik", "Kalesnikava"),  # a suffix that makes another surname
    ("Latushka", "Latushkin"),
    ("Aliaksandr Lukashenka", "Viktar Lukashenka"),  # father and son
    ("Kalesnikava", "Kalesnikau"),
    ("Бяляцкі", "Бяляцкая"),
]


@pytest.mark.parametrize("group", SAME_PERSON, ids=lambda g: g[0])
def test_every_spelling_of_a_name_has_one_key(group: tuple[str, ...]) -> None:
    keys = {spelling: name_key(spelling) for spelling in group}
    assert len(set(keys.values())) == 1, keys


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_names_have_different_keys(a: str, b: str) -> None:
    assert name_key(a) != name_key(b)


def test_key_examples_are_readable() -> None:
    assert name_key("Святлана Ціханоўская") == "@sviatlana cahanavskA"
    assert name_key("Ціханоўскі") == "cahanavskI"
    assert name_key("Лукашэнка") == "lakasanka"
    assert name_key("A. Lukashenko") == "a. lakasanka"


def test_word_order_case_and_punctuation_do_not_matter() -> None:
    assert name_key("ŁUKAŠENKA, Alaksandr") == name_key("alaksandr łukašenka")


def test_hyphenated_surname_keeps_both_parts() -> None:
    assert name_key("Римский-Корсаков") == name_key("Rimsky-Korsakov")
    assert name_key("Римский-Корсаков").count("-") == 1


@pytest.mark.parametrize("hyphen", ["\u2010", "\u2011"])  # the text layer's HYPHENS
def test_every_hyphen_joins_a_double_surname(hyphen: str) -> None:
    # a new user's session: U+2011 glued the parts ("kalasnakavacahanavskA"), so an index
    # filed under the ASCII hyphen did not find the name
    name = "Марыя Калеснікава-Ціханоўская"
    assert name_key(name.replace("-", hyphen)) == name_key(name) == "@maryja kalasnakava-cahanavskA"
    index = NameIndex()
    index.add(name, id="x")
    assert [c.id for c in index.lookup(name.replace("-", hyphen))] == ["x"]


def test_key_has_a_version() -> None:
    assert isinstance(KEY_VERSION, int)
    assert names.KEY_VERSION == KEY_VERSION >= 1


@pytest.mark.parametrize("text", ["", "   ", "!!!", "123", "—"])
def test_no_letters_no_key(text: str) -> None:
    assert name_key(text) == "" or name_key(text).isdigit()


def test_non_str_raises_type_error() -> None:
    with pytest.raises(TypeError):
        name_key(b"Lukashenka")  # type: ignore[arg-type]


def test_skeleton_keeps_the_ja_i_distinction() -> None:
    # Ягор / Ігар (§10.3): the first vowel keeps a coarse class.
    assert skeleton("Ягор") == skeleton("IAHOR") == skeleton("Jahor") == "jhar"
    assert skeleton("Ігар") == skeleton("Ihar") == skeleton("Igor") == "ihar"


def test_adversarial_input_is_fast() -> None:
    # Linear time: a megabyte of one letter, and of one separator.
    assert name_key("а" * 1_000_000)
    assert name_key(". " * 500_000) == ""


def test_a_listed_spelling_keys_to_its_own_group() -> None:
    # given_names.tsv lists Helena under Алена and Eugene under Яўген, although their skeletons
    # are those of Галіна and Яўгенія.
    assert name_key("Helena") == name_key("Алена") != name_key("Галіна")
    assert name_key("Eugene") == name_key("Яўген") != name_key("Eugenia")


def test_polish_wy_is_vy() -> None:
    # GeoNames 623760 (Pastavy): Polish Postawy.
    assert name_key("Postawy") == name_key("Pastavy")


@pytest.mark.parametrize(
    ("foreign", "latin"),
    [
        ("ლუკაშენკო", "Lukashenko"),  # Georgian press spelling of Лукашенко
        ("Søren", "Soren"),  # Latin letters with no decomposition (ø, ß, æ) read by unidecode
        ("Groß", "Gross"),
    ],
)
def test_letters_of_other_scripts_get_a_latin_skeleton(foreign: str, latin: str) -> None:
    assert name_key(foreign) == name_key(latin)
