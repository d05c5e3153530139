"""Personal names: keys, matching, variants, inflected forms, names in running text.

The one problem belnews exists to solve: the same person reaches a pipeline as Ціханоўская,
Тихановская, Cichanoŭskaja, Tsikhanouskaya, Tikhanovskaya, Tichanowskaja or Ціханоўскай.
See ``docs/names.md``.
"""

from __future__ import annotations

from belnews.names.find import find_names
from belnews.names.forms import base_form, gender
from belnews.names.index import Candidate, NameIndex
from belnews.names.key import KEY_VERSION, name_key
from belnews.names.match import match_names
from belnews.names.models import MatchKind, NameMatch, NameMention
from belnews.names.parts import NamePart, name_parts
from belnews.names.variants import variants

__all__ = [
    "KEY_VERSION",
    "Candidate",
    "MatchKind",
    "NameIndex",
    "NameMatch",
    "NameMention",
    "NamePart",
    "base_form",
    "find_names",
    "gender",
    "match_names",
    "name_key",
    "name_parts",
    "variants",
]
