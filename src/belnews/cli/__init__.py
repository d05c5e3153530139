"""The ``belnews`` command line: one-off conversions, and a streaming filter for pipelines.

Parts: ``_parser`` builds the argument parser from the table of subcommands in ``_commands``
(parsing only); ``_io`` streams input and output (files, stdin, encodings, a full disk);
``_paths`` expands directories to their files; ``_context`` applies the one input rule;
``_text``, ``_names`` and ``_news`` hold the handlers; ``_main`` dispatches and turns errors
into exit codes.  Handlers import the library only when they run, so ``belnews --help`` stays
fast.
"""

from __future__ import annotations

from belnews.cli._main import main, main_entry

# Loaded on first use, so that `belnews --version` imports neither argparse nor the I/O module.
_LAZY = {
    "BATCH_BYTES": "belnews.cli._io",
    "InputError": "belnews.cli._io",
    "OutputError": "belnews.cli._io",
    "UsageError": "belnews.cli._io",
    "iter_batches": "belnews.cli._io",
    "iter_lines": "belnews.cli._io",
    "build_parser": "belnews.cli._parser",
}

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


def __getattr__(name: str) -> object:
    import importlib

    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'belnews.cli' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
