"""The fuzz suite (issue 15): every public function over arbitrary Unicode, domain properties,
growth ratios on hostile inputs, and a watchdog so that no input hangs the suite.

- **Totality**: each public function, given any ``str`` (lone surrogates included), noisy text
  or a hostile repetition, returns - or raises only a documented error (a ``BelnewsError``).
- **Domain properties**: ``normalize`` is idempotent; ``to_latin``/``to_cyrillic`` round-trip
  generated Belarusian words for every system that claims it (``System.reversible``), except
  the losses its data documents (``System.lossy``); ``match_names`` is reflexive and symmetric;
  ``name_key(to_latin(x, s)) == name_key(x)`` for every Belarusian system on generated names.
- **Growth**: for each function and each hostile input shape, the time at 4n is at most 6x the
  time at n, measured in this run (``tests/timing.py``).
- **Watchdog**: every call runs under a per-call alarm (``WATCHDOG_S``); a call that outlives it
  fails its test with the input, instead of hanging the suite.

Hypothesis runs with the profile of ``tests/conftest.py`` ("ci" in CI: fixed, derandomised).
"""

from __future__ import annotations

import contextlib
import datetime
import functools
import io
import itertools
import signal
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any
from unittest import mock

import pytest
import regex
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import belnews
from belnews import BelnewsError
from by_path import load_module
from strategies import (
    any_str,
    belarusian_names,
    belarusian_words,
    hostile_repetition,
    noisy_text,
)
from timing import assert_linear

WATCHDOG_S = 10.0  #: seconds one call may take on a fuzzed input before it counts as a hang
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))


def _load_bench() -> ModuleType:
    """benchmarks/bench_hostile.py: its input shapes and name index are the fuzz suite's too."""
    path = Path(__file__).resolve().parent.parent / "benchmarks" / "bench_hostile.py"
    return load_module("bench_hostile", path)


_BENCH = _load_bench()
BE_SYSTEMS = belnews.system_ids(lang="be")
RU_SYSTEMS = belnews.system_ids(lang="ru")


class Hang(AssertionError):
    """A call outlived the watchdog."""


@contextlib.contextmanager
def watchdog(seconds: float, what: str) -> Iterator[None]:
    """Fail (raise :class:`Hang`) if the block runs longer than ``seconds`` (main thread)."""

    def expired(signum: int, frame: object) -> None:
        raise Hang(f"{what} ran longer than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def guarded(fn: Callable[[str], object], text: str, name: str) -> object:
    """``fn(text)`` under the watchdog; a documented error (BelnewsError) is an answer too."""
    with watchdog(WATCHDOG_S, f"{name}({text[:60]!r}…)"):
        try:
            return fn(text)
        except BelnewsError as error:
            return error


# --- the public functions, each as a function of one string ----------------------------------


def _index() -> belnews.NameIndex:
    """Every name of tests/data/name_variants.tsv (1,667): an index of realistic size."""
    index: belnews.NameIndex = _BENCH._index()
    return index


def _lookup(text: str) -> object:
    return _index().lookup(text)


def _resolve(text: str) -> object:
    return belnews.resolve([text])


def _all_systems(convert: Callable[..., str], systems: tuple[str, ...], **options: Any) -> Any:
    """One string through every system: a documented refusal of one system is an answer."""

    def run(text: str) -> list[object]:
        out: list[object] = []
        for system in systems:
            try:
                out.append(convert(text, system, **options))
            except BelnewsError as error:
                out.append(error)
        return out

    return run


FUNCTIONS: dict[str, Callable[[str], object]] = {
    "normalize": belnews.normalize,
    "normalize_and_explain": belnews.normalize_and_explain,
    "apply_steps": lambda t: belnews.apply_steps(t, ("nfc", "fix_lookalikes", "fix_caron")),
    "detect_script": belnews.detect_script,
    "to_latin[lacinka]": functools.partial(belnews.to_latin, system="lacinka", errors="keep"),
    "to_latin[every be system]": _all_systems(belnews.to_latin, BE_SYSTEMS, errors="keep"),
    "to_latin[strict]": belnews.to_latin,
    "to_latin[every ru system]": _all_systems(belnews.to_latin, RU_SYSTEMS, lang="ru"),
    "to_cyrillic[lacinka]": functools.partial(belnews.to_cyrillic, system="lacinka"),
    "to_cyrillic[every system]": _all_systems(belnews.to_cyrillic, BE_SYSTEMS),
    "name_key": belnews.name_key,
    "match_names": lambda t: belnews.match_names(t, "Аляксандр Лукашэнка"),
    "variants": belnews.variants,
    "base_form": belnews.base_form,
    "find_names": belnews.find_names,
    "parse_article": belnews.parse_article,
    "parse_article[date]": lambda t: belnews.parse_article(
        t, reference_date=datetime.date(1, 1, 1)
    ),
    "parse_teasers": belnews.parse_teasers,
    "NameIndex.lookup": _lookup,
    "resolve": _resolve,
}


def _returns(name: str, fn: Callable[[str], object], text: str) -> None:
    guarded(fn, text, name)  # returns, or raises a documented error, within the watchdog


@pytest.mark.parametrize("name", sorted(FUNCTIONS))
@FUZZ
@given(text=st.one_of(any_str, noisy_text, hostile_repetition()))
def test_total_over_any_string(name: str, text: str) -> None:
    _returns(name, FUNCTIONS[name], text)


_HTML_PIECES = [
    "<p>", "</p>", "<script>", "<style>", "<h1>", "<h2>A</h2>", "<li>", "<blockquote>",
    "<time>", "<nav>", "<figure>", "<form>", "<!--", "</", "<a ", "<div>", "December 2, 2024",
    "Minsk, Pozirk. ", "«", "»", "“", "”", "- Politics", "\n",
]  # fmt: skip
html_soup = st.lists(st.sampled_from(_HTML_PIECES) | st.text(max_size=8), max_size=40).map("".join)


@pytest.mark.parametrize("name", ["parse_article", "parse_article[date]", "parse_teasers"])
@FUZZ
@given(text=html_soup)
def test_news_readers_total_over_tag_soup(name: str, text: str) -> None:
    _returns(name, FUNCTIONS[name], text)


# --- domain properties ------------------------------------------------------------------------


@FUZZ
@given(st.one_of(any_str, noisy_text))
def test_normalize_is_idempotent(text: str) -> None:
    with watchdog(WATCHDOG_S, "normalize"):
        once = belnews.normalize(text)
        assert belnews.normalize(once) == once


REVERSIBLE = tuple(s for s in BE_SYSTEMS if belnews.get_system(s).reversible)
_LOSSY = {s: [regex.compile(x.pattern) for x in belnews.get_system(s).lossy] for s in BE_SYSTEMS}


@FUZZ
@given(word=belarusian_words(), capital=st.booleans())
def test_round_trip_where_the_system_claims_it(word: str, capital: bool) -> None:
    word = word.capitalize() if capital else word
    wrong = {}
    with watchdog(WATCHDOG_S, "round trip"):
        for system in REVERSIBLE:
            if any(p.search(belnews.normalize(word)) for p in _LOSSY[system]):
                continue  # a loss the system's data documents
            latin = belnews.to_latin(word, system)
            back = belnews.to_cyrillic(latin, system)
            if back != word:
                wrong[system] = (latin, back)
    assert wrong == {}, (word, wrong)


@FUZZ
@given(name=st.one_of(belarusian_names(), any_str))
def test_match_names_is_reflexive(name: str) -> None:
    assume(belnews.names.name_parts(name))  # a string with no part of a name matches nothing
    with watchdog(WATCHDOG_S, "match_names"):
        assert belnews.match_names(name, name).is_match, name


@FUZZ
@given(a=st.one_of(belarusian_names(), noisy_text), b=st.one_of(belarusian_names(), noisy_text))
def test_match_names_is_symmetric(a: str, b: str) -> None:
    with watchdog(WATCHDOG_S, "match_names"):
        ab, ba = belnews.match_names(a, b), belnews.match_names(b, a)
    assert (ab.is_match, ab.kind) == (ba.is_match, ba.kind), (a, b)


@FUZZ
@given(name=belarusian_names())
def test_name_key_is_the_same_in_every_system(name: str) -> None:
    with watchdog(WATCHDOG_S, "name_key"):
        key = belnews.name_key(name)
        wrong = {
            system: latin
            for system in BE_SYSTEMS
            if belnews.name_key(latin := belnews.to_latin(name, system)) != key
        }
    assert wrong == {}, (name, key, wrong)


# --- growth ratios on hostile inputs -------------------------------------------------------------

# Input shapes that made some function super-linear (issue 15), as functions of a size n.
# Input shapes that made some function super-linear (issue 15), as functions of a size n: the
# same table as the hostile-input benchmark, which the docs' table comes from.
HOSTILE: dict[str, Callable[[int], str]] = _BENCH.SHAPES

TEXT_FUNCTIONS = ["normalize", "detect_script", "to_latin[lacinka]", "to_cyrillic[lacinka]"]
NAME_FUNCTIONS = ["name_key", "variants", "base_form", "match_names", "NameIndex.lookup"]
NEWS_FUNCTIONS = ["find_names", "parse_article", "parse_teasers"]
TEXT_SHAPES = ["iso9-caron", "caron-q", "alternating-marks", "one-letter-word", "sentences"]
NAME_SHAPES = ["one-letter-word", "capitalised-words", "sentences", "alternating-marks"]
NEWS_SHAPES = [
    "capitalised-words",
    "sentences",
    "initials",
    "unclosed-quotes",
    "categories",
    "alternating-marks",
]
HTML_SHAPES = ["nested-markup", "unclosed-attrs", "comments", "end-tags", "script-in-p"]

CASES = (
    [(f, s) for f in TEXT_FUNCTIONS for s in TEXT_SHAPES]
    + [(f, s) for f in NAME_FUNCTIONS for s in NAME_SHAPES]
    + [(f, s) for f in NEWS_FUNCTIONS for s in NEWS_SHAPES]
    + [("parse_article", s) for s in HTML_SHAPES]
)


@pytest.mark.parametrize(("name", "shape"), CASES)
def test_hostile_input_grows_linearly(name: str, shape: str) -> None:
    fn = FUNCTIONS[name]
    fresh = itertools.count()

    def call(text: str) -> Any:
        # A new prefix per call: many functions cache their answers, and a cached answer would
        # time the cache, not the function.
        return guarded(fn, f"{next(fresh)} {text}", name)

    # n starts small and doubles until one call takes 20 ms (tests/timing.py); the watchdog
    # bounds a super-linear function's last, largest call.
    with watchdog(60, f"growth of {name} on {shape}"):
        assert_linear(call, HOSTILE[shape], 256, max_n=1 << 17, repeats=2)


# --- the command line: every subcommand over arbitrary text, in-process ---------------------------

CLI_COMMANDS = ["normalize", "latin", "cyrillic", "key", "match", "variants", "names", "parse"]


def _names_a_path(text: str) -> bool:
    try:
        return bool(text) and Path(text).exists()
    except (OSError, ValueError):  # a name too long, or with a NUL: no path
        return False


def _run_cli(argv: list[str]) -> tuple[int, str]:
    from belnews.cli import main

    out, err = io.StringIO(), io.StringIO()
    with (
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
        mock.patch.object(sys, "stdin", io.StringIO("")),
        watchdog(WATCHDOG_S, f"belnews {argv!r}"),
    ):
        code = main(argv)
    return code, err.getvalue()


@pytest.mark.parametrize("command", CLI_COMMANDS)
@settings(FUZZ, max_examples=25)
@given(text=st.one_of(noisy_text, st.text(), hostile_repetition()))
def test_every_subcommand_total_over_any_text(command: str, text: str) -> None:
    # A text argument after "--" is never bad usage: the command answers (0; 3 for a pair that
    # does not match) or reports a problem with the data in one line (1); it never raises.
    # The one documented exception (issue 14): a text argument that names an existing path is
    # refused as bad usage (2) with one line that points to -i.
    args = [text, "Аляксандр Лукашэнка"] if command == "match" else [text]
    code, err = _run_cli([command, "--", *args])
    if _names_a_path(text):
        assert code == 2, (code, err)
        assert err.count("\n") == 1, err
        return
    assert code in ((0, 1, 3) if command == "match" else (0, 1)), (code, err)
    assert "Traceback" not in err


# --- the real pages: every reader over every shared page, within the watchdog ---------------------

PAGES = sorted((Path(__file__).parent / "data" / "news_pages").glob("*.txt"))


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_every_reader_on_the_real_pages(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    for name in ("normalize", "find_names", "parse_article", "parse_teasers", "to_latin[lacinka]"):
        guarded(FUNCTIONS[name], text, name)
