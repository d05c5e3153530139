"""Unicode normal forms in linear time.

CPython's ``unicodedata`` puts combining marks in canonical order with an insertion sort, so a
letter followed by a long run of marks of alternating classes (``"а" + "\\u0301\\u0316" * n``)
takes time quadratic in the run: 0.7 s at n = 5,000, 11 s at 20,000.  Real text never has such
runs (Unicode's Stream-Safe Text Format caps them at 30), so the functions here hand ordinary text
to ``unicodedata`` unchanged and only text with a run of more than :data:`MAX_RUN` non-starters
takes the safe path: each character decomposed alone, each run of marks ordered by a stable sort
(which is what canonical ordering is), then composed by ``unicodedata`` - which is linear on
text already in canonical order.  The results are identical to ``unicodedata.normalize``.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Final, Literal

import regex

from belnews.errors import ensure_str

__all__ = ["MAX_RUN", "is_nfc", "nfc", "nfd"]

#: Longest run of non-starters handed to ``unicodedata`` as it is (the Stream-Safe limit is 30).
MAX_RUN: Final = 30

# A non-starter: a character of non-zero canonical combining class, or one whose decomposition
# starts with one (U+0F73, U+0F75, U+0F81).  ``regex`` knows the property in C (its Unicode
# version may be newer than ``unicodedata``'s: a mark only one of them knows decides nothing
# wrong - the ordering below asks ``unicodedata`` - it only picks the path).
_NON_STARTER: Final = r"[\P{ccc=0}\u0f73\u0f75\u0f81]"


@functools.cache
def _patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """(a run of over MAX_RUN non-starters, a run of 2+ marks); compiled on first use."""
    return regex.compile(f"{_NON_STARTER}{{{MAX_RUN + 1},}}+"), regex.compile(r"\P{ccc=0}{2,}+")


def _order(match: regex.Match[str]) -> str:
    """Canonical ordering of a run of marks: a stable sort by combining class.

    A stable sort by class is the marks of each class in text order, class after class: one
    C-speed ``str.translate`` per class present (at most a few dozen), not a key call per mark.
    """
    run = match.group()
    classes = {char: unicodedata.combining(char) for char in set(run)}
    present = sorted(set(classes.values()))
    if len(present) == 1:
        return run
    if present[0] == 0:  # a mark ``regex`` knows and ``unicodedata`` does not
        return _order_between_starters(run)
    return "".join(
        "".join(_class_of(frozenset(c for c, ccc in classes.items() if ccc == wanted)).findall(run))
        for wanted in present
    )


@functools.lru_cache(maxsize=256)
def _class_of(chars: frozenset[str]) -> regex.Pattern[str]:
    """A pattern for runs of any of ``chars`` (to pick one class's marks out of a run)."""
    return regex.compile("[" + "".join(map(regex.escape, sorted(chars))) + "]++")


def _order_between_starters(run: str) -> str:
    out: list[str] = []
    group: list[str] = []
    for char in run:
        if unicodedata.combining(char):
            group.append(char)
            continue
        out.extend(sorted(group, key=unicodedata.combining))
        out.append(char)
        group = []
    out.extend(sorted(group, key=unicodedata.combining))
    return "".join(out)


@functools.cache
def _bmp_long_run() -> re.Pattern[str]:
    """A run of over MAX_RUN non-starters of the Basic Multilingual Plane, for the stdlib ``re``.

    Built on first use from ``unicodedata`` (5 ms).  A class of BMP characters only compiles to
    a bitmap, which ``re`` tests in constant time per character - a clean text costs about what
    ``unicodedata.is_normalized`` costs - while a class with astral ranges, or ``regex``'s
    property, is tested range by range (ten times slower).
    """
    codes = [c for c in range(0x0300, 0x10000) if unicodedata.combining(chr(c))]
    codes += [0x0F73, 0x0F75, 0x0F81]
    return re.compile(f"[{_ranges(sorted(codes))}]{{{MAX_RUN + 1},}}")


def _ranges(codes: list[int]) -> str:
    """A class body for sorted code points, consecutive ones as ranges."""
    parts: list[str] = []
    i = 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        first, last = re.escape(chr(codes[i])), re.escape(chr(codes[j]))
        parts.append(first if i == j else f"{first}-{last}")
        i = j + 1
    return "".join(parts)


_ASTRAL: Final = re.compile("[\U00010000-\U0010ffff]")


def _has_long_run(text: str) -> bool:
    if len(text) <= MAX_RUN or text.isascii():
        return False
    if _bmp_long_run().search(text) is not None:
        return True
    # Astral combining marks (musical symbols, Adlam, ...) are rare: only a text that has an
    # astral character at all pays for the full property search.
    return _ASTRAL.search(text) is not None and _patterns()[0].search(text) is not None


_CHUNK: Final = MAX_RUN


def _safe_nfd(text: str) -> str:
    """NFD with every long run of marks decomposed in short chunks and ordered by a sort.

    Reordering never crosses a starter, so the text between runs goes to ``unicodedata`` as it
    is; a run (with the character before it, whose decomposition may end in marks) is decomposed
    ``_CHUNK`` characters at a time - each character decomposes alone - and then sorted.
    """
    long_run, marks = _patterns()
    parts: list[str] = []
    done = 0
    for match in long_run.finditer(text):
        start = max(match.start() - 1, done)
        parts.append(unicodedata.normalize("NFD", text[done:start]))
        segment = text[start : match.end()]
        decomposed = "".join(
            unicodedata.normalize("NFD", segment[i : i + _CHUNK])
            for i in range(0, len(segment), _CHUNK)
        )
        parts.append(marks.sub(_order, decomposed))
        done = match.end()
    parts.append(unicodedata.normalize("NFD", text[done:]))
    return "".join(parts)


def nfd(text: str, /) -> str:
    """``unicodedata.normalize("NFD", text)``, in linear time on any input.

    >>> nfd("ў") == "у\\u0306", nfd("a" + "\\u0301\\u0316" * 2) == "a\\u0316\\u0316\\u0301\\u0301"
    (True, True)
    """
    return _linear("NFD", ensure_str(text, "text"))


def nfc(text: str, /) -> str:
    """``unicodedata.normalize("NFC", text)``, in linear time on any input.

    >>> nfc("у\\u0306") == "ў", nfc("е\\u0308") == "ё"
    (True, True)
    """
    return _linear("NFC", ensure_str(text, "text"))


def _linear(form: Literal["NFC", "NFD"], text: str) -> str:
    """``unicodedata``'s ``form`` of ``text``; a long run of marks takes the safe path."""
    if unicodedata.is_normalized(form, text):
        return text
    if not _has_long_run(text):
        return unicodedata.normalize(form, text)
    known = _MEMO.get((form, text))
    if known is not None:
        return known
    decomposed = _safe_nfd(text)
    result = decomposed if form == "NFD" else unicodedata.normalize("NFC", decomposed)
    if len(_MEMO) > 4:
        _MEMO.clear()
    _MEMO[form, text] = result
    return result


# The last few long-run texts and their normal forms (only texts with a long run of marks come
# here: a caller often asks for the same text twice, e.g. a fixer's check and then its fix).
_MEMO: Final[dict[tuple[str, str], str]] = {}


def is_nfc(text: str, /) -> bool:
    """``unicodedata.is_normalized("NFC", text)`` - which is linear on any input already.

    Its quick check answers "no" at the first pair of marks out of canonical order, so it
    normalises in full only text whose marks are already in order, where the reordering is
    cheap; so it needs no guard (unlike ``unicodedata.normalize``).

    >>> is_nfc("ў"), is_nfc("у\\u0306"), is_nfc("а" + "\\u0301\\u0316" * 100_000)
    (True, False, False)
    """
    return unicodedata.is_normalized("NFC", ensure_str(text, "text"))
