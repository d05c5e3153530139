"""Import a script that is not part of the package (a benchmark, a tool) from its file."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType


def load_module(name: str, path: Path) -> ModuleType:
    """The module ``path`` defines, run once under ``name`` (not added to ``sys.modules``)."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def load_benchmark(name: str) -> ModuleType:
    """``benchmarks/<name>.py`` as a module: its folder is on ``sys.path`` while it loads (a
    benchmark imports its neighbours), and ``sys.path`` is as it was afterwards (a benchmark may
    put its own folder first)."""
    path = list(sys.path)
    sys.path.insert(0, str(BENCHMARKS))
    try:
        return load_module(name, BENCHMARKS / f"{name}.py")
    finally:
        sys.path[:] = path
