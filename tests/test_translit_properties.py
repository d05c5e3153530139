"""Properties of to_latin / to_cyrillic over generated and arbitrary text (Hypothesis)."""

from __future__ import annotations

import unicodedata
from typing import Literal

import regex
from hypothesis import assume, example, given
from hypothesis import strategies as st

from belnews import get_system, normalize, system_ids, to_cyrillic, to_latin
from strategies import BELARUSIAN, RUSSIAN, belarusian_names, belarusian_words

BE_SYSTEMS = system_ids(lang="be")
RU_SYSTEMS = system_ids(lang="ru")
# The systems whose data claims a round trip (System.reversible), with the documented losses.
REVERSIBLE = tuple(sid for sid in BE_SYSTEMS if get_system(sid).reversible)
READABLE = tuple(sid for sid in BE_SYSTEMS if get_system(sid).rules.to_cyrillic is not None)
LOSSY = {sid: [regex.compile(x.pattern) for x in get_system(sid).lossy] for sid in BE_SYSTEMS}


def documented_loss(word: str, system: str) -> bool:
    """The data of ``system`` says ``word`` may not survive the round trip (System.lossy)."""
    return any(pattern.search(normalize(word)) for pattern in LOSSY[system])


CYRILLIC_LETTER = regex.compile(r"[\p{Script=Cyrillic}&&\p{L}]", regex.V1)


@given(st.text(alphabet=BELARUSIAN + BELARUSIAN.upper() + " -’.,"), st.sampled_from(BE_SYSTEMS))
def test_no_cyrillic_letter_in_latin_output(text: str, system: str) -> None:
    assert not CYRILLIC_LETTER.search(to_latin(text, system))


@given(st.text(alphabet=RUSSIAN + RUSSIAN.upper() + " -"), st.sampled_from(RU_SYSTEMS))
def test_no_cyrillic_letter_in_latin_output_russian(text: str, system: str) -> None:
    assert not CYRILLIC_LETTER.search(to_latin(text, system, lang="ru"))


@given(
    st.text(alphabet=st.characters(min_codepoint=0x400, max_codepoint=0x52F)),
    st.sampled_from(BE_SYSTEMS),
)
def test_any_cyrillic_with_replace_leaves_no_cyrillic_letter(text: str, system: str) -> None:
    assert not CYRILLIC_LETTER.search(to_latin(text, system, errors="replace"))


@given(belarusian_words(), st.sampled_from(REVERSIBLE), st.booleans())
def test_reversible_round_trip(word: str, system: str, assimilation: bool) -> None:
    assume(not documented_loss(word, system))
    options = {"assimilation": assimilation} if system == "lacinka" else {}
    latin = to_latin(word, system, **options)
    assert to_cyrillic(latin, system, **options) == normalize(word), latin


@given(belarusian_words(), st.sampled_from(REVERSIBLE))
def test_round_trip_of_capitalised_words(word: str, system: str) -> None:
    for form in (word.capitalize(), word.upper()):
        if documented_loss(form, system):
            continue
        latin = to_latin(form, system, assimilation=False) if system == "lacinka" else None
        latin = latin or to_latin(form, system)
        options = {"assimilation": False} if system == "lacinka" else {}
        if regex.fullmatch("[IVX]{2,}", latin):
            continue  # ВІ → VI: a Roman numeral in capitals, which to_cyrillic keeps (documented)
        assert to_cyrillic(latin, system, **options) == normalize(form), latin


@given(belarusian_words(), st.sampled_from(BE_SYSTEMS))
@example("хі", "lacinka")  # ХІ is the Roman numeral XI (found by the "thorough" profile)
def test_upper_case_word_gives_upper_case_latin(word: str, system: str) -> None:
    # ЦІХАНОЎСКАЯ -> CICHANOŬSKAJA: a word in capitals is the capitalised lowercase form, except
    # a word of Cyrillic Roman-numeral letters, which normalize reads as the numeral: ХІ -> XI
    if regex.fullmatch("[IVX]{2,}", normalize(word.upper())):
        return
    assert to_latin(word.upper(), system) == to_latin(word, system).upper()


# One-letter Belarusian words (and initials): among words in capitals they are in capitals too.
ONE_LETTER = ["я", "і", "у", "з", "а", "ю", "е", "ж", "х", "ш", "ц", "ч"]
ROMAN = regex.compile(r"\b[IVXLCDM]+\b")


@st.composite
def lines(draw: st.DrawFn) -> str:
    """Words and one-letter words (an initial with its dot), at least one of two letters."""
    words = draw(
        st.lists(
            st.one_of(belarusian_words(), st.sampled_from(ONE_LETTER).map(lambda c: c + ".")),
            min_size=1,
            max_size=5,
        )
    )
    assume(any(len(w.rstrip(".")) > 1 for w in words))
    return " ".join(words)


@given(lines(), st.sampled_from(BE_SYSTEMS), st.sampled_from([None, "auto"]))
@example("я веру", "lacinka", None)  # Я ВЕРУ -> JA VIERU, not Ja VIERU
@example("ю. шуміліна і я.", "passport", None)
@example("я веру", "passport", "auto")  # lang="auto" converts word by word
def test_line_in_capitals_gives_latin_in_capitals(
    line: str, system: str, lang: Literal["auto"] | None
) -> None:
    # Word-level case over a line: every word in capitals, the one-letter ones too (Я -> JA
    # beside words in capitals; alone it is the Title-case Ja of rule L8)
    assume(not ROMAN.search(normalize(line.upper())))  # ХІ is the numeral XI
    assert to_latin(line.upper(), system, lang=lang) == to_latin(line, system, lang=lang).upper()


@given(lines(), st.sampled_from(READABLE))
@example("я веру", "lacinka")
@example("зь веру", "lacinka")  # Ź VIERU -> ЗЬ ВЕРУ: the one-letter word among capitals
def test_latin_in_capitals_reads_back_in_capitals(line: str, system: str) -> None:
    latin = to_latin(line, system)
    assume(any(len(w) > 1 for w in regex.findall(r"\p{L}[\p{L}\p{M}`ʹ’]*", latin)))
    assume(not ROMAN.search(latin.upper()))  # to_cyrillic keeps Roman numerals
    assert to_cyrillic(latin.upper(), system) == to_cyrillic(latin, system).upper(), latin


@given(
    st.text(alphabet=st.characters(codec="ascii") | st.sampled_from("ŁłŚśĆćŹźŃńŬŭŠšŽžČčéü")),
    st.sampled_from((*BE_SYSTEMS, "wikipedia")),
)
def test_latin_text_is_unchanged(text: str, system: str) -> None:
    assert to_latin(text, system) == normalize(text)


@given(st.text(), st.sampled_from(BE_SYSTEMS), st.sampled_from(["keep", "replace", "ignore"]))
def test_total_over_arbitrary_unicode(text: str, system: str, errors: str) -> None:
    result = to_latin(text, system, errors=errors)
    assert isinstance(result, str)
    if errors != "keep":
        assert not CYRILLIC_LETTER.search(result)


@given(st.text(), st.sampled_from(READABLE))
def test_to_cyrillic_is_total(text: str, system: str) -> None:
    assert isinstance(to_cyrillic(text, system), str)
    assert isinstance(to_cyrillic(text, system, orthography="taraskievica"), str)


@given(st.text(alphabet=BELARUSIAN + BELARUSIAN.upper() + " "), st.sampled_from(BE_SYSTEMS))
def test_to_latin_output_is_nfc(text: str, system: str) -> None:
    # Tables hold precomposed letters (ŭ, not u + U+0306), so output compares equal to NFC text.
    assert unicodedata.is_normalized("NFC", to_latin(text, system))


@given(belarusian_words(), st.sampled_from(["ala-lc", "scholarly"]))
def test_library_systems_lose_only_the_apostrophe(word: str, system: str) -> None:
    # Issue 3: ala-lc and scholarly do not write the apostrophe; to_cyrillic restores it where
    # the spelling requires it (after р, which is always hard) and loses it after б в м п ф.
    expected = regex.sub(r"(?<=[бвмпф])’", "", normalize(word))
    assert to_cyrillic(to_latin(word, system), system) == expected


# Text that tests every branch of to_latin's calm fast path: plain and capital Belarusian letters,
# the first letters of rules (зг тс), Roman-numeral І Х, apostrophes, Latin letters, a stress mark,
# an NBSP, letters no Belarusian table covers (ѣ, ї) and Russian letters.
MIXED = (
    BELARUSIAN
    + BELARUSIAN.upper()
    + " .-’'ʼ"
    + "ІХXVi"
    + "\u0301\u00a0ѣїищъ"
    + "зг тс"
    + "\u2126\u0958αβ"  # Ω and क़ are not NFC; Greek is quiet for no system
)


@given(st.text(alphabet=MIXED), st.sampled_from(BE_SYSTEMS))
def test_fast_path_agrees_with_the_engine(text: str, system: str) -> None:
    # to_latin skips normalize() and the engine's checks for text its one search calls calm;
    # the result must be what the engine gives on the normalised text.
    from belnews import get_system
    from belnews.translit import transliterate

    expected = transliterate(normalize(text), get_system(system), errors="keep")
    assert to_latin(text, system, errors="keep") == expected


def test_quiet_characters_never_compose() -> None:
    # The fast path takes text made only of "quiet" characters to be NFC without checking; that
    # holds if none of them is the second character of a canonical composition (checked over the
    # whole of Unicode) and each is NFC and a starter on its own.
    from belnews._translit import quiet as quiet_characters

    quiet = quiet_characters()
    assert "а" in quiet
    assert "\u0301" not in quiet
    assert "\u2126" not in quiet
    for code in range(0x110000):
        decomposition = unicodedata.decomposition(chr(code))
        if decomposition and not decomposition.startswith("<"):
            parts = decomposition.split()
            assert len(parts) != 2 or chr(int(parts[1], 16)) not in quiet, hex(code)


def test_the_reversible_claims() -> None:
    # Issue 15: a system claims a round trip only with its losses documented in its data.
    assert set(REVERSIBLE) == {"lacinka", "national-2007", "iso9", "gost-b"}
    for system in REVERSIBLE:
        for loss in get_system(system).lossy:
            cyrillic, latin, back = loss.example
            assert regex.search(loss.pattern, normalize(cyrillic)), (system, loss.pattern)
            assert to_latin(cyrillic, system) == latin
            assert to_cyrillic(latin, system) == back != normalize(cyrillic)


def test_output_only_systems_say_so() -> None:
    import pytest

    from belnews.errors import ConfigError

    for system in set(BE_SYSTEMS) - set(READABLE):
        with pytest.raises(ConfigError, match="to_cyrillic"):
            to_cyrillic("Minsk", system)


@given(belarusian_names(), st.sampled_from(BE_SYSTEMS + tuple("ru:" + s for s in RU_SYSTEMS)))
# і before an iotated vowel at a word's start: Łacinka Ije, BGN Iye, passport Iie (found by
# Hypothesis; KEY_VERSION 3 reads i + j/y/i + vowel there as i + vowel, an iotated vowel)
@example("Іван Іе", "lacinka")
@example("Іван Ія", "passport")
def test_name_key_is_the_same_for_every_systems_spelling(name: str, system: str) -> None:
    # Issue 13: the name key must not depend on the romanization (helper `match` owns the key).
    from belnews import name_key

    if system.startswith("ru:"):
        # a Russian-looking name for the Russian tables
        name = name.translate(str.maketrans("іІўЎ", "иИвВ"))
    latin = to_latin(name, system, errors="ignore")
    assert name_key(latin) == name_key(name), (system, latin)
