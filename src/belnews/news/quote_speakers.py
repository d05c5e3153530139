"""Who a quotation's attribution names, for :mod:`belnews.news.quotes`: the person name the
name finder read in or right after the attribution's run, and the words that describe that
person ("Belarusian opposition leader", "Prime Minister") as the quote's ``description``."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Final

from belnews.names.parts import HONORIFICS, POSSESSIVE_ENDINGS, TITLES

__all__ = ["NamePos", "name_after", "name_in", "possessive", "split_title"]

NamePos = tuple[int, int, str]  # (start, end, surface) of a person name within a paragraph


def name_in(names: Sequence[NamePos], start: int, end: int) -> str | None:
    """The person name found inside ``[start, end)``, preferring the longest.

    ``names`` is sorted by position (as ``find_names`` gives them), so only the names from
    ``start`` on are looked at.
    """
    best: NamePos | None = None
    for index in range(bisect.bisect_left(names, (start,)), len(names)):
        name = names[index]
        if name[0] >= end:
            break
        if name[1] <= end and (best is None or name[1] - name[0] > best[1] - best[0]):
            best = name
    return None if best is None else best[2]


def split_title(run: str, speaker: str) -> tuple[str | None, str]:
    """(description, speaker): the words before the speaker's name in the attribution's
    ``run`` when they end in an office (a title is the last word of such a phrase: "Prime
    Minister" of "Prime Minister Boris Johnson", "Belarusian opposition leader", "Lukashenka's
    press secretary", "CEO"); a form of address stays with the name ("Mr. Reeves"), and so does
    a run whose words before the name end in no office ("Minsk Aliaksandr")."""
    words = list(_RUN_WORDS.finditer(run))
    if run == speaker:  # no name read in the run: the words after its last office are the name
        office = [i for i, word in enumerate(words) if _office(word.group())]
        if not office or office[-1] == len(words) - 1:  # none, or all title: "Deputy Minister"
            return None, speaker
        name_at = words[office[-1] + 1].start()
        return run[:name_at].strip(), run[name_at:]
    if not run.endswith(speaker):
        return None, speaker
    before = [word for word in words if word.end() <= len(run) - len(speaker)]
    if not before or not _office(before[-1].group()) or len(before) > _MAX_ATTRIBUTE_WORDS:
        return None, speaker
    return run[: before[-1].end()].strip(), speaker


def _office(word: str) -> bool:
    folded = word.lower().rstrip(".")
    return folded in TITLES and folded not in HONORIFICS


_RUN_WORDS: Final = re.compile(r"\S+")


# what ends a speaker's phrase (not the dot of an initial or an abbreviation: "U.K. Prime Minister")
_NO_ATTRIBUTE: Final = re.compile(r"[,;:!?\"“”„«»()\[\]]|(?<![\s.][A-Z])\.\s")
_MAX_ATTRIBUTE_WORDS: Final = 6


def possessive(text: str, name: str, at: int) -> bool:
    """Whether ``name`` (first found from ``at``) stands in its possessive: "Lukashenka's"."""
    end = text.find(name, at) + len(name)
    return text.startswith(POSSESSIVE_ENDINGS, end)


def name_after(names: Sequence[NamePos], text: str, at: int, reach: int) -> str | None:
    """The first name (not in its possessive) that starts after ``at`` and before ``reach``,
    with only a short phrase of words before it: what describes the speaker ("Belarusian
    opposition leader"), no punctuation that would end that phrase."""
    for start, end, surface in names[bisect.bisect_left(names, (at,)) :]:
        if start >= reach:
            break
        between = text[at:start]
        if _NO_ATTRIBUTE.search(between) or len(between.split()) > _MAX_ATTRIBUTE_WORDS:
            return None
        if not text.startswith(POSSESSIVE_ENDINGS, end):
            return surface
    return None
