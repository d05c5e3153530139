"""Round 8's exact rewrites on the lookup path give what the code they replaced gave."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from belnews.names._rules import Link
from belnews.names._rules_readings import _VOWEL_CLASS, _latin_vowels, _sibilants, _vowels
from belnews.names._tokens import Token
from belnews.names.key import tokens_of
from belnews.names.match import _equal_keys_pairing

_NOT_UKRAINIAN = frozenset("ыэёўъ")
_SIBILANT_CLASS = dict.fromkeys("сз", "s") | dict.fromkeys("шжщ", "h")


def _vowels_before(text: str) -> str:
    """_vowels as it was before round 8 (a set and a scan, not one regex search each)."""
    word = unicodedata.normalize("NFC", text.lower())
    if word.isascii():
        return _latin_vowels(word) if word.isalpha() else ""
    if any("a" <= c <= "z" for c in word):
        return ""
    classes = [_VOWEL_CLASS.get(c, "") for c in word]
    if not _NOT_UKRAINIAN & set(word):
        classes = ["u" if c == "і" else kind for c, kind in zip(word, classes, strict=True)]
    for i, kind in enumerate(classes[:-1]):
        if kind == "i" and classes[i + 1]:
            classes[i] = "u"
    return "".join(classes)


def _sibilants_before(text: str) -> str:
    word = unicodedata.normalize("NFC", text.lower())
    if word.isascii() or any("a" <= c <= "z" for c in word):
        return ""
    out = [_SIBILANT_CLASS[c] for c in word if c in _SIBILANT_CLASS]
    return "".join(c for i, c in enumerate(out) if i == 0 or out[i - 1] != c)


_LETTERS = "абвгдеёжзийклмнопрстуўфхцчшщъыьэюяіґєїАЕЁІЎЩШЖЗСЫЭЪabcdeiosuzyAZ '-"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_LETTERS, max_size=14))
def test_vowels_and_sibilants_as_before(word: str) -> None:
    assert _vowels.__wrapped__(word) == _vowels_before(word)
    assert _sibilants.__wrapped__(word) == _sibilants_before(word)


def test_an_initial_is_linked_once_and_its_link_kept() -> None:
    """_equal_keys_pairing keeps an initial's link from its fitting: one call per pair, and
    the pairing as when the link was made again."""
    calls: list[tuple[str, str]] = []
    marks = {"I.": Link(5, ("initials",)), "Иван": Link(4), "Кузнецов": Link(4, surname=True)}

    def link_of(x: Token, y: Token) -> Link | None:
        calls.append((x.text, y.text))
        if x.initial:
            return marks["I."] if y.text == "Иван" else None
        return marks[x.text] if x.key == y.key else None

    short, long = tokens_of("I. Кузнецов"), tokens_of("Иван Кузнецов")
    pairing = _equal_keys_pairing(short, long, link_of)
    assert pairing == ([marks["I."], marks["Кузнецов"]], (0, 1))
    assert len(calls) == len(set(calls)) == 2
