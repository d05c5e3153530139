"""The values the name functions return: frozen, hashable, comparable."""

from __future__ import annotations

import enum

import attrs

__all__ = ["MatchKind", "NameMatch", "NameMention"]


class MatchKind(enum.IntEnum):
    """How two spellings of a name are linked, best first (an ``IntEnum``: kinds compare).

    ``EXACT > NORMALIZED > TRANSLIT > CROSS_LANGUAGE > PHONETIC > NO_MATCH``.
    """

    NO_MATCH = 0  #: different people (or not names at all)
    PHONETIC = 1  #: the keys differ by one sound inside the surname (Loukachenko / Lukashenko)
    CROSS_LANGUAGE = 2  #: Belarusian and Russian forms of one name (Лукашэнка / Lukashenko)
    TRANSLIT = 3  #: one language's name in two scripts or romanizations (Лукашэнка / Łukašenka)
    NORMALIZED = 4  #: equal after case, spacing, word order, punctuation and marks are folded
    EXACT = 5  #: the same string


@attrs.frozen
class NameMatch:
    """The result of :func:`belnews.match_names`.

    ``score`` is in [0, 1] (1 for EXACT, 0 for NO_MATCH); ``via`` says what linked the names:
    system ids ("passport", "lacinka" ...), ``"lexical:<group>"`` for a given-name pair from the
    table, ``"inflection"``, ``"initials"``, ``"patronymic"``, ``"word order"``, or
    ``"same family name"`` on a NO_MATCH between relatives.
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
