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
_LACINKA_SHARE = 0.12  # share of Latin words in Łacinka above which a page is Łacinka


def detect_language(text: str, /) -> str | None:
    """The language of ``text``, or ``None`` when it has too few letters to tell.

    >>> detect_language("Святлана Ціханоўская падзялілася навінамі")
    'be'
    >>> detect_language("Pavieł Łatuška, a Warsaw-based opposition politician, said")
    'en'
    """
    counts = Counter(word.script for word in iter_words(text[:_SAMPLE]))
    cyrillic = counts[Script.BELARUSIAN] + counts[Script.RUSSIAN] + counts[Script.CYRILLIC]
    latin = counts[Script.LACINKA] + counts[Script.LATIN]
    if cyrillic == 0 and latin == 0:
        return None
    if cyrillic >= latin:
        if counts[Script.BELARUSIAN] == counts[Script.RUSSIAN] == 0:
            return None
        return "be" if counts[Script.BELARUSIAN] >= counts[Script.RUSSIAN] else "ru"
    if counts[Script.LACINKA] >= max(2, _LACINKA_SHARE * latin):
        return "be-Latn"
    return "en"
