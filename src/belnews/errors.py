"""The belnews exception tree.

Every error belnews raises on purpose is a :class:`BelnewsError`, and each one also subclasses the
builtin a caller would naturally catch (``ValueError`` for bad values, ``LookupError`` for unknown
names), so ``except ValueError`` keeps working in code that has never heard of belnews.
Messages say what to do, not only what went wrong.
"""

from __future__ import annotations

from functools import partial
from typing import Any

__all__ = [
    "BelnewsError",
    "ConfigError",
    "DuplicateDocumentError",
    "NotTextError",
    "SystemDataError",
    "UnknownSystemError",
    "UntransliterableError",
    "ensure_str",
]


class BelnewsError(Exception):
    """Base class of every error raised by belnews on purpose."""


class ConfigError(BelnewsError, ValueError):
    """An option or configuration value is not one belnews understands."""


class UnknownSystemError(BelnewsError, LookupError):
    """A romanization system id that is not registered."""

    def __init__(
        self,
        system_id: str,
        *,
        known: tuple[str, ...],
        lang: str | None = None,
        suggestion: str | None = None,
    ) -> None:
        self.system_id = system_id
        self.known = known
        self.lang = lang
        self.suggestion = suggestion
        where = f" for lang={lang!r}" if lang else ""
        hint = f"did you mean {suggestion}? " if suggestion else ""
        super().__init__(
            f"unknown romanization system {system_id!r}{where}; "
            f"{hint}use one of: {', '.join(known)} (belnews.system_ids() lists them)"
        )

    # Errors cross process boundaries (Dask, multiprocessing); the default reduction would call
    # __init__ with the message alone, so each structured error says how to rebuild itself.
    def __reduce__(self) -> tuple[Any, ...]:
        rebuild = partial(
            type(self), self.system_id, known=self.known, lang=self.lang, suggestion=self.suggestion
        )
        return (rebuild, ())


class DuplicateDocumentError(BelnewsError, ValueError):
    """A document id given twice to one resolution (:class:`belnews.Resolver`,
    :func:`belnews.resolve`): a mention's span indexes its document's text, so an id names one
    document."""

    def __init__(self, doc_id: str) -> None:
        self.doc_id = doc_id
        super().__init__(
            f"a document with id {doc_id!r} was added already; give each document its own id "
            "(mention spans index the document's text)"
        )

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.doc_id,))


class NotTextError(BelnewsError, ValueError):
    """Bytes that are no page and no text: a compressed file, a PDF, an archive, an image
    (:func:`belnews.parse_article` of such bytes; the CLI reports it and goes on)."""


class SystemDataError(BelnewsError, ValueError):
    """A romanization data file failed validation (a packaging or editing mistake)."""

    def __init__(self, system_id: str, problem: str) -> None:
        self.system_id = system_id
        self.problem = problem
        super().__init__(f"romanization data for {system_id!r} is invalid: {problem}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.system_id, self.problem))


class UntransliterableError(BelnewsError, ValueError):
    """A Cyrillic letter the chosen system has no Latin value for (with ``errors="strict"``)."""

    def __init__(self, char: str, index: int, system: str) -> None:
        self.char = char
        self.index = index
        self.system = system
        super().__init__(
            f"{system!r} has no Latin value for {char!r} (U+{ord(char):04X}) at index {index}; "
            'pass errors="keep", "replace" or "ignore" to to_latin(), or choose another system'
        )

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.char, self.index, self.system))


def ensure_str(value: object, name: str = "text") -> str:
    """Return ``value`` if it is a ``str``; else raise a ``TypeError`` that says how to fix it."""
    if isinstance(value, str):
        return value
    if isinstance(value, (bytes, bytearray, memoryview)):
        raise TypeError(
            f"{name} must be str, not {type(value).__name__}; decode it first, "
            f"e.g. {name}.decode('utf-8')"
        )
    raise TypeError(f"{name} must be str, not {type(value).__name__}")
