"""The language of an article: "en", "be", "be-Latn" or "ru".

Words are classified by :func:`belnews.script.iter_words` (which uses ``detect_script``):
Belarusian Cyrillic has і and ў, Russian has и, щ and ъ, Łacinka has ł ŭ ć ś ź ń (or č š ž in
Belarusian spelling patterns).  English pages name Belarusians in Łacinka ("Pavieł Łatuška"), so
a Latin page is Łacinka only when a fair share of its words are.  A sample of the text is
enough; judging it all would cost more than the rest of the parse.
"""

from __future__ import annotations

from collections import Counter

from belnews.script import Script, iter_words

__all__ = ["detect_language"]

_SAMPLE = 800  # characters of text judged
_LACINKA_SHARE = 0.2  # share of Latin words in Łacinka above which a page is Łacinka
_ENGLISH = frozenset({"the", "and", "of", "is", "was", "with", "that", "for", "has", "have"})
_ENGLISH_SHARE = 0.08  # English function words this common make a Latin page English


def detect_language(text: str, /) -> str | None:
    """The language of ``text``, or ``None`` when it has too few letters to tell.

    >>> detect_language("Святлана Ціханоўская падзялілася навінамі")
    'be'
    >>> detect_language("Łatuška said that the regime did not stop at expelling Belarusians")
    'en'
    """
    words = list(iter_words(text[:_SAMPLE]))
    counts = Counter(word.script for word in words)
    cyrillic = counts[Script.BELARUSIAN] + counts[Script.RUSSIAN] + counts[Script.CYRILLIC]
    latin = counts[Script.LACINKA] + counts[Script.LATIN]
    if cyrillic == 0 and latin == 0:
        return None
    if cyrillic >= latin:
        if counts[Script.BELARUSIAN] == counts[Script.RUSSIAN] == 0:
            return None
        return "be" if counts[Script.BELARUSIAN] >= counts[Script.RUSSIAN] else "ru"
    english = sum(1 for word in words if word.word.lower() in _ENGLISH)
    if (
        counts[Script.LACINKA] >= max(2, _LACINKA_SHARE * latin)
        and english < _ENGLISH_SHARE * latin
    ):
        return "be-Latn"
    return "en"
