"""The optional compiled build (``BELNEWS_COMPILE=1``, ``hatch_build.py``): its module list.

CI builds the compiled wheel and runs the whole suite on it (``.ci/run``); this checks only what
a plain test run can: every listed module exists and none of them defines an ``attrs.field()``
(mypyc compiles a class's fields as native attributes, and an ``attrs.field()`` default breaks
the module at import).
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _modules() -> list[str]:
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    hook = config["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["custom"]
    return list(hook["modules"])


def test_every_compiled_module_exists_once() -> None:
    modules = _modules()
    assert len(modules) == len(set(modules))
    assert all((ROOT / module).is_file() for module in modules)


def test_no_compiled_module_defines_an_attrs_field() -> None:
    for module in _modules():
        text = (ROOT / module).read_text(encoding="utf-8")
        assert "attrs.field(" not in text, module
        assert "attr.ib(" not in text, module


def test_the_seams_the_benchmarks_patch_stay_pure_python() -> None:
    """bench_news and bench_html replace functions of these modules to time or skip a step; a
    compiled caller would call the original directly."""
    modules = set(_modules())
    assert not {"src/belnews/news/html.py", "src/belnews/news/_deps.py"} & modules
