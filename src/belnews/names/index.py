"""``NameIndex``: resolve name mentions against many canonical names, fast.

Names are added with an id (``index.add("Святлана Ціханоўская", id="Q...")``).  A lookup works
in bounded steps (see :mod:`belnews.names._blocking` for the keys and the cut rule):

1. **cut**: the mention is read as its first 6 words of at most 48 characters each;
2. **block**: the names that share a composite key with the mention (the same surname key and a
   fitting first letter of the other name; every bearer for a bare surname);
3. **stage 1, own keys**: a name with every key of the mention's words is a *clear case*, graded
   from the words with the matcher's own scoring (:mod:`belnews.names._index_fast`); the rest of
   those by the rules of :func:`belnews.match_names`.  When none matches, names missing one
   word's key (at most :data:`MAX_GUESSED`), if a spelling rule links that word and the directory
   does not know it (a word the directory knows is another name, not a misspelling);
4. **stage 2, case forms** (when stage 1 found nobody): the mention read as a case form of a name
   ("Ціханоўскай", "Ивана Кузнецова");
5. **stage 3, one typo** (only with ``min_kind=MatchKind.FUZZY``): a surname the directory does not
   know, one edit from one it knows ("Tsikhanuoskaya"), as ``FUZZY`` with ``"typo"`` in ``via``.

So a lookup grades at most :data:`MAX_GRADED` names per stage whatever the mention and the
directory.  The index holds each name's words as plain tuples (shared per distinct word), its
word keys and a dict of blocks (an int for a key with one bearer, else a ``bytearray`` of the
slots as 4-byte unsigned ints): nothing the garbage collector has to walk.  It pickles (or use
:meth:`NameIndex.save` / :meth:`NameIndex.load`), so a built index ships to worker processes.
"""

from __future__ import annotations

import functools
import pickle
import sys
from array import array
from collections.abc import Hashable, Iterable
from pathlib import Path
from typing import Any

import attrs

from belnews.errors import ConfigError, ensure_str
from belnews.names._blocking import (
    composite_keys,
    cut,
    deletions,
    name_tokens,
    sift,
    surname_keys,
)
from belnews.names._index_case import case_slots, with_yakanne
from belnews.names._index_fast import (
    clear_match,
    full_words,
    read_as_case,
)
from belnews.names._index_file import Record, file_words, filed_keys, records_of
from belnews.names._index_rank import best_first, most_alike, plausible, spelling
from belnews.names._index_rows import Rows, as_block, swapped_block
from belnews.names._index_slips import neighbours, yakanne_slots, yakanne_variants
from belnews.names._index_typos import typos
from belnews.names._rules_readings import same_given_name
from belnews.names._tokens import Token
from belnews.names.given import given_name_groups
from belnews.names.key import KEY_VERSION
from belnews.names.match import grade_parsed
from belnews.names.models import MatchKind, NameMatch

__all__ = ["MAX_GRADED", "MAX_GUESSED", "MEMO_SIZE", "Candidate", "NameIndex"]

#: At most this many candidates of one lookup are graded by the full rules.
MAX_GRADED = 48
#: At most this many names missing one key are looked at in one lookup (the most alike first).
MAX_GUESSED = 8
#: Answers of this many distinct recent lookups are kept (a news archive repeats its names).
MEMO_SIZE = 1 << 16
_FORMAT = "belnews.NameIndex/4"
# A block of several slots: each slot as 4 bytes (a bytearray is not tracked by the garbage
# collector, an array is: a 1M directory's million arrays made every full collection long).
_SLOT = array("I").itemsize
_ORDER = sys.byteorder
# The formats :meth:`NameIndex.load` reads (the blocks of /3 were arrays: made bytearrays).
_READS = (_FORMAT, "belnews.NameIndex/3")
# A stored word (a plain tuple of a Token's fields) as a Token again, without Token._make's
# Python-level frame.
_as_token = functools.partial(tuple.__new__, Token)


@attrs.frozen
class Candidate:
    """One answer of :meth:`NameIndex.lookup`: the id and name that were added, and the match."""

    id: Hashable
    name: str
    match: NameMatch


def _keep(found: dict[Hashable, Candidate], candidate: Candidate) -> None:
    """Keep the best candidate of each id."""
    known = found.get(candidate.id)
    if known is None or best_first(candidate) < best_first(known):
        found[candidate.id] = candidate


def _check_limit(limit: int) -> int:
    if type(limit) is not int:
        raise TypeError(f"limit must be an int, not {type(limit).__name__}")
    if limit < 1:
        raise ConfigError(f"limit must be at least 1, not {limit}")
    return limit


class NameIndex:
    """Canonical names by id, looked up by any spelling or inflected form of a name.

    >>> index = NameIndex()
    >>> index.add("Святлана Ціханоўская", id=1)
    >>> index.add("Сяргей Ціханоўскі", id=2)
    >>> [(c.id, c.match.kind.name) for c in index.lookup("Sviatlana Tsikhanouskaya")]
    [(1, 'TRANSLIT')]
    >>> [c.id for c in index.lookup("Ціханоўскай")]
    [1]
    >>> index.lookup("Sviatlana Tsikhanuoskaya")
    ()
    >>> fuzzy = index.lookup("Sviatlana Tsikhanuoskaya", min_kind=MatchKind.FUZZY)
    >>> [(c.id, c.match.via) for c in fuzzy]
    [(1, ('typo',))]
    """

    def __init__(self) -> None:
        # Each name's words as plain tuples: a NamedTuple (Token) is tracked by the garbage
        # collector, a tuple of strings is not, so a big index adds nothing to every collection.
        # (In chunks of tuples, not one list: see _index_rows.)
        self._names = Rows()
        # A block is one slot (an int) or several (a bytearray of 4-byte slots): neither is
        # tracked by the garbage collector, so neither is this dict, and a big index does not
        # make every full collection long.
        self._blocks: dict[str, int | bytearray] = {}
        # One-edit neighbours of the distinct surname keys: deleted form -> keys.
        self._near: dict[str, str | tuple[str, ...]] = {}
        # The keys of the directory's words: a word it knows is not a misspelling of another.
        self._known: dict[str, None] = {}  # a dict of strings is not tracked; a set is
        # Each distinct word's plain tuple, so that names share them (not saved: rebuilt as
        # names are added).
        self._words: dict[tuple[Any, ...], tuple[Any, ...]] = {}
        # Each whitespace-separated piece of a name added that is one word: its record (see
        # _index_file); the others ("A.Lukashenko", "!!!"): their words' records.  Not saved.
        self._chunks: dict[str, Record] = {}
        self._others: dict[str, tuple[Record, ...]] = {}
        # Answers to recent lookups (news repeats its names), each with the number of adds done
        # when it was computed: emptied by every add, and an answer computed while an add ran
        # (another thread) is never served after it.  Not saved.
        self._memo: dict[tuple[str, int, int], tuple[int, tuple[Candidate, ...]]] = {}
        self._adds = 0

    def __len__(self) -> int:
        return len(self._names)

    def add(self, name: str, /, *, id: Hashable) -> None:  # "id" is the documented API
        """File ``name`` under ``id`` (the same id may be added with several names).

        ``name`` is read by the cut rule (its first 6 words of at most 48 characters).  Add
        from one thread at a time; lookups may run meanwhile in others.
        """
        if type(name) is not str:
            name = ensure_str(name, "name")
        try:
            hash(id)  # an unhashable id would break every lookup that reaches the name
        except TypeError:
            raise TypeError(f"id must be hashable, not {type(id).__name__}") from None
        try:
            self._file(name, id)  # one thread at a time: see the docstring
        finally:
            self._adds += 1  # answers remembered before now are stale
            self._memo.clear()

    def _file(self, name: str, id_: Hashable) -> None:
        """:meth:`add`'s work: the name's words, known keys and blocks."""
        # Each whitespace-separated piece read once per index into the records of its chunks
        # (see _index_file): not through name_tokens' cache (a directory name is new) nor the
        # word caches, no Token made.
        memo = self._chunks
        records: list[Record] = []
        for piece in cut(name).split():
            found = memo.get(piece)
            if found is None:
                records += self._pieces(piece)
            else:
                records.append(found)
        stored = file_words(records)  # the plain tuples, shared by every name with the word
        known = self._known
        for word in stored:
            if not (word[3] or word[5]):  # (initial, patronymic)
                known[word[1]] = None
        slot = self._names.add((id_, name, tuple(stored), tuple([word[1] for word in stored])))
        surnames, keys = filed_keys(stored, records)  # (the surname keys first)
        blocks = self._blocks
        for key in keys[:surnames]:
            if key not in blocks:
                self._add_near(key)
        packed = slot.to_bytes(_SLOT, _ORDER)
        for key in keys:
            block = blocks.get(key)
            if type(block) is bytearray:  # (most keys of a big directory: several bearers)
                block += packed
            elif block is None:
                blocks[key] = slot  # most keys have one bearer
            else:  # (an int: one bearer)
                blocks[key] = bytearray(int(block).to_bytes(_SLOT, _ORDER) + packed)

    def _pieces(self, piece: str) -> tuple[Record, ...]:
        """The records of a piece that is not one word filed before: one word new to the index
        (kept in ``_chunks``), or none or several words (kept apart: ``_chunks`` holds single
        records, one level of tuples fewer for the garbage collector to untrack)."""
        found = self._others.get(piece)
        if found is None:
            found = records_of(piece, self._words)
            if len(found) == 1:
                self._chunks[piece] = found[0]
            else:
                self._others[piece] = found
        return found

    def update(self, names: Iterable[tuple[Hashable, str]], /) -> None:
        """:meth:`add` each ``(id, name)`` pair."""
        for id_, name in names:
            self.add(name, id=id_)

    def _add_near(self, key: str) -> None:
        near = self._near
        for deleted in deletions(key):
            found = near.get(deleted)
            if found is None:
                near[deleted] = key
            elif isinstance(found, str):
                near[deleted] = (found, key)
            else:
                near[deleted] = (*found, key)  # tuples of strings: not tracked by the collector

    def lookup(
        self,
        mention: str,
        /,
        *,
        limit: int = 10,
        min_kind: MatchKind = MatchKind.PHONETIC,
    ) -> tuple[Candidate, ...]:
        """The names that match ``mention``, best first: at most ``limit`` (≥ 1), of kind
        ``min_kind`` or better, one per id (the best of its names).

        The mention's own keys are tried first; its possible nominatives (an inflected
        "Ціханоўскай") only when those find nothing, then - with ``min_kind=MatchKind.FUZZY``,
        as :func:`belnews.match_names` reports typos only when asked - surnames one typo away.
        """
        if type(mention) is not str:
            mention = ensure_str(mention, "mention")
        limit = _check_limit(limit)
        if type(min_kind) is not MatchKind:
            min_kind = MatchKind(min_kind)
        mention = cut(mention)
        memo_key = (mention, limit, int(min_kind))
        adds = self._adds
        known = self._memo.get(memo_key)
        if known is not None and known[0] == adds:
            return known[1]
        answer = self._lookup(mention, limit, min_kind)
        memo = self._memo
        if len(memo) >= MEMO_SIZE:
            memo.clear()
        memo[memo_key] = (adds, answer)  # served only while no add has been done since
        return answer

    def _lookup(self, mention: str, limit: int, min_kind: MatchKind) -> tuple[Candidate, ...]:
        tokens = name_tokens(mention)
        words = full_words(tokens)
        found = self._own(mention, tokens, words)
        if not found:
            found = self._read(tokens, words)
        if not found and min_kind <= MatchKind.FUZZY:
            found = self._typos(tokens, words)
        if min_kind > MatchKind.FUZZY:
            found = [c for c in found if c.match.kind >= min_kind]
        if len(found) > 1:
            found.sort(key=best_first)
        return tuple(found[:limit])

    def _wanted(self, tokens: tuple[Token, ...], bases: dict[str, set[str]]) -> set[str]:
        composite = composite_keys(tokens, bases)
        keys = set().union(*bases.values()) if bases else set()
        if composite and len([t for t in tokens if not t.patronymic]) > 1:
            # A full name: the same surname with a fitting other name, or the bare surname.
            return composite | {f"{key}|*" for key in keys}
        return keys  # a bare surname: every bearer

    def _slots(self, tokens: tuple[Token, ...], *, inflected: bool) -> list[int]:
        return self._collect(self._wanted(tokens, surname_keys(tokens, inflected=inflected)))

    def _collect(self, wanted: Iterable[str]) -> list[int]:
        slots: set[int] = set()
        blocks = self._blocks
        for key in wanted:
            block = blocks.get(key)
            if block is not None:
                if isinstance(block, int):
                    slots.add(block)
                else:  # (a copy, made in one call: an add in another thread may grow it)
                    slots.update(array("I", block))
        return sorted(slots)

    def _own(self, mention: str, tokens: tuple[Token, ...], words: list[Token]) -> list[Candidate]:
        """Stage 1, the mention's own keys: the names in its blocks that share every key of its
        words (clear cases first); when none matches, those that miss one word's key, if the
        rules may link that word without a second guess (:meth:`_may_guess`)."""
        names = self._names
        top, near = sift(names, self._slots(tokens, inflected=False), words)
        found = self._grade(mention, tokens, top[:MAX_GRADED])
        if found or not near:
            return found
        alike = most_alike(near, names.pick([slot for slot, _ in near]), MAX_GUESSED)
        guessed = [s for (s, word), row in alike if self._may_guess(word, _tokens(row), words)]
        return self._grade(mention, tokens, guessed)

    def _entry(self, slot: int) -> tuple[Hashable, str, tuple[Token, ...]]:
        """The id, name and words (as tokens) filed at ``slot`` (made anew: a token is a tuple
        subclass, tracked by the garbage collector, so none is kept between lookups)."""
        row = self._names[slot]
        return row[0], row[1], _tokens(row)

    def _may_guess(self, word: Token, entry: tuple[Token, ...], words: list[Token]) -> bool:
        """Whether a word of the mention without an equal key in ``entry`` may be linked there.

        A word the directory knows is another name, unless the given-name lexicon links it to
        the entry's word (Sasha / Aliaksandr, Józef / Joseph).  A word it does not know may be
        another spelling: a word rule must link it (:func:`belnews.names._rules.link`,
        remembered per pair) to a word of the entry left over that starts alike (or is a given
        name, a double surname, я/е, or one of its foreign readings), by a spelling rule - not
        by "one sound apart", for a surname: in a directory of many families a surname one
        sound from another is usually another family's (:func:`_spelling`).
        """
        keys = {t.key for t in words}
        known = word.key in self._known
        for other in entry:
            if other.key in keys or other.initial or other.patronymic:
                continue
            if known:
                if not given_name_groups(word.text):
                    return False  # the lexicon links only two words that read as given names
                if same_given_name(word.text, other.text) is not None:
                    return True
            elif plausible(word, other) and spelling(word, other):
                return True
        return False

    def _grade(self, mention: str, tokens: tuple[Token, ...], slots: list[int]) -> list[Candidate]:
        """The clear cases by :func:`clear_match`, the others by the full rules (unless their id
        was found already).  One answer per id: the best of its names."""
        found: dict[Hashable, Candidate] = {}
        unclear = []
        for row in self._names.pick(slots):  # (the rows in one call)
            entry = id_, name, entry_tokens = row[0], row[1], _tokens(row)
            match = _clear(mention, tokens, name, entry_tokens)
            if match is None:
                unclear.append(entry)
            else:
                _keep(found, Candidate(id_, name, match))
        for id_, name, entry_tokens in unclear:
            if id_ not in found:
                match = _graded(mention, tokens, name, entry_tokens)
                if match.is_match:
                    _keep(found, Candidate(id_, name, match))
        return list(found.values())

    def _read(self, tokens: tuple[Token, ...], words: list[Token]) -> list[Candidate]:
        """Stage 2, the mention read as a case form of a name in the directory
        (:func:`read_as_case`), else with Russian е- as Belarusian я-: graded by the full rules
        (:func:`yakanne_slots`), then read as a case form (:mod:`._index_case`)."""
        if not words:
            return []  # nothing to read as a case form (read_as_case: None)
        found, _ = self._as_case(tokens, words, MAX_GRADED)
        if not found:  # Ефремов / Яфрэмаў, graded by the full rules
            mention = " ".join(t.text for t in tokens)
            block = lambda o: self._collect(self._wanted(o, surname_keys(o, inflected=True)))  # noqa: E731
            for slot in yakanne_slots(tokens, block, self._names, MAX_GRADED):
                id_, name, entry = self._entry(slot)
                match = _graded(mention, tokens, name, entry)
                if match.is_match:
                    _keep(found, Candidate(id_, name, match))
        budget = MAX_GRADED  # over every variant (Ганифы Ермолаева)
        for variant in yakanne_variants(tokens) if not found else ():
            found, graded = self._as_case(variant, full_words(variant), budget, yakanne=True)
            budget -= graded
            if found or budget <= 0:
                break
        return list(found.values())

    def _as_case(
        self, tokens: tuple[Token, ...], words: list[Token], budget: int, *, yakanne: bool = False
    ) -> tuple[dict[Hashable, Candidate], int]:
        """:meth:`_read`'s case reading of up to ``budget`` names (:func:`case_slots`): the
        answers, and how many names were read."""
        found: dict[Hashable, Candidate] = {}
        wanted = lambda o, bases: self._collect(self._wanted(o, bases))  # noqa: E731
        slots = case_slots(tokens, words, self._names, wanted)[:budget]
        for slot in slots:
            id_, name, entry = self._entry(slot)
            match = read_as_case(tokens, words, entry)
            if match is not None:
                _keep(found, Candidate(id_, name, with_yakanne(match) if yakanne else match))
        return found, len(slots)

    def _typos(self, tokens: tuple[Token, ...], words: list[Token]) -> list[Candidate]:
        """Stage 3: names with one typing slip in a word of the mention (a surname the
        directory does not know, or a known one's own bearers first; every other word keyed
        alike; no change of gender; the slip in the letters typed): see
        :mod:`belnews.names._index_typos`.  At most :data:`MAX_GRADED` names graded and
        ``MAX_SCANNED`` sifted on their keys per step."""
        found: dict[Hashable, Candidate] = {}
        typos(self, tokens, MAX_GRADED, lambda i, n, m: _keep(found, Candidate(i, n, m)))
        return list(found.values())

    def _neighbours(self, key: str) -> set[str]:
        """Indexed surname keys one edit or one typing slip from ``key`` (:func:`neighbours`)."""
        return neighbours(key, self._near, self._blocks)

    def save(self, path: str | Path, /) -> None:
        """Write the index to ``path`` (a pickle with a format tag; load it with :meth:`load`).

        Only load files you trust: a pickle can run code when it is read.
        """
        with open(path, "wb") as handle:
            pickle.dump((_FORMAT, self), handle, protocol=pickle.HIGHEST_PROTOCOL)

    @classmethod
    def load(cls, path: str | Path, /) -> NameIndex:
        """Read an index written by :meth:`save`."""
        with open(path, "rb") as handle:
            tag, index = pickle.load(handle)  # documented: trusted files only
        if tag not in _READS or not isinstance(index, cls):
            raise ConfigError(f"{path}: not a {_FORMAT} file")
        return index

    def __getstate__(self) -> dict[str, Any]:
        return {
            "key_version": KEY_VERSION,  # the keys of the stored words and of the blocks
            "names": self._names.saved(),  # (the format is unchanged: see Rows.saved)
            "blocks": self._blocks,
            "near": self._near,
            "known": self._known,
            "order": _ORDER,  # the slots' byte order (read back on a machine of the other)
        }

    def __copy__(self) -> NameIndex:
        """A copy that shares no container with this index (an add to one leaves the other as
        it was); the ids and names themselves are shared, as in any copy."""
        new = NameIndex.__new__(type(self))
        blocks = {k: v if type(v) is int else bytearray(v) for k, v in self._blocks.items()}
        state = {**self.__getstate__(), "near": dict(self._near), "known": dict(self._known)}
        new.__setstate__({**state, "blocks": blocks})
        return new

    def __setstate__(self, state: dict[str, Any]) -> None:
        if state.get("key_version", 2) != KEY_VERSION:  # (saved before versions: 2's keys)
            self._refile(state["names"])
            return
        self._memo = {}
        self._adds = 0
        self._names = Rows.from_saved(state["names"])
        swap = state.get("order", _ORDER) != _ORDER
        self._blocks = {
            k: v if type(v) is int else swapped_block(v) if swap else as_block(v)
            for k, v in state["blocks"].items()
        }
        self._near = state.get("near", {})
        self._known = state["known"]
        self._words = {}
        self._chunks = {}
        self._others = {}

    def _refile(self, rows: list[tuple[Any, ...]]) -> None:
        """Add the names of ``rows`` (:meth:`Rows.saved`) again: the words and blocks of an
        index saved under another :data:`KEY_VERSION` hold the old keys."""
        NameIndex.__init__(self)
        self.update((row[0], row[1]) for row in rows)


def _tokens(row: tuple[Any, ...]) -> tuple[Token, ...]:
    """A stored row's words as tokens (made anew per lookup: see :meth:`NameIndex._entry`)."""
    return tuple(map(_as_token, row[2]))


def _clear(a: str, ta: tuple[Token, ...], b: str, tb: tuple[Token, ...]) -> NameMatch | None:
    """:func:`clear_match` in the matcher's fixed order (the smaller string first)."""
    if a <= b:
        return clear_match(a, ta, b, tb)
    return clear_match(b, tb, a, ta)


def _graded(a: str, ta: tuple[Token, ...], b: str, tb: tuple[Token, ...]) -> NameMatch:
    """:func:`grade_parsed` in its fixed order (the smaller string first)."""
    if a <= b:
        return grade_parsed(a, ta, b, tb)
    return grade_parsed(b, tb, a, ta)
