"""The HTML adapter: hand-made fixtures parse to the same Article as their text pages."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from belnews.news import Article, Teaser, parse_article
from belnews.news.html import looks_like_html

HTML_DIR = Path(__file__).parent / "data" / "news_html"
FIXTURES = sorted(
    path.stem for path in HTML_DIR.glob("*.html") if not path.stem.startswith("real_")
)


# What only the HTML states about itself (the text pages cannot carry it).
PAGE_ONLY = ("published", "modified", "section", "site_name", "canonical_url")


def _without_urls(article: Article) -> Article:
    return attrs.evolve(
        article,
        **dict.fromkeys(PAGE_ONLY),  # type: ignore[arg-type]
        tags=(),
        authors=(),
        url=None,
        related=tuple(attrs.evolve(teaser, url=None) for teaser in article.related),
    )


def test_at_least_three_structures() -> None:
    assert len(FIXTURES) >= 3


@pytest.mark.parametrize("stem", FIXTURES)
def test_html_gives_the_same_article_as_text(news_pages_dir: Path, stem: str) -> None:
    text = (news_pages_dir / f"{stem}.txt").read_text(encoding="utf-8")
    html = (HTML_DIR / f"{stem}.html").read_text(encoding="utf-8")
    from_text = parse_article(text)
    from_html = parse_article(html)
    assert from_html.paragraphs or from_html.related  # the fixture is not empty
    assert _without_urls(from_html) == _without_urls(from_text)


@pytest.mark.parametrize("stem", FIXTURES)
def test_teaser_links_fill_teaser_url(stem: str) -> None:
    article = parse_article((HTML_DIR / f"{stem}.html").read_text(encoding="utf-8"))
    titled = [t for t in article.related if t.title is not None and t.categories]
    for teaser in titled:
        assert teaser.url is not None
        assert teaser.url.startswith("https://")


def test_canonical_link_gives_url() -> None:
    html = (HTML_DIR / "nashaniva_be-latn_cichanouskaja-threads_386153.html").read_text()
    assert parse_article(html).url == "https://d2accbiqacj5y8.cloudfront.net/amp/be_latn/386153"
    assert parse_article(html, url="https://x.org/a").url == "https://x.org/a"


def test_simple_markup() -> None:
    html = (
        "<h1>Łatuška vows to continue fight</h1>"
        "<p>September 2, Pozirk. “I will keep on fighting,” said Pavieł Łatuška.</p>"
        "<p>Arrests &amp; trials <b>mark</b> the start of September.</p>"
        "<script>var p = '<p>not text</p>';</script>"
        "<ul><li><a href='https://pozirk.online/en/news/1'>PoliticsKyiv welcomes ICC probe of "
        "Łukašenka</a>The material is available only to POZIRK+</li></ul>"
    )
    article = parse_article(html)
    assert article.headline == "Łatuška vows to continue fight"
    assert article.dateline is not None
    assert article.dateline.source == "Pozirk"
    assert article.paragraphs == (
        "“I will keep on fighting,” said Pavieł Łatuška.",
        "Arrests & trials mark the start of September.",
    )
    assert article.quotes[0].speaker == "Pavieł Łatuška"
    assert article.related == (
        Teaser(
            "Kyiv welcomes ICC probe of Łukašenka",
            ("Politics",),
            "POZIRK+",
            "https://pozirk.online/en/news/1",
        ),
    )


def test_broken_markup_is_total() -> None:
    for html in ["<p>unclosed <b>tags", "<html><p></p></html>", "<div><li>x</div>", "<!doctype"]:
        assert isinstance(parse_article(html), Article)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", True),
        ("  <p>A paragraph</p>", True),
        ("<h1>Headline</h1><p>x</p>", True),
        ("One in 30 Belarusians <p> is not markup here", False),
        ("<3 Minsk", False),
        ("", False),
    ],
)
def test_html_detection(text: str, expected: bool) -> None:
    assert looks_like_html(text) is expected


def test_implied_paragraph_ends_and_line_breaks() -> None:
    html = (
        "<h1>Łatuška vows to continue fight</h1>"
        "<p>Fear, terror and persecution have forced Belarusians to flee."
        "<p>One line<br>and the next line of the same paragraph."
    )
    assert parse_article(html).paragraphs == (
        "Fear, terror and persecution have forced Belarusians to flee.",
        "One line and the next line of the same paragraph.",
    )


def test_date_and_byline_paragraphs_stay_in_the_head() -> None:
    html = (
        "<h1>Cichanoŭskaja zaviała treds</h1><p><time>21.01.2026 / 09:00</time></p>"
        "<p>Maksim Syraježka</p><p>Cichanoŭskaja čytaje kamientary pad svaim pieršym pastom.</p>"
    )
    article = parse_article(html)
    assert article.date is not None
    assert article.date.isoformat() == "2026-01-21"
    assert article.paragraphs == ("Cichanoŭskaja čytaje kamientary pad svaim pieršym pastom.",)


def test_teaser_lead_from_a_paragraph_in_the_list_item() -> None:
    html = (
        "<h1>Headline of the main story here</h1><p>The body of the story, one sentence.</p>"
        "<ul><li><a href='https://x.org/1'>Poland records migration peak at the border</a>"
        "<p>Guards counted 400 attempts in a day.</p></li>"
        "<li><a href='https://x.org/2'>Russia accounts for most Belarusian exports</a></li></ul>"
    )
    assert parse_article(html).related == (
        Teaser(
            "Poland records migration peak at the border",
            url="https://x.org/1",
            lead="Guards counted 400 attempts in a day.",
        ),
        Teaser("Russia accounts for most Belarusian exports", url="https://x.org/2"),
    )


def test_head_lines_and_closing_labels_leave_the_body() -> None:
    body = "The council voted on Monday to raise the tariffs, a step that was long expected by all."
    html = (
        "<article><p>Advertisement</p><h1>Council raises the tariffs in March</h1>"
        "<p>By Jane Roe and John Doe</p><p>Published 1 day ago</p>"
        f"<p>{body}</p><p>Advertisement</p><p>The vote was close, officials said.</p>"
        "<h3>Like this:</h3><p>Like Loading...</p><h3>Comments</h3><p>comments</p></article>"
    )
    article = parse_article(html)
    assert article.headline == "Council raises the tariffs in March"
    assert article.paragraphs == (body, "The vote was close, officials said.")


def test_trim_rules_are_named_and_counted() -> None:
    from belnews.news._trim import TRIM_RULES, trim_edges
    from belnews.news.text import Block

    blocks = [
        Block("Nov. 20, 2019 6:02 AM EST", "p"),
        Block("Headline of the story", "h1"),
        Block("Steve Peoples, National Political Writer", "p"),
        Block("A paragraph of the story that is long enough to be text, with a comma.", "p"),
        Block("Tags:", "line"),
    ]
    kept, counts = trim_edges(blocks, names=("Steve Peoples",))
    assert [block.text for block in kept] == [blocks[1].text, blocks[3].text]
    assert counts == {"before-headline": 1, "byline": 1, "closing-label": 1}
    credit = Block("Associated Press writer Jill Lawless contributed to this report.", "p")
    kept, counts = trim_edges([*blocks[1:4], credit])
    assert kept[-1] == blocks[3]
    assert counts["credit-line"] == 1
    assert set(counts) <= set(TRIM_RULES)


def test_a_sentence_that_is_mostly_one_link_stays_in_the_body() -> None:
    first = "The council voted on Monday to raise the tariffs, a step that was long expected."
    linked = (
        "The plan had been shelved in 2017 but was <a href='/x'>re-opened earlier this year "
        "after the election of the new council</a>."
    )
    html = (
        f"<article><h1>Council raises the tariffs</h1><p>{first}</p><p>{linked}</p>"
        "<p><a href='/a'>Home</a> <a href='/b'>World</a> <a href='/c'>Sport news</a></p></article>"
    )
    paragraphs = parse_article(html).paragraphs
    assert paragraphs[:2] == (
        first,
        "The plan had been shelved in 2017 but was re-opened earlier this year after the "
        "election of the new council.",
    )
    assert not any("Sport" in p for p in paragraphs)


def test_removal_never_touches_a_node_inside_one_already_removed() -> None:
    from belnews.news._dom import Removal, parse_dom

    tree = parse_dom("<body><nav><nav><a>x</a></nav></nav><footer><nav>y</nav></footer><p>z</p>")
    body = tree.body
    assert body is not None
    removal = Removal("nav, footer")
    removed = 0
    for node in body.css("nav, footer"):
        if removal.alive(node):
            removal.remove(node)
            removed += 1
    assert removed == 2  # the outer <nav> and the <footer>; the inner ones went with them
    assert body.text(deep=True) == "z"


def test_a_removed_subtree_is_unlinked_node_by_node() -> None:
    """The pruning steps rely on it (``_dom.removed``): selectolax unlinks every node of a
    decomposed subtree and frees nothing, so nodes listed before stay safe and parentless."""
    from belnews.news._dom import parse_dom, removed

    tree = parse_dom("<body><div id=a><p class=x>one <b>two</b></p><nav><a>y</a></nav></div><p>z")
    body = tree.body
    assert body is not None
    listed = body.css("div, p, b, nav, a")
    listed[0].decompose()
    assert [removed(node) for node in listed] == [True, True, True, True, True, False]
    assert [node.tag for node in listed] == ["div", "p", "b", "nav", "a", "p"]  # still readable
    assert body.text(deep=True) == "z"


def test_a_story_split_in_one_box_per_section_is_read_whole() -> None:
    def step(n: int) -> str:
        text = (
            f"Step {n} of the guide explains, in plain words, what to do next, why it matters "
            "and how long it takes, so that readers can follow it at home."
        )
        return f"<span><div class='step'><div class='inner'><p>{text}</p></div></div></span>"

    first = "".join(
        f"<p>The first step of the guide is long, with commas, words, and more words {i}.</p>"
        for i in range(6)
    )
    html = (
        "<body><div class='sidebar-links'><a href='/a'>Home</a></div><article><h1>A guide</h1>"
        f"<span><div class='step'><div class='inner'>{first}</div></div></span>"
        + "".join(step(n) for n in range(2, 6))
        + "</article></body>"
    )
    paragraphs = parse_article(html).paragraphs
    assert sum(p.startswith("Step ") for p in paragraphs) == 4
    assert sum(p.startswith("The first step") for p in paragraphs) == 6


def test_a_visible_byline_names_the_author_when_no_metadata_does() -> None:
    html = (
        "<article><h1>Council raises the tariffs</h1>"
        "<div class='byline'>By <a rel='author' href='/a/jr'>Jane  Roe</a> March 25, 2015</div>"
        "<p>The council voted on Monday to raise the tariffs, a step long expected by all.</p>"
        "</article>"
    )
    assert parse_article(html).authors == ("Jane Roe",)
    stated = html.replace("<article>", "<meta name='author' content='John Doe'><article>")
    assert parse_article(stated).authors == ("John Doe",)


def test_a_related_block_with_teaser_leads_is_pruned_once() -> None:
    items = "".join(
        f"<li class='item'><a class='t' href='/s{i}'>Another story of the day number {i}</a>"
        f"<p class='lead'>Its lead, in one sentence, number {i}.</p></li>"
        for i in range(3)
    )
    html = (
        "<article><h1>Council raises the tariffs</h1>"
        "<p>The council voted on Monday to raise the tariffs, a step long expected by all.</p>"
        f"<div class='related-stories'><ul class='list'>{items}</ul></div></article>"
    )
    article = parse_article(html)
    assert [teaser.url for teaser in article.related] == ["/s0", "/s1", "/s2"]
    assert article.related[0].lead == "Its lead, in one sentence, number 0."


@pytest.mark.parametrize(
    "inner",
    [
        "<nobr>minister</nobr>",
        "<!-- c -->minister",
        "<acronym>minister</acronym>",
        "minister<ruby>",
    ],
)
def test_phrasing_elements_inside_a_span_keep_the_line_whole(inner: str) -> None:
    # Only a real block element (div, p, list, table…) makes a <span> a container.
    rest = "that prices would rise, and the bank agreed with him on every point."
    html = (
        "<article><h1>Prices will rise in Minsk</h1>"
        f"<div class=text>Yesterday <span>the {inner} said</span> {rest}<br>"
        "The second line of the story follows here with more words in it.</div></article>"
    )
    article = parse_article(html)
    assert article.paragraphs[0].startswith(f"Yesterday the minister said {rest[:10]}")


def test_a_teaser_lead_with_a_paragraph_nested_in_it_is_read_once() -> None:
    # Quirks mode: <p><table><td><p> nests a paragraph in a paragraph.
    items = "".join(
        f"<li><a href='/n{i}'>Headline number {i} of the day here</a>"
        f"<p>lead {i}<table><tr><td><p>inner {i} x</td></tr></table></li>"
        for i in range(3)
    )
    html = (
        "<article><h1>Prices will rise in Minsk</h1><p>The body of the story, one sentence.</p>"
        f"<ul>{items}</ul></article>"
    )
    leads = [teaser.lead for teaser in parse_article(html).related]
    assert leads == ["lead 0inner 0 x", "lead 1inner 1 x", "lead 2inner 2 x"]


def test_head_rules_keep_sentences_and_lead_ins() -> None:
    from belnews.news._trim import trim_edges
    from belnews.news.text import Block

    text = Block("A paragraph of the story that is long enough to be text, with a comma.", "p")
    leads = [
        Block("By Monday, the strike had spread to ten factories in Minsk.", "p"),
        Block("Belsat has learned that the KGB detained two journalists.", "p"),
        Block("Police detained 12 people on May 9 in Minsk:", "p"),
    ]
    heads = [Block("By Ivan Petrov", "p"), Block("Belsat, 9 May", "p")]
    head = Block("Strike in Minsk", "h1")
    kept, counts = trim_edges([head, *leads, text], names=("Belsat",))
    assert (kept, counts) == ([head, *leads, text], {})
    kept, counts = trim_edges([head, *heads, text], names=("Belsat",))
    assert kept == [head, text]
    kept, _ = trim_edges(
        [head, Block("Belsatnews readers wrote to us", "p"), text], names=("Belsat",)
    )
    assert len(kept) == 3  # the name is a whole word or it is not the name


def test_before_headline_only_above_an_h1_near_the_top() -> None:
    from belnews.news._trim import trim_edges
    from belnews.news.text import Block

    twenty = Block(" ".join(["word"] * 20), "p")
    blocks = [
        Block("Strikes", "h"),
        Block("A short paragraph", "p"),
        Block("What the workers want", "h"),
        twenty,
        Block("Reactions abroad", "h1"),
        Block("A paragraph of the story that is long enough to be text, with a comma.", "p"),
    ]
    assert trim_edges(blocks) == (blocks, {})
    kicker = [Block("Politics", "p"), Block("9 May 2023", "p")]
    kept, counts = trim_edges([*kicker, *blocks[4:]])
    assert (kept, counts) == (blocks[4:], {"before-headline": 2})


def test_names_are_read_in_the_language_of_the_page() -> None:
    """find_names is told the detected language (else the page's <html lang>): on an English
    page a name is written in its nominative ("Apte" is no case form of *Apta); on a
    Belarusian page a case form is still read to its nominative."""
    english = parse_article(
        "Concert in the old hall\nThe violinist Niccolo Paganini wrote the caprices in Genoa, "
        "the historian Anna Apte said on Tuesday, and the conductor Vikram Modi agreed with her.\n"
    )
    assert english.language == "en"
    assert ("Anna Apte", "Anna Apte") in [(m.surface, m.base) for m in english.names]
    belarusian = parse_article(
        "<html lang=en><body><h1>Сустрэча ў Вільні</h1><article><p>Учора ў Вільні адбылася "
        "сустрэча са Святланай Ціханоўскай, паведаміла яе каманда, і размова доўжылася "
        "гадзіну.</p></article></body></html>"
    )
    assert belarusian.language == "be"
    assert [m.base for m in belarusian.names] == ["Святлана Ціханоўская"]


@pytest.mark.parametrize(
    ("hints", "rule"),
    [
        ("most-read ", "popular-list"),  # two words joined
        ("mostRead x", "popular-list"),  # camel case
        ("a-d", "advertising"),  # a short beginning is a whole word, joined words too
        ("ads-slot ", "advertising"),
        ("header ", None),  # "ad" inside a word is no advertisement
        ("load ", None),
        ("subnav", None),
        ("nav_bar ", "navigation"),
        ("read-more-link", "related"),
        ("see also", "related"),
        ("comment-123 respond", "comments"),
        (" ", None),  # an element without class and id
    ],
)
def test_prune_rule_for_class_words(hints: str, rule: str | None) -> None:
    from belnews.news._prune import rule_for

    assert rule_for(hints) == rule


@given(st.lists(st.sampled_from(["a", "b", "p", "span", "em", "i"]), max_size=12))
def test_links_in_a_short_node_are_the_css_links(tags: list[str]) -> None:
    from belnews.news._blocks import links_in
    from belnews.news._dom import parse_dom

    inner = "".join(f"<{tag} href=x>w{i} " for i, tag in enumerate(tags))
    tree = parse_dom(f"<body><div><a>lead</a> {inner}</div>")
    body = tree.body
    assert body is not None
    for node in body.css("div, a, b, span, em, i"):
        want = [link.mem_id for link in node.css("a")]
        assert [link.mem_id for link in links_in(node, 0)] == want  # walked
        assert [link.mem_id for link in links_in(node, 10_000)] == want  # queried


@pytest.mark.parametrize(
    ("declared", "language"),
    [("rus", "ru"), ("bel", "be"), ("und", None), ("zxx", None), ("en-US", "en")],
)
def test_a_declared_language_is_read_as_a_language_code(
    declared: str, language: str | None
) -> None:
    """<html lang> answers when the text says nothing: ISO 639-2 codes become ISO 639-1, and
    "undetermined" or "no linguistic content" is no language."""
    page = f'<html lang="{declared}"><body><h1>2024</h1><p>12345 678</p></body></html>'
    assert parse_article(page).language == language


def test_a_br_named_as_chrome_is_pruned_like_any_element() -> None:
    from belnews.news._dom import parse_dom
    from belnews.news.content import extract_content

    text = "First line of the story, with words and commas, and more."
    html = (
        f"<body><div class=story>{text}<br class='ad'>Second line of the story, more words."
        "<br id=comments>Third line of the story, with words, and the end.<br>Last line.</div>"
    )
    content = extract_content(parse_dom(html))
    assert dict(content.pruned).get("advertising") == 1
    assert dict(content.pruned).get("comments") == 1


def test_the_class_word_memo_keeps_only_the_start_of_a_word() -> None:
    from belnews.news import _prune

    long_word = "relatedx" + "y" * 100_000
    assert _prune.rule_for(f"{long_word} ") == "related"
    assert all(len(word) <= _prune._KEY for word in _prune._WORD_RANKS)


@pytest.mark.parametrize("body", ["<body hidden>", "<body aria-hidden=true>"])
def test_a_body_hidden_until_a_script_shows_it_keeps_its_text(body: str) -> None:
    # anti-flicker templates hide the whole <body> until a script runs; the hidden-element
    # rule drops hidden elements inside the body, never the body itself
    text = (
        "Minsk has had three days of rain, and the roads across the capital are closed today. "
        "Officials said the water would fall by Friday."
    )
    page = (
        f"<html><head><title>Rain</title></head>{body}<h1>Rain in Minsk</h1><p>{text}</p>"
        "<div hidden><p>A hidden teaser that is not part of the story at all.</p></div>"
        "</body></html>"
    )
    article = parse_article(page)
    assert article.headline == "Rain in Minsk"
    assert article.paragraphs == (text,)


def test_bytes_without_markup_are_read_as_plain_text() -> None:
    # a new user's session: a .txt file read as bytes lost its headline, dateline and
    # paragraphs (every bytes input was read as HTML)
    text = (
        "Łatuška vows to continue fight\n\n"
        "December 2, Pozirk. “We will not stop,” said Pavieł Łatuška, an opposition politician.\n\n"
        "He spoke in Warsaw.\n"
    )
    as_text = parse_article(text)
    for encoding, reported in (("utf-8", "utf-8"), ("utf-16", "utf-16-le")):
        as_bytes = parse_article(text.encode(encoding))
        assert as_bytes.encoding == reported
        assert attrs.evolve(as_bytes, encoding=None) == as_text
    assert as_text.headline == "Łatuška vows to continue fight"
    assert as_text.dateline is not None
    # bytes with markup are a page, as before
    page = f"<html><body><h1>{text.splitlines()[0]}</h1><p>{text.splitlines()[2]}</p></body></html>"
    assert parse_article(page.encode()).encoding == "utf-8"


def test_share_and_navigation_links_are_no_related_stories() -> None:
    """A related link of one or two words is a section, a share button or a page of the site."""
    items = "".join(
        f"<li><a href='/{href}'>{title}</a></li>"
        for href, title in [
            ("s1", "Another story of the day"),
            ("fb", "Facebook"),
            ("next", "Next Post"),
            ("s2", "Court jails the activist in Hrodna"),
            ("zh", "白俄罗斯法院判处活动人士"),
        ]
    )
    html = (
        "<article><h1>Council raises the tariffs</h1>"
        "<p>The council voted on Monday to raise the tariffs, a step long expected by all.</p>"
        f"<aside><h2>Most Read</h2><ul>{items}</ul></aside></article>"
    )
    titles = [teaser.title for teaser in parse_article(html).related]
    assert titles == [
        "Another story of the day",
        "Court jails the activist in Hrodna",
        "白俄罗斯法院判处活动人士",
    ]


def test_a_cjk_paragraph_ending_in_its_full_stop_is_the_lead() -> None:
    """A CJK sentence has no spaces to count words by; its full stop "。" ends it."""
    paragraphs = "<p>白俄罗斯法院周一判处一名活动人士三年徒刑。</p><p>第二段的内容在这里。</p>"
    article = parse_article(f"<html><body><h1>标题</h1>{paragraphs}</body></html>")
    assert article.lead == "白俄罗斯法院周一判处一名活动人士三年徒刑。"


def test_plain_text_in_chinese_has_its_headline_and_body() -> None:
    """Plain text in a script without spaces: a line's words are counted as a reader counts
    them (two characters a word), its "。" ends a sentence, and a caseless first letter may
    start a headline (before, the whole page came back empty)."""
    page = (
        "中国外交部发言人表示\n\n"
        "北京12月3日电 外交部发言人毛宁在例行记者会上表示，中方愿同各方一道努力。\n\n"
        "另外，外交部还宣布了新的访问计划。\n"
    )
    article = parse_article(page)
    assert article.headline == "中国外交部发言人表示"
    assert article.paragraphs == (
        "北京12月3日电 外交部发言人毛宁在例行记者会上表示，中方愿同各方一道努力。",
        "另外，外交部还宣布了新的访问计划。",
    )
    assert article.lead == article.paragraphs[0]
