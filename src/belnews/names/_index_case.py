"""The case stage of :class:`belnews.NameIndex`: the keys a mention read as a case form is
looked up under, and its reading with Russian е- as Belarusian я- (яканне).

A mention that finds nobody under its own keys may be a case form ("Ивана Кузнецова"): each
surname-like word is looked up under the skeletons of its possible nominatives
(:func:`case_bases`), and the names found are read word by word
(:func:`belnews.names._index_fast.read_as_case`).  Russian е- at the start of a word is
Belarusian я- (Ермолаев / Ярмалаеў, Евсения / Яўсенія), in every case: a mention with such a
word is read again with it written the other way (:func:`belnews.names._index_slips.
yakanne_variants`), and an answer so found says so (:func:`with_yakanne`).
"""

from __future__ import annotations

from collections.abc import Callable

from belnews.names._blocking import surname_keys
from belnews.names._index_fast import may_read, readings
from belnews.names._index_rows import Rows
from belnews.names._index_slips import MAX_SCANNED
from belnews.names._tokens import Token
from belnews.names.match import _result
from belnews.names.models import NameMatch

__all__ = ["YAKANNE_COST", "case_bases", "case_slots", "with_yakanne"]

#: What reading е- as я- costs an answer of the case stage (as the matcher's ``yakanne`` rule).
YAKANNE_COST = 0.03


def case_bases(tokens: tuple[Token, ...], words: list[Token]) -> dict[str, set[str]]:
    """Each surname key of the mention -> the keys its nominatives are filed under: its own,
    the skeletons of its possible nominatives, and for a woman's -ава/-іна form also the man's
    (the genitive: Кузнецова of Кузнецов)."""
    bases = surname_keys(tokens, inflected=True)
    for word in words:
        if word.key in bases and word.skeleton.endswith("a") and len(word.skeleton) > 4:
            bases[word.key].add(word.skeleton[:-1])
    return bases


def case_slots(
    tokens: tuple[Token, ...],
    words: list[Token],
    names: Rows,
    wanted: Callable[[tuple[Token, ...], dict[str, set[str]]], list[int]],
) -> list[int]:
    """The slots of ``names`` the mention may be a case form of: up to :data:`MAX_SCANNED`
    slots of the blocks of its nominatives (``wanted``, given :func:`case_bases`), sifted by
    :func:`may_read` on their stored words (fetched in one call)."""
    slots = wanted(tokens, case_bases(tokens, words))[:MAX_SCANNED]
    if not slots:
        return slots  # (the words' readings made only for blocks that hold names)
    reads = [(readings(word), _stem(word)) for word in words]
    rows = names.pick(slots)
    return [slot for slot, row in zip(slots, rows, strict=True) if may_read(reads, row[2])]


def _stem(word: Token) -> str:
    """The skeleton of the man's surname ``word`` is the genitive of (Кузнецова: Кузнецов), or
    ``""`` (a skeleton without the final ``a`` of a genitive)."""
    sk = word.skeleton
    return sk[:-1] if sk.endswith("a") and len(sk) > 1 else ""


def with_yakanne(match: NameMatch) -> NameMatch:
    """``match`` found with е- read as я-: ``"я/е"`` in ``via``, :data:`YAKANNE_COST` lower.

    >>> from belnews.names.models import MatchKind
    >>> with_yakanne(NameMatch(MatchKind.CROSS_LANGUAGE, 0.82, ("inflection",)))
    NameMatch(kind=<MatchKind.CROSS_LANGUAGE: 3>, score=0.79, via=('inflection', 'я/е'))
    """
    score = round(max(0.05, match.score - YAKANNE_COST), 3)
    return _result(match.kind, score, (*match.via, "я/е"))
