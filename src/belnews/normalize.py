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
from collections.abc import Callable, Iterable
from typing import NamedTuple

import attrs

from belnews._fixers import (
    _HAS_CYRILLIC,
    _NFC_CHUNK,
    _is_nfc,
    _is_nfc_short,
    fix_apostrophes,
    fix_caron,
    fix_lookalikes,
    fix_spaces,
    nfc,
    remove_invisible,
)
from belnews.errors import ConfigError, ensure_str
from belnews.text import (
    APOSTROPHES,
    CANONICAL_APOSTROPHES,
    CARON_TO_BREVE,
    EXOTIC_SPACES,
    INVISIBLES,
    LATIN,
    ROMAN_CYRILLIC,
    char_class,
)

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
    if value not in CANONICAL_APOSTROPHES:
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
        "remove_invisible": INVISIBLES,
        "fix_spaces": EXOTIC_SPACES,
        "fix_caron": "".join(CARON_TO_BREVE),
    }
    anywhere = "".join(targets[name] for name in names if name in targets)
    with_cyrillic = ""
    if "fix_apostrophes" in names:
        with_cyrillic += char_class(APOSTROPHES.replace(config.apostrophe, ""))[1:-1]
    lookalikes = "fix_lookalikes" in names
    if lookalikes:
        with_cyrillic += LATIN
    not_roman = (char_class(anywhere)[1:-1] if anywhere else "") + with_cyrillic
    if lookalikes:
        # І/Х count only when another follows ("ІІ", "ХІ"), so the conjunction "І" at the start
        # of a line does not fail the fast path.  One leading character class keeps the search
        # at C speed (the engine skips ahead to a character of the class).
        roman = ROMAN_CYRILLIC
        quick = f"[{not_roman}{roman}](?:(?<=[{roman}])(?=[{roman}])|(?<![{roman}]))"
    else:
        quick = f"[{not_roman}]" if not_roman else "(?!)"
    return _Plan(
        fixers=tuple((name, fixers[name]) for name in names),
        nfc="nfc" in names,
        quick=re.compile(quick),
        anywhere=frozenset(anywhere),
        anywhere_search=re.compile(char_class(anywhere)).search if anywhere else None,
        roman=frozenset(ROMAN_CYRILLIC if lookalikes else ""),
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
    nfc_ok = not plan.nfc or (_is_nfc_short(text) if len(text) <= _NFC_CHUNK else _is_nfc(text))
    if nfc_ok:
        match = plan.quick.search(text)
        if match is None or not _second_look(text, plan, match):
            return text
    if len(text) > _NFC_CHUNK and "\n" in text:
        # No fixer looks across a line feed, so the lines of a long text can be normalised one
        # by one with the same result: most take the fast path, and only the others are fixed.
        return "\n".join([_normalize_line(line, plan, nfc_ok) for line in text.split("\n")])
    return _fix_until_stable(text, plan, None)


def _normalize_line(line: str, plan: _Plan, nfc_ok: bool) -> str:
    """Normalise one line of a long text (see :func:`normalize`).  ``nfc_ok``: the whole text
    is known to need no NFC work, so neither does any of its lines (a line feed composes with
    nothing: NFC of the text is NFC of its lines, joined), and the check is not made again."""
    if line.isascii():
        return line
    if nfc_ok:
        if not _second_look(line, plan, plan.quick.search(line)):
            return line
    elif not _needs_work(line, plan):
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
