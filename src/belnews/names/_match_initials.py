"""Initials in a pairing of two names (:mod:`belnews.names.match`): a name writes its initials
in the order of its words, the given name's first ("И. В. Петров": Иван Васильевич).

- :func:`patronymic_initial`: an initial left over after the given name's may be the
  patronymic's ("И. В. Петров" / "Петров Иван Васильевич": В. is the father's);
- :func:`initial_before_given`: an initial left over *before* the initial paired with the other
  name's given name stands in the given name's place, so the names are two people ("V. A.
  Lukashenko" is no Aliaksandr, "I. V. Petrov" no Vasily: the second initial is the father's).
"""

from __future__ import annotations

from belnews.names._rules import Link
from belnews.names._rules_readings import initial_fits, patronymic_group
from belnews.names._tokens import Token

__all__ = ["Pairing", "after_given", "initial_before_given", "patronymic_initial"]

Pairing = tuple[list[Link], tuple[int, ...]]  # links, and the long name's word of each


def after_given(long: tuple[Token, ...], pairing: Pairing) -> list[Token]:
    """The words of ``long`` left over after the first one paired with a given name."""
    links, chosen = pairing
    paired = [j for lk, j in zip(links, chosen, strict=True) if not lk.surname]
    given_at = min(paired, default=len(long))
    return [t for j, t in enumerate(long) if j > given_at and j not in chosen]


def initial_before_given(long: tuple[Token, ...], pairing: Pairing) -> bool:
    """Whether an initial of ``long`` that no word of the other name pairs with comes before
    the first initial of ``long`` paired with a given name (not a surname): then the other
    name's given name was paired with a second initial, a middle name's or the father's.

    Only initials are compared: a name that spells a word in full before its given name
    ("F. Scott Fitzgerald" / "Scott Fitzgerald") is not judged by this rule."""
    links, chosen = pairing
    given = [j for lk, j in zip(links, chosen, strict=True) if not lk.surname and long[j].initial]
    if not given:
        return False
    first = min(given)
    return any(long[j].initial and j not in chosen for j in range(first))


def patronymic_initial(
    leftovers: list[Token],
    paired: tuple[tuple[Token, ...], Pairing],
    pats: tuple[list[Token], ...],
    extra: list[str],
) -> list[str]:
    """``extra`` (the ``via`` additions), ``"patronymic initial"`` for ``"patronymic"`` when
    an initial left over after the given name's (:func:`after_given` of ``paired``) fits the
    patronymic of the other name, the only one with a patronymic, and the shorter (``pats``:
    its and the longer's).  "И. В. Петров" / "Петров Иван Васильевич": В. is the father's
    (taken out of ``leftovers``); one that does not fit (Петров Иван Николаевич) stays a word
    left over (one that comes first is :func:`initial_before_given`'s)."""
    fathers, own = pats
    if not fathers or own:
        return extra
    father = fathers[0]  # fits by its own first letter, or its given name's (Рыгоравіч: G.)
    group = patronymic_group(father.text)
    father = father._replace(group=group) if group else father
    after = after_given(*paired)
    found = next((t for t in after if t.initial and initial_fits(t, father)), None)
    if found is None:
        return extra
    leftovers.remove(found)
    return ["patronymic initial", *extra[1:]]
