"""Cheap questions about a text's letters: does it have Cyrillic, is it Cyrillic."""

from __future__ import annotations

import re
from typing import Final

from belnews.errors import ensure_str
from belnews.text._classes import CYRILLIC

__all__ = ["has_cyrillic", "is_cyrillic"]

_HAS_CYRILLIC: Final = re.compile(f"[{CYRILLIC}]").search
# A letter (re's "word character that is no digit and no underscore") outside the Cyrillic
# letters.  U+02BC and U+02B9 are letters (Lm) but stand for the apostrophe and the soft sign.
_OTHER_LETTER: Final = re.compile(f"(?![{CYRILLIC}\u02bc\u02b9])[^\\W\\d_]").search


def has_cyrillic(text: str, /) -> bool:
    """Does ``text`` contain a Cyrillic letter?  (Pure ASCII is answered without a search.)

    >>> has_cyrillic("Lukashenka"), has_cyrillic("Лукашэнка"), has_cyrillic("x = Ж")
    (False, True, True)
    """
    if type(text) is not str:
        text = ensure_str(text, "text")
    return not text.isascii() and _HAS_CYRILLIC(text) is not None


def is_cyrillic(text: str, /) -> bool:
    """Is ``text`` written in Cyrillic: a Cyrillic letter and no letter of another script?

    Digits, punctuation, spaces and combining marks do not count either way.

    >>> is_cyrillic("Лукашэнка, 1954"), is_cyrillic("Шумілiна"), is_cyrillic("123")
    (True, False, False)
    """
    if type(text) is not str:
        text = ensure_str(text, "text")
    if text.isascii():
        return False
    return _HAS_CYRILLIC(text) is not None and _OTHER_LETTER(text) is None
