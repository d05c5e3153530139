"""detect_script and iter_words: golden words from real text, and totality over any string."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from belnews import Script, detect_script
from belnews.script import WordSpan, iter_words
from conftest import type_error_message


@pytest.mark.parametrize(
    ("word", "script"),
    [
        # Belarusian: і / ў / apostrophe between letters (UD_Belarusian-HSE, Kolas, spec §1.5)
        ("Ціханоўская", Script.BELARUSIAN),
        ("Мінск", Script.BELARUSIAN),
        ("Быкаў", Script.BELARUSIAN),
        ("сям’я", Script.BELARUSIAN),
        ("сямʼя", Script.BELARUSIAN),  # U+02BC, as in Kolas's «Новая зямля»
        ("сям'я", Script.BELARUSIAN),
        ("ІІ", Script.BELARUSIAN),
        # Russian: и щ ъ (zerkalo / euroradio pages, spec §10)
        ("Тихановская", Script.RUSSIAN),
        ("щит", Script.RUSSIAN),
        ("объявил", Script.RUSSIAN),
        # Cyrillic, language undecided: no marker, both markers, or another Cyrillic alphabet
        ("Колас", Script.CYRILLIC),
        ("зямля", Script.CYRILLIC),
        ("міністр", Script.BELARUSIAN),
        ("Київ", Script.CYRILLIC),  # Ukrainian ї
        ("Југославија", Script.CYRILLIC),  # Serbian ј
        ("іи", Script.CYRILLIC),
        # Łacinka (Nasha Niva be-latn page, spec §1.5)
        ("Cichanoŭskaja", Script.LACINKA),
        ("Śviatłana", Script.LACINKA),
        ("Łatuška", Script.LACINKA),
        ("Šuškievič", Script.LACINKA),  # č š with "ie" after a consonant
        ("pieršym", Script.LACINKA),
        ("Bykaǔ", Script.LACINKA),  # the caron variant counts too
        # other Latin
        ("Tsikhanouskaya", Script.LATIN),
        ("Babiš", Script.LATIN),  # Czech: š without a Belarusian pattern
        ("Łukasz", Script.LATIN),  # Polish digraph sz
        ("Kraków", Script.LATIN),  # ó is not a Łacinka letter
        ("Lukashenko", Script.LATIN),
        ("Magìlëǔ", Script.LATIN),  # ISO 9
        ("Vasìlʹ", Script.LATIN),  # ISO 9 soft sign U+02B9 is neutral
        # mixed and other
        ("Шумілiна", Script.MIXED),  # Latin i: call normalize first
        ("belarusdocsгляджу", Script.MIXED),  # glued words in UD sentence text
        ("Ωmega", Script.MIXED),
        ("1923", Script.OTHER),
        ("", Script.OTHER),
        ("—", Script.OTHER),
        ("Ελλάδα", Script.OTHER),
        ("北京", Script.OTHER),
    ],
)
def test_detect_script_golden(word: str, script: Script) -> None:
    assert detect_script(word) is script


def test_detect_script_rejects_bytes() -> None:
    with pytest.raises(TypeError, match=type_error_message("decode")):
        detect_script(b"\xd0\x9c")  # type: ignore[arg-type]


@given(st.text())
def test_detect_script_is_total(text: str) -> None:
    assert isinstance(detect_script(text), Script)


def test_iter_words_spans_and_scripts() -> None:
    text = "Святлана Ціханоўская (Śviatłana Cichanoŭskaja) — сям’я, 2020."
    words = list(iter_words(text))
    assert [w.word for w in words] == [
        "Святлана",
        "Ціханоўская",
        "Śviatłana",
        "Cichanoŭskaja",
        "сям’я",
    ]
    assert [w.script for w in words] == [
        Script.CYRILLIC,
        Script.BELARUSIAN,
        Script.LACINKA,
        Script.LACINKA,
        Script.BELARUSIAN,
    ]
    for w in words:
        assert text[w.start : w.end] == w.word
    start, end, word, script = words[0]
    assert (start, end, word, script) == (0, 8, "Святлана", Script.CYRILLIC)


def test_iter_words_keeps_combining_marks_and_splits_hyphens() -> None:
    # Kolas: "Жыта́" carries a combining stress mark; "Дзядзька-кухар" is a chapter title.
    assert [w.word for w in iter_words("Жыта\u0301 там")] == ["Жыта\u0301", "там"]
    assert [w.word for w in iter_words("Дзядзька-кухар")] == ["Дзядзька", "кухар"]


@given(st.text())
def test_iter_words_spans_are_ordered_slices(text: str) -> None:
    previous = 0
    for span in iter_words(text):
        assert isinstance(span, WordSpan)
        assert previous <= span.start < span.end
        assert text[span.start : span.end] == span.word
        assert span.script is detect_script(span.word)
        previous = span.end


@pytest.mark.parametrize("unit", ["я'", "a\u0301", "Ł", "ІХ ", "'", "сям’я, "])
def test_hostile_input_in_bounded_time(unit: str) -> None:
    import time

    text = unit * ((1 << 20) // len(unit))
    start = time.perf_counter()
    detect_script(text)
    count = sum(1 for _ in iter_words(text))
    assert time.perf_counter() - start < 10
    assert count <= len(text)
