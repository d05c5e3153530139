"""The words and marks the news steps share come from one place (``belnews.news._vocab``)."""

from __future__ import annotations

import pytest

from belnews.news import _trim, _vocab, meta_byline, text
from belnews.text import beyond_bmp, findall_words, finditer_words
from conftest import type_error_message


@pytest.mark.parametrize("label", sorted(_vocab.AD_LABELS))
def test_every_ad_label_is_read_by_both_steps(label: str) -> None:
    assert text._is_furniture(label.capitalize())  # plain text: page furniture
    assert _trim._is_ad_label(text.Block(f"{label.upper()}:", "p"))  # HTML: the ad-label rule


@pytest.mark.parametrize("word", _vocab.BYLINE_WORDS)
def test_every_byline_word_is_read_by_every_step(word: str) -> None:
    line = f"{word.capitalize()} Jan Kowalski"
    assert text._is_byline(line)
    assert _trim._BYLINE.match(line)
    assert meta_byline._BY.sub("", line) == "Jan Kowalski"


def test_sentence_ends_differ_only_as_stated() -> None:
    assert set(_trim._SENTENCE_END) - set(_vocab.SENTENCE_END) == {")"}


@pytest.mark.parametrize("function", [findall_words, finditer_words, beyond_bmp])
def test_word_functions_name_the_wrong_type(function: object) -> None:
    with pytest.raises(TypeError, match=type_error_message("text must be str, not bytes")):
        function(b"abc")  # type: ignore[operator]
