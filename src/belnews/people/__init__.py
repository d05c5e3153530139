"""People of a corpus: every name mention grouped into persons (:func:`resolve`).

See ``docs/scaling.md``.  The Dask version is :func:`belnews.people.dask.resolve_bag`.
"""

from __future__ import annotations

from belnews.people.models import Person, PersonMention, Resolution
from belnews.people.resolver import Resolver, resolve

__all__ = ["Person", "PersonMention", "Resolution", "Resolver", "resolve"]
