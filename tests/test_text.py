"""The text layer (belnews.text): character classes, predicates, tokenizer, fold/recase, NFC."""

from __future__ import annotations

import re
import unicodedata
import warnings

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

from belnews import text
from belnews.text import (
    APOSTROPHES,
    BELARUSIAN_ONLY,
    CYRILLIC,
    CYRILLIC_BASIC,
    DASHES,
    HYPHENS,
    LATIN,
    QUOTES,
    QUOTES_CLOSE,
    QUOTES_OPEN,
    RUSSIAN_ONLY,
    UKRAINIAN_ONLY,
    Script,
    Span,
    char_class,
    fold,
    has_cyrillic,
    is_cyrillic,
    is_nfc,
    iter_words,
    nfc,
    nfd,
    recase,
    word_around,
    word_pattern,
    words,
)
from conftest import type_error_message
from strategies import any_str, belarusian_words, noisy_text
from timing import assert_linear

# --- character classes -----------------------------------------------------------------------


def test_every_cyrillic_letter_and_no_other_letter_is_in_cyrillic() -> None:
    cyrillic = re.compile(f"[{CYRILLIC}]")
    for code in range(0x0400, 0x0530):
        char = chr(code)
        is_letter = unicodedata.category(char).startswith("L")
        assert (cyrillic.match(char) is not None) == is_letter, hex(code)
    assert not cyrillic.match("a")
    assert not cyrillic.match("ł")


def test_cyrillic_is_the_letters_of_the_cyrillic_script() -> None:
    # By the regex module's Unicode tables, which are newer than Python's own (3.11: Unicode 14,
    # where the Extended-D modifier letters U+1E030.. are unassigned).  Found by Hypothesis:
    # to_latin(errors="replace") kept ᵸ (U+1D78) and U+1E030, Cyrillic letters outside the blocks.
    script = regex.compile(r"[\p{Script=Cyrillic}&&\p{L}]", regex.V1)
    cyrillic = re.compile(f"[{CYRILLIC}]")
    wrong = [
        hex(code)
        for code in range(0x1E090)  # up to the end of Extended-D, the last Cyrillic block
        if (script.match(chr(code)) is None) != (cyrillic.match(chr(code)) is None)
    ]
    assert wrong == []


def test_latin_holds_every_lacinka_letter_and_no_cyrillic() -> None:
    latin = re.compile(f"[{LATIN}]+")
    assert latin.fullmatch("Cichanoŭskaja Śviatłana Łatuška ǔ ĺ") is None  # spaces
    assert all(latin.fullmatch(c) for c in "ŁłŬŭǓǔĆćŚśŹźŃńĹĺČčŠšŽž")
    assert not any(re.match(f"[{LATIN}]", c) for c in "аяўіё")


def test_language_letters() -> None:
    be = set("абвгдеёжзійклмнопрстуўфхцчшыьэюя")
    ru = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
    assert set(BELARUSIAN_ONLY.lower()) == be - ru
    assert set(RUSSIAN_ONLY.lower()) == ru - be
    assert set(UKRAINIAN_ONLY.lower()).isdisjoint(be | ru)
    assert all(re.match(f"[{CYRILLIC_BASIC}]", c) for c in be | ru | set(UKRAINIAN_ONLY))


def test_punctuation_sets_are_disjoint_where_they_must_be() -> None:
    assert "-" in HYPHENS
    assert "-" not in DASHES
    assert set(HYPHENS).isdisjoint(DASHES)
    assert set(QUOTES_OPEN) | set(QUOTES_CLOSE) <= set(QUOTES)
    assert "’" in APOSTROPHES
    assert "ʼ" in APOSTROPHES


@given(st.text(max_size=20))
@example("a||")  # found by Hypothesis: re warned "Possible set union" (FutureWarning)
def test_char_class_matches_exactly_its_characters(chars: str) -> None:
    if not chars:
        return
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        pattern = re.compile(char_class(chars))
    for char in chars + "]\\^-ab":
        assert (pattern.fullmatch(char) is not None) == (char in chars)


# --- predicates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "has", "is_"),
    [
        ("Лукашэнка", True, True),
        ("Лукашэнка, 1954 — ’", True, True),
        ("Шумілiна", True, False),
        ("Łukašenka", False, False),
        ("", False, False),
        ("123 ...", False, False),
        ("сямʼя", True, True),  # U+02BC is the apostrophe, not a Latin letter
    ],
)
def test_predicates(value: str, has: bool, is_: bool) -> None:
    assert has_cyrillic(value) is has
    assert is_cyrillic(value) is is_


@given(any_str)
def test_predicates_are_total_and_consistent(value: str) -> None:
    assert not is_cyrillic(value) or has_cyrillic(value)


def test_predicates_refuse_bytes() -> None:
    with pytest.raises(TypeError, match=type_error_message("decode")):
        has_cyrillic(b"x")  # type: ignore[arg-type]


# --- the tokenizer ------------------------------------------------------------------------------


def test_hyphenated_words() -> None:
    assert words("Навуменка-Лісоўская і Ціханоўская") == [
        "Навуменка",
        "Лісоўская",
        "і",
        "Ціханоўская",
    ]
    assert words("Навуменка-Лісоўская і Ціханоўская", hyphenated=True) == [
        "Навуменка-Лісоўская",
        "і",
        "Ціханоўская",
    ]
    assert words("a--b -c d-", hyphenated=True) == ["a", "b", "c", "d"]


def test_word_spans_and_scripts() -> None:
    spans = list(iter_words("Łatuška і Лукашэнка"))
    assert [s.span for s in spans] == [Span(0, 7), Span(8, 9), Span(10, 19)]
    assert [s.script for s in spans] == [Script.LACINKA, Script.BELARUSIAN, Script.CYRILLIC]


@given(st.one_of(noisy_text, any_str), st.booleans())
def test_words_are_the_text_between_the_gaps(value: str, hyphenated: bool) -> None:
    previous = 0
    for span in iter_words(value, hyphenated=hyphenated):
        assert value[span.start : span.end] == span.word
        assert span.start >= previous
        previous = span.end
    assert words(value, hyphenated=hyphenated) == [
        w.word for w in iter_words(value, hyphenated=hyphenated)
    ]


@given(noisy_text, st.integers(min_value=0, max_value=59))
def test_word_around_contains_its_index(value: str, index: int) -> None:
    if index >= len(value):
        return
    span = word_around(value, index)
    assert span.start <= index < span.end


def test_word_count_counts_chinese_as_a_reader_does() -> None:
    assert text.word_count("Якуб Колас, «Новая зямля» (1923)") == 5
    assert text.word_count("白俄罗斯法院") == 3  # two characters a word beyond the first two
    assert text.word_count("윤 대통령 사과") == 3  # Hangul is written with spaces
    assert text.word_count("") == 0


_CJK_PIECES = st.sampled_from(["中", "国", "。", "ひ", "カ", " ", "a", "1", "\n", "Ł", "ў"])


@given(st.one_of(noisy_text, any_str, st.lists(_CJK_PIECES).map("".join)), st.integers(0, 12))
def test_word_count_with_a_cap_is_exact_up_to_it(value: str, cap: int) -> None:
    full = text.word_count(value)
    assert full >= len(value.split())
    assert min(text.word_count(value, cap=cap), cap + 1) == min(full, cap + 1)


def test_word_pattern_is_compiled_once() -> None:
    assert word_pattern() is word_pattern()
    assert word_pattern(hyphenated=True) is not word_pattern()


# --- fold and recase ----------------------------------------------------------------------------


@given(st.one_of(noisy_text, any_str, belarusian_words()))
def test_fold_is_idempotent_and_lowercase(value: str) -> None:
    folded = fold(value)
    assert fold(folded) == folded
    assert all(c.isalnum() for c in folded)


def test_fold_of_compatibility_capitals_is_lowercase() -> None:
    assert fold("𝐀") == fold("A") == "a"
    assert fold(fold("𝐀ℌﬀ")) == fold("𝐀ℌﬀ") == "ahff"


def test_fold_fast_path_agrees_with_the_general_one() -> None:
    for value in ("Lukashenka", "O'Brien", "A-B c", "x_1"):
        assert fold(value) == text._fold._fold_unicode(value)


@pytest.mark.parametrize(
    ("model", "word", "expected"),
    [
        ("ЛУКАШЭНКУ", "лукашэнка", "ЛУКАШЭНКА"),
        ("Лукашэнку", "лукашэнка", "Лукашэнка"),
        ("лукашэнку", "лукашэнка", "лукашэнка"),
        ("A", "ab", "Ab"),
        ("", "ab", "ab"),
    ],
)
def test_recase(model: str, word: str, expected: str) -> None:
    assert recase(model, word) == expected


# --- linear normal forms --------------------------------------------------------------------------

marks = st.text(
    alphabet=st.sampled_from(
        "аaeuǘǖ\u0300\u0301\u0306\u0308\u0316\u0317\u0327\u0344\u0f71\u0f72\u0f73"
        "\u1100\u1161\u11a8\U0001d165\U0001d16d"
    ),
    max_size=120,
)


@given(st.one_of(marks, any_str, noisy_text))
def test_normal_forms_are_unicodedatas(value: str) -> None:
    assert nfc(value) == unicodedata.normalize("NFC", value)
    assert nfd(value) == unicodedata.normalize("NFD", value)
    assert is_nfc(value) == unicodedata.is_normalized("NFC", value)


def test_long_runs_take_the_safe_path_with_the_same_result() -> None:
    for value in (
        "а" + "\u0301\u0316" * 200,
        "ǘ" + "\u0316\u0301" * 100 + "x" + "\u0308\u0327" * 100,
        "a" + "\U0001d16d\U0001d165" * 50,
    ):
        assert nfc(value) == unicodedata.normalize("NFC", value)
        assert nfd(value) == unicodedata.normalize("NFD", value)


def _fold_reference(value: str) -> str:
    """The three fold functions of the base tree, applied until nothing changes."""
    while True:
        decomposed = unicodedata.normalize("NFKD", value.casefold().replace("ł", "l"))
        folded = "".join(
            c
            for c in decomposed
            if c.isalnum() and not unicodedata.combining(c) and c not in APOSTROPHES
        )
        if folded == value:
            return folded
        value = folded


@given(st.one_of(marks, any_str, noisy_text, st.just("ͅ" * 40), st.just("𝐀ℌﬀ")))
def test_fold_is_the_reference_fold(value: str) -> None:
    assert fold(value) == _fold_reference(value)


_UNCACHED_FOLD = text._fold._fold_unicode.__wrapped__  # the cache would time itself


@pytest.mark.parametrize(
    "function", [nfc, nfd, is_nfc, _UNCACHED_FOLD], ids=["nfc", "nfd", "is_nfc", "fold"]
)
@pytest.mark.parametrize(
    "make",
    [
        lambda n: "а" + "\u0301\u0316" * n,
        lambda n: "ǘ" + "\u0316" * n + "\u0301",
        lambda n: ("а" + "\u0301\u0316" * 40 + " ") * (n // 40),
    ],
    ids=["alternating", "precomposed-then-run", "many-runs"],
)
def test_normal_forms_grow_linearly(function: object, make: object) -> None:
    assert_linear(function, make, 2_000)  # type: ignore[arg-type]
