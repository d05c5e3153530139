"""Datelines, dates and page furniture around the headline.

Datelines quoted from the shared pages (``../shared/data/news/``): "December 2, Pozirk."
(seed_pozirk_one-in-30-belarusians.txt), "October 24, BPN." (pozirk_interior-ministry-…),
"September 26, 2021" (tsikhanouskaya-office_…), "21.01.2026 / 09:00" (nashaniva_be-latn_…);
"09 December 2022." is the issue's example; the furniture lines are the issue's examples.
"""

from __future__ import annotations

import datetime
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from belnews.news import Dateline, Teaser, parse_article
from belnews.news.dateline import (
    date_from_url,
    date_in_text,
    parse_date_line,
    resolve_date,
    split_dateline,
)

LEAD = "Fear, terror and persecution have forced about 300,000 Belarusians to flee their country."
BODY = "The Lithuanian government referred the case to the ICC on September 30."
HEADLINE = "One in 30 Belarusians is a victim of deportation, opposition politician says at ICC"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("December 2, Pozirk.", Dateline(12, 2, None, "Pozirk", None, "December 2, Pozirk.")),
        ("October 24, BPN.", Dateline(10, 24, None, "BPN", None, "October 24, BPN.")),
        ("09 December 2022.", Dateline(12, 9, 2022, None, None, "09 December 2022.")),
        ("Minsk, December 2 –", Dateline(12, 2, None, None, "Minsk", "Minsk, December 2 –")),
        ("2 снежня 2023.", Dateline(12, 2, 2023, None, None, "2 снежня 2023.")),
        ("24 октября 2021.", Dateline(10, 24, 2021, None, None, "24 октября 2021.")),
        (
            "МИНСК, 2 декабря (БелТА) –",
            Dateline(12, 2, None, "БелТА", "МИНСК", "МИНСК, 2 декабря (БелТА) –"),
        ),
        (
            "MINSK, Dec. 2 (Reuters) -",
            Dateline(12, 2, None, "Reuters", "MINSK", "MINSK, Dec. 2 (Reuters) -"),
        ),
    ],
)
def test_glued_dateline(text: str, expected: Dateline) -> None:
    assert split_dateline(f"{text} {LEAD}") == (expected, LEAD)


@pytest.mark.parametrize(
    "text", ["Fear, terror and persecution.", "December 32, Pozirk. Text", "Politics. Text"]
)
def test_no_dateline(text: str) -> None:
    assert split_dateline(text) is None


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("September 26, 2021", (2021, 9, 26)),
        ("21.01.2026 / 09:00", (2026, 1, 21)),
        ("22 February 2019, Friday, 2:02", (2019, 2, 22)),
        ("2023-05-01T10:00:00+03:00", (2023, 5, 1)),
        # a weekday before the date, an English ordinal
        ("Monday, November 18, 2019", (2019, 11, 18)),
        ("Fri, 16 Feb 2018", (2018, 2, 16)),
        ("Thurs., Nov. 21, 2019", (2019, 11, 21)),
        ("середа, 21 листопада 2025", (2025, 11, 21)),
        ("November 18th, 2019", (2019, 11, 18)),
        # Ukrainian, Polish, German and French month names
        ("21 листопада 2025, 10:26", (2025, 11, 21)),
        ("3 травня 2024", (2024, 5, 3)),
        ("18 listopada 2019", (2019, 11, 18)),
        ("25. September 2018", (2018, 9, 25)),
        ("3. März 2024", (2024, 3, 3)),
        ("18 novembre 2019", (2019, 11, 18)),
        ("1 août 2020", (2020, 8, 1)),
        # the year mark, a weekday without a comma, ordinals after the day (review finding 9)
        ("18 listopada 2019 r.", (2019, 11, 18)),
        ("18 листопада 2019 р.", (2019, 11, 18)),
        ("18 листопада 2019 року", (2019, 11, 18)),
        ("lundi 18 novembre 2019", (2019, 11, 18)),
        ("1er mars 2019", (2019, 3, 1)),
        ("18th November 2019", (2019, 11, 18)),
        ("Monday 18th November 2019", (2019, 11, 18)),
        ("November 18th 2019", (2019, 11, 18)),
    ],
)
def test_date_lines(line: str, date: tuple[int, int, int]) -> None:
    found = parse_date_line(line)
    assert found is not None
    assert (found.year, found.month, found.day) == date
    assert found.raw == line


@pytest.mark.parametrize(
    "line",
    [
        "Minsk 04:13",
        "Share:",
        "Politics, Security",
        "31.02.2020",
        "Elections on 18 November 2019",  # a sentence about a date is not a date line
        "Monday, November 31, 2019",
        "Belsat, 9 May",  # a word before the date is a weekday or the line is no date line
        # month words of day-first languages only count after the day (review finding 6)
        "Mars 3",
        "Dez 24",
        "Okt 3",
        "Mai 2",
    ],
)
def test_not_date_lines(line: str) -> None:
    assert parse_date_line(line) is None


def test_article_dateline_removed_from_first_paragraph() -> None:
    article = parse_article(f"{HEADLINE}\n\nDecember 2, Pozirk. {LEAD}\n{BODY}\n")
    assert article.headline == HEADLINE
    assert article.dateline == Dateline(12, 2, None, "Pozirk", None, "December 2, Pozirk.")
    assert article.paragraphs == (LEAD, BODY)
    assert article.lead == LEAD
    assert article.date is None  # no year anywhere


def test_date_from_reference_date_and_url() -> None:
    text = f"{HEADLINE}\nDecember 2, Pozirk. {LEAD}\n"
    assert parse_article(text, reference_date=datetime.date(2025, 1, 10)).date == datetime.date(
        2024, 12, 2
    )
    assert parse_article(text, reference_date=datetime.date(2024, 12, 2)).date == datetime.date(
        2024, 12, 2
    )
    moment = datetime.datetime(2025, 1, 10, 12, 30)
    assert parse_article(text, reference_date=moment).date == datetime.date(2024, 12, 2)
    article = parse_article(text, url="https://example.org/news/2023/12/02/x")
    assert article.date == datetime.date(2023, 12, 2)


def test_date_from_url_alone() -> None:
    assert date_from_url("https://charter97.org/en/news/2018/2/12/279358/") == datetime.date(
        2018, 2, 12
    )
    assert date_from_url("https://x.org/23-10-2021-list") == datetime.date(2021, 10, 23)
    assert date_from_url("https://pozirk.online/en/news/116381") is None
    assert date_from_url(None) is None
    assert resolve_date(None, url=None) is None


def test_date_line_under_headline_and_byline() -> None:
    # nashaniva_be-latn_…: logo, headline, date line, author, then the body
    article = parse_article(
        "BIEŁ Ł RUS\n\nŚviatłana Cichanoŭskaja zaviała treds. Što joj pišuć biełarusy?\n\n"
        "21.01.2026 / 09:00\n\nMaksim Syraježka\n\n"
        "«A łajknicie moj kamient? Łajkaŭ ad prezidentki ŭ mianie jašče nie było».\n"
    )
    assert article.headline == "Śviatłana Cichanoŭskaja zaviała treds. Što joj pišuć biełarusy?"
    assert article.date == datetime.date(2026, 1, 21)
    assert article.paragraphs == (
        "«A łajknicie moj kamient? Łajkaŭ ad prezidentki ŭ mianie jašče nie było».",
    )


@pytest.mark.parametrize(
    "furniture",
    ["Minsk 04:13", "(Ministry of Internal Affairs)", "Share:", "BELSAT", "By Jane Doe"],
)
def test_furniture_before_headline_or_dateline_is_removed(furniture: str) -> None:
    for text in (
        f"{furniture}\n{HEADLINE}\nDecember 2, Pozirk. {LEAD}\n{BODY}\n",
        f"{HEADLINE}\n{furniture}\nDecember 2, Pozirk. {LEAD}\n{BODY}\n",
    ):
        article = parse_article(text)
        assert article.headline == HEADLINE
        assert article.paragraphs == (LEAD, BODY)
        assert article.dateline is not None


def test_photo_caption_in_body_is_removed() -> None:
    article = parse_article(
        f"{HEADLINE}\n{LEAD}\n"
        "The man in the cap on the left is Sergei. Photo: ONT video screenshot\n"
        f"{BODY}\n"
    )
    assert article.paragraphs == (LEAD, BODY)


def test_site_clock_above_headline_is_not_the_date() -> None:
    # charter97-en_…: "22 February 2019, Friday, 2:02" is the site's clock; the URL has the date
    article = parse_article(
        f"22 February 2019, Friday, 2:02\nAppeal of the BPR Rada\n\n{HEADLINE}\n\n{LEAD}\n",
        url="https://charter97.org/en/news/2018/2/12/279358/",
    )
    assert article.headline == HEADLINE
    assert article.dateline is None
    assert article.date == datetime.date(2018, 2, 12)


def test_no_dateline_at_all() -> None:
    article = parse_article(f"{HEADLINE}\n\n{LEAD}\n\n{BODY}\n")
    assert (article.dateline, article.date) == (None, None)


def test_second_story_headline_becomes_related() -> None:
    related = "Lithuanian politicians vow to support Belarusians regardless of who is in power"
    article = parse_article(
        f"{HEADLINE}\nDecember 2, Pozirk. {LEAD}\n{BODY}\n\n{related}\n"
        "- PoliticsCichanoŭskaja to visit Denmark this week"
        "The material is available only to POZIRK+\n"
    )
    assert article.paragraphs == (LEAD, BODY)
    assert article.related == (
        Teaser(title=related),
        Teaser("Cichanoŭskaja to visit Denmark this week", ("Politics",), "POZIRK+"),
    )


def test_teaser_list_without_article() -> None:
    # zerkalo-mirror_ru_teaser-list_44007.txt: only a list of headlines
    article = parse_article(
        "Поддержать команду Зеркала\nБеларусы на войне\n"
        "  1. Повышение тарифов ЖКХ перенесено с 1 января на 1 марта\n"
        "  2. В Беларуси повысили минимальную цену на популярный вид алкоголя\n"
    )
    assert article.headline is None
    assert article.paragraphs == ()
    assert len(article.related) == 2
    assert article.language == "ru"


def test_source_line_gives_url() -> None:
    article = parse_article(f"SOURCE: https://pozirk.online/en/news/116381\n\n{HEADLINE}\n{LEAD}\n")
    assert article.url == "https://pozirk.online/en/news/116381"
    assert parse_article(f"{HEADLINE}\n{LEAD}\n", url="https://x.org/").url == "https://x.org/"


def test_second_story_headline_and_lead_become_related() -> None:
    # constructed in the shape of seed_pozirk_…: single-line paragraphs, then a blank line, a
    # second story's headline and lead, then the teaser list
    related = "Lithuanian politicians vow to support Belarusians regardless of who is in power"
    second_lead = "Vilnius will keep its doors open, the foreign minister said on Monday."
    article = parse_article(
        f"{HEADLINE}\nDecember 2, Pozirk. {LEAD}\n{BODY}\n\n{related}\n{second_lead}\n"
        "- PoliticsCichanoŭskaja to visit Denmark this week"
        "The material is available only to POZIRK+\n"
    )
    assert article.paragraphs == (LEAD, BODY)
    assert article.related[0] == Teaser(title=related, lead=second_lead)


def test_sub_heading_and_paragraph_in_a_blank_line_separated_body_stay_body() -> None:
    # viasna-like: every paragraph is set apart by a blank line, so a sub-heading is not a story
    heading = "Political prisoner count"
    last = "Last week the list of political prisoners was updated with 22 new names."
    article = parse_article(
        f"{HEADLINE}\n\n{LEAD}\n\n{BODY}\n\n{heading}\n\n{last}\n\n"
        "- PoliticsCichanoŭskaja to visit Denmark this week"
        "The material is available only to POZIRK+\n"
    )
    assert article.paragraphs == (LEAD, BODY, heading, last)


def test_footer_after_the_teaser_list_is_dropped() -> None:
    article = parse_article(
        f"{HEADLINE}\nDecember 2, Pozirk. {LEAD}\n{BODY}\n"
        "- PoliticsCichanoŭskaja to visit Denmark this week"
        "The material is available only to POZIRK+\n"
        "© Pozirk 2024\nShare:\n"
    )
    assert article.paragraphs == (LEAD, BODY)
    assert [t.title for t in article.related] == ["Cichanoŭskaja to visit Denmark this week"]


_PLACES = ["Minsk", "MINSK", "Мінск", "Нова Каховка", "Vilnius Old Town", "Брэст-Літоўск", "x"]
_MONTH_WORDS = ["December", "Dec.", "снежня", "декабря", "śniežnia", "Sept", "Monday"]
_SOURCES = ["Pozirk", "BPN", "БелТА", "Charter97.org", "Nasha Niva"]
_PIECES = [
    *_PLACES,
    *_MONTH_WORDS,
    *_SOURCES,
    "2",
    "09",
    "2024",
    ", ",
    " ",
    ".",
    " (",
    ") ",
    "–",
    "—",
    ":",
    " г.",
    "Fear, terror and persecution.",
    "«",
    "\n",
    "1,5",
]


@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=4), max_size=12).map("".join))
def test_the_quick_test_never_hides_a_dateline(text: str) -> None:
    # split_dateline tries its patterns only when a cheap standard-library test passes; the
    # answers are those of the patterns alone
    from belnews.news import dateline

    expected = None
    head = text[:120]
    for pattern in dateline._glued():
        match = pattern.match(head)
        if match is not None:
            found = dateline._dateline(match)
            rest = text[match.end() :].strip()
            if found is not None and rest:
                expected = (found, rest)
                break
    assert split_dateline(text) == expected


def test_a_yearless_ukrainian_date_line_keeps_its_day_and_month() -> None:
    # articles_uk/uk_chesno: "21 листопада 10:26" (the page states no year anywhere)
    found = parse_date_line("21 листопада 10:26")
    assert found is not None
    assert (found.year, found.month, found.day) == (None, 11, 21)
    assert resolve_date(found, reference_date=datetime.date(2026, 1, 5)) == datetime.date(
        2025, 11, 21
    )


@pytest.mark.parametrize(
    ("url", "date"),
    [
        ("https://www.politifact.com/article/2019/nov/18/guide/", datetime.date(2019, 11, 18)),
        ("https://www.theguardian.com/world/2019/Sep/3/story", datetime.date(2019, 9, 3)),
        ("https://example.com/2019/abc/18/story", None),  # not a month
        ("https://example.com/2019/feb/30/story", None),  # no such day
    ],
)
def test_url_dates_with_an_english_month_abbreviation(url: str, date: datetime.date | None) -> None:
    assert date_from_url(url) == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Posted: Fri 6:45 PM, Feb 16, 2018 | Updated: Sat 8:31 PM, Feb 17, 2018", (2018, 2, 16)),
        ("publiziert am 25. September 2018", (2018, 9, 25)),
        ("기사입력 :[ 2018-08-25 15:24 ]", (2018, 8, 25)),
        ("By Ann Lee on Monday, November 18th, 2019 at 11:08 a.m.", (2019, 11, 18)),
        ("Опубликовано 02.12.2023 в 10:00", (2023, 12, 2)),
    ],
)
def test_dates_inside_a_short_text(text: str, date: tuple[int, int, int]) -> None:
    assert date_in_text(text) == datetime.date(*date)


@pytest.mark.parametrize(
    "text", ["May 2019", "November 18", "Nov 31, 2019", "5 minutes ago", "Room 12 Foo 2019", ""]
)
def test_no_full_date_inside_a_text(text: str) -> None:
    assert date_in_text(text) is None


def test_date_in_text_reads_a_bounded_head() -> None:
    assert date_in_text("x" * 200 + " November 18, 2019") is None


def test_a_day_first_month_word_does_not_open_a_dateline() -> None:
    # review finding 6: "Mars 3" is the Soviet probe, not 3 March; "Mai" opens no dateline
    assert split_dateline("Mars 2, NASA. The probe landed.") is None
    assert split_dateline("Mai 2, Reuters. The talks ended.") is None
    text = (
        "Soviet probes remembered\n\nMars 3 (USSR) – the first craft to land softly on the red"
        " planet – sent 20 seconds of data in 1971 before it fell silent.\n\nEngineers in Moscow"
        " still argue about why the signal stopped so soon after landing on the planet."
    )
    article = parse_article(text)
    assert article.dateline is None
    assert article.paragraphs[0].startswith("Mars 3 (USSR)")
    found = split_dateline("Berlin, 5. Juni – Die Regierung hat entschieden.")
    assert found is not None
    assert (found[0].month, found[0].day) == (6, 5)


def test_the_month_table_survives_python_optimisations() -> None:
    # review finding 4: the table was filled inside an assert (gone under python -O)
    code = (
        "from belnews.news.dateline import parse_date_line as p;"
        "print(p('18 listopada 2019') is not None, p('5. Mai 2020') is not None)"
    )
    out = subprocess.run([sys.executable, "-O", "-c", code], capture_output=True, text=True)
    assert out.stdout.split() == ["True", "True"], out.stderr


def test_the_weekday_list_matches_what_its_alternation_matched() -> None:
    """``_whole`` reads the weekdays as a ``regex`` named list (cheaper to compile than the
    case-insensitive alternation it replaced): every character of every weekday matches the
    same code points either way, and so do whole weekdays in any case before a date."""
    import re

    import regex

    from belnews.news.dateline import WEEKDAYS

    everything = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i <= 0xDFFF)
    for char in sorted(set("".join(WEEKDAYS))):
        alternation = regex.findall(f"(?i:{re.escape(char)})", everything)
        assert regex.findall(r"(?i:\L<w>)", everything, w=[char]) == alternation, char
    old = regex.compile(rf"(?:(?i:{'|'.join(map(re.escape, WEEKDAYS))})\.?,? )?(.*)")
    new = regex.compile(r"(?:(?i:\L<weekdays>)\.?,? )?(.*)", weekdays=WEEKDAYS)
    for weekday in WEEKDAYS:
        for written in (weekday, weekday.upper(), weekday.title(), weekday[:-1]):
            for line in (f"{written}, 16 Feb 2018", f"{written}. Nov 18", f"{written}x 1"):
                assert old.fullmatch(line).span(1) == new.fullmatch(line).span(1), line
