"""Shared test configuration: Hypothesis profiles and access to ``../shared`` data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

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
SHARED_DIR = TESTS_DIR.parent.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` beside the project root; tests that need it skip when it is absent."""
    if not (SHARED_DIR / "data").is_dir():
        pytest.skip("../shared is not present beside the project root")
    return SHARED_DIR


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """``tests/data``: what a test must always have, copied with its source and licence noted."""
    return DATA_DIR
