"""Run the ``belnews`` command line in-process, as the CLI test modules do."""

from __future__ import annotations

import io
import sys

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
