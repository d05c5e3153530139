"""Romanization systems as data: the :class:`System` model and the checks of a system file.

Every system lives in one JSON file under ``belnews/data/systems/`` (Belarusian ones as
``<id>.json``, Russian ones as ``ru-<id>.json``), described by ``system.schema.json`` beside them.
A file carries the system's identity and source, its rules for both directions, and samples copied
from the cited sources.  :func:`parse_system` turns the decoded JSON into a :class:`System` and
rejects a table that emits Cyrillic, misses a letter of its alphabet or has a context that could
run in more than linear time, with :class:`~belnews.errors.SystemDataError`.

This module only describes systems.  :mod:`belnews.registry` finds, loads and caches them and
checks their samples with the engine (:mod:`belnews._translit`); :mod:`belnews.translit` is the
public API.  Nothing here imports either, so the three form no import cycle.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any, Literal, TypeAlias

import attrs
import regex

from belnews import text
from belnews.errors import SystemDataError

__all__ = [
    "ALPHABETS",
    "CLASSES",
    "LANGS",
    "Direction",
    "Errors",
    "Foreign",
    "Lang",
    "LangOrAuto",
    "Lossy",
    "Orthography",
    "Rule",
    "Rules",
    "Sample",
    "Source",
    "System",
    "Table",
    "parse_system",
]

# --- the policies of the public API, typed once (belnews.translit re-exports them) -------------
Lang: TypeAlias = Literal["be", "ru"]
LangOrAuto: TypeAlias = Literal["be", "ru", "auto"]
Errors: TypeAlias = Literal["strict", "keep", "replace", "ignore"]
Orthography: TypeAlias = Literal["narkamauka", "taraskievica"]
Foreign: TypeAlias = Literal["keep", "convert"]
Direction: TypeAlias = Literal["to_latin", "to_cyrillic"]

LANGS: tuple[Lang, ...] = ("be", "ru")

# Samples a system file must carry (the MVD 2008 Instruction prints eleven examples).
MIN_SAMPLES = 10

# The letters each language's table must cover (lowercase; the engine derives the capitals).
ALPHABETS = {
    "be": "абвгдеёжзійклмнопрстуўфхцчшыьэюя",
    "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
}

# The named character classes every table may use in its contexts (``{CYR}``, ``{LAT}``,
# ``{APOS}``): the engine provides them, so no table copies a code-point range.  A table's own
# ``patterns`` may not reuse these names.
CLASSES: Mapping[str, str] = {
    "CYR": f"[{text.CYRILLIC}]",
    "LAT": f"[{text.LATIN}]",
    "APOS": text.char_class(text.APOSTROPHES),
}

# Rule contexts are regular-expression fragments; to keep every system linear-time on any input
# they may not contain unbounded repetition or capturing groups (the engine numbers its own).
_UNBOUNDED = re.compile(r"(?<!\\)[*+]|\{\d*,\}")
_CAPTURING = re.compile(r"(?<!\\)\((?!\?)")
_PLACEHOLDER = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")
_CYRILLIC = re.compile(f"[{text.CYRILLIC_BLOCKS}{text.CYRILLIC_MARKS}]")
_LATIN_LETTER = re.compile(f"[{text.LATIN_EUROPEAN}]")


@attrs.frozen
class Source:
    """Where a system's rules come from: the standard it follows, the document and a URL to it."""

    document: str
    url: str
    standard: str = ""
    see_also: tuple[str, ...] = ()


@attrs.frozen
class Sample:
    """One Cyrillic ↔ Latin pair copied from a cited source; the rules must reproduce it."""

    cyrillic: str
    latin: str
    source: str
    options: tuple[tuple[str, bool], ...] = ()


@attrs.frozen
class Lossy:
    """A documented loss of a system's round trip: Cyrillic matching ``pattern`` (a regular
    expression over normalised lowercase words) may not come back from the Latin, for ``reason``;
    ``example`` is (Cyrillic, Latin, what to_cyrillic reads)."""

    pattern: str
    reason: str
    example: tuple[str, str, str]


@attrs.frozen
class Rule:
    """A context rule: ``match`` becomes ``out`` where the context fragments hold.

    ``after``/``not_after`` are look-behind fragments, ``before``/``not_before`` look-ahead
    fragments, ``{NAME}`` refers to a pattern of the table or a named class (:data:`CLASSES`);
    ``when`` limits the rule to option values (e.g. ``assimilation`` or ``orthography``).
    """

    match: str
    out: str
    after: str = ""
    not_after: str = ""
    before: str = ""
    not_before: str = ""
    when: tuple[tuple[str, object], ...] = ()
    note: str = ""


@attrs.frozen
class Table:
    """One direction of a system: base letters, context rules, named patterns, title overrides."""

    letters: tuple[tuple[str, str], ...]
    rules: tuple[Rule, ...] = ()
    patterns: tuple[tuple[str, str], ...] = ()
    title: tuple[tuple[str, str], ...] = ()

    def expand(self, fragment: str) -> str:
        """``fragment`` with every ``{NAME}`` replaced by the pattern or class of that name."""
        patterns = {**CLASSES, **dict(self.patterns)}
        for _ in range(8):  # patterns may refer to patterns defined before them
            if not _PLACEHOLDER.search(fragment):
                return fragment
            fragment = _PLACEHOLDER.sub(lambda m: patterns[m.group(1)], fragment)
        raise KeyError(f"pattern references nest too deeply in {fragment!r}")


@attrs.frozen
class Rules:
    """Both directions of a system (``to_cyrillic`` is ``None`` for output-only systems)."""

    to_latin: Table
    to_cyrillic: Table | None = None


@attrs.frozen
class System:
    """A romanization system, as loaded from its data file.

    ``reversible`` says whether :func:`belnews.to_cyrillic` restores the Cyrillic exactly, except
    for the documented ``lossy`` cases; for the other systems it returns the most likely reading.
    ``years`` is the period the system was (or is) in use; ``aliases`` are other names
    :func:`belnews.get_system` accepts for it.
    """

    id: str
    title: str
    lang: Lang
    reversible: bool
    source: Source
    version: str
    samples: tuple[Sample, ...]
    rules: Rules = attrs.field(repr=False)
    options: tuple[tuple[str, bool], ...] = ()
    notes: tuple[str, ...] = ()
    years: str = ""
    aliases: tuple[str, ...] = ()
    lossy: tuple[Lossy, ...] = ()


# --- reading a system file ---------------------------------------------------------------------

_TABLE_KEYS = frozenset({"letters", "rules", "patterns", "title", "comment"})
_RULE_KEYS = frozenset(
    {"match", "out", "after", "not_after", "before", "not_before", "when", "note"}
)
_CONTEXTS = ("after", "not_after", "before", "not_before")
_SYSTEM_KEYS = frozenset(
    {
        "$schema",
        "id",
        "title",
        "lang",
        "source",
        "version",
        "years",
        "aliases",
        "reversible",
        "lossy",
        "options",
        "notes",
        "to_latin",
        "to_cyrillic",
        "samples",
    }
)


class _Reader:
    """Typed access to the decoded JSON of one system file; every failure names the system."""

    def __init__(self, system_id: str) -> None:
        self.system_id = system_id

    def fail(self, problem: str) -> SystemDataError:
        return SystemDataError(self.system_id, problem)

    def get(
        self, data: Mapping[str, Any], key: str, kind: type, default: Any = attrs.NOTHING
    ) -> Any:
        if key not in data:
            if default is attrs.NOTHING:
                raise self.fail(f"missing key {key!r}")
            return default
        value = data[key]
        if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
            raise self.fail(f"{key!r} must be {kind.__name__}, not {type(value).__name__}")
        return value

    def strings(self, data: Mapping[str, Any], key: str) -> tuple[str, ...]:
        value = self.get(data, key, list, [])
        if not all(isinstance(item, str) for item in value):
            raise self.fail(f"{key!r} must be a list of strings")
        return tuple(value)

    def string_map(self, data: Mapping[str, Any], key: str) -> tuple[tuple[str, str], ...]:
        value = self.get(data, key, dict, {})
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
            raise self.fail(f"{key!r} must map strings to strings")
        return tuple(value.items())

    def keys(self, data: Any, allowed: frozenset[str], where: str) -> Mapping[str, Any]:
        if not isinstance(data, dict):
            raise self.fail(f"{where} must be an object")
        unknown = set(data) - allowed
        if unknown:
            raise self.fail(f"{where} has unknown keys {sorted(unknown)}")
        return data


def _parse_rule(reader: _Reader, item: Any, where: str) -> Rule:
    item = reader.keys(item, _RULE_KEYS, where)
    match = reader.get(item, "match", str)
    if not match or match != match.lower():
        raise reader.fail(f"{where}.match must be non-empty lowercase")
    contexts = {key: reader.get(item, key, str, "") for key in _CONTEXTS}
    when = reader.get(item, "when", dict, {})
    return Rule(
        match=match,
        out=reader.get(item, "out", str),
        when=tuple(sorted(when.items())),
        note=reader.get(item, "note", str, ""),
        **contexts,
    )


def _parse_table(reader: _Reader, data: Any, where: str) -> Table:
    data = reader.keys(data, _TABLE_KEYS, where)
    letters = reader.string_map(data, "letters")
    bad = [char for char, _ in letters if len(char) != 1 or char != char.lower()]
    if bad:
        raise reader.fail(f"{where}.letters keys must be single lowercase characters: {bad[0]!r}")
    patterns = reader.string_map(data, "patterns")
    shadowing = sorted({name for name, _ in patterns} & set(CLASSES))
    if shadowing:
        raise reader.fail(f"{where}.patterns may not redefine the named class {shadowing[0]!r}")
    items = reader.get(data, "rules", list, [])
    table = Table(
        letters=letters,
        rules=tuple(
            _parse_rule(reader, item, f"{where}.rules[{i}]") for i, item in enumerate(items)
        ),
        patterns=patterns,
        title=reader.string_map(data, "title"),
    )
    _check_fragments(reader, table, where)
    return table


def _check_fragments(reader: _Reader, table: Table, where: str) -> None:
    fragments = [p for _, p in table.patterns]
    fragments += [getattr(rule, key) for rule in table.rules for key in _CONTEXTS]
    for fragment in fragments:
        if _UNBOUNDED.search(fragment) or _CAPTURING.search(fragment):
            raise reader.fail(
                f"{where}: context {fragment!r} uses unbounded repetition or a capturing group "
                "(contexts must stay linear-time)"
            )
        try:
            regex.compile(table.expand(fragment))
        except (regex.error, KeyError) as exc:
            raise reader.fail(f"{where}: bad context {fragment!r}: {exc}") from None


def _parse_source(reader: _Reader, data: Mapping[str, Any]) -> Source:
    source = reader.keys(
        reader.get(data, "source", dict),
        frozenset({"document", "url", "standard", "see_also"}),
        "source",
    )
    document = reader.get(source, "document", str, "")
    url = reader.get(source, "url", str, "")
    if not document or not url:
        raise reader.fail("source needs non-empty 'document' and 'url'")
    return Source(
        document=document,
        url=url,
        standard=reader.get(source, "standard", str, ""),
        see_also=reader.strings(source, "see_also"),
    )


def _parse_sample(reader: _Reader, item: Any, index: int, options: Mapping[str, bool]) -> Sample:
    where = f"samples[{index}]"
    item = reader.keys(item, frozenset({"cyrillic", "latin", "source", "options"}), where)
    cyrillic, latin, source = (
        reader.get(item, key, str, "") for key in ("cyrillic", "latin", "source")
    )
    if not (cyrillic and latin and source):
        raise reader.fail(f"{where} needs 'cyrillic', 'latin', 'source'")
    sample_options = reader.get(item, "options", dict, {})
    if set(sample_options) - set(options):
        raise reader.fail(f"{where} uses options the system lacks")
    return Sample(cyrillic, latin, source, options=tuple(sorted(sample_options.items())))


def _parse_lossy(reader: _Reader, item: Any, index: int) -> Lossy:
    where = f"lossy[{index}]"
    item = reader.keys(item, frozenset({"pattern", "reason", "example"}), where)
    example = reader.strings(item, "example")
    if len(example) != 3:
        raise reader.fail(f"{where}.example must be [cyrillic, latin, read back]")
    pattern = reader.get(item, "pattern", str)
    try:
        regex.compile(pattern)
    except regex.error as exc:
        raise reader.fail(f"{where}.pattern is no regular expression: {exc}") from None
    return Lossy(pattern=pattern, reason=reader.get(item, "reason", str), example=example)


def _parse_options(reader: _Reader, data: Mapping[str, Any]) -> dict[str, bool]:
    options: dict[str, bool] = reader.get(data, "options", dict, {})
    if not all(isinstance(v, bool) for v in options.values()):
        raise reader.fail("options must map names to boolean defaults")
    return options


def _parse_identity(
    reader: _Reader, data: Mapping[str, Any], expected: tuple[str, str] | None
) -> Lang:
    lang = reader.get(data, "lang", str)
    if lang not in LANGS:
        raise reader.fail(f"lang must be one of {LANGS}, not {lang!r}")
    if expected is not None and expected != (lang, reader.system_id):
        raise reader.fail(f"file name says {expected}, content says {(lang, reader.system_id)}")
    return lang  # type: ignore[no-any-return]


def parse_system(data: Any, *, expected: tuple[str, str] | None = None) -> System:
    """Build a :class:`System` from the decoded JSON of a data file, checking its schema.

    Raises :class:`~belnews.errors.SystemDataError` naming the first problem found.  The samples
    are checked by the registry (:func:`belnews.registry.validate_samples`), which runs the engine.
    """
    reader = _Reader(data.get("id", "?") if isinstance(data, dict) else "?")
    data = reader.keys(data, _SYSTEM_KEYS, "a system file")
    reader.system_id = reader.get(data, "id", str)
    lang = _parse_identity(reader, data, expected)
    options = _parse_options(reader, data)
    to_cyrillic = data.get("to_cyrillic")
    samples = [
        _parse_sample(reader, item, i, options)
        for i, item in enumerate(reader.get(data, "samples", list))
    ]
    if len(samples) < MIN_SAMPLES:
        raise reader.fail(f"needs at least {MIN_SAMPLES} samples, has {len(samples)}")
    system = System(
        id=reader.system_id,
        title=reader.get(data, "title", str),
        lang=lang,
        reversible=reader.get(data, "reversible", bool),
        source=_parse_source(reader, data),
        version=reader.get(data, "version", str),
        samples=tuple(samples),
        rules=Rules(
            to_latin=_parse_table(reader, reader.get(data, "to_latin", dict), "to_latin"),
            to_cyrillic=None
            if to_cyrillic is None
            else _parse_table(reader, to_cyrillic, "to_cyrillic"),
        ),
        options=tuple(options.items()),
        notes=reader.strings(data, "notes"),
        years=reader.get(data, "years", str, ""),
        aliases=reader.strings(data, "aliases"),
        lossy=tuple(
            _parse_lossy(reader, item, i)
            for i, item in enumerate(reader.get(data, "lossy", list, []))
        ),
    )
    for check in _CHECKS:
        check(reader, system)
    return system


# --- the checks of a parsed system, each a small named rule --------------------------------------


def _tables(system: System) -> list[tuple[str, Table]]:
    found = [("to_latin", system.rules.to_latin)]
    if system.rules.to_cyrillic is not None:
        found.append(("to_cyrillic", system.rules.to_cyrillic))
    return found


def outputs_are_final(reader: _Reader, system: System) -> None:
    """Rule values are final: the letter table (applied after the rules) must not touch them."""
    for where, table in _tables(system):
        keys = {char for char, _ in table.letters}
        for rule in table.rules:
            clash = keys.intersection(rule.out)
            if clash:
                raise reader.fail(
                    f"{where}: the value {rule.out!r} of rule {rule.match!r} contains "
                    f"{''.join(sorted(clash))!r}, which the letter table would convert again"
                )


def latin_output_has_no_cyrillic(reader: _Reader, system: System) -> None:
    """No value of the to-Latin table contains a Cyrillic character."""
    table = system.rules.to_latin
    outputs = [out for _, out in table.letters] + [r.out for r in table.rules]
    outputs += [out for _, out in table.title]
    for out in outputs:
        if _CYRILLIC.search(out):
            raise reader.fail(f"Latin output {out!r} contains a Cyrillic character")


def alphabet_is_covered(reader: _Reader, system: System) -> None:
    """Every letter of the language has a value, and every key of the table is Cyrillic."""
    covered = {char for char, _ in system.rules.to_latin.letters}
    missing = [c for c in ALPHABETS[system.lang] if c not in covered]
    if missing:
        raise reader.fail(f"no value for the letters {''.join(missing)}")
    for char in covered:
        if not _CYRILLIC.match(char):
            raise reader.fail(f"to_latin letter {char!r} is not Cyrillic")


def reversible_needs_a_reading_table(reader: _Reader, system: System) -> None:
    """A system that claims a round trip has a to_cyrillic table to make it."""
    if system.reversible and system.rules.to_cyrillic is None:
        raise reader.fail("'reversible' is true but there is no 'to_cyrillic' table")


def cyrillic_output_has_no_latin(reader: _Reader, system: System) -> None:
    """No value of the to-Cyrillic table contains a Latin letter."""
    reverse = system.rules.to_cyrillic
    if reverse is None:
        return
    for out in [out for _, out in reverse.letters] + [r.out for r in reverse.rules]:
        if _LATIN_LETTER.search(out):
            raise reader.fail(f"Cyrillic output {out!r} contains a Latin letter")


_CHECKS: tuple[Callable[[_Reader, System], None], ...] = (
    outputs_are_final,
    latin_output_has_no_cyrillic,
    alphabet_is_covered,
    cyrillic_output_has_no_latin,
    reversible_needs_a_reading_table,
)
