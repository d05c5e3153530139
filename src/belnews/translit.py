"""Cyrillic ↔ Latin for every system in ``belnews/data/systems``: the public API.

:func:`to_latin` and :func:`to_cyrillic` normalise their input, find the system in the registry
(:mod:`belnews.registry`) and run the one rule engine (:mod:`belnews._translit`) on it.  Everything
else stays on the engine's fast path: one search for anything unusual, one ``sub`` for the rules
(skipped when no rule can apply) and one ``str.translate`` - no Python loop over characters.

``to_latin`` goes further for calls without options: one precompiled search (the "calm"
pattern: whatever normalize() would act on, characters that are not plainly NFC, the engine's
checks and - for tables whose rules all need two characters - each rule by its rarest letter)
decides that a line needs neither normalize() nor the checks, and it goes straight to
``str.translate`` (or the rules' ``sub``).

``to_cyrillic`` reads word by word and, by default (``foreign="keep"``), leaves a Latin word
alone unless the system could have written it (see :func:`to_cyrillic`).

The policies are typed once, here: :data:`Lang`, :data:`LangOrAuto`, :data:`Errors`,
:data:`Orthography`, :data:`Foreign`, :data:`Direction`.
"""

from __future__ import annotations

import functools
import re
import warnings
from collections.abc import Callable, Mapping

import regex

from belnews._translit import (
    ERRORS,
    Engine,
    apply,
    apply_unusual,
    engine_for,
    resolve_options,
)
from belnews._translit import transliterate as _transliterate
from belnews._translit.scripts import EXTRA_WORD_CHARS
from belnews.errors import ConfigError, ensure_str
from belnews.normalize import normalize as _normalize
from belnews.registry import get_system, resolve, system_ids
from belnews.systems import (
    Direction,
    Errors,
    Foreign,
    Lang,
    LangOrAuto,
    Orthography,
    System,
)
from belnews.text import LETTER, Script, detect_script

__all__ = [
    "Direction",
    "Errors",
    "Foreign",
    "Lang",
    "LangOrAuto",
    "Orthography",
    "to_cyrillic",
    "to_latin",
    "transliterate",
    "transliterate_with",
]

FOREIGN: tuple[Foreign, ...] = ("keep", "convert")
LANG_POLICIES: tuple[LangOrAuto, ...] = ("be", "ru", "auto")


def transliterate(
    text: str,
    system: System,
    /,
    options: Mapping[str, object] | None = None,
    *,
    errors: Errors = "strict",
    direction: Direction = "to_latin",
) -> str:
    """Run one direction of a :class:`~belnews.systems.System` on ``text`` exactly as given.

    This is the engine without the registry and without normalisation: for tables built in
    code (tests, a table being edited).  Applications call :func:`to_latin` and
    :func:`to_cyrillic`.

    >>> transliterate("Мінск", get_system("passport"))
    'Minsk'
    """
    ensure_str(text, "text")
    if errors not in ERRORS:
        raise ConfigError(f"errors must be one of {ERRORS}, not {errors!r}")
    return _transliterate(text, system, options, errors=errors, direction=direction)


def transliterate_with(
    system: System,
    text: str,
    options: Mapping[str, object] | None = None,
    *,
    errors: Errors = "strict",
    direction: Direction = "to_latin",
) -> str:
    """Deprecated: the arguments of :func:`transliterate` in the other order.

    ``to_latin(text, system)`` takes the text first; this function took the system first.
    It still works and warns with :class:`DeprecationWarning`; use
    ``transliterate(text, system, ...)``.
    """
    warnings.warn(
        "transliterate_with(system, text) is deprecated; use transliterate(text, system)",
        DeprecationWarning,
        stacklevel=2,
    )
    return transliterate(text, system, options, errors=errors, direction=direction)


def _options_key(options: Mapping[str, object]) -> tuple[tuple[str, object], ...]:
    return tuple(sorted(options.items())) if options else ()


@functools.cache
def _setup(
    system_id: str, lang: Lang | None, direction: Direction, options: tuple[tuple[str, object], ...]
) -> tuple[System, Engine]:
    """System and engine for one call signature; cached so a call costs one dict lookup."""
    chosen = get_system(system_id, lang=lang)
    resolved = resolve_options(chosen, dict(options), direction)
    return chosen, engine_for(chosen, direction, resolved)


def _check_policies(text: str, system: str, lang: object, errors: object) -> None:
    ensure_str(text, "text")
    ensure_str(system, "system")
    if errors not in ERRORS:
        raise ConfigError(f"errors must be one of {ERRORS}, not {errors!r}")
    if lang is not None and lang not in LANG_POLICIES:
        raise ConfigError(f"lang must be one of {LANG_POLICIES} or None, not {lang!r}")


def to_latin(
    text: str,
    /,
    system: str = "lacinka",
    *,
    lang: LangOrAuto | None = None,
    errors: Errors = "strict",
    **options: bool,
) -> str:
    """Romanize Cyrillic ``text`` with ``system`` (see :func:`belnews.system_ids`).

    Text that is not Cyrillic passes through untouched.  A Cyrillic letter the system has no
    value for is handled by ``errors``: ``"strict"`` raises
    :class:`~belnews.errors.UntransliterableError`, ``"keep"`` leaves it, ``"replace"`` writes
    ``?``, ``"ignore"`` drops it.  ``lang`` picks the Belarusian (``"be"``) or Russian (``"ru"``)
    table of ``system``; ``"auto"`` decides word by word with :func:`belnews.detect_script`;
    ``None`` (the default) is Belarusian, or the system's only language (``"wikipedia"`` is
    Russian), or the language of a ``ru:`` prefix (``"ru:passport"``).  System ids are
    case-insensitive (``"Passport"``, ``"BGN/PCGN"``).  Options (e.g. ``assimilation=False`` for
    ``lacinka``) are keyword arguments.

    >>> to_latin("Святлана Ціханоўская")
    'Śviatłana Cichanoŭskaja'
    >>> to_latin("Святлана Ціханоўская", assimilation=False)
    'Sviatłana Cichanoŭskaja'
    >>> to_latin("ЦІХАНОЎСКАЯ", "passport")
    'TSIKHANOUSKAIA'
    >>> to_latin("Светлана Тихановская", "wikipedia", lang="ru")
    'Svetlana Tikhanovskaya'
    """
    if not options:
        fast = _FAST.get((system, lang, errors))
        if fast is not None and type(text) is str:
            # The common case, inlined: one search says the text needs neither normalize()
            # (it is NFC and has nothing a fixer acts on) nor any of the engine's checks.
            calm, table, plain, convert = fast
            if calm(text) is None:
                return text.translate(table) if plain is None else plain(text)
            return convert(text)
    _check_policies(text, system, lang, errors)
    if lang == "auto":
        return _to_latin_auto(_normalize(text), text, system, errors, options)
    chosen, engine = _setup(system, lang, "to_latin", _options_key(options))
    convert = _converter(engine, chosen, errors)
    if not options and engine.calm is not None:
        # Cached once the arguments proved valid; the key holds the arguments as given.
        plain = None if engine.calm_then_translate else engine.plain
        _FAST[(system, lang, errors)] = (engine.calm.search, engine.table, plain, convert)
    return convert(text)


def _converter(engine: Engine, system: System, errors: str) -> Callable[[str], str]:
    """to_latin for one system and policy, as a closure over everything it needs: a call costs
    the normaliser, one search and str.translate (or the rules' regex.sub) for most text."""
    table = engine.table
    prefilter = engine.prefilter.search if engine.prefilter is not None else None
    attention = engine.attention.search
    plain = engine.plain

    def convert(text: str) -> str:
        if not text:
            return text
        prepared = _normalize(text)
        if prepared.isascii():
            return prepared
        if prefilter is not None and prefilter(prepared) is None:
            return prepared.translate(table)
        if attention(prepared) is None:
            return plain(prepared)
        return apply_unusual(engine, system, prepared, text, errors)

    return convert


# (system id, lang, errors) -> what a call without options needs: the calm search, the
# translate table, the rules' fast path (None: translate only) and the full
# converter.  Pipelines call to_latin once per name or line, so the cost before the work is
# one dict lookup.
_FAST: dict[
    tuple[str, object, str],
    tuple[
        Callable[[str], object],
        list[str],
        Callable[[str], str] | None,
        Callable[[str], str],
    ],
] = {}


def _to_latin_auto(
    text: str, original: str, system: str, errors: str, options: Mapping[str, bool]
) -> str:
    """``lang="auto"``: the Russian table for words :func:`detect_script` calls Russian (a
    system with one language only uses its table for every word)."""
    prefix, colon, _ = system.partition(":")
    if colon and prefix.strip().lower() in ("be", "ru"):
        raise ConfigError(
            f"{system!r} names its language; lang='auto' (a table per word) needs a bare id"
        )
    _, system_id = resolve(system, lang=None)
    tables: dict[Lang, tuple[System, Engine]] = {}
    langs: list[Lang] = [lng for lng in ("be", "ru") if system_id in system_ids(lang=lng)]
    for lang in langs:
        # Options go to the first table whole (an unknown one is an error); the Russian table
        # beside a Belarusian one takes those it has.
        own = dict(get_system(system_id, lang=lang).options)
        kept = {k: v for k, v in options.items() if k in own or lang == langs[0]}
        tables[lang] = _setup(system_id, lang, "to_latin", _options_key(kept))
    be = tables.get("be") or tables["ru"]
    ru = tables.get("ru") or be
    # Each word is converted alone: a one-letter word takes the case of the line here (Я ВЕРУ).
    capitals = {m.start() for m in be[1].lone_capitals(text)}

    def word(match: re.Match[str]) -> str:
        chosen, engine = ru if detect_script(match.group()) is Script.RUSSIAN else be
        out = apply(engine, chosen, match.group(), original, errors)
        return out.upper() if match.start() in capitals else out

    return be[1].word_rx.sub(word, text)


def to_cyrillic(
    text: str,
    /,
    system: str = "lacinka",
    *,
    orthography: Orthography = "narkamauka",
    foreign: Foreign = "keep",
    **options: bool,
) -> str:
    """Read Latin ``text`` written in a Belarusian ``system`` back into Cyrillic.

    ``orthography`` is ``"narkamauka"`` (the official spelling) or ``"taraskievica"`` (the
    classical one: Śviatłana → Сьвятлана).  Reversible systems (:attr:`System.reversible`) give
    back exactly what :func:`to_latin` was given; for the others the result is the most likely
    reading, not a guarantee.  Łacinka input may use the common variants: a kept apostrophe,
    Polish-style cz/sz/ż/w, ĺ, or ǔ for ŭ.

    ``foreign="keep"`` (the default) leaves alone a Latin word with a letter the system has no
    reading for (x and q in Łacinka, w in the systems without it, ü, ä ...), so it stays whole
    instead of turning half Cyrillic (Xbox, Müller - not Xбоx, Мüллер).  A word made only of
    the system's letters is read (Google → Гоогле): Latin text alone cannot tell it from
    romanized Belarusian.  ``foreign="convert"`` reads every Latin word letter by letter.

    >>> to_cyrillic("Śviatłana Cichanoŭskaja")
    'Святлана Ціханоўская'
    >>> to_cyrillic("Śviatłana Cichanoŭskaja", orthography="taraskievica")
    'Сьвятлана Ціханоўская'
    >>> to_cyrillic("Tsikhanouskaia", "passport")
    'Ціханоўская'
    >>> to_cyrillic("Źmicier Daškievič, Xbox i Müller")
    'Зміцер Дашкевіч, Xbox і Müller'
    """
    ensure_str(text, "text")
    ensure_str(system, "system")
    if foreign not in FOREIGN:  # checked before the system, so the error names the value
        raise ConfigError(f"foreign must be one of {FOREIGN}, not {foreign!r}")
    key = _options_key({**options, "orthography": orthography})
    chosen, engine = _setup(system, "be", "to_cyrillic", key)
    if not text:
        return text
    prepared = _normalize(text)
    unreadable = engine.unreadable if foreign == "keep" else None

    def convert(segment: str) -> str:
        if unreadable is None or unreadable.search(segment) is None:
            return apply(engine, chosen, segment, text, "keep")
        return _keeping_foreign(engine, chosen, segment, text, unreadable)

    if _kept().search(prepared) is None:
        return convert(prepared)
    # Roman numerals, web addresses, e-mail and markup are not romanized Belarusian: keep them.
    parts = []
    done = 0
    for kept in _kept().finditer(prepared):
        parts.append(convert(prepared[done : kept.start()]))
        parts.append(kept[0])
        done = kept.end()
    parts.append(convert(prepared[done:]))
    return "".join(parts)


def _keeping_foreign(
    engine: Engine,
    system: System,
    text: str,
    original: str,
    unreadable: re.Pattern[str],
) -> str:
    """Convert ``text`` except the words with a letter the system cannot read; the text between
    them is converted in one piece (rules never look across a word boundary)."""
    parts = []
    done = 0
    for hit in unreadable.finditer(text):
        if hit.start() < done:
            continue  # inside a word already kept
        start = hit.start()  # back to the start of the word: each character is passed once
        while start > done and engine.word_char.match(text, start - 1):
            start -= 1
        end = engine.word_rx.match(text, hit.start()).end()  # type: ignore[union-attr]
        parts.append(apply(engine, system, text[done:start], original, "keep"))
        parts.append(text[start:end])
        done = end
    parts.append(apply(engine, system, text[done:], original, "keep"))
    return "".join(parts)


# What to_cyrillic leaves alone.  Every branch starts at a word boundary and uses possessive
# quantifiers, so a long run of letters is scanned once (linear time on any input).
@functools.cache
def _kept() -> regex.Pattern[str]:
    # A numeral is a word of its own: no letter and no word-internal mark of a system (BAU`VI
    # is gost-b for БАЎВІ) next to it.
    inside = regex.escape(EXTRA_WORD_CHARS["latin"], special_only=False)
    return regex.compile(
        r"""
        (?<!LETTER|[INSIDE])(?=[IVX]{2})X{0,3}+(?:IX|IV|V?+I{0,3}+)(?!LETTER|[INSIDE])  # XIX
        | (?<![\w.])(?:https?://|www\.)[^\s<>"«»]++                      # web addresses
        | (?<![\w.@-])[\w.+-]++@[\w-]++(?:\.[\w-]++)++                  # e-mail
        | <[^<>\n]{1,500}+>                                                 # markup: <a href="...">
        | (?<![\w.@-])[\w-]++\.(?:com|org|net|by|ru|eu|io|me|info|ua|pl|lt|tv|fm)(?![\w-])
        """.replace("INSIDE", inside).replace("LETTER", LETTER),
        regex.VERBOSE,
    )
