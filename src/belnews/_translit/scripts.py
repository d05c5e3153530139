"""Character sets of the engine: what a word is per source script, its letters, escapes.

Plain code-point ranges, not Unicode properties: a range class costs the regex engine one
comparison per character, which matters on the hot path.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

import regex

from belnews import text

# What a "word" is, per source script: a maximal run of letters and word-internal apostrophes
# (the Latin side also keeps the marks and primes some systems write: ʹ ʺ ’ ” · and ALA-LC ties).
# The ranges are the text layer's (belnews.text): whole Cyrillic blocks (signs included, so that
# a titlo stays inside its word) and the Latin letters systems write.
LETTER_RANGES = {"cyrillic": text.CYRILLIC_BLOCKS, "latin": text.LATIN_EXTENDED}
MARK_RANGES = {"cyrillic": text.CYRILLIC_MARKS, "latin": text.LATIN_MARKS}
STRESS_MARKS = text.STRESS_MARKS  # grave and acute: how dictionaries and Wikipedia mark stress
APOSTROPHES = text.APOSTROPHES
EXTRA_WORD_CHARS = {"cyrillic": APOSTROPHES, "latin": APOSTROPHES + "ʺ”·"}


def word_class(script: str) -> str:
    extra = regex.escape(EXTRA_WORD_CHARS[script], special_only=False)
    return f"[{LETTER_RANGES[script]}{MARK_RANGES[script]}{extra}]"


def _ranges(script: str) -> list[tuple[int, int]]:
    spec = LETTER_RANGES[script]
    return [(ord(a), ord(b or a)) for a, b in regex.findall(r"(.)(?:-(.))?", spec)]


def _chars_of(script: str) -> frozenset[str]:
    """Every code point in the script's ranges."""
    return frozenset(
        chr(code) for first, last in _ranges(script) for code in range(first, last + 1)
    )


_LETTER = regex.compile(r"\p{L}")


@functools.cache
def letters_of(script: str) -> frozenset[str]:
    """Every letter (category L*) in the script's ranges, by the regex module's Unicode tables
    (Python's own may be older: on 3.11 the Cyrillic Extended-D letters are unassigned)."""
    return frozenset(c for c in _chars_of(script) if _LETTER.match(c))


@functools.cache
def non_letters_of(script: str) -> frozenset[str]:
    """The characters of the script's ranges that are not letters (signs, combining marks)."""
    return _chars_of(script) - letters_of(script)


def outside_ranges(script: str) -> str:
    """A class body for every code point outside the script's ranges."""
    parts = []
    start = 0
    for first, last in sorted(_ranges(script)):
        if first > start:
            parts.append(f"{escape_code(start)}-{escape_code(first - 1)}")
        start = last + 1
    parts.append(f"{escape_code(start)}-{escape_code(0x10FFFF)}")
    return "".join(parts)


def escape_code(code: int) -> str:
    return f"\\U{code:08x}"


def escape_set(chars: set[str] | frozenset[str]) -> str:
    return "".join(re.escape(c) for c in sorted(chars))


def char_class(chars: set[str] | frozenset[str]) -> str:
    return f"[{escape_set(chars)}]"


def code_ranges(chars: set[str] | frozenset[str]) -> str:
    """A class body matching exactly ``chars``, as code-point ranges."""
    codes = sorted(map(ord, chars))
    parts = []
    i = 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        parts.append(escape_code(codes[i]) + (f"-{escape_code(codes[j])}" if j > i else ""))
        i = j + 1
    return "".join(parts)


def title(out: str, overrides: Mapping[str, str]) -> str:
    """The value of a capital letter before a small one: first cased character upper-cased."""
    if out in overrides:
        return overrides[out]
    for i, char in enumerate(out):
        if char.lower() != char.upper():
            return out[:i] + char.upper() + out[i + 1 :]
    return out
