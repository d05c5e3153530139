"""The ``belnews`` command line: one-off conversions, and a streaming filter for pipelines.

Parts: ``_parser`` builds the argument parser from the table of subcommands in ``_commands``
(parsing only); ``_io`` streams input and output (files, stdin, directories, encodings, a full
disk); ``_context`` applies the one input rule; ``_text``, ``_names`` and ``_news`` hold the
handlers; ``_main`` dispatches and turns errors into exit codes.  Handlers import the library
only when they run, so ``belnews --help`` stays fast.
"""

from __future__ import annotations

from belnews.cli._io import (
    BATCH_BYTES,
    InputError,
    OutputError,
    UsageError,
    iter_batches,
    iter_lines,
)
from belnews.cli._main import main, main_entry
from belnews.cli._parser import build_parser

__all__ = [
    "BATCH_BYTES",
    "InputError",
    "OutputError",
    "UsageError",
    "build_parser",
    "iter_batches",
    "iter_lines",
    "main",
    "main_entry",
]
