"""Teaser lists: every shape the issue lists, each taken from (or modelled on) a shared page.

Lines quoted from ``../shared/data/news/seed_pozirk_one-in-30-belarusians.txt`` and
``pozirk_*.txt`` (Pozirk, English edition) unless marked "constructed".
"""

from __future__ import annotations

import pytest

from belnews import errors
from belnews.news import Teaser, parse_teasers
from belnews.news.teasers import learn_categories, parse_teaser_lines

MARKER = "The material is available only to POZIRK+"


def one(line: str) -> Teaser:
    (teaser,) = parse_teasers(
        line + "\n- PoliticsA long enough closing title for this list" + MARKER
    )[:1]
    return teaser


def test_one_category_glued_to_title_and_paywall() -> None:
    # seed page, first teaser
    teaser = one(f"- EconomyFarm criticized by Łukašenka six years ago will get $1m{MARKER}")
    assert teaser == Teaser(
        title="Farm criticized by Łukašenka six years ago will get $1m",
        categories=("Economy",),
        paywall="POZIRK+",
    )


def test_several_categories() -> None:
    teaser = one(f"- Politics, SecurityForeign troops to arrive in Belarus for CSTO drill{MARKER}")
    assert teaser.categories == ("Politics", "Security")
    assert teaser.title == "Foreign troops to arrive in Belarus for CSTO drill"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "PoliticsŁatuška discusses sanctions with EU envoys",
            "Łatuška discusses sanctions with EU envoys",
        ),
        (
            "EconomyBiełstat: industrial output down 2 percent",
            "Biełstat: industrial output down 2 percent",
        ),
        ("PoliticsŠkłoŭ court sentences activist", "Škłoŭ court sentences activist"),  # constructed
        (
            "PoliticsČyhir released after three years",
            "Čyhir released after three years",
        ),  # constructed
        (
            "SocietyŚviatłahorsk hospital closes ward",
            "Śviatłahorsk hospital closes ward",
        ),  # constructed
        (
            "PoliticsŹmicier Daškievič detained again",
            "Źmicier Daškievič detained again",
        ),  # constructed
        (
            "PoliticsBySol Foundation leaders sentenced to 18 years",
            "BySol Foundation leaders sentenced to 18 years",
        ),
    ],
)
def test_title_starting_with_any_capital(line: str, title: str) -> None:
    teaser = one(f"- {line}{MARKER}")
    assert teaser.title == title
    assert len(teaser.categories) == 1


def test_title_starting_with_a_word_equal_to_a_category() -> None:
    teaser = one(f"- Politics, SecuritySecurity council head reports on drills{MARKER}")
    assert teaser.categories == ("Politics", "Security")
    assert teaser.title == "Security council head reports on drills"


def test_category_only_bullets() -> None:
    teasers = parse_teasers(
        "- Politics, Security, Society\n- Economy\n"
        f"- PoliticsInterior ministry brands 29 people{MARKER}\n"
    )
    assert teasers[0] == Teaser(title=None, categories=("Politics", "Security", "Society"))
    assert teasers[1] == Teaser(title=None, categories=("Economy",))


def test_bullet_without_category() -> None:
    teaser = one("- Volunteer fighter's brother has not filed appeal…")
    assert teaser == Teaser(title="Volunteer fighter's brother has not filed appeal…")


def test_bare_dash_gives_no_teaser() -> None:
    teasers = parse_teasers(f"-\n- PoliticsCichanoŭskaja to visit Denmark this week{MARKER}\n")
    assert [t.title for t in teasers] == ["Cichanoŭskaja to visit Denmark this week"]


def test_last_line_cut_mid_word() -> None:
    # pozirk_latuska-vows-to-continue-fight_153553.txt ends "- SocietyBelarus " (cut)
    teasers = parse_teasers(
        f"- PoliticsCichanoŭskaja meets with Latvian president{MARKER}\n- SocietyBelarus \n"
    )
    assert teasers[-1] == Teaser(title="Belarus", categories=("Society",), truncated=True)
    assert not teasers[0].truncated


def test_last_line_cut_inside_the_paywall_marker() -> None:
    # pozirk_interior-ministry-blacklists-150-extremists-bpn_44239.txt, last line
    teasers = parse_teasers(
        f"- PoliticsRights defenders identify eight more political prisoners{MARKER}\n"
        "- Economy, SocietyBelarus to raise subsistence minimum budget on August 1"
        "The material is available only\n"
    )
    assert teasers[-1] == Teaser(
        title="Belarus to raise subsistence minimum budget on August 1",
        categories=("Economy", "Society"),
        paywall="POZIRK+",
        truncated=True,
    )


def test_numbered_list_cut_last_item() -> None:
    # zerkalo-mirror_ru_teaser-list_44007.txt: numbered headlines, the last cut to "Росси"
    teasers = parse_teasers(
        "  4. Повышение тарифов ЖКХ перенесено с 1 января на 1 марта\n"
        "  5. В Беларуси повысили минимальную цену на популярный вид алкоголя\n"
        "  10. Росси\n"
    )
    assert [t.categories for t in teasers] == [(), (), ()]
    assert teasers[-1] == Teaser(title="Росси", truncated=True)
    assert not teasers[0].truncated


@pytest.mark.parametrize(
    "marker",
    [
        "The material is available only to POZIRK+",
        "Матэрыял даступны толькі для POZIRK+",  # Belarusian (constructed, same outlet's wording)
        "Материал доступен только для POZIRK+",  # Russian (constructed, same outlet's wording)
    ],
)
def test_paywall_marker_in_three_languages(marker: str) -> None:
    teaser = one(f"- PoliticsReprisals: Hrodna region woman arrested{marker}")
    assert (teaser.title, teaser.paywall) == ("Reprisals: Hrodna region woman arrested", "POZIRK+")


def test_free_teaser_has_no_paywall() -> None:
    assert one("- PoliticsReprisals: Hrodna region woman arrested over a comment").paywall is None


def test_new_category_of_a_known_site_still_parses() -> None:
    # constructed: "Culture" never occurs on the shared pages
    teasers = parse_teasers(
        f"- CultureKupalaŭcy stage a new play in Warsaw{MARKER}\n- Culture\n"
        f"- PoliticsCichanoŭskaja to visit Denmark this week{MARKER}\n"
    )
    assert teasers[0].categories == ("Culture",)
    assert teasers[0].title == "Kupalaŭcy stage a new play in Warsaw"
    assert teasers[1] == Teaser(title=None, categories=("Culture",))


def test_vocabulary_is_learned_from_category_only_bullets() -> None:
    bodies = [f"PoliticsX said{MARKER}", "Sport, Culture"]
    assert {"Sport", "Culture", "Politics"} <= learn_categories(bodies)


def test_plain_headline_list_learns_no_categories() -> None:
    assert "Росси" not in learn_categories(["Повышение тарифов ЖКХ", "Росси"])


def test_known_vocabulary_splits_a_glue_without_a_capital() -> None:
    # constructed: a title opening with a digit has no lower/upper glue; known "Economy" splits it
    teaser = parse_teaser_lines(
        [
            (
                f"- Economy2025 budget adopted by parliament{MARKER}",
                "https://pozirk.online/en/news/1",
            )
        ],
        page_ends=False,
    )
    assert teaser[0].categories == ("Economy",)
    assert teaser[0].title == "2025 budget adopted by parliament"
    assert teaser[0].url == "https://pozirk.online/en/news/1"


def test_category_word_followed_by_a_space_belongs_to_the_title() -> None:
    assert one("- Economy of Belarus shrinks for the third quarter").categories == ()


def test_youtube_like_glue_is_not_a_category() -> None:
    assert one("- YouTube blogger detained in Minsk after stream").categories == ()


def test_parse_teasers_rejects_what_is_neither_str_nor_bytes() -> None:
    with pytest.raises(TypeError):
        parse_teasers(42)  # type: ignore[arg-type]
    assert issubclass(errors.BelnewsError, Exception)


def test_a_double_space_is_no_category_list() -> None:
    # article_benchmark c467d507…: its "Most  Viewed" list heading
    teasers = parse_teasers("- Most  Viewed\n- EconomyFarm news")
    assert [(t.categories, t.title) for t in teasers] == [
        ((), "Most  Viewed"),
        (("Economy",), "Farm news"),
    ]


def test_non_bullet_lines_are_ignored() -> None:
    assert parse_teasers("Just a sentence.\nAnother one.") == ()


def test_vocabulary_per_site() -> None:
    from belnews.news.teasers import site_categories

    assert "Politics" in site_categories("https://pozirk.online/en/news/153553")
    assert "Politics" in site_categories("https://www.pozirk.online/be/news/1")
    assert site_categories("https://zerkalo.io/news/life/1.html") == frozenset()
    assert "Economy" in site_categories(None)


def test_another_site_learns_its_own_categories() -> None:
    # constructed: a site whose categories belnews has never seen, with a paywall marker
    from belnews.news import parse_article

    article = parse_article(
        "Belarus court sentences activist to five years\n"
        "The court in Hrodna sentenced the activist on Monday, his lawyer said.\n"
        f"- Sport, CultureKupalaŭcy stage a new play in Warsaw{MARKER}\n"
        "- Sport\n",
        url="https://example.org/news/1",
    )
    assert [t.categories for t in article.related] == [("Sport", "Culture"), ("Sport",)]


def test_belarusian_and_russian_lists_learn_their_categories() -> None:
    # constructed in the shape of Pozirk's Belarusian and Russian editions
    teasers = parse_teasers(
        "- ПалітыкаЛукашэнка сустрэўся з амбасадарам КітаяМатэрыял даступны толькі для POZIRK+\n"
        "- Эканоміка\n"
        "- ЭканомікаЎрад зацвердзіў новыя тарыфы для насельніцтва"
        "Матэрыял даступны толькі для POZIRK+\n"
        "- ПолитикаЛукашенко встретился с послом КитаяМатериал доступен только для POZIRK+\n"
    )
    assert [(t.categories, t.paywall) for t in teasers] == [
        (("Палітыка",), "POZIRK+"),
        (("Эканоміка",), None),
        (("Эканоміка",), "POZIRK+"),
        (("Политика",), "POZIRK+"),
    ]
    assert teasers[2].title == "Ўрад зацвердзіў новыя тарыфы для насельніцтва"
