"""The index's big containers are not tracked by the garbage collector (round 5, issue 12): a
tracked array per block made every full collection of a 1M build walk a million arrays."""

from __future__ import annotations

import gc
import pickle
import sys
from array import array
from pathlib import Path

import pytest

from belnews import MatchKind, NameIndex

_NAMES = [
    "Іван Кузняцоў",
    "Ivan Kuznetsov",
    "Ігар Кузняцоў",
    "Святлана Ціханоўская",
    "Сяргей Ціханоўскі",
    "Кузняцоў",
]


def _index() -> NameIndex:
    index = NameIndex()
    for i, name in enumerate(_NAMES * 20):  # blocks of one and of many slots
        index.add(name, id=i % len(_NAMES))
    return index


def test_the_blocks_are_not_tracked() -> None:
    index = _index()
    blocks = index._blocks
    assert any(type(b) is bytearray for b in blocks.values())
    assert all(type(b) in (int, bytearray) for b in blocks.values())
    assert not gc.is_tracked(blocks)
    assert sorted(c.id for c in index.lookup("Ivan Kuznetsov")) == [0, 1]


def test_a_file_of_the_previous_format_loads(tmp_path: Path) -> None:
    index = _index()
    expected = index.lookup("Kuznetsov", min_kind=MatchKind.FUZZY)
    old = NameIndex.__new__(NameIndex)
    state = index.__getstate__()
    blocks = {
        k: v if type(v) is int else array("l", array("I", v)) for k, v in state["blocks"].items()
    }
    old.__setstate__({**state, "blocks": blocks})
    path = tmp_path / "old.pickle"
    with open(path, "wb") as handle:
        pickle.dump(("belnews.NameIndex/3", old), handle)
    loaded = NameIndex.load(path)
    assert loaded.lookup("Kuznetsov", min_kind=MatchKind.FUZZY) == expected
    assert loaded.__getstate__() == index.__getstate__()
    loaded.add("Ivan Kuznetsov", id="new")  # a loaded block grows
    assert "new" in [c.id for c in loaded.lookup("Ivan Kuznetsov")]


def test_a_file_written_on_a_machine_of_the_other_byte_order_loads() -> None:
    # the review of round 5: the slots are 4 bytes in the writer's native order
    index = _index()
    state = index.__getstate__()
    other = "big" if sys.byteorder == "little" else "little"
    foreign = {}
    for key, block in state["blocks"].items():
        if type(block) is bytearray:
            slots = array("I", bytes(block))
            slots.byteswap()
            block = bytearray(slots.tobytes())
        foreign[key] = block
    loaded = NameIndex.__new__(NameIndex)
    loaded.__setstate__({**state, "blocks": foreign, "order": other})
    assert loaded.__getstate__() == state
    assert loaded.lookup("Kuznetsov", min_kind=MatchKind.FUZZY) == index.lookup(
        "Kuznetsov", min_kind=MatchKind.FUZZY
    )


_MORE = [
    "LUKASHENKA ALIAKSANDR HRYHORAVICH",
    "Аляксандр Рыгоравіч Лукашэнка",
    "Ivan Petrovitj Kuznetsov",
    "A. Lukashenko",
    "Helena Kowalska",
    "Alexandre Dumas",
    "Навуменка-Лісоўская Ганна",
    "Dz. Ivanou, Jr.",
    "Sirhan Sirhan",
    "Ірына Іванаўна Іванова Петрова",
    "",
    "!!!",
]


def test_tokens_in_are_tokens_of() -> None:
    """The index's build reads each word once per index (plain tuples), not through the word
    caches: the same tokens as tokens_of, with a fresh memo and with a shared one."""
    from belnews.names.key import tokens_in, tokens_of

    memo: dict[str, tuple[object, object]] = {}
    words: dict[object, object] = {}
    for name in (_NAMES + _MORE) * 2:
        assert tokens_in(name, {}, {}) == tokens_of(name), name
        assert tokens_in(name, memo, words) == tokens_of(name), name
    gc.collect()
    gc.collect()  # (a tuple is untracked once its items are: the inner ones on the first pass)
    assert not any(gc.is_tracked(v) for v in memo.values())


def test_a_full_collection_after_a_build_is_quick() -> None:
    """What the index keeps is untracked: a full collection does not walk its words."""
    index = _index()
    gc.collect()
    gc.collect()
    state = index.__getstate__()
    assert not gc.is_tracked(state["blocks"])
    assert not gc.is_tracked(index._words)
    assert not gc.is_tracked(index._chunks)


def test_rows_are_a_list_by_slot_and_untracked_when_full() -> None:
    from belnews.names._index_rows import CHUNK, Rows

    plain = [
        (i, f"name {i}", ((f"w{i}", "k", "s", False, None, False),), ("k",))
        for i in range(2 * CHUNK + 5)
    ]
    rows = Rows()
    for n, row in enumerate(plain, start=1):
        rows.append(row)
        assert len(rows) == n
    assert list(rows) == plain
    assert all(rows[i] == plain[i] for i in (0, CHUNK - 1, CHUNK, 2 * CHUNK, 2 * CHUNK + 4))
    assert rows[-1] == plain[-1]
    picked = [0, CHUNK - 1, CHUNK, 2 * CHUNK, 2 * CHUNK + 4, 7]
    assert rows.pick(picked) == [plain[i] for i in picked]
    assert rows[3:5] == plain[3:5]
    with pytest.raises(IndexError):
        rows[len(plain)]
    for _ in range(4):  # (each collection untracks one more level of tuples)
        gc.collect()
    assert not any(gc.is_tracked(chunk) for chunk in rows._full)
    assert list(Rows(plain)) == plain
