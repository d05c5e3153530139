"""Short plain texts (what a user types in): the text is never lost for want of a news page.

A page's body starts at its first paragraph (a long line, or four words and more that end a
sentence).  A text with no such line and no teaser list — one short sentence, a headline over
one, a sentence without its full stop — used to give an empty article: the line was read as a
head line (a headline needs a body under it) and dropped.  Now the first line of it that ends
a sentence, else its last line, starts the body; a headline candidate above it is the headline.
"""

from __future__ import annotations

import pytest

from belnews.news import parse_article

LUKASHENKA = "Аляксандр Лукашэнка"
SENTENCE = f"{LUKASHENKA} заявіў."


@pytest.mark.parametrize(
    ("text", "headline", "paragraphs", "names"),
    [
        # one short sentence: body, not headline (a headline has no final full stop)
        (SENTENCE, None, (SENTENCE,), (LUKASHENKA,)),
        (f"  {SENTENCE}  \n", None, (SENTENCE,), (LUKASHENKA,)),
        # without its final stop: still the text's only line, so its body
        (f"{LUKASHENKA} заявіў", None, (f"{LUKASHENKA} заявіў",), (LUKASHENKA,)),
        ("Лукашэнка заявіў!", None, ("Лукашэнка заявіў!",), ("Лукашэнка",)),
        # a headline over one short sentence
        (
            f"Лукашэнка сустрэўся з Пуціным\n{SENTENCE}",
            "Лукашэнка сустрэўся з Пуціным",
            (SENTENCE,),
            (LUKASHENKA,),
        ),
        # a section name (no headline: one word) over one sentence
        (f"Навіны\n{SENTENCE}", None, (SENTENCE,), (LUKASHENKA,)),
        # a headline over two short sentences: both are body
        (
            f"Лукашэнка сустрэўся з Пуціным\n{SENTENCE}\nУладзімір Пуцін прамаўчаў.",
            "Лукашэнка сустрэўся з Пуціным",
            (SENTENCE, "Уладзімір Пуцін прамаўчаў."),
            (LUKASHENKA, "Уладзімір Пуцін"),
        ),
        # Latin script: Łacinka and the English press
        (
            "Śviatłana Cichanoŭskaja zajaviła.",
            None,
            ("Śviatłana Cichanoŭskaja zajaviła.",),
            ("Śviatłana Cichanoŭskaja",),
        ),
        (
            "Aliaksandr Lukashenka said.",
            None,
            ("Aliaksandr Lukashenka said.",),
            ("Aliaksandr Lukashenka",),
        ),
        (
            "Lukashenka meets Putin in Sochi\nAliaksandr Lukashenka said.",
            "Lukashenka meets Putin in Sochi",
            ("Aliaksandr Lukashenka said.",),
            ("Aliaksandr Lukashenka",),
        ),
    ],
)
def test_short_text_keeps_its_sentence(
    text: str, headline: str | None, paragraphs: tuple[str, ...], names: tuple[str, ...]
) -> None:
    article = parse_article(text)
    assert article.headline == headline
    assert article.paragraphs == paragraphs
    assert tuple(m.surface for m in article.names) == names
    for mention in article.names:  # spans index the body
        assert article.body[mention.start : mention.end] == mention.surface


def test_short_text_as_bytes_is_the_same() -> None:
    assert parse_article(SENTENCE.encode()).paragraphs == (SENTENCE,)


@pytest.mark.parametrize(
    "text",
    [
        "Share:",  # furniture
        "BELSAT",  # a logo
        "22 February 2019, Friday, 2:02",  # a date line
        LUKASHENKA,  # a byline (two capitalised words)
    ],
)
def test_furniture_alone_stays_out_of_the_body(text: str) -> None:
    assert parse_article(text).paragraphs == ()


def test_a_teaser_list_page_keeps_no_body() -> None:
    # the fallback is for texts with neither body nor teaser list: a list page stays one
    article = parse_article(
        "Лукашэнка сустрэўся з Пуціным\n- Першая навіна пра нешта\n- Другая навіна пра нешта\n"
    )
    assert article.paragraphs == ()
    assert len(article.related) == 2


def test_html_short_page_unchanged() -> None:
    article = parse_article(f"<html><body><h1>Навіны дня</h1><p>{SENTENCE}</p></body></html>")
    assert article.headline == "Навіны дня"
    assert article.paragraphs == (SENTENCE,)
