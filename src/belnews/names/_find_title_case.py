"""Names in a Title Case line, for :func:`belnews.find_names`.

English headlines and teaser titles capitalise every word ("Sviatlana Tsikhanouskaya Visits
Berlin", "Jacob Collier Answers Instrument & Music Theory Questions"), so there a capital letter
says nothing and a run of capitalised words is no name by itself.  A mention found in such a line
keeps only what the words themselves show:

- a name with a given name (the curated table or the lexicons) keeps its given names, the word
  after them (the surname), and after that only name particles and words of a surname ending no
  other word has ("Louis Van Gaal", "Robert Downey Jr"): "Jacob Collier Answers Instrument" ->
  "Jacob Collier";
- a name without one keeps its leading words of a surname ending no other word has ("Lukashenko
  Says" -> "Lukashenko"), as a sentence's first word does elsewhere, or is dropped ("Debt
  Rises", "Use Android", a lone "Within");
- a name with an initial keeps its words up to the one after its last initial ("C. Welch");
- words of a name kept in full before stay ("Kolesnikova" after "Maria Kolesnikova").

A line is Title Case when it has at least :data:`_MIN_WORDS` words and at most
:data:`_MAX_LINE` characters (a headline, a title, a caption), no Cyrillic letter, and every
word of four letters or more starts with a capital letter but not all are in capitals (sentence
case has lowercase words of that length).  Each line is read once, and no further than its
first such lowercase word, so a text costs time linear in its size.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from belnews._language_codes import primary_subtag
from belnews.names._find_info import any_given
from belnews.names._find_words import _strong_surname_ending
from belnews.names.models import NameMention
from belnews.names.parts import PARTICLES
from belnews.text import finditer_words, has_cyrillic

__all__ = ["english", "in_title_case"]

_MIN_WORDS: Final = 4
_MAX_LINE: Final = 300  # characters: a headline, a title or a caption is shorter
_LONG: Final = 4  # a word of this many letters is capitalised in Title Case, lower in a sentence
_PARTICLES: Final = PARTICLES | {"jr", "sr", "ii", "iii"}  # (and the suffixes after a name)


def english(language: str | None) -> bool:
    """Whether ``find_names`` reads Title Case lines: in English text (``language`` "en",
    "en-GB", "eng" ...).  Other languages write headlines in sentence case; a short line of
    names in them looks like Title Case ("Prezydent Andrzej Duda i Algirdas Paleckis")."""
    return bool(language) and primary_subtag(language or "") == "en"


def _title_case_line(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a Title Case line (module docstring).  Read word by word:
    a sentence stops at its first lowercase word of four letters or more, most within a few
    words, so a long paragraph costs little more than its first words."""
    count = long = capitals = 0
    for match in finditer_words(text, start, end):
        word = match.group()
        count += 1
        if len(word) >= _LONG:
            if not word[0].isupper():
                return False
            long += 1
            capitals += word.isupper()
    return count >= _MIN_WORDS and 0 < long != capitals and not has_cyrillic(text[start:end])


class _Lines:
    """Whether the line around a position is Title Case, each line read once.  A Title Case
    line is a headline, a title or a caption: one longer than :data:`_MAX_LINE` characters is
    none, so finding a line's bounds looks at most that far either way."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.seen: dict[int, bool] = {}  # line start -> Title Case

    def title_case(self, position: int) -> bool:
        text = self.text
        start = text.rfind("\n", max(0, position - _MAX_LINE), position) + 1
        if not start and position > _MAX_LINE:
            return False
        answer = self.seen.get(start)
        if answer is None:
            end = text.find("\n", position, start + _MAX_LINE + 1)
            short = end >= 0 or len(text) - start <= _MAX_LINE
            end = end if end >= 0 else len(text)
            answer = self.seen[start] = short and _title_case_line(text, start, end)
        return answer


def _kept_words(words: Sequence[str], known: set[str]) -> int:
    """How many of a Title Case mention's words are its name (0: none of it).  Every word of
    such a line is as a sentence's first word is elsewhere: only an ending no other word has
    (-enko, -vich: :func:`_strong_surname_ending`) makes it a surname by itself ("Within",
    "Again" and "Putin" end alike)."""
    folded = [word.casefold() for word in words]
    if all(word in known for word in folded):
        return len(words)  # words of a name kept in full before
    initials = [i for i, word in enumerate(words) if _initial(word)]
    if initials:  # evidence in any line, and the word after the last ends the name
        return min(initials[-1] + 2, len(words))
    given = [any_given(word) for word in words]
    if True not in given:  # no given name: its leading surnames
        return _surnames(folded, 0, known)
    first = given.index(True)
    if _surnames(folded[:first], 0, known) < first:
        return 0  # a word before the given name that no name shows
    count = first
    while count < len(words) and given[count]:
        count += 1
    return _name_end(folded, min(count + 1, len(words)))  # (the surname after the given names)


def _surnames(folded: Sequence[str], count: int, known: set[str]) -> int:
    """Where the run of surname words (or words of names kept before) from ``count`` ends."""
    while count < len(folded) and (_strong_surname_ending(folded[count]) or folded[count] in known):
        count += 1
    return count


def _name_end(folded: Sequence[str], count: int) -> int:
    """The end of a name after its surname at ``count - 1``: surnames and particles, but no
    particle last ("Louis Van" of "Louis Van Gaal Says" is "Louis Van Gaal")."""
    while count < len(folded) and (
        _strong_surname_ending(folded[count]) or folded[count].rstrip(".") in _PARTICLES
    ):
        count += 1
    while count > 1 and folded[count - 1].rstrip(".") in _PARTICLES - {"jr", "sr"}:
        count -= 1
    return count


def in_title_case(
    text: str, found: list[NameMention], remake: Callable[[int, int], NameMention]
) -> list[NameMention]:
    """``found`` with each mention in a Title Case line cut to what its words show (module
    docstring); ``remake(start, end)`` makes the mention of a shorter span."""
    lines: _Lines | None = None
    known: set[str] = set()  # the words of the names of two or more words kept so far
    read = 0  # (out[:read] are in known)
    out: list[NameMention] = []
    for mention in found:
        lines = lines or _Lines(text)
        if not lines.title_case(mention.start):  # (most mentions: a sentence's line)
            out.append(mention)
            continue
        for kept_name in out[read:]:  # (read only when a Title Case line needs them)
            kept_words = kept_name.surface.split()
            if len(kept_words) > 1:
                known.update(word.casefold() for word in kept_words)
        read = len(out)
        words = mention.surface.split()
        kept = _kept_words(words, known)
        if kept == len(words):
            out.append(mention)
        elif kept:
            end = 0
            for word in words[:kept]:
                end = mention.surface.index(word, end) + len(word)
            out.append(remake(mention.start, mention.start + end))
    return out


def _initial(word: str) -> bool:
    return len(word) == 2 and word[1] == "." and word[0].isupper()
