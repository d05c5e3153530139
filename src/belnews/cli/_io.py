"""Streaming input and output for the command line: files, stdin, directories, encodings, errors.

Nothing here knows what a subcommand does.  Input is read in chunks of whole lines and decoded
strictly, so memory stays flat for any input size and a bad byte is reported with its file and
line; output goes through :class:`Output`, which turns a failed write (a full disk) into one line
on stderr instead of a traceback.
"""

from __future__ import annotations

import codecs
import contextlib
import os
import sys
from collections.abc import Iterable, Iterator

TYPE_CHECKING = False  # not typing's: `belnews --version` need not import typing
if TYPE_CHECKING:
    from typing import IO, Any

PROG = "belnews"
EXIT_OK = 0
EXIT_BAD_INPUT = 1  # bad input (or output that could not be written); the rest was processed
EXIT_USAGE = 2  # bad usage, always: options, values, arguments
EXIT_NO_MATCH = 3  # `match`: some pair of names did not match (and nothing failed)
EXIT_INTERRUPTED = 130  # Ctrl-C (128 + SIGINT), as the shell reports it
EXIT_PIPE_CLOSED = 141  # the reader went away (128 + SIGPIPE), as `cat` reports it

STDIN = "-"
STDIN_NAME = "<stdin>"
ARGUMENT = "<argument>"  # where text given on the command line "comes from"
BOM = "\ufeff"

# Bytes read at a time.  Small enough that memory stays flat, large enough that the per-call cost
# of decoding and writing is shared by hundreds of lines.
BATCH_BYTES = 1 << 16
# A line longer than this reaches a filter (latin, cyrillic, normalize) in pieces cut between words.
PIECE_BYTES = 1 << 20


class InputError(Exception):
    """Bad input the user can fix; the message already says where (file and line)."""


class UsageError(Exception):
    """Arguments that parse but make no sense together (exit code 2, like argparse's own)."""


class OutputError(Exception):
    """The output could not be written (a full disk, a closed file): nothing more can be done."""


# --------------------------------------------------------------------------------------------------
# Messages


def one_line(message: str) -> str:
    """A message with a line break in it (from a file name, say) would look like two messages."""
    return message.replace("\r", " ").replace("\n", " ")


def warn(message: str) -> None:
    """One line on stderr, prefixed with the program's name."""
    sys.stderr.write(f"{PROG}: {one_line(message)}\n")
    sys.stderr.flush()


def error(message: str) -> int:
    warn(f"error: {message}")
    return EXIT_BAD_INPUT


def at(where: str, lineno: int, message: str) -> str:
    """Prefix a message with its input position (not for text given as arguments)."""
    return message if where == ARGUMENT else f"{where}:{lineno}: {message}"


# --------------------------------------------------------------------------------------------------
# Lines


def split_eol(line: str) -> tuple[str, str]:
    """Split a line into its text and its line ending, so the ending is written back unchanged."""
    if line.endswith("\n"):
        if line.endswith("\r\n"):
            return line[:-2], "\r\n"
        return line[:-1], "\n"
    if line.endswith("\r"):
        return line[:-1], "\r"
    return line, ""


def split_lines(text: str) -> list[str]:
    """Lines with their endings, split at "\\n" only.

    ``str.splitlines`` would also split at U+2028, form feeds and more, changing what a line is.
    """
    parts = text.split("\n")
    lines = [part + "\n" for part in parts[:-1]]
    if parts[-1]:
        lines.append(parts[-1])
    return lines


# --------------------------------------------------------------------------------------------------
# Reading


def check_encoding(name: str) -> str:
    """The codec's canonical name, or ``LookupError`` for an unknown one (argparse reports it)."""
    return codecs.lookup(name).name


def _encoding_label(encoding: str) -> str:
    return "UTF-8" if encoding in ("utf-8", "utf-8-sig") else encoding


def _ascii_compatible(encoding: str) -> bool:
    """Whether a newline is the byte 0x0A and no other character contains it (not UTF-16/32)."""
    return "\n".encode(encoding) == b"\n" and "a".encode(encoding) == b"a"


def open_binary(path: str) -> IO[bytes]:
    """Open a file for reading, turning each way it can fail into a one-line :class:`InputError`."""
    try:
        return open(path, "rb")
    except FileNotFoundError:
        if os.path.islink(path):
            raise InputError(f"{path}: broken symbolic link (its target does not exist)") from None
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror or exc}") from None


def raw_batches(stream: Any, *, pieces: bool = False) -> Iterator[bytes]:
    """Chunks of whole lines (the last one may lack its newline), as soon as they arrive.

    ``read1`` returns what the stream already has without waiting for more, so a slow producer
    (a terminal, ``tail -f``) sees each line converted as it comes, while a fast one is read
    ``BATCH_BYTES`` at a time.  A chunk is cut after its last newline byte, which in an
    ASCII-compatible encoding never falls inside a character; a line longer than a chunk is
    collected in parts and joined once.  With ``pieces`` (for filters, whose output is the
    concatenation of their conversions), a line longer than ``PIECE_BYTES`` is handed over in
    pieces cut between words, so memory stays bounded however long a line is.
    """
    read = getattr(stream, "read1", None) or stream.read
    pending: list[bytes] = []
    size = 0
    while chunk := read(BATCH_BYTES):
        cut = chunk.rfind(b"\n") + 1
        if cut == 0:
            pending.append(chunk)
            size += len(chunk)
            if pieces and size >= PIECE_BYTES:
                data = b"".join(pending)
                at = word_cut(data)
                if at:  # else one word over PIECE_BYTES: collected whole
                    yield data[:at]
                    data = data[at:]
                pending, size = [data], len(data)
            continue
        pending.append(chunk[:cut])
        yield b"".join(pending)
        rest = chunk[cut:]
        pending, size = ([rest] if rest else []), len(rest)
    if pending:
        yield b"".join(pending)


def word_cut(data: bytes) -> int:
    """Where to cut a long line: after its last space or tab that a non-blank byte follows.

    The cut splits no word and no run of spaces (and, being after an ASCII byte, no character);
    0 when there is no such place.
    """
    end = len(data)
    while True:
        i = max(data.rfind(b" ", 0, end), data.rfind(b"\t", 0, end))
        if i < 0:
            return 0
        if i + 1 < len(data) and data[i + 1] not in b" \t":
            return i + 1
        end = i


def _bad_bytes(where: str, lineno: int, byte: int, column: int, encoding: str) -> InputError:
    hint = (
        "give the input's encoding with -e (e.g. -e cp1251) or convert it to UTF-8"
        if encoding in ("utf-8", "utf-8-sig")
        else "check the encoding given with -e"
    )
    label = _encoding_label(encoding)
    return InputError(
        f"{where}:{lineno}: not valid {label} (byte 0x{byte:02x} at column {column}); {hint}"
    )


def _decode_batch(raw: bytes, where: str, first: int, encoding: str) -> Iterator[list[str]]:
    """Decode one chunk strictly; on a bad byte, give the lines before it, then fail at its line."""
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        good = raw.rfind(b"\n", 0, exc.start) + 1
        if good:
            yield split_lines(raw[:good].decode(encoding))
        lineno = first + raw.count(b"\n", 0, good)
        raise _bad_bytes(where, lineno, raw[exc.start], exc.start - good + 1, encoding) from None
    yield split_lines(text)


def _numbered(
    where: str, chunks: Iterable[bytes], encoding: str
) -> Iterator[tuple[str, int, list[str]]]:
    first = 1
    at_start = True
    for raw in chunks:
        for lines in _decode_batch(raw, where, first, encoding):
            if at_start and lines and lines[0].startswith(BOM):
                lines[0] = lines[0][1:]  # a byte-order mark is a signature, not text
                if not lines[0]:
                    del lines[0]
                    continue
            at_start = False
            yield where, first, lines
            first += sum(1 for line in lines if line.endswith("\n"))  # a piece is no line


def _wide_batches(where: str, stream: Any, encoding: str) -> Iterator[tuple[str, int, list[str]]]:
    """Encodings whose newline is not one byte (UTF-16, UTF-32): decode as a text stream."""
    import io

    text = io.TextIOWrapper(stream, encoding=encoding, errors="strict", newline="")
    first = 1
    pending = ""
    try:
        while chunk := text.read(BATCH_BYTES):
            lines = split_lines(pending + chunk)
            pending = lines.pop() if lines and not lines[-1].endswith("\n") else ""
            if first == 1 and lines and lines[0].startswith(BOM):
                lines[0] = lines[0][1:]
            if lines:
                yield where, first, lines
                first += len(lines)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{where}:{first}: not valid {encoding} ({exc.reason}); "
            "check the encoding given with -e"
        ) from None
    finally:
        text.detach()
    if pending:
        yield where, first, [pending.removeprefix(BOM) if first == 1 else pending]


def hint_if_terminal(what: str) -> None:
    """`belnews latin` typed with no text waits for stdin: say so, rather than seem to hang."""
    isatty = getattr(sys.stdin, "isatty", None)
    if isatty is not None and isatty():
        warn(f"reading from the terminal, {what}; end with Ctrl-D")


def iter_batches(
    source: str, encoding: str = "utf-8", *, pieces: bool = False
) -> Iterator[tuple[str, int, list[str]]]:
    """Yield ``(where, number of the first line, lines with their endings)`` from a file or ``-``.

    Input is read and decoded (strictly, in ``encoding``) a chunk at a time, so memory stays
    constant however long it is; a byte-order mark at the start is dropped; a bad byte stops the
    source with its file and line number, after every line before it has been yielded.  With
    ``pieces``, a very long line comes in pieces cut between words (see :func:`raw_batches`).
    """
    if source == STDIN:
        hint_if_terminal("line by line")
        buffer = getattr(sys.stdin, "buffer", None)
        if buffer is None:  # a text-only stdin (an embedding host): already decoded
            for lineno, line in enumerate(sys.stdin, 1):
                yield STDIN_NAME, lineno, [line.removeprefix(BOM) if lineno == 1 else line]
            return
        yield from _read_stream(STDIN_NAME, buffer, encoding, pieces)
        return
    with open_binary(source) as stream:
        yield from _read_stream(source, stream, encoding, pieces)


def _read_stream(
    where: str, stream: Any, encoding: str, pieces: bool
) -> Iterator[tuple[str, int, list[str]]]:
    if _ascii_compatible(encoding):
        yield from _numbered(where, raw_batches(stream, pieces=pieces), encoding)
    else:
        yield from _wide_batches(where, stream, encoding)


def iter_lines(source: str, encoding: str = "utf-8") -> Iterator[tuple[str, int, str]]:
    """Yield ``(where, line number, line with its ending)`` from a file or ``-`` (stdin)."""
    for where, first, lines in iter_batches(source, encoding):
        for lineno, line in enumerate(lines, first):
            yield where, lineno, line


def read_bytes(source: str) -> tuple[str, bytes]:
    """``(where, the bytes)`` of a whole file, or of stdin for ``-``."""
    if source == STDIN:
        hint_if_terminal("the whole article")
        buffer = getattr(sys.stdin, "buffer", None)
        data: bytes = buffer.read() if buffer is not None else sys.stdin.read().encode("utf-8")
        return STDIN_NAME, data
    with open_binary(source) as stream:
        return source, stream.read()


def read_whole(source: str, encoding: str = "utf-8") -> str:
    """Read a whole file (or stdin for ``-``), reporting the line of a bad byte."""
    where, data = read_bytes(source)
    return decode_whole(where, data, encoding)


def decode_whole(where: str, data: bytes, encoding: str = "utf-8") -> str:
    """``data`` decoded, its byte-order mark dropped; a bad byte is an error with its line."""
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        from belnews.news.decode import binary_kind

        kind = binary_kind(data)
        if kind is not None:  # a gzip or PDF file: no encoding would read it
            raise InputError(f"{where}: not a web page or text: {kind}") from None
        lineno = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise _bad_bytes(where, lineno, data[exc.start], column, encoding) from None
    return text.removeprefix(BOM)


# --------------------------------------------------------------------------------------------------
# Writing


class Output:
    """Where results go: stdout, or the file of ``-o``.  A failed write raises :class:`OutputError`
    with one line that says why; a closed pipe stays a ``BrokenPipeError`` (a quiet stop).

    The file of ``-o`` is opened at the first write (or at a successful end), so a run that fails
    before writing anything (bad usage, say) leaves an existing file as it was.
    """

    def __init__(self, path: str | None) -> None:
        self.owned = path not in (None, "-")
        self.name = str(path) if self.owned else "<stdout>"
        self._stream: IO[str] | None = None if self.owned else sys.stdout

    @property
    def stream(self) -> IO[str]:
        if self._stream is None:
            try:
                self._stream = open(self.name, "w", encoding="utf-8", newline="")  # noqa: SIM115
            except OSError as exc:
                raise OutputError(f"cannot write {self.name}: {exc.strerror or exc}") from None
        return self._stream

    def write(self, text: str) -> None:
        try:
            self.stream.write(text)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError(f"cannot write {self.name}: {exc.strerror or exc}") from None

    def flush(self) -> None:
        try:
            self.stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError(f"cannot write {self.name}: {exc.strerror or exc}") from None

    def close(self, *, create: bool = True) -> None:
        """Flush (raising :class:`OutputError` on failure) and close a file this object opened;
        ``create=False`` (after a failure) does not create a file nothing was written to."""
        if self._stream is None and not create:
            return
        try:
            self.flush()
        finally:
            if self.owned and self._stream is not None:
                with contextlib.suppress(OSError):  # the flush above already said why
                    self._stream.close()


class Progress:
    """A one-line progress bar on stderr, shown only when stderr is a terminal and work is long."""

    WIDTH = 30

    def __init__(self, total: int, label: str) -> None:
        isatty = getattr(sys.stderr, "isatty", None)
        self.enabled = total > 1 and isatty is not None and bool(isatty())
        self.total = total
        self.label = label
        self.done = 0

    def step(self, note: str = "") -> None:
        self.done += 1
        if self.enabled:
            filled = self.WIDTH * self.done // max(self.total, 1)
            bar = "#" * filled + "." * (self.WIDTH - filled)
            sys.stderr.write(f"\r{self.label} [{bar}] {self.done}/{self.total}{note}")
            sys.stderr.flush()

    def clear(self) -> None:
        if self.enabled:
            sys.stderr.write("\r" + " " * (len(self.label) + self.WIDTH + 40) + "\r")
            sys.stderr.flush()


class Batch:
    """Counts the inputs of a run; reports each failure at once, and a summary at the end.

    A failure is one line on stderr as it happens (the other inputs go on); when there was more
    than one input and something failed or was skipped, a final line counts them all.
    """

    def __init__(self, noun: str = "inputs") -> None:
        self.noun = noun
        self.total = 0
        self.failed = 0
        self.skipped = 0
        self.progress: Progress | None = None

    def fail(self, message: str) -> None:
        self.failed += 1
        if self.progress is not None:
            self.progress.clear()
        error(message)

    def skip(self, message: str) -> None:
        self.skipped += 1
        if self.progress is not None:
            self.progress.clear()
        warn(message)

    def finish(self) -> int:
        """Write the summary line (when it says something) and return the run's exit code."""
        if self.progress is not None:
            self.progress.clear()
        done = self.total - self.failed - self.skipped
        if self.total > 1 and (self.failed or self.skipped):
            parts = [f"{done} done", f"{self.failed} failed"]
            if self.skipped:
                parts.append(f"{self.skipped} skipped")
            warn(f"{self.total} {self.noun}: {', '.join(parts)}")
        return EXIT_BAD_INPUT if self.failed else EXIT_OK
