"""Unicode clean-up for Belarusian text: small, named, replayable fixers (in the style of ftfy).

Every later step of belnews (transliteration, name keys, article parsing) calls :func:`normalize`
first, so that it sees one spelling of each letter:

* :func:`nfc` - canonical composition, so ``у`` + U+0306 is ``ў`` and ``u`` + U+0306 is ``ŭ``;
* :func:`remove_invisible` - soft hyphens, zero-width and bidi characters inside words;
* :func:`fix_spaces` - NBSP, thin and other exotic spaces become U+0020;
* :func:`fix_lookalikes` - Latin letters in Cyrillic words and Cyrillic letters in Latin words;
  Roman numerals typed with Cyrillic І and Х;
* :func:`fix_apostrophes` - one apostrophe code point inside Cyrillic words;
* :func:`fix_caron` - ``ǔ`` (caron) typed for the Łacinka ``ŭ`` (breve).

:func:`normalize` runs the enabled fixers until nothing changes (a fixed point), so it is
idempotent.  :func:`normalize_and_explain` also says which fixers changed something, and
:func:`apply_steps` replays such a list.  Text that contains nothing any fixer targets - almost
all real text - is returned after one precompiled check.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import NamedTuple

import attrs
import regex

from belnews import _chars
from belnews._chars import char_class
from belnews.errors import ConfigError, ensure_str

__all__ = [
    "FIXER_NAMES",
    "Explained",
    "NormalizeConfig",
    "apply_steps",
    "fix_apostrophes",
    "fix_caron",
    "fix_lookalikes",
    "fix_spaces",
    "nfc",
    "normalize",
    "normalize_and_explain",
    "remove_invisible",
]

# Character-class bodies, built once from the tables in `_chars`.
_LAT = _chars.LATIN_LETTER_RANGES
_CYR = _chars.CYRILLIC_LETTER_RANGES
_MARK = _chars.MARK_RANGES
_APOS = char_class(_chars.APOSTROPHES)
_WORD_CHAR = f"[{_LAT}{_CYR}{_MARK}]"

# A word, for the fixers: Latin/Cyrillic letters and combining marks, with single apostrophes
# between letters (сям’я, Mar'jina).  Possessive quantifiers keep every match linear.
# Compiled on first use (the `regex` module is slow to compile), not at import.


@functools.cache
def _word_patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """The word from a position forwards, and (matched right to left) backwards."""
    forwards = regex.compile(rf"{_WORD_CHAR}++(?:{_APOS}{_WORD_CHAR}++)*+")
    backwards = regex.compile(rf"(?r)(?:{_WORD_CHAR}++{_APOS})*+{_WORD_CHAR}++")
    return forwards, backwards


def _word_around(text: str, index: int) -> tuple[int, int]:
    """Return the span of the word that contains the word character at ``text[index]``."""
    forwards, backwards = _word_patterns()
    before = backwards.match(text, 0, index + 1)
    after = forwards.match(text, index)
    start = before.start() if before else index
    end = after.end() if after else index + 1
    return start, end


# --- the fixers ---------------------------------------------------------------------------------


def nfc(text: str, /) -> str:
    """Compose the text to Unicode NFC.

    Why: ``ў`` arrives as ``у`` + U+0306 COMBINING BREVE from some keyboards and PDF exports, and
    ``й``/``ё`` likewise; every rule that compares letters needs the one precomposed form.
    """
    if _is_nfc(text):
        return text
    if len(text) <= _NFC_CHUNK:
        return unicodedata.normalize("NFC", text)
    return "\n".join(
        line if _is_nfc_short(line) else unicodedata.normalize("NFC", line)
        for line in text.split("\n")
    )


# unicodedata.is_normalized answers from a per-character table unless it meets a character that
# "may" compose with its neighbour (a combining mark, e.g. a stress mark in Kolas's "Жыта́"); then it
# normalises the whole string to compare - 20 ms for a novel.  A line feed never composes with
# anything, so long texts are checked (and fixed) line by line, and only the lines with such a
# mark pay.
_NFC_CHUNK = 4096
_is_normalized = unicodedata.is_normalized
_is_nfc_short = functools.partial(_is_normalized, "NFC")


def _is_nfc(text: str) -> bool:
    """``unicodedata.is_normalized("NFC", text)``, without its worst case on long texts."""
    if len(text) <= _NFC_CHUNK:
        return _is_nfc_short(text)
    return all(map(_is_nfc_short, text.split("\n")))


_INVISIBLE_RUN = re.compile(char_class(_chars.INVISIBLES) + "+")
_IS_WORD_CHAR = re.compile(f"[{_LAT}{_CYR}]").match
_IS_MARK = re.compile(f"[{_MARK}]").match


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


_EXOTIC_SPACE = re.compile(char_class(_chars.EXOTIC_SPACES))


def fix_spaces(text: str, /) -> str:
    """Replace NBSP, thin, narrow no-break, ideographic and similar spaces with U+0020.

    Why: news pages put NBSP after short words and inside dates ("21\u00a0студзеня"); a search
    for "21 студзеня" must find it.  ``NormalizeConfig(keep_exotic_spaces=True)`` keeps them.
    """
    return _EXOTIC_SPACE.sub(" ", text)


_LAT_TO_CYR_TABLE = str.maketrans(_chars.LAT_TO_CYR)
_CYR_TO_LAT_TABLE = str.maketrans(_chars.CYR_TO_LAT)
_LOOKALIKE_CHARS = "".join(_chars.LAT_TO_CYR) + "".join(_chars.CYR_TO_LAT)
# A letter that settles the script of its word: any Latin or Cyrillic letter that has no twin.
_UNAMBIGUOUS_CYR = re.compile(f"(?![{_LOOKALIKE_CHARS}])[{_CYR}]").search
_UNAMBIGUOUS_LAT = re.compile(f"(?![{_LOOKALIKE_CHARS}])[{_LAT}]").search
_ROMAN_LETTERS = _chars.ROMAN_LATIN + _chars.ROMAN_CYRILLIC
_ROMAN_NUMERAL = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
# Where the look-alike fixer may have work: any Latin letter (its word may hold a Cyrillic one),
# or a Cyrillic Roman-numeral letter followed by another.  One leading character class lets the
# regex engine skip Cyrillic text at C speed.
_ROMAN_CYR = _chars.ROMAN_CYRILLIC
_LOOKALIKE_SITE = re.compile(
    f"[{_LAT}{_ROMAN_CYR}](?:(?<=[{_ROMAN_CYR}])(?=[{_ROMAN_CYR}])|(?<![{_ROMAN_CYR}]))"
)
_HAS_CYRILLIC = re.compile(f"[{_CYR}]").search


# Cyrillic spellings of Roman numerals that are also Belarusian words: "ІХ" is "іх" (their) in
# an all-capitals headline.  They are numerals only when the neighbouring words are not capitals.
_NUMERAL_WORDS = frozenset({"ІХ"})
_WORD_BEFORE = re.compile(f"([{_LAT}{_CYR}]{{2}})[^{_LAT}{_CYR}\n]{{1,6}}$").search
_WORD_AFTER = re.compile(f"[^{_LAT}{_CYR}\n]{{1,6}}([{_LAT}{_CYR}]{{2}})").match


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
        start, end = _word_around(text, site.start())
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
    return char_class(_chars.APOSTROPHES.replace(apostrophe, ""))


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
    if apostrophe not in _chars.CANONICAL_APOSTROPHES:
        raise ConfigError(
            f"apostrophe must be one of {_chars.CANONICAL_APOSTROPHES!r}, not {apostrophe!r}"
        )
    pattern = _apostrophe_pattern(apostrophe)
    if pattern.search(text) is None:
        return text

    def unify(match: re.Match[str]) -> str:
        # The lookbehind saw a letter or a mark; a mark must itself follow a Cyrillic letter.
        return apostrophe if _cyrillic_before(text, match.start()) else match.group()

    return pattern.sub(unify, text)


_IS_CYR = re.compile(f"[{_CYR}]").match


def _cyrillic_before(text: str, index: int) -> bool:
    """Is the character before ``index`` (skipping combining marks) a Cyrillic letter?"""
    i = _base_before(text, index)
    return i >= 0 and _IS_CYR(text, i) is not None


_CARON = re.compile(char_class("".join(_chars.CARON_TO_BREVE)))
_CARON_TABLE = str.maketrans(_chars.CARON_TO_BREVE)
_CARON_BLOCKERS = _chars.ISO9_MARKERS | _chars.PINYIN_MARKERS


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
    for site in _CARON.finditer(text):
        if site.start() < done:
            continue  # inside a word already handled
        start, end = _word_around(text, site.start())
        if start > line_end:
            # A new line: find its bounds once (sites come in order, so this stays linear).
            line_start = text.rfind("\n", max(line_end, 0), start) + 1
            line_end = text.find("\n", end)
            if line_end < 0:
                line_end = len(text)
            blocked = not _CARON_BLOCKERS.isdisjoint(text[line_start:line_end])
        word = text[start:end]
        if not blocked and all(c in _chars.LACINKA_LETTERS for c in word if c.isalpha()):
            parts.append(text[done:start])
            parts.append(word.translate(_CARON_TABLE))
            done = end
    if not parts:
        return text
    parts.append(text[done:])
    return "".join(parts)


# --- configuration and the fixed-point driver ----------------------------------------------------

#: The fixers in the order one pass applies them (also the names used in ``Explained.steps``).
FIXER_NAMES: tuple[str, ...] = (
    "nfc",
    "remove_invisible",
    "fix_spaces",
    "fix_lookalikes",
    "fix_apostrophes",
    "fix_caron",
)


def _check_apostrophe(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if value not in _chars.CANONICAL_APOSTROPHES:
        raise ConfigError(
            f"apostrophe must be '\\u2019' (default) or '\\u02bc', not {value!r}",
        )


_flag = functools.partial(attrs.field, default=True, validator=attrs.validators.instance_of(bool))


@attrs.frozen(cache_hash=True)  # hashed on every call with a config: compute it once
class NormalizeConfig:
    """Which fixers :func:`normalize` runs, and their options.

    Each fixer has a flag of the same name (all on by default).  ``apostrophe`` is the canonical
    apostrophe of Cyrillic words (U+2019 or U+02BC); ``keep_exotic_spaces=True`` keeps NBSP and
    friends (the same as ``fix_spaces=False``).
    """

    nfc: bool = _flag()
    remove_invisible: bool = _flag()
    fix_spaces: bool = _flag()
    fix_lookalikes: bool = _flag()
    fix_apostrophes: bool = _flag()
    fix_caron: bool = _flag()
    apostrophe: str = attrs.field(default="\u2019", validator=_check_apostrophe)
    keep_exotic_spaces: bool = attrs.field(
        default=False, validator=attrs.validators.instance_of(bool)
    )

    def enabled(self) -> tuple[str, ...]:
        """The names of the fixers this configuration runs, in pass order."""
        return tuple(
            name
            for name in FIXER_NAMES
            if getattr(self, name) and not (name == "fix_spaces" and self.keep_exotic_spaces)
        )


@attrs.frozen
class Explained:
    """The result of :func:`normalize_and_explain`.

    ``text`` is what :func:`normalize` returns; ``steps`` names, in order, every fixer application
    that changed the text (a fixer may appear twice if a later fixer gave it new work).
    ``apply_steps(original, steps)`` reproduces ``text``.
    """

    text: str
    steps: tuple[str, ...]


_DEFAULT = NormalizeConfig()
_Fixer = Callable[[str], str]


def _fixers(config: NormalizeConfig) -> dict[str, _Fixer]:
    """Each fixer by name, with its options taken from ``config``."""
    return {
        "nfc": nfc,
        "remove_invisible": remove_invisible,
        "fix_spaces": fix_spaces,
        "fix_lookalikes": fix_lookalikes,
        "fix_apostrophes": functools.partial(fix_apostrophes, apostrophe=config.apostrophe),
        "fix_caron": fix_caron,
    }


class _Plan(NamedTuple):
    """What one configuration runs, and the cheap checks that decide whether it must run."""

    fixers: tuple[tuple[str, _Fixer], ...]
    nfc: bool
    # Any character that may mean work: the targets of invisible/space/caron (work wherever
    # they are: "anywhere"), and - work only in a text with Cyrillic - non-canonical apostrophes,
    # Latin letters and the Cyrillic Roman-numeral letters І Х.
    quick: re.Pattern[str]
    anywhere: frozenset[str]
    anywhere_search: _Search | None
    roman: frozenset[str]  # І Х, if fix_lookalikes runs


_Search = Callable[[str, int], "re.Match[str] | None"]


@functools.cache
def _plan(config: NormalizeConfig) -> _Plan:
    """Build the fixers and the fast-path checks of one configuration (cached per config)."""
    fixers = _fixers(config)
    names = config.enabled()
    targets = {
        "remove_invisible": _chars.INVISIBLES,
        "fix_spaces": _chars.EXOTIC_SPACES,
        "fix_caron": "".join(_chars.CARON_TO_BREVE),
    }
    anywhere = "".join(targets[name] for name in names if name in targets)
    with_cyrillic = ""
    if "fix_apostrophes" in names:
        with_cyrillic += char_class(_chars.APOSTROPHES.replace(config.apostrophe, ""))[1:-1]
    lookalikes = "fix_lookalikes" in names
    if lookalikes:
        with_cyrillic += _LAT
    not_roman = (char_class(anywhere)[1:-1] if anywhere else "") + with_cyrillic
    if lookalikes:
        # І/Х count only when another follows ("ІІ", "ХІ"), so the conjunction "І" at the start
        # of a line does not fail the fast path.  One leading character class keeps the search
        # at C speed (the engine skips ahead to a character of the class).
        roman = _chars.ROMAN_CYRILLIC
        quick = f"[{not_roman}{roman}](?:(?<=[{roman}])(?=[{roman}])|(?<![{roman}]))"
    else:
        quick = f"[{not_roman}]" if not_roman else "(?!)"
    return _Plan(
        fixers=tuple((name, fixers[name]) for name in names),
        nfc="nfc" in names,
        quick=re.compile(quick),
        anywhere=frozenset(anywhere),
        anywhere_search=re.compile(char_class(anywhere)).search if anywhere else None,
        roman=frozenset(_chars.ROMAN_CYRILLIC if lookalikes else ""),
    )


def _second_look(text: str, plan: _Plan, match: re.Match[str] | None) -> bool:
    """Given the first match of ``plan.quick``: could a fixer of ``plan`` really change ``text``?

    A Latin letter or an apostrophe is work only if the text also has Cyrillic.  Both are common
    in clean text (English, Łacinka), so this is settled here with a search or two rather than
    by running the fixers.
    """
    if match is None:
        return False
    char = match.group()
    if char in plan.anywhere:
        return True
    if char in plan.roman:
        return True  # "ІІ", "ХІ": a Roman numeral typed in Cyrillic
    if _HAS_CYRILLIC(text) is not None:
        return True  # a Latin letter or an apostrophe in a text with Cyrillic letters
    # No Cyrillic at all, so no look-alike, Roman-numeral or apostrophe work: only a character
    # that is work anywhere, later in the text, can give a fixer work.
    search = plan.anywhere_search
    return search is not None and search(text, match.end()) is not None


def _needs_work(text: str, plan: _Plan) -> bool:
    """Could any fixer of ``plan`` change ``text``?  (May say yes wrongly, never no wrongly.)

    This is the hot path of every belnews call: for clean text it costs one C-level NFC check
    and one character-class search.  Only text with a Latin letter, an apostrophe or a rare
    character pays for the second look, and only text that fails that runs the fixers.
    """
    if plan.nfc and not _is_nfc(text):
        return True
    return _second_look(text, plan, plan.quick.search(text))


# Text a pass has not changed is a fixed point.  Every fixer only removes characters or maps them
# towards a fixed target, so two or three passes suffice; the bound is a guard, not a tuning knob.
_MAX_PASSES = 8


def _fix_until_stable(text: str, plan: _Plan, steps: list[str] | None) -> str:
    """Run every fixer of ``plan``, pass after pass, until a pass changes nothing."""
    for passes in range(_MAX_PASSES):
        if passes and not _needs_work(text, plan):
            break  # the quick check finds nothing left: already a fixed point, skip the pass
        changed = False
        for name, fixer in plan.fixers:
            fixed = fixer(text)
            if fixed != text:
                text = fixed
                changed = True
                if steps is not None:
                    steps.append(name)
        if not changed:
            break
    return text


_DEFAULT_PLAN = _plan(_DEFAULT)


def _config(config: NormalizeConfig | None) -> NormalizeConfig:
    if config is None:
        return _DEFAULT
    if not isinstance(config, NormalizeConfig):
        raise TypeError(f"config must be a NormalizeConfig or None, not {type(config).__name__}")
    return config


def _exact_str(text: object) -> str:
    """The text as an exact ``str`` (a subclass is copied; anything else is a TypeError)."""
    checked = ensure_str(text, "text")
    return checked if type(checked) is str else str.__str__(checked)


def normalize(text: str, /, *, config: NormalizeConfig | None = None) -> str:
    """Return ``text`` with every enabled fixer applied until nothing changes.

    >>> normalize("Шумілiна")  # Latin i inside a Cyrillic word
    'Шуміліна'
    >>> normalize("сям'я") == "сям\u2019я"
    True
    """
    if type(text) is not str:
        text = _exact_str(text)
    plan = _DEFAULT_PLAN if config is None else _plan(_config(config))
    if text.isascii():
        return text  # no fixer has work in pure ASCII: no Cyrillic, no NBSP, already NFC
    # The fast path (_needs_work, inlined): this runs for every word and line belnews touches.
    if not plan.nfc or (_is_normalized("NFC", text) if len(text) <= _NFC_CHUNK else _is_nfc(text)):
        match = plan.quick.search(text)
        if match is None or not _second_look(text, plan, match):
            return text
    if len(text) > _NFC_CHUNK and "\n" in text:
        # No fixer looks across a line feed, so the lines of a long text can be normalised one
        # by one with the same result: most take the fast path, and only the others are fixed.
        return "\n".join([_normalize_line(line, plan) for line in text.split("\n")])
    return _fix_until_stable(text, plan, None)


def _normalize_line(line: str, plan: _Plan) -> str:
    """Normalise one line of a long text (see :func:`normalize`)."""
    if line.isascii() or not _needs_work(line, plan):
        return line
    return _fix_until_stable(line, plan, None)


def normalize_and_explain(text: str, /, *, config: NormalizeConfig | None = None) -> Explained:
    """Like :func:`normalize`, but also return the names of the fixers that changed something.

    >>> normalize_and_explain("XІІ Сесія")  # Latin X, Cyrillic І І
    Explained(text='XII Сесія', steps=('fix_lookalikes',))
    """
    text = _exact_str(text)
    plan = _plan(_config(config))
    if not _needs_work(text, plan):
        return Explained(text=text, steps=())
    steps: list[str] = []
    fixed = _fix_until_stable(text, plan, steps)
    return Explained(text=fixed, steps=tuple(steps))


def apply_steps(
    text: str, steps: Iterable[str], /, *, config: NormalizeConfig | None = None
) -> str:
    """Replay fixers by name, once each, in the order given (e.g. ``Explained.steps``).

    The options of the fixers (the canonical apostrophe) come from ``config``; pass the one that
    produced the steps.  An unknown name raises :class:`~belnews.errors.ConfigError`.
    """
    text = _exact_str(text)
    if isinstance(steps, str):
        raise TypeError(f"steps must be a sequence of fixer names, not a str; use ({steps!r},)")
    fixers = _fixers(_config(config))
    for name in steps:
        fixer = fixers.get(name) if isinstance(name, str) else None
        if fixer is None:
            raise ConfigError(
                f"unknown normalisation step {name!r}; known: {', '.join(FIXER_NAMES)}"
            )
        text = fixer(text)
    return text
