"""``Article.names`` and ``Article.quotes`` of a parsed page are found when first read.

The person steps (``find_names`` and the quotations) are the costliest part of a page; a
pipeline that reads only the body and the metadata never runs them.  What is found is the same
as if found at once: the finder reads only the article's own fields (paragraphs, body,
language), and every way of looking at the whole article (==, hash, repr, to_dict, pickle,
attrs.evolve) reads them first.
"""

from __future__ import annotations

import copy
import pickle
import threading
from pathlib import Path

import attrs
import pytest
from hypothesis import given

from belnews.news import _deps, parse_article
from belnews.news.text import people
from strategies import any_text, noisy_text

PAGE = (
    "Łatuška vows to continue fight\n"
    "September 2, Pozirk. “I will keep on fighting,” said Pavieł Łatuška.\n"
)
HTML_PAGES = sorted((Path(__file__).parent / "data" / "news_html").glob("*.html"))


@pytest.fixture
def person_steps(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The bodies ``find_names`` is called on, through the parser's one door to it."""
    calls: list[str] = []
    find = _deps.find_person_names

    def counted(text: str, language: str | None = None) -> object:
        calls.append(text)
        return find(text, language)

    monkeypatch.setattr(_deps, "find_person_names", counted)
    return calls


def test_the_person_steps_run_when_names_or_quotes_are_read(person_steps: list[str]) -> None:
    article = parse_article(PAGE)
    assert article.headline == "Łatuška vows to continue fight"
    assert article.body == article.lead == "“I will keep on fighting,” said Pavieł Łatuška."
    assert person_steps == []  # the body and the metadata cost no person step
    assert article.quotes[0].speaker == "Pavieł Łatuška"
    assert len(person_steps) == 1
    assert [m.surface for m in article.names] == ["Pavieł Łatuška"]
    assert len(person_steps) == 1  # both found at the first read, once


def test_without_names_they_never_run(person_steps: list[str]) -> None:
    article = parse_article(PAGE, names=False)
    assert (article.names, article.quotes) == ((), ())
    assert article.to_dict()["names"] == []
    assert person_steps == []


@pytest.mark.parametrize(
    "look",
    [repr, hash, pickle.dumps, copy.copy, lambda a: a.to_dict(), lambda a: attrs.evolve(a)],
    ids=["repr", "hash", "pickle", "copy", "to_dict", "evolve"],
)
def test_looking_at_the_whole_article_finds_them(person_steps: list[str], look: object) -> None:
    article = parse_article(PAGE)
    assert callable(look)
    look(article)
    assert len(person_steps) == 1
    assert article.names
    assert article.quotes
    assert len(person_steps) == 1


def test_an_unread_article_pickles_and_compares_with_its_values() -> None:
    unread, read = parse_article(PAGE), parse_article(PAGE)
    assert read.names  # (read now)
    assert pickle.loads(pickle.dumps(unread)) == read == unread
    assert "_find_people" not in unread.to_dict()


def test_other_missing_attributes_are_still_missing() -> None:
    article = parse_article(PAGE)
    with pytest.raises(AttributeError, match="headlines"):
        article.headlines  # type: ignore[attr-defined]  # noqa: B018


def test_threads_reading_at_once_see_one_value() -> None:
    article = parse_article(HTML_PAGES[0].read_bytes())
    expected = people(parse_article(HTML_PAGES[0].read_bytes(), names=False))
    seen: list[object] = []
    threads = [
        threading.Thread(target=lambda: seen.append((article.names, article.quotes)))
        for _ in range(8)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen == [expected] * 8


@given(any_text | noisy_text)
def test_what_is_read_is_what_the_finder_gives_at_once(text: str) -> None:
    article = parse_article(text)
    assert (article.names, article.quotes) == people(parse_article(text, names=False))


def test_on_real_pages_what_is_read_is_what_the_finder_gives_at_once(
    news_pages_dir: Path,
) -> None:
    pages = [p.read_bytes() for p in (*HTML_PAGES, *sorted(news_pages_dir.glob("*.txt")))]
    assert sum(bool(parse_article(page).names) for page in pages) > len(pages) // 2
    for page in pages:
        article = parse_article(page)
        assert (article.names, article.quotes) == people(parse_article(page, names=False))
