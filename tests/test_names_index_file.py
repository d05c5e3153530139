"""NameIndex's build from one record per distinct word (round 8): the same stored words as
``filed_words`` and the same keys as ``filing_keys``, whatever the name's shape."""

from __future__ import annotations

import pickle

from hypothesis import given, settings
from hypothesis import strategies as st

from belnews.names import NameIndex
from belnews.names._blocking import cut, filing_keys
from belnews.names._index_file import Record, file_words, filed_keys, records_of
from belnews.names._tokens import chunks
from belnews.names.key import filed_words
from strategies import any_text, belarusian_names, noisy_text

_NAMES = [
    "Іван Кузняцоў",
    "Кузнецов Иван Петрович",
    "Иван Петрович Кузнецов",
    "Петрович Иван",
    "Иван Петрович",
    "KUZNIATSOU IVAN",
    "I. Kuznetsov",
    "I. K.",
    "Ірына Іванаўна Іванова Петрова",
    "Sirhan Sirhan",
    "Sirhan SIRHAN",
    "Іван Іван",
    "Нгуен Ван Нгуен",
    "Lukashenka",
    "Аляксандр Рыгоравіч Лукашэнка",
    "Навуменка-Лісоўская Ганна",
    "А.Р. Лукашэнка",
    "Alaksandr Łukašenka",
    "Мікалай Мікалаевіч",
    "a b c d e f g h",
    "",
    "!!!",
    "Іван !!! Кузняцоў",
    "A.Lukashenko",
    "Лукашэнка,Аляксандр Рыгоравіч",
    "(Іван)  Кузняцоў\u00a0Пятровіч",
    "Ціханоўская С.Г.",
    "Святлана\u2000Ціханоўская",
]


def _filed(name: str, memo: dict[str, tuple[Record, ...]], words: dict[object, object]) -> object:
    records: list[Record] = []
    for piece in cut(name).split():  # as NameIndex._file
        if piece not in memo:
            memo[piece] = records_of(piece, words)
        records += memo[piece]
    stored = file_words(records)
    surnames, keys = filed_keys(stored, records)
    return stored, surnames, keys


def _check(names: list[str]) -> None:
    memo: dict[str, tuple[Record, ...]] = {}
    words: dict[object, object] = {}
    for name in names:
        stored, count, keys = _filed(name, memo, words)  # type: ignore[misc]
        tokens, plain = filed_words(cut(name), {}, {})
        assert tuple(stored) == plain, name
        assert all(words[word] is word for word in stored)  # one object per distinct word
        surnames, expected = filing_keys(tokens)
        assert keys[:count] == surnames, name
        assert len(keys) == len(set(keys)), name
        assert set(keys) == expected, name


def test_records_file_the_words_and_keys_of_filed_words_and_filing_keys() -> None:
    _check(_NAMES * 2)


@settings(max_examples=80, deadline=None)
@given(st.lists(belarusian_names(), min_size=1, max_size=4), st.randoms(use_true_random=False))
def test_any_order_of_generated_names_files_the_same(names: list[str], rng: object) -> None:
    words = [w for name in names for w in name.split()]
    rng.shuffle(words)  # type: ignore[attr-defined]
    # names of 1 to 4 of the words, so patronymic-like and repeated words meet in any shape
    shaped = [" ".join(words[i : i + n]) for n in (1, 2, 3, 4) for i in range(len(words))]
    _check(names + shaped)


def test_an_index_saves_the_rows_and_keys_of_its_names() -> None:
    index = NameIndex()
    for i, name in enumerate(_NAMES * 2):
        index.add(name, id=i)
    again = pickle.loads(pickle.dumps(index))
    assert list(again._names) == list(index._names)
    assert again._blocks == index._blocks
    assert again._near == index._near
    assert list(again._known) == list(index._known)


@settings(max_examples=400, deadline=None)
@given(st.one_of(any_text, noisy_text, belarusian_names()))
def test_a_names_chunks_are_its_pieces_chunks(text: str) -> None:
    """What records_of relies on: no chunk spans whitespace, NFC and the dot rule included."""
    assert chunks(text) == [c for piece in text.split() for c in chunks(piece)]


def test_chunks_of_marks_and_spaces_are_the_pieces_chunks() -> None:
    for text in [
        "a \u0301b",
        "A.\u2000B",
        "\u212b \u0308o",
        "I.\u00a0K.",
        "x\u2001\u0327c",
        "a.\tb",
    ]:
        assert chunks(text) == [c for piece in text.split() for c in chunks(piece)], text
