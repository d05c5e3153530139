"""Every page of every shared HTML folder parses, and the result keeps its invariants.

Pages are read from ``../shared/data/html`` through the skip-if-absent ``shared_dir`` fixture
(the list of pages is taken at collection time from the same place; without it there is one
test, skipped).  Each page is one test.
"""

from __future__ import annotations

import datetime
import functools
import gzip
import json
from pathlib import Path

import pytest

from belnews.news import Article, Teaser, parse_article, parse_teasers
from conftest import SHARED_DIR

HTML = SHARED_DIR / "data" / "html"  # where the ``shared_dir`` fixture reads
FOLDERS = ("article_benchmark", "readability_pages", "listings", "articles_uk")


def _pages() -> list[str]:
    pages = sorted(str(p.relative_to(HTML)) for p in HTML.glob("*/**/*.html.gz"))
    pages = [p for p in pages if not p.endswith("expected.html.gz")]
    return pages or ["(shared data absent)"]


PAGES = _pages()


def _read(path: Path) -> bytes:
    with gzip.open(path) as stream:
        return stream.read()


@functools.cache
def _parsed(path: Path) -> Article:
    return parse_article(_read(path))


def _check_article(article: Article, page: str) -> None:
    assert isinstance(article, Article)
    assert article.body == "\n\n".join(article.paragraphs)
    for paragraph in article.paragraphs:
        assert paragraph, page
        assert paragraph == paragraph.strip(), page
        assert "\n" not in paragraph, page
        assert "\u2028" not in paragraph, page
    if article.headline is not None:
        assert article.headline.strip(), page
        assert "\n" not in article.headline, page
    for moment in (article.published, article.modified):
        assert moment is None or moment.utcoffset() is not None, page
    if article.published is not None:
        assert article.date == article.published.date(), page
    assert article.date is None or isinstance(article.date, datetime.date)
    assert article.lead is None or article.lead in article.paragraphs
    assert all(isinstance(t, Teaser) and (t.title or t.categories) for t in article.related)
    json.dumps(article.to_dict())  # JSON-ready
    assert article.encoding is not None


@pytest.mark.parametrize("page", PAGES)
def test_shared_page_parses(shared_dir: Path, page: str) -> None:
    path = shared_dir / "data" / "html" / page
    article = _parsed(path)
    _check_article(article, page)
    expected_encoding = "cp1251" if "cp1251" in page else "utf-8"
    assert article.encoding == expected_encoding, page
    if page.startswith("listings/"):
        teasers = parse_teasers(_read(path))
        assert teasers, page
        assert all(t.title and t.url for t in teasers), page
        assert len({t.url for t in teasers}) == len(teasers), page  # one teaser per URL


def test_every_benchmark_article_has_a_body(shared_dir: Path) -> None:
    folder = shared_dir / "data" / "html" / "article_benchmark"
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    empty = [
        page_id
        for page_id, item in truth.items()
        if item["articleBody"].strip()
        and not _parsed(folder / "html" / f"{page_id}.html.gz").paragraphs
    ]
    assert not empty


def test_folders_are_all_there(shared_dir: Path) -> None:
    assert {page.split("/")[0] for page in PAGES} == set(FOLDERS)
