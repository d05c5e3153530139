"""The round-4 word analysis gives exactly the round-3 outputs, only faster.

``words_r3`` is a frozen copy of the round-3 functions (commit 6dc75dd).  Match keys are API
(:data:`belnews.KEY_VERSION`), so every faster path must give the same skeletons, fine
skeletons, tokens and keys: on arbitrary Unicode (Hypothesis), on words built to hit the
rules (endings, vowel groups, digraphs), and on every word of the name files and news pages
under ``tests/data`` and of the shared corpora when they are present.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import words_r3 as r3
from belnews.names import _skeleton, _tokens, key
from strategies import any_str, belarusian_names, belarusian_words, lacinka_words

# Letters every rule reads: the Latin vowels and consonant classes, the digraph letters, the
# letters with marks the tables spell out, Cyrillic, and markers the steps write (H C D Z ʃ ʒ).
_RULE_LETTERS = (
    "aeiouyjbvhdtczsklmnprfgqwx"
    "AEIOUYJHCDZK"
    "šžčżćśźńĺľłŭǔâûëßøæœđıŀŝĵĉĝ"
    "абвгґдеёжзіийклмнопрстуўфхцчшщъыьэюяєїјѣ"
    "\u0283\u0292'’.-\u0301\u0306 "
)
_ENDINGS = ("", "ski", "skiy", "sky", "skij", "skaja", "skaya", "skaia", "ska", "cka", "ckaa")
_ENDINGS += (
    "y",
    "i",
    "ij",
    "iy",
    "jiy",
    "jy",
    "ji",
    "j",
    "yj",
    "aja",
    "tj",
    "tsj",
    "ievich",
    "ovna",
    "aa",
)
rule_words = st.builds(
    lambda stem, consonant, ending: stem + consonant + ending,
    st.text(alphabet=_RULE_LETTERS, max_size=10),
    st.sampled_from(("", "k", "sk", "ck", "n", "\u0283", "v", "j")),
    st.sampled_from(_ENDINGS),
)
words = st.one_of(rule_words, any_str, belarusian_words(), lacinka_words())

WORD_FUNCTIONS = (
    (_skeleton.spell_out, r3.spell_out),
    (_skeleton.skeleton, r3.skeleton),
    (_skeleton.fine_skeleton, r3.fine_skeleton),
    (_tokens.word_skeleton, r3.word_skeleton),
    (_tokens.word_fine, r3.word_fine),
)
NAME_FUNCTIONS = (
    (_tokens.parse_name, r3.parse_name),
    (key.tokens_of, r3.tokens_of),
    (key.name_key, r3.name_key),
)


def _differences(items: Iterable[str]) -> list[tuple[str, str, object, object]]:
    out = []
    for item in items:
        for new, old in WORD_FUNCTIONS + NAME_FUNCTIONS:
            mine, theirs = new(item), old(item)
            if mine != theirs:
                out.append((new.__name__, item, mine, theirs))
    return out


@given(words)
def test_words_as_round_3(word: str) -> None:
    assert not _differences([word])


@given(st.lists(words, min_size=1, max_size=4).map(" ".join))
def test_names_as_round_3(name: str) -> None:
    assert not _differences([name])


@given(belarusian_names())
def test_belarusian_names_as_round_3(name: str) -> None:
    assert not _differences([name, name.lower(), name.replace(" ", ", ")])


def test_known_words_as_round_3() -> None:
    """Words built to reach each rule, and the module docstrings' examples."""
    examples = ["Ціханоўская", "Tsikhanouskaya", "Tichanowskaja", "Lukashenko", "Ягор", "Ігар"]
    examples += ["Petrovitj", "Szczygieł", "Zhurskaja", "Scharonak", "Ыя", "iija", "Jëdy", "Yëdy"]
    examples += ["Dzerĵinsk", "Orŝa", "Λουκασένκο", "ლ", "Baranovitši", "Stolpze", "sk", "ky"]
    examples += [
        stem + ending for stem in ("Bяl", "Kos", "Ha", "", "ʒ", "j") for ending in _ENDINGS
    ]
    examples += ["A. Lukashenko", "A.Lukashenko", "LUKASHENKA ALIAKSANDR HRYHORAVICH", "İlham"]
    assert not _differences(examples)


_WORD = re.compile(r"[^\s,;/()\[\]{}<>«»\"“„|]+")


def _tsv_words(path: Path) -> set[str]:
    text = path.read_text(encoding="utf-8")
    cells = {cell for line in text.splitlines() for cell in line.split("\t")}
    return cells | set(_WORD.findall(text))


@functools.cache
def _bundled() -> list[str]:
    root = Path(__file__).resolve().parent
    found: set[str] = set()
    for path in sorted((root / "data").glob("*.tsv")):
        found |= _tsv_words(path)
    for path in sorted((root / "data" / "news_pages").glob("*.txt")):
        found |= set(_WORD.findall(path.read_text(encoding="utf-8")))
    names = root.parent / "src" / "belnews" / "data" / "names"
    for path in sorted(names.glob("*.t*")):
        found |= _tsv_words(path)
    return sorted(found)


def test_bundled_words_as_round_3() -> None:
    """Every cell and word of the name files and news pages in tests/data and of the shipped
    name data (given names, surnames, places): each as a word and as a name."""
    items = _bundled()
    assert len(items) > 20_000
    assert not _differences(items)


def test_shared_corpora_words_as_round_3(shared_dir: Path) -> None:
    """Every distinct word of the UD sentences and proper nouns, Kolas's novel and the shared
    news pages."""
    data = shared_dir / "data"
    texts = [
        data / "ud_belarusian" / "ud_sentences.txt",
        data / "texts" / "novaja_ziamla_kolas.txt",
    ]
    texts += [data / "ud_belarusian" / "propn_forms.tsv", *sorted((data / "news").glob("*.txt"))]
    found: set[str] = set()
    for path in texts:
        found |= set(_WORD.findall(path.read_text(encoding="utf-8")))
    items = sorted(found - set(_bundled()))
    assert len(items) > 20_000
    assert not _differences(items)


@pytest.mark.parametrize("new", [f for f, _ in WORD_FUNCTIONS + NAME_FUNCTIONS])
def test_cached_functions_are_bounded(new: object) -> None:
    """Every cache of the word analysis has a size bound (a process reading a corpus must not
    grow without end)."""
    info = getattr(new, "cache_info", None)
    assert info is None or info().maxsize is not None


_ENDING_TEXT = st.text(alphabet="aiyjksc\u0283bnvtu", max_size=10)


@given(_ENDING_TEXT)
def test_masculine_ending_is_the_two_regexes(text: str) -> None:
    """The string form of the masculine ending rule is the regexes it replaced, on any text of
    the letters they read that ends in i, y or j (the only texts it is given)."""
    text += "i"
    for end in ("i", "y", "j", "ji", "jy", "yj"):
        word = text[:-1] + end
        expected, count = _skeleton._MASC_ADJECTIVE.subn("I", word)
        if not count:
            expected = _skeleton._MASC_SOFT.sub("I", word)
        assert _skeleton._masculine_ending(word) == expected


@given(_ENDING_TEXT)
def test_feminine_suffixes_cover_the_regex(text: str) -> None:
    """The feminine ending regex can only match a text with one of the listed suffixes."""
    for end in ("a", "aa", "aja", "aya", "aia", "ka", "ska", "cka"):
        word = text + end
        if _skeleton._FEM_ADJECTIVE.search(word):
            assert word.endswith(_skeleton._FEM_SUFFIXES)


@given(st.text(alphabet="vahnI-\u0283", max_size=8))
def test_patronymic_suffixes_are_the_regex(skeleton: str) -> None:
    """The patronymic test on a skeleton (no newline) is the regex it replaced."""
    expected = _tokens._PATRONYMIC.search(skeleton) is not None
    assert skeleton.endswith(_tokens._PATRONYMIC_ENDS) == expected
