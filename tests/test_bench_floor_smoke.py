"""The floor benchmarks (``benchmarks/bench_lookup_floor.py``, ``bench_html_floor.py``) run end
to end on a few queries / pages and print their tables: they reach into the index's private
steps (``_wanted``, ``_collect``, ``_grade``, ``_memo``), so a renamed step fails here, not in
the lead's next measurement.  Skipped without the name-list cache, pymorphy3, trafilatura or
``../shared``."""

from __future__ import annotations

from pathlib import Path

import pytest

from by_path import load_benchmark


def test_the_lookup_floor_runs(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("pymorphy3")
    bench = load_benchmark("bench_lookup_floor")
    if not bench.bench_index.CACHE.exists():
        pytest.skip("the OpenCorpora name lists are not cached (bench_index.py makes them)")
    argv = ["--sizes", "300", "--per-kind", "1", "--queries", "3", "--rounds", "1"]
    assert bench.main(argv) == 0
    out = capsys.readouterr().out
    assert "(d) whole lookup" in out
    assert "floor a+b+c =" in out
    assert "bench_index's way" in out


def test_the_html_floor_runs(shared_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("trafilatura")
    bench = load_benchmark("bench_html_floor")
    assert bench.main(["--shared", str(shared_dir), "--pages", "2", "--rounds", "1"]) == 0
    out = capsys.readouterr().out
    assert "| lexbor parse |" in out
    assert "5x trafilatura =" in out
