"""The registry of romanization systems: finds, loads, validates and caches the system files.

Files are found by name (``<id>.json`` for Belarusian, ``ru-<id>.json`` for Russian) without being
read; a file is read, checked against the model (:func:`belnews.systems.parse_system`) and made to
reproduce its samples - on normalised text, the way :func:`belnews.to_latin` sees it - the first
time its system is asked for.  A broken file raises :class:`~belnews.errors.SystemDataError`
instead of quietly producing wrong spellings.

Ids are case-insensitive and forgiving about punctuation (``Passport``, ``BGN/PCGN``, ``iso 9``);
``ru:passport`` (the form :func:`belnews.variants` prints) names the language too, and each file
may list more ``aliases``.  An unknown id raises :class:`~belnews.errors.UnknownSystemError` with
the closest known id.
"""

from __future__ import annotations

import difflib
import functools
import json
import os
import re
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

from belnews._translit import transliterate
from belnews.errors import ConfigError, SystemDataError, UnknownSystemError, ensure_str
from belnews.normalize import normalize
from belnews.systems import LANGS, Lang, System, parse_system

__all__ = ["get_system", "load_file", "resolve", "system_ids", "validate_samples"]

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
_NOT_ALNUM = re.compile(r"[\W_]+")
_LANG_PREFIX = re.compile(r"(be|ru)\s*:\s*(.*)", re.IGNORECASE | re.DOTALL)


def _directory() -> Traversable:
    return resources.files("belnews").joinpath("data").joinpath("systems")


@functools.cache
def _index() -> dict[tuple[Lang, str], str]:
    """(lang, id) -> file name, from the names of the packaged data files (no file is parsed)."""
    found: dict[tuple[Lang, str], str] = {}
    for entry in _directory().iterdir():
        name = entry.name
        if not name.endswith(".json") or name.endswith(".schema.json"):
            continue
        stem = name[: -len(".json")]
        lang: Lang = "be"
        system_id = stem
        for other in LANGS[1:]:
            if stem.startswith(other + "-"):
                lang, system_id = other, stem[len(other) + 1 :]
        found[(lang, system_id)] = name
    return found


def _squeeze(name: str) -> str:
    """The comparable form of an id or alias: case-folded, without spaces or punctuation."""
    return _NOT_ALNUM.sub("", name.casefold())


@functools.cache
def _aliases() -> dict[str, tuple[tuple[Lang, str], ...]]:
    """Squeezed id or alias -> the (lang, id) pairs it names.  Reads only the ``aliases`` key of
    each file, on the first id that is not exact."""
    names: dict[str, list[tuple[Lang, str]]] = {}
    for (lang, system_id), file_name in _index().items():
        spellings = {system_id}
        data = json.loads(_directory().joinpath(file_name).read_text("utf-8"))
        aliases = data.get("aliases", []) if isinstance(data, dict) else []
        spellings.update(a for a in aliases if isinstance(a, str))
        for spelling in spellings:
            names.setdefault(_squeeze(spelling), []).append((lang, system_id))
    return {
        key: tuple(sorted(set(value), key=lambda p: LANGS.index(p[0])))
        for key, value in names.items()
    }


def _order(system_id: str) -> tuple[int, str]:
    if system_id in _PREFERRED_ORDER:
        return (_PREFERRED_ORDER.index(system_id), system_id)
    return (len(_PREFERRED_ORDER), system_id)


def system_ids(*, lang: Lang | None = "be") -> tuple[str, ...]:
    """The ids of the registered systems for one language; Belarusian by default.

    Every id returned works as the ``system`` of :func:`belnews.to_latin` for text of that
    language, so a loop over ``system_ids()`` never meets a Russian-only table on Belarusian text.
    ``lang=None`` lists every table of both languages, the Russian ones as ``ru:id`` (the form
    :func:`belnews.variants` prints and every function accepts).

    >>> system_ids()[:4]
    ('lacinka', 'passport', 'bgn-pcgn', 'national-2007')
    >>> system_ids(lang="ru")[:2], system_ids(lang=None)[-1].startswith("ru:")
    (('passport', 'bgn-pcgn'), True)
    """
    if lang is not None and lang not in LANGS:
        raise ConfigError(f"lang must be one of {LANGS} or None, not {lang!r}")
    if lang is None:
        return system_ids(lang="be") + tuple(f"ru:{sid}" for sid in system_ids(lang="ru"))
    return tuple(sorted((sid for (lng, sid) in _index() if lng == lang), key=_order))


def resolve(system_id: str, /, *, lang: Lang | None = None) -> tuple[Lang, str]:
    """The (lang, id) a system name stands for: exact ids, case-insensitive ids, ``ru:id`` and
    the aliases of the files.  ``lang=None`` takes the language from a ``ru:``/``be:`` prefix,
    else Belarusian where the system exists for both, else its only language.

    >>> resolve("BGN/PCGN")
    ('be', 'bgn-pcgn')
    >>> resolve("ru:passport")
    ('ru', 'passport')
    """
    ensure_str(system_id, "system_id")
    if lang is not None and lang not in LANGS:
        raise ConfigError(f"lang must be one of {LANGS} or None, not {lang!r}")
    name = system_id.strip()
    prefixed = _LANG_PREFIX.fullmatch(name)
    if prefixed:
        prefix: Lang = "ru" if prefixed[1].lower() == "ru" else "be"
        if lang is not None and lang != prefix:
            raise ConfigError(f"{system_id!r} names lang={prefix!r}, but lang={lang!r} was given")
        lang, name = prefix, prefixed[2].strip()
    index = _index()
    exact = [(lng, name) for lng in LANGS if (lng, name) in index]
    found = exact or list(_aliases().get(_squeeze(name), ()))
    matching = [pair for pair in found if lang is None or pair[0] == lang]
    if matching:
        return matching[0]
    raise _unknown(system_id, lang, found)


def _unknown(
    system_id: str, lang: Lang | None, elsewhere: list[tuple[Lang, str]]
) -> UnknownSystemError:
    known = system_ids(lang=lang)
    suggestion: str | None = None
    if elsewhere:  # the system exists, for the other language
        other, real_id = elsewhere[0]
        suggestion = f"{other}:{real_id} (lang={other!r})"
    else:
        names = {_squeeze(sid): sid for sid in known}
        for alias, pairs in _aliases().items():
            names.setdefault(alias, pairs[0][1])
        close = difflib.get_close_matches(_squeeze(system_id), list(names), n=1, cutoff=0.6)
        suggestion = repr(names[close[0]]) if close else None
    return UnknownSystemError(system_id, known=known, lang=lang, suggestion=suggestion)


def get_system(system_id: str, /, *, lang: Lang | None = None) -> System:
    """The :class:`~belnews.systems.System` named ``system_id`` (see :func:`resolve`).

    ``lang`` is ``"be"``, ``"ru"`` or ``None`` (the language of a ``ru:`` prefix, else Belarusian
    where the system has both, else its only language: ``"wikipedia"`` is Russian-only).  A
    system that does not exist for an explicit ``lang`` raises
    :class:`~belnews.errors.UnknownSystemError` naming the language it exists for - never another
    language's table in silence.  ``lang="auto"`` is a :class:`~belnews.errors.ConfigError`: a
    system table belongs to one language, and only :func:`belnews.to_latin` decides per word.

    >>> get_system("Passport").id
    'passport'
    """
    if lang == "auto":  # type: ignore[comparison-overlap]
        raise ConfigError(
            "get_system needs lang='be', lang='ru' or None: a table belongs to one language "
            "('auto' decides word by word, which only to_latin does)"
        )
    return _load(*resolve(system_id, lang=lang))


@functools.cache
def _load(lang: Lang, system_id: str) -> System:
    name = _index()[(lang, system_id)]
    return _parse(_directory().joinpath(name).read_text("utf-8"), name, (lang, system_id))


def _parse(raw: str, name: str, expected: tuple[str, str] | None) -> System:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        system_id = expected[1] if expected else name
        raise SystemDataError(system_id, f"{name} is not valid JSON: {exc}") from None
    system = parse_system(data, expected=expected)
    validate_samples(system)
    return system


def load_file(path: str | os.PathLike[str], /) -> System:
    """A system file outside the package - a table being written or corrected - read and checked
    exactly as the packaged ones are (schema, alphabet, contexts, samples on normalised text).

    Not cached and not registered: pass the result to :func:`belnews.translit.transliterate`.
    Raises :class:`~belnews.errors.SystemDataError` naming the first problem found.
    """
    file = Path(path)
    return _parse(file.read_text("utf-8"), file.name, None)


def validate_samples(system: System) -> None:
    """Raise :class:`SystemDataError` if the rules do not reproduce every sample of ``system``.

    The sample's Cyrillic is normalised first, as :func:`belnews.to_latin` does with any text.
    """
    for sample in system.samples:
        got = transliterate(normalize(sample.cyrillic), system, dict(sample.options))
        if got != sample.latin:
            raise SystemDataError(
                system.id,
                f"sample {sample.cyrillic!r} gives {got!r}, the source says {sample.latin!r} "
                f"({sample.source})",
            )
