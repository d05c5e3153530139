"""What every handler is given: the parsed arguments, the output, and the one input rule.

The input rule is the same for every subcommand:

* words on the command line are the TEXT to work on (``belnews latin Мінск``);
* ``-i PATH`` (repeatable) reads files, and directories where the subcommand reads documents;
* ``-`` or no TEXT reads stdin.

A TEXT argument that names an existing file or directory is refused (bad usage) with a message
saying to use ``-i``: ``belnews latin notes.txt`` must not quietly romanize the file's *name*.
"""

from __future__ import annotations

import argparse
import codecs
import json
import os
import shlex
import stat
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from belnews.cli._io import (
    ARGUMENT,
    STDIN,
    STDIN_NAME,
    Batch,
    InputError,
    Output,
    OutputError,
    UsageError,
    decode_whole,
    iter_batches,
    open_binary,
    read_bytes,
    read_whole,
)
from belnews.cli._paths import expand_paths

_WIDE_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)

# Files a directory given with -i contributes: articles for `parse` and `people`, text otherwise.
TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
PAIR_SUFFIXES = (".tsv", ".txt", ".jsonl")


def record(
    file: str | None, line: int | None, input: object, output: object, **extra: object
) -> dict[str, object]:
    """One ``--json`` object: the same four keys first in every subcommand, then its own.

    ``file`` is the path, ``"<stdin>"``, or null for text given as arguments; ``line`` is the
    1-based input line (null when the record is about a whole document); ``input`` is the text the
    record is about (null for a whole document); ``output`` is the subcommand's answer.
    """
    return {"file": file, "line": line, "input": input, "output": output, **extra}


def json_line(obj: object, *, pretty: bool = False) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2 if pretty else None) + "\n"


class Context:
    """The parsed arguments, the output stream and the batch counters of one run."""

    def __init__(self, args: argparse.Namespace, command: str) -> None:
        self.args = args
        self.command = command
        self.explicit_encoding: str | None = getattr(args, "encoding", None)
        self.encoding: str = self.explicit_encoding or "utf-8"
        self.batch = Batch()
        self._check_output_is_not_an_input(getattr(args, "input", None) or [])
        self.out = Output(getattr(args, "output", None))  # opening it truncates the file

    @property
    def json(self) -> bool:
        return bool(getattr(self.args, "json", False))

    def write(self, text: str) -> None:
        self.out.write(text)

    def emit(self, obj: object, *, pretty: bool = False) -> None:
        self.out.write(json_line(obj, pretty=pretty))

    # ---------------------------------------------------------------------------- the input rule

    def sources(self, suffixes: tuple[str, ...] = ()) -> list[str]:
        """The inputs of this run: ``[ARGUMENT]`` for TEXT arguments, else paths or ``-``.

        Directories are expanded when ``suffixes`` is given (what the subcommand reads from a
        directory); failures and skips found while expanding are reported and counted.
        """
        paths: list[str] | None = getattr(self.args, "input", None)
        text: list[str] = getattr(self.args, "text", None) or []
        if paths:
            if not suffixes:
                return list(paths)
            inputs, failures, skipped = expand_paths(paths, suffixes)
            inputs, written = self._not_output(inputs)
            skipped += written
            self.batch.total += len(failures) + len(skipped)
            for message in skipped:
                self.batch.skip(message)
            for message in failures:
                self.batch.fail(message)
            return inputs
        if not text or text == [STDIN]:
            return [STDIN]
        if STDIN in text:
            raise UsageError("give either TEXT arguments or '-' for stdin, not both")
        self._check_text_is_not_a_path(text)
        return [ARGUMENT]

    def _not_output(self, inputs: list[str]) -> tuple[list[str], list[str]]:
        """The inputs that are not where this run writes, and a skip message for each that is:
        the file of ``-o``, or the file stdout is redirected to ("> dir/out.txt"), inside a
        directory being read - never read back what is being written."""
        if self.out.owned:
            written = [path for path in inputs if _same_file(path, self.out.name)]
            why = "it is the output file (-o)"
        else:
            stdout = _stdout_file()
            written = [path for path in inputs if stdout and _file_id(path) == stdout]
            why = "it is where stdout goes"
        kept = [path for path in inputs if path not in written]
        return kept, [f"{path}: skipped, {why}" for path in written]

    def argument_text(self) -> str:
        return " ".join(self.args.text)

    def _check_text_is_not_a_path(self, words: Sequence[str]) -> None:
        for word in words:
            if os.path.lexists(word):
                kind = "directory" if os.path.isdir(word) else "file"
                quoted = shlex.quote(word)
                raise UsageError(
                    f"{word!r} is an existing {kind}: to read it, use -i {quoted}; "
                    f"to work on the words themselves, pipe them in: "
                    f"echo {quoted} | {_prog(self.command)}"
                )

    def _check_output_is_not_an_input(self, paths: Sequence[str]) -> None:
        output = getattr(self.args, "output", None)
        if output in (None, "-") or not os.path.exists(output):
            return
        for path in paths:
            if _same_file(path, output):
                raise UsageError(f"-o {output} is also an input; write to another file")

    # ----------------------------------------------------------------------------------- reading

    def batches(self, source: str, *, pieces: bool = False) -> Iterator[tuple[str, int, list[str]]]:
        """``(where, first line number, lines)`` of one source (TEXT arguments are one line).

        ``pieces``: a filter takes a line over a megabyte in pieces cut between words.
        """
        if source == ARGUMENT:
            yield ARGUMENT, 1, [self.argument_text() + "\n"]
            return
        yield from iter_batches(source, self.encoding, pieces=pieces)

    def lines(self, source: str) -> Iterator[tuple[str, int, str]]:
        for where, first, lines in self.batches(source):
            for lineno, line in enumerate(lines, first):
                yield where, lineno, line

    def whole(self, source: str) -> tuple[str, str]:
        """``(name, text)`` of one whole document."""
        if source == ARGUMENT:
            return ARGUMENT, self.argument_text()
        return (STDIN_NAME if source == STDIN else source), read_whole(source, self.encoding)

    def article(self, source: str) -> tuple[str, str | bytes]:
        """``(name, text or bytes)`` of one article: an HTML file read without ``-e`` stays bytes,
        for the page reader to decode as the page declares (BOM, ``<meta charset>``, UTF-8)."""
        if self.explicit_encoding is None and source.lower().endswith(HTML_SUFFIXES):
            with open_binary(source) as stream:
                return source, stream.read()
        if self.explicit_encoding is None and source == STDIN:
            # stdin has no file name to tell: markup is a page (decoded as it declares, a BOM
            # and <meta charset> included), anything else text (strict UTF-8, as a file)
            where, data = read_bytes(source)
            if b"<" in data or data.startswith(_WIDE_BOMS):  # (UTF-16/32 text: by its BOM)
                return where, data
            return where, decode_whole(where, data)
        return self.whole(source)

    def each(self, sources: Sequence[str], process: Callable[[str], Any]) -> int:
        """Run ``process`` on each source; a source that fails is reported and the rest go on."""
        for source in sources:
            self.batch.total += 1
            try:
                process(source)
            except InputError as exc:
                self.batch.fail(str(exc))
            if self.batch.progress is not None:
                self.batch.progress.step()
        return self.batch.finish()


def file_of(where: str) -> str | None:
    """The ``file`` of a ``--json`` record: null for text given as arguments."""
    return None if where == ARGUMENT else where


def line_of(where: str, lineno: int) -> int | None:
    return None if where == ARGUMENT else lineno


def _prog(command: str) -> str:
    return f"belnews {command}"


def guarded(source: str, process: Callable[[str], Any]) -> None:
    """Run ``process`` on one document; a crash in the library fails that document only."""
    from belnews.errors import BelnewsError

    try:
        process(source)
    except (InputError, UsageError, OutputError, BrokenPipeError):
        raise  # already one line, or not about this document
    except BelnewsError as exc:
        raise InputError(f"{source}: {exc}") from None
    except RecursionError:
        raise InputError(f"{source}: too deeply nested to read") from None
    except Exception as exc:  # a bug on one document must not stop the batch: report, go on
        raise InputError(
            f"{source}: could not be read ({type(exc).__name__}: {exc}); please report this file"
        ) from exc


def _stdout_file() -> tuple[int, int] | None:
    """(device, inode) of the regular file stdout writes to (a shell's ``> file``), or None."""
    try:
        out = os.fstat(sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no real stdout (a test's capture)
        return None
    return (out.st_dev, out.st_ino) if stat.S_ISREG(out.st_mode) else None


def _file_id(path: str) -> tuple[int, int] | None:
    try:
        found = os.stat(path)
    except OSError:  # missing or unreadable: it fails later, when read, with its reason
        return None
    return found.st_dev, found.st_ino


def _same_file(path: str, other: str) -> bool:
    try:
        return path != STDIN and os.path.samefile(path, other)
    except OSError:  # missing or unreadable: it fails later, when read, with its reason
        return False
