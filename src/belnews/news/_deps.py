"""The news parser's links to the other belnews modules, kept in one place.

Every call the news parser makes into normalisation (``belnews.normalize``) and names
(``belnews.names``) goes through the three small functions below, so that changing how they
are wired is a change here and nowhere else.
"""

from __future__ import annotations

from collections.abc import Sequence

from belnews.names import NameMention, find_names, name_key
from belnews.normalize import normalize

__all__ = ["find_person_names", "normalize_lines", "normalize_text", "speaker_key"]


def normalize_text(text: str) -> str:
    """The text as every belnews step sees it (``belnews.normalize``)."""
    return normalize(text)


def normalize_lines(texts: Sequence[str]) -> list[str]:
    """:func:`normalize_text` over many one-line texts in one call (they hold no line breaks)."""
    if not texts:
        return []
    parts = normalize("\n".join(texts)).split("\n")
    if len(parts) != len(texts):  # a fixer joined or split lines: take them one by one
        return [normalize(text) for text in texts]
    return parts


def find_person_names(text: str, language: str | None = None) -> tuple[NameMention, ...]:
    """Person-name mentions in ``text`` (``belnews.find_names``), told the text's ``language``
    ("en", "be", … or ``None``: a name's base is then read as in a language that declines)."""
    return find_names(text, language=language)


def speaker_key(name: str) -> str | None:
    """The name key of a named speaker (``belnews.name_key``).

    ``None`` for a speaker that is not a name ("the Office": it does not start with a capital).
    """
    if not name[:1].isupper():
        return None
    return name_key(name) or None
