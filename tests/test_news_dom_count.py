"""``count_opened`` (the ``<`` guard of ``parse_dom``) counts as ``bytes.count`` does."""

from __future__ import annotations

from belnews.news import _dom
from belnews.news._dom import count_opened, parse_dom


def test_count_opened_is_bytes_count() -> None:
    for data in (b"", b"<", b"a<b<<c", "<p>Мінск <b>x</b></p>".encode(), b"<" * 70 + b"x" * 9):
        assert count_opened(data) == data.count(b"<")


def test_count_opened_in_chunks(monkeypatch: object) -> None:
    import pytest

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    monkeypatch.setattr(_dom, "_COUNT_CHUNK", 7)
    data = b"<a<<b" * 13 + b"<"
    assert count_opened(data) == data.count(b"<")


def test_text_and_its_bytes_give_one_tree() -> None:
    html = "<p>Мінск \ud800<b>x</b></p>"  # a lone surrogate: dropped, as the parser drops it
    assert parse_dom(html).html == parse_dom(html.encode("utf-8", "ignore")).html
