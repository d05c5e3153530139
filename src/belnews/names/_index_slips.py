"""Keys a mention may have been written with, for :class:`belnews.NameIndex`'s later stages.

**One typing slip in a written name, seen through the key's merges.**

A surname key merges what the writing keeps apart: a run of vowels is one ``a``, a doubled
consonant is one letter.  So one slip in the written word can move its key by two letters:
"Pataueu" for "Patatueu" (a ``t`` lost between vowels) is ``patav`` for ``patatav``, the two
``a`` around the lost letter merged; "Bbaenysheva" for "Babenysheva" (two letters swapped) is
``banasava`` for ``babanasava``, the doubled ``b`` merged.  The index finds keys one edit away by
shared deletions; :func:`slip_probes` adds the probes that undo a merge:

- **a letter lost between two alike letters**: the directory key with that letter deleted has
  the two alike letters side by side, i.e. the mention's key with one letter doubled;
- **a letter added between two alike letters**: the mention's key with that letter deleted,
  the two alike letters merged again, is the directory key.

Both only for keys of at least :data:`belnews.names._blocking.MIN_TYPO_KEY` letters (the
deletions of a shorter key are not kept), as the plain one-edit neighbours.

**Belarusian я- for Russian е-** at the start of a word (яканне: Ефремов / Яфрэмаў) gives
the two spellings keys that differ in their first letter (``eframav`` / ``jframav``):
:func:`yakanne_variants` writes the mention's keys the other way, and the full rules of
:func:`belnews.match_names` (which know the correspondence) decide.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Mapping, Sequence
from typing import Any

from belnews.names._blocking import MIN_TYPO_KEY, deletions
from belnews.names._skeleton import skeleton
from belnews.names._tokens import Token

__all__ = [
    "KEY_LETTERS",
    "MAX_SCANNED",
    "far_neighbours",
    "neighbours",
    "slip_probes",
    "swapped_keys",
    "yakanne_slots",
    "yakanne_variants",
]

#: At most this many names are sifted on their keys by the index's case and typo stages, of
#: which at most :data:`belnews.names.index.MAX_GRADED` are graded (a common surname has many
#: bearers and many one-edit neighbours, each with its bearers).
MAX_SCANNED = 384


def neighbours(
    key: str, near: Mapping[str, str | tuple[str, ...]], blocks: Container[str]
) -> set[str]:
    """The indexed surname keys one substitution, deletion or insertion away from ``key`` -
    ``near`` maps each indexed key's deletions to the keys, ``blocks`` holds the keys - or one
    typing slip away through the key's merges (:func:`slip_probes`)."""
    out: set[str] = set()
    cut_keys = deletions(key)
    lost, extra = slip_probes(key, cut_keys)
    for probe in (key, *cut_keys, *lost):  # substitution (a shared deletion) or a lost letter
        found = near.get(probe)
        if isinstance(found, str):
            out.add(found)
        elif found is not None:
            out.update(found)
    out.update(k for k in (*cut_keys, *extra) if k in blocks)  # an extra letter
    out.discard(key)
    return out


#: The letters of a surname key (its skeleton: consonant classes, ``a`` for a run of vowels,
#: ``j`` for an iotated one) that :func:`far_neighbours` puts back.
KEY_LETTERS = "abcdfhjklmnprstvz"


def far_neighbours(key: str, near: Mapping[str, str | tuple[str, ...]]) -> set[str]:
    """The indexed surname keys two letters longer than ``key`` that lost those two letters to
    one typing slip: a letter dropped between two vowels takes the vowel run after it into the
    one before ("Fadzeea" for "Fadzeeva": ``fada`` for ``fadava``), a letter dropped from a
    digraph leaves another letter.  Probed as ``key`` with one key letter put back, looked up
    among the indexed keys' deletions (``near``); for a key of three letters or more (a shorter
    key is two letters from too many names).  Not :func:`neighbours` themselves.

    >>> sorted(far_neighbours("fada", {"fadva": "fadava", "fdava": "fadava"}))
    ['fadava']
    """
    if len(key) < 3 or key.startswith("@"):
        return set()
    out: set[str] = set()
    for i in range(len(key) + 1):
        head, tail = key[:i], key[i:]
        for letter in KEY_LETTERS:
            found = near.get(head + letter + tail)
            if isinstance(found, str):
                out.add(found)
            elif found is not None:
                out.update(found)
    out.discard(key)
    return {k for k in out if len(k) == len(key) + 2}


def swapped_keys(text: str, blocks: Container[str]) -> set[str]:
    """The indexed surname keys of ``text`` (a mention's word) with two neighbouring letters
    swapped back: a swap across a digraph moves the key by more than one edit ("Fratnsiava"
    for "Frantsiava": ``fratnsava`` for ``francava``), the letters typed by one.  Each swap
    keyed as a word (:func:`belnews.names._skeleton.skeleton`, not through its cache: these
    words are made up); at most :data:`belnews.names._blocking.MAX_WORD` swaps.

    >>> sorted(swapped_keys("Fratnsiava", {"francava"}))
    ['francava']
    """
    letters = text.lower()
    if len(letters) < MIN_TYPO_KEY or "-" in letters:
        return set()
    out = set()
    for i in range(len(letters) - 1):
        if letters[i] != letters[i + 1]:
            swapped = letters[:i] + letters[i + 1] + letters[i] + letters[i + 2 :]
            key = _skeleton(swapped)
            if key in blocks:
                out.add(key)
    return out


_skeleton = skeleton.__wrapped__


def slip_probes(key: str, cut_keys: list[str]) -> tuple[list[str], list[str]]:
    """(probes of the deletion table: ``key`` with one letter doubled; probes of the keys
    themselves: a deletion of ``key`` (``cut_keys``) that left two alike letters side by side,
    merged), for a key that has deletions (``cut_keys`` not empty).

    >>> slip_probes("patav", ["atav", "ptav", "paav", "patv", "pata"])
    (['ppatav', 'paatav', 'pattav', 'pataav', 'patavv'], ['pav'])
    """
    if not cut_keys:
        return [], []
    lost = [key[: i + 1] + key[i:] for i in range(len(key))]
    if _merged(key) == key:  # (a key merges its doubles: the usual case)
        # Deleting the letter at i leaves two alike letters side by side only where the
        # letters around it are alike; merged, that is the key without both: the same
        # probes, in the same order, as merging every deletion.
        extra = [key[:i] + key[i + 2 :] for i in range(1, len(key) - 1) if key[i - 1] == key[i + 1]]
        return lost, extra
    extra = []
    for cut in cut_keys:
        merged = _merged(cut)
        if merged != cut:
            extra.append(merged)
    return lost, extra


def _merged(key: str) -> str:
    """``key`` with each run of one letter written once (as the key writes it)."""
    out = [c for i, c in enumerate(key) if i == 0 or key[i - 1] != c]
    return "".join(out)


def yakanne_variants(tokens: tuple[Token, ...]) -> list[tuple[Token, ...]]:
    """The name with its words' first е- read as я- and back (Belarusian яканне: Russian
    Ефремов, Yefremov is Belarusian Яфрэмаў, Yafremau), as the keys would be written the other
    way: every such word at once, then each alone when there are several.  Only words whose
    key starts with ``e`` or ``j`` and has three letters or more (not initials, patronymics or
    listed given names, whose group key covers every spelling).

    >>> from belnews.names.key import tokens_of
    >>> [[t.key for t in v] for v in yakanne_variants(tokens_of("Azis Yefremov"))]
    [['azas', 'jframav']]
    """
    where = [
        i
        for i, t in enumerate(tokens)
        if not (t.initial or t.patronymic or t.group)
        and len(t.key) >= 3
        and t.key[0] in "ej"
        and t.skeleton[:1] == t.key[0]
    ]
    sets = [where] + ([[i] for i in where] if len(where) > 1 else [])
    out = []
    for chosen in sets if where else []:
        variant = list(tokens)
        for i in chosen:
            t = tokens[i]
            other = _OTHER_START[t.key[0]]
            variant[i] = t._replace(key=other + t.key[1:], skeleton=other + t.skeleton[1:])
        out.append(tuple(variant))
    return out


_OTHER_START = {"e": "j", "j": "e"}


def yakanne_slots(
    tokens: tuple[Token, ...],
    block: Callable[[tuple[Token, ...]], list[int]],
    names: Sequence[tuple[Any, ...]],
    budget: int,
) -> list[int]:
    """The slots of ``names`` (the index's stored names) to grade for the mention read with its
    е-/я- words written the other way (:func:`yakanne_variants`): at most ``budget`` slots of
    each variant's blocks (``block``) are looked at, over all variants, and a slot is kept when
    every full word of the variant has its key there."""
    out: dict[int, None] = {}  # (ordered, and a membership test that does not scan)
    for other in yakanne_variants(tokens):
        keys = [t.key for t in other if not (t.initial or t.patronymic)]
        slots = block(other)[:budget]
        budget -= len(slots)
        for slot in slots:
            stored = names[slot][3]  # its words' keys
            if all(key in stored for key in keys):
                out.setdefault(slot)
        if budget <= 0:
            break
    return list(out)
