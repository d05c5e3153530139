"""The rule engine behind :mod:`belnews.translit` (private).

It knows :mod:`belnews.systems` (the model) and nothing of the registry or the public API, so
:mod:`belnews.registry` can check samples with it and :mod:`belnews.translit` can run it without
an import cycle: systems ← _translit ← registry ← translit.
"""

from __future__ import annotations

from belnews._translit.calm import quiet
from belnews._translit.engine import Engine
from belnews._translit.run import (
    ERRORS,
    apply,
    apply_unusual,
    engine_for,
    resolve_options,
    transliterate,
)

__all__ = [
    "ERRORS",
    "Engine",
    "apply",
    "apply_unusual",
    "engine_for",
    "quiet",
    "resolve_options",
    "transliterate",
]
