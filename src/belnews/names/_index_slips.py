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

from belnews.names._tokens import Token

__all__ = ["MAX_SCANNED", "slip_probes", "yakanne_keys", "yakanne_variants"]

#: At most this many names are sifted on their keys by the index's typo stage, of which at
#: most :data:`belnews.names.index.MAX_GRADED` are graded (a common surname has many one-edit
#: neighbours, each with its bearers).
MAX_SCANNED = 384


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


def yakanne_keys(keys: frozenset[str]) -> frozenset[str]:
    """``keys`` (a word's readings) that start with ``e`` or ``j``, written the other way.

    >>> sorted(yakanne_keys(frozenset({"eraha", "erah", "@x", "bar"})))
    ['jrah', 'jraha']
    """
    return frozenset(_OTHER_START[k[0]] + k[1:] for k in keys if k[:1] in _OTHER_START)
