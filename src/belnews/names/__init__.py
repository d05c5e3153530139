"""Personal names: keys, matching, variants, inflected forms, names in running text.

The one problem belnews exists to solve: the same person reaches a pipeline as Ціханоўская,
Тихановская, Cichanoŭskaja, Tsikhanouskaya, Tikhanovskaya, Tichanowskaja or Ціханоўскай.
"""

from __future__ import annotations

from belnews.names.forms import base_form
from belnews.names.key import KEY_VERSION, name_key
from belnews.names.match import match_names
from belnews.names.models import MatchKind, NameMatch, NameMention

__all__ = [
    "KEY_VERSION",
    "MatchKind",
    "NameMatch",
    "NameMention",
    "base_form",
    "match_names",
    "name_key",
]
