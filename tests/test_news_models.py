"""The value objects: frozen, JSON-ready ``to_dict()`` with a stable key order."""

from __future__ import annotations

import datetime
import json

import attrs
import pytest

from belnews.news import Article, Dateline, Quote, Teaser


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
    ]
    assert data["date"] == "2024-12-02"
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
