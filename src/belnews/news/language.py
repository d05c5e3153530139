"""The language of an article: "en", "be", "be-Latn" or "ru".

Belarusian Cyrillic has і and ў, Russian has и, щ and ъ.  Latin pages are Łacinka or English:
English pages name Belarusians in Łacinka ("Pavieł Łatuška"), so a page is Łacinka only when a
fair share of its words are Łacinka (by :func:`belnews.script.detect_script`, which also knows
the č š ž spelling patterns) and English function words are rare.  A sample of the text is
enough; only words with a letter that could be Łacinka are looked at one by one.
"""

from __future__ import annotations

import re

from belnews.script import Script, detect_script

__all__ = ["detect_language"]

_SAMPLE = 500  # characters of text judged
_BELARUSIAN = "іўІЎ"
_RUSSIAN = "ищъИЩЪ"
_MAYBE_LACINKA = frozenset("łŭćśźńčšžŁŬĆŚŹŃČŠŽ")
_LACINKA_SHARE = 0.2  # share of Latin words in Łacinka above which a page is Łacinka
_ENGLISH = frozenset({"the", "and", "of", "is", "was", "with", "that", "for", "has", "have"})
_ENGLISH_SHARE = 0.08  # English function words this common make a Latin page English
_PUNCTUATION = ".,;:!?«»“”„\"'‘’()[]—–-…"


# A letter outside Cyrillic (this class also takes a few non-decimal numerals such as "²": it
# may only send a sample to the full count, never keep one from it).
_NON_CYRILLIC_LETTER = re.compile("[^\\W\\d_\u0400-\u04ff]")
_CYRILLIC_OR_LACINKA = re.compile("[\u0400-\u04ff" + "".join(sorted(_MAYBE_LACINKA)) + "]")


def _starts_a_word(sample: str, cyrillic: bool) -> bool:
    """Whether a word of the sample starts with a Cyrillic letter (or with any letter)."""
    for token in sample.split():
        first = token.strip(_PUNCTUATION)[:1]
        if ("\u0400" <= first <= "\u04ff") if cyrillic else first.isalpha():
            return True
    return False


def _quick(sample: str) -> tuple[bool, str | None]:
    """``(True, answer)`` of the full count for the two common plain cases, else ``(False, _)``.

    A sample with no letter outside Cyrillic has no Latin words (only the і/ў against и/щ/ъ
    count decides); a sample with no Cyrillic and no Łacinka letter has no Cyrillic or Łacinka
    words (it is English when it has a word at all).  Both give exactly what the word-by-word
    count gives, without looking at every word.
    """
    if _NON_CYRILLIC_LETTER.search(sample) is None:
        if not _starts_a_word(sample, cyrillic=True):
            return True, None
        belarusian = sum(sample.count(c) for c in _BELARUSIAN)
        russian = sum(sample.count(c) for c in _RUSSIAN)
        if belarusian == russian == 0:
            return True, None
        return True, "be" if belarusian >= russian else "ru"
    if _CYRILLIC_OR_LACINKA.search(sample) is None:
        return True, "en" if _starts_a_word(sample, cyrillic=False) else None
    return False, None


def detect_language(text: str, /) -> str | None:
    """The language of ``text``, or ``None`` when it has too few letters to tell.

    >>> detect_language("Святлана Ціханоўская падзялілася навінамі")
    'be'
    >>> detect_language("Łatuška said that the regime did not stop at expelling Belarusians")
    'en'
    >>> detect_language("Śviatłana Cichanoŭskaja čytaje kamientary pad svaim pieršym pastom")
    'be-Latn'
    """
    sample = text[:_SAMPLE]
    decided, language = _quick(sample)
    if decided:
        return language
    cyrillic = latin = english = lacinka = 0
    for token in sample.split():  # one pass over the sample's words
        word = token.strip(_PUNCTUATION)
        first = word[:1]
        if "\u0400" <= first <= "\u04ff":
            cyrillic += 1
        elif first.isalpha():
            latin += 1
            if word.lower() in _ENGLISH:
                english += 1
            elif not _MAYBE_LACINKA.isdisjoint(word) and detect_script(word) is Script.LACINKA:
                lacinka += 1
    if cyrillic == 0 and latin == 0:
        return None
    if cyrillic >= latin:
        belarusian = sum(sample.count(c) for c in _BELARUSIAN)
        russian = sum(sample.count(c) for c in _RUSSIAN)
        if belarusian == russian == 0:
            return None
        return "be" if belarusian >= russian else "ru"
    if lacinka >= max(2, _LACINKA_SHARE * latin) and english < _ENGLISH_SHARE * latin:
        return "be-Latn"
    return "en"
