"""The values the name functions return: frozen, hashable, comparable."""

from __future__ import annotations

import enum

import attrs

__all__ = ["MatchKind", "NameMatch", "NameMention"]


class MatchKind(enum.IntEnum):
    """How two spellings of a name are linked, best first (an ``IntEnum``: kinds compare).

    ``EXACT > NORMALIZED > TRANSLIT > CROSS_LANGUAGE > PHONETIC > FUZZY > NO_MATCH``.
    ``match_names(..., min_kind=...)`` sets the weakest kind accepted as a match (``PHONETIC``
    by default: a ``FUZZY`` link is reported only when asked for).
    """

    NO_MATCH = 0  #: different people (or not names at all)
    FUZZY = 1  #: one typing error inside a long surname (Kalesnikva / Kalesnikava)
    PHONETIC = 2  #: one sound apart inside a word (Stefanovic / Stefanovich, Ualdzimir)
    CROSS_LANGUAGE = 3  #: Belarusian and Russian forms of one name (Лукашэнка / Lukashenko)
    TRANSLIT = 4  #: one language's name in two scripts or romanizations (Лукашэнка / Łukašenka)
    NORMALIZED = 5  #: equal after case, spacing, word order, punctuation and marks are folded
    EXACT = 6  #: the same string


@attrs.frozen
class NameMatch:
    """The result of :func:`belnews.match_names`.

    ``score`` is in [0, 1] (1 for EXACT, 0 for NO_MATCH); ``via`` names the rules that linked
    the names (or, on a NO_MATCH, why they are different people): system ids ("passport",
    "lacinka", "ru:bgn-pcgn" ...), ``"lexical:<group>"``, ``"inflection"``, ``"initials"``,
    ``"typo"``, ``"same family name"``, ``"parent and child"`` ... - every value is listed in
    ``docs/names.md`` ("What ``via`` says") and in :data:`belnews.names.match.VIA`.
    """

    kind: MatchKind
    score: float
    via: tuple[str, ...] = ()

    @property
    def is_match(self) -> bool:
        """True when the names are judged to be the same person (any kind above NO_MATCH)."""
        return self.kind > MatchKind.NO_MATCH


@attrs.frozen
class NameMention:
    """A person's name found in running text by :func:`belnews.find_names`.

    ``start``/``end`` index ``text`` so that ``text[start:end] == surface``; ``base`` is the
    nominative (:func:`belnews.base_form`) and ``key`` its :func:`belnews.name_key`.
    """

    surface: str
    start: int
    end: int
    base: str
    key: str

    @property
    def span(self) -> tuple[int, int]:
        """``(start, end)``, as in ``re.Match.span()``."""
        return (self.start, self.end)
