"""Page metadata: JSON-LD objects, declared titles, the headline rules and their names.

The pages here are small made-up documents in the shapes real pages use (a Yoast ``@graph``
with a ``WebPage`` and no article object, a Dublin Core title, a JSON-LD ``headline`` that
holds a description); the shared pages they stand for are named beside each test.
"""

from __future__ import annotations

import datetime
import json

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from belnews.news import parse_article
from belnews.news._dom import parse_dom
from belnews.news.headline import RULES, headline_rule, reconcile_headline, strip_site
from belnews.news.meta import PageMeta, read_meta
from belnews.news.meta import reconcile_headline as reconcile_from_meta
from belnews.news.meta_byline import author_names
from strategies import any_text
from timing import assert_linear

UTC = datetime.timezone.utc
BODY = "<p>" + "The council met on Monday and voted for the plan after a long debate. " * 6 + "</p>"


def _page(head: str, body: str = BODY) -> str:
    return f"<html><head>{head}</head><body><article>{body}</article></body></html>"


def test_reconcile_headline_is_still_importable_from_meta() -> None:
    assert reconcile_from_meta is reconcile_headline


def test_rule_names_are_stable_and_in_order() -> None:
    assert [name for name, _ in RULES] == [
        "confirmed",
        "h1-agrees",
        "stated",
        "body-h1",
        "meta-title",
        "title",
    ]


@pytest.mark.parametrize(
    ("meta", "in_body", "expected"),
    [
        (PageMeta(og_title="Rain hits Minsk roads", h1=("Rain hits Minsk",)), (), "h1-agrees"),
        (
            PageMeta(og_title="Rain hits roads in Minsk", h1=("Rain hits Minsk roads",)),
            (),
            "confirmed",
        ),
        (PageMeta(title="Rain in Minsk | Daily", h1=("Daily", "Rain in Minsk")), (), "h1-agrees"),
        (PageMeta(og_title="Snow in Brest | Daily", h1=("Daily",)), (), "stated"),
        (PageMeta(title="Daily", h1=("Rain",)), ("Rain",), "body-h1"),
        (PageMeta(title="draft-04 - Storage", meta_title="Storage"), (), "meta-title"),
        (PageMeta(title="Rain in Minsk tomorrow and after - Daily"), (), "title"),
        (PageMeta(), (), None),
    ],
)
def test_each_rule_answers_for_its_case(
    meta: PageMeta, in_body: tuple[str, ...], expected: str | None
) -> None:
    assert headline_rule(meta, in_body=in_body)[1] == expected


def test_a_dublin_core_title_names_a_page_without_h1_or_opengraph() -> None:
    # readability_pages/ietf-1: <title>draft-dejong-remotestorage-04 - remoteStorage</title>
    # and <meta name="DC.Title" content="remoteStorage">; the document is "remoteStorage"
    html = _page(
        "<title>draft-dejong-remotestorage-04 - remoteStorage</title>"
        '<meta name="DC.Title" content="remoteStorage">'
    )
    assert read_meta(parse_dom(html)).meta_title == "remoteStorage"
    assert parse_article(html).headline == "remoteStorage"


def test_a_meta_title_does_not_outrank_the_body_h1() -> None:
    html = _page(
        '<title>Daily</title><meta name="title" content="Daily News Portal">',
        "<h1>Council votes for the plan</h1>" + BODY,
    )
    assert parse_article(html).headline == "Council votes for the plan"


def test_jsonld_name_replaces_a_headline_that_is_a_description() -> None:
    # wikipedia pages: "headline": "constitutional monarchy in Oceania", "name": "New Zealand"
    ld = (
        '<script type="application/ld+json">{"@type": "Article", "name": "New Zealand",'
        ' "headline": "constitutional monarchy in Oceania"}</script>'
    )
    meta = read_meta(parse_dom(_page("<title>New Zealand - Wikipedia</title>" + ld)))
    assert (meta.ld_headline, meta.ld_name) == ("constitutional monarchy in Oceania", "New Zealand")
    assert headline_rule(meta) == ("New Zealand", "stated")
    with_h1 = attrs.evolve(meta, h1=("New Zealand",))
    assert headline_rule(with_h1) == ("New Zealand", "h1-agrees")


def test_jsonld_headline_is_kept_when_the_title_does_not_decide() -> None:
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "name": "Minsk",'
        ' "headline": "Rain in Minsk"}</script>'
    )
    assert headline_rule(read_meta(parse_dom(_page(ld))))[0] == "Rain in Minsk"
    with_title = _page("<title>Rain in Minsk | Daily</title>" + ld)
    assert headline_rule(read_meta(parse_dom(with_title)))[0] == "Rain in Minsk"


def test_jsonld_name_serves_when_there_is_no_headline() -> None:
    ld = '<script type="application/ld+json">{"@type": "BlogPosting", "name": "Rain"}</script>'
    meta = read_meta(parse_dom(_page(ld)))
    assert (meta.ld_headline, meta.ld_name) == ("Rain", None)


_FULL = "Rain in Minsk: three days of downpours close roads across the capital"


def test_a_short_seo_name_does_not_replace_the_headline_the_h1_shows() -> None:
    # review finding 2: name is the short SEO title the <title> repeats; h1 = headline
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle",'
        f' "headline": "{_FULL}", "name": "Rain in Minsk"}}</script>'
    )
    html = _page(f"<title>Rain in Minsk | Example News</title>{ld}", f"<h1>{_FULL}</h1>{BODY}")
    assert parse_article(html).headline == _FULL


def test_a_jsonld_name_that_is_the_site_name_is_never_the_headline() -> None:
    # review finding 2: <title> and name are the site's name; h1 = headline
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle",'
        ' "headline": "Rain in Minsk", "name": "Example News"}</script>'
    )
    head = f'<title>Example News</title><meta property="og:site_name" content="Example News">{ld}'
    assert parse_article(_page(head, f"<h1>Rain in Minsk</h1>{BODY}")).headline == "Rain in Minsk"
    no_h1 = read_meta(parse_dom(_page(head)))
    assert headline_rule(no_h1) == ("Rain in Minsk", "stated")


def test_a_title_that_is_the_site_name_does_not_confirm_a_logo_h1() -> None:
    # review t14: no og:site_name, <title>Example News</title>, a logo <h1> in the header
    html = (
        "<html><head><title>Example News</title></head><body><header><h1>Example News</h1>"
        f"</header><article><h1>Rain in Minsk</h1>{BODY}</article></body></html>"
    )
    assert parse_article(html).headline == "Rain in Minsk"


def test_a_site_wide_meta_title_does_not_confirm_the_logo_h1() -> None:
    # review finding 3: <meta name=title> holds the site part of the <title>, no og:site_name
    head = '<title>Rain in Minsk - Example News</title><meta name="title" content="Example News">'
    html = (
        f"<html><head>{head}</head><body><header><h1>Example News</h1></header>"
        f"<article><h1>Rain in Minsk</h1>{BODY}</article></body></html>"
    )
    assert parse_article(html).headline == "Rain in Minsk"


_YOAST = (
    '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
    '{"@type": "WebPage", "name": "Reform passed - Centre", '
    '"datePublished": "2021-07-14T09:50:45+00:00", "dateModified": "2021-07-19T10:48:38+00:00"},'
    '{"@type": "WebSite", "name": "Centre"}]}</script>'
)


def test_a_web_page_object_dates_a_page_without_an_article_object() -> None:
    # articles_uk/uk_antac: a Yoast graph with a WebPage and no Article; the only <meta> date is
    # article:modified_time; the visible date is "14/07/21"
    head = '<meta property="article:modified_time" content="2021-07-19T10:48:38+00:00">' + _YOAST
    article = parse_article(_page(head))
    assert article.date == datetime.date(2021, 7, 14)
    assert article.published == datetime.datetime(
        2021, 7, 14, 9, 50, 45, tzinfo=datetime.timezone.utc
    )
    assert article.modified == datetime.datetime(
        2021, 7, 19, 10, 48, 38, tzinfo=datetime.timezone.utc
    )


def test_the_article_object_and_meta_tags_outrank_the_web_page_object() -> None:
    stated = '<meta property="article:published_time" content="2021-07-15T08:00:00+00:00">'
    assert parse_article(_page(stated + _YOAST)).date == datetime.date(2021, 7, 15)
    article_ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle",'
        ' "datePublished": "2021-07-16T08:00:00+00:00"}</script>'
    )
    assert parse_article(_page(_YOAST + article_ld)).date == datetime.date(2021, 7, 16)


def test_strip_site_keeps_a_title_without_separators() -> None:
    assert strip_site("Rain in Minsk", "Daily") == "Rain in Minsk"


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        # two parts, a short site first: the headline is the last part
        ("Example News | Heavy rain expected in Minsk", "Heavy rain expected in Minsk"),
        ("Lenta.ru - Новости России и мира сегодня", "Новости России и мира сегодня"),
        # three parts or more: the last part alone is never the headline (readability_pages
        # archive-of-our-own gave its last part, "My Hero Academia [Archive of Our Own]")
        (
            "Opinion | Republicans Are Following Trump to Nowhere - The New York Times",
            "Opinion | Republicans Are Following Trump to Nowhere - The New York Times",
        ),
        (
            "Rain - Chapter 1 - Author | Fandom | My Fandom [Example Archive]",
            "Rain - Chapter 1 - Author | Fandom | My Fandom [Example Archive]",
        ),
        (
            "Firefox — Customize and make it your own — The most flexible browser on the Web",
            "Firefox — Customize and make it your own — The most flexible browser on the Web",
        ),
    ],
)
def test_strip_site_takes_a_last_part_alone_only_from_two(title: str, headline: str) -> None:
    assert strip_site(title, None) == headline


def test_a_time_element_without_datetime_is_read_from_its_text() -> None:
    # article_benchmark (smithsonianmag): <time class="pub-date">November 18, 2019</time>
    body = '<h1>Plague in China</h1><time class="pub-date">November 18, 2019</time>' + BODY
    article = parse_article(_page("", body))
    assert article.date == datetime.date(2019, 11, 18)
    assert article.published is None  # a date without a time zone gives the date only
    meta = read_meta(parse_dom(_page("", body)))
    assert (meta.published_date, meta.text_date) == (None, datetime.date(2019, 11, 18))


@pytest.mark.parametrize(
    "time",
    [
        "<time>November 2019</time>",  # no day: no date
        "<time>5 minutes ago</time>",
        "<time>November 18</time>",  # no year: no date from the element
    ],
)
def test_a_time_text_that_is_no_full_date_gives_none(time: str) -> None:
    meta = read_meta(parse_dom(_page("", "<h1>Plague</h1>" + time + BODY)))
    assert meta.text_date is None


def test_a_time_element_outside_the_article_is_not_read() -> None:
    html = (
        "<html><body><header><time>November 18, 2019</time></header>"
        f"<article>{BODY}</article></body></html>"
    )
    assert read_meta(parse_dom(html)).text_date is None


_RAIN = "<p>" + "Rain fell on Minsk for the third day running, officials said. " * 3 + "</p>"
_URL = "https://example.com/2019/11/18/rain-in-minsk"


def test_a_date_in_running_text_is_no_date_line() -> None:
    # review finding 1 (t10): an event's date inside a sentence
    body = (
        "<h1>Summit to open in Minsk</h1><p>November 18, 2019</p><p>The summit opens on "
        f"<time>December 5, 2019</time> in the capital, the ministry said.</p>{_RAIN}"
    )
    assert read_meta(parse_dom(_page("", body))).text_date is None
    assert parse_article(_page("", body), url=_URL).date == datetime.date(2019, 11, 18)


def test_related_cards_and_sidebars_do_not_date_the_article() -> None:
    # review finding 1 (t6, t1): a related card's <time>, a "latest" list inside <main>
    cards = (
        '<section class="related"><article class="card"><h3><a href="/2019/12/01/snow">Snow'
        " in Brest</a></h3><time>December 1, 2019</time></article>"
        '<article class="card"><h3><a href="/2019/12/02/sun">Sun in Hrodna</a></h3>'
        "<time>December 2, 2019</time></article></section>"
    )
    post = '<div class="post"><h1>Rain in Minsk</h1><div class="date">November 18, 2019</div>'
    html = f"<html><body>{post}{_RAIN}{_RAIN}</div>{cards}</body></html>"
    assert read_meta(parse_dom(html)).text_date is None
    assert parse_article(html, url=_URL).date == datetime.date(2019, 11, 18)
    latest = '<aside class="latest"><ul><li><a href="/x">Other</a> <time>Dec 1, 2019</time></li>'
    html = f"<html><body><main>{latest}</ul></aside><article><h1>Rain</h1>{_RAIN}</article></main>"
    assert read_meta(parse_dom(html)).text_date is None
    nested = f"<article><h1>Rain</h1>{_RAIN}<article><time>December 1, 2019</time></article>"
    assert read_meta(parse_dom(f"<html><body>{nested}</article></body></html>")).text_date is None
    scoped = '<article><h1>Rain</h1><div itemscope itemtype="https://schema.org/Event"><time>'
    html = f"<html><body>{scoped}December 5, 2019</time></div>{_RAIN}</article></body></html>"
    assert read_meta(parse_dom(html)).text_date is None


def test_a_line_break_ends_the_line_of_a_time_element() -> None:
    # article_benchmark (smithsonianmag): <span>smithsonian.com<br></span><time>…</time>
    line = '<div class="edition"><span>smithsonian.com<br></span><time>November 18, 2019</time>'
    html = _page("", f"<h1>Plague in China</h1>{line}</div>{BODY}")
    assert read_meta(parse_dom(html)).text_date == datetime.date(2019, 11, 18)
    byline = "<p>By Ann Lee, a staff reporter in Minsk, <time>November 18, 2019</time></p>"
    assert read_meta(parse_dom(_page("", f"<h1>Rain</h1>{byline}{BODY}"))).text_date is None


def _dated_cards(n: int) -> str:
    """Hostile: ``n // 20`` related cards (an ``<h3>`` and a dated ``<time>`` each) inside one
    big ``<article>`` of ``n`` words whose dated ``<time>`` elements sit in running text."""
    cards = "<article><h3>Other</h3><time>December 1, 2019</time></article>" * (n // 20)
    running = "<p>" + "word " * n + "on <time>December 5, 2019</time> and more</p>"
    return f"<html><body><article>{running * 3}{cards}</article></body></html>"


def test_text_dates_of_many_cards_are_checked_in_linear_time() -> None:
    assert read_meta(parse_dom(_dated_cards(1_000))).text_date is None
    assert_linear(lambda html: read_meta(parse_dom(html)), _dated_cards, 5_000, max_n=25_000)


def test_a_text_date_ranks_after_the_url_date() -> None:
    # a <time> the body's date-line reader does not take ("Updated" first) but date_in_text does
    body = f"<h1>Rain in Minsk</h1><time>Updated Dec 1, 2019 at 9:40</time>{_RAIN}"
    assert parse_article(_page("", body), url=_URL).date == datetime.date(2019, 11, 18)
    assert parse_article(_page("", body)).date == datetime.date(2019, 12, 1)


def test_an_author_named_in_two_meta_tags_is_one_author() -> None:
    # review finding 5: <meta name=author> and DC.creator name the same person
    head = (
        '<meta name="author" content="Jan Kowalski">'
        '<meta name="DC.creator" content="Jan  KOWALSKI">'
    )
    assert read_meta(parse_dom(_page(head))).authors == ("Jan Kowalski",)
    joined = '<meta name="DC.creator" content="Nowak, Anna; Wiśniewski, Piotr;">'
    assert read_meta(parse_dom(_page(joined))).authors == ("Nowak, Anna", "Wiśniewski, Piotr")


def test_json_ld_nested_too_deep_is_skipped() -> None:
    # review finding 7: Python's JSON decoder recurses once per level (RecursionError)
    script = "[" * 100_000 + "]" * 100_000
    html = _page(f'<script type="application/ld+json">{script}</script>', "<h1>Rain</h1>" + BODY)
    assert parse_article(html).headline == "Rain"


def test_a_web_page_object_after_the_article_object_dates_it() -> None:
    # review finding 8: Yoast-like graph, the Article has no dates, the WebPage follows it
    graph = [
        {"@type": "Article", "headline": "Rain in Minsk"},
        {"@type": "WebPage", "datePublished": "2019-11-18T10:00:00+03:00"},
    ]
    for order in (graph, graph[::-1]):
        ld = json.dumps({"@context": "https://schema.org", "@graph": order})
        meta = read_meta(parse_dom(_page(f'<script type="application/ld+json">{ld}</script>')))
        assert meta.published_date == datetime.date(2019, 11, 18)


def test_dublin_core_creators_are_authors() -> None:
    # readability_pages/ietf-1: two <meta name="DC.Creator"> (an Internet-Draft's authors)
    head = (
        '<meta name="DC.Creator" content="Kooman, F.">'
        + '<meta name="DC.Creator" content="Jong, M.">'
    )
    assert read_meta(parse_dom(_page(head))).authors == ("Kooman, F.", "Jong, M.")
    stated = '<meta name="author" content="Ann Lee">' + head
    assert read_meta(parse_dom(_page(stated))).authors[0] == "Ann Lee"


def test_a_logo_h1_that_is_the_site_name_is_not_the_headline() -> None:
    # a <title> that is only the site's name agrees with the logo <h1>: the logo is no headline
    meta = PageMeta(title="Daily", h1=("Daily",), site_name="Daily")
    assert headline_rule(meta, in_body=("Rain in Minsk",)) == ("Rain in Minsk", "body-h1")


def test_a_microdata_date_without_a_value_attribute_is_read_from_its_text() -> None:
    # article_benchmark (catchitkansas): <span itemprop="datePublished">Fri 6:45 PM, Feb 16,
    # 2018</span> inside "Posted: … | Updated: …"
    body = (
        '<h1>State swim results</h1><p class="storyDate">Posted: <span itemprop="datePublished">'
        "Fri 6:45 PM, Feb 16, 2018</span> | Updated: Sat 8:31 PM, Feb 17, 2018</p>" + BODY
    )
    assert parse_article(_page("", body)).date == datetime.date(2018, 2, 16)


def test_a_value_attribute_outranks_the_text_of_a_dated_element() -> None:
    body = '<span itemprop="datePublished" content="2018-02-15">Feb 16, 2018</span>' + BODY
    assert read_meta(parse_dom(_page("", body))).published_date == datetime.date(2018, 2, 15)


def _dated_wrappers(n: int) -> str:
    """Hostile: ``itemprop=datePublished`` and ``<time>`` without a value, nested around ``10 n``
    words inside an ``<article>``, as deep as the text is long (``n // 5000``)."""
    depth = max(1, n // 5000)
    wrap = '<div itemprop="datePublished"><time>'
    words = "word " * (10 * n)
    close = "</time></div>" * depth
    return f"<html><body><article>{wrap * depth}<p>{words}</p>{close}</article></body></html>"


def test_dates_written_as_text_are_read_in_linear_time() -> None:
    assert read_meta(parse_dom(_dated_wrappers(5_000))).published_date is None
    assert_linear(lambda html: read_meta(parse_dom(html)), _dated_wrappers, 5_000, max_n=25_000)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ('{"a": 1}', '{"a": 1}'),
        (' <!--{"a": 1}--> ', '{"a": 1}'),
        ('//<![CDATA[\n{"a": 1}\n//]]>', '{"a": 1}'),
        ('<![CDATA[{"a": 1};]]>', '{"a": 1}'),
        ('{"a": "<!-- x -->"};', '{"a": "<!-- x -->"}'),  # wrappers only at the ends
        ("<!---->", ""),
    ],
)
def test_json_ld_wrappers_are_removed_at_the_ends_only(raw: str, expected: str) -> None:
    from belnews.news.meta_jsonld import _unwrap_json

    assert _unwrap_json(raw) == expected


@pytest.mark.parametrize(
    ("stated", "h1", "expected"),
    [
        # readability_pages/theverge: the <h1> drops the stated title's "hands-on:"
        (
            "Apple’s Vision Pro hands-on: the Retina display moment for headsets",
            "Apple’s Vision Pro is the Retina display moment for headsets",
            "Apple’s Vision Pro hands-on: the Retina display moment for headsets",
        ),
        # a cut og:title (no ellipsis) that an <h1> holds: the <h1>
        (
            "Hunter diagnosed with plague after eating a rabbit making him third to",
            "Hunter diagnosed with plague after eating a rabbit making him third to fall ill",
            "Hunter diagnosed with plague after eating a rabbit making him third to fall ill",
        ),
        # "Headline (Source)": the <h1> without the source
        (
            "Rain closes roads in Minsk (Belta)",
            "Rain closes roads in Minsk",
            "Rain closes roads in Minsk",
        ),
        # the same words in other typography: the <h1> as shown
        (
            "'Rain' closes roads in Minsk",
            "‘Rain’ closes roads in Minsk",
            "‘Rain’ closes roads in Minsk",
        ),
        # readability_pages/bug-1255978: "The seven secrets …" shown, "Seven secrets …" stated
        (
            "Seven secrets that hotel owners don't want you to know",
            "The seven secrets that hotel owners don't want you to know",
            "Seven secrets that hotel owners don't want you to know",
        ),
        # a stated title that ends in an ellipsis is cut
        (
            "Rain closes all the roads in Minsk and…",
            "Rain closes all roads in Minsk and Brest",
            "Rain closes all roads in Minsk and Brest",
        ),
    ],
)
def test_a_stated_title_the_h1_confirms(stated: str, h1: str, expected: str) -> None:
    head = f'<meta property="og:title" content="{stated}">'
    assert parse_article(_page(head, f"<h1>{h1}</h1>{BODY}")).headline == expected


def test_a_stated_title_keeps_its_parts_unless_one_is_the_site_name() -> None:
    # article_benchmark 57b4dafd…: no end part is guessed to be a site name
    stated = "Die elektronische Patientenakte (ePA) – der lange Marsch ins Digitale"
    h1 = "Die elektronische Patientenakte: der lange Marsch ins Digitale"
    head = f'<meta property="og:title" content="{stated}">'
    assert parse_article(_page(head, f"<h1>{h1}</h1>{BODY}")).headline == stated
    named = f'<meta property="og:title" content="{stated} | Daily">'
    site = '<meta property="og:site_name" content="Daily">'
    assert parse_article(_page(named + site, f"<h1>{h1}</h1>{BODY}")).headline == stated


def test_jsonld_strings_are_html_unescaped() -> None:
    # articles_uk/uk_slovo: "headline": "… щодо України &ndash; ЗМІ"; lifehacker keywords
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle",'
        ' "headline": "Rain &ndash; Minsk&#8217;s roads", "keywords": "editor&#39;s picks",'
        ' "author": {"name": "Anna Lis &amp; Ivan Bel"}, "publisher": {"name": "A&amp;B News"}}'
        "</script>"
    )
    meta = read_meta(parse_dom(_page(ld)))
    assert meta.ld_headline == "Rain – Minsk’s roads"
    article = parse_article(_page(ld))
    assert article.tags == ("editor's picks",)
    assert article.authors == ("Anna Lis", "Ivan Bel")  # (each person: see author_names)
    assert article.site_name == "A&B News"


def test_a_stated_title_loses_a_part_that_is_the_section() -> None:
    # article_benchmark 04a6711…: og:title "Opinion | …", article:section "Opinion"
    head = (
        '<meta property="og:title" content="Opinion | Republicans follow the plan to nowhere">'
        '<meta property="article:section" content="Opinion">'
    )
    h1 = "<h1>Republicans follow their plan to nowhere</h1>"
    assert (
        parse_article(_page(head, h1 + BODY)).headline == "Republicans follow the plan to nowhere"
    )


@pytest.mark.parametrize(
    "byline",
    ["James Akinaka • 8h", "By James Akinaka | Staff writer", "James Akinaka · 2 min read"],
)
def test_a_bullet_or_a_bar_sets_the_author_apart(byline: str) -> None:
    page = _page("", f'<h1>Rain</h1><div class="byline">{byline}</div>{BODY}')
    assert read_meta(parse_dom(page)).authors == ("James Akinaka",)


def test_a_long_line_after_a_bar_is_no_byline_detail() -> None:
    """A comment's heading under an "author" class is no byline: what follows the bar is long."""
    line = "Pembuat Film Fitna Dirikan Partai | Berita Islami, on Desember 30, 2015 at 4:36 am"
    page = _page("", f'<h1>Rain</h1><div class="author">{line}</div>{BODY}')
    assert read_meta(parse_dom(page)).authors == ()


@pytest.mark.parametrize(
    ("stated", "people"),
    [
        # article_benchmark pages: AP, USA Today, NJ.com, CNN (JSON-LD or <meta name=author>)
        ("By TOM KRISHER, AP Auto Writer", ("TOM KRISHER",)),
        ("Lisa Kaczke and Trevor J. Mitchell", ("Lisa Kaczke", "Trevor J. Mitchell")),
        ("LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER",
         ("LISA MASCARO", "MARY CLARE JALONICK", "ERIC TUCKER")),
        ("By MEG KINNARD and ERRIN HAINES, Associated Press", ("MEG KINNARD", "ERRIN HAINES")),
        ("Amy Kuperinsky | NJ Advance Media for NJ.com", ("Amy Kuperinsky",)),
        ("Analysis by Chris Cillizza, CNN Editor-at-large", ("Chris Cillizza",)),
        ("Аўтар: Ганна Сулім, карэспандэнт", ("Ганна Сулім",)),
        ("Kowalski, Jan; Nowak, Anna", ("Kowalski, Jan", "Nowak, Anna")),  # surname first
        ("Jill Disis, CNN Business", ("Jill Disis",)),  # a detail after a comma
        ("Jong, Michiel de", ("Jong, Michiel de",)),  # (readability_pages/ietf-1)
        ("Mac & i", ("Mac & i",)),  # (heise: a magazine; "i" reads as no name)
        # what names nobody else stays as stated
        ("Reuters", ("Reuters",)),
        ("admin", ("admin",)),
        ("Associated Press", ("Associated Press",)),
    ],
)  # fmt: skip
def test_a_stated_author_gives_each_person(stated: str, people: tuple[str, ...]) -> None:
    assert author_names(stated) == people
    page = _page(f'<meta name="author" content="{stated}">', f"<h1>Rain</h1>{BODY}")
    assert read_meta(parse_dom(page)).authors == people


_AUTHOR_PIECES = st.sampled_from(
    ["Ann Lee", "ERIC TUCKER", " and ", " & ", ", ", "; ", " | ", "By ", "AP Writer", "x.com", "i"]
)


@given(st.one_of(any_text, st.lists(_AUTHOR_PIECES, max_size=8).map("".join)))
def test_each_person_of_a_stated_author_is_written_in_it(stated: str) -> None:
    """Total, never empty, and never inventing text: each person is a piece of what was stated."""
    people = author_names(stated)
    assert people
    assert all(person in stated for person in people)


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        # a label or a form field is no author
        ('<p class="comment-form-author"><label>Name <span>*</span></label><input></p>', ()),
        ('<ul><li class="post-terms__authorities"><a href="/t/kgb">КДБ</a></li></ul>', ()),
        ('<div class="author">Last Updated:</div>', ()),
        ('<div class="author">Regan is a writer at the paper</div>', ()),
        # what stands around the names is removed
        ('<h3 class="byline">by Jeff Foust<br><span>Monday, November 18, 2019</span></h3>',
         ("Jeff Foust",)),
        ('<span itemprop="author">Текст: Венера Ерофеева</span>', ("Венера Ерофеева",)),
        ('<p class="byline">Rob Ewaschuk Edited by Betsy Beyer</p>', ("Rob Ewaschuk",)),
        ('<p class="byline">Martin Untersinger (avec Damien Leloup)</p>', ("Martin Untersinger",)),
        ('<p class="byline">By Ann Lee, a staff reporter</p>', ("Ann Lee",)),
        ('<p class="byline">By Ann Lee and Jan de Vries, Oleg Ivanov</p>',
         ("Ann Lee", "Jan de Vries", "Oleg Ivanov")),
    ],
)  # fmt: skip
def test_a_byline_gives_names_or_nothing(byline: str, authors: tuple[str, ...]) -> None:
    page = _page("", f"<h1>Rain</h1>{byline}{BODY}")
    assert read_meta(parse_dom(page)).authors == authors


@pytest.mark.parametrize(
    ("head", "body", "published"),
    [
        # a zone written by name
        ("", '<article><time datetime="2019-11-19 02:24:00 UTC">Nov 19</time></article>',
         "2019-11-19T02:24:00+00:00"),
        ("", '<article><time datetime="2019-11-18T17:19:53 GMT">Nov 18</time></article>',
         "2019-11-18T17:19:53+00:00"),
        # JSON-LD with a comma before a closing bracket
        ('<script type="application/ld+json">{"@type": "NewsArticle", '
         '"datePublished": "2019-11-18T16:06:51-05:00", "author": ["Brigit Katz",],}</script>',
         "", "2019-11-18T16:06:51-05:00"),
    ],
)  # fmt: skip
def test_the_page_states_its_time(head: str, body: str, published: str) -> None:
    meta = read_meta(parse_dom(_page(head, f"<h1>Rain</h1>{body}{BODY}")))
    assert meta.published is not None
    assert meta.published.isoformat() == published


@pytest.mark.parametrize(("count", "stated"), [(1, True), (2, False)])
def test_the_only_time_outside_an_article_is_the_page_date(count: int, stated: bool) -> None:
    """A page that marks up no <article> or <main> (MSN): its one <time datetime> is its date;
    of two (cards, comments) neither is."""
    times = '<div><time datetime="2019-11-19T11:45:59Z">Nov 19</time></div>' * count
    page = f"<html><body><div><h1>Rain</h1>{times}{BODY}</div></body></html>"
    assert (read_meta(parse_dom(page)).published is not None) is stated


@pytest.mark.parametrize(
    ("keywords", "tags"),
    [
        # AP: entity codes after the name; CNBC/NBC: layout keys among the tags
        (
            "Mark Esper GOVERNMENT_FIGURE PERSON, Mark Esper, Vietnam",
            ("Mark Esper", "Vietnam"),
        ),
        ("Instagram, social media, Social Media, megaphone_top", ("Instagram", "social media")),
        ("channel_other, type_news, Belarus", ("Belarus",)),
        # a reader's underscore, a tag in capitals: kept
        ("尖石_美樹營地, NATO, EU", ("尖石_美樹營地", "NATO", "EU")),
    ],
)
def test_tags_are_each_once_without_the_systems_codes(keywords: str, tags: tuple[str, ...]) -> None:
    page = _page(f'<meta name="keywords" content="{keywords}">', f"<h1>Rain</h1>{BODY}")
    assert read_meta(parse_dom(page)).tags == tags
