"""Running a compiled system: the engine cache, option checks and the paths a text takes."""

from __future__ import annotations

from collections.abc import Mapping

from belnews._translit.engine import Engine, compile_table
from belnews.errors import ConfigError, UntransliterableError
from belnews.systems import Direction, Errors, System
from belnews.text import nfc

__all__ = ["ERRORS", "ORTHOGRAPHIES", "apply", "apply_unusual", "engine_for", "resolve_options"]

ERRORS: tuple[Errors, ...] = ("strict", "keep", "replace", "ignore")
ORTHOGRAPHIES = ("narkamauka", "taraskievica")

# Letters a Russian table lacks, read as the Russian letter they were typed for: the normaliser
# turns a Latin i inside a Cyrillic word into Belarusian і (Васiльева), which in a Russian name
# stands for и.  A Russian table that has і (ALA-LC, pre-1918 spelling) keeps its own value.
_EQUIVALENTS: Mapping[str, Mapping[str, str]] = {"ru": {"і": "и"}, "be": {}}

Options = tuple[tuple[str, object], ...]

# Compiled engines by (lang, id, version, direction, options), each with the System it was
# compiled from: a hit counts only for that very object, so a table built in a test under a
# reused id never picks up a stale engine.  Filled on first use; a few dozen small objects.
_ENGINES: dict[tuple[str, str, str, str, Options], tuple[System, Engine]] = {}


def engine_for(system: System, direction: Direction, options: Options) -> Engine:
    """The compiled engine of one direction of ``system`` for checked ``options`` (cached)."""
    key = (system.lang, system.id, system.version, direction, options)
    hit = _ENGINES.get(key)
    if hit is not None and hit[0] is system:
        return hit[1]
    if direction == "to_latin":
        engine = compile_table(
            system.rules.to_latin,
            dict(options),
            "cyrillic",
            equivalents=_EQUIVALENTS[system.lang],
        )
    else:
        table = system.rules.to_cyrillic
        if table is None:
            raise ConfigError(f"{system.id!r} ({system.lang}) has no rules for to_cyrillic")
        engine = compile_table(table, dict(options), "latin")
    _ENGINES[key] = (system, engine)
    return engine


def resolve_options(
    system: System, options: Mapping[str, object], direction: Direction = "to_latin"
) -> Options:
    """The system's option defaults updated with ``options``, checked, as a sorted tuple."""
    defaults: dict[str, object] = dict(system.options)
    if direction == "to_cyrillic":
        orthography = options.get("orthography")
        if orthography not in ORTHOGRAPHIES:
            raise ConfigError(f"orthography must be one of {ORTHOGRAPHIES}, not {orthography!r}")
        defaults["orthography"] = orthography
        options = {k: v for k, v in options.items() if k != "orthography"}
    unknown = set(options) - set(defaults)
    if unknown:
        raise ConfigError(
            f"{system.id!r} has no option {sorted(unknown)[0]!r}; "
            f"its options are: {', '.join(dict(system.options)) or 'none'}"
        )
    for name, value in options.items():
        if not isinstance(value, bool):
            raise ConfigError(f"option {name!r} must be True or False, not {value!r}")
    defaults.update(options)
    return tuple(sorted(defaults.items()))


def apply(engine: Engine, system: System, text: str, original: str, errors: str) -> str:
    """Transliterate normalised ``text``; ``original`` is what the caller gave (for errors)."""
    # The common case - nothing unusual in the text - costs one or two searches and the fast path.
    if engine.prefilter is not None and engine.prefilter.search(text) is None:
        return text.translate(engine.table)
    if engine.attention.search(text) is None:
        return engine.plain(text)
    return apply_unusual(engine, system, text, original, errors)


def apply_unusual(engine: Engine, system: System, text: str, original: str, errors: str) -> str:
    """``text`` has accents, letters the table lacks or capitals inside words."""
    accents = engine.decomposable is not None and engine.decomposable.search(text) is not None
    if accents:
        text = text.translate(engine.decompose)
    if engine.unsupported is not None:
        bad = engine.unsupported.search(text)
        if bad is not None:
            if errors == "strict":
                char = bad[0]
                index = original.find(char)
                raise UntransliterableError(char, index if index >= 0 else bad.start(), system.id)
            if errors == "replace":
                text = engine.unsupported.sub("?", text)
            elif errors == "ignore":
                text = engine.unsupported.sub("", text)
    if accents:  # the stress marks split off above recompose with their new letters
        return nfc(engine.run(text))  # linear time on any run of combining marks
    return engine.run(text)


def transliterate(
    text: str,
    system: System,
    options: Mapping[str, object] | None = None,
    *,
    errors: Errors = "strict",
    direction: Direction = "to_latin",
) -> str:
    """Run one direction of ``system``'s rules on ``text`` exactly as given (no normalisation)."""
    engine = engine_for(system, direction, resolve_options(system, options or {}, direction))
    return apply(engine, system, text, text, errors)
