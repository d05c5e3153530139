"""Which script a word is written in, and the words of a text with their scripts.

Kept for compatibility: the definitions live in :mod:`belnews.text`, which every module uses.
"""

from __future__ import annotations

from belnews.text import Script, WordSpan, detect_script, iter_words

__all__ = ["Script", "WordSpan", "detect_script", "iter_words"]
