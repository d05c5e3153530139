"""Shared test configuration: Hypothesis profiles and access to ``../shared`` data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from belnews.text import _fast

# CI runs a fixed, derandomised example budget so that a red run can be reproduced exactly;
# "dev" is the default for local runs; "thorough" is for hunting bugs before a release.
settings.register_profile(
    "ci",
    max_examples=150,
    derandomize=True,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile("thorough", max_examples=5000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))

TESTS_DIR = Path(__file__).resolve().parent
DATA_DIR = TESTS_DIR / "data"
# BELNEWS_SHARED points the tests at another copy of the shared data - or at none
# (BELNEWS_SHARED=/nonexistent runs the suite as a plain clone would).
SHARED_DIR = Path(os.environ.get("BELNEWS_SHARED") or TESTS_DIR.parent.parent / "shared")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` (or ``$BELNEWS_SHARED``): the big corpora; tests that need it skip without.

    Only the large shared corpora (UD sentences, Kolas's novel, the HTML benchmarks) are read
    from here; what a test must always have is copied into ``tests/data``.
    """
    if not (SHARED_DIR / "data").is_dir():
        pytest.skip(f"the shared corpora ({SHARED_DIR}) are not present; set BELNEWS_SHARED")
    return SHARED_DIR


@pytest.fixture(scope="session")
def news_pages_dir() -> Path:
    """``tests/data/news_pages``: copies of the 15 shared plain-text news pages (always there)."""
    return DATA_DIR / "news_pages"


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """``tests/data``: what a test must always have, copied with its source and licence noted."""
    return DATA_DIR


# The compiled build (``BELNEWS_COMPILE=1``, see hatch_build.py) checks the argument types of a
# compiled function in mypyc's own words before its body runs: the same TypeError, worded
# "str object expected; got bytes".  The pure build keeps belnews's own messages exactly.
COMPILED = not (_fast.__file__ or ".py").endswith(".py")


def type_error_message(pattern: str) -> str:
    """``pattern`` for ``pytest.raises(TypeError, match=...)``; in the compiled build, mypyc's
    wording is accepted too."""
    return f"{pattern}|str object expected; got " if COMPILED else pattern
