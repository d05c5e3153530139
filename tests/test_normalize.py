"""The normaliser's fixers, one by one, on real cases; the config; explain and replay.

Real cases are read from tests/data/normalize_cases.tsv (sources in its .source.md sidecar):
each row is a fixer, the input (a real line, with the real or documented noise) and the output.
"""

from __future__ import annotations

import csv
import unicodedata
from pathlib import Path

import pytest

from belnews import (
    ConfigError,
    Explained,
    NormalizeConfig,
    apply_steps,
    normalize,
    normalize_and_explain,
)
from belnews.normalize import (
    FIXER_NAMES,
    fix_apostrophes,
    fix_caron,
    fix_lookalikes,
    fix_spaces,
    nfc,
    remove_invisible,
)

# --- golden cases from real text --------------------------------------------------------------


def _decode(field: str) -> str:
    """The TSV writes invisible and combining characters as \\uXXXX escapes."""
    return field.encode("ascii", "backslashreplace").decode("unicode_escape")


def _cases(data_dir: Path) -> list[tuple[str, str, str, str]]:
    with (data_dir / "normalize_cases.tsv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [(r["fixer"], _decode(r["input"]), _decode(r["expected"]), r["source"]) for r in rows]


CASES = _cases(Path(__file__).parent / "data")


def test_every_fixer_has_real_cases() -> None:
    assert {fixer for fixer, *_ in CASES} == set(FIXER_NAMES)
    assert all(source for *_, source in CASES)


@pytest.mark.parametrize(("fixer", "text", "expected", "source"), CASES)
def test_real_case(fixer: str, text: str, expected: str, source: str) -> None:
    explained = normalize_and_explain(text)
    assert explained.text == expected, source
    if expected == text:
        assert fixer not in explained.steps
    else:
        assert fixer in explained.steps
        # the named fixer alone (with NFC) does the job: the change is the fixer's, not another's
        only = NormalizeConfig(**{name: name in (fixer, "nfc") for name in FIXER_NAMES})
        assert normalize(text, config=only) == expected


# --- each fixer as a function -----------------------------------------------------------------


def test_nfc_composes_belarusian_and_lacinka_breves() -> None:
    assert nfc("у\u0306") == "ў"
    assert nfc("У\u0306") == "Ў"
    assert nfc("u\u0306") == "ŭ"
    assert nfc("и\u0306") == "й"
    assert nfc("е\u0308") == "ё"
    assert nfc("Ціханоўская") == "Ціханоўская"


def test_nfc_long_text_is_fixed_line_by_line() -> None:
    # The long-text path splits on line feeds; the result must equal plain NFC.
    text = ("Мой родны кут, як ты мне мілы!..\n" * 200) + "Жыта\u0301 у\u0306\n" * 3
    assert nfc(text) == unicodedata.normalize("NFC", text)
    assert len(text) > 4096


def test_remove_invisible_inside_words_only() -> None:
    assert remove_invisible("Ціха\u00adноў\u200bская") == "Ціханоўская"
    assert remove_invisible("Cicha\u200dnoŭ\ufeffskaja") == "Cichanoŭskaja"
    # between words, at edges, and between non-letters: kept
    assert remove_invisible("a\u200b b") == "a\u200b b"
    assert remove_invisible("\ufeffМінск") == "\ufeffМінск"
    assert remove_invisible("1\u200b000") == "1\u200b000"


def test_remove_invisible_keeps_emoji_zwj_sequences() -> None:
    for emoji in ("👩\u200d💻", "❤\ufe0f\u200d🔥", "👨\u200d👩\u200d👧", "🏳\ufe0f\u200d🌈"):
        assert remove_invisible(emoji) == emoji
        assert normalize(f"Вітаем {emoji} сябры") == f"Вітаем {emoji} сябры"


def test_remove_invisible_keeps_persian_zwnj() -> None:
    assert normalize("می\u200cخواهم") == "می\u200cخواهم"


def test_fix_spaces() -> None:
    assert fix_spaces("21\u00a0студзеня\u202f2026\u3000г.") == "21 студзеня 2026 г."
    assert fix_spaces("a\u2009b") == "a b"


def test_fix_lookalikes_both_directions() -> None:
    assert fix_lookalikes("Шумілiна") == "Шуміліна"  # interscript test input, Latin i
    assert fix_lookalikes("Аршанскi") == "Аршанскі"
    assert fix_lookalikes("Iванава") == "Іванава"
    assert fix_lookalikes("Cichanoŭskаja") == "Cichanoŭskaja"  # Cyrillic а
    assert fix_lookalikes("ЦIХАНОЎСКАЯ") == "ЦІХАНОЎСКАЯ"


def test_fix_lookalikes_leaves_undecidable_words() -> None:
    assert fix_lookalikes("belarusdocsгляджу") == "belarusdocsгляджу"  # both scripts decide
    assert fix_lookalikes("СМІ") == "СМІ"  # mass media, not a Roman numeral
    assert fix_lookalikes("ООО") == "ООО"
    assert fix_lookalikes("aо") == "aо"  # no unambiguous letter


def test_fix_lookalikes_roman_numerals() -> None:
    # Kolas's table of contents: Cyrillic І and Х, alone and mixed with Latin X and V
    assert fix_lookalikes("ІІ Раніца ў нядзельку") == "II Раніца ў нядзельку"
    assert fix_lookalikes("XІІ Сесія") == "XII Сесія"
    assert fix_lookalikes("ХІV") == "XIV"
    assert fix_lookalikes("ІX На Замкавай гары") == "IX На Замкавай гары"
    # a lone І is the conjunction and stays Cyrillic; a lone Х is left alone
    assert fix_lookalikes("І Леснікова пасада") == "І Леснікова пасада"
    assert fix_lookalikes("Х На панскай службе") == "Х На панскай службе"
    # not a valid numeral: left alone
    assert fix_lookalikes("ІХІ") == "ІХІ"


def test_fix_lookalikes_pronoun_ix_in_capitals() -> None:
    # "ІХ" is also the pronoun "іх" (their): in an all-capitals headline it is not the numeral 9.
    assert fix_lookalikes("ЗАТРЫМАЛІ ІХ БАЦЬКОЎ") == "ЗАТРЫМАЛІ ІХ БАЦЬКОЎ"
    assert fix_lookalikes("НЕ ЧАПАЙЦЕ ІХ!") == "НЕ ЧАПАЙЦЕ ІХ!"
    assert fix_lookalikes("у ІХ стагоддзі") == "у IX стагоддзі"
    assert fix_lookalikes("ІХ Новы ляснічы") == "IX Новы ляснічы"
    assert fix_lookalikes("ХІХ СТАГОДДЗЕ") == "XIX СТАГОДДЗЕ"


def test_fix_apostrophes_variants_to_one() -> None:
    for apostrophe in "'\u2019\u02bc\u2018`\u00b4\u02b9\u2032":
        assert fix_apostrophes(f"сям{apostrophe}я") == "сям\u2019я"
        assert fix_apostrophes(f"сям{apostrophe}я", apostrophe="\u02bc") == "сям\u02bcя"


def test_fix_apostrophes_leaves_english_and_quotes() -> None:
    assert fix_apostrophes("don't") == "don't"
    assert fix_apostrophes("Lukashenko's") == "Lukashenko's"
    assert fix_apostrophes("'Мінск'") == "'Мінск'"
    assert fix_apostrophes("слова '") == "слова '"
    with pytest.raises(ConfigError):
        fix_apostrophes("сям'я", apostrophe="'")


def test_fix_caron() -> None:
    assert fix_caron("Bykaǔ") == "Bykaŭ"
    assert fix_caron("ǓLADZIMIR") == "ŬLADZIMIR"
    # ISO 9 (ǔ is correct there) and Pinyin are left alone
    assert fix_caron("Vasìlʹ Bykaǔ") == "Vasìlʹ Bykaǔ"
    assert fix_caron("Magìlëǔ") == "Magìlëǔ"
    assert fix_caron("wǔ") == "wǔ"
    assert fix_caron("Běijīng nǔlì") == "Běijīng nǔlì"
    # the decision is per line
    assert fix_caron("Vasìlʹ Bykaǔ\nMahiloǔ") == "Vasìlʹ Bykaǔ\nMahiloŭ"


# --- config, explain, replay ------------------------------------------------------------------


def test_config_flags_disable_fixers() -> None:
    text = "Шумілiна\u00a0сям'я"
    assert normalize(text) == "Шуміліна сям\u2019я"
    assert normalize(text, config=NormalizeConfig(fix_lookalikes=False)) == "Шумілiна сям\u2019я"
    assert normalize(text, config=NormalizeConfig(keep_exotic_spaces=True)) == (
        "Шуміліна\u00a0сям\u2019я"
    )
    assert normalize(text, config=NormalizeConfig(fix_spaces=False)) == "Шуміліна\u00a0сям\u2019я"
    assert normalize(text, config=NormalizeConfig(apostrophe="\u02bc")) == "Шуміліна сямʼя"
    off = NormalizeConfig(**dict.fromkeys(FIXER_NAMES, False))
    assert normalize(text, config=off) == text
    assert off.enabled() == ()
    assert NormalizeConfig().enabled() == FIXER_NAMES


def test_config_is_frozen_and_validated() -> None:
    config = NormalizeConfig()
    with pytest.raises(AttributeError):
        config.nfc = False  # type: ignore[misc]
    with pytest.raises(ConfigError, match="apostrophe"):
        NormalizeConfig(apostrophe="'")
    with pytest.raises(TypeError):
        NormalizeConfig(nfc="yes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="NormalizeConfig"):
        normalize("x", config={"nfc": False})  # type: ignore[arg-type]


def test_explain_names_steps_in_order_and_replays() -> None:
    text = "Ціха\u00adноў\u200bская і Шумілiна: сям'я у\u0306"
    explained = normalize_and_explain(text)
    assert isinstance(explained, Explained)
    assert explained.text == "Ціханоўская і Шуміліна: сям\u2019я ў"
    assert explained.steps == ("nfc", "remove_invisible", "fix_lookalikes", "fix_apostrophes")
    assert apply_steps(text, explained.steps) == explained.text


def test_explain_records_a_fixer_twice_when_needed() -> None:
    # A ZWSP between у and its combining breve: NFC can only compose after the removal.
    text = "у\u200b\u0306 і Мінск"
    explained = normalize_and_explain(text)
    assert explained.text == "ў і Мінск"
    assert explained.steps == ("remove_invisible", "nfc")
    assert apply_steps(text, explained.steps) == explained.text


def test_clean_text_has_no_steps() -> None:
    assert normalize_and_explain("Мой родны кут, як ты мне мілы!..") == Explained(
        text="Мой родны кут, як ты мне мілы!..", steps=()
    )


def test_apply_steps_rejects_unknown_names() -> None:
    with pytest.raises(ConfigError, match="unknown normalisation step"):
        apply_steps("x", ["nfc", "uncurl_quotes"])
    with pytest.raises(TypeError, match="not a str"):
        apply_steps("x", "nfc")


def test_non_str_input_raises_type_error() -> None:
    for call in (normalize, normalize_and_explain):
        with pytest.raises(TypeError, match="decode"):
            call(b"\xd1\x9e")  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            call(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        apply_steps(1, ())  # type: ignore[arg-type]


def test_str_subclass_is_accepted() -> None:
    class Text(str):
        pass

    assert normalize(Text("Шумілiна")) == "Шуміліна"
    assert type(normalize(Text("Мінск"))) is str
    assert type(normalize_and_explain(Text("Мінск")).text) is str


# --- the README's bundled example ---------------------------------------------------------------

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "noisy_sample.txt"


def test_bundled_noisy_sample() -> None:
    lines = EXAMPLE.read_text(encoding="utf-8").splitlines()
    results = [normalize_and_explain(line) for line in lines]
    assert [r.text for r in results] == [
        "XII Сесія",
        "Ні мыш, ні пташка не праб’ецца. Мой родны кут, як ты мне мілы!..",
        "Міліцыя затрымлівала ўкраінскага журналіста, які прыехаў на форум у Менск.",
        "За кіраванне транспартнымі сродкамі ў стане ап’янення затрыманыя 109 кіроўцаў.",
        "«У Эўропу страшна вяртацца».",
        "Śviatłana Cichanoŭskaja zaviała treds. Što joj pišuć biełarusy?",
        "How to recover the country's economy and carry out reforms?",
    ]
    # the sample shows every fixer at work, and a line that needs none
    assert {step for r in results for step in r.steps} == set(FIXER_NAMES)
    assert results[-1].steps == ()


@pytest.mark.parametrize("unnormalised", ["", "Жыта\u0301", "у\u0306"])
def test_a_long_text_is_normalised_as_its_lines(unnormalised: str) -> None:
    # a text past the NFC chunk is fixed line by line; when the whole text needs no NFC work
    # its lines are not checked for it again (a line feed composes with nothing)
    lines = ["Шумілiна сказала: «так».", "Plain English line, “quoted”.", "сям'я XІІ", unnormalised]
    text = "\n".join(lines * 400)
    assert len(text) > 4096
    assert normalize(text) == "\n".join(normalize(line) for line in lines * 400)
