"""Every shared news page parses to its hand-checked golden file, field by field.

Golden files: ``tests/data/news_golden/<page stem>.json`` (how they were made: the README there).
Pages are read from their copies in ``tests/data/news_pages`` (``news_pages.source.md``), so a
plain clone runs every check; ``test_copies_match_the_shared_pages`` keeps the copies honest
when ``../shared`` is there.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import pytest

from belnews.news import Article, parse_article
from belnews.news._deps import find_person_names

GOLDEN_DIR = Path(__file__).parent / "data" / "news_golden"
PAGES = sorted(path.stem for path in GOLDEN_DIR.glob("*.json"))
FIELDS = tuple(Article().to_dict())  # every field, compared (as to_dict() gives them)
HAVE_NAMES = bool(find_person_names("Pavieł Łatuška said."))

# Checks the parser still gets wrong: (page, field) -> why.  Golden values are never weakened.
KNOWN_WRONG: dict[tuple[str, str], str] = {}
# These need person names (pronouns resolved to a name, names listed): without belnews.names
# they are skipped, not failed.
NEEDS_NAMES = {
    ("nashaniva_be-cyrl_cichanouski-adzinocnaja-kamera_341963", "quotes"),
    ("pozirk_latuska-vows-to-continue-fight_153553", "quotes"),
}


@functools.cache
def _golden(page: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((GOLDEN_DIR / f"{page}.json").read_text(encoding="utf-8"))
    return data


PAGES_DIR = Path(__file__).parent / "data" / "news_pages"


def _parsed(page: str) -> Article:
    return _parse_cached(str(PAGES_DIR / f"{page}.txt"))


@functools.cache
def _parse_cached(path: str) -> Article:
    return parse_article(Path(path).read_text(encoding="utf-8"))


def _actual(article: Article, field: str) -> Any:
    value = article.to_dict()[field]
    if field == "quotes":
        return [{k: v for k, v in quote.items() if k != "speaker_key"} for quote in value]
    return value


def _cases() -> list[Any]:
    cases = []
    for page in PAGES:
        for field in FIELDS:
            marks = []
            if (page, field) in KNOWN_WRONG:
                marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_WRONG[page, field]))
            cases.append(pytest.param(page, field, marks=marks, id=f"{page[:40]}-{field}"))
    return cases


@pytest.mark.parametrize(("page", "field"), _cases())
def test_golden_field(page: str, field: str) -> None:
    article = _parsed(page)
    expected = _golden(page)[field]
    needs_names = (page, field) in NEEDS_NAMES or (field == "names" and expected)
    if needs_names and not HAVE_NAMES:
        pytest.skip("belnews.find_names is not available")
    if field == "names":
        # expected ⊆ found, by surface or by base form
        found = {m.surface for m in article.names} | {m.base for m in article.names}
        missing = [name for name in expected if name not in found]
        assert not missing, f"names not found: {missing}"
        return
    assert _actual(article, field) == expected


def test_every_page_has_a_golden_file() -> None:
    pages = sorted(path.stem for path in PAGES_DIR.glob("*.txt"))
    assert pages == PAGES


def test_copies_match_the_shared_pages(shared_dir: Path) -> None:
    shared = shared_dir / "data" / "news"
    assert sorted(path.stem for path in shared.glob("*.txt")) == PAGES
    for page in PAGES:
        copy = (PAGES_DIR / f"{page}.txt").read_bytes()
        assert copy == (shared / f"{page}.txt").read_bytes(), page
