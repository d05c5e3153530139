"""The news parser's links to the other belnews modules, kept in one place.

Names (``belnews.names``) and normalisation (``belnews.normalize``) are built alongside the news
parser.  Every call into them goes through the three small functions below, so that wiring a
module in (or out) is a one-line change here and nowhere else.  While a module is missing, the
function degrades: no normalisation, no name mentions, no speaker keys.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable
from typing import Any

__all__ = ["find_person_names", "normalize_text", "speaker_key"]


@functools.cache
def _optional(module: str, name: str) -> Callable[..., Any] | None:
    """``module.name`` if that module exists and defines it, else ``None`` (looked up once)."""
    try:
        found = getattr(importlib.import_module(module), name, None)
    except ImportError:
        return None
    return found if callable(found) else None


def normalize_text(text: str) -> str:
    """``belnews.normalize`` when it is available; the text unchanged otherwise."""
    normalize = _optional("belnews.normalize", "normalize")
    return text if normalize is None else str(normalize(text))


def find_person_names(text: str) -> tuple[Any, ...]:
    """Person-name mentions in ``text`` (``belnews.find_names``), or ``()`` until it exists."""
    find_names = _optional("belnews.names", "find_names")
    return () if find_names is None else tuple(find_names(text))


def speaker_key(name: str) -> str | None:
    """The name key of a speaker (``belnews.name_key``), or ``None`` until it exists."""
    name_key = _optional("belnews.names", "name_key")
    if name_key is None:
        return None
    key = name_key(name)
    return str(key) if key else None
