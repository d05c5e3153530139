"""Entry points: parse the arguments, run the subcommand's handler, turn errors into exit codes.

Exit status: 0 success; 1 bad input (whatever could be processed was) or output that could not
be written; 2 bad usage, always (an unknown option, system, language or value); 3 ``match``
found a pair that does not match; 130 interrupted (Ctrl-C); 141 the output pipe was closed
(``| head``), quietly, as ``cat`` does.  Expected errors are one line on stderr, never a
traceback.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from belnews.cli._io import (
    EXIT_BAD_INPUT,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_PIPE_CLOSED,
    EXIT_USAGE,
    InputError,
    OutputError,
    UsageError,
    error,
    warn,
)

TYPE_CHECKING = False  # not typing's: `belnews --version` need not import typing
if TYPE_CHECKING:
    from typing import NoReturn


def _exit_code(code: object) -> int:
    if code is None:
        return EXIT_OK
    if isinstance(code, int):
        return code
    return EXIT_BAD_INPUT


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line on ``argv`` (default ``sys.argv[1:]``) and return the exit code."""
    from belnews.cli._commands import BY_NAME
    from belnews.cli._parser import build_parser

    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 0 after --help/--version and 2 on bad usage
        return _exit_code(exc.code)
    command = BY_NAME.get(getattr(args, "command", None) or "")
    if command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    return _run(command.name, command.load(), args)


def _run(name: str, handler: object, args: object) -> int:
    from belnews.cli._context import Context
    from belnews.errors import BelnewsError

    try:
        ctx = Context(args, name)  # type: ignore[arg-type]
        try:
            code: int = handler(ctx)  # type: ignore[operator]
        except BaseException:
            ctx.out.close(create=False)  # what was written stays; no file for nothing
            raise
        ctx.out.close()
        return code
    except UsageError as exc:
        warn(f"error: {exc} (see 'belnews {name} --help')")
        return EXIT_USAGE
    except OutputError as exc:
        _discard_stdout()
        return error(str(exc))
    except InputError as exc:
        return error(str(exc))
    except BelnewsError as exc:
        # Expected errors from the library: their messages say what to do.  Anything else is a
        # bug and keeps its traceback.
        return error(str(exc))


def _discard_stdout() -> None:
    """Send what is still buffered for stdout to /dev/null, so exiting prints no second error."""
    try:
        fd = sys.stdout.fileno()
    except (OSError, ValueError, AttributeError):
        return  # not a real file (a test's capture): nothing will be flushed at exit
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)


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


def main_entry() -> NoReturn:
    """Console-script entry point: run :func:`main` and exit with its code."""
    if sys.argv[1:] == ["--version"]:  # what argparse prints, without building the parser
        from belnews._version import __version__

        sys.stdout.write(f"belnews {__version__}\n")
        sys.exit(EXIT_OK)
    _utf8_stdio()
    try:
        code = main()
        sys.stdout.flush()
    except BrokenPipeError:  # the reader went away (`| head -1`): stop quietly, as `cat` does
        _discard_stdout()
        code = EXIT_PIPE_CLOSED
    except OSError as exc:  # the last flush of stdout failed (a full disk)
        _discard_stdout()
        code = error(f"cannot write <stdout>: {exc.strerror or exc}")
    except KeyboardInterrupt:
        _discard_stdout()
        sys.stderr.write("\n")
        warn("interrupted")
        code = EXIT_INTERRUPTED
    sys.exit(code)
