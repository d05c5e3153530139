"""Romanization systems as data: the :class:`System` model, loading, validation and the registry.

Every system lives in one JSON file under ``belnews/data/systems/`` (Belarusian ones as
``<id>.json``, Russian ones as ``ru-<id>.json``).  A file carries the system's identity and source,
its rules for both directions, and samples copied from the cited sources.  Files are read on first
use only and validated before anything uses them: a table that emits Cyrillic, misses a letter of
its alphabet, or fails to reproduce one of its own samples is a packaging bug and raises
:class:`~belnews.errors.SystemDataError` instead of quietly producing wrong spellings.

The rule engine that runs the tables is :mod:`belnews.translit`; this module only describes them.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from importlib import resources
from typing import Any

import attrs
import regex

from belnews.errors import ConfigError, SystemDataError, UnknownSystemError, ensure_str

__all__ = [
    "Rule",
    "Rules",
    "Sample",
    "Source",
    "System",
    "Table",
    "get_system",
    "system_ids",
]

LANGS = ("be", "ru")

# The order systems are listed in (most used first); ids not named here follow alphabetically.
_PREFERRED_ORDER = (
    "lacinka",
    "passport",
    "bgn-pcgn",
    "national-2007",
    "national-2023",
    "iso9",
    "ala-lc",
    "scholarly",
    "gost-b",
    "wikipedia",
)

# The letters each language's table must cover (lowercase; the engine derives the capitals).
ALPHABETS = {
    "be": "абвгдеёжзійклмнопрстуўфхцчшыьэюя",
    "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
}

# Rule contexts are regular-expression fragments; to keep every system linear-time on any input
# they may not contain unbounded repetition or capturing groups (the engine numbers its own).
# (Small stdlib patterns: compiling them at import costs microseconds.)
_UNBOUNDED = re.compile(r"(?<!\\)[*+]|\{\d*,\}")
_CAPTURING = re.compile(r"(?<!\\)\((?!\?)")
_PLACEHOLDER = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")
_CYRILLIC = re.compile("[\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f]")
_LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]")


@attrs.frozen
class Source:
    """Where a system's rules come from: the document and a URL to it."""

    document: str
    url: str


@attrs.frozen
class Sample:
    """One Cyrillic ↔ Latin pair copied from a cited source; the rules must reproduce it."""

    cyrillic: str
    latin: str
    source: str
    options: tuple[tuple[str, bool], ...] = ()


@attrs.frozen
class Rule:
    """A context rule: ``match`` becomes ``out`` where the context fragments hold.

    ``after``/``not_after`` are look-behind fragments, ``before``/``not_before`` look-ahead
    fragments, ``{NAME}`` refers to a pattern of the table; ``when`` limits the rule to option
    values (e.g. ``assimilation`` or ``orthography``).
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
        """``fragment`` with every ``{NAME}`` replaced by the table's pattern of that name."""
        patterns = dict(self.patterns)
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

    ``reversible`` says whether :func:`belnews.to_cyrillic` restores the Cyrillic exactly; for
    the other systems it returns the most likely reading.
    """

    id: str
    title: str
    lang: str
    reversible: bool
    source: Source
    version: str
    samples: tuple[Sample, ...]
    rules: Rules = attrs.field(repr=False)
    options: tuple[tuple[str, bool], ...] = ()
    notes: tuple[str, ...] = ()


# --- loading ---------------------------------------------------------------------------------


@functools.cache
def _index() -> dict[tuple[str, str], str]:
    """(lang, id) -> file name, from the names of the packaged data files (no file is parsed)."""
    found: dict[tuple[str, str], str] = {}
    for entry in resources.files("belnews").joinpath("data").joinpath("systems").iterdir():
        name = entry.name
        if not name.endswith(".json"):
            continue
        stem = name[: -len(".json")]
        lang, system_id = ("be", stem)
        for other in LANGS[1:]:
            if stem.startswith(other + "-"):
                lang, system_id = other, stem[len(other) + 1 :]
        found[(lang, system_id)] = name
    return found


def _order(system_id: str) -> tuple[int, str]:
    if system_id in _PREFERRED_ORDER:
        return (_PREFERRED_ORDER.index(system_id), system_id)
    return (len(_PREFERRED_ORDER), system_id)


def system_ids(*, lang: str | None = None) -> tuple[str, ...]:
    """The ids of the registered systems, for one language (``"be"``, ``"ru"``) or all.

    >>> system_ids(lang="be")[:4]
    ('lacinka', 'passport', 'bgn-pcgn', 'national-2007')
    """
    if lang is not None and lang not in LANGS:
        raise ConfigError(f"lang must be one of {LANGS} or None, not {lang!r}")
    ids = {sid for (lng, sid) in _index() if lang is None or lng == lang}
    return tuple(sorted(ids, key=_order))


def get_system(system_id: str, /, *, lang: str = "be") -> System:
    """The :class:`System` with this id for ``lang`` (``"be"`` or ``"ru"``).

    An id that exists for one language only (``"wikipedia"`` is Russian-only) resolves to that
    language whatever ``lang`` says.  Unknown ids raise :class:`~belnews.errors.UnknownSystemError`.
    """
    ensure_str(system_id, "system_id")
    if lang == "auto":
        lang = "be"
    if lang not in LANGS:
        raise ConfigError(f"lang must be one of {(*LANGS, 'auto')}, not {lang!r}")
    index = _index()
    if (lang, system_id) not in index:
        elsewhere = [lng for lng in LANGS if (lng, system_id) in index]
        if not elsewhere:
            raise UnknownSystemError(system_id, known=system_ids(lang=lang), lang=lang)
        lang = elsewhere[0]
    return _load(lang, system_id)


@functools.cache
def _load(lang: str, system_id: str) -> System:
    name = _index()[(lang, system_id)]
    raw = (
        resources.files("belnews")
        .joinpath("data")
        .joinpath("systems")
        .joinpath(name)
        .read_text("utf-8")
    )
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise SystemDataError(system_id, f"{name} is not valid JSON: {exc}") from None
    system = parse_system(data, expected=(lang, system_id))
    validate_samples(system)
    return system


# --- schema ----------------------------------------------------------------------------------


def _require(
    system_id: str, data: Mapping[str, Any], key: str, kind: type | tuple[type, ...]
) -> Any:
    if key not in data:
        raise SystemDataError(system_id, f"missing key {key!r}")
    value = data[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise SystemDataError(system_id, f"{key!r} must be {kind}, not {type(value).__name__}")
    return value


def _string_map(system_id: str, data: Mapping[str, Any], key: str) -> tuple[tuple[str, str], ...]:
    value = data.get(key, {})
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise SystemDataError(system_id, f"{key!r} must map strings to strings")
    return tuple(value.items())


_TABLE_KEYS = frozenset({"letters", "rules", "patterns", "title", "comment"})
_RULE_KEYS = frozenset(
    {"match", "out", "after", "not_after", "before", "not_before", "when", "note"}
)
_SYSTEM_KEYS = frozenset(
    {
        "id",
        "title",
        "lang",
        "source",
        "version",
        "reversible",
        "options",
        "notes",
        "to_latin",
        "to_cyrillic",
        "samples",
    }
)


def _parse_table(system_id: str, data: Any, where: str) -> Table:
    if not isinstance(data, dict):
        raise SystemDataError(system_id, f"{where} must be an object")
    unknown = set(data) - _TABLE_KEYS
    if unknown:
        raise SystemDataError(system_id, f"{where} has unknown keys {sorted(unknown)}")
    letters = _string_map(system_id, data, "letters")
    for char, _ in letters:
        if len(char) != 1 or char != char.lower():
            raise SystemDataError(
                system_id, f"{where}.letters keys must be single lowercase characters: {char!r}"
            )
    patterns = _string_map(system_id, data, "patterns")
    title = _string_map(system_id, data, "title")
    rules = []
    for i, item in enumerate(data.get("rules", [])):
        if not isinstance(item, dict) or set(item) - _RULE_KEYS:
            raise SystemDataError(system_id, f"{where}.rules[{i}] has unknown keys or is no object")
        if not isinstance(item.get("match"), str) or not isinstance(item.get("out"), str):
            raise SystemDataError(system_id, f"{where}.rules[{i}] needs string 'match' and 'out'")
        if not item["match"] or item["match"] != item["match"].lower():
            raise SystemDataError(
                system_id, f"{where}.rules[{i}].match must be non-empty lowercase"
            )
        when = item.get("when", {})
        if not isinstance(when, dict):
            raise SystemDataError(system_id, f"{where}.rules[{i}].when must be an object")
        fields = {k: item.get(k, "") for k in ("after", "not_after", "before", "not_before")}
        if not all(isinstance(v, str) for v in fields.values()):
            raise SystemDataError(system_id, f"{where}.rules[{i}] contexts must be strings")
        rules.append(
            Rule(
                match=item["match"],
                out=item["out"],
                when=tuple(sorted(when.items())),
                note=str(item.get("note", "")),
                **fields,
            )
        )
    table = Table(letters=letters, rules=tuple(rules), patterns=patterns, title=title)
    _check_fragments(system_id, table, where)
    return table


def _check_fragments(system_id: str, table: Table, where: str) -> None:
    fragments = [p for _, p in table.patterns]
    for rule in table.rules:
        fragments += [rule.after, rule.not_after, rule.before, rule.not_before]
    for fragment in fragments:
        if _UNBOUNDED.search(fragment) or _CAPTURING.search(fragment):
            raise SystemDataError(
                system_id,
                f"{where}: context {fragment!r} uses unbounded repetition or a capturing group "
                "(contexts must stay linear-time)",
            )
        try:
            regex.compile(table.expand(fragment))
        except (regex.error, KeyError) as exc:
            raise SystemDataError(system_id, f"{where}: bad context {fragment!r}: {exc}") from None


def parse_system(data: Any, *, expected: tuple[str, str] | None = None) -> System:
    """Build a :class:`System` from the decoded JSON of a data file, checking its schema.

    Raises :class:`~belnews.errors.SystemDataError` naming the first problem found.
    """
    system_id = data.get("id", "?") if isinstance(data, dict) else "?"
    if not isinstance(data, dict):
        raise SystemDataError(system_id, "a system file must hold a JSON object")
    unknown = set(data) - _SYSTEM_KEYS
    if unknown:
        raise SystemDataError(system_id, f"unknown keys {sorted(unknown)}")
    system_id = _require(system_id, data, "id", str)
    lang = _require(system_id, data, "lang", str)
    if lang not in LANGS:
        raise SystemDataError(system_id, f"lang must be one of {LANGS}, not {lang!r}")
    if expected is not None and expected != (lang, system_id):
        raise SystemDataError(
            system_id, f"file name says {expected}, content says {(lang, system_id)}"
        )
    source = _require(system_id, data, "source", dict)
    if not all(isinstance(source.get(k), str) and source[k] for k in ("document", "url")):
        raise SystemDataError(system_id, "source needs non-empty 'document' and 'url'")
    options = data.get("options", {})
    if not isinstance(options, dict) or not all(isinstance(v, bool) for v in options.values()):
        raise SystemDataError(system_id, "options must map names to boolean defaults")
    notes = data.get("notes", [])
    if not isinstance(notes, list) or not all(isinstance(n, str) for n in notes):
        raise SystemDataError(system_id, "notes must be a list of strings")
    to_latin = _parse_table(system_id, _require(system_id, data, "to_latin", dict), "to_latin")
    to_cyrillic = None
    if "to_cyrillic" in data:
        to_cyrillic = _parse_table(system_id, data["to_cyrillic"], "to_cyrillic")
    samples = []
    for i, item in enumerate(_require(system_id, data, "samples", list)):
        if not isinstance(item, dict) or not all(
            isinstance(item.get(k), str) and item[k] for k in ("cyrillic", "latin", "source")
        ):
            raise SystemDataError(system_id, f"samples[{i}] needs 'cyrillic', 'latin', 'source'")
        sample_options = item.get("options", {})
        if not isinstance(sample_options, dict) or set(sample_options) - set(options):
            raise SystemDataError(system_id, f"samples[{i}] uses options the system lacks")
        samples.append(
            Sample(
                cyrillic=item["cyrillic"],
                latin=item["latin"],
                source=item["source"],
                options=tuple(sorted(sample_options.items())),
            )
        )
    if len(samples) < 12:
        raise SystemDataError(system_id, f"needs at least 12 samples, has {len(samples)}")
    system = System(
        id=system_id,
        title=_require(system_id, data, "title", str),
        lang=lang,
        reversible=_require(system_id, data, "reversible", bool),
        source=Source(document=source["document"], url=source["url"]),
        version=_require(system_id, data, "version", str),
        samples=tuple(samples),
        rules=Rules(to_latin=to_latin, to_cyrillic=to_cyrillic),
        options=tuple(options.items()),
        notes=tuple(notes),
    )
    _check_alphabet(system)
    return system


def _check_outputs_are_final(system: System, table: Table, where: str) -> None:
    """Rule values are final: the letter table (applied after the rules) must not touch them."""
    keys = {char for char, _ in table.letters}
    for rule in table.rules:
        clash = keys.intersection(rule.out)
        if clash:
            raise SystemDataError(
                system.id,
                f"{where}: the value {rule.out!r} of rule {rule.match!r} contains "
                f"{''.join(sorted(clash))!r}, which the letter table would convert again",
            )


def _check_alphabet(system: System) -> None:
    """Latin output holds no Cyrillic; every letter of the language has a value."""
    table = system.rules.to_latin
    _check_outputs_are_final(system, table, "to_latin")
    if system.rules.to_cyrillic is not None:
        _check_outputs_are_final(system, system.rules.to_cyrillic, "to_cyrillic")
    outputs = [out for _, out in table.letters] + [r.out for r in table.rules]
    outputs += [out for _, out in table.title]
    for out in outputs:
        if _CYRILLIC.search(out):
            raise SystemDataError(system.id, f"Latin output {out!r} contains a Cyrillic character")
    covered = {char for char, _ in table.letters}
    missing = [c for c in ALPHABETS[system.lang] if c not in covered]
    if missing:
        raise SystemDataError(system.id, f"no value for the letters {''.join(missing)}")
    for char, _ in table.letters:
        if not _CYRILLIC.match(char):
            raise SystemDataError(system.id, f"to_latin letter {char!r} is not Cyrillic")
    reverse = system.rules.to_cyrillic
    if reverse is not None:
        outputs = [out for _, out in reverse.letters] + [r.out for r in reverse.rules]
        for out in outputs:
            if _LATIN_LETTER.search(out):
                raise SystemDataError(system.id, f"Cyrillic output {out!r} contains a Latin letter")


def validate_samples(system: System) -> None:
    """Raise :class:`SystemDataError` if the rules do not reproduce every sample of ``system``."""
    from belnews.translit import transliterate_with  # the engine; imported late (it imports us)

    for sample in system.samples:
        got = transliterate_with(system, sample.cyrillic, dict(sample.options))
        if got != sample.latin:
            raise SystemDataError(
                system.id,
                f"sample {sample.cyrillic!r} gives {got!r}, the source says {sample.latin!r} "
                f"({sample.source})",
            )
