"""The language of an article: the right code, or ``None`` — never a confident wrong answer.

Sentences are quoted from the shared news pages (``tests/data/news_pages``), UD Belarusian, the
Ukrainian articles and Readability's test pages (``../shared/data/html``); the German, French,
Polish, Lithuanian sentences are ordinary press sentences.  The figures on real pages (the check
half of the hash split) come from ``tools/eval_news_language.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given

from belnews.news import parse_article
from belnews.news.language import LANGUAGES, detect_language, language_scores
from strategies import any_text, noisy_text

PAGES = Path(__file__).parent / "data" / "news_pages"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Святлана Ціханоўская сустрэлася з прэзідэнтам Літвы і расказала пра палітвязняў.", "be"),
        ("Сергей Тихановский рассказал, что его держали в одиночной камере пять лет.", "ru"),
        ("Президент заявив, що Україна не погодиться на жодні територіальні поступки.", "uk"),
        ("Pavieł Łatuška said that the regime did not stop at expelling Belarusians.", "en"),
        (
            "Die Regierung hat am Montag mitgeteilt, dass sie die Gespräche fortsetzt.",
            "de",
        ),
        (
            "Le gouvernement a annoncé lundi qu'il poursuivrait les discussions avec l'opposition.",
            "fr",
        ),
        ("Premier powiedział, że rząd nie zgodzi się na żadne ustępstwa w tej sprawie.", "pl"),
        (
            "Vyriausybė pirmadienį pranešė, kad tęs derybas su opozicija ir kitomis partijomis.",
            "lt",
        ),
        (
            "Śviatłana Cichanoŭskaja skazała, što jana nie pakinie Biełaruś i budzie zmahacca.",
            "be-Latn",
        ),
    ],
)
def test_sentences(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Minsk",
        "12:30 14.02.2024",
        "Лукашэнка Пуцін",  # two names: be or ru?
        "Lukashenka meets Putin",  # no function word: any Latin language
        "東京都は月曜日に新しい計画を発表した。",  # another script
        "Η κυβέρνηση ανακοίνωσε νέα μέτρα τη Δευτέρα.",
        "Влада Србије је у понедељак најавила нове мере.",  # Serbian: ј is no letter of be/ru/uk
    ],
)
def test_unsure_or_unknown_is_none(text: str) -> None:
    assert detect_language(text) is None


def test_latin_look_alikes_in_cyrillic_words() -> None:
    # UD Belarusian: "якiя", "асабiстай" typed with a Latin i
    text = (
        "Правы грамадзян, якiя ажыццяўляюць вядзенне асабiстай падсобнай гаспадаркi, "
        "маюць права ўзводзiць гаспадарчыя пабудовы."
    )
    assert detect_language(text) == "be"


def test_addresses_are_not_language() -> None:
    text = "Запіс тут: https://vk.com/topic-150808964_35775983 — літаратурны вечар. Выступае Ігар."
    assert detect_language(text) in ("be", None)
    assert language_scores(text)["be"][0] >= language_scores(text)["ru"][0]


@pytest.mark.parametrize(
    ("page", "language"),
    [
        ("nashaniva_be-cyrl_cichanouski-adzinocnaja-kamera_341963", "be"),
        ("nashaniva_be-latn_cichanouskaja-threads_386153", "be-Latn"),
        ("euroradio_ru_tihanovskiy-mirotvorec", "ru"),
        ("pozirk_latuska-vows-to-continue-fight_153553", "en"),
        ("svaboda_be-cyrl-tarask_cichanouskija-razmova_30886233", "be"),
    ],
)
def test_news_pages(page: str, language: str) -> None:
    article = parse_article((PAGES / f"{page}.txt").read_text(encoding="utf-8"))
    assert article.language == language


def test_data_is_consistent() -> None:
    codes = [language.code for language in LANGUAGES]
    assert len(codes) == len(set(codes))
    for language in LANGUAGES:
        assert language.script in ("Cyrillic", "Latin")
        # every stop word is spelt in the language's own alphabet
        for word in language.stop_words:
            assert set(word) <= language.alphabet, (language.code, word)


@given(any_text | noisy_text)
def test_total_and_a_known_code(text: str) -> None:
    assert detect_language(text) in {None, *(language.code for language in LANGUAGES)}


def test_only_a_sample_is_read() -> None:
    # a long text is judged by its beginning: the answer does not depend on what follows
    start = "Святлана Ціханоўская сустрэлася з прэзідэнтам Літвы і расказала пра палітвязняў. "
    assert detect_language(start * 15 + "x" * 1_000_000) == detect_language(start * 15) == "be"
