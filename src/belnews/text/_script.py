"""Which script (and, for Cyrillic, which language) a word is written in.

Later steps route each word by its script: Belarusian Cyrillic is transliterated, Łacinka is
read back, English passes through.  :func:`detect_script` looks at one word as it is - call
:func:`belnews.normalize` first, or a Latin ``i`` in "Шумілiна" makes it ``MIXED``.
"""

from __future__ import annotations

import enum
import functools
import re
from typing import Final

import regex

from belnews.errors import ensure_str
from belnews.text._classes import (
    APOSTROPHES,
    BELARUSIAN_ONLY,
    BELARUSIAN_RUSSIAN,
    CYRILLIC,
    LACINKA_LETTERS,
    LACINKA_ONLY,
    LATIN,
    RUSSIAN_ONLY,
    char_class,
)

__all__ = ["Script", "detect_script"]


class Script(enum.Enum):
    """The script of a word, with the language where the letters decide it."""

    BELARUSIAN = "belarusian"  #: Cyrillic with і, ў or an apostrophe between letters
    RUSSIAN = "russian"  #: Cyrillic with и, щ or ъ
    CYRILLIC = "cyrillic"  #: Cyrillic, language undecided (or other Cyrillic languages)
    LACINKA = "lacinka"  #: Belarusian Latin alphabet (ł ŭ ć ś ź ń, or č š ž in Belarusian patterns)
    LATIN = "latin"  #: any other Latin-script word
    MIXED = "mixed"  #: letters of more than one script
    OTHER = "other"  #: no letters (digits, punctuation, empty) or only letters of other scripts


_APOS: Final = char_class(APOSTROPHES)

_HAS_CYRILLIC: Final = re.compile(f"[{CYRILLIC}]").search
_HAS_LATIN: Final = re.compile(f"[{LATIN}]").search
_BELARUSIAN_MARK: Final = re.compile(
    rf"[{BELARUSIAN_ONLY}]|(?<=[^\W\d_]){_APOS}(?=[^\W\d_])"
).search
_RUSSIAN_MARK: Final = re.compile(f"[{RUSSIAN_ONLY}]").search
# Cyrillic letters of neither Belarusian nor Russian (є ї of Ukrainian, ј љ њ of Serbian ...)
# leave the language open.
_OTHER_CYRILLIC: Final = re.compile(f"(?![{BELARUSIAN_RUSSIAN}])[{CYRILLIC}]").search

_LACINKA_ONLY: Final = re.compile(f"[{LACINKA_ONLY}]").search
_CARON_LETTER: Final = re.compile("[ČčŠšŽž]").search
# Spellings that Łacinka uses and Czech, Slovak, Croatian or Slovene words with č/š/ž rarely do:
# consonant + i + vowel (pieršy, Šuškievič), šč, dž, and j + vowel after a vowel or at the start.
_BELARUSIAN_PATTERN: Final = re.compile(
    r"(?i)[bcčdfghklmnprsštvzž]i[aeou]|šč|dž|(?:^|[aeiouy])j[aeou]"
).search
# Polish digraphs: a Polish word made of Łacinka letters ("Łukasz") is not Łacinka.
_POLISH_DIGRAPH: Final = re.compile("(?i)sz|cz").search


@functools.cache
def _other_letter() -> regex.Pattern[str]:
    """A letter of neither script (compiled on first use: ``regex`` is slow to compile).

    U+02BC and U+02B9 are letters (Lm) but stand for the apostrophe and the soft sign, so they
    count as neither a script nor "other".
    """
    return regex.compile(f"(?![{LATIN}{CYRILLIC}\u02bc\u02b9])\\p{{L}}")


_CACHED_LENGTH: Final = 48


def _detect(word: str) -> Script:
    # Words repeat (a news text has few distinct ones), so short ones are answered from a
    # bounded cache; long strings are not kept.
    return _detect_cached(word) if len(word) <= _CACHED_LENGTH else _detect_uncached(word)


def _detect_uncached(word: str) -> Script:
    cyrillic = _HAS_CYRILLIC(word) is not None
    latin = _HAS_LATIN(word) is not None
    other = _other_letter().search(word) is not None
    if cyrillic + latin + other > 1:
        return Script.MIXED
    if cyrillic:
        return _detect_cyrillic(word)
    if latin:
        return _detect_latin(word)
    return Script.OTHER


_detect_cached = functools.lru_cache(maxsize=1 << 15)(_detect_uncached)


def _detect_cyrillic(word: str) -> Script:
    if _OTHER_CYRILLIC(word):
        return Script.CYRILLIC
    belarusian = _BELARUSIAN_MARK(word) is not None
    russian = _RUSSIAN_MARK(word) is not None
    if belarusian and not russian:
        return Script.BELARUSIAN
    if russian and not belarusian:
        return Script.RUSSIAN
    return Script.CYRILLIC


def _detect_latin(word: str) -> Script:
    letters = [c for c in word if c.isalpha() and c not in "\u02bc\u02b9"]
    if not all(c in LACINKA_LETTERS for c in letters) or _POLISH_DIGRAPH(word):
        return Script.LATIN
    if _LACINKA_ONLY(word):
        return Script.LACINKA
    if _CARON_LETTER(word) and _BELARUSIAN_PATTERN(word):
        return Script.LACINKA
    return Script.LATIN


def detect_script(word: str, /) -> Script:
    """Return the script of ``word`` (one word; a longer text is judged as a whole).

    Cyrillic words are BELARUSIAN when they contain і, ў or an apostrophe between letters,
    RUSSIAN when they contain и, щ or ъ, and CYRILLIC when neither or both (or when they contain
    letters of other Cyrillic alphabets).  Latin words are LACINKA when every letter belongs to
    the Łacinka alphabet and they contain ł ŭ ć ś ź ń, or č š ž together with a Belarusian
    spelling pattern (ie/ia/iu/io after a consonant, šč, dž, j + vowel after a vowel); else LATIN.
    Letters of two scripts make MIXED; no Latin or Cyrillic letter at all makes OTHER.

    >>> detect_script("Ціханоўская"), detect_script("Тихановская"), detect_script("Колас")
    (<Script.BELARUSIAN: 'belarusian'>, <Script.RUSSIAN: 'russian'>, <Script.CYRILLIC: 'cyrillic'>)
    >>> detect_script("Cichanoŭskaja"), detect_script("Tsikhanouskaya"), detect_script("Шумілiна")
    (<Script.LACINKA: 'lacinka'>, <Script.LATIN: 'latin'>, <Script.MIXED: 'mixed'>)
    """
    if type(word) is not str:
        word = ensure_str(word, "word")
    return _detect(word)
