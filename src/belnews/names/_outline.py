"""The letter-class outline of a word: a cheap, exact "no" before a given-name look-up.

``fine_skeleton`` (see ``_skeleton``) folds a word in steps: ``spell_out`` reads every letter
as plain Latin, then digraph rules fold consonants into classes and each vowel group becomes its
quality.  The outline keeps only what those steps cannot change: vowels are "V", the letters the
digraph rules fold into one another (t s z d c h g x k q, ʃ ʒ) are "S", every other letter
stays, and runs of V and of S are squeezed.  Every step after ``spell_out`` maps a run of one
class to a run of the same class (ts -> c, kh -> h, sch -> sh, a vowel group -> its quality)
and passes the other letters through one for one - except w (-> v before a vowel, else u) and a
final tj (-> ch).  So a spelled word with neither has the outline of its fine skeleton, and a
word whose outline no listed form has is no listed form: two C-level string passes instead of
the skeleton's dozen.  ``tests/test_names_find.py`` checks the equality on real and random words.
"""

from __future__ import annotations

import re
from typing import Final

from belnews.names._skeleton import spell_out

__all__ = ["outline", "word_outline"]

_CLASSES: Final = str.maketrans(
    dict.fromkeys("aeiouyj", "V") | dict.fromkeys("tszdchgxkq\u0283\u0292", "S")
)
_V_RUN: Final = re.compile("[VJ]{2,}|J")  # J and T: a spelled final j or t (see _OneStep)
_S_RUN: Final = re.compile("[ST]{2,}|T")
_OUTLINED: Final = re.compile("[VSTJbfmnlprv]*")  # what _OneStep writes for a letter it reads


def outline(spelled: str) -> str:
    """The outline of a spelled-out word (``spell_out``) or of a fine skeleton."""
    return _S_RUN.sub("S", _V_RUN.sub("V", spelled.translate(_CLASSES)))


class _OneStep(dict[int, str]):
    """Letter -> the outline of its spelling, for one ``str.translate``, filled as letters are
    met (a bounded table); a final t or j is written T or J, so that a spelled final "tj" still
    shows, and a letter spelled with a w or outside a-z is "?" (no outline)."""

    def __missing__(self, code: int) -> str:
        if len(self) >= _MAX_LETTERS:
            raise LookupError(code)  # str.translate keeps the letter: no outline, never wrong
        char = chr(code)
        spelled = spell_out(char)
        if char.lower() != char or "w" in spelled or "tj" in spelled or not spelled.isascii():
            classes = "?"
        else:
            classes = spelled.translate(_CLASSES)
            if spelled.endswith(("t", "j")):
                classes = classes[:-1] + spelled[-1].upper()
        self[code] = classes
        return classes


_MAX_LETTERS: Final = 4096
_ONE_STEP: Final = _OneStep()


def word_outline(word: str) -> str | None:
    """``outline(spell_out(word))``, or ``None`` when that cannot stand for the outline of the
    fine skeleton (a w, a final tj, a letter spelled outside a-z)."""
    outlined = word.lower().translate(_ONE_STEP)
    if _OUTLINED.fullmatch(outlined) is None or outlined.endswith("TJ"):
        return None
    # outline()'s two substitutions, by str.replace (C, no regex call): J and T join their
    # classes, then every run of V and of S is squeezed to one letter.
    if "J" in outlined:
        outlined = outlined.replace("J", "V")
    if "T" in outlined:
        outlined = outlined.replace("T", "S")
    while "VV" in outlined:
        outlined = outlined.replace("VV", "V")
    while "SS" in outlined:
        outlined = outlined.replace("SS", "S")
    return outlined
