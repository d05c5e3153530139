"""Argument parsing only: the ``argparse`` parser, built from the table in ``_commands.py``.

Every subcommand gets the same input options (the one input rule: TEXT words, ``-i PATH``, or
stdin), ``-e`` for the input encoding, ``-o`` for the output file and ``--json``; TEXT and
``-i`` exclude each other, as do options a subcommand declares with ``OneOf``.
"""

from __future__ import annotations

import argparse
import textwrap
from typing import NoReturn

from belnews.cli import _help
from belnews.cli._commands import COMMANDS, Arg, Command, OneOf
from belnews.cli._io import EXIT_USAGE, PROG, check_encoding


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """Keep the hand-wrapped examples as written; wrap everything else."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=30)


class _Parser(argparse.ArgumentParser):
    """argparse, but bad usage is one line on stderr (argparse adds the whole usage block)."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def _para(text: str) -> str:
    return textwrap.fill(text, width=79)


def encoding(value: str) -> str:
    """An ``-e`` value: any codec Python knows (utf-8, cp1251, koi8-r, utf-16, ...)."""
    try:
        return check_encoding(value)
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding {value!r}") from None


def _add(target: argparse._ActionsContainer, arg: Arg) -> None:
    target.add_argument(*arg.flags, **dict(arg.options))


def _add_inputs(parser: argparse.ArgumentParser, command: Command) -> None:
    if command.inputs == "none":
        return
    source = parser.add_mutually_exclusive_group()
    source.add_argument(
        "text",
        nargs="*",
        default=[],
        metavar=command.metavar,
        help=f"{command.text_help}; '-' or none reads stdin",
    )
    source.add_argument("-i", "--input", action="append", metavar="PATH", help=command.input_help)
    parser.add_argument(
        "-e",
        "--encoding",
        type=encoding,
        help="encoding of the input (default: utf-8, and for HTML files what the page declares; "
        "a byte-order mark is dropped)",
    )


def _add_command(commands: argparse._SubParsersAction[_Parser], command: Command) -> None:
    parser = commands.add_parser(
        command.name,
        help=command.summary,
        description=_para(command.description),
        epilog=command.epilog,
        formatter_class=_Formatter,
    )
    _add_inputs(parser, command)
    declared: set[str] = set()
    for option in command.options:
        if isinstance(option, OneOf):
            group = parser.add_mutually_exclusive_group()
            for arg in option.args:
                _add(group, _with_json_help(arg, command))
                declared.update(arg.flags)
        else:
            _add(parser, option)
            declared.update(option.flags)
    parser.add_argument(
        "-o", "--output", metavar="FILE", help="write the output to FILE instead of stdout"
    )
    if "--json" not in declared:
        _add(parser, _with_json_help(Arg(("--json",), {"action": "store_true"}), command))
    parser.set_defaults(command=command.name)


def _with_json_help(arg: Arg, command: Command) -> Arg:
    if arg.flags != ("--json",):
        return arg
    what = f" ({command.json_help})" if command.json_help else ""
    return Arg(arg.flags, {**arg.options, "help": f"one JSON object per result{what}"})


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for ``belnews`` and all its subcommands."""
    from belnews._version import __version__

    parser = _Parser(
        prog=PROG,
        description=_para(_help.MAIN_DESCRIPTION),
        epilog=_help.MAIN_EXAMPLES,
        formatter_class=_Formatter,
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", title="commands", parser_class=_Parser
    )
    for command in COMMANDS:
        _add_command(commands, command)
    return parser
