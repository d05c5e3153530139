"""``benchmarks/bench_html.py --alone``: each extractor timed by itself, in a fresh process (one
pass over the pages after the warm-up), rounds in turn - the figure beside the page-by-page
turns that the goals use.  Skipped without ``../shared``."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from by_path import load_module

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def test_each_extractor_is_timed_alone_in_its_own_process(
    shared_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = list(sys.path)
    try:
        bench = load_module("_bench_html_alone_under_test", BENCHMARKS / "bench_html.py")
    finally:
        sys.path[:] = path
    bench.main(["--shared", str(shared_dir), "--part", "check", "--peers", "", "--alone", "2"])
    out = capsys.readouterr().out
    assert re.fullmatch(r"belnews +alone pages/s: \d+\.\d, \d+\.\d\n", out)
