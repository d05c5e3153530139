"""Properties of the news parser: total, never invents text, round trip, linear on hostile input."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from belnews.news import Article, Dateline, Teaser, parse_article, parse_teasers
from belnews.news._deps import normalize_text
from belnews.news.html import looks_like_html
from strategies import any_text, noisy_text

# Pieces of real pages (../shared/data/news/), so that generated text exercises every branch.
PIECES = [
    "One in 30 Belarusians is a victim of deportation",
    "December 2, Pozirk. ",
    "September 26, 2021",
    "“I will keep on fighting,” he declared.",
    "«Я ўпэўнена», — кажа яна.",
    "– After the Square-2010, I thought so.",
    "said Pavieł Łatuška, a Warsaw-based politician,",
    "- EconomyFarm criticized by Łukašenka",
    "The material is available only to POZIRK+",
    "- Politics, Security",
    "  1. «Верните город обратно в цивилизацию»",
    "Photo: ONT video screenshot",
    "• News",
    "SOURCE: https://pozirk.online/en/news/1",
    '"',
    "“",
    "”",
    "«",
    "»",
    "„",
    "—",
    ":",
    ".",
    " ",
    "\n",
    "\n\n",
    "-",
]
newsy_text = st.lists(st.sampled_from(PIECES) | st.text(max_size=12), max_size=30).map("".join)


def _pieces(article: Article) -> list[str]:
    pieces: list[str] = []
    if article.headline is not None:
        pieces.append(article.headline)
    pieces.extend(article.paragraphs)
    if article.lead is not None:
        pieces.append(article.lead)
    pieces.extend(t.title for t in article.related if t.title is not None)
    pieces.extend(t.lead for t in article.related if t.lead is not None)
    pieces.extend(c for t in article.related for c in t.categories)
    for quote in article.quotes:
        pieces.extend(quote.text.split("\n"))  # a quotation over paragraphs: one line each
        if quote.speaker is not None:
            pieces.append(quote.speaker)
        if quote.description is not None:
            pieces.append(quote.description)
    if article.dateline is not None:
        pieces.append(article.dateline.raw)
    return pieces


@given(any_text | noisy_text | newsy_text)
def test_total_and_json_ready(text: str) -> None:
    article = parse_article(text)
    assert isinstance(article, Article)
    json.dumps(article.to_dict())
    assert isinstance(parse_teasers(text), tuple)


@given(any_text | noisy_text | newsy_text)
def test_never_invents_text(text: str) -> None:
    if looks_like_html(text):
        return
    normalized = normalize_text(text)
    article = parse_article(text)
    for piece in _pieces(article):
        assert piece in normalized, piece
    for teaser in parse_teasers(text):
        assert teaser.title is None or teaser.title in normalized
        for category in teaser.categories:
            assert category in normalized


WORDS = ["Minsk", "court", "sentences", "activist", "Belarus", "border", "Hrodna", "opens"]
LOWER = ["court", "sentences", "activist", "border", "opens", "again", "after", "talks"]
title = st.builds(
    lambda first, rest: " ".join([first, *rest]),
    st.sampled_from(["Minsk", "Belarus", "Hrodna", "Court", "Activist"]),
    st.lists(st.sampled_from(LOWER), min_size=2, max_size=8),
)
sentence = st.builds(
    lambda first, rest: " ".join([first, *rest]) + ".",
    st.sampled_from(["The", "Minsk", "Activists", "Lawyers"]),
    st.lists(st.sampled_from(WORDS + LOWER), min_size=4, max_size=20),
)
teaser = st.builds(
    lambda categories, text, paywall: Teaser(text, tuple(categories), paywall),
    st.lists(
        st.sampled_from(["Politics", "Economy", "Security", "Society"]),
        min_size=1,
        max_size=3,
        unique=True,
    ),
    title,
    st.sampled_from([None, "POZIRK+"]),
)
dateline = st.one_of(
    st.none(),
    st.builds(
        lambda day, source: Dateline(12, day, None, source, None, f"December {day}, {source}."),
        st.integers(1, 31),
        st.sampled_from(["Pozirk", "BPN"]),
    ),
)


@given(title, dateline, st.lists(sentence, min_size=1, max_size=5), st.lists(teaser, max_size=5))
def test_to_text_round_trip(
    headline: str, line: Dateline | None, paragraphs: list[str], related: list[Teaser]
) -> None:
    article = Article(
        headline=headline, dateline=line, paragraphs=tuple(paragraphs), related=tuple(related)
    )
    parsed = parse_article(article.to_text())
    assert parsed.headline == headline
    assert parsed.dateline == line
    assert parsed.paragraphs == tuple(paragraphs)
    assert parsed.related == tuple(related)


def test_round_trip_keeps_dates() -> None:
    article = parse_article(
        "Belarus court sentences activist\nDecember 2, Pozirk. The court sentenced him today.\n",
        reference_date=datetime.date(2024, 12, 31),
    )
    assert article.date == datetime.date(2024, 12, 2)


@given(any_text | noisy_text | newsy_text)
def test_without_names_only_names_and_quotes_differ(text: str) -> None:
    """``names=False`` skips the person steps and nothing else."""
    full = parse_article(text)
    assert parse_article(text, names=False) == attrs.evolve(full, names=(), quotes=())


def test_without_names_on_real_pages(news_pages_dir: Path) -> None:
    html = sorted((Path(__file__).parent / "data" / "news_html").glob("*.html"))
    pages = [p.read_bytes() for p in (*html, *sorted(news_pages_dir.glob("*.txt")))]
    assert sum(bool(parse_article(page).names) for page in pages) > len(pages) // 2
    for page in pages:
        full = parse_article(page)
        assert parse_article(page, names=False) == attrs.evolve(full, names=(), quotes=())


def test_rejects_non_str() -> None:
    with pytest.raises(TypeError):
        parse_article(3)  # type: ignore[arg-type]  (str or bytes only)
    with pytest.raises(TypeError):
        parse_article("text", url=3)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        parse_article("text", reference_date="2024-01-01")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        parse_article("text", names="no")  # type: ignore[arg-type]
