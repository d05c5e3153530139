"""The ``belnews`` command line: one-off conversions, and a streaming filter for pipelines.

Each subcommand is a thin front for one public function.  Text flows through line by line, so a
gigabyte on stdin converts in constant memory; ``--json`` gives one JSON object per line of output
for machine use.  Expected errors (a bad option value, a missing file, bytes that are not UTF-8) are
reported on one line of stderr with the file and line number, never as a traceback.

Exit codes: 0 success, 1 bad input (some of it may still have been processed), 2 bad usage.

The API modules are imported inside the handlers, so ``belnews --help`` stays fast and a subcommand
pays only for what it uses.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, NoReturn

__all__ = ["main", "main_entry"]

PROG = "belnews"
EXIT_OK = 0
EXIT_BAD_INPUT = 1
EXIT_USAGE = 2

# Files `parse` picks up when it is given a directory; anything else in the tree is skipped.
ARTICLE_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml")

Handler = Callable[[argparse.Namespace], int]


class InputError(Exception):
    """Bad input the user can fix; the message already says where (file and line)."""


class UsageError(Exception):
    """Arguments that parse but make no sense together (exit code 2, like argparse's own)."""


# --------------------------------------------------------------------------------------------------
# Reading and writing


# Bytes read at a time.  Small enough that memory stays flat, large enough that the per-call cost
# of decoding and writing is shared by hundreds of lines.
BATCH_BYTES = 1 << 16


def _split_eol(line: str) -> tuple[str, str]:
    """Split a line into its text and its line ending, so the ending is written back unchanged."""
    if line.endswith("\n"):
        if line.endswith("\r\n"):
            return line[:-2], "\r\n"
        return line[:-1], "\n"
    if line.endswith("\r"):
        return line[:-1], "\r"
    return line, ""


def _split_lines(text: str) -> list[str]:
    """Lines with their endings, split at "\\n" only.

    ``str.splitlines`` would also split at U+2028, form feeds and more, changing what a line is.
    """
    parts = text.split("\n")
    lines = [part + "\n" for part in parts[:-1]]
    if parts[-1]:
        lines.append(parts[-1])
    return lines


def _open_binary(path: str) -> Any:
    try:
        return open(path, "rb")  # the caller closes it with `with`
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror or exc}") from None


def _raw_batches(stream: Any) -> Iterator[bytes]:
    """Chunks of whole lines (the last one may lack its newline), as soon as they arrive.

    ``read1`` returns what the stream already has without waiting for more, so a slow producer
    (a terminal, ``tail -f``) sees each line converted as it comes, while a fast one is read
    ``BATCH_BYTES`` at a time.  A chunk is cut after its last newline, which never falls inside a
    UTF-8 sequence; a line longer than a chunk is collected in parts and joined once.
    """
    read = getattr(stream, "read1", None) or stream.read
    pending: list[bytes] = []
    while chunk := read(BATCH_BYTES):
        cut = chunk.rfind(b"\n") + 1
        if cut == 0:
            pending.append(chunk)
            continue
        pending.append(chunk[:cut])
        yield b"".join(pending)
        pending = [chunk[cut:]] if cut < len(chunk) else []
    if pending:
        yield b"".join(pending)


def _decode_batch(raw: bytes, where: str, first: int) -> Iterator[list[str]]:
    """Decode one chunk strictly; on a bad byte, give the lines before it, then fail at its line."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        good = raw.rfind(b"\n", 0, exc.start) + 1
        if good:
            yield _split_lines(raw[:good].decode("utf-8"))
        lineno = first + raw.count(b"\n", 0, good)
        raise InputError(
            f"{where}:{lineno}: not valid UTF-8 (byte 0x{raw[exc.start]:02x} at column "
            f"{exc.start - good + 1}); convert the input to UTF-8 first, e.g. with iconv"
        ) from None
    yield _split_lines(text)


def _numbered(where: str, chunks: Iterable[bytes]) -> Iterator[tuple[str, int, list[str]]]:
    first = 1
    for raw in chunks:
        for lines in _decode_batch(raw, where, first):
            yield where, first, lines
            first += len(lines)


def iter_batches(source: str) -> Iterator[tuple[str, int, list[str]]]:
    """Yield ``(where, number of the first line, lines with their endings)`` from a file or ``-``.

    Input is read and decoded (strict UTF-8) a chunk at a time, so memory stays constant however
    long it is; a bad byte stops the source with its file and line number, after every line
    before it has been yielded.
    """
    if source == "-":
        _hint_if_terminal("line by line")
        buffer = getattr(sys.stdin, "buffer", None)
        if buffer is None:  # a text-only stdin (an embedding host): already decoded
            for lineno, line in enumerate(sys.stdin, 1):
                yield "<stdin>", lineno, [line]
            return
        yield from _numbered("<stdin>", _raw_batches(buffer))
        return
    with _open_binary(source) as stream:
        yield from _numbered(source, _raw_batches(stream))


def iter_lines(source: str) -> Iterator[tuple[str, int, str]]:
    """Yield ``(where, line number, line with its ending)`` from a file or ``-`` (stdin)."""
    for where, first, lines in iter_batches(source):
        for lineno, line in enumerate(lines, first):
            yield where, lineno, line


def _hint_if_terminal(what: str) -> None:
    """`belnews latin` typed with no text waits for stdin: say so, rather than seem to hang."""
    isatty = getattr(sys.stdin, "isatty", None)
    if isatty is not None and isatty():
        _warn(f"reading from the terminal, {what}; end with Ctrl-D")


def read_whole(source: str) -> str:
    """Read a whole file (or stdin for ``-``) as strict UTF-8, reporting the line of a bad byte."""
    if source == "-":
        _hint_if_terminal("the whole article")
        buffer = getattr(sys.stdin, "buffer", None)
        data: bytes = buffer.read() if buffer is not None else sys.stdin.read().encode("utf-8")
        where = "<stdin>"
    else:
        with _open_binary(source) as stream:
            data = stream.read()
        where = source
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        lineno = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise InputError(
            f"{where}:{lineno}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at column {column}); "
            "convert the input to UTF-8 first, e.g. with iconv"
        ) from None


ARGUMENT = "<argument>"


def _text_batches(args: argparse.Namespace) -> Iterator[tuple[str, int, list[str]]]:
    """What a text subcommand works on: its TEXT arguments joined as one line, or stdin."""
    text: list[str] = args.text
    if not text or text == ["-"]:
        yield from iter_batches("-")
    elif "-" in text:
        raise UsageError("give either TEXT arguments or '-' for stdin, not both")
    else:
        yield ARGUMENT, 1, [" ".join(text) + "\n"]


def _text_inputs(args: argparse.Namespace) -> Iterator[tuple[str, int, str]]:
    """The lines of :func:`_text_batches`, one at a time, numbered."""
    for where, first, lines in _text_batches(args):
        for lineno, line in enumerate(lines, first):
            yield where, lineno, line


def _at(where: str, lineno: int, message: str) -> str:
    """Prefix a message with its input position (not for text given as arguments)."""
    return message if where == ARGUMENT else f"{where}:{lineno}: {message}"


def _json_line(obj: object, *, pretty: bool = False) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2 if pretty else None) + "\n"


def _emit_json(obj: object, *, pretty: bool = False) -> None:
    sys.stdout.write(_json_line(obj, pretty=pretty))


def _one_line(message: str) -> str:
    # A message with a line break in it (from a file name, say) would look like two messages.
    return message.replace("\r", " ").replace("\n", " ")


def _warn(message: str) -> None:
    sys.stderr.write(f"{PROG}: {_one_line(message)}\n")


def _error(message: str) -> int:
    _warn(f"error: {message}")
    return EXIT_BAD_INPUT


class _Progress:
    """A one-line progress bar on stderr, shown only when stderr is a terminal and work is long."""

    WIDTH = 30

    def __init__(self, total: int, label: str) -> None:
        isatty = getattr(sys.stderr, "isatty", None)
        self.enabled = total > 1 and isatty is not None and bool(isatty())
        self.total = total
        self.label = label
        self.done = 0

    def step(self) -> None:
        self.done += 1
        if self.enabled:
            filled = self.WIDTH * self.done // self.total
            bar = "#" * filled + "." * (self.WIDTH - filled)
            sys.stderr.write(f"\r{self.label} [{bar}] {self.done}/{self.total}")
            sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\r" + " " * (len(self.label) + self.WIDTH + 30) + "\r")
            sys.stderr.flush()


def _report_failures(failures: Sequence[str], total: int, noun: str) -> int:
    """List the inputs that failed (each on one line) and return the exit code for the run."""
    if not failures:
        return EXIT_OK
    if total == 1:
        return _error(failures[0])
    _warn(f"{len(failures)} of {total} {noun} failed:")
    for failure in failures:
        sys.stderr.write(f"  {_one_line(failure)}\n")
    return EXIT_BAD_INPUT


# --------------------------------------------------------------------------------------------------
# Handlers (each imports the API it fronts, so the CLI's own import stays cheap)


def _cmd_normalize(args: argparse.Namespace) -> int:
    from belnews.normalize import normalize

    sources: list[str] = args.files or ["-"]
    failures: list[str] = []
    changes: dict[str, int] = {}
    plain = not (args.explain or args.json)
    for source in sources:
        try:
            for where, first, lines in iter_batches(source):
                if plain:  # the hot path: one write per chunk of lines
                    fixed = [normalize(body) + eol for body, eol in map(_split_eol, lines)]
                    sys.stdout.write("".join(fixed))
                    continue
                for lineno, line in enumerate(lines, first):
                    body, eol = _split_eol(line)
                    _explain_or_json(args, where, lineno, body, eol, changes)
        except InputError as exc:
            failures.append(str(exc))
    if args.explain and not args.json:
        _explain_summary(changes)
    return _report_failures(failures, len(sources), "inputs")


def _explain_or_json(
    args: argparse.Namespace, where: str, lineno: int, body: str, eol: str, changes: dict[str, int]
) -> None:
    """One line of ``normalize --explain`` or ``--json``: the text, and which fixers changed it."""
    from belnews.normalize import normalize_and_explain

    explained = normalize_and_explain(body)
    names = list(explained.steps)
    if args.json:
        _emit_json({"file": where, "line": lineno, "text": explained.text, "steps": names})
    else:
        sys.stdout.write(explained.text + eol)
        if names:
            _explain_line(where, lineno, body, explained.text, names)
    for name in names:
        changes[name] = changes.get(name, 0) + 1


def _changed_words(before: str, after: str, *, limit: int = 60) -> tuple[str, str]:
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
    old, new = _changed_words(before, after)
    sys.stderr.write(f"{where}:{lineno}: {', '.join(names)}: {old!r} -> {new!r}\n")


def _explain_summary(changes: dict[str, int]) -> None:
    if not changes:
        sys.stderr.write("explain: already normal, no fixer changed anything\n")
        return
    summary = ", ".join(
        f"{name} ({count} line{'' if count == 1 else 's'})" for name, count in changes.items()
    )
    sys.stderr.write(f"explain: fixers that changed the text: {summary}\n")


def _convert_lines(args: argparse.Namespace, convert: Callable[[str], str], **meta: str) -> int:
    """Write ``convert`` of each input line (or of the arguments), keeping line endings.

    The first line the library rejects (a letter the system cannot render with
    ``--errors strict``) stops the stream with its position: a filter that skipped lines would
    silently misalign its output with its input.
    """
    from belnews.errors import BelnewsError, UntransliterableError

    convert("")  # check the system and options before reading any input
    for where, first, lines in _text_batches(args):
        out: list[str] = []  # written once per chunk of lines, and before any error
        try:
            for line in lines:
                body, eol = _split_eol(line)
                result = convert(body)
                if args.json:
                    out.append(_json_line({"input": body, "output": result, **meta}))
                else:
                    out.append(result + eol)
        except UntransliterableError as exc:
            sys.stdout.write("".join(out))
            # The library's message names its keyword argument; here the option is --errors.
            message = (
                f"{exc.system!r} has no Latin value for {exc.char!r} (U+{ord(exc.char):04X}) at "
                f"column {exc.index + 1}; use --errors keep, replace or ignore, or another -s"
            )
            raise InputError(_at(where, first + len(out), message)) from None
        except BelnewsError as exc:
            sys.stdout.write("".join(out))
            raise InputError(_at(where, first + len(out), str(exc))) from None
        sys.stdout.write("".join(out))
    return EXIT_OK


def _cmd_latin(args: argparse.Namespace) -> int:
    from belnews.translit import to_latin

    options = {} if args.assimilation else {"assimilation": False}

    def convert(text: str) -> str:
        return to_latin(text, args.system, lang=args.lang, errors=args.errors, **options)

    return _convert_lines(args, convert, system=args.system, lang=args.lang)


def _cmd_cyrillic(args: argparse.Namespace) -> int:
    from belnews.translit import to_cyrillic

    def convert(text: str) -> str:
        return to_cyrillic(text, args.system, orthography=args.orthography)

    return _convert_lines(args, convert, system=args.system, orthography=args.orthography)


def _cmd_systems(args: argparse.Namespace) -> int:
    from belnews.systems import get_system, system_ids

    langs = [args.lang] if args.lang else ["be", "ru"]
    systems = [get_system(sid, lang=lang) for lang in langs for sid in system_ids(lang=lang)]
    for system in systems:
        if args.json:
            _emit_json(
                {
                    "id": system.id,
                    "lang": system.lang,
                    "title": system.title,
                    "reversible": system.reversible,
                    "version": system.version,
                    "source": {"document": system.source.document, "url": system.source.url},
                    "options": dict(system.options),
                }
            )
            continue
        kind = "reversible" if system.reversible else "lossy"
        sys.stdout.write(f"{system.id:<14} {system.lang}  {kind:<10}  {system.title}\n")
        sys.stdout.write(f"{'':<30}source: {system.source.document}\n")
        sys.stdout.write(f"{'':<30}{system.source.url}\n")
    return EXIT_OK


def _cmd_key(args: argparse.Namespace) -> int:
    from belnews.names import KEY_VERSION, name_key

    for _, _, line in _text_inputs(args):
        name, eol = _split_eol(line)
        key = name_key(name)
        if args.json:
            _emit_json({"name": name, "key": key, "key_version": KEY_VERSION})
        else:
            sys.stdout.write(key + eol)
    return EXIT_OK


def _cmd_match(args: argparse.Namespace) -> int:
    from belnews.names import match_names

    result = match_names(args.a, args.b)
    if args.json:
        _emit_json(
            {
                "a": args.a,
                "b": args.b,
                "is_match": result.is_match,
                "kind": result.kind.name,
                "score": result.score,
                "via": list(result.via),
            }
        )
        return EXIT_OK
    verdict = "match" if result.is_match else "no match"
    via = f", via {', '.join(result.via)}" if result.via else ""
    sys.stdout.write(f"{verdict}: {result.kind.name} (score {result.score:.2f}{via})\n")
    return EXIT_OK


def _cmd_variants(args: argparse.Namespace) -> int:
    from belnews.names import variants

    for where, _, line in _text_inputs(args):
        name = _split_eol(line)[0]
        if not name.strip() and where != ARGUMENT:
            continue  # a blank line between names
        spellings = variants(name)
        if args.json:
            _emit_json({"name": name, "variants": spellings})
            continue
        # One name from the arguments is the table alone; names from stdin each get a heading.
        indent = "" if where == ARGUMENT else "  "
        if indent:
            sys.stdout.write(f"{name}\n")
        width = max((len(label) for label in spellings), default=0)
        for label, spelling in spellings.items():
            sys.stdout.write(f"{indent}{label:<{width}}  {spelling}\n")
    return EXIT_OK


def _cmd_names(args: argparse.Namespace) -> int:
    from belnews.names import find_names

    sources: list[str] = args.files or ["-"]
    failures: list[str] = []
    for source in sources:
        try:
            for where, lineno, line in iter_lines(source):
                for mention in find_names(_split_eol(line)[0]):
                    if args.json:
                        _emit_json(
                            {
                                "file": where,
                                "line": lineno,
                                "start": mention.start,
                                "end": mention.end,
                                "surface": mention.surface,
                                "base": mention.base,
                                "key": mention.key,
                            }
                        )
                    else:
                        sys.stdout.write(
                            f"{where}:{lineno}:{mention.start + 1}\t{mention.surface}\t"
                            f"{mention.base}\t{mention.key}\n"
                        )
        except InputError as exc:
            failures.append(str(exc))
    return _report_failures(failures, len(sources), "inputs")


def _article_files(paths: Sequence[str]) -> tuple[list[str], list[str]]:
    """Expand directories (recursively, article files only, sorted); keep files and '-' as given.

    Returns the inputs to parse and the failures found while expanding (an empty directory).
    """
    inputs: list[str] = []
    failures: list[str] = []
    for path in paths:
        if path == "-" or not os.path.isdir(path):
            inputs.append(path)  # a missing file fails later, in order, with the others
            continue
        found = sorted(
            os.path.join(root, name)
            for root, _, names in os.walk(path)
            for name in names
            if name.lower().endswith(ARTICLE_SUFFIXES)
        )
        if not found:
            failures.append(f"{path}: no article files ({', '.join(ARTICLE_SUFFIXES)}) in it")
        inputs.extend(found)
    return inputs, failures


def _iso_date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}") from None


def _emit_article_names(source: str, article: Any, *, json_output: bool, pretty: bool) -> None:
    """The people an article names, once each, in every romanization (``--names``).

    A later mention of someone already listed ("Łatuška" after "Pavieł Łatuška") is not listed
    again: the first, usually fullest, form stands for the person.
    """
    from belnews.names import match_names, variants

    people: dict[str, str] = {}
    for mention in article.names:
        if mention.key in people:
            continue
        if not any(match_names(mention.base, known).is_match for known in people.values()):
            people[mention.key] = mention.base
    if json_output or pretty:
        for key, base in people.items():
            row = {"file": source, "name": base, "key": key, "variants": variants(base)}
            _emit_json(row, pretty=pretty)
        return
    sys.stdout.write(f"{source}: {article.headline or '(no headline)'}\n")
    if not people:
        sys.stdout.write("  (no person names found)\n")
    for base in people.values():
        spellings = variants(base)
        width = max((len(label) for label in spellings), default=0)
        sys.stdout.write(f"  {base}\n")
        for label, spelling in spellings.items():
            sys.stdout.write(f"    {label:<{width}}  {spelling}\n")


def _cmd_parse(args: argparse.Namespace) -> int:
    from belnews.errors import BelnewsError
    from belnews.news import parse_article

    inputs, failures = _article_files(args.inputs or ["-"])
    total = len(inputs) + len(failures)  # an empty directory counts as one failed input
    if args.url is not None and len(inputs) > 1:
        raise UsageError("--url names one article; give it with a single input")
    stdout_isatty = getattr(sys.stdout, "isatty", None)
    quiet = stdout_isatty is not None and bool(stdout_isatty())  # the bar would garble the JSON
    progress = _Progress(0 if quiet else len(inputs), "parse")
    for source in inputs:
        try:
            text = read_whole(source)
            article = parse_article(text, url=args.url, reference_date=args.reference_date)
        except InputError as exc:
            failures.append(str(exc))
        except BelnewsError as exc:
            failures.append(f"{source}: {exc}")
        else:
            name = "<stdin>" if source == "-" else source
            if args.names:
                _emit_article_names(name, article, json_output=args.json, pretty=args.pretty)
            else:
                _emit_json({"file": name, **article.to_dict()}, pretty=args.pretty)
        progress.step()
    progress.close()
    return _report_failures(failures, total, "inputs")


# --------------------------------------------------------------------------------------------------
# The parser


_MAIN_EXAMPLES = """\
examples:
  belnews normalize --explain examples/noisy_sample.txt
  belnews latin -s passport Святлана Ціханоўская
  belnews latin -s bgn-pcgn < article.txt > article.latin.txt
  belnews cyrillic Śviatłana Cichanoŭskaja
  belnews match Лукашэнка Lukashenko
  belnews variants Ціханоўская
  belnews parse --names examples/pozirk_one-in-30-belarusians.txt
  belnews parse news/ > articles.jsonl

Run `belnews COMMAND --help` for the options and an example of each command.
Exit codes: 0 success, 1 bad input, 2 bad usage.
"""

_NORMALIZE_EXAMPLE = """\
example:
  $ printf 'Шумілiна\\n' | belnews normalize --explain
  Шуміліна
  <stdin>:1: fix_lookalikes: 'Шумілiна' -> 'Шуміліна'
  explain: fixers that changed the text: fix_lookalikes (1 line)

The normalised text goes to stdout; with --explain, which fixers changed which line goes to
stderr, so `belnews normalize --explain in.txt > out.txt` keeps out.txt clean.
"""


_LATIN_EXAMPLE = """\
examples:
  $ belnews latin Святлана Ціханоўская
  Śviatłana Cichanoŭskaja
  $ belnews latin -s passport Святлана Ціханоўская
  Sviatlana Tsikhanouskaia
  $ belnews latin --no-assimilation Святлана
  Sviatłana
  $ belnews latin -s wikipedia --lang ru Светлана Тихановская
  Svetlana Tikhanovskaya

Text that is not Cyrillic passes through unchanged. `belnews systems` lists the systems;
`belnews latin -s bgn-pcgn - < in.txt > out.txt` converts a file of any size line by line.
"""

_CYRILLIC_EXAMPLE = """\
examples:
  $ belnews cyrillic Śviatłana Cichanoŭskaja
  Святлана Ціханоўская
  $ belnews cyrillic --orthography taraskievica Śviatłana
  Сьвятлана

For lossy systems (bgn-pcgn, passport, national-2023) the result is the most likely reading, not
a guarantee; `belnews systems` says which systems are reversible.
"""

_KEY_EXAMPLE = """\
examples:
  $ belnews key Ціханоўская
  cahanavskA
  $ belnews key Tsikhanouskaya
  cahanavskA
  $ belnews key Pavieł Łatuška
  @paviel lataska

Keys are for blocking and grouping; compare two names with `belnews match`.
"""

_MATCH_EXAMPLE = """\
examples:
  $ belnews match Лукашэнка Lukashenko
  match: CROSS_LANGUAGE (score 0.88, via be↔ru)
  $ belnews match "Siarhiej Cichanoŭski" "Śviatłana Cichanoŭskaja"
  no match: NO_MATCH (score 0.00, via same family name)

The exit code is 0 whether or not the names match; use --json for the verdict in a script.
"""

_VARIANTS_EXAMPLE = """\
example:
  $ belnews variants Ціханоўская
  lacinka        Cichanoŭskaja
  ...

`--json` gives {"name": ..., "variants": {system: spelling}} per name.
"""

_NAMES_EXAMPLE = """\
example:
  $ printf 'Pavieł Łatuška met Śviatłana Cichanoŭskaja.\\n' | belnews names
  <stdin>:1:1\tPavieł Łatuška\tPavieł Łatuška\t@paviel lataska
  ...

Columns: FILE:LINE:COLUMN, the name as written, its nominative, its key (tab-separated).
`--json` gives {"file", "line", "start", "end", "surface", "base", "key"} per name.
"""

_PARSE_EXAMPLE = """\
examples:
  $ belnews parse --names examples/pozirk_one-in-30-belarusians.txt
  examples/pozirk_one-in-30-belarusians.txt: One in 30 Belarusians is a victim of deportation...
    Pavieł Łatuška
      cyrillic       Павел Латушка
      lacinka        Pavieł Łatuška
      passport       Pavel Latushka
  ...

  belnews parse --pretty examples/pozirk_one-in-30-belarusians.txt
  belnews parse news/ > articles.jsonl
  belnews parse --reference-date 2022-12-31 - < page.html | jq .headline

Each object is {"file": ..., then the Article fields in the order docs/news.md documents}.
A progress bar appears on stderr when many files are parsed and stderr is a terminal.
"""

_SYSTEMS_EXAMPLE = """\
example:
  belnews systems --lang be
  belnews systems --json | jq -r .id
"""


def _para(text: str) -> str:
    """A description wrapped to the terminal's customary width (the formatter keeps it as is)."""
    import textwrap

    return textwrap.fill(text, width=79)


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """Keep the hand-wrapped examples as written; wrap everything else."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=30)


def _add_json(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--json", action="store_true", help=f"write one JSON object per {what} (JSON Lines)"
    )


def _add_text(
    parser: argparse.ArgumentParser,
    what: str = "text to convert (the words are joined with spaces)",
    metavar: str = "TEXT",
) -> None:
    parser.add_argument(
        "text", nargs="*", metavar=metavar, help=f"{what}; '-' or none reads stdin line by line"
    )


class _Parser(argparse.ArgumentParser):
    """argparse, but bad usage is one line on stderr (argparse adds the whole usage block)."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for ``belnews`` and all its subcommands."""
    from belnews._version import __version__

    parser = _Parser(
        prog=PROG,
        description=_para(
            "Normalise, transliterate, match and parse Belarusian news and names across Cyrillic, "
            "Łacinka and every romanization in use. Text comes from the arguments or, with '-' or "
            "no argument, from stdin, line by line."
        ),
        epilog=_MAIN_EXAMPLES,
        formatter_class=_Formatter,
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")

    normalize = commands.add_parser(
        "normalize",
        help="fix Unicode noise: apostrophes, look-alike letters, invisible characters, spaces",
        description=_para(
            "Normalise text (NFC, one apostrophe, Latin/Cyrillic look-alikes, invisible "
            "characters, exotic spaces) from files or stdin, line by line."
        ),
        epilog=_NORMALIZE_EXAMPLE,
        formatter_class=_Formatter,
    )
    normalize.add_argument(
        "files", nargs="*", metavar="FILE", help="files to normalise; '-' or none reads stdin"
    )
    normalize.add_argument(
        "--explain", action="store_true", help="also say on stderr which fixers changed what"
    )
    _add_json(normalize, "input line, with the fixers that changed it")
    normalize.set_defaults(handler=_cmd_normalize)

    latin = commands.add_parser(
        "latin",
        help="romanize Cyrillic text (Łacinka, national, BGN/PCGN, ISO 9, passport, ...)",
        description=_para("Romanize Belarusian (or Russian) Cyrillic text with one system."),
        epilog=_LATIN_EXAMPLE,
        formatter_class=_Formatter,
    )
    _add_text(latin)
    latin.add_argument(
        "-s",
        "--system",
        default="lacinka",
        help="romanization system id (default: lacinka; `belnews systems` lists them)",
    )
    latin.add_argument(
        "--lang",
        default="be",
        help="language of the Cyrillic text: be, ru, or auto (per word) (default: be)",
    )
    latin.add_argument(
        "--no-assimilation",
        dest="assimilation",
        action="store_false",
        help="lacinka only: no soft-consonant assimilation (Sviatłana, not Śviatłana)",
    )
    latin.add_argument(
        "--errors",
        default="strict",
        choices=["strict", "keep", "replace", "ignore"],
        help="a letter the system cannot render: fail (default), keep it, write ?, or drop it",
    )
    _add_json(latin, "line: input, output, system, lang")
    latin.set_defaults(handler=_cmd_latin)

    cyrillic = commands.add_parser(
        "cyrillic",
        help="read romanized text back into Belarusian Cyrillic",
        description=_para(
            "Convert Latin text written in one system back into Belarusian Cyrillic."
        ),
        epilog=_CYRILLIC_EXAMPLE,
        formatter_class=_Formatter,
    )
    _add_text(cyrillic)
    cyrillic.add_argument(
        "-s", "--system", default="lacinka", help="system the text is written in (default: lacinka)"
    )
    cyrillic.add_argument(
        "--orthography",
        default="narkamauka",
        choices=["narkamauka", "taraskievica"],
        help="official (narkamauka, default) or classical (taraskievica) spelling",
    )
    _add_json(cyrillic, "line: input, output, system, orthography")
    cyrillic.set_defaults(handler=_cmd_cyrillic)

    key = commands.add_parser(
        "key",
        help="the matching key of a name: one key for every spelling of one name",
        description=_para(
            "Print the matching key of a name (belnews.name_key): every spelling of one name "
            "(script, romanization, language, case, inflection) gives the same key. With '-' or "
            "no argument, one name per line of stdin, one key per line of output."
        ),
        epilog=_KEY_EXAMPLE,
        formatter_class=_Formatter,
    )
    _add_text(key, "the name (its words are joined with spaces)", "NAME")
    _add_json(key, "name: name, key, key_version")
    key.set_defaults(handler=_cmd_key)

    match = commands.add_parser(
        "match",
        help="compare two names: same person? how linked, with a score",
        description=_para(
            "Compare two names (belnews.match_names) and print whether they are the same person, "
            "the kind of link (EXACT > NORMALIZED > TRANSLIT > CROSS_LANGUAGE > PHONETIC > "
            "NO_MATCH), a score in [0, 1] and what linked them. Quote names of several words."
        ),
        epilog=_MATCH_EXAMPLE,
        formatter_class=_Formatter,
    )
    match.add_argument("a", metavar="A", help="a name, in any script or spelling")
    match.add_argument("b", metavar="B", help="another name")
    _add_json(match, "comparison: a, b, is_match, kind, score, via")
    match.set_defaults(handler=_cmd_match)

    variants = commands.add_parser(
        "variants",
        help="a name in every romanization, and its Russian form",
        description=_para(
            "Print a name's spelling in every romanization system (belnews.variants): for a "
            "Cyrillic name each Belarusian system, then, where derivable, the Russian form and its "
            "systems (ru:...); for a Latin name its Cyrillic reading first."
        ),
        epilog=_VARIANTS_EXAMPLE,
        formatter_class=_Formatter,
    )
    _add_text(variants, "the name (its words are joined with spaces)", "NAME")
    _add_json(variants, "name: name, variants")
    variants.set_defaults(handler=_cmd_variants)

    names = commands.add_parser(
        "names",
        help="find person names in running text, with base forms and keys",
        description=_para(
            "Find person names in running text (belnews.find_names) in English, Łacinka, "
            "Belarusian or Russian, line by line. Each line of output: FILE:LINE:COLUMN, the name "
            "as written, its base form (nominative) and its matching key, separated by tabs."
        ),
        epilog=_NAMES_EXAMPLE,
        formatter_class=_Formatter,
    )
    names.add_argument(
        "files", nargs="*", metavar="FILE", help="files to search; '-' or none reads stdin"
    )
    _add_json(names, "name found: file, line, start, end, surface, base, key")
    names.set_defaults(handler=_cmd_names)

    parse = commands.add_parser(
        "parse",
        help="parse news articles (text or HTML) into JSON: headline, dateline, quotes, teasers",
        description=_para(
            "Parse news articles, given as plain text or HTML (detected), into one JSON object "
            "per article (JSON Lines). Directories are searched for "
            f"{', '.join(ARTICLE_SUFFIXES)} files; a file that fails does not stop the others."
        ),
        epilog=_PARSE_EXAMPLE,
        formatter_class=_Formatter,
    )
    parse.add_argument(
        "inputs",
        nargs="*",
        metavar="PATH",
        help="article files or directories; '-' or none reads one article from stdin",
    )
    parse.add_argument(
        "--pretty", action="store_true", help="indent each JSON object (not JSON Lines)"
    )
    parse.add_argument("--url", help="the article's URL (one input only); may complete the date")
    parse.add_argument(
        "--reference-date",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="completes a dateline without a year (December 2) to the latest such date before it",
    )
    parse.add_argument(
        "--names",
        action="store_true",
        help=(
            "instead of the article, print the people it names, each in every romanization "
            "(with --json or --pretty: {file, name, key, variants} per person)"
        ),
    )
    parse.add_argument(
        "--json", action="store_true", help="JSON Lines output (the default; for symmetry)"
    )
    parse.set_defaults(handler=_cmd_parse)

    systems = commands.add_parser(
        "systems",
        help="list the romanization systems with their titles and sources",
        description=_para(
            "List every romanization system: id, language, reversibility, title, source."
        ),
        epilog=_SYSTEMS_EXAMPLE,
        formatter_class=_Formatter,
    )
    systems.add_argument("--lang", choices=["be", "ru"], help="only the systems for this language")
    _add_json(systems, "system")
    systems.set_defaults(handler=_cmd_systems)

    return parser


# --------------------------------------------------------------------------------------------------
# Entry points


def _exit_code(code: object) -> int:
    if code is None:
        return EXIT_OK
    if isinstance(code, int):
        return code
    return EXIT_BAD_INPUT


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line on ``argv`` (default ``sys.argv[1:]``) and return the exit code."""
    from belnews.errors import BelnewsError

    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 0 after --help/--version and 2 on bad usage
        return _exit_code(exc.code)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return handler(args)
    except InputError as exc:
        return _error(str(exc))
    except UsageError as exc:
        _warn(f"error: {exc}")
        return EXIT_USAGE
    except BelnewsError as exc:
        # Expected errors from the library (an unknown system, an option it does not know):
        # their messages already say what to do.  Anything else is a bug and keeps its traceback.
        return _error(str(exc))


def _stdout_gone() -> NoReturn:
    # The reader went away (`belnews latin - < big.txt | head`): stop quietly, as `cat` does.
    # Python would otherwise print a traceback while flushing stdout at exit.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    sys.exit(EXIT_BAD_INPUT)


def _utf8_stdio() -> None:
    """Write UTF-8 whatever the locale says: the text is Belarusian, not ASCII.

    Stdout also stops translating newlines, so the line endings a filter passes through stay
    exactly those of its input on every platform.
    """
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(encoding="utf-8", errors="backslashreplace", newline="\n")
    reconfigure = getattr(sys.stderr, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(encoding="utf-8", errors="backslashreplace")


def main_entry() -> None:
    """Console-script entry point: run :func:`main` and exit with its code."""
    _utf8_stdio()
    try:
        code = main()
        sys.stdout.flush()
    except BrokenPipeError:
        _stdout_gone()
    except KeyboardInterrupt:
        sys.stderr.write("\n")
        sys.exit(130)
    sys.exit(code)
