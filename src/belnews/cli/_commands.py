"""Every subcommand, declared once: its help, its options, what it reads and which handler runs it.

The parser (``_parser.py``) is built from this table and the dispatcher (``_main.py``) imports
the handler named here only when the subcommand runs, so ``belnews --help`` loads no library
code and a subcommand pays only for what it uses.
"""

from __future__ import annotations

import datetime
import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from belnews.cli import _help

Handler = Callable[[Any], int]
InputKind = Literal["text", "documents", "none"]


@dataclass(frozen=True)
class Arg:
    """One option: argparse's flags and keyword arguments, as data."""

    flags: tuple[str, ...]
    options: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class OneOf:
    """Options that exclude each other (an argparse mutually exclusive group)."""

    args: tuple[Arg, ...]


@dataclass(frozen=True)
class Command:
    """A subcommand: ``handler`` is ``"module:function"`` under ``belnews.cli``."""

    name: str
    summary: str
    description: str
    epilog: str
    handler: str
    inputs: InputKind = "text"
    metavar: str = "TEXT"
    text_help: str = "text to work on (the words are joined with spaces)"
    input_help: str = "a file, or a directory (its .txt files); '-' is stdin; repeat for several"
    json_help: str = ""
    options: tuple[Arg | OneOf, ...] = ()

    def load(self) -> Handler:
        module, function = self.handler.split(":")
        handler: Handler = getattr(importlib.import_module(f"belnews.cli.{module}"), function)
        return handler


def iso_date(value: str) -> datetime.date:
    """A ``YYYY-MM-DD`` option value (argparse reports a ValueError as bad usage)."""
    return datetime.date.fromisoformat(value)


iso_date.__name__ = "date in YYYY-MM-DD form"  # how argparse names the type in its message

# MatchKind's names above NO_MATCH, weakest first (a test checks them against the enum).
MATCH_KINDS = ["FUZZY", "PHONETIC", "CROSS_LANGUAGE", "TRANSLIT", "NORMALIZED", "EXACT"]

SYSTEM_HELP = (
    "romanization system (default: lacinka; `belnews systems` lists them; ru:ID selects a "
    "Russian system, as `belnews variants` prints it)"
)

COMMANDS: tuple[Command, ...] = (
    Command(
        "normalize",
        "fix Unicode noise: apostrophes, look-alike letters, invisible characters, spaces",
        "Normalise text (NFC, one apostrophe, Latin/Cyrillic look-alikes, invisible characters, "
        "exotic spaces), line by line.",
        _help.NORMALIZE,
        "_text:run_normalize",
        input_help="read this file or directory (its .txt files); repeat for several",
        json_help="output: the normalised line; steps: the fixers that changed it",
        options=(
            OneOf(
                (
                    Arg(
                        ("--explain",),
                        {"action": "store_true", "help": "say on stderr which fixers changed what"},
                    ),
                    Arg(("--json",), {"action": "store_true"}),
                )
            ),
        ),
    ),
    Command(
        "latin",
        "romanize Cyrillic text (Łacinka, national, BGN/PCGN, ISO 9, passport, ...)",
        "Romanize Belarusian (or Russian) Cyrillic text with one system.",
        _help.LATIN,
        "_text:run_latin",
        json_help="output: the romanized line; system, lang",
        options=(
            Arg(("-s", "--system"), {"default": "lacinka", "help": SYSTEM_HELP}),
            Arg(
                ("--lang",),
                {
                    "choices": ["be", "ru", "auto"],
                    "help": "language of the text; auto decides per word (default: be, or the "
                    "system's only language)",
                },
            ),
            Arg(
                ("--no-assimilation",),
                {
                    "dest": "assimilation",
                    "action": "store_false",
                    "help": "lacinka only: no soft-consonant assimilation (Sviatłana)",
                },
            ),
            Arg(
                ("--errors",),
                {
                    "default": "strict",
                    "choices": ["strict", "keep", "replace", "ignore"],
                    "help": "a letter the system cannot render: fail (default), keep, ? or drop",
                },
            ),
        ),
    ),
    Command(
        "cyrillic",
        "read romanized text back into Belarusian Cyrillic",
        "Convert Latin text written in one system back into Belarusian Cyrillic.",
        _help.CYRILLIC,
        "_text:run_cyrillic",
        json_help="output: the Cyrillic line; system, orthography",
        options=(
            Arg(("-s", "--system"), {"default": "lacinka", "help": "system of the text"}),
            Arg(
                ("--orthography",),
                {
                    "default": "narkamauka",
                    "choices": ["narkamauka", "taraskievica"],
                    "help": "official (narkamauka, default) or classical (taraskievica) spelling",
                },
            ),
            Arg(
                ("--no-assimilation",),
                {
                    "dest": "assimilation",
                    "action": "store_false",
                    "help": "lacinka only: text romanized without soft-consonant assimilation "
                    "(ś ź ć ń dź are read with ь wherever they stand)",
                },
            ),
        ),
    ),
    Command(
        "key",
        "the matching key of a name: one key for every spelling of one name",
        "Print the matching key of a name: every spelling of one name (script, romanization, "
        "language, case, inflection) gives the same key. From stdin or files, one name per "
        "line, one key per line of output.",
        _help.KEY,
        "_text:run_key",
        metavar="NAME",
        text_help="the name (its words are joined with spaces)",
        json_help="output: the key; key_version",
    ),
    Command(
        "match",
        "compare names: same person? how linked, with a score (one pair, or a batch)",
        "Compare two names and say whether they are the same person, the kind of link (EXACT > "
        "NORMALIZED > TRANSLIT > CROSS_LANGUAGE > PHONETIC > FUZZY > NO_MATCH), a score in [0, 1] "
        "and what linked them. Quote a name of several words.",
        _help.MATCH,
        "_names:run_match",
        metavar="NAME",
        text_help="two names; none (or '-') reads pairs from stdin",
        input_help="read pairs from this file (TSV or JSON Lines) or directory; repeat for several",
        json_help="input: [a, b]; output: true when they match; kind, score, via",
        options=(
            Arg(
                ("--min-kind",),
                {
                    "type": str.upper,
                    "default": "PHONETIC",
                    "choices": MATCH_KINDS,
                    "metavar": "KIND",
                    "help": "the weakest link accepted as a match (default: PHONETIC; FUZZY also "
                    "accepts near spellings)",
                },
            ),
        ),
    ),
    Command(
        "variants",
        "a name in every romanization, and its Russian form",
        "Print a name's spelling in every romanization system: for a Cyrillic name each "
        "Belarusian system, then, where derivable, the Russian form and its systems (ru:...); "
        "for a Latin name its Cyrillic reading first.",
        _help.VARIANTS,
        "_text:run_variants",
        metavar="NAME",
        text_help="the name (its words are joined with spaces)",
        json_help="output: {system id: spelling}",
    ),
    Command(
        "names",
        "find person names in running text, with base forms and keys",
        "Find person names in running text in English, Łacinka, Belarusian or Russian, line by "
        "line. Each line of output: FILE:LINE:COLUMN, the name as written, its base form "
        "(nominative) and its matching key, separated by tabs.",
        _help.NAMES,
        "_names:run_names",
        input_help="read this file or directory (its .txt files); repeat for several",
        json_help="input: the name as written; output: its base form; start, end, key",
    ),
    Command(
        "people",
        "the people named across many articles, each once, in Cyrillic, Łacinka and passport",
        "Find every person named in a set of articles and group the mentions of one person "
        "(any spelling, script or case form) into one row.",
        _help.PEOPLE,
        "_names:run_people",
        inputs="documents",
        text_help="the text of one article",
        input_help="an article file, a directory of them, or JSON Lines from `belnews parse`",
        json_help="output: the Cyrillic name; id, lacinka, passport, mention_count, documents",
    ),
    Command(
        "parse",
        "parse news articles (text or HTML) into JSON: headline, dateline, quotes, names",
        "Parse news articles, given as plain text or HTML (detected), into one JSON object "
        "per article (JSON Lines). Directories are searched for .txt, .text, .html, .htm and "
        ".xhtml files; a file that fails does not stop the others.",
        _help.PARSE,
        "_news:run_parse",
        inputs="documents",
        text_help="the text of one article",
        input_help="an article file or a directory of them; repeat for several",
        json_help="output: the article (the default output; for symmetry)",
        options=(
            Arg(("--pretty",), {"action": "store_true", "help": "indent each JSON object"}),
            Arg(("--url",), {"help": "the article's URL (one input only); may complete the date"}),
            Arg(
                ("--reference-date",),
                {
                    "type": iso_date,
                    "metavar": "YYYY-MM-DD",
                    "help": "completes a dateline without a year to the latest such date before",
                },
            ),
            OneOf(
                (
                    Arg(
                        ("--names",),
                        {
                            "action": "store_true",
                            "help": "print the people each article names, in every romanization",
                        },
                    ),
                    Arg(
                        ("--no-names",),
                        {
                            "action": "store_true",
                            "help": "skip the person steps (names, quotes): body and metadata, "
                            "about 1.5x faster",
                        },
                    ),
                )
            ),
        ),
    ),
    Command(
        "systems",
        "list the romanization systems with their titles and sources",
        "List every romanization system: id, language, reversibility, title, source.",
        _help.SYSTEMS,
        "_news:run_systems",
        inputs="none",
        json_help="input: the id; output: the title; lang, reversible, version, source, options",
        options=(
            Arg(
                ("--lang",),
                {"choices": ["be", "ru"], "help": "only the systems for this language"},
            ),
        ),
    ),
)

BY_NAME: dict[str, Command] = {command.name: command for command in COMMANDS}
