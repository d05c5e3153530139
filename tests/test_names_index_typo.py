"""NameIndex's typo stage (``names/_index_typos.py``): each class of slip it finds, with the
names it must not answer (round 6, issue 12)."""

from __future__ import annotations

import pytest

from belnews import MatchKind, NameIndex
from belnews.names import _index_typos
from belnews.names._index_slips import far_neighbours, swapped_keys
from timing import LIMIT, growth_ratio

FUZZY = MatchKind.FUZZY


def _ids(index: NameIndex, mention: str) -> list[object]:
    return [c.id for c in index.lookup(mention, min_kind=FUZZY)]


@pytest.fixture(scope="module")
def directory() -> NameIndex:
    index = NameIndex()
    for id_, name in [
        ("yashyna", "Віалетта Яшына"),
        ("yasha", "Яша Бадзін"),  # makes the key of "Iashya" (a dropped n) a known one
        ("fadzeeva", "Анялі Фадзеева"),
        ("frantsava", "Песція Францява"),
        ("bakhnova", "Ліліна Бахнова"),
        ("bakhava", "Ганна Бахава"),  # "Bakhova" is a known key, not Ліліна's
        ("ahaniia", "Аганія Мельнікава"),
        ("ahina", "Агіна Мельнікава"),  # keyed like Аганія, spelled otherwise
        ("kuzniatsou", "Іван Кузняцоў"),
        ("abdiusheva", "Абдюшева Розита Айрапетовна"),
        ("zabella", "Забелла Бешанава"),
    ]:
        index.add(name, id=id_)
    return index


@pytest.mark.parametrize(
    ("mention", "wanted"),
    [
        ("Vialetta Iashya", "yashyna"),  # a known surname's neighbour, slip in the letters typed
        ("Aniali Fadzeea", "fadzeeva"),  # a letter lost between vowels: the key two shorter
        ("Pestsiia Fratnsiava", "frantsava"),  # a swap across a digraph
        ("Lilina Bakhova", "bakhnova"),  # both words surname-like: the other one pins the name
        ("Ivan Kuznetsouu", "kuzniatsou"),  # a letter typed twice that the key reads otherwise
    ],
)
def test_typo_classes_found(directory: NameIndex, mention: str, wanted: str) -> None:
    found = directory.lookup(mention, min_kind=FUZZY)
    assert [c.id for c in found][:1] == [wanted]
    assert found[0].match.kind is FUZZY
    assert found[0].match.via[0] == "typo"
    assert directory.lookup(mention) == ()  # typo answers only when asked (min_kind=FUZZY)


def test_other_words_spelled_as_typed_come_first(directory: NameIndex) -> None:
    """Аганія and Агіна share a key; "Ahaniia" is Аганія typed right."""
    assert _ids(directory, "Ahaniia Melniava")[:1] == ["ahaniia"]


def test_a_patronymic_is_not_the_slipped_word(directory: NameIndex) -> None:
    """Regression (found while building this stage): a surname read against the name's
    patronymic key was not checked for a slip at all."""
    assert _ids(directory, "Розита Ажрапетов") == []
    assert _ids(directory, "Розита Огибалов") == []


@pytest.mark.parametrize(
    ("mention", "other"),
    [
        ("Віалетта Яша", "yashyna"),  # a known surname is another person's: no slip typed
        ("Анялі Фада", "fadzeeva"),  # too short for a slip of Фадзеева in the letters typed
        ("Ганна Бахнава", "bakhnova"),  # a close name with another given name
        ("Іван Кузняцова", "kuzniatsou"),  # the woman's form is not a typo of the man's
        ("Забела Бусинова", "zabella"),  # a slip in one word, the other keyed alike, spelled not
    ],
)
def test_close_names_not_answered(directory: NameIndex, mention: str, other: str) -> None:
    assert other not in _ids(directory, mention)


def test_doubled_letters_bounded(directory: NameIndex, monkeypatch: pytest.MonkeyPatch) -> None:
    """A word of many doubled letters looks up at most MAX_DOUBLED mended mentions."""
    calls = []
    own = NameIndex._own

    def counting(self: NameIndex, *args: object) -> object:
        calls.append(args)
        return own(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(NameIndex, "_own", counting)
    index = NameIndex()
    index.add("Іван Кузняцоў", id=1)
    # Six words, each with a double the key reads otherwise (review: the mention this test had,
    # "Ivan Kkuuzznniiaattssoouu", mends to two such mentions only, under the bound anyway).
    mention = "Kuzniatsouu Sidarouu Smirnouu Paulouu Vaukouu Lebedzeuu"
    index.lookup(mention, min_kind=FUZZY)
    assert len(calls) == 1 + _index_typos.MAX_DOUBLED  # stage 1 itself, then the mended ones
    calls.clear()
    monkeypatch.setattr(_index_typos, "MAX_DOUBLED", 100)
    index.add("Ян Іваноў", id=2)  # (a new name: the memo is not served)
    index.lookup(mention, min_kind=FUZZY)
    assert len(calls) > 1 + 4  # the bound is what stopped it


def test_probes() -> None:
    near = {"fadva": "fadava", "fdava": ("fadava", "fdavaz")}
    assert far_neighbours("fada", near) == {"fadava"}
    assert far_neighbours("fa", near) == set()  # too short
    assert swapped_keys("Fratnsiava", {"francava"}) == {"francava"}
    assert swapped_keys("Fra", {"fra"}) == set()
    assert swapped_keys("a" * 48, {"a"}) == set()  # no two different neighbours to swap


@pytest.mark.parametrize(
    "unit",
    ["Kuznetsouu ", "ou", "аа", "\U0001d4da\U0001d4fe", "Fratnsiava Iashya ", "Віалетта-"],
)
def test_typo_lookup_work_is_bounded(directory: NameIndex, unit: str) -> None:
    """Review: the typo stage (doubled letters written once, swaps, far keys) on a mention of
    any size costs what its first words cost (issue 15's bound, with min_kind=FUZZY)."""

    def fuzzy(mention: str) -> object:
        directory._memo.clear()  # time the work, not the memo of recent answers
        return directory.lookup(mention, min_kind=FUZZY)

    assert growth_ratio(fuzzy, unit * 60, unit * 240) <= LIMIT
