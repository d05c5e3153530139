"""The date line in the article's header (``belnews.news.meta_dates.header_date``).

The pages here are small made-up documents in the shapes of real ones: Chesno's header
(``<h1>``, then a footer with the author and ``<div class="date">21 листопада 10:26</div>``, the
year left out, the ``og:image`` under ``/2025/11/21/``; ``articles_uk/uk_chesno_article``),
Ascom's press releases (``<h1>`` then ``<div class="…__date">October 12, 2017</div>``) and
Yahoo's (the ``<h1>`` in a wrapper of its own, the date line beside the wrapper).  The real
Chesno page is read through the shared fixture.
"""

from __future__ import annotations

import datetime
import gzip
from pathlib import Path

from belnews.news import parse_article
from belnews.news._dom import parse_dom
from belnews.news.meta import read_meta
from belnews.news.meta_dates import header_date, image_dates
from timing import assert_linear

TITLE = "Food parcels and pensioners: how deputies care for the elderly"
BODY = "<p>" + "The council met on Monday and voted for the plan after a long debate. " * 6 + "</p>"
IMAGE = "https://cdn.example.org/media/posts/2025/11/21/photo.jpg"


def _page(header: str, *, image: str | None = IMAGE, og_title: str = TITLE) -> str:
    head = f'<meta property="og:title" content="{og_title}">'
    if image:
        head += f'<meta property="og:image" content="{image}">'
    return (
        f"<html><head><title>{TITLE} | Example</title>{head}</head><body>"
        f'<nav><a href="/">Home</a></nav><div class="post-main">{header}'
        f"<div class=text>{BODY}</div></div></body></html>"
    )


CHESNO = (
    f'<div class="tags"><a href="/tags/x">ANALYSIS</a></div><h1 class="title">{TITLE}</h1>'
    '<div class="post-footer"><div class="authors"><a href="/a"><span>Jane Doe</span></a></div>'
    '<div class="date">21 листопада 10:26</div></div>'
)


def test_a_yearless_header_date_takes_the_year_of_an_image_of_the_same_day() -> None:
    meta = read_meta(parse_dom(_page(CHESNO)))
    assert meta.published_date is None
    assert meta.text_date == datetime.date(2025, 11, 21)
    assert parse_article(_page(CHESNO)).date == datetime.date(2025, 11, 21)


def test_a_yearless_header_date_is_not_completed_by_a_guess() -> None:
    # no image with a date, or one of another day: no year is known, so no date
    assert read_meta(parse_dom(_page(CHESNO, image=None))).text_date is None
    other_day = "https://cdn.example.org/media/posts/2025/11/20/photo.jpg"
    assert read_meta(parse_dom(_page(CHESNO, image=other_day))).text_date is None


def test_a_yearless_header_date_is_completed_from_the_reference_date() -> None:
    page = _page(CHESNO, image=None)
    assert read_meta(parse_dom(page)).text_dateline is not None
    # the latest such day not after the reference date, as for a body dateline
    got = parse_article(page, reference_date=datetime.date(2026, 1, 5)).date
    assert got == datetime.date(2025, 11, 21)
    assert parse_article(page, reference_date=datetime.date(2026, 12, 1)).date == datetime.date(
        2026, 11, 21
    )
    # the image of the same day outranks the reference date
    assert parse_article(_page(CHESNO), reference_date=datetime.date(2027, 1, 1)).date == (
        datetime.date(2025, 11, 21)
    )


def test_a_full_header_date_needs_no_image() -> None:
    header = f'<h1>{TITLE}</h1><div class="press__date">October 12, 2017</div>'
    assert read_meta(parse_dom(_page(header, image=None))).text_date == datetime.date(2017, 10, 12)


def test_the_date_beside_a_wrapper_that_holds_the_h1_alone() -> None:
    header = (
        f'<header><div class="headline"><h1>{TITLE}</h1></div>'
        '<div class="byline"><span>Jane Doe</span><div>December 2, 2016</div></div></header>'
    )
    assert read_meta(parse_dom(_page(header))).text_date == datetime.date(2016, 12, 2)


def test_blank_text_and_comments_beside_the_h1_do_not_end_its_wrapper() -> None:
    tree = parse_dom("<div><div class=h><!-- title --><h1>T</h1> </div><div>5 May 2020</div></div>")
    h1 = tree.css_first("h1")
    assert h1 is not None
    assert header_date(h1) == datetime.date(2020, 5, 5)


def test_the_h1_inside_the_articles_own_microdata() -> None:
    header = (
        '<div itemscope itemtype="https://schema.org/NewsArticle">'
        f'<h1 itemprop="headline">{TITLE}</h1><span>March 13, 2015</span></div>'
    )
    assert read_meta(parse_dom(_page(header, image=None))).text_date == datetime.date(2015, 3, 13)


def test_a_site_header_date_is_not_the_article_date() -> None:
    # the logo <h1> agrees with no stated title: the date widget beside it is today's date
    page = _page(f"<p>{TITLE}</p>", image=None).replace(
        "<nav>", '<header><h1>Example</h1><div class="date">December 2, 2026</div></header><nav>'
    )
    assert read_meta(parse_dom(page)).text_date is None


def test_a_date_inside_a_sentence_is_not_a_date_line() -> None:
    header = f"<h1>{TITLE}</h1><p>The vote of October 12, 2017 was close.</p>"
    assert read_meta(parse_dom(_page(header, image=None))).text_date is None


def test_a_stated_date_outranks_the_header_date() -> None:
    page = _page(CHESNO).replace(
        "</head>", '<meta property="article:published_time" content="2025-11-20T09:00:00Z"></head>'
    )
    meta = read_meta(parse_dom(page))
    assert (meta.published_date, meta.text_date) == (datetime.date(2025, 11, 20), None)


def test_image_dates() -> None:
    assert image_dates([IMAGE, "https://x.org/a.jpg", "https://x.org/2020/10/a.jpg"]) == (
        datetime.date(2025, 11, 21),
    )


def test_header_date_is_bounded_by_the_siblings_it_reads() -> None:
    # many siblings (none a date) after the <h1> and deep ones inside each: a fixed number read
    def make(n: int) -> str:
        filler = "<div>" + "<span>word</span>" * 10 + "</div>"
        return _page(f"<h1>{TITLE}</h1>" + filler * n, image=None)

    assert_linear(lambda html: read_meta(parse_dom(html)), make, 1_000, max_n=8_000)
    tree = parse_dom(make(5_000))
    h1 = tree.css_first("h1")
    assert h1 is not None
    assert header_date(h1) is None


def test_the_chesno_page(shared_dir: Path) -> None:
    path = shared_dir / "data" / "html" / "articles_uk" / "uk_chesno_article.html.gz"
    article = parse_article(gzip.decompress(path.read_bytes()))
    assert article.date == datetime.date(2025, 11, 21)


def test_a_date_widget_before_the_h1_is_not_the_article_date() -> None:
    # review (round 6): a top bar with today's date before the <h1> (directly, or before a
    # wrapper that holds the <h1> alone) gave the crawl day as the publication date
    bar = '<div class="topbar"><span>Wednesday, December 2, 2026</span></div>'
    for header in (f"{bar}<h1>{TITLE}</h1>", f'{bar}<div class="title"><h1>{TITLE}</h1></div>'):
        page = _page(header, image=None)
        assert read_meta(parse_dom(page)).text_date is None
        assert parse_article(page, reference_date=datetime.date(2026, 12, 2)).date is None


def test_a_related_story_card_after_the_h1_is_not_the_article_date() -> None:
    # review (round 6): the date of the card's own story, after its heading
    card = '<div class="related"><h3><a href="/b">Snow in Brest</a></h3><span>March 3, 2020</span>'
    assert (
        read_meta(parse_dom(_page(f"<h1>{TITLE}</h1>{card}</div>", image=None))).text_date is None
    )
    aside = '<aside class="most-read"><div><span>March 3, 2020</span></div></aside>'
    assert read_meta(parse_dom(_page(f"<h1>{TITLE}</h1>{aside}", image=None))).text_date is None
    # a byline heading that is itself the date line still counts (The Space Review)
    byline = '<h3 class="byline">Monday, November 18, 2019</h3>'
    got = read_meta(parse_dom(_page(f"<h1>{TITLE}</h1>{byline}", image=None))).text_date
    assert got == datetime.date(2019, 11, 18)


def test_the_pages_url_date_outranks_an_image_of_the_same_day() -> None:
    # review (round 6): a file photo stored on the same day years before (…/2019/11/21/…)
    # gave its year to a body dateline "MINSK, 21 November" although the page's own URL says
    # 2025/11/21 (base: 2025-11-21)
    file_photo = "https://cdn.example.org/archive/2019/11/21/file-photo.jpg"
    body = "<p>MINSK, 21 November — " + BODY[3:]
    page = _page(f"<h1>{TITLE}</h1>{body}", image=file_photo)
    url = "https://example.org/news/2025/11/21/food-parcels"
    assert parse_article(page, url=url).date == datetime.date(2025, 11, 21)
    assert parse_article(page).date == datetime.date(2019, 11, 21)  # no other year known


def test_a_teaser_list_after_a_section_h1_is_not_the_page_date() -> None:
    # review (round 6): a section page (og:title and <h1> "World") whose <h1> is followed by
    # teasers (a link and a yearless date per item) took the first teaser's date, completed
    # from the reference date (base: None)
    teasers = "".join(
        f'<li><a href="/{n}"><span>Story {n} of the day</span></a><span>2{n} November</span></li>'
        for n in range(3)
    )
    page = _page(f"<h1>World</h1><ul>{teasers}</ul>", image=None, og_title="World")
    assert read_meta(parse_dom(page)).text_dateline is None
    assert parse_article(page, reference_date=datetime.date(2026, 12, 2)).date is None
    # a header's list: the author's link in one item, the date (or its archive link) in another
    for date in ("November 18, 2019", '<a href="/2019/11/18/">November 18, 2019</a>'):
        meta_list = f'<ul class="meta"><li><a href="/a">Jane Doe</a></li><li>{date}</li></ul>'
        got = read_meta(parse_dom(_page(f"<h1>{TITLE}</h1>{meta_list}", image=None))).text_date
        assert got == datetime.date(2019, 11, 18)


def test_a_comment_or_widget_after_the_h1_is_not_the_article_date() -> None:
    # review (round 6): a photo page with no text: the comments (or a weather widget) follow
    # the <h1>, and the first comment's date was read as the article's (base: None)
    for box in (
        '<div class="comments"><div class="comment"><b>Ivan</b><span>December 1, 2026</span>'
        "<p>So wet.</p></div></div>",
        '<div class="weather-widget"><span>Minsk</span><span>December 2, 2026</span></div>',
    ):
        header = f'<h1>{TITLE}</h1><figure><img src="a.jpg"></figure>{box}'
        assert read_meta(parse_dom(_page(header, image=None))).text_date is None
