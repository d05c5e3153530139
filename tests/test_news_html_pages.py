"""Real page structure in a plain clone: decoding, metadata, main content, listing cards.

The real pages here are small pieces copied into ``tests/data/news_html/`` (``real_*.html``,
source and licence in ``tests/data/news_html.source.md``; rebuilt by
``tools/build_news_html_fixtures.py``); the rest are minimal hand-written pages, one rule each.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

from belnews.news import parse_article, parse_teasers, to_json
from belnews.news.dateline import parse_datetime
from belnews.news.decode import decode_html

HTML_DIR = Path(__file__).parent / "data" / "news_html"
BODY = "<p>The body of the story is one long enough sentence, with a comma, and more words.</p>"
BODY3 = "".join(  # three different paragraphs (a repeated text is page furniture)
    f"<p>Paragraph {n} of the story is one long enough sentence, with a comma, and words.</p>"
    for n in (1, 2, 3)
)


# --- decoding -------------------------------------------------------------------------------------


def test_windows_1251_page_declared_in_http_equiv() -> None:
    data = (HTML_DIR / "real_streetstorm_cp1251_listing.html").read_bytes()
    text, encoding = decode_html(data)
    assert encoding == "cp1251"
    assert "Докажи, что ты мужик" in text
    teasers = parse_teasers(data)
    assert [t.title for t in teasers] == [
        "Докажи, что ты мужик и выиграй видеорегистратор!",
        "Обновление ПО для CVR-A78710-G и CVR-A7810-G PRO (7.0.1)",
    ]
    assert teasers[0].categories == ("Новости", "Акции")
    assert teasers[0].time == "17 февраля 2016"
    assert teasers[0].url == "/blog/dokazhi_chto_ty_muzhik_i_vyigray_videoregistrator/"


def test_windows_1251_without_declaration_is_a_stated_fallback() -> None:
    data = (HTML_DIR / "real_streetstorm_cp1251_listing.html").read_bytes()
    undeclared = data.replace(b"charset=windows-1251", b"")
    text, encoding = decode_html(undeclared)
    assert encoding == "windows-1251 (fallback)"
    assert "Докажи" in text
    assert parse_article(undeclared).encoding == "windows-1251 (fallback)"


def test_byte_order_mark_wins_and_is_removed() -> None:
    data = (HTML_DIR / "real_la-nacion_bom.html").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text, encoding = decode_html(data)
    assert encoding == "utf-8"
    assert not text.startswith("\ufeff")
    article = parse_article(data)
    assert article.encoding == "utf-8"
    assert article.headline == "Una solución no violenta para la cuestión mapuche"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("<p>Мінск</p>".encode(), "utf-8"),
        ("<p>Мінск".encode("utf-16"), "utf-16-le"),
        ('<meta charset="koi8-r"><p>Минск'.encode("koi8-r"), "koi8-r"),
        ("<p>Zürich, Genève</p>".encode("cp1252"), "windows-1252 (fallback)"),
        ("<p>Минск".encode() + b"\xd0", "utf-8 (invalid bytes replaced)"),  # a cut download
        ('<meta charset="utf-8"><p>Мінск'.encode("cp1251"), "windows-1251 (fallback)"),
        # a UTF-16 file saved without its BOM: zero bytes beside the markup's characters
        ("<html><head><title>Мінск</title></head>".encode("utf-16-le"), "utf-16-le (no BOM)"),
        ("<html><head><title>Мінск</title></head>".encode("utf-16-be"), "utf-16-be (no BOM)"),
        (b"\x00" * 600, "utf-8"),  # zero bytes alone are no markup
    ],
)
def test_decoding_order(data: bytes, encoding: str) -> None:
    assert decode_html(data)[1] == encoding


def test_str_input_has_no_encoding() -> None:
    assert parse_article("<h1>A headline here</h1>" + BODY).encoding is None


# --- a real article -------------------------------------------------------------------------------


def test_real_blog_article() -> None:
    article = parse_article((HTML_DIR / "real_readability_001.html").read_bytes())
    assert article.headline == "Get your Frontend JavaScript Code Covered"
    assert article.language == "en"
    assert any(p.startswith("So finally you're testing your frontend") for p in article.paragraphs)
    assert not any("Copyright" in p or p == "Tweet" for p in article.paragraphs)
    json.loads(to_json(article))


# --- metadata -------------------------------------------------------------------------------------

JSON_LD = (
    """<html lang="de-AT"><head>
<title>Die Schlagzeile des Tages | Beispiel Zeitung</title>
<meta property="og:site_name" content="Beispiel Zeitung">
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "name": "Beispiel"},
  {"@type": ["NewsArticle"], "headline": "Die Schlagzeile des Tages",
   "datePublished": "2024-12-02T09:30:00+01:00", "dateModified": "2024-12-03T10:00:00Z",
   "author": [{"@type": "Person", "name": "Anna Muster"}, {"name": "Ben Beispiel"}],
   "articleSection": "Politik", "keywords": "Wien, Wahl", "isAccessibleForFree": "False"}
]}</script>
<link rel="canonical" href="https://example.at/a/1"></head>
<body><h1>Die Schlagzeile des Tages</h1>"""
    + BODY
    + "</body></html>"
)


def test_json_ld_graph() -> None:
    article = parse_article(JSON_LD)
    assert article.headline == "Die Schlagzeile des Tages"
    assert article.published == datetime.datetime(
        2024, 12, 2, 9, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=1))
    )
    assert article.modified is not None
    assert article.modified.utcoffset() == datetime.timedelta(0)
    assert article.date == datetime.date(2024, 12, 2)
    assert article.authors == ("Anna Muster", "Ben Beispiel")
    assert article.section == "Politik"
    assert article.tags == ("Wien", "Wahl")
    assert article.paywalled is True
    assert article.site_name == "Beispiel Zeitung"
    assert article.canonical_url == "https://example.at/a/1"
    assert article.url == "https://example.at/a/1"
    assert article.language == "en"  # the text is English: the text wins over lang="de-AT"


def test_declared_language_when_the_text_does_not_tell() -> None:
    html = (
        '<html lang="ja"><body><h1>東京で新しい条例が可決された</h1>'
        "<p>東京都議会は金曜日、新しい条例を賛成多数で可決した。施行は来年四月の予定である。</p>"
        "</body></html>"
    )
    assert parse_article(html).language == "ja"


def test_opengraph_and_time() -> None:
    html = (
        '<html><head><meta property="og:title" content="Storm hits the coast tonight">'
        '<meta property="article:section" content="Weather">'
        '<meta property="article:tag" content="storm"><meta property="article:tag" content="coast">'
        "<title>Storm hits the coast tonight - Daily</title></head><body>"
        "<div>Menu</div><article><h2>Live</h2><time datetime='2023-01-05T18:00:00-05:00'>Jan 5"
        "</time>" + BODY + "</article></body></html>"
    )
    article = parse_article(html)
    assert article.headline == "Storm hits the coast tonight"
    assert article.section == "Weather"
    assert article.tags == ("storm", "coast")
    assert article.published is not None
    assert article.published.isoformat() == ("2023-01-05T18:00:00-05:00")
    assert article.paywalled is None
    assert article.authors == ()


def test_nothing_stated_is_none() -> None:
    article = parse_article("<html><body>" + BODY + "</body></html>")
    assert (article.published, article.section, article.site_name, article.paywalled) == (
        None,
        None,
        None,
        None,
    )


@pytest.mark.parametrize(
    ("text", "moment", "day"),
    [
        ("2015-07-24T05:36:09+01:00", "2015-07-24T05:36:09+01:00", "2015-07-24"),
        ("2019-01-03T07:00:02.000Z", "2019-01-03T07:00:02+00:00", "2019-01-03"),
        ("2018-04-05T06:00", None, "2018-04-05"),  # no time zone: no datetime, only the day
        ("2024-06-25", None, "2024-06-25"),
        ("Sat, 07 Dec 2024 01:36:42 GMT", "2024-12-07T01:36:42+00:00", "2024-12-07"),
        ("2024-13-45", None, None),
        ("yesterday", None, None),
    ],
)
def test_parse_datetime(text: str, moment: str | None, day: str | None) -> None:
    found, date = parse_datetime(text)
    assert (found.isoformat() if found else None) == moment
    assert (date.isoformat() if date else None) == day


def test_headline_is_the_h1_not_a_chrome_heading() -> None:
    html = (
        "<title>Ministers agree on the budget | The Daily</title><body><div>"
        "<h2>Accessibility links</h2><h2>Share</h2></div><h1>Ministers agree on the budget</h1>"
        + BODY
    )
    assert parse_article(html).headline == "Ministers agree on the budget"


# --- main content ---------------------------------------------------------------------------------


def test_boilerplate_is_dropped_and_structure_kept() -> None:
    html = (
        "<body><nav><a href='/'>Home</a> <a href='/a'>World</a></nav>"
        "<div class='cookie-banner'><p>We use cookies to improve your experience, accept them.</p>"
        "</div><article><h1>Parliament passes the new law on Friday</h1>"
        "<div class='share-tools'><a href='#'>Share on Facebook</a></div>"
        + BODY3
        + "<h2>What happens next</h2>"
        + BODY
        + "<blockquote><p>We will keep on fighting for this, said the speaker.</p></blockquote>"
        "<ul><li>first point of the law is long text</li><li>second point of the law</li></ul>"
        "</article><div class='most-popular'><h3>Most read</h3><ul>"
        "<li><a href='/x'>Another story that is popular today</a></li></ul></div>"
        "<footer><p>© The Daily, all rights reserved, since 1900.</p></footer></body>"
    )
    article = parse_article(html)
    text = article.body
    assert "cookies" not in text
    assert "Share on Facebook" not in text
    assert "©" not in text
    assert "Another story" not in text
    assert "What happens next" in article.paragraphs
    assert "We will keep on fighting for this, said the speaker." in article.paragraphs
    assert "first point of the law is long text" in article.paragraphs


def test_related_block_inside_the_article_becomes_teasers() -> None:
    html = (
        "<body><article><h1>Parliament passes the new law on Friday</h1>"
        + BODY3
        + "<div class='related-stories'><h3>Related</h3><ul>"
        "<li><a href='https://x.org/1'>Budget talks resume after a long pause</a></li>"
        "<li><a href='https://x.org/2'>Opposition calls for early elections now</a></li>"
        "</ul></div></article></body>"
    )
    article = parse_article(html)
    titles = [t.title for t in article.related]
    assert "Budget talks resume after a long pause" in titles
    assert "Opposition calls for early elections now" in titles
    assert not any("Budget talks" in p for p in article.paragraphs)


def test_aspnet_page_whose_body_is_a_form() -> None:
    html = (
        "<html><body><form id='aspnetForm' action='page.aspx' method='post'>"
        "<input type='hidden' name='__VIEWSTATE' value='abc'>"
        "<h1>City council approves the new tram line</h1>" + BODY3 + "</form></body></html>"
    )
    article = parse_article(html)
    assert article.headline == "City council approves the new tram line"
    assert len(article.paragraphs) == 3


def test_a_search_form_is_chrome() -> None:
    html = (
        "<body><form action='/search'><p>Search the whole site for news and more</p></form>"
        "<h1>City council approves the new tram line</h1>" + BODY3 + "</body>"
    )
    assert "Search the whole site" not in parse_article(html).body


def test_br_separated_text_is_paragraphs() -> None:
    line = "A line of the story that is long enough to count, with a comma, and words"
    html = f"<body><h1>The headline of the story</h1><div class='text'>{line} one.<br><br>{line} two.<br>{line} three.</div></body>"  # noqa: E501
    article = parse_article(html)
    assert len(article.paragraphs) == 3
    assert article.paragraphs[1].endswith("two.")


# --- listing cards --------------------------------------------------------------------------------


def test_cards_with_rubric_time_lead_and_badge() -> None:
    card = (
        "<article class='teaser'><span class='kicker'>Politik</span>"
        "<h2><a href='/a/{n}'>Die Regierung plant eine neue Reform Nummer {n}</a></h2>"
        "<time datetime='2019-09-03T10:0{n}:00+02:00'>10:0{n}</time>"
        "<p class='lead'>Ein kurzer Vorspann zur Geschichte Nummer {n}.</p>{badge}</article>"
    )
    html = "<html><body><main>" + "".join(
        card.format(n=n, badge="<span class='badge'>SPIEGEL+</span>" if n == 2 else "")
        for n in range(1, 4)
    )
    teasers = parse_teasers(html)
    assert [t.url for t in teasers] == ["/a/1", "/a/2", "/a/3"]
    first, second = teasers[0], teasers[1]
    assert first.title == "Die Regierung plant eine neue Reform Nummer 1"
    assert first.categories == ("Politik",)
    assert first.time == "2019-09-03T10:01:00+02:00"
    assert first.lead == "Ein kurzer Vorspann zur Geschichte Nummer 1."
    assert first.paywall is None
    assert second.paywall == "SPIEGEL+"


def test_a_story_linked_again_is_one_teaser_completed_by_its_second_card() -> None:
    """ABC's homepage links a top story again from its section ("…?section=world"), WIRED from
    its trending box with a fragment: one teaser, in the first place, with the second's lead."""
    top = "<h3><a href='{url}'>Buffalo police officers charged with assault at a protest</a></h3>"
    card = "<div class='card'>{title}{lead}</div>"
    lead = "<p class='lead'>Two Buffalo police officers are charged over the push.</p>"
    other = "<h3><a href='/news/{n}'>Another story of the day number {n} is here</a></h3>"
    html = "<html><body><main>" + "".join(
        [
            card.format(title=top.format(url="/news/2020-06-07/buffalo/12330068"), lead=""),
            *(card.format(title=other.format(n=n), lead="") for n in range(2)),
            card.format(
                title=top.format(url="https://abc.net.au/news/2020-06-07/buffalo/12330068/?s=w"),
                lead=lead,
            ),
            card.format(title=top.format(url="/news/2020-06-08/buffalo-again/1"), lead=""),
        ]
    )
    teasers = parse_teasers(html + "</main></body></html>")
    assert [t.url for t in teasers] == [
        "/news/2020-06-07/buffalo/12330068",
        "/news/0",
        "/news/1",
        "/news/2020-06-08/buffalo-again/1",  # the same title on another path: another story
    ]
    assert teasers[0].lead == "Two Buffalo police officers are charged over the push."


@pytest.mark.parametrize("url", ["http://[x/a", "?q=1", "#", "//", "/a//"])
def test_a_story_key_is_read_from_any_address(url: str) -> None:
    card = f"<div class='c'><h3><a href='{url}'>One title of a story in a list</a></h3></div>"
    teasers = parse_teasers(f"<html><body>{card}{card.replace(url, url + 'b')}")
    assert len(teasers) == {"#": 0, "?q=1": 1, "//": 1}.get(url, 2)  # (a query, a host: one)


@pytest.mark.parametrize(
    ("url", "title", "kept"),
    [
        ("/news/arts-culture/", "Arts & Culture", False),  # ABC: a section's own page
        ("https://www.rtvslo.si/zabava-in-slog", "Zabava in slog", False),
        ("/story/2000107773563/zweirad-unter-strom", "Zweirad unter Strom", True),  # an id
        ("/investing/2022/06/23/5-dividend-kings-to-buy-now/", "5 Dividend Kings to Buy", True),
        ("/world/belarus-votes-today", "Belarus votes today", False),
        ("/world/belarus-votes-again", "Belarus votes today", True),  # another slug
        ("http://[x/a", "Arts of the city", True),
    ],
)
def test_a_heading_link_to_a_sections_own_page_is_no_teaser(
    url: str, title: str, kept: bool
) -> None:
    card = "<div class='card'><h3><a href='{url}'>{title}</a></h3><p>{lead}</p></div>"
    lead = "A lead of one sentence under the title of the card."
    cards = [card.format(url=url, title=title, lead=lead)]
    cards += [
        card.format(url=f"/s/{n}", title=f"Another story number {n}", lead=lead) for n in (1, 2)
    ]
    titles = [t.title for t in parse_teasers("<html><body><main>" + "".join(cards))]
    assert (title in titles) is kept


def test_a_listings_pagination_links_are_no_teasers() -> None:
    """Habr: "Туда" (there) in a pagination bar, a rel=next link."""
    card = "<article class='post'><h2><a href='/a/{n}'>Статья номер {n} о важном</a></h2></article>"
    pages = (
        "<div class='tm-pagination'><a class='tm-pagination__link' rel='next' href='/page2/'>"
        "<span class='tm-pagination__navigation-link-title'>Туда</span></a></div>"
    )
    html = "<html><body><main>" + card.format(n=1) + card.format(n=2) + pages
    assert [t.url for t in parse_teasers(html)] == ["/a/1", "/a/2"]


def test_plain_text_teasers_still_work() -> None:
    teasers = parse_teasers("- PoliticsŁatuška discusses sanctions\n")
    assert teasers[0].categories == ("Politics",)


def test_repeated_captions_are_furniture() -> None:
    caption = (
        "<div class='photo'>The minister, left, shakes hands with the visitor in Hanoi today.</div>"
    )
    html = (
        "<body><article><h1>The minister visits Hanoi for two days</h1>"
        + caption
        + BODY3
        + caption
        + "<div class='wp-caption'>A different photo credit line for the second picture here.</div>"
        "</article></body>"
    )
    paragraphs = parse_article(html).paragraphs
    assert len(paragraphs) == 3
    assert not any("shakes hands" in p or "photo credit" in p for p in paragraphs)


# --- each card field of its kind (round 15; the kinds of tools/audit_cards.py) -----------------

_CARD = (
    '<article class="teaser"><a href="/story/{n}" class="teaser-inner">'
    '<p class="teaser-kicker">Postenschacher</p><div class="teaser-postingcount">361 Postings'
    '</div><h1 class="teaser-title">Von blauen Netzwerken im Innenministerium {n}</h1>'
    '<p class="teaser-text">Aus dem Innenministerium dringen immer mehr Details nach außen.</p>'
    "</a></article>"
)


def test_a_link_that_wraps_the_card_gives_its_heading_as_the_title() -> None:
    """derStandard: kicker, comment count, title and lead in one link."""
    page = "<html><body><main>" + _CARD.format(n=1) + _CARD.format(n=2) + "</main></body></html>"
    first = parse_teasers(page)[0]
    assert first.title == "Von blauen Netzwerken im Innenministerium 1"
    assert first.lead == "Aus dem Innenministerium dringen immer mehr Details nach außen."


def test_card_fields_are_of_their_kind() -> None:
    """A rubric is no time, a time has a digit, a lead is a sentence and no piece of the title,
    and a paywall icon on the title link marks the card (SBS, WIRED, binarymarket, SPIEGEL)."""
    card = (
        '<div class="card"><span class="category">{rubric}</span>'
        '<h2><a href="/n/{n}" class="article-icon spplus"><span class="headline-intro">'
        "Aufstand gegen den Premier:</span> Gegner wollen das Gesetz {n}</a></h2>"
        '<span class="date">Makena Kelly</span><p class="summary">4 Сен, 2015</p></div>'
    )
    page = "".join(card.format(n=n, rubric=r) for n, r in ((1, "3 hours ago"), (2, "Politik")))
    first, second = parse_teasers(f"<html><body>{page}</body></html>")
    assert (first.categories, second.categories) == ((), ("Politik",))
    assert (first.time, first.lead) == (None, None)
    assert first.paywall == "spplus"


def test_a_category_class_outranks_a_label_and_its_links_are_no_titles() -> None:
    """Habr: a difficulty label ("Простой") before the hubs the story is filed under; a hub's
    name of four words is no teaser of its own, and the star of the first hubs is no part."""
    card = (
        '<article class="snippet"><h2><a href="/a/{n}">Расскажите, зачем вам контейнер {n}</a>'
        '</h2><div class="article-complexity__label">Простой</div><div class="hubs">'
        '<span class="hub__link-container"><a class="publication-hub__link" href="/h/1/">'
        'Игры и игровые консоли <span class="profiled-hub">*</span></a></span>'
        '<span class="hub__link-container"><a class="publication-hub__link" href="/h/2/">'
        'Go <span class="profiled-hub">*</span></a></span></div></article>'
    )
    page = "".join(card.format(n=n) for n in (1, 2))
    teasers = parse_teasers(f"<html><body><main>{page}</main></body></html>")
    assert [t.url for t in teasers] == ["/a/1", "/a/2"]
    assert teasers[0].categories == ("Игры и игровые консоли", "Go")


def test_navigation_marked_by_class_is_no_teaser() -> None:
    """Telepolis' bottom bar: a <ul class="nav navbar-nav"> of copyright links, no <nav>."""
    cards = "".join(_CARD.format(n=n) for n in (1, 2))
    bar = (
        '<ul id="navi_bottom" class="nav navbar-nav"><li class="footer_copyright">'
        '<a href="http://www.interred.de/">Content Management by InterRed Systems</a></li>'
        '<li class="footer_copyright"><a href="https://www.heise-medien.de/">Copyright 2020 by '
        "Heise Medien GmbH</a></li></ul>"
    )
    teasers = parse_teasers(f"<html><body><main>{cards}</main>{bar}</body></html>")
    assert [t.url for t in teasers] == ["/story/1", "/story/2"]


def test_a_bylines_date_is_the_cards_time() -> None:
    """Motley Fool: the date class holds "author | date"; the time is the date."""
    card = (
        '<div class="article-item"><h4><a href="/a/{n}">Two real estate stocks built to last {n}'
        '</a></h4><div class="article-date">Kody Kester | Jun 26, 2022</div></div>'
    )
    page = "".join(card.format(n=n) for n in (1, 2))
    assert parse_teasers(f"<html><body>{page}</body></html>")[0].time == "Jun 26, 2022"
