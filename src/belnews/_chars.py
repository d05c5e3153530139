"""Character tables (kept for compatibility: they live in :mod:`belnews.text` now).

``CYRILLIC_LETTER_RANGES``, ``LATIN_LETTER_RANGES`` and ``MARK_RANGES`` are the old names of
:data:`belnews.text.CYRILLIC`, :data:`belnews.text.LATIN` and :data:`belnews.text.MARKS`.
"""

from __future__ import annotations

from belnews.text._classes import (
    APOSTROPHES,
    CANONICAL_APOSTROPHES,
    CARON_TO_BREVE,
    CYR_TO_LAT,
    EXOTIC_SPACES,
    INVISIBLES,
    ISO9_MARKERS,
    LACINKA_LETTERS,
    LAT_TO_CYR,
    PINYIN_MARKERS,
    ROMAN_CYRILLIC,
    ROMAN_LATIN,
    TARGETS,
    char_class,
)
from belnews.text._classes import CYRILLIC as CYRILLIC_LETTER_RANGES
from belnews.text._classes import LATIN as LATIN_LETTER_RANGES
from belnews.text._classes import MARKS as MARK_RANGES

__all__ = [
    "APOSTROPHES",
    "CANONICAL_APOSTROPHES",
    "CARON_TO_BREVE",
    "CYRILLIC_LETTER_RANGES",
    "CYR_TO_LAT",
    "EXOTIC_SPACES",
    "INVISIBLES",
    "ISO9_MARKERS",
    "LACINKA_LETTERS",
    "LATIN_LETTER_RANGES",
    "LAT_TO_CYR",
    "MARK_RANGES",
    "PINYIN_MARKERS",
    "ROMAN_CYRILLIC",
    "ROMAN_LATIN",
    "TARGETS",
    "char_class",
]
