"""Run the ``belnews`` command line in-process, as the CLI test modules do (or, where a real
stdout matters, in a process of its own)."""

from __future__ import annotations

import io
import subprocess
import sys
from typing import IO, Any

import pytest

from belnews.cli import main


def feed_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    """Make ``sys.stdin`` read ``data`` as a real binary-backed stream does."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Call ``main(argv)``: its exit code, then what it wrote to stdout and to stderr."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run_process(
    *argv: str, stdout: IO[Any], timeout: float = 120
) -> subprocess.CompletedProcess[bytes]:
    """``python -m belnews ARGV`` with its stdout on ``stdout`` (a real file) and its stderr
    kept: its exit status and stderr, for what only a real process shows."""
    return subprocess.run(
        [sys.executable, "-m", "belnews", *argv],
        stdout=stdout,
        stderr=subprocess.PIPE,
        timeout=timeout,
        check=False,
    )
