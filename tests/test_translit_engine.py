"""The rule engine on tiny synthetic systems, so that fixing a real table never breaks these."""

from __future__ import annotations

from typing import Any

import pytest

from belnews import to_cyrillic, to_latin
from belnews.errors import ConfigError, SystemDataError, UntransliterableError
from belnews.systems import ALPHABETS, System, parse_system
from belnews.translit import transliterate
from timing import assert_linear

# A toy table: every Belarusian letter gets a plain Latin value; х is a digraph to test case.
TOY_LETTERS = dict(
    zip(
        ALPHABETS["be"],
        [
            *"abvgde",
            "jo",
            "zh",
            *"zijklmnoprstuwf",
            "kh",
            "c",
            "ch",
            "sh",
            "y",
            "'",
            "e",
            "ju",
            "ja",
        ],
        strict=True,
    )
)


def toy(
    *,
    rules: list[dict[str, Any]] | None = None,
    letters: dict[str, str] | None = None,
    options: dict[str, bool] | None = None,
    title: dict[str, str] | None = None,
    reverse: dict[str, Any] | None = None,
    system_id: str = "toy",
) -> System:
    data: dict[str, Any] = {
        "id": system_id,
        "lang": "be",
        "title": "Toy",
        "source": {"document": "engine tests", "url": "https://example.org/toy"},
        "version": "test",
        "reversible": reverse is not None,
        "options": options or {},
        "to_latin": {
            "patterns": {"V": "[аеёіоуыэюя]"},
            "letters": {**TOY_LETTERS, **(letters or {})},
            "rules": rules or [],
            "title": title or {},
        },
        "samples": [{"cyrillic": "а", "latin": "a", "source": "toy"}] * 12,
    }
    if reverse is not None:
        data["to_cyrillic"] = reverse
    return parse_system(data)


def run(system: System, text: str, **kwargs: Any) -> str:
    return transliterate(text, system, kwargs.pop("options", None), **kwargs)


def test_context_free_letters() -> None:
    assert run(toy(), "жук") == "zhuk"


def test_capital_letter_gives_title_case_digraph() -> None:
    # rule L8: Х before a small letter is Kh; a word in capitals is upper-cased as a whole
    system = toy()
    assert run(system, "Хата") == "Khata"
    assert run(system, "ХАТА") == "KHATA"
    assert run(system, "Х") == "Kh"


def test_mixed_case_word_follows_l8_letter_by_letter() -> None:
    system = toy()
    assert run(system, "хАТа") == "khATa"
    assert run(system, "аХТ") == "aKHT"  # capital before a capital: all capitals
    assert run(system, "аХт") == "aKht"  # capital before a small letter: title case


def test_longest_rule_wins() -> None:
    system = toy(rules=[{"match": "н", "out": "N"}, {"match": "нн", "out": "NN!"}])
    assert run(system, "анна") == "aNN!a"


def test_equal_length_rules_apply_in_file_order() -> None:
    system = toy(rules=[{"match": "а", "out": "first"}, {"match": "а", "out": "second"}])
    assert run(system, "а") == "first"


@pytest.mark.parametrize(
    ("rule", "text", "expected"),
    [
        ({"match": "е", "after": "{V}", "out": "je"}, "ае бе", "aje be"),
        ({"match": "е", "not_after": "{CYR}", "out": "je"}, "ел бе", "jel be"),
        ({"match": "л", "before": "[еёіюяь]", "out": "ĺ"}, "ле ла", "ĺe la"),
        ({"match": "л", "not_before": "{CYR}", "out": "ĺ"}, "ал ла", "aĺ la"),
    ],
)
def test_contexts(rule: dict[str, str], text: str, expected: str) -> None:
    assert run(toy(rules=[rule]), text) == expected


def test_contexts_never_look_across_a_word_boundary() -> None:
    system = toy(rules=[{"match": "е", "not_after": "{CYR}", "out": "je"}])
    assert run(system, "б е") == "b je"
    assert run(system, "б-е") == "b-je"


def test_rule_keeps_the_case_of_a_title_word() -> None:
    system = toy(rules=[{"match": "дз", "out": "dz!"}])
    assert run(system, "Дзе") == "Dz!e"
    assert run(system, "ДЗЕ") == "DZ!E"


def test_title_override() -> None:
    system = toy(letters={"я": "i͡a"}, title={"i͡a": "I͡A"})
    assert run(system, "Ян") == "I͡An"


def test_options_switch_rules() -> None:
    system = toy(
        options={"soft": True},
        rules=[{"match": "с", "before": "н", "out": "ś", "when": {"soft": True}}],
    )
    assert run(system, "сн") == "śn"
    assert run(system, "сн", options={"soft": False}) == "sn"
    with pytest.raises(ConfigError, match="no option"):
        run(system, "сн", options={"hard": True})
    with pytest.raises(ConfigError, match="True or False"):
        run(system, "сн", options={"soft": "yes"})


def test_unsupported_letter_is_reported_with_index_and_system() -> None:
    system = toy()
    with pytest.raises(UntransliterableError) as info:
        run(system, "аїб")
    assert (info.value.char, info.value.index, info.value.system) == ("ї", 1, "toy")
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize(
    ("errors", "expected"), [("keep", "aїb"), ("replace", "a?b"), ("ignore", "ab")]
)
def test_errors_policies(errors: str, expected: str) -> None:
    assert run(toy(), "аїб", errors=errors) == expected


def test_accented_letter_keeps_its_accent() -> None:
    # ѐ (е with grave) is not in the table but е is: the accent stays, the letter converts
    assert run(toy(), "ѐ") == "è"


def test_non_cyrillic_text_passes_through() -> None:
    assert run(toy(), "Minsk 2020: «ok»!") == "Minsk 2020: «ok»!"


def test_reverse_direction_uses_the_same_engine() -> None:
    reverse = {
        "patterns": {"C": "[bcdfghklmnprstvz]"},
        "letters": {"a": "а", "b": "б", "k": "к", "h": "г", "t": "т"},
        "rules": [{"match": "kh", "out": "х"}, {"match": "a", "after": "{C}", "out": "А!"}],
    }
    system = toy(reverse=reverse)
    assert (
        transliterate("Khata", system, {"orthography": "narkamauka"}, direction="to_cyrillic")
        == "ХА!тА!"
    )


def test_validator_rejects_rule_output_the_letters_would_convert_again() -> None:
    with pytest.raises(SystemDataError, match="convert again"):
        toy(reverse={"letters": {"a": "а", "’": "ь"}, "rules": [{"match": "”", "out": "’"}]})


def test_validator_rejects_capturing_groups() -> None:
    with pytest.raises(SystemDataError, match="linear-time"):
        toy(rules=[{"match": "а", "after": "(б)", "out": "x"}])


def test_engine_is_cached_per_system_object() -> None:
    first = toy(rules=[{"match": "а", "out": "1"}], system_id="cache-test")
    second = toy(rules=[{"match": "а", "out": "2"}], system_id="cache-test")
    assert run(first, "а") == "1"
    assert run(second, "а") == "2"


@pytest.mark.parametrize("char", ["з", "ь", "'", "Зь", "а\u0301"])
def test_linear_time_on_one_character_repeated(char: str) -> None:
    # The real Łacinka table has the longest contexts (assimilation chains); none may backtrack.
    # Growth ratios, not absolute times (issue 15): time(4n) <= 6 x time(n) in one run.
    assert_linear(lambda text: to_latin(text, errors="keep"), lambda n: char * n, 20_000)
    latin = to_latin(char * 8, errors="keep")
    assert_linear(to_cyrillic, lambda n: latin * n, 5_000)


@pytest.mark.parametrize(
    ("system", "unit"),
    [("bgn-pcgn", "тсТС"), ("mvd-2008", "ль’е"), ("ru:mvd-310", "ьеЪе"), ("ala-lc", "Юя")],
)
def test_linear_time_in_the_new_and_changed_tables(system: str, unit: str) -> None:
    assert_linear(lambda text: to_latin(text, system, errors="keep"), lambda n: unit * n, 5_000)


def test_public_functions_reject_non_str() -> None:
    with pytest.raises(TypeError):
        to_latin(b"abc")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        to_cyrillic(None)  # type: ignore[arg-type]


def test_bad_policy_values_are_config_errors() -> None:
    with pytest.raises(ConfigError):
        to_latin("а", errors="loud")
    with pytest.raises(ConfigError):
        to_cyrillic("a", orthography="latin")
    with pytest.raises(ConfigError):
        to_latin("а", lang="pl")


def test_words_with_letters_the_system_cannot_read_are_kept() -> None:
    # x and ü are no letters of Łacinka: those words stay whole instead of turning half Cyrillic
    text = "Źmicier Daškievič, Xbox i Müller"
    assert to_cyrillic(text) == "Зміцер Дашкевіч, Xbox і Müller"
    assert to_cyrillic(text, foreign="convert") == "Зміцер Дашкевіч, Xбоx і Мüллер"
    # a long word is walked back once to find its start: linear time
    assert to_cyrillic("a" * 5_000 + "x" + " ax" * 1_000).startswith("aaaa")
    assert_linear(to_cyrillic, lambda n: "a" * n + "x" + " ax" * (n // 5), 20_000)
    assert to_cyrillic("Law", "national-2007") == "Law"  # national-2007 has no w
    # the input variants (§1.6), both spellings of softness and ґ (g) are Łacinka, not foreign
    assert to_cyrillic("Źjaviŭsia Sviatłana, czytaczu") == "З’явіўся Святлана, чытачу"
    assert to_cyrillic("Bizon Higs") == "Бізон Гігс"
    with pytest.raises(ConfigError):
        to_cyrillic("Xbox", foreign="drop")


def test_latin_i_inside_a_russian_word_with_a_russian_system() -> None:
    # Issue 13: normalize() reads a Latin i inside a Cyrillic word as Belarusian і; a Russian
    # table without і reads it as и (the letter a Russian name has there).
    assert to_latin("Васiльева", "passport", lang="ru") == to_latin(
        "Васильева", "passport", lang="ru"
    )
    assert to_latin("Васiльева", "wikipedia") == "Vasilyeva"
    assert to_latin("Iванов", "passport", lang="ru") == "Ivanov"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # Issue 13: the LC tables print both letters of a tied pair in capitals at a capital.
        ("Юлія", "be", "I͡Ulii͡a"),
        ("Юлия", "ru", "I͡Ulii͡a"),
        ("Цимлянск", "ru", "T͡Simli͡ansk"),
        ("ЦИМЛЯНСК", "ru", "T͡SIMLI͡ANSK"),
        ("Якуб", "be", "I͡Akub"),
        # Letters the LC tables list for old and classical texts.
        ("Їжа ѣ", "be", "Ïz͡ha ě"),
        ("Россія хлѣбъ Ѳеодоръ мѵро", "ru", "Rossīi͡a khli͡ebʺ Ḟeodorʺ mẏro"),
    ],
)
def test_ala_lc_capital_ties_and_old_letters(text: str, lang: str, expected: str) -> None:
    assert to_latin(text, "ala-lc", lang=lang) == expected  # type: ignore[arg-type]


def test_bgn_pcgn_separator_keeps_the_case() -> None:
    # Issue 13: тС -> t·S, шЧ -> sh·Ch (a capital inside a word keeps its case in its part).
    assert to_latin("ПатС", "bgn-pcgn", lang="ru") == "Pat·S"
    assert to_latin("шЧ", "bgn-pcgn", lang="ru") == "sh·Ch"
    assert to_latin("Тс", "bgn-pcgn", lang="ru") == "T·s"
    assert to_latin("ТС", "bgn-pcgn", lang="ru") == "T·S"


def test_no_internal_wording_in_user_visible_fields() -> None:
    from belnews import get_system, system_ids

    for lang in ("be", "ru"):
        for sid in system_ids(lang=lang):  # type: ignore[arg-type]
            system = get_system(sid, lang=lang)  # type: ignore[arg-type]
            fields = [system.title, system.source.document, *system.notes]
            fields += [loss.reason for loss in system.lossy]
            fields += [sample.source for sample in system.samples]
            tables = [system.rules.to_latin, system.rules.to_cyrillic]
            fields += [rule.note for table in tables if table is not None for rule in table.rules]
            for field in fields:
                assert "spec §" not in field, (sid, field)
                assert "issue " not in field.lower(), (sid, field)


@pytest.mark.parametrize(
    ("system", "lang", "text", "expected"),
    [
        ("national-2000", "be", "Гомель Раз’езд", "Homiel' Razjezd"),
        ("national-1998", "be", "Смаргонь", "Smarhoń"),
        ("mvd-2008", "be", "Васiльева Салаўёва", "Vasiĺjeva Salawjova"),
        ("odni-2015", "be", "Беларусь", "Byelarus"),
        ("mvd-310", "ru", "Гайа Васильева", "Gaya Vasilyeva"),
        ("gost-52535", "ru", "Юлия Щеглова", "Iuliia Shcheglova"),
        ("gost-16876", "ru", "Щёлково", "Ŝëlkovo"),
        ("odni-2015", "ru", "Гоголь Николай Васильевич", "Gogol Nikolay Vasilyevich"),
    ],
)
def test_the_systems_real_documents_used(system: str, lang: str, text: str, expected: str) -> None:
    assert to_latin(text, system, lang=lang) == expected  # type: ignore[arg-type]


def test_un_1987_is_an_option_of_gost_16876() -> None:
    assert to_latin("Щёлково Юрия", "ru:gost-16876", un1987=True) == "Ščëlkovo Jurija"
    assert to_latin("Щёлково Юрия", "UN 1987", lang="ru", un1987=True) == "Ščëlkovo Jurija"


def test_auto_with_a_language_prefix_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="bare id"):
        to_latin("Светлана", "ru:passport", lang="auto")
    assert to_latin("Светлана Ціханоўская", "passport", lang="auto") == ("Svetlana Tsikhanouskaia")
