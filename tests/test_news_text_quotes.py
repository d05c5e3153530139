"""Quotations in the conventions real pages use, language by language (issue 10 item 6).

Belarusian sentences are UD Belarusian-HSE sentences (``../shared/data/ud_belarusian``, CC BY-SA
4.0; line numbers given); Ukrainian ones are from the shared Ukrainian articles
(``../shared/data/html/articles_uk``, file named); Russian and English ones from the shared news
pages.  Short excerpts, quoted for tests.  German, French and Polish have no shared pages with
reported speech: those sentences are built in the shapes their press uses (marked "shape").
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from belnews.news import parse_article
from belnews.news.quotes import find_quotes
from belnews.news.speech import GENERIC_PRONOUNS, PRONOUNS, VERBS_BY_LANGUAGE
from strategies import any_text, noisy_text


def _pairs(paragraphs: list[str], names: list[list[tuple[int, int, str]]] | None = None) -> list:
    return [(q.text, q.speaker) for q in find_quotes(paragraphs, names=names)]


def _name(paragraph: str, name: str) -> list[tuple[int, int, str]]:
    start = paragraph.index(name)
    return [(start, start + len(name), name)]


# --- guillemets and low-high quotes with a dash attribution -------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "text", "speaker"),
    [
        (  # articles_uk/uk_bihus_info_article (spaces as the page has them)
            "«Від осколкового поранення внаслідок обстрілу танком загинув біженець з села Кирове "
            "(Лиманець), чоловік загинув на місці» , – каже Самойленко.",
            "Від осколкового поранення внаслідок обстрілу танком загинув біженець з села Кирове "
            "(Лиманець), чоловік загинув на місці",
            "Самойленко",
        ),
        (  # articles_uk/uk_pravda_article
            '"Я розмовляв з ними, і вони працюють добре", – сказав Трамп під час поїздки з '
            "Флориди до Вашингтона.",
            "Я розмовляв з ними, і вони працюють добре",
            "Трамп",
        ),
        (  # articles_uk/uk_tyzhden_article (a nested «…» inside the speaker's name)
            "«Коли мене запитають, що таке війна, я без роздуму відповім — імена», — написав "
            "поет Максим Кривцов.",
            "Коли мене запитають, що таке війна, я без роздуму відповім — імена",
            "Максим Кривцов",
        ),
        (  # articles_uk/uk_texty_article: an unnamed speaker is no speaker
            "«Вартість квадратного метра тоді була 8–25 тисяч доларів, зараз удвічі менша», — "
            "каже рієлтор Андрій, додаючи, що з минулого року ціни впали.",
            "Вартість квадратного метра тоді була 8–25 тисяч доларів, зараз удвічі менша",
            "Андрій",
        ),
        (  # shape (German press): „…“, sagte X
            "„Das ist ein guter Tag für Europa“, sagte Olaf Scholz am Montag in Brüssel.",
            "Das ist ein guter Tag für Europa",
            "Olaf Scholz",
        ),
        (  # shape (German press): »…«, sagte X
            "»Wir schaffen das«, sagte Angela Merkel in Berlin.",
            "Wir schaffen das",
            "Angela Merkel",
        ),
        (  # shape (French press): « … », a déclaré X
            "« Nous ne céderons pas », a déclaré le ministre de l'Intérieur Gérald Darmanin.",
            "Nous ne céderons pas",
            "Gérald Darmanin",
        ),
        (  # shape (Polish press): „…” – powiedział X
            "„Nie oddamy ani piędzi ziemi” – powiedział Donald Tusk w Sejmie.",
            "Nie oddamy ani piędzi ziemi",
            "Donald Tusk",
        ),
    ],
)
def test_quotation_with_attribution_after(paragraph: str, text: str, speaker: str) -> None:
    assert _pairs([paragraph]) == [(text, speaker)]


# --- an attribution inside the quotation ---


def test_attribution_interrupting_the_quotation() -> None:
    # UD Belarusian line 2591, with the quotation's continuation as such pages write it
    paragraph = (
        "«Цяпер убрана каля 11 працэнтаў пасадак, ураджайнасць у сярэднім на 3-5 кілаграмаў "
        "перавышае леташнюю, — расказаў Вадзім Маханько. — Восень будзе добрая»."
    )
    assert _pairs([paragraph]) == [
        (
            "Цяпер убрана каля 11 працэнтаў пасадак, ураджайнасць у сярэднім на 3-5 кілаграмаў "
            "перавышае леташнюю",
            "Вадзім Маханько",
        ),
        ("Восень будзе добрая", "Вадзім Маханько"),
    ]


def test_interrupted_quotation_left_open_by_an_unnamed_speaker() -> None:
    # UD Belarusian line 857: the attribution's words are not part of the quotation
    paragraph = (
        "«Усё далёка ня так маляўніча, як пра гэта паведамляюць народу, — кажа доктарка "
        "аднаго зь менскіх шпіталёў."
    )
    assert _pairs([paragraph]) == [
        ("Усё далёка ня так маляўніча, як пра гэта паведамляюць народу", None)
    ]


# --- em-dash dialogue -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (  # shape of the Belarusian and Russian press
            "— Мы будзем змагацца да канца, — сказаў Франак Вячорка. — Іншага шляху няма.",
            [
                ("Мы будзем змагацца да канца", "Франак Вячорка"),
                ("Іншага шляху няма.", "Франак Вячорка"),
            ],
        ),
        (  # shape of the Polish press: no comma before the dash
            "– Nie wiem, co będzie dalej – powiedziała Anna Nowak.",
            [("Nie wiem, co będzie dalej", "Anna Nowak")],
        ),
        (
            "— Ми переможемо, — сказав Володимир Зеленський.",
            [("Ми переможемо", "Володимир Зеленський")],
        ),
    ],
)
def test_dash_dialogue(paragraph: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs([paragraph]) == expected


def test_a_dash_list_is_no_dialogue() -> None:
    # UD Belarusian lines 519 and 522: a poem's dashes, no verb of saying, no colon before
    assert _pairs(["— Беларусы.", "— Крыж свой."]) == []


# --- pronouns and omitted subjects resolve to the person last named -------------------------------


@pytest.mark.parametrize(
    ("first", "name", "second"),
    [
        (
            "Святлана Ціханоўская выступіла ў Варшаве.",
            "Святлана Ціханоўская",
            "«Мы вернемся», — сказала яна.",
        ),
        ("Сергей Тихановский дал интервью.", "Сергей Тихановский", "«Я не сдамся», — заявил он."),
        (
            "Володимир Зеленський звернувся до нації.",
            "Володимир Зеленський",
            "«Ми вистоїмо», — сказав він.",
        ),
        (
            "Donald Tusk przemawiał w Sejmie.",
            "Donald Tusk",
            "– Nie oddamy ani piędzi ziemi – powiedział.",
        ),
        ("Olaf Scholz sprach in Brüssel.", "Olaf Scholz", "„Europa steht zusammen“, sagte er."),
        ("Emmanuel Macron était à Kyiv.", "Emmanuel Macron", "« Nous serons là », a-t-il dit."),
        ("Pavieł Łatuška spoke in Warsaw.", "Pavieł Łatuška", "“We will win,” he said."),
    ],
)
def test_pronoun_resolves_to_the_last_named_person(first: str, name: str, second: str) -> None:
    quotes = find_quotes([first, second], names=[_name(first, name), []])
    assert [q.speaker for q in quotes] == [name]


def test_a_group_is_no_speaker() -> None:
    quotes = find_quotes(
        ["Donald Tusk przemawiał w Sejmie.", "„Nie oddamy ziemi”, mówią oni zgodnie."],
        names=[[(0, 11, "Donald Tusk")], []],
    )
    assert [q.speaker for q in quotes] == [None]


# --- what is not a quote --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["Читайте также: «Верните город обратно в цивилизацию»"],
        ["Чытайце таксама:", "«Ціханоўская сустрэлася з прэзідэнтам Літвы»"],
        ["Read also: “Tsikhanouskaya meets the Lithuanian president”"],
        ["Czytaj także: „Tusk spotkał się z Cichanouską”"],
    ],
)
def test_titles_of_other_stories_are_not_quotes(paragraphs: list[str]) -> None:
    assert find_quotes(paragraphs) == ()


def test_a_pull_quote_is_kept_once() -> None:
    body = "“We will not stop until every political prisoner is free,” said Pavieł Łatuška."
    pull = "“We will not stop until every political prisoner is free”"
    assert _pairs([body, "The debate went on for hours.", pull]) == [
        ("We will not stop until every political prisoner is free", "Pavieł Łatuška")
    ]
    assert _pairs([pull, body]) == [
        ("We will not stop until every political prisoner is free", "Pavieł Łatuška")
    ]


def test_a_standalone_quotation_paragraph_is_still_a_quote() -> None:
    # a comment paragraph that repeats nothing stays a quotation
    assert _pairs(["«Дзякуй за вашу падтрымку!»"]) == [("Дзякуй за вашу падтрымку!", None)]


def test_teaser_list_headlines_are_related_not_quotes() -> None:
    # zerkalo-mirror_ru_teaser-list_44007: a list of quoted headlines after the story
    page = (
        "Минчане жалуются на ремонт\n\n"
        "Жители района пишут в редакцию уже неделю, ремонт так и не закончен.\n\n"
        "  1. «Верните город обратно в цивилизацию»\n"
        "  2. «Мы просто хотим жить нормально»\n"
    )
    article = parse_article(page)
    assert article.quotes == ()
    assert [t.title for t in article.related] == [
        "«Верните город обратно в цивилизацию»",
        "«Мы просто хотим жить нормально»",
    ]


# --- the data ---


def test_every_language_has_verbs_and_the_sets_do_not_overlap() -> None:
    assert {"be", "be-Latn", "ru", "uk", "pl", "de", "fr", "lt", "en"} <= set(VERBS_BY_LANGUAGE)
    assert all(len(verbs) >= 8 for verbs in VERBS_BY_LANGUAGE.values())
    assert not PRONOUNS & GENERIC_PRONOUNS


# --- properties ---

MARKS = ["«", "»", "„", "“", "”", '"', "— ", "– ", ", — сказала яна. ", "», sagte er", ": "]
marked_text = st.lists(
    st.sampled_from(MARKS)
    | st.sampled_from(["Мы пераможам", "Wir schaffen das", "A. B."])
    | noisy_text,
    max_size=12,
).map("".join)


@given(st.lists(marked_text | any_text, max_size=5))
def test_quotes_are_taken_from_the_paragraphs(paragraphs: list[str]) -> None:
    for quote in find_quotes(paragraphs):
        for line in quote.text.split("\n"):
            assert any(line in paragraph for paragraph in paragraphs), line
        assert 0 <= quote.paragraph < len(paragraphs)
        assert quote.speaker is None or any(quote.speaker in p for p in paragraphs)


# --- speakers that are not the first capitalised words ---


def test_an_organisation_after_a_common_noun_is_no_speaker() -> None:
    # articles_uk/uk_bihus_info_article: "the head of the Stanislav community" is unnamed
    paragraph = "«Олександрівка дуже постраждала», – каже голова Станіславської ТГ."
    assert _pairs([paragraph], names=[[]]) == [("Олександрівка дуже постраждала", None)]


def test_a_place_before_the_verb_is_no_speaker() -> None:
    # articles_uk/uk_espreso_article
    paragraph = (
        "Спецпредставник Трампа Джон Коул після переговорів у Вільнюсі розповів, що Лукашенко "
        'прагне "нормальних стосунків зі своїми сусідами".'
    )
    assert _pairs([paragraph], names=[_name(paragraph, "Джон Коул")]) == [
        ("нормальних стосунків зі своїми сусідами", "Джон Коул")
    ]


def test_a_pronoun_opening_the_clause() -> None:
    # articles_uk/uk_texty_article
    paragraph = (
        "Щойно ставши президентом, Віктор Ющенко заявив, що «це архітектурне творіння треба "
        "зняти до нуля, щоб кияни спокійно жили». Він також сказав, що через цей будинок «усі "
        "князі київські перевертаються на тому світі»."
    )
    quotes = find_quotes([paragraph], names=[_name(paragraph, "Віктор Ющенко")])
    assert [q.speaker for q in quotes] == ["Віктор Ющенко", "Віктор Ющенко"]
