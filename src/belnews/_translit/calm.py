"""The "calm" search: one precompiled pattern that finds anything unusual in a text.

Text it finds nothing in (and that is NFC) is left unchanged by :func:`belnews.normalize` and
needs none of the engine's checks, so ``to_latin`` can go straight to the rules and
``str.translate`` - or to ``str.translate`` alone when the rules (all of two or more characters)
cannot apply.  The pattern is one character class followed by the context that makes some of its
characters unusual (a capital after a letter, the first letter of a rule before the rest of it,
Cyrillic І Х before another - a Roman numeral), so the `re` engine skips the rest of the text at C
speed.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

import attrs

from belnews import text
from belnews._translit.scripts import char_class, code_ranges, escape_set
from belnews.systems import Rule

# Belarusian letters from the most to the least frequent (counted in Kolas's «Новая зямля»):
# the fast-path search looks for a rule by its rarest letter.  Other characters count as rare.
_FREQUENT = "аінскоыерлтдяузмцпвбўьгхчшжйэюёф"


def _rarity(char: str) -> int:
    index = _FREQUENT.find(char.lower())
    return index if index >= 0 else len(_FREQUENT)


def _hit_order(chars: set[str]) -> tuple[int, int]:
    """Branches for the most frequent characters first (small letters before capitals): most
    positions the search stops at are then settled by the first branch tried."""
    return (min(c.isupper() for c in chars), min(map(_rarity, chars)))


def _cases(char: str) -> set[str]:
    upper = char.upper()
    return {char, upper} if len(upper) == 1 else {char}


@attrs.frozen
class Unusual:
    """What makes a character unusual for one compiled table (see :func:`calm_pattern`)."""

    upper: frozenset[str]  # capitals: unusual after a word character
    unsupported: frozenset[str]  # letters the table has no value for
    decomposable: frozenset[str]  # accented letters the table splits
    word: str  # the word class of the source script


class _Contexts:
    """Characters that are always unusual, and characters unusual only in a context."""

    def __init__(self, always: Iterable[str]) -> None:
        self.always = set(always)
        self.contexts: dict[str, set[str]] = {}

    def add(self, char: str, context: str) -> None:
        self.contexts.setdefault(char, set()).add(context)

    def add_rules(self, rules: list[Rule]) -> None:
        """A rule is found by its rarest letter (г in зг, т in тс), its other letters checked
        around it; the single other letters of two-letter rules found by the same letter share
        a class."""
        neighbours: dict[tuple[str, bool], set[str]] = {}  # (anchor, other after it) -> others
        for rule in rules:
            if len(rule.match) == 1:
                self.always.update(_cases(rule.match))
                continue
            at = max(range(len(rule.match)), key=lambda i: _rarity(rule.match[i]))
            if len(rule.match) == 2:
                for cased in _cases(rule.match[at]):
                    others = neighbours.setdefault((cased, at == 0), set())
                    others.update(_cases(rule.match[1 - at]))
                continue
            for cased in _cases(rule.match[at]):
                self.add(cased, _around(rule.match, at))
        for (char, after), others in neighbours.items():
            context = f"(?={char_class(others)})" if after else f"(?<={char_class(others)}.)"
            self.add(char, context)

    def branches(self) -> list[str]:
        for char in self.always:
            self.contexts.pop(char, None)
        by_context: dict[frozenset[str], set[str]] = {}
        for char, found in self.contexts.items():
            by_context.setdefault(frozenset(found), set()).add(char)
        # The characters that are always unusual first: a contextual one fails that test at once.
        branches = [f"(?<!{char_class(set(self.contexts))})"]
        branches += [
            f"(?<={char_class(chars)})(?:{'|'.join(sorted(found))})"
            for found, chars in sorted(by_context.items(), key=lambda item: _hit_order(item[1]))
        ]
        return branches


def _around(match: str, at: int) -> str:
    """The look-behind and look-ahead that check the letters of ``match`` around index ``at``."""
    context = "".join(char_class(_cases(c)) for c in match[:at])
    context = f"(?<={context}.)" if context else ""
    if at + 1 < len(match):
        context += f"(?={''.join(char_class(_cases(c)) for c in match[at + 1 :])})"
    return context


def calm_pattern(
    unusual: Unusual,
    *,
    rules: list[Rule],
    nonletter_firsts: set[str],
    normalized: bool = False,
) -> re.Pattern[str]:
    """One search that finds anything in a text that is not plain work for the fast path.

    With ``normalized`` the text is known to be normalised already; otherwise the search also
    finds whatever :func:`belnews.normalize` would act on.
    """
    found = _Contexts(set(nonletter_firsts) | unusual.unsupported | unusual.decomposable)
    if not normalized:
        # Everything a fixer of normalize() may act on (text.TARGETS), except the common
        # Cyrillic letters that are look-alikes: those need a Latin letter in the text, and every
        # Latin letter is listed here.  Combining marks too: the NFC check stays a quick check.
        found.always |= set(text.TARGETS) - set(text.LAT_TO_CYR.values())
        roman = char_class(set(text.ROMAN_CYRILLIC))
        for char in text.ROMAN_CYRILLIC:
            found.add(char, f"(?={roman})")
    for char in unusual.upper:
        found.add(char, f"(?<={unusual.word}.)")
    found.add_rules(rules)
    branches = found.branches()
    contextual = set(found.contexts)
    if not normalized:
        head = f"[^{code_ranges(_quiet_unlisted(found.always, contextual))}]"
    elif contextual or found.always:
        head = f"[{escape_set(found.always | contextual)}]"
    else:
        return re.compile("(?!)")
    if contextual:
        return re.compile(f"{head}(?:{'|'.join(branches)})")
    return re.compile(head)


def _quiet_unlisted(always: set[str], contextual: set[str]) -> set[str]:
    """Before normalize(): everything but the quiet characters not listed is unusual - so text
    the search finds nothing in is NFC too (no separate check)."""
    listed = re.compile(f"[{text.LATIN}{text.MARKS}]").match
    return {c for c in quiet() - always - contextual if not listed(c)}


# Where the quiet characters are looked for: ASCII, Latin-1, the basic Cyrillic block and ґ,
# general punctuation, the euro sign and №.
_QUIET_CANDIDATES = (
    (0x0, 0xFF),
    (0x400, 0x45F),
    (0x490, 0x491),
    (0x2010, 0x205E),
    (0x20AC, 0x20AC),
    (0x2116, 0x2116),
)


@functools.cache
def quiet() -> frozenset[str]:
    """Characters that are NFC on their own and never compose with a neighbour: a text made of
    them alone is NFC.  (A test checks that no canonical composition ends in one of them.)"""
    return frozenset(
        chr(code)
        for first, last in _QUIET_CANDIDATES
        for code in range(first, last + 1)
        if unicodedata.is_normalized("NFC", chr(code)) and not unicodedata.combining(chr(code))
    )
