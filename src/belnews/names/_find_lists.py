"""Names as directories and sanctions lists print them, for :func:`belnews.find_names`:
"LUKASHENKA, Aliaksandr Ryhoravich" - the surname in capitals, a comma, then the given name and
patronymic.  The run scan stops at the comma, so the name is found without its surname; a name
of a given name and a patronymic that follows such a word takes it back.  Only then: a word in
capitals and a comma before a bare given name is as often an acronym ("NATO, Joe Biden")."""

from __future__ import annotations

from typing import Final

from belnews.names._tokens import parse_name, patronymic_shaped

__all__ = ["list_surname_start"]

_LOOK_BACK: Final = 60  # characters before a name where its surname may stand
_OPENERS: Final = "(\"'«“„["
_INSIDE: Final = str.maketrans("", "", "-'’")  # a surname's hyphens and apostrophes


def _given_and_patronymic(surface: str) -> bool:
    tokens = parse_name(surface)
    return (
        len(tokens) == 2
        and tokens[0].group is not None
        and not tokens[1].initial
        and patronymic_shaped(tokens[1])
    )


def list_surname_start(text: str, start: int, end: int, after: int) -> int:
    """Where the name found at ``start``..``end`` begins: at "SURNAME, " before it when it is a
    given name and a patronymic (and the surname begins at or after ``after``, the end of the
    name found before), else at ``start``.  The caller checks first that a comma is near."""
    window_start = max(0, start - _LOOK_BACK)
    head = text[window_start:start].rstrip(" \t")  # a word in capitals, a comma, 1-3 spaces
    if not head.endswith(",") or start - window_start - len(head) > 3:
        return start
    words = head[:-1].split()
    word = words[-1].lstrip(_OPENERS) if words else ""
    at = window_start + len(head) - 1 - len(word)  # where the word begins
    plain = word.translate(_INSIDE)
    if not (head[:-1].endswith(word) and len(plain) > 1 and plain.isalpha() and word.isupper()):
        return start
    if at < after or (at == window_start and window_start > 0):  # (a word cut by the window)
        return start
    return at if _given_and_patronymic(text[start:end]) else start
