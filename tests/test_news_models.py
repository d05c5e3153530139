"""The value objects: frozen, JSON-ready ``to_dict()`` with a stable key order."""

from __future__ import annotations

import datetime
import json

import attrs
import pytest

from belnews.news import Article, Dateline, Quote, Teaser
from belnews.news.models import to_data, to_json


def test_key_order_is_the_documented_schema() -> None:
    article = Article(
        headline="H",
        dateline=Dateline(12, 2, None, "Pozirk", None, "December 2, Pozirk."),
        date=datetime.date(2024, 12, 2),
        paragraphs=("P.",),
        quotes=(Quote("Q", "S", "s", "d", 0),),
        related=(Teaser("T", ("Politics",), "POZIRK+"),),
    )
    data = article.to_dict()
    assert list(data) == [
        "headline",
        "dateline",
        "date",
        "lead",
        "paragraphs",
        "quotes",
        "related",
        "names",
        "url",
        "language",
        "authors",
        "published",
        "modified",
        "section",
        "tags",
        "site_name",
        "canonical_url",
        "paywalled",
        "body",
        "encoding",
    ]
    assert list(data["dateline"]) == ["month", "day", "year", "source", "place", "raw"]
    assert list(data["quotes"][0]) == ["text", "speaker", "speaker_key", "description", "paragraph"]
    assert list(data["related"][0]) == [
        "title",
        "categories",
        "paywall",
        "url",
        "lead",
        "truncated",
        "time",
    ]
    assert data["date"] == "2024-12-02"
    assert data["body"] == "P."
    assert json.loads(json.dumps(data)) == data


def test_frozen_and_hashable() -> None:
    teaser = Teaser("T", ("Politics",))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        teaser.title = "U"  # type: ignore[misc]
    assert hash(Article(related=(teaser,))) == hash(Article(related=(Teaser("T", ("Politics",)),)))


def test_names_of_any_attrs_class_serialise() -> None:
    @attrs.frozen
    class Mention:
        surface: str
        start: int

    assert Article(names=(Mention("Łatuška", 3),)).to_dict()["names"] == [
        {"surface": "Łatuška", "start": 3}
    ]


def test_to_json_and_datetimes() -> None:
    moment = datetime.datetime(2024, 12, 2, 9, 30, tzinfo=datetime.timezone.utc)
    article = Article(headline="H", paragraphs=("A.", "B."), published=moment, tags=("x",))
    data = json.loads(to_json(article))
    assert data["published"] == "2024-12-02T09:30:00+00:00"
    assert data["body"] == "A.\n\nB."
    assert data["tags"] == ["x"]
    assert data == article.to_dict()


def test_one_serializer_for_every_class() -> None:
    for value in (Dateline(1, 2), Quote("q"), Teaser("t"), Article()):
        assert value.to_dict() == to_data(value)
