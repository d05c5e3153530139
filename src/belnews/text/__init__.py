"""The text layer: what a letter, a word, an apostrophe, a script are - defined once.

Every other module of belnews takes its character classes, its word pattern, its script
detection, ``fold`` and ``recase`` from here (a test asserts that no other module defines its
own Cyrillic range or word pattern).  Importing it compiles only small stdlib patterns; the
``regex`` patterns are compiled on first use.

>>> from belnews.text import CYRILLIC, has_cyrillic, iter_words, fold
>>> has_cyrillic("Лукашэнка"), [w.word for w in iter_words("Якуб Колас")], fold("Łatuška")
(True, ['Якуб', 'Колас'], 'latuska')
"""

from __future__ import annotations

from belnews.text import _classes
from belnews.text._classes import *  # noqa: F403 - the classes are listed once, in _classes.__all__
from belnews.text._fast import beyond_bmp, findall_words, finditer_words
from belnews.text._fold import case_free, fold, recase
from belnews.text._predicates import has_cyrillic, is_cyrillic
from belnews.text._script import Script, detect_script
from belnews.text._unicode import MAX_RUN, is_nfc, nfc, nfd
from belnews.text._words import (
    LETTER,
    WORD,
    WORD_HYPHENATED,
    WORD_LATIN_CYRILLIC,
    Span,
    WordSpan,
    iter_words,
    word_around,
    word_count,
    word_pattern,
    words,
)

__all__ = [
    "LETTER",
    "MAX_RUN",
    "WORD",
    "WORD_HYPHENATED",
    "WORD_LATIN_CYRILLIC",
    "Script",
    "Span",
    "WordSpan",
    "beyond_bmp",
    "case_free",
    "detect_script",
    "findall_words",
    "finditer_words",
    "fold",
    "has_cyrillic",
    "is_cyrillic",
    "is_nfc",
    "iter_words",
    "nfc",
    "nfd",
    "recase",
    "word_around",
    "word_count",
    "word_pattern",
    "words",
]
__all__ += _classes.__all__
