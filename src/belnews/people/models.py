"""The values :func:`belnews.resolve` returns: frozen, hashable, JSON-ready via ``to_dict``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import attrs

__all__ = ["Person", "PersonMention", "Resolution"]


@attrs.frozen
class PersonMention:
    """One mention of a person: the document, the span in its text and the words as written."""

    doc: str
    start: int
    end: int
    surface: str

    def to_dict(self) -> dict[str, Any]:
        """``{"doc", "start", "end", "surface"}``."""
        return attrs.asdict(self)


@attrs.frozen
class Person:
    """A person of a corpus: an id, canonical spellings and every mention.

    ``id`` is the :class:`belnews.NameIndex` id (as a string) of a person found in the index
    (``known``), otherwise ``"new:<n>"``.  ``cyrillic`` is the nominative in Cyrillic (Belarusian
    when the corpus has it), ``lacinka`` and ``passport`` the same name in those systems (``""``
    when it cannot be spelled: a foreign name seen only in Latin letters has no Cyrillic form).
    """

    id: str
    known: bool
    cyrillic: str
    lacinka: str
    passport: str
    spellings: tuple[str, ...]  #: distinct surfaces as written, most frequent first
    mentions: tuple[PersonMention, ...]  #: in (doc, start) order

    @property
    def mention_count(self) -> int:
        """How many times the person is mentioned."""
        return len(self.mentions)

    @property
    def documents(self) -> tuple[str, ...]:
        """The distinct documents that mention the person, in order."""
        return tuple(dict.fromkeys(m.doc for m in self.mentions))

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (the fields, ``mention_count`` and ``documents``)."""
        return {
            "id": self.id,
            "known": self.known,
            "cyrillic": self.cyrillic,
            "lacinka": self.lacinka,
            "passport": self.passport,
            "spellings": list(self.spellings),
            "mention_count": self.mention_count,
            "documents": list(self.documents),
            "mentions": [m.to_dict() for m in self.mentions],
        }


@attrs.frozen
class Resolution:
    """Every person of a corpus, most mentioned first (then by id)."""

    persons: tuple[Person, ...]
    documents: int
    mentions: int

    def __len__(self) -> int:
        return len(self.persons)

    def __iter__(self) -> Iterator[Person]:
        return iter(self.persons)

    def to_dict(self) -> dict[str, Any]:
        """``{"documents", "mentions", "persons": [Person.to_dict(), ...]}``."""
        return {
            "documents": self.documents,
            "mentions": self.mentions,
            "persons": [p.to_dict() for p in self.persons],
        }
