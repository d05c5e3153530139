"""``benchmarks/bench_html.py --alone``: each extractor timed by itself, in a fresh process (one
pass over the pages after the warm-up), rounds in turn - the figure beside the page-by-page
turns that the goals use (skipped without ``../shared``); and the tally of the garbage
collections that fall in each extractor's time in the turns."""

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


def test_the_collections_of_the_turns_are_told_by_who_was_timed() -> None:
    """The turns share one garbage collector: each collection is tallied for the extractor
    being timed when it ran (none when nobody is timed)."""
    import gc

    bench = load_benchmark("bench_html")
    with bench.collections_by_caller() as tally:
        tally.caller = "a"
        gc.collect()
        tally.caller = None
        gc.collect()
    assert tally not in gc.callbacks
    assert tally.seen[("a", 2)][0] == 1
    assert {caller for caller, _generation in tally.seen} == {"a"}
    line = tally.line(["a", "b"])
    assert line.startswith("garbage collections in the timed calls: a gen0 ")
    assert "; b gen0 0x 0.0 ms, gen1 0x 0.0 ms, gen2 0x 0.0 ms" in line
    tally = bench.Collections()
    tally.seen.update({("a", 0): [2, 0.5], ("a", 2): [1, 1.0], ("b", 1): [1, 0.25]})
    assert (tally.seconds("a"), tally.seconds("b")) == (1.5, 0.25)
