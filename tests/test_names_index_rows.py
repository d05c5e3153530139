"""NameIndex's stored rows (round 6): each row keeps its words' keys, the save format does not;
the build's one-pass word reading and filing keys are the plain ones."""

from __future__ import annotations

import gc
import heapq
import pickle
import random

from hypothesis import given, settings

from belnews.names import NameIndex
from belnews.names._blocking import composite_keys, filing_keys, surname_keys
from belnews.names._index_rank import likeness, most_alike
from belnews.names._index_rows import Rows, with_keys
from belnews.names.key import filed_words, tokens_in, tokens_of
from strategies import belarusian_names

_NAMES = [
    "Іван Кузняцоў",
    "Кузнецов Иван Петрович",
    "KUZNIATSOU IVAN",
    "I. Kuznetsov",
    "Ірына Іванаўна Іванова Петрова",
    "Sirhan Sirhan",
    "Нгуен Ван Нгуен",
    "Lukashenka",
    "Аляксандр Рыгоравіч Лукашэнка",
    "",
    "!!!",
]


def _index(names: list[str]) -> NameIndex:
    index = NameIndex()
    for i, name in enumerate(names):
        index.add(name, id=i)
    return index


def test_a_row_keeps_its_words_keys_and_a_save_does_not() -> None:
    index = _index(_NAMES)
    for row in index._names:
        assert row[3] == tuple(word[1] for word in row[2])
    state = index.__getstate__()
    assert all(len(row) == 3 for row in state["names"])  # the format /4 as it was
    loaded = pickle.loads(pickle.dumps(index))
    assert list(loaded._names) == list(index._names)
    rows = Rows.from_saved(index._names.saved())
    assert list(rows) == list(index._names)
    assert list(rows) == [with_keys(row) for row in index._names.saved()]  # (bulk form)
    for _ in range(3):
        gc.collect()
    assert not any(gc.is_tracked(row) for row in index._names)


def test_filed_words_are_the_tokens_and_the_interned_words() -> None:
    memo: dict[str, tuple[object, object]] = {}
    words: dict[object, object] = {}
    for name in _NAMES * 2:
        tokens, plain = filed_words(name, memo, words)
        assert tokens == tokens_of(name) == tokens_in(name, {}, {}), name
        assert plain == tuple(tuple(t) for t in tokens)
        assert all(words[word] is word for word in plain)  # one object per distinct word


@settings(max_examples=60, deadline=None)
@given(belarusian_names())
def test_filing_keys_are_the_composite_keys(name: str) -> None:
    tokens = tokens_of(name)
    surnames, keys = filing_keys(tokens)
    bases = surname_keys(tokens)
    assert surnames == list(bases)
    assert keys == set(surnames) | composite_keys(tokens, {k: {k} for k in surnames})


def test_most_alike_is_the_head_of_a_stable_sort() -> None:
    index = _index(_NAMES * 3)
    rows = list(index._names)
    word = tokens_of("Kuzniecou")[0]
    rng = random.Random(6)
    for _ in range(20):
        picked = rng.sample(range(len(rows)), rng.randrange(0, len(rows)))
        near = [(slot, word) for slot in picked]
        chosen = [rows[slot] for slot in picked]
        paired = list(zip(near, chosen, strict=True))
        expected = sorted(paired, key=lambda pair: -likeness(pair[0][1], pair[1][2]))[:8]
        assert most_alike(near, chosen, 8) == expected
        assert heapq.nsmallest(0, paired) == most_alike(near, chosen, 0)
