"""Quotations: marks, dialogue dashes, paragraphs, insertions, attribution and pronouns.

Sentences quoted from the shared pages (``../shared/data/news/``) where a source is named;
the others are constructed in the same shapes.
"""

from __future__ import annotations

import pytest

from belnews.errors import ConfigError
from belnews.news import Quote, parse_article
from belnews.news.quotes import find_quotes

LATUSKA = "Pavieł Łatuška"


def test_curly_quote_with_attribution_after_and_description() -> None:
    # seed_pozirk_one-in-30-belarusians.txt
    (quote,) = find_quotes(
        [
            "“One in 30 citizens has left Belarus. They simply had no other choice,” said Pavieł "
            "Łatuška, a Warsaw-based Belarusian opposition politician, at a side event."
        ]
    )
    assert quote == Quote(
        text="One in 30 citizens has left Belarus. They simply had no other choice",
        speaker=LATUSKA,
        description="a Warsaw-based Belarusian opposition politician",
        paragraph=0,
    )


def test_straight_quotes() -> None:
    (quote,) = find_quotes(['"We will not leave Poland," Łatuška said on Tuesday.'])
    assert (quote.text, quote.speaker) == ("We will not leave Poland", "Łatuška")


def test_guillemets_with_dash_attribution() -> None:
    # nashaniva_be-cyrl_cichanouski-adzinocnaja-kamera_341963.txt
    (quote,) = find_quotes(
        ["«Але ж людзей, як Сяргей, тысячы ў турмах», — адзначае Святлана Ціханоўская."]
    )
    assert quote.text == "Але ж людзей, як Сяргей, тысячы ў турмах"
    assert quote.speaker == "Святлана Ціханоўская"


def test_low_high_quotes() -> None:
    (quote,) = find_quotes(["„Мы застанемся тут да канца“, — сказаў Франак Вячорка."])
    assert (quote.text, quote.speaker) == ("Мы застанемся тут да канца", "Франак Вячорка")


def test_em_dash_dialogue_after_colon() -> None:
    # charter97-en_only-charter-restrains-russian-propaganda_279358.txt (name shortened)
    first = (
        "Aliaksandr K., an active participant in peaceful protest, stated that to Charter97.org:"
    )
    quotes = find_quotes(
        [first, "– After the Square-2010, I thought that the authorities would block Charter."]
    )
    assert quotes == (
        Quote(
            "After the Square-2010, I thought that the authorities would block Charter.",
            "Aliaksandr K.",
            None,
            "an active participant in peaceful protest",
            1,
        ),
    )


def test_name_finder_trims_the_speaker_run() -> None:
    # nashaniva_be-latn_…: "lidarka … sił Biełarusi Śviatłana Cichanoŭskaja" (constructed order)
    para = "Lidarka Biełarusi Śviatłana Cichanoŭskaja napisała: «Ja tut novaja, ale čuła»."
    start = para.index("Śviatłana")
    names = [[(start, start + len("Śviatłana Cichanoŭskaja"), "Śviatłana Cichanoŭskaja")]]
    assert find_quotes([para], names=names)[0].speaker == "Śviatłana Cichanoŭskaja"
    assert find_quotes([para])[0].speaker == "Lidarka Biełarusi Śviatłana Cichanoŭskaja"


def test_place_after_preposition_is_not_part_of_the_speaker() -> None:
    # charter97-en_…: "Reader from Minsk Aliaksandr, an active participant…, stated that…:"
    first = "Reader from Minsk Aliaksandr, an active participant, stated that to Charter97.org:"
    quotes = find_quotes([first, "– After the Square-2010, I thought so."])
    assert (quotes[0].speaker, quotes[0].description) == ("Aliaksandr", "an active participant")


def test_em_dash_dialogue_with_inner_attribution() -> None:
    (quote,) = find_quotes(["— Мы будзем змагацца далей, — сказаў Павел Латушка."])
    assert (quote.text, quote.speaker) == ("Мы будзем змагацца далей", "Павел Латушка")


def test_dash_paragraph_that_is_a_list_item_is_not_a_quote() -> None:
    # tsikhanouskaya-office_en_…: "– Ms. Sviatlana Tsikhanouskaya and … held a call"
    assert (
        find_quotes(["Mutual assistance", "– Ms. Tsikhanouskaya held a call with workers."]) == ()
    )


def test_quote_spanning_paragraphs() -> None:
    # belarusfeed_en_…: the quote opens in one paragraph and closes in the next
    quotes = find_quotes(
        [
            "“Lukashenko came in and started shaking hands.",
            "Then there was a five-hour conversation, where he spoke most of the time,”  "
            "said Viktor Matskevich.",
        ]
    )
    assert quotes == (
        Quote(
            "Lukashenko came in and started shaking hands.\n"
            "Then there was a five-hour conversation, where he spoke most of the time",
            "Viktor Matskevich",
            None,
            None,
            0,
        ),
    )


def test_quote_continued_with_opening_mark() -> None:
    quotes = find_quotes(
        ["“We will return to Minsk.", "“We will rebuild the country,” Cichanoŭskaja said."]
    )
    assert quotes[0].text == "We will return to Minsk.\nWe will rebuild the country"
    assert quotes[0].speaker == "Cichanoŭskaja"


def test_bracketed_insertion_stays_inside_the_quote() -> None:
    (quote,) = find_quotes(["“They [the authorities] will not stop,” said Pavieł Łatuška."])
    assert quote.text == "They [the authorities] will not stop"


def test_attribution_before() -> None:
    # seed: "Łatuška said that the regime “did not stop at expelling part of the population”"
    (quote,) = find_quotes(
        [
            "Łatuška said that the regime “did not stop at expelling part of the population” "
            "and more."
        ]
    )
    assert (quote.text, quote.speaker) == (
        "did not stop at expelling part of the population",
        "Łatuška",
    )


def test_attribution_before_with_colon_and_apposition() -> None:
    # tsikhanouskaya-office_en_…
    (quote,) = find_quotes(
        [
            "Ales Aliakhnovich, Sviatlana Tsikhanouskaya’s Representative for Economics, explained "
            "its prospects: “The regime rigged the elections”"
        ]
    )
    assert quote.speaker == "Ales Aliakhnovich"
    assert quote.description == "Sviatlana Tsikhanouskaya’s Representative for Economics"


def test_he_said_resolves_to_most_recent_named_speaker() -> None:
    # seed page, paragraphs 1 and 6
    quotes = find_quotes(
        [
            "“One in 30 citizens has left Belarus,” said Pavieł Łatuška.",
            "The debate was organized by Redress.",
            "Taken together, these actions “constitute a crime against humanity,” he said.",
        ]
    )
    assert [q.speaker for q in quotes] == [LATUSKA, LATUSKA]
    assert quotes[1].paragraph == 2


def test_pronoun_resolves_to_name_in_same_sentence() -> None:
    paragraph = (
        "Later Maria refused to leave, where she said she was safer “than going with strangers”."
    )
    start = paragraph.index("Maria")
    (quote,) = find_quotes([paragraph], names=[[(start, start + 5, "Maria")]])
    assert quote.speaker == "Maria"


def test_pronoun_without_any_name_has_no_speaker() -> None:
    (quote,) = find_quotes(["“I will keep on fighting,” he declared."])
    assert quote.speaker is None


def test_speaker_key_comes_from_the_key_function() -> None:
    (quote,) = find_quotes(
        ["“We will win,” said Pavieł Łatuška."], key=lambda name: name.lower().replace(" ", "_")
    )
    assert quote.speaker_key == "pavieł_łatuška"


def test_scare_quotes_and_titles_are_not_quotes() -> None:
    # belsat-en_…, euroradio_ru_…: “extremism”, "Миротворца", “Na Strazhe”
    assert (
        find_quotes(
            [
                "Officials use the words “extremism” and “destructive activity” for dissent.",
                'Тихановский попал в базу "Миротворца".',
                "He spoke to the newspaper “Na Strazhe”.",
            ]
        )
        == ()
    )


def test_full_stop_inside_quote_ends_the_sentence() -> None:
    # pozirk_latuska-…: “a safer country.” The message warned … — not the message's speech
    quotes = find_quotes(
        ["He got an email urging him to move to “a safer country.” The message warned him."]
    )
    assert [q.speaker for q in quotes] == [None]


def test_paragraph_that_is_a_quotation() -> None:
    # nashaniva_be-latn_…: readers' comments
    (quote,) = find_quotes(["«Na biełaruskija syrki ŭ Polščy, kaniečnie»."])
    assert quote == Quote("Na biełaruskija syrki ŭ Polščy, kaniečnie", None, None, None, 0)


def test_dangling_dash_attribution_in_next_paragraph() -> None:
    # nashaniva_be-latn_…: «…?» — / taki debiutny dopis … pakinuła … Śviatłana Cichanoŭskaja.
    quotes = find_quotes(
        [
            "«Ja tut novaja. Na kaho paraicie padpisacca?» —",
            "taki dopis pakinuła Śviatłana Cichanoŭskaja.",
        ]
    )
    assert quotes[0].speaker == "Śviatłana Cichanoŭskaja"


def test_unclosed_quote_at_the_end() -> None:
    (quote,) = find_quotes(["Arlouski emphasized that “in essence, all subscribers participate"])
    assert (quote.text, quote.speaker) == ("in essence, all subscribers participate", "Arlouski")


def test_unclosed_quote_with_a_second_opening_mark_ends_at_the_sentence() -> None:
    # belsat-en_mia-to-create-list-of-extremists_2021-10-23.txt: the outer quotation is never
    # closed; the reporter's sentence after it holds a quoted word of its own
    (quote,) = find_quotes(
        [
            "Arlouski emphasized that “in essence, they may become parties to prosecution. But "
            "the representative of police promised to treat each case “individually.”"
        ]
    )
    assert quote.text == "in essence, they may become parties to prosecution."


def test_quote_inside_a_closed_quote_keeps_the_whole_quotation() -> None:
    (quote,) = find_quotes(["“He said “no” to me. Then he left,” said Viktor Matskevich."])
    assert quote.text == "He said “no” to me. Then he left"


def test_speaker_keys_in_articles() -> None:
    from belnews.news import parse_article

    article = parse_article(
        "Tsikhanouskaya office begins work in Warsaw\n"
        "“We open an office in Warsaw today,” the Office said.\n"
        "“We will keep working in Vilnius too,” said Sviatlana Tsikhanouskaya.\n"
    )
    office, leader = article.quotes
    assert (office.speaker, office.speaker_key) == ("the Office", None)
    assert leader.speaker == "Sviatlana Tsikhanouskaya"
    assert leader.speaker_key  # belnews.name_key of the speaker


def test_names_of_another_length_than_the_paragraphs_is_a_clear_error() -> None:
    # found by the round-5 review: it raised IndexError from inside the finder
    with pytest.raises(ConfigError, match="names has 0 entries for 1 paragraphs"):
        find_quotes(["— Мы пераможам, — сказала Марыя."], names=[])
    assert find_quotes(["Просты тэкст"], names=[()]) == ()


def test_a_pronoun_is_not_a_name_inside_its_own_quotation() -> None:
    """keep-images: a name the speaker speaks of is not the speaker."""
    paragraphs = [
        "In posts to the community, ScreamMyName pitched this project. “When the funds build up, "
        "we will buy an Energy Control test fee,” he continued.",
    ]
    names = [[(27, 39, "ScreamMyName"), (103, 117, "Energy Control")]]
    assert [paragraphs[0][s:e] for s, e, _name in names[0]] == ["ScreamMyName", "Energy Control"]
    (quote,) = find_quotes(paragraphs, names=names)
    assert quote.speaker == "ScreamMyName"


@pytest.mark.parametrize(
    ("sentence", "speaker", "description"),
    [
        ("“Two tablets were a lethal dose,” her mother, Fiona, said.", "Fiona", "her mother"),
        ("“It was a lethal dose,” Fiona Parsons, her mother, said.", "Fiona Parsons", "her mother"),
        ("“We have learned nothing new in this process,” impeachment, Trump said.", "Trump", None),
    ],
)
def test_a_name_and_its_apposition(sentence: str, speaker: str, description: str | None) -> None:
    (quote,) = find_quotes([sentence])
    assert (quote.speaker, quote.description) == (speaker, description)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("“There is no reason to believe it,” said Mr. Reeves, a senior fellow.", "Mr. Reeves"),
        (
            "“It is something to worry about,” said C. Eugene Steuerle, a fellow.",
            "C. Eugene Steuerle",
        ),
        ("Don’t say “this post burned up my computer.” Because it is not true.", None),
    ],
)
def test_titles_initials_and_imperatives(sentence: str, speaker: str | None) -> None:
    """An abbreviated title or an initial does not end the sentence; "Don’t say" has no speaker."""
    (quote,) = find_quotes([sentence])
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker", "description"),
    [
        ("“I played well,” the 14th-ranked Schwartzman said.", "Schwartzman", "the 14th-ranked"),
        ("“Nope. Still nothing,” All Might had replied brightly.", "All Might", None),
        ("“It is the city,” de Miranda said.", "de Miranda", None),
        ("“We win,” the Office said.", "the Office", None),
        ("“They focus on health,” as one neo-bank CEO told me.", None, None),
        ("“We win,” the , , her mother, Fiona, said.", "Fiona", "her mother"),
    ],
)
def test_a_subject_in_lower_case_ends_in_its_name(
    sentence: str, speaker: str | None, description: str | None
) -> None:
    (quote,) = find_quotes([sentence])
    assert (quote.speaker, quote.description) == (speaker, description)


@pytest.mark.parametrize(
    ("sentence", "speaker", "description"),
    [
        ("“We are growing fast,” said CEO Andy Vesey.", "Andy Vesey", "CEO"),
        ("“Yes,” said Prime Minister Boris Johnson.", "Boris Johnson", "Prime Minister"),
        ("“Yes,” Deputy Minister Anna Kowalska said.", "Anna Kowalska", "Deputy Minister"),
        # a form of address stays with the name; an apposition is the description
        ("“No,” said Mr. Reeves, a senior fellow.", "Mr. Reeves", "a senior fellow"),
        # a run of titles only is no name split in two
        ("“Yes,” said Deputy Prime Minister.", "Deputy Prime Minister", None),
    ],
)
def test_an_office_before_the_name_is_the_description(
    sentence: str, speaker: str | None, description: str | None
) -> None:
    for quote in (*find_quotes([sentence]), *parse_article(f"Headline\n\n{sentence}").quotes):
        assert (quote.speaker, quote.description) == (speaker, description)


def test_the_writer_is_no_speaker() -> None:
    """The narrator's "I" names no one: no speaker, and no pronoun resolves to it later."""
    for sentence in ("“We will win,” said I.", "I said: “No way.”", "— Мы пераможам, — сказаў я."):
        assert [quote.speaker for quote in find_quotes([sentence])] in ([None], [])
    article = parse_article(
        "Head\n\n“Yes,” said Anna Kowalska.\n\n“No,” said I.\n\n“Fine,” she said."
    )
    assert [quote.speaker for quote in article.quotes] == ["Anna Kowalska", None, "Anna Kowalska"]


@pytest.mark.parametrize(
    ("sentence", "speaker", "description"),
    [
        ("“We will win,” said Belarusian leader Alyaksandr Lukashenka.", "Alyaksandr Lukashenka",
         "Belarusian leader"),
        ("“We will win,” said Belarusian opposition leader Sviatlana Tsikhanouskaya.",
         "Sviatlana Tsikhanouskaya", "Belarusian opposition leader"),
        ("“No comment,” said Lukashenka’s press secretary Natalia Eismont.", "Natalia Eismont",
         "Lukashenka’s press secretary"),
        ("“We pray for both men,” said White House Press Secretary Stephanie Grisham.",
         "Stephanie Grisham", "White House Press Secretary"),
        ("“Companies are joining,” NASA Administrator Jim Bridenstine said.", "Jim Bridenstine",
         "NASA Administrator"),
        # an abbreviation's dots end no phrase and make no speaker ("U")
        ("“Justice has been served,” said U.S. Attorney Nealy Cox.", "Nealy Cox",
         "U.S. Attorney"),
        ("“We will win,” said U.K. Prime Minister Boris Johnson.", "Boris Johnson",
         "U.K. Prime Minister"),
        # a time that opens the sentence is no speaker: the clause after it names them
        ("Earlier Saturday, Yoon apologized in an address, saying they “stemmed from urgency”.",
         "Yoon", None),
        ("On Friday, the court ruled, saying that “the case is closed”.", None, None),
        # words that end in no office stay no description; a comma ends the speaker's phrase
        ("“It is the city,” said Reader from Minsk Aliaksandr.", "Aliaksandr", None),
    ],
)  # fmt: skip
def test_the_speaker_is_the_name_after_the_words_that_describe_them(
    sentence: str, speaker: str | None, description: str | None
) -> None:
    """The person named after their description (an adjective, a possessive, an office) in
    a page's quotes, where the name finder has read the names."""
    (quote,) = parse_article(f"Headline of the story\n\n{sentence}").quotes
    assert (quote.speaker, quote.description) == (speaker, description)
