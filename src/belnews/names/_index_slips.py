"""One typing slip in a written name, seen through the key's merges, for :class:`belnews.NameIndex`.

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
"""

from __future__ import annotations

__all__ = ["slip_probes"]


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
