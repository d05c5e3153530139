"""Every romanization table reproduces its own samples, and the registry behaves."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from belnews import get_system, system_ids, to_cyrillic, to_latin
from belnews.errors import SystemDataError, UnknownSystemError
from belnews.systems import ALPHABETS, System, parse_system

ALL = [(lang, sid) for lang in ("be", "ru") for sid in system_ids(lang=lang)]
SAMPLES = [
    pytest.param(lang, sid, i, id=f"{lang}-{sid}-{i}")
    for lang, sid in ALL
    for i in range(len(get_system(sid, lang=lang).samples))
]


@pytest.mark.parametrize(("lang", "system_id", "index"), SAMPLES)
def test_sample_is_reproduced(lang: str, system_id: str, index: int) -> None:
    system = get_system(system_id, lang=lang)
    sample = system.samples[index]
    got = to_latin(sample.cyrillic, system_id, lang=lang, **dict(sample.options))
    assert got == sample.latin, sample.source


def test_the_issue_lists_every_system() -> None:
    assert set(system_ids(lang="be")) >= {"lacinka", "passport", "bgn-pcgn", "national-2007"}
    assert "wikipedia" in system_ids(lang="ru")
    assert system_ids()[0] == "lacinka"


def test_a_loop_over_system_ids_romanizes_belarusian_text() -> None:
    # The default list is the Belarusian one: no Russian-only table raises on і and ў.
    assert system_ids() == system_ids(lang="be")
    for system_id in system_ids():
        assert to_latin("Святлана Ціханоўская", system_id)
    # lang=None: every table, each id in the unambiguous form every function accepts.
    everything = system_ids(lang=None)
    assert len(everything) == len(system_ids(lang="be")) + len(system_ids(lang="ru"))
    for system_id in everything:
        lang = "ru" if system_id.startswith("ru:") else "be"
        assert get_system(system_id).lang == lang


@pytest.mark.parametrize(("lang", "system_id"), ALL)
def test_system_metadata(lang: str, system_id: str) -> None:
    system = get_system(system_id, lang=lang)
    assert isinstance(system, System)
    assert (system.id, system.lang) == (system_id, lang)
    assert system.source.url.startswith("http")
    assert system.title
    assert system.version
    assert len(system.samples) >= 10
    letters = dict(system.rules.to_latin.letters)
    assert all(char in letters for char in ALPHABETS[lang])


def test_unknown_system_is_a_lookup_error() -> None:
    with pytest.raises(UnknownSystemError) as info:
        get_system("klingon")
    assert isinstance(info.value, LookupError)
    assert "lacinka" in str(info.value)


def test_russian_only_id_resolves_without_lang() -> None:
    assert get_system("wikipedia").lang == "ru"
    assert get_system("bgn-pcgn").lang == "be"
    assert get_system("bgn-pcgn", lang="ru").lang == "ru"


def test_get_system_rejects_non_str() -> None:
    with pytest.raises(TypeError):
        get_system(3)  # type: ignore[arg-type]


def _lacinka_data() -> dict[str, object]:
    raw = resources.files("belnews").joinpath("data").joinpath("systems").joinpath("lacinka.json")
    data: dict[str, object] = json.loads(raw.read_text("utf-8"))
    return data


def test_validator_rejects_cyrillic_output() -> None:
    data = _lacinka_data()
    data["to_latin"]["letters"]["б"] = "б"  # type: ignore[index]
    with pytest.raises(SystemDataError, match="Cyrillic"):
        parse_system(data)


def test_validator_rejects_missing_letter() -> None:
    data = _lacinka_data()
    del data["to_latin"]["letters"]["ў"]  # type: ignore[attr-defined]
    with pytest.raises(SystemDataError, match="ў"):
        parse_system(data)


def test_validator_rejects_unbounded_context() -> None:
    data = _lacinka_data()
    data["to_latin"]["rules"][0]["before"] = "[аб]+"  # type: ignore[index]
    with pytest.raises(SystemDataError, match="linear-time"):
        parse_system(data)


def test_validator_rejects_a_sample_the_rules_miss() -> None:
    from belnews.registry import validate_samples

    data = _lacinka_data()
    data["samples"][0]["latin"] = "Sviatlana Cichanouskaja"  # type: ignore[index]
    with pytest.raises(SystemDataError, match="Sviatlana"):
        validate_samples(parse_system(data))


def test_validator_rejects_unknown_keys() -> None:
    data = _lacinka_data()
    data["colour"] = "blue"
    with pytest.raises(SystemDataError, match="colour"):
        parse_system(data)


def _vectors() -> list[list[str]]:
    from pathlib import Path

    path = Path(__file__).parent / "data" / "romanization_vectors.tsv"
    rows = [line.split("\t") for line in path.read_text("utf-8").splitlines()]
    return rows[1:]


VECTORS = _vectors()


@pytest.mark.parametrize(
    ("section", "row", "system_id", "lang", "options", "cyrillic", "latin", "evidence"),
    VECTORS,
    ids=[f"{v[0]}-{v[1]}-{v[3]}-{v[2]}-{i}" for i, v in enumerate(VECTORS)],
)
def test_spec_vector(
    section: str,
    row: str,
    system_id: str,
    lang: str,
    options: str,
    cyrillic: str,
    latin: str,
    evidence: str,
) -> None:
    # Spec §15 (romanization.md): every cell, verified (V) or derived (D), is reproduced.
    kwargs = {"assimilation": False} if options == "assimilation=False" else {}
    assert to_latin(cyrillic, system_id, lang=lang, **kwargs) == latin, evidence


def test_lang_auto_routes_each_word() -> None:
    # detect_script calls Тихановская Russian (и), Ціханоўская Belarusian (і, ў)
    text = "Светлана Тихановская і Святлана Ціханоўская"
    assert to_latin(text, "passport", lang="auto") == (
        "Svetlana Tikhanovskaia i Sviatlana Tsikhanouskaia"
    )


def test_russian_letters_inside_belarusian_text() -> None:
    # spec §1.3: и -> i, щ -> šč, ъ behaves like the apostrophe
    assert to_latin("Щучин, съезд, Ильич") == "Ščučin, sjezd, Ilič"
    assert to_latin("Щучин", "passport") == "Shchuchin"


@pytest.mark.parametrize(
    ("latin", "system", "orthography", "cyrillic"),
    [
        ("Tsikhanouskaia", "passport", "narkamauka", "Ціханоўская"),  # issue 3: a reading
        ("Śviatłana", "lacinka", "taraskievica", "Сьвятлана"),  # issue 3
        ("Śviatłana", "lacinka", "narkamauka", "Святлана"),
        ("Z'javiŭsia", "lacinka", "narkamauka", "З’явіўся"),  # §1.6: kept apostrophe
        ("Witajem ciabie, czytaczu!", "lacinka", "narkamauka", "Вітаем цябе, чытачу!"),  # Polish
        ("Bykaǔ", "lacinka", "narkamauka", "Быкаў"),  # §1.6: caron typed for breve
        ("Źjaviŭsia", "lacinka", "narkamauka", "З’явіўся"),  # §1.6 rule 3
        ("Źjaviŭsia", "lacinka", "taraskievica", "Зьявіўся"),
        ("Natalla", "lacinka", "taraskievica", "Натальля"),  # §1.6 rule 2
        ("stahodździe", "lacinka", "taraskievica", "стагодзьдзе"),
        # §11 row 2: the lengthened soft дз, Taraškievica дзьдз, is ддз in Narkamaŭka
        ("stahodździe", "lacinka", "narkamauka", "стагоддзе"),
        ("dziesiacihodździ", "lacinka", "narkamauka", "дзесяцігоддзі"),  # NN 23089
        ("Sudździa", "lacinka", "narkamauka", "Суддзя"),
        ("STAHODŹDZIE", "lacinka", "narkamauka", "СТАГОДДЗЕ"),
        ("stahoddzie", "lacinka", "narkamauka", "стагоддзе"),  # the modern spelling of it
        ("Homyel’", "bgn-pcgn", "narkamauka", "Гомель"),
        ("Dari͡a", "ala-lc", "narkamauka", "Дар’я"),  # apostrophe restored after р
        ("Marina Horka", "scholarly", "narkamauka", "Мар’іна Горка"),
        ("Magiliow", "national-2023", "narkamauka", "Магілёў"),
    ],
)
def test_to_cyrillic_readings(latin: str, system: str, orthography: str, cyrillic: str) -> None:
    from belnews import to_cyrillic

    assert to_cyrillic(latin, system, orthography=orthography) == cyrillic


def test_lengthened_dz_is_written_as_spelled_without_assimilation() -> None:
    from belnews import to_cyrillic

    # assimilation=False reads the Latin as a spelling: dź is дзь wherever it stands
    assert to_cyrillic("stahodździe", assimilation=False) == "стагодзьдзе"
    assert to_cyrillic("ździajśniajecca") == "здзяйсняецца"  # ź before дз: no lengthening


@pytest.mark.parametrize(
    ("system_id", "index"),
    [
        (sid, i)
        for sid in system_ids(lang="be")
        if get_system(sid).reversible
        for i in range(len(get_system(sid).samples))
    ],
)
def test_reversible_samples_round_trip(system_id: str, index: int) -> None:
    from belnews import normalize, to_cyrillic

    sample = get_system(system_id).samples[index]
    options = dict(sample.options)
    if any(c in sample.cyrillic.lower() for c in "ищъ") or any(
        "a" <= c.lower() <= "z" for c in sample.cyrillic
    ):
        pytest.skip("Russian letters or Latin in the source do not come back")
    back = to_cyrillic(to_latin(sample.cyrillic, system_id, **options), system_id, **options)
    if options.get("assimilation", True) and system_id == "lacinka":
        # with assimilation the Narkamaŭka reading is a heuristic: compare without ь
        def drop_soft_signs(text: str) -> str:
            return text.replace("ь", "").replace("Ь", "")

        assert drop_soft_signs(back) == drop_soft_signs(normalize(sample.cyrillic))
    else:
        assert back == normalize(sample.cyrillic)


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        # Narkamaŭka writes ь before a soft consonant in a few forms; reading ś ź ć ń dź before a
        # soft consonant as assimilation (rule L7) must keep it there (UD Belarusian-HSE words).
        ("людзьмі", "ludźmi"),  # instrumental plural -ьмі
        ("дзецьмі", "dziećmi"),
        ("васьмі", "vaśmi"),
        ("прыходзьце", "prychodźcie"),  # imperative -дзьце
        ("кагосьці", "kahości"),  # particle -сьці
        ("штосьці", "štości"),
        ("снег", "śnieh"),  # ... while L7 itself is undone
        ("дзве", "dźvie"),
        ("СМІ", "ŚMI"),
    ],
)
def test_narkamauka_soft_sign_survives_assimilation(cyrillic: str, latin: str) -> None:
    from belnews import to_cyrillic

    assert to_latin(cyrillic) == latin
    assert to_cyrillic(latin) == cyrillic


# --- the JSON Schema, the registry's names, the API seams (issue 9) -----------------------------

SYSTEMS_DIR = resources.files("belnews").joinpath("data").joinpath("systems")
SYSTEM_FILES = sorted(
    entry.name
    for entry in SYSTEMS_DIR.iterdir()
    if entry.name.endswith(".json") and not entry.name.endswith(".schema.json")
)


@pytest.mark.parametrize("name", SYSTEM_FILES)
def test_every_file_validates_against_the_schema(name: str) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SYSTEMS_DIR.joinpath("system.schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    data = json.loads(SYSTEMS_DIR.joinpath(name).read_text("utf-8"))
    assert data["$schema"] == "system.schema.json"
    jsonschema.Draft202012Validator(schema).validate(data)


def test_schema_rejects_what_the_model_rejects() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SYSTEMS_DIR.joinpath("system.schema.json").read_text("utf-8"))
    data = _lacinka_data()
    data["colour"] = "blue"
    assert not jsonschema.Draft202012Validator(schema).is_valid(data)


def test_no_table_copies_a_letter_class_or_a_dead_apostrophe_rule() -> None:
    for name in SYSTEM_FILES:
        raw = SYSTEMS_DIR.joinpath(name).read_text("utf-8")
        assert "\\u0400" not in raw, name
        assert "a-zA-Z" not in raw, name
        data = json.loads(raw)
        # normalize() turns every apostrophe inside a Cyrillic word into ’ before the rules run
        dead = [r for r in data["to_latin"].get("rules", []) if r["match"] in "'ʼ‘`´ʹ′"]
        assert not dead, name


def test_a_table_may_not_redefine_a_named_class() -> None:
    data = _lacinka_data()
    data["to_latin"]["patterns"]["CYR"] = "[а-я]"  # type: ignore[index]
    with pytest.raises(SystemDataError, match="CYR"):
        parse_system(data)


@pytest.mark.parametrize(
    ("name", "lang", "expected"),
    [
        ("Passport", None, ("be", "passport")),
        ("PASSPORT", "ru", ("ru", "passport")),
        ("BGN/PCGN", None, ("be", "bgn-pcgn")),
        ("bgn_pcgn", "ru", ("ru", "bgn-pcgn")),
        ("ru:passport", None, ("ru", "passport")),
        (" RU:Passport ", "ru", ("ru", "passport")),
        ("be:lacinka", None, ("be", "lacinka")),
        ("iso 9", None, ("be", "iso9")),
        ("ALA-LC", None, ("be", "ala-lc")),
        ("wikipedia", None, ("ru", "wikipedia")),
    ],
)
def test_ids_are_case_insensitive_with_aliases(
    name: str, lang: str | None, expected: tuple[str, str]
) -> None:
    from belnews.registry import resolve

    assert resolve(name, lang=lang) == expected  # type: ignore[arg-type]
    assert (get_system(name, lang=lang).lang, get_system(name, lang=lang).id) == expected  # type: ignore[arg-type]


def test_unknown_id_suggests_the_closest() -> None:
    with pytest.raises(UnknownSystemError, match="did you mean 'passport'") as info:
        get_system("pasport")
    assert info.value.suggestion == "'passport'"


def test_explicit_lang_never_returns_another_languages_system() -> None:
    with pytest.raises(UnknownSystemError, match="ru:wikipedia"):
        get_system("wikipedia", lang="be")


def test_get_system_refuses_auto() -> None:
    from belnews.errors import ConfigError

    with pytest.raises(ConfigError, match="one language"):
        get_system("passport", lang="auto")  # type: ignore[arg-type]


def test_prefix_and_lang_must_agree() -> None:
    from belnews.errors import ConfigError

    with pytest.raises(ConfigError, match="ru"):
        get_system("ru:passport", lang="be")


def test_to_latin_takes_the_same_names() -> None:
    assert to_latin("Юрий", "ru:passport") == "Iurii"
    assert to_latin("Юрий", "Passport", lang="ru") == "Iurii"
    assert to_latin("Юрый", "BGN/PCGN") == to_latin("Юрый", "bgn-pcgn")


def test_transliterate_with_is_deprecated_but_works() -> None:
    from belnews.translit import transliterate, transliterate_with

    system = get_system("passport")
    with pytest.warns(DeprecationWarning, match="transliterate"):
        old = transliterate_with(system, "Мінск")
    assert old == transliterate("Мінск", system) == "Minsk"


def test_policies_are_literal_aliases_in_one_place() -> None:
    import typing

    from belnews import systems, translit

    for name in ("Lang", "LangOrAuto", "Errors", "Orthography", "Foreign", "Direction"):
        assert getattr(translit, name) is getattr(systems, name)
        assert typing.get_origin(getattr(systems, name)) is typing.Literal
    assert typing.get_args(systems.Errors) == translit.ERRORS


def test_the_model_and_the_engine_do_not_import_the_registry() -> None:
    import ast
    from pathlib import Path

    src = Path(__file__).parents[1] / "src" / "belnews"
    for path in [src / "systems.py", *sorted((src / "_translit").glob("*.py"))]:
        tree = ast.parse(path.read_text("utf-8"))
        imported = {
            node.module
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module is not None
        }
        imported |= {
            alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.Import)
            for alias in node.names
        }
        assert not imported & {"belnews.registry", "belnews.translit"}, path


def test_a_reversible_system_needs_a_reading_table() -> None:
    data = _lacinka_data()
    del data["to_cyrillic"]
    with pytest.raises(SystemDataError, match="reversible"):
        parse_system(data)


def test_a_table_being_edited_is_checked_like_a_packaged_one(tmp_path: object) -> None:
    from pathlib import Path

    from belnews.registry import load_file
    from belnews.translit import transliterate

    folder = Path(str(tmp_path))
    data = _lacinka_data()
    (folder / "lacinka.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    system = load_file(folder / "lacinka.json")
    assert transliterate("Мінск", system) == "Minsk"
    data["samples"][0]["latin"] = "Sviatlana"  # type: ignore[index]
    (folder / "broken.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    with pytest.raises(SystemDataError, match="Sviatlana"):
        load_file(folder / "broken.json")
    (folder / "bad.json").write_text("{", "utf-8")
    with pytest.raises(SystemDataError, match="not valid JSON"):
        load_file(folder / "bad.json")


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Ilja", "Ілья"),
        ("Viljanava", "Вільянава"),
        ("Vasiljeva", "Васільева"),
        ("Zaazierje", "Заазер’е"),
    ],
)
def test_national_2023_reads_lj_and_nj_with_the_soft_sign(latin: str, cyrillic: str) -> None:
    """Belarusian writes no apostrophe after л or н: "lj" is "ль" + я (the 2023 example
    Вільянава -> Viljanava), after other consonants "j" is the apostrophe (Заазер’е)."""
    assert to_cyrillic(latin, "national-2023") == cyrillic
