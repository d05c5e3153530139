"""The fixers of :func:`belnews.normalize`: small, named, replayable text repairs.

Each fixer is total over ``str``, linear in its input, and returns its input unchanged (the same
object) when it has nothing to do.  The character tables come from :mod:`belnews.text`.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Final

from belnews.errors import ConfigError
from belnews.text import (
    APOSTROPHES,
    CANONICAL_APOSTROPHES,
    CARON_TO_BREVE,
    CYR_TO_LAT,
    CYRILLIC,
    EXOTIC_SPACES,
    INVISIBLES,
    ISO9_MARKERS,
    LACINKA_LETTERS,
    LAT_TO_CYR,
    LATIN,
    MARKS,
    PINYIN_MARKERS,
    ROMAN_CYRILLIC,
    ROMAN_LATIN,
    char_class,
    word_around,
)
from belnews.text import nfc as _nfc

__all__ = [
    "fix_apostrophes",
    "fix_caron",
    "fix_lookalikes",
    "fix_spaces",
    "nfc",
    "remove_invisible",
]

_LAT: Final = LATIN
_CYR: Final = CYRILLIC
_MARK: Final = MARKS


def nfc(text: str, /) -> str:
    """Compose the text to Unicode NFC (in linear time, see :func:`belnews.text.nfc`).

    Why: ``ў`` arrives as ``у`` + U+0306 COMBINING BREVE from some keyboards and PDF exports, and
    ``й``/``ё`` likewise; every rule that compares letters needs the one precomposed form.
    """
    if _is_nfc(text):
        return text
    if len(text) <= _NFC_CHUNK:
        return _nfc(text)
    return "\n".join(line if _is_nfc_short(line) else _nfc(line) for line in text.split("\n"))


# unicodedata.is_normalized answers from a per-character table unless it meets a character that
# "may" compose with its neighbour (a combining mark, e.g. a stress mark in Kolas's "Жыта́"); then it
# normalises the whole string to compare - 20 ms for a novel.  A line feed never composes with
# anything, so long texts are checked (and fixed) line by line, and only the lines with such a
# mark pay.
_NFC_CHUNK: Final = 4096
# unicodedata.is_normalized is linear on any input (its quick check says "no" at the first marks
# out of canonical order), unlike unicodedata.normalize; called directly on the hot path.
_is_nfc_short = functools.partial(unicodedata.is_normalized, "NFC")


def _is_nfc(text: str) -> bool:
    """``unicodedata.is_normalized("NFC", text)``, without its worst cases on long texts."""
    if len(text) <= _NFC_CHUNK:
        return _is_nfc_short(text)
    return all(map(_is_nfc_short, text.split("\n")))


_INVISIBLE_RUN: Final = re.compile(char_class(INVISIBLES) + "+")
_IS_WORD_CHAR: Final = re.compile(f"[{_LAT}{_CYR}]").match
_IS_MARK: Final = re.compile(f"[{_MARK}]").match


def _base_before(text: str, index: int) -> int:
    """The index of the character before ``index`` that is not a combining mark (-1 if none)."""
    i = index - 1
    while i >= 0 and _IS_MARK(text, i):
        i -= 1
    return i


def _letter_before(text: str, index: int) -> bool:
    """Is the character before ``index`` (skipping combining marks) a Latin/Cyrillic letter?"""
    i = _base_before(text, index)
    return i >= 0 and _IS_WORD_CHAR(text, i) is not None


def _letter_after(text: str, index: int) -> bool:
    """Does ``text[index]`` continue a word: a Latin/Cyrillic letter, or a combining mark?"""
    return index < len(text) and (
        _IS_WORD_CHAR(text, index) is not None or _IS_MARK(text, index) is not None
    )


def remove_invisible(text: str, /) -> str:
    """Remove invisible format characters that sit inside a Latin or Cyrillic word.

    Why: a soft hyphen or zero-width space copied from a web page splits "Ціханоўская" into two
    strings that no longer match the name.  Only characters inside a Latin or Cyrillic word go
    (a Latin/Cyrillic letter before, a letter or combining mark after), so a zero-width joiner
    inside an emoji sequence, the ZWNJ of Persian and the ZWJ of Indic scripts are kept, as are
    bidi marks between words.
    """
    if _INVISIBLE_RUN.search(text) is None:
        return text

    def drop(match: re.Match[str]) -> str:
        inside = _letter_before(text, match.start()) and _letter_after(text, match.end())
        return "" if inside else match.group()

    return _INVISIBLE_RUN.sub(drop, text)


_EXOTIC_SPACE: Final = re.compile(char_class(EXOTIC_SPACES))


def fix_spaces(text: str, /) -> str:
    """Replace NBSP, thin, narrow no-break, ideographic and similar spaces with U+0020.

    Why: news pages put NBSP after short words and inside dates ("21\u00a0студзеня"); a search
    for "21 студзеня" must find it.  ``NormalizeConfig(keep_exotic_spaces=True)`` keeps them.
    """
    return _EXOTIC_SPACE.sub(" ", text)


_LAT_TO_CYR_TABLE: Final = str.maketrans(LAT_TO_CYR)
_CYR_TO_LAT_TABLE: Final = str.maketrans(CYR_TO_LAT)
_LOOKALIKE_CHARS: Final = "".join(LAT_TO_CYR) + "".join(CYR_TO_LAT)
# A letter that settles the script of its word: any Latin or Cyrillic letter that has no twin.
_UNAMBIGUOUS_CYR: Final = re.compile(f"(?![{_LOOKALIKE_CHARS}])[{_CYR}]").search
_UNAMBIGUOUS_LAT: Final = re.compile(f"(?![{_LOOKALIKE_CHARS}])[{_LAT}]").search
_ROMAN_LETTERS: Final = ROMAN_LATIN + ROMAN_CYRILLIC
_ROMAN_NUMERAL: Final = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
# Where the look-alike fixer may have work: any Latin letter (its word may hold a Cyrillic one),
# or a Cyrillic Roman-numeral letter followed by another.  One leading character class lets the
# regex engine skip Cyrillic text at C speed.
_ROMAN_CYR: Final = ROMAN_CYRILLIC
_LOOKALIKE_SITE: Final = re.compile(
    f"[{_LAT}{_ROMAN_CYR}](?:(?<=[{_ROMAN_CYR}])(?=[{_ROMAN_CYR}])|(?<![{_ROMAN_CYR}]))"
)
_HAS_CYRILLIC: Final = re.compile(f"[{_CYR}]").search


# Cyrillic spellings of Roman numerals that are also Belarusian words: "ІХ" is "іх" (their) in
# an all-capitals headline.  They are numerals only when the neighbouring words are not capitals.
_NUMERAL_WORDS: Final = frozenset({"ІХ"})
_WORD_BEFORE: Final = re.compile(f"([{_LAT}{_CYR}]{{2}})[^{_LAT}{_CYR}\n]{{1,6}}$").search
_WORD_AFTER: Final = re.compile(f"[^{_LAT}{_CYR}\n]{{1,6}}([{_LAT}{_CYR}]{{2}})").match


def _between_capitals(text: str, start: int, end: int) -> bool:
    """Is the word at ``text[start:end]`` next to a word in capitals (within a few characters)?"""
    before = _WORD_BEFORE(text[max(0, start - 8) : start])
    after = _WORD_AFTER(text[end : end + 8])
    return any(m is not None and m.group(1).isupper() for m in (before, after))


def _fix_lookalike_word(word: str) -> str:
    """Map the look-alike letters of one word to the script its unambiguous letters choose."""
    cyrillic = _UNAMBIGUOUS_CYR(word) is not None
    latin = _UNAMBIGUOUS_LAT(word) is not None
    if cyrillic and not latin:
        return word.translate(_LAT_TO_CYR_TABLE)
    if latin and not cyrillic:
        return word.translate(_CYR_TO_LAT_TABLE)
    if not cyrillic and not latin and len(word) >= 2 and all(c in _ROMAN_LETTERS for c in word):
        as_latin = word.translate(_CYR_TO_LAT_TABLE)
        if _ROMAN_NUMERAL.fullmatch(as_latin):
            return as_latin
    return word


def fix_lookalikes(text: str, /) -> str:
    """Map Latin/Cyrillic look-alike letters inside a word to the script of that word.

    Why: Belarusian legal and news texts mix Latin ``i`` into Cyrillic words ("Шумілiна",
    "Аршанскi"), and Łacinka or English text picks up Cyrillic ``а``/``о`` ("Cichanoŭskаja").
    Such words match nothing.  The word's script is decided by its unambiguous letters (ш, л, ŭ,
    k ... - letters with no twin in the other script); a word with unambiguous letters of both
    scripts, or of neither, is left alone.  The one exception: a Roman numeral of two or more
    letters typed with Cyrillic І/Х ("ХІІ", "XІ") becomes Latin, while a lone "І" (the Belarusian
    conjunction) stays Cyrillic, and so does "ІХ" (the pronoun "іх") next to words in capitals.
    """
    if _HAS_CYRILLIC(text) is None:
        return text  # every change needs a Cyrillic letter: in the word, or as І/Х itself
    parts: list[str] = []
    done = 0
    site = _LOOKALIKE_SITE.search(text)
    while site is not None:
        start, end = word_around(text, site.start())
        word = text[start:end]
        fixed = _fix_lookalike_word(word)
        if word.translate(_LAT_TO_CYR_TABLE) in _NUMERAL_WORDS and _between_capitals(
            text, start, end
        ):
            fixed = word  # "ЗАТРЫМАЛІ ІХ БАЦЬКОЎ": the pronoun, not the numeral 9
        if fixed != word:
            parts.append(text[done:start])
            parts.append(fixed)
            done = end
        site = _LOOKALIKE_SITE.search(text, max(end, site.end()))
    if not parts:
        return text
    parts.append(text[done:])
    return "".join(parts)


def _other_apostrophes(apostrophe: str) -> str:
    """Character class of the apostrophes that are not ``apostrophe``."""
    return char_class(APOSTROPHES.replace(apostrophe, ""))


@functools.cache
def _apostrophe_pattern(apostrophe: str) -> re.Pattern[str]:
    """A non-canonical apostrophe after a letter or mark and before a Cyrillic letter."""
    others = _other_apostrophes(apostrophe)
    # The apostrophe comes first so that the engine scans for it at C speed.
    return re.compile(f"{others}(?<=[{_CYR}{_MARK}].)(?=[{_MARK}]*[{_CYR}])")


def fix_apostrophes(text: str, /, *, apostrophe: str = "\u2019") -> str:
    """Write every apostrophe between two letters of a Cyrillic word as one code point.

    Why: "сям'я", "сям’я", "сямʼя" and "сям`я" are one word typed on different keyboards (§12
    lists ' ’ ʼ ‘ ` ´ ʹ ′).  Rules that look at "the previous character" and exact matching need
    one form: U+2019 by default, U+02BC (a letter, kept by ``\\w+``) on request.  Apostrophes
    elsewhere - English "don't", quotes around words - are not touched.
    """
    if apostrophe not in CANONICAL_APOSTROPHES:
        raise ConfigError(
            f"apostrophe must be one of {CANONICAL_APOSTROPHES!r}, not {apostrophe!r}"
        )
    pattern = _apostrophe_pattern(apostrophe)
    if pattern.search(text) is None:
        return text

    def unify(match: re.Match[str]) -> str:
        # The lookbehind saw a letter or a mark; a mark must itself follow a Cyrillic letter.
        return apostrophe if _cyrillic_before(text, match.start()) else match.group()

    return pattern.sub(unify, text)


_IS_CYR: Final = re.compile(f"[{_CYR}]").match


def _cyrillic_before(text: str, index: int) -> bool:
    """Is the character before ``index`` (skipping combining marks) a Cyrillic letter?"""
    i = _base_before(text, index)
    return i >= 0 and _IS_CYR(text, i) is not None


_CARON: Final = re.compile(char_class("".join(CARON_TO_BREVE)))
_CARON_TABLE: Final = str.maketrans(CARON_TO_BREVE)
_CARON_BLOCKERS: Final = ISO9_MARKERS | PINYIN_MARKERS


def fix_caron(text: str, /) -> str:
    """Replace ``ǔ``/``Ǔ`` (caron) with ``ŭ``/``Ŭ`` (breve) in Łacinka words.

    Why: converters and keyboards produce the caron for Łacinka ``ŭ`` (michaskruzelka/lacinka
    writes "Ǔ" for Ў, ihnat/Lacinka "ǔ"), so "Bykaǔ" never matches "Bykaŭ".  But ``ǔ`` is the
    correct letter of ISO 9 ("Magìlëǔ") and of Pinyin ("wǔ"), so a word is only changed when all
    its letters belong to the Łacinka alphabet and its line has no ISO 9 letter (ì è ë û â ʹ) and
    no Pinyin tone letter.
    """
    if _CARON.search(text) is None:
        return text
    parts: list[str] = []
    done = 0
    line_end = -1  # the line of the previous site: [.., line_end), and whether it is blocked
    blocked = False
    examined = 0  # the end of the last word looked at: its other sites need no second look
    for site in _CARON.finditer(text):
        if site.start() < examined:
            continue  # inside a word already judged (changed or not): keeps the fixer linear
        start, end = word_around(text, site.start())
        examined = end
        if start > line_end:
            # A new line: find its bounds once (sites come in order, so this stays linear).
            line_start = text.rfind("\n", max(line_end, 0), start) + 1
            line_end = text.find("\n", end)
            if line_end < 0:
                line_end = len(text)
            blocked = not _CARON_BLOCKERS.isdisjoint(text[line_start:line_end])
        word = text[start:end]
        if not blocked and all(c in LACINKA_LETTERS for c in word if c.isalpha()):
            parts.append(text[done:start])
            parts.append(word.translate(_CARON_TABLE))
            done = end
    if not parts:
        return text
    parts.append(text[done:])
    return "".join(parts)
