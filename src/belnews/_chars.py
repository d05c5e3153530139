"""Character tables (kept for compatibility: they live in :mod:`belnews.text` now).

``CYRILLIC_LETTER_RANGES``, ``LATIN_LETTER_RANGES`` and ``MARK_RANGES`` are the old names of
:data:`belnews.text.CYRILLIC`, :data:`belnews.text.LATIN` and :data:`belnews.text.MARKS`.
"""

from __future__ import annotations

from belnews.text import _classes
from belnews.text._classes import *  # noqa: F403 - every table, listed once in _classes.__all__
from belnews.text._classes import CYRILLIC as CYRILLIC_LETTER_RANGES
from belnews.text._classes import LATIN as LATIN_LETTER_RANGES
from belnews.text._classes import MARKS as MARK_RANGES

__all__ = ["CYRILLIC_LETTER_RANGES", "LATIN_LETTER_RANGES", "MARK_RANGES"]
__all__ += _classes.__all__
