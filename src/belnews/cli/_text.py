"""Handlers of the line-by-line subcommands: normalize, latin, cyrillic, key, variants.

Each reads its input (TEXT arguments, files or stdin: see ``_context.py``), converts one line at
a time and writes each chunk of lines as soon as it is converted, line endings unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from belnews.cli._context import TEXT_SUFFIXES, Context, file_of, json_line, line_of, record
from belnews.cli._io import ARGUMENT, InputError, UsageError, at, error, split_eol
from belnews.errors import BelnewsError

if TYPE_CHECKING:
    from belnews.systems import Lang, System


def run_normalize(ctx: Context) -> int:
    from belnews.normalize import normalize, normalize_and_explain

    changes: dict[str, int] = {}
    explain = bool(ctx.args.explain)

    def process(source: str) -> None:
        for where, first, lines in ctx.batches(source, pieces=True):
            if not (explain or ctx.json):  # the hot path: one write per chunk of lines
                ctx.write("".join(normalize(body) + eol for body, eol in map(split_eol, lines)))
                continue
            for lineno, line in enumerate(lines, first):
                body, eol = split_eol(line)
                explained = normalize_and_explain(body)
                steps = list(explained.steps)
                if ctx.json:
                    where_, n = file_of(where), line_of(where, lineno)
                    ctx.emit(record(where_, n, body, explained.text, steps=steps))
                    continue
                ctx.write(explained.text + eol)
                if steps:
                    _explain_line(where, lineno, body, explained.text, steps)
                for name in steps:
                    changes[name] = changes.get(name, 0) + 1

    code = ctx.each(ctx.sources(TEXT_SUFFIXES), process)
    if explain:
        _explain_summary(changes)
    return code


def changed_words(before: str, after: str, *, limit: int = 60) -> tuple[str, str]:
    """The stretch of whole words that differs between two versions of a line (for --explain).

    Strip the common prefix and suffix, widen to word boundaries so that a changed letter is shown
    in its word, and cut what is left to ``limit`` characters: a long line stays one short message.
    """
    start = 0
    shortest = min(len(before), len(after))
    while start < shortest and before[start] == after[start]:
        start += 1
    end = 0
    while end < shortest - start and before[-1 - end] == after[-1 - end]:
        end += 1
    while start > 0 and not before[start - 1].isspace():
        start -= 1
    while end > 0 and not before[len(before) - end].isspace():
        end -= 1

    def cut(text: str) -> str:
        middle = text[start : len(text) - end]
        return middle if len(middle) <= limit else middle[: limit - 1] + "…"

    return cut(before), cut(after)


def _explain_line(where: str, lineno: int, before: str, after: str, names: Sequence[str]) -> None:
    import sys

    old, new = changed_words(before, after)
    sys.stderr.write(f"{at(where, lineno, '')}{', '.join(names)}: {old!r} -> {new!r}\n")


def _explain_summary(changes: dict[str, int]) -> None:
    import sys

    if not changes:
        sys.stderr.write("explain: already normal, no fixer changed anything\n")
        return
    summary = ", ".join(
        f"{name} ({count} line{'' if count == 1 else 's'})" for name, count in changes.items()
    )
    sys.stderr.write(f"explain: fixers that changed the text: {summary}\n")


def _convert(ctx: Context, convert: Callable[[str], str], **meta: str) -> int:
    """Write ``convert`` of each input line (or of the arguments), keeping line endings.

    A line the library rejects (a letter the system cannot render with ``--errors strict``) is
    reported on stderr with its position, and its output line is left empty (``--json``: a
    record whose ``output`` is null and whose ``error`` says why), so the output stays line for
    line with the input; the other lines go on, and the input then counts as failed (exit 1).
    """
    as_json = ctx.json

    def process(source: str) -> None:
        failed: str | None = None  # the last failed line's message (each is said once)
        for where, first, lines in ctx.batches(source, pieces=True):
            out: list[str] = []  # written once per chunk of lines
            for line in lines:
                body, eol = split_eol(line)
                lineno = first + len(out)
                try:
                    result: str | None = convert(body)
                    problem = None
                except BelnewsError as exc:
                    result, problem = None, _line_error(exc)
                    if failed is not None:  # (the last is the input's own error, below)
                        error(failed)
                    failed = at(where, lineno, problem)
                if as_json:
                    row = record(file_of(where), line_of(where, lineno), body, result, **meta)
                    out.append(json_line({**row, "error": problem} if problem else row))
                else:
                    out.append((result or "") + eol)
            ctx.write("".join(out))
        if failed is not None:  # each failed line is one line on stderr; the input failed
            raise InputError(failed)

    try:  # check the system and options before reading any input
        convert("")
    except BelnewsError as exc:
        raise UsageError(system_message(exc)) from None
    return ctx.each(ctx.sources(TEXT_SUFFIXES), process)


def _line_error(exc: BelnewsError) -> str:
    from belnews.errors import UntransliterableError

    if isinstance(exc, UntransliterableError):
        return (
            f"{exc.system!r} has no Latin value for {exc.char!r} (U+{ord(exc.char):04X}) "
            f"at column {exc.index + 1}; use --errors keep, replace or ignore, or another -s"
        )
    return str(exc)


def system_message(exc: Exception) -> str:
    """The message for a bad ``-s`` or option: in the command line's terms, not the API's."""
    from belnews.errors import UnknownSystemError

    if not isinstance(exc, UnknownSystemError):
        return str(exc)
    where = {"be": " for Belarusian", "ru": " for Russian"}.get(exc.lang or "", "")
    # The library may add "(lang='be')" to a suggestion from the other language: the id says it.
    suggestion = exc.suggestion.split(" (lang=")[0] if exc.suggestion else None
    hint = f"did you mean {suggestion}? " if suggestion else ""
    return (
        f"unknown romanization system {exc.system_id!r}{where}; {hint}"
        f"use one of: {', '.join(exc.known)} (`belnews systems` lists them)"
    )


def run_latin(ctx: Context) -> int:
    from belnews.translit import to_latin

    # The id goes through as given: the registry reads `ru:passport` (as `variants` prints it),
    # any case and the common aliases, and suggests the closest id for a typo.
    system = ctx.args.system
    lang = ctx.args.lang  # None: Belarusian, or the system's only language
    options = {} if ctx.args.assimilation else {"assimilation": False}
    errors = ctx.args.errors

    def convert(text: str) -> str:
        return to_latin(text, system, lang=lang, errors=errors, **options)

    prefix = system.partition(":")[0].lower() if ":" in system else None
    if prefix in ("be", "ru") and lang in ("be", "ru") and prefix != lang:
        raise UsageError(f"-s {system} is a system for {prefix}, but --lang is {lang}")
    table = _system(ctx, system, None if lang == "auto" else lang)
    meta_lang = "auto" if lang == "auto" else table.lang
    return _convert(ctx, convert, system=table.id, lang=meta_lang)


def _system(ctx: Context, system: str, lang: Lang | None) -> System:
    """The table ``-s`` names, checked against ``--no-assimilation`` (latin and cyrillic)."""
    from belnews import get_system

    try:
        table = get_system(system, lang=lang)
    except BelnewsError as exc:
        raise UsageError(system_message(exc)) from None
    if not ctx.args.assimilation and "assimilation" not in dict(table.options):
        raise UsageError(f"--no-assimilation is an option of lacinka, not of {table.id}")
    return table


def run_cyrillic(ctx: Context) -> int:
    from belnews.translit import to_cyrillic

    system = ctx.args.system
    orthography = ctx.args.orthography
    options = {} if ctx.args.assimilation else {"assimilation": False}

    def convert(text: str) -> str:
        # (foreign="keep" is the default, written out: **options then types as the bool it is)
        return to_cyrillic(text, system, orthography=orthography, foreign="keep", **options)

    if options:  # (without the option, an unknown system is reported by the first line's call)
        _system(ctx, system, "be")
    return _convert(ctx, convert, system=system, orthography=orthography)


def run_key(ctx: Context) -> int:
    from belnews.names import KEY_VERSION, name_key

    def process(source: str) -> None:
        for where, lineno, line in ctx.lines(source):
            name, eol = split_eol(line)
            key = name_key(name)
            if ctx.json:
                row = record(file_of(where), line_of(where, lineno), name, key)
                ctx.emit({**row, "key_version": KEY_VERSION})
            else:
                ctx.write(key + (eol or "\n"))

    return ctx.each(ctx.sources(TEXT_SUFFIXES), process)


def run_variants(ctx: Context) -> int:
    from belnews.names import variants

    def process(source: str) -> None:
        for where, lineno, line in ctx.lines(source):
            name = split_eol(line)[0]
            if not name.strip() and where != ARGUMENT:
                continue  # a blank line between names
            spellings = variants(name)
            if ctx.json:
                ctx.emit(record(file_of(where), line_of(where, lineno), name, spellings))
                continue
            # One name from the arguments is the table alone; names from input each get a heading.
            indent = "" if where == ARGUMENT else "  "
            if indent:
                ctx.write(f"{name}\n")
            ctx.write(spelling_table(spellings, indent))

    return ctx.each(ctx.sources(TEXT_SUFFIXES), process)


FOREIGN = "(a foreign name: no Belarusian or Russian spellings)"


def spelling_table(spellings: dict[str, str], indent: str) -> str:
    """``system  spelling`` rows, aligned; a note for a foreign name, which has none."""
    if not spellings:
        return f"{indent}{FOREIGN}\n"
    width = max(len(label) for label in spellings)
    return "".join(f"{indent}{label:<{width}}  {value}\n" for label, value in spellings.items())
