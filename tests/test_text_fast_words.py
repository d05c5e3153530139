"""``findall_words`` / ``finditer_words`` (the ``re`` twins of ``WORD`` and ``WORD_HYPHENATED``)
find exactly the words of the ``regex`` patterns, on any text and between any bounds."""

from __future__ import annotations

import contextlib
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from belnews.text import beyond_bmp, findall_words, finditer_words, word_pattern
from strategies import any_text, noisy_text

# letters, marks, apostrophes, hyphens, digits, a letter past the BMP (𝔞, 𐐨), a lone surrogate
_EDGES = "aя'’ʼ-\u2010\u2011\u0301𝔞𐐨1 .ǅ\ud800Ł"


@given(
    any_text | noisy_text | st.text(alphabet=_EDGES) | st.text(),
    st.integers(min_value=-2, max_value=40),
    st.integers(min_value=-2, max_value=60) | st.none(),
)
def test_the_twins_find_the_words_of_the_patterns(text: str, start: int, end: int | None) -> None:
    # the bounds as re reads pos and endpos: clamped to the text
    bounds = (
        min(max(start, 0), len(text)),
        len(text) if end is None else min(max(end, 0), len(text)),
    )
    for hyphenated in (False, True):
        pattern = word_pattern(hyphenated=hyphenated)
        expected = [m.span() for m in pattern.finditer(text, *bounds)]
        # bmp_only: None (checked here), the caller's own check, or False (the regex path)
        for bmp_only in (None, not beyond_bmp(text), False):
            found = finditer_words(text, start, end, hyphenated=hyphenated, bmp_only=bmp_only)
            assert [m.span() for m in found] == expected
            words = findall_words(text, start, end, hyphenated=hyphenated, bmp_only=bmp_only)
            assert words == pattern.findall(text, *bounds)


def test_the_twin_is_the_re_module_on_bmp_text() -> None:
    import re

    assert isinstance(next(finditer_words("Якуб Колас")), re.Match)
    assert findall_words("𝔞bc сям’я") == ["𝔞bc", "сям’я"]  # past the BMP: the regex pattern


class _Sized(str):
    """A ``str`` subclass that misreports its size (the shortcut must not trust it)."""

    def __sizeof__(self) -> int:
        return 0


@given(st.text(alphabet=_EDGES) | st.text(), st.booleans())
def test_beyond_bmp_is_told_by_the_characters_not_the_storage(text: str, utf8: bool) -> None:
    # beyond_bmp answers "no" from the storage width (str.__sizeof__) when it can: a cached
    # UTF-8 copy or a subclass makes the string look wider, never narrower
    if utf8:  # (unicodedata.lookup reads its argument as UTF-8, kept with the string)
        with contextlib.suppress(KeyError, UnicodeEncodeError):
            unicodedata.lookup(text)
    expected = any(ord(char) > 0xFFFF for char in text)
    assert beyond_bmp(text) is expected
    assert beyond_bmp(_Sized(text)) is expected
    wide = "\u0436" * 40 + text
    with contextlib.suppress(KeyError, UnicodeEncodeError):
        unicodedata.lookup(wide)  # (a UTF-8 copy of up to 3 bytes a character: looks wider)
    assert beyond_bmp(wide) is expected
