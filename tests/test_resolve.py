"""belnews.resolve / Resolver: a corpus's mentions grouped into persons (issue 12)."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import belnews
from belnews import NameIndex, Person, Resolution, Resolver, resolve
from strategies import any_str, belarusian_names

GOLDEN = Path(__file__).parent / "data" / "news_golden"


def golden_texts() -> list[tuple[str, str]]:
    """(id, text) of the bundled golden news pages: headline, lead and paragraphs."""
    out = []
    for path in sorted(GOLDEN.glob("*.json")):
        page = json.loads(path.read_text(encoding="utf-8"))
        parts = [page.get("headline") or "", page.get("lead") or "", *page["paragraphs"]]
        out.append((path.stem, "\n\n".join(p for p in parts if p)))
    return out


@pytest.fixture(scope="module")
def corpus_result() -> Resolution:
    return resolve(golden_texts())


def _person(result: Resolution, spelling: str) -> Person:
    hits = [p for p in result if spelling in p.spellings]
    assert len(hits) == 1, (spelling, [p.spellings for p in hits])
    return hits[0]


def test_spellings_of_one_person_across_scripts(corpus_result: Resolution) -> None:
    person = _person(corpus_result, "Sviatlana Tsikhanouskaya")
    assert {"Śviatłana Cichanoŭskaja", "Tsikhanouskaya"} <= set(person.spellings)
    assert person.cyrillic == "Святлана Ціханоўская"
    assert person.lacinka == "Śviatłana Cichanoŭskaja"
    assert person.passport.startswith("Sviatlana Tsikhanousk")
    assert len(person.documents) >= 5


def test_relatives_stay_apart(corpus_result: Resolution) -> None:
    """Siarhiej and Śviatłana Cichanoŭski(aja) are two people."""
    she = _person(corpus_result, "Sviatlana Tsikhanouskaya")
    he = _person(corpus_result, "Sergei Tikhanovsky")
    assert he.id != she.id
    assert he.cyrillic == "Сяргей Ціханоўскі"
    assert not set(he.spellings) & {"Tsikhanouskaya", "Cichanoŭskaja"}


def test_every_mention_is_kept_once(corpus_result: Resolution) -> None:
    texts = golden_texts()
    found = sum(len(belnews.find_names(text)) for _, text in texts)
    assert corpus_result.mentions == found == sum(p.mention_count for p in corpus_result)
    assert corpus_result.documents == len(texts)
    seen = [(m.doc, m.start) for p in corpus_result for m in p.mentions]
    assert len(seen) == len(set(seen))
    text_of = dict(texts)
    assert all(
        text_of[m.doc][m.start : m.end] == m.surface for p in corpus_result for m in p.mentions
    )


def test_order_of_documents_does_not_matter() -> None:
    texts = golden_texts()
    forward = resolve(texts)
    backward = resolve(list(reversed(texts)))
    assert backward == Resolution(forward.persons, forward.documents, forward.mentions)


def test_known_people_keep_their_index_ids() -> None:
    index = NameIndex()
    index.add("Святлана Ціханоўская", id="Q57434385")
    index.add("Svetlana Tikhanovskaya", id="Q57434385")
    index.add("Сяргей Ціханоўскі", id="Q64765006")
    result = resolve(golden_texts(), index=index)
    she = _person(result, "Sviatlana Tsikhanouskaya")
    he = _person(result, "Sergei Tikhanovsky")
    assert (she.id, she.known) == ("Q57434385", True)
    assert (he.id, he.known) == ("Q64765006", True)
    assert all(p.id.startswith("new:") for p in result if not p.known)


def test_resolver_streams_and_counts() -> None:
    resolver = Resolver()
    assert resolver.add("a", "Сяргей Ціханоўскі і Святлана Ціханоўская.") == 2
    page = "Выйшаў\n\nМінск, 2 снежня. Сяргей Ціханоўскі выйшаў, паведаміла Святлана Ціханоўская."
    article = belnews.parse_article(page)
    assert resolver.add("b", article) == 2
    assert resolver.add("c", belnews.find_names("Павел Латушка")) == 1
    result = resolver.result()
    assert (resolver.documents, resolver.mentions) == (3, result.mentions)
    assert [p.mention_count for p in result][:2] == [2, 2]
    he = next(p for p in result if p.cyrillic == "Сяргей Ціханоўскі")
    in_article = next(m for m in he.mentions if m.doc == "b")
    assert article.body[in_article.start : in_article.end] == "Сяргей Ціханоўскі"  # body spans


def test_a_document_id_added_twice_raises_and_changes_nothing() -> None:
    resolver = Resolver()
    assert resolver.add("a", "Аляксандр Лукашэнка заявіў.") == 1
    before = resolver.result()
    for again in ("Аляксандр Лукашэнка заявіў.", "Святлана Ціханоўская", ()):
        with pytest.raises(belnews.DuplicateDocumentError, match="'a' was added already") as info:
            resolver.add("a", again)
        assert isinstance(info.value, ValueError)
        assert info.value.doc_id == "a"
    assert (resolver.documents, resolver.mentions) == (1, 1)
    assert resolver.result() == before  # the mention is not doubled
    with pytest.raises(TypeError):  # a bad document does not take its id
        resolver.add("b", 42)  # type: ignore[arg-type]
    assert resolver.add("b", "Сяргей Ціханоўскі") == 1


def test_resolve_rejects_a_repeated_id() -> None:
    with pytest.raises(belnews.DuplicateDocumentError, match="'x'"):
        resolve([("x", "Аляксандр Лукашэнка"), ("x", "Аляксандр Лукашэнка")])
    # a pair's id may be a bare document's position
    with pytest.raises(belnews.DuplicateDocumentError, match="'0'"):
        resolve(["Аляксандр Лукашэнка", ("0", "Сяргей Ціханоўскі")])


def test_lone_surname_of_two_namesakes_is_its_own_person() -> None:
    result = resolve(
        [
            ("1", "Аляксандр Лукашэнка і Віктар Лукашэнка прыехалі."),
            ("2", "Пра гэта сказаў Лукашэнка."),
        ]
    )
    lone = _person(result, "Лукашэнка")
    assert lone.mention_count == 1  # not forced onto either of the two
    assert len(result) == 3


def test_to_dict_is_json_ready(corpus_result: Resolution) -> None:
    data = json.loads(json.dumps(corpus_result.to_dict(), ensure_ascii=False))
    assert data["mentions"] == corpus_result.mentions
    first = data["persons"][0]
    assert set(first) >= {"id", "cyrillic", "lacinka", "passport", "mention_count", "documents"}
    assert pickle.loads(pickle.dumps(corpus_result)) == corpus_result


def test_bad_input() -> None:
    with pytest.raises(TypeError):
        Resolver().add(1, "text")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Resolver().add("a", 42)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Resolver(index="not an index")  # type: ignore[arg-type]


def test_a_partial_mention_is_read_in_its_document() -> None:
    """In one article "Maria" after "Maria Kolesnikova" is her; with two Marias it stays apart."""
    result = resolve(
        [
            ("1", "Judge Iulia Motoc met Maria Kolesnikova. Later Maria said she was fine."),
            ("2", "Maria Kolesnikova and Maria Rabkova spoke. Then Maria left."),
        ]
    )
    kolesnikova = _person(result, "Maria Kolesnikova")
    assert ("1", "Maria") in {(m.doc, m.surface) for m in kolesnikova.mentions}
    assert ("2", "Maria") not in {(m.doc, m.surface) for m in kolesnikova.mentions}


@settings(max_examples=30, deadline=None)
@given(st.lists(st.one_of(any_str, belarusian_names()), max_size=4))
def test_every_mention_lands_in_exactly_one_person(texts: list[str]) -> None:
    pairs = [(str(i), text) for i, text in enumerate(texts)]
    result = resolve(pairs)
    spans = [(m.doc, m.start, m.end) for p in result for m in p.mentions]
    expected = [(doc, m.start, m.end) for doc, text in pairs for m in belnews.find_names(text)]
    assert sorted(spans) == sorted(expected)
    assert result.documents == len(texts)


def test_an_id_filed_under_several_names_is_one_known_person() -> None:
    index = NameIndex()
    index.add("Павел Латушка", id="latushka")
    index.add("Pavel Latushka", id="latushka")
    index.add("Павел Латушко", id="latushka")
    result = resolve(
        [("1", "Сказаў Павел Латушка."), ("2", "Pavel Latushka said so.")], index=index
    )
    assert [(p.id, p.known, p.mention_count) for p in result] == [("latushka", True, 2)]


def test_two_namesakes_in_the_index_leave_the_person_new() -> None:
    index = NameIndex()
    index.add("Павел Латушка", id="one")
    index.add("Павел Латушка", id="two")
    result = resolve([("1", "Сказаў Павел Латушка.")], index=index)
    assert [(p.known, p.id) for p in result] == [(False, "new:1")]


def test_a_name_in_capitals_is_not_the_canonical_spelling() -> None:
    """A headline's "ПАВЕЛ ЛАТУШКА" is the same person, spelled as the text spells him."""
    res = resolve([("a", "Павел Латушка сказаў."), ("b", "Заява: ПАВЕЛ ЛАТУШКА.")])
    assert [(p.cyrillic, p.lacinka) for p in res] == [("Павел Латушка", "Pavieł Łatuška")]


def test_one_text_is_not_a_corpus() -> None:
    with pytest.raises(TypeError):
        resolve("Павел Латушка сказаў.")  # (each letter would be a document)
