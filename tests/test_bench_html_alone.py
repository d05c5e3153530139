"""``benchmarks/bench_html.py --alone``: each extractor timed by itself, in a fresh process (one
pass over the pages after the warm-up), rounds in turn - the figure beside the page-by-page
turns that the goals use.  Skipped without ``../shared``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from by_path import load_benchmark


def test_each_extractor_is_timed_alone_in_its_own_process(
    shared_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bench = load_benchmark("bench_html")
    bench.main(["--shared", str(shared_dir), "--part", "check", "--peers", "", "--alone", "2"])
    out = capsys.readouterr().out
    assert re.fullmatch(r"belnews +alone pages/s: \d+\.\d, \d+\.\d\n", out)
