"""The input paths of the command line: directories expanded to their files, with what to skip."""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence

from belnews.cli._io import STDIN

__all__ = ["expand_paths"]


def expand_paths(
    paths: Sequence[str], suffixes: tuple[str, ...]
) -> tuple[list[str], list[str], list[str]]:
    """Expand directories (recursively, files with ``suffixes`` only, sorted); keep the rest.

    Returns ``(inputs, failures, skipped)``: an empty directory is a failure; inside a directory
    a FIFO, socket or device is skipped (opening one could wait forever) and a broken link is a
    failure.  A path given explicitly is kept as given: a FIFO named on purpose (``-i <(cmd)``)
    is read, and ``-`` is stdin (a file named ``-`` is ``./-``).
    """
    inputs: list[str] = []
    failures: list[str] = []
    skipped: list[str] = []
    for path in paths:
        if path == STDIN or not os.path.isdir(path):
            inputs.append(path)  # a missing file fails later, in order, with the others
            continue
        found = sorted(
            os.path.join(root, name)
            for root, _, names in os.walk(path)
            for name in names
            if name.lower().endswith(suffixes)
        )
        if not found:
            failures.append(f"{path}: no {', '.join(suffixes)} files in it")
        for file in found:
            kind = _file_kind(file)
            if kind == "file":
                inputs.append(file)
            elif kind == "broken link":
                failures.append(f"{file}: broken symbolic link (its target does not exist)")
            else:
                skipped.append(f"{file}: skipped, not a regular file ({kind})")
    return inputs, failures, skipped


def _file_kind(path: str) -> str:
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return "broken link" if os.path.islink(path) else "file"  # vanished: fails when read
    except OSError:
        return "file"  # unreadable: fails when read, with its reason
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a device"
