"""benchmarks/bench_index.py states its method in its output (review of round 6): a result of
the round-6 warm-up and a ``--merge``d result of an earlier round (one lookup before the timed
window, the lexicon loads inside it) are not printed alike."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType


def _bench() -> ModuleType:
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_index.py"
    spec = importlib.util.spec_from_file_location("_bench_index_under_test", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # (stdlib imports only at module level)
    return module


def test_the_warm_up_line_says_which_method_ran() -> None:
    bench = _bench()
    now = bench._warm_up_line({"first_lookup_s": 0.5, "warm_up": "round 6"})
    before = bench._warm_up_line({"first_lookup_s": 0.5})  # a round-5 --json result
    assert "round 6" in now
    assert "before the timed lookups" in now
    assert before.startswith("first lookup only")
    assert "inside the timed lookups" in before
    assert all(m.strip() for m in bench.WARM_UP)
