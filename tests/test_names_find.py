"""find_names: person names in running English, Łacinka, Belarusian and Russian text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from belnews.names import NameMention, find_names, name_key
from by_path import load_benchmark
from corpus_words import shared_capitalised_words


def _surfaces(text: str) -> list[str]:
    return [m.surface for m in find_names(text)]


def test_english() -> None:
    text = "Sviatlana Tsikhanouskaya met A. Lukashenko's envoy, said President Lukashenka."
    assert _surfaces(text) == ["Sviatlana Tsikhanouskaya", "A. Lukashenko", "Lukashenka"]


def test_lacinka_with_preposition_and_case() -> None:
    # Nasha Niva Łacinka style (romanization.md §1.5).
    (mention,) = find_names("Sustrecha ź Cichanoŭskaj i Pavieł Łatuška.")[:1]
    assert mention.surface == "Cichanoŭskaj"
    assert mention.base == "Cichanoŭskaja"
    assert [m.surface for m in find_names("Jon havaryŭ z Pavieł Łatuška.")] == ["Pavieł Łatuška"]


def test_belarusian_inflected() -> None:
    (mention,) = find_names("Сустрэча са Сьвятланай Ціханоўскай адбылася ўчора.")
    assert (mention.surface, mention.base) == ("Сьвятланай Ціханоўскай", "Сьвятлана Ціханоўская")
    assert mention.key == name_key("Sviatlana Tsikhanouskaya")


def test_russian_and_surname_first() -> None:
    assert _surfaces("Вчера Сергей Тихановский написал") == ["Сергей Тихановский"]
    assert _surfaces("Указ подписал Лукашенко Александр Григорьевич.") == [
        "Лукашенко Александр Григорьевич"
    ]


def test_spans_index_the_text() -> None:
    text = "Аляксандр Лукашэнка і Марыя Калеснікава"
    for mention in find_names(text):
        assert isinstance(mention, NameMention)
        assert text[mention.start : mention.end] == mention.surface
        assert mention.span == (mention.start, mention.end)
    assert len(find_names(text)) == 2


def test_words_before_the_name_are_not_part_of_it() -> None:
    assert _surfaces("Philosopher Uładzimir Mackievič spoke.") == ["Uładzimir Mackievič"]
    assert _surfaces("Politics Minister Pavel Latushka") == ["Pavel Latushka"]


def test_glued_teaser_words_are_split() -> None:
    # Pozirk teaser lists lose the space between the category and the title (shared news page).
    assert "Łukašenka" in _surfaces("- PoliticsŁukašenka signed the decree")


def test_not_names() -> None:
    assert find_names("The weather in Minsk was fine. Belarusian roads are long.") == ()
    assert find_names("") == ()
    assert find_names("Беларускі лідар.") == ()


def test_foreign_full_names_in_a_person_context() -> None:
    # Pozirk, the seed page of the project (shared news page): a list after "judges ...:".
    text = (
        "The ICC has appointed three judges to examine the referral: Iulia Motoc, "
        "Reine Alapini-Gansou and Socorro Flores Liera."
    )
    mentions = find_names(text)
    assert [m.surface for m in mentions] == [
        "Iulia Motoc",
        "Reine Alapini-Gansou",
        "Socorro Flores Liera",
    ]
    assert [m.base for m in mentions] == [m.surface for m in mentions]  # English: no cases
    assert _surfaces("In May, Judge Iulia Motoc said it was late.") == ["Iulia Motoc"]
    assert _surfaces("The ruling, Iulia Motoc said, is final.") == ["Iulia Motoc"]


def test_possessive() -> None:
    # Charter97 (shared news page).
    text = "they had broken Maya Abromchyk’s leg – a good list for The Hague"
    assert _surfaces(text) == ["Maya Abromchyk"]
    assert _surfaces("It is Lukashenka's decree.") == ["Lukashenka"]


def test_lone_names_already_named_in_full() -> None:
    # belarusfeed.com (shared news page).
    text = (
        "Why Maria Kolesnikova was not at the meeting. Later it became known that Maria "
        "refused to leave. Motoc Iulia. Kolesnikova said so."
    )
    assert _surfaces(text) == ["Maria Kolesnikova", "Maria", "Kolesnikova"]
    assert _surfaces("Iulia Motoc, a judge, spoke. Motoc said no.") == ["Iulia Motoc", "Motoc"]
    # A given name alone only in its nominative (an inflected one is spoken about).
    assert _surfaces("«Я ўпэўнена, што Сяргея спрабуюць запэўніць»") == []
    assert _surfaces("Ён і Сяргей пайшлі.") == ["Сяргей"]


def test_places_months_and_titles_are_not_names() -> None:
    # Tsikhanouskaya's office (shared news page): Mar’ina Horka is a town (GeoNames).
    assert _surfaces("how in a town Marjina Horka, people with COVID-19 were") == []
    assert _surfaces("a court in Zhodzina said on Monday, December 2") == []
    # A quoted title after a verb of saying: Belsat (shared news page).
    text = "said Arlouski in an interview with the newspaper “Na Strazhe” (On Guard)."
    assert _surfaces(text) == ["Arlouski"]
    assert _surfaces("said the European Court of Human Rights") == []
    # Adjectives of places and acronyms are not surnames (UD_Belarusian-HSE sentences).
    assert _surfaces("Жыхары Віцебскай вобласці і Мінскай сабраліся.") == []
    assert _surfaces("Яны выкарыстоўваюць ДНС-сервераў шмат.") == []
    assert _surfaces("Гэта сказала Ціханоўская ўчора.") == ["Ціханоўская"]


@pytest.mark.parametrize(
    "text",
    [
        # An adjective that opens a proper name, before its noun (kinds of UD_Belarusian-HSE).
        "Горад быў далучаны да Асманскай імперыі.",
        "Асноўныя маёнткі меў у Кіеўскім павеце.",
        "У фарміраванні рэльефу ролю адыграў Сожскі ледавік.",
        "Ці трэба даць яму Нобэлеўскую прэмію?",
        "Вучыўся ў Гродзенскага дзяржаўнага ўніверсітэта.",
        "Вакол Астравецкай АЭС спрэчкі.",
        "Утварылася Нясвіжская ардынацыя.",
        # A list of them before one noun.
        "Будзе адпрацоўваць Барысаўскі, Капыльскі, Уздзенскі і Калінкавіцкі раёны.",
        "Мяжуе са Слаўгарадскім і Быхаўскім раёнамі.",
        # A word alone in quotation marks is a title.
        "Выбух на станцыі метро «Кастрычніцкая» ў Мінску.",
        "Зборнікі «Паварот на мора», «Свамова» і іншыя.",
        # A case form of a town whose name is a plural (GeoNames): not a surname in -аў.
        "Пэдагог з-пад Клімавічаў запісала відэа.",
        "Жыхары Баранавічаў і Жыткавічах сустрэліся.",
        "Он приехал из Климовичей вчера.",
    ],
)
def test_adjectives_and_titles_are_not_lone_surnames(text: str) -> None:
    assert _surfaces(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Before a verb, a preposition, an adverb or a pronoun, the word stays a surname.
        ("Гэта сказала Ціханоўская ўчора.", "Ціханоўская"),
        ("Пра гэта заявіла Ціханоўская на сустрэчы.", "Ціханоўская"),
        ("Тады Каліноўскі кажа нам усё.", "Каліноўскі"),
        ("Праспэкт Ракасоўскага каля дома перакрылі.", "Ракасоўскага"),
        ("Сустрэча з Ціханоўскай адбылася ў Вільні.", "Ціханоўскай"),
        ("Паводле Ціханоўскай, выбары скончыліся.", "Ціханоўскай"),
        ("Успаміны Вольскага, які жыў у Менску.", "Вольскага"),
        ("Яны пісалі пра Каліноўскага ўчора.", "Каліноўскага"),
        # A surname in -аў whose stem names no plural town.
        ("Пра гэта сказаў Іваноў.", "Іваноў"),
    ],
)
def test_lone_adjectival_surnames_stay(text: str, name: str) -> None:
    assert _surfaces(text) == [name]


def test_shared_news_pages(news_pages_dir: Path) -> None:
    page = news_pages_dir / "nashaniva_be-cyrl_cichanouski-adzinocnaja-kamera_341963.txt"
    mentions = find_names(page.read_text(encoding="utf-8"))
    keys = {m.key for m in mentions}
    assert name_key("Sviatlana Tsikhanouskaya") in keys
    assert name_key("Siarhiej Cichanoŭski") in keys


@pytest.mark.parametrize(
    ("unit", "count"),
    [
        ("A", 100_000),
        ("Aa ", 10_000),
        ("A. ", 10_000),
        ("Aa’s ", 5_000),
        ("said Iulia Motoc, ", 1_000),
    ],
)
def test_linear_time_on_hostile_input(unit: str, count: int) -> None:
    """Time at 4n <= 6x time at n (a ratio in one run, not an absolute time)."""
    import time

    def seconds(n: int) -> float:
        start = time.process_time()
        find_names(unit * n)
        return time.process_time() - start

    seconds(count)  # warm the per-word caches: both sizes then repeat known words
    small = min(seconds(count) for _ in range(3))
    assert min(seconds(4 * count) for _ in range(2)) <= 6 * small + 0.05
    assert len(find_names("said Iulia Motoc, " * 100)) == 100


@given(st.text())
def test_total_over_unicode(text: str) -> None:
    for mention in find_names(text):
        assert text[mention.start : mention.end] == mention.surface


def test_type_error() -> None:
    with pytest.raises(TypeError):
        find_names(b"x")  # type: ignore[arg-type]


# --- issue 12 item 2 / issue 15 -----------------------------------------------------------------


def test_foreign_names_in_a_belarusian_story() -> None:
    """Found as names, read as written (no Belarusian case reading of Reine or Motoc)."""
    text = (
        "Суддзі Iulia Motoc і Reine Alapini-Gansou выказалі асобнае меркаванне. "
        "Пазней Iulia Motoc дадала, што рашэнне спрэчнае."
    )
    found = find_names(text)
    assert [(m.surface, m.base) for m in found] == [
        ("Iulia Motoc", "Iulia Motoc"),
        ("Reine Alapini-Gansou", "Reine Alapini-Gansou"),
        ("Iulia Motoc", "Iulia Motoc"),  # seen in full before
    ]


def test_a_title_is_not_part_of_the_name() -> None:
    assert _surfaces("Судья Iulia Motoc заявила об этом.") == ["Iulia Motoc"]


def _distinct_capitalised(size: int, seed: int) -> str:
    import random

    rng = random.Random(seed)
    capitals, letters = "АБВГДЕЖЗІКЛМНОПРСТУФХЦЧШЭЮЯ", "абвгдежзіклмнопрстуўфхцчшыэюя"
    words = [rng.choice(capitals) + "".join(rng.choices(letters, k=7)) for _ in range(size // 9)]
    return " ".join(words)


def _cold_seconds(text: str) -> float:
    import time

    start = time.process_time()
    find_names(text)
    return time.process_time() - start


def test_distinct_capitalised_words_grow_linearly() -> None:
    """Issue 15: every word is new (no cache helps): time at 4n <= 6x time at n."""
    small = min(_cold_seconds(_distinct_capitalised(10_000, seed=seed)) for seed in (1, 2, 3))
    big = min(_cold_seconds(_distinct_capitalised(40_000, seed=seed)) for seed in (4, 5))
    assert big <= 6 * small + 0.05


def test_a_far_list_gap_is_not_sliced() -> None:
    """A foreign-name candidate far after the last name costs no slice of the text between."""
    text = "said Iulia Motoc. " + "Гэта была сустрэча. " * 2_000 + "Reine Alapini said."
    assert [m.surface for m in find_names(text)][-1] == "Reine Alapini"


def test_a_genitive_place_is_not_glued_to_a_cyrillic_name() -> None:
    """be/ru titles announce only Latin-letter names: "міністр ... Літвы Аўдронюс Ажубаліс"."""
    found = _surfaces("Пра гэта заявіў міністр замежных спраў Літвы Аўдронюс Ажубаліс у чацвер.")
    assert not any(s.startswith("Літвы") for s in found)


# --- speed without a change of answer (round 3) -------------------------------------------------


def test_a_lone_word_is_read_in_context() -> None:
    """A word alone at the start of a sentence counts only as a word of a name seen before (or
    by an ending no other word has: -енка, -віч); inside a sentence it is read (a surname, a
    given name), wherever it occurs first."""
    assert _surfaces("Ціханоўская прыехала, а потым Ціханоўская з'ехала.") == ["Ціханоўская"]
    assert _surfaces("Лукашэнка прыехаў, а потым Лукашэнка з'ехаў.") == ["Лукашэнка"] * 2
    assert _surfaces("Motoc spoke. Judge Iulia Motoc agreed. Motoc said no.") == [
        "Iulia Motoc",
        "Motoc",
    ]
    assert _surfaces("Аляксандр прыйшоў. Потым прыйшоў Аляксандр.") == ["Аляксандр"]
    assert _surfaces("Мінск. Сустрэча з Ціханоўскай у Мінск.") == ["Ціханоўскай"]


_OUTLINE_LETTERS = (
    "abcdefghijklmnopqrstuvwxyzабвгдежзійклмнопрстуўфхцчшыьэюяёщъиєїґј"
    "šžčłńśźćŭǔâûëßøæœđıŀŝĵĉĝĺľżąęóʼ'’-\u0301\u0306Λουκİǅʃʒ"
)


def _page_words(news_pages: Path) -> set[str]:
    import regex

    words: set[str] = set()
    for page in sorted(news_pages.glob("*.txt")):
        words.update(regex.findall(r"[\p{L}\p{M}'’ʼ-]+", page.read_text(encoding="utf-8")))
    return words


def _outline_agrees(word: str) -> None:
    from belnews.names import lexicon
    from belnews.names._outline import outline, word_outline
    from belnews.names._skeleton import fine_skeleton, spell_out
    from belnews.text import has_cyrillic

    fine = fine_skeleton(word)
    quick = word_outline(word)
    assert quick is None or quick == outline(fine), word
    spelled = spell_out(word)
    if "w" not in spelled and not spelled.endswith("tj"):
        assert outline(spelled) == outline(fine), word
    assert lexicon.is_given_form(word) == (fine in lexicon._fine_forms(has_cyrillic(word)))


@given(st.text(alphabet=_OUTLINE_LETTERS + _OUTLINE_LETTERS.upper(), max_size=14))
def test_the_given_name_outline_never_changes_the_answer(word: str) -> None:
    """is_given_form's quick "no" (a letter-class outline no listed form has) is exact: the
    outline of a word is the outline of its fine skeleton, whatever the letters."""
    _outline_agrees(word)


def test_the_given_name_outline_on_real_words() -> None:
    from belnews.names import lexicon
    from belnews.names.forms import base_candidates

    words = _page_words(Path(__file__).parent / "data" / "news_pages")
    words |= {form for group in lexicon.given_names().values() for form in group.forms}
    words |= {c for word in list(words) for c in base_candidates(word)}
    for word in words:
        _outline_agrees(word)


def _runs(text: str) -> list[str]:
    from belnews.names import _find_runs, find

    return [
        piece
        for match in _find_runs._patterns()[0].finditer(text)
        for _, piece in find._pieces(match.group(), match.start())
    ]


def _same_tokens(text: str) -> None:
    from belnews.names import _find_runs

    for run in _runs(text):
        assert _find_runs._tokens(run) == _find_runs._scanned_tokens(run), run


@given(st.text(alphabet="AaBbĆćŁłЖжЎўXx’'ʼ-. \u00a0sS", max_size=40))
def test_a_run_split_at_spaces_has_the_scanned_tokens(text: str) -> None:
    """A run without a dot is split at its spaces in C: the same tokens as the token pattern."""
    _same_tokens(text)


def test_runs_of_real_pages_split_as_scanned() -> None:
    for page in sorted((Path(__file__).parent / "data" / "news_pages").glob("*.txt")):
        _same_tokens(page.read_text(encoding="utf-8"))


def _read_in_full(word: str) -> tuple[bool, bool, bool]:
    """What _given_and_place answers, always by the nominative base_candidates reads."""
    from belnews.names import _find_info
    from belnews.names.forms import base_candidates
    from belnews.names.lexicon import is_given_form

    places, folded = _find_info._place_words(), word.casefold()
    if len(word) < 3:
        return False, folded in places, False
    nominative = base_candidates(word)[0]
    exact = is_given_form(word)
    given = exact or (nominative != word and is_given_form(nominative))
    return given, folded in places or (not given and nominative.casefold() in places), exact


def _reads_as_in_full(word: str) -> None:
    from belnews.names import _find_info
    from belnews.names.forms import base_candidates

    assert _find_info._given_and_place(word, word.casefold()) == _read_in_full(word), word
    _own_nominative_agrees(word)
    _first_nominatives_agree(word)
    kept = len(word) - _find_info._CASE_TAIL  # the letters every nominative keeps
    for nominative in base_candidates(word) if kept > 0 else ():
        assert nominative.lower()[:kept] == word.lower()[:kept], (word, nominative)


def _real_words() -> set[str]:
    from belnews.names import _find_info, lexicon

    words = {
        w for w in _page_words(Path(__file__).parent / "data" / "news_pages") if w[:1].isupper()
    }
    listed = [f for g in lexicon.given_names().values() for f in g.forms] + [
        w.title() for w in _find_info._place_words()
    ]
    endings = (
        "",
        "у",
        "а",
        "ам",
        "ы",
        "і",
        "ай",
        "аю",
        "е",
        "u",
        "a",
        "om",
        "aj",
        "em",
        "ою",
        "ём",
    )
    for form in listed:
        words.update(form[:cut] + ending for cut in (len(form), -1) for ending in endings)
    return words


def test_a_word_no_nominative_of_which_is_listed_reads_as_in_full() -> None:
    """The nominative is read only when its kept letters could begin a listed given name or
    a city's word; real words, listed names and places in case forms read as in full."""
    for word in _real_words():
        _reads_as_in_full(word)


@given(
    st.text(alphabet="АБВЖКМСабвгдежзікмнопстуўхцчшыьяёAKSakmnoszvwščłŭ’", min_size=1, max_size=12)
)
def test_any_word_reads_as_in_full(word: str) -> None:
    _reads_as_in_full(word[:1].upper() + word[1:])


# --- exact shortcuts of the case-form reading (round 4: cold cost) --------------------------


def _own_nominative_agrees(word: str) -> None:
    """A word whose ending no rule reads is its own nominative, as the full decision says."""
    from belnews.names import _nominative, forms

    if word and _nominative._own_nominative(word.lower()):
        assert forms._decide(word)[1] == (word,), word


def _first_nominatives_agree(word: str) -> None:
    """What base_candidates gives first is among ``_first_nominatives`` (read without the
    lexicon of women's names), and is the only one when that lexicon has no say."""
    from belnews.names import _nominative, forms

    if not word:
        return
    choices = _nominative._first_nominatives(word)
    assert forms.base_candidates(word)[0] in choices, (word, choices)


@given(st.text(alphabet=_OUTLINE_LETTERS + _OUTLINE_LETTERS.upper(), min_size=1, max_size=12))
def test_a_word_no_rule_reads_is_its_own_nominative(word: str) -> None:
    _own_nominative_agrees(word)
    _first_nominatives_agree(word)


@given(
    st.text(alphabet="АБВГКМРСабвгдежзікмнопрстуўхцчшыьяёюйAKSakmnoszvjuwščłŭ’'", max_size=10),
    st.sampled_from(["", "а", "я", "у", "ю", "ай", "аю", "яй", "ой", "ам", "ем", "ы", "і", "е"]),
)
def test_the_reading_without_the_lexicon_of_women_is_exact(stem: str, ending: str) -> None:
    """Case forms of made-up and real women's names read as the full reading reads them."""
    _reads_as_in_full((stem[:1].upper() + stem[1:] + ending) or "А")


def _women_in_case_forms() -> set[str]:
    from belnews.names import given as given_module

    women = {
        form
        for _group, gender, form, lang, _kind in given_module._rows()
        if gender == "f" and lang in ("be", "ru", "uk") and form[-1:] in ("а", "я")
    }
    endings = ("у", "ы", "і", "е", "ай", "аю", "яй", "ю", "ой")
    return {w[:-1] + e for w in women for e in endings} | women


def test_womens_names_in_case_forms_read_as_in_full() -> None:
    """Every Cyrillic woman's name of the cross-language lexicon, in its case forms, reads with
    the shortcuts as with the full reading (which asks that lexicon)."""
    for word in _women_in_case_forms():
        _reads_as_in_full(word)


def test_every_capitalised_word_of_the_shared_corpora_reads_as_in_full(shared_dir: Path) -> None:
    """Kolas's novel, the UD sentences and their proper-noun forms, the news pages: every
    capitalised word reads with the shortcuts as with the full case-form reading."""
    words = shared_capitalised_words(shared_dir)
    assert len(words) > 5_000
    for word in words:
        _reads_as_in_full(word)


@given(st.text(alphabet="AaBbĆćŁłЖжЎўXx’'ʼ-sSаяу", min_size=1, max_size=16))
def test_a_one_word_run_is_planned_as_any_run(word: str) -> None:
    from belnews.names import find

    for run in _runs(word):
        if " " not in run and "." not in run and "\u00a0" not in run:
            assert find._planned(run) == find._planned_segments(find._segments(run)), run


def test_the_surname_endings_are_read_by_their_last_two_letters() -> None:
    from belnews.names import _find_words

    assert min(map(len, _find_words._SURNAME_ENDINGS)) >= 2


# --- language -------------------------------------------------------------------------------


def test_a_language_that_does_not_decline_names_keeps_them_as_written() -> None:
    text = "Jane Starner met Andrea Pescetti. Ціханоўскай сказала Лукашэнку."
    default, english = find_names(text), find_names(text, language="en")
    assert [(m.surface, m.start, m.end) for m in english] == [
        (m.surface, m.start, m.end) for m in default
    ]
    latin = [m for m in english if m.surface.isascii()]
    assert len(latin) == 2
    assert all(m.base == m.surface and m.key == name_key(m.surface) for m in latin)
    # a name in Cyrillic letters is read for its case forms whatever the language
    assert [m.base for m in english if not m.surface.isascii()] == ["Лукашэнка"]
    assert [m.base for m in default] == ["Jan Starner", "Andrej Pescetta", "Лукашэнка"]
    for language in ("be", "ru", "be-Latn", "PL", "", None):
        assert find_names(text, language=language) == default, language
    with pytest.raises(TypeError):
        find_names(text, language=1)  # type: ignore[arg-type]


# Values that must read like ``None``: the Slavic and Baltic languages however they are written
# (ISO 639-2/3 codes, POSIX locales, padding, case), "undetermined", "multiple", "no linguistic
# content", misused country codes and codes not known.
_DECLINING = (
    *str.split("be BE be-Latn be-tarask ru uk pl PL cs sk sl hr sr sr-Latn bs bg mk lt lv sh"),
    *str.split("bel rus ukr pol ces cze slk slo slv hrv srp bos bul mkd mac lit lav hbs"),
    *("be_BY", "ru_RU", " be", "be ", "BEL-by", "-", "_", " ", "und", "mul", "mis", "zxx"),
    *("by", "ua", "x", "xx", "qaa", "i-default", "x-private", "", None),
)
_NOT_DECLINING = (
    *str.split("en EN en-US en_GB eng de deu ger DE-at fr fre fra es spa pt pt-BR por it ita"),
    *str.split("nl dut nld sv da no nb"),
    *(" en ", "en_US.UTF-8"),
)


def test_only_a_language_known_not_to_decline_names_keeps_them_as_written() -> None:
    text = "Jane Starner met Andrea Pescetti. Сустрэча са Сьвятланай Ціханоўскай адбылася ўчора."
    default = find_names(text)
    for language in _DECLINING:
        assert find_names(text, language=language) == default, language
    for language in _NOT_DECLINING:
        found = find_names(text, language=language)
        assert [m.base for m in found] == ["Jane Starner", "Andrea Pescetti", default[2].base]
        assert found[2] == default[2], language  # (in Cyrillic letters: see the next test)


def test_every_language_detect_language_reports_is_read_as_it_declines() -> None:
    from belnews.names._find_words import _declines_names
    from belnews.news.language import LANGUAGES

    slavic_and_baltic = {"be", "ru", "uk", "pl", "cs", "sk", "sl", "lt", "lv", "bg", "mk"}
    for language in LANGUAGES:
        primary = language.code.split("-")[0]
        assert _declines_names(language.code) == (primary in slavic_and_baltic), language.code
    codes = {x.code.split("-")[0] for x in LANGUAGES}
    assert codes - slavic_and_baltic == {"en", "de", "fr", "es", "pt", "it"}


def test_a_name_in_cyrillic_letters_keeps_the_case_reading_in_any_language() -> None:
    text = 'Protesters held posters reading "Свабоду Максіму Знаку і Марыі Калеснікавай" outside.'
    default, english = find_names(text), find_names(text, language="en")
    assert english == default
    assert [m.base for m in english] == ["Максім Знак", "Марыя Калеснікава"]
    latin = find_names("Protesters met Maryja Kalesnikava and Maksim Znak.", language="en")
    assert [m.base for m in latin] == ["Maryja Kalesnikava", "Maksim Znak"]


@pytest.mark.parametrize("lang", ["rus", "und", "mul", "zxx", "ru_RU", "xx", "en"])
def test_parse_article_with_a_declared_language(lang: str) -> None:
    from belnews import parse_article

    body = "Встреча со Светланой Тихановской прошла вчера."
    page = (
        f'<html lang="{lang}"><head><title>Новости</title></head><body><article>'
        f"<h1>Новости</h1><p>{body}</p></article></body></html>"
    )
    (mention,) = parse_article(page).names
    assert (mention.surface, mention.base) == ("Светланой Тихановской", "Светлана Тихановская")
    assert mention.key == find_names(body)[0].key


def test_parse_article_reads_names_by_the_text_else_by_html_lang() -> None:
    from belnews import parse_article

    english = (
        "Andrea Pescetti met reporters in Rome on Monday and said that the project would be "
        "finished by the end of the year, according to the statement."
    )
    short = "Andrea Pescetti met reporters."  # (too short for its language to be detected)
    for lang in ("eng", "en", "und", "ru", "zxx", "xx"):
        declared_english = lang in ("eng", "en")  # <html lang> answers when detection cannot
        for body, base in (
            (english, "Andrea Pescetti"),
            (short, "Andrea Pescetti" if declared_english else "Andrej Pescetta"),
        ):
            page = f'<html lang="{lang}"><body><p>{body}</p></body></html>'
            assert [m.base for m in parse_article(page).names] == [base], (lang, body)


def test_the_person_context_quick_no_looks_for_cyrillic_words_only_before_latin() -> None:
    from belnews.names import _find_words

    assert _find_words._ANY_PERSON_WORD.search("пасольства суддзя") is None
    assert _find_words._ANY_PERSON_WORD_LATIN.search("суддзя") is not None
    assert not _find_words._person_before("суддзя Іван", 7, latin=False)
    assert _find_words._person_before("суддзя Iulia", 7, latin=True)


def test_the_benchmarks_cold_paths_empty_the_key_caches() -> None:
    from belnews.names import find, key

    bench_news, bench_find = load_benchmark("bench_news"), load_benchmark("bench_find")
    caches = (find._surface_key, key._exact_group, key._exact_token, find._base_and_key)
    find_names("Jane Starner met Andrea Pescetti and Ціханоўскай.", language="en")
    assert all(cache.cache_info().currsize for cache in caches)
    bench_news.find_names_cold("no names here")
    assert not any(cache.cache_info().currsize for cache in caches)
    find_names("Jane Starner met Andrea Pescetti and Ціханоўскай.", language="en")
    assert bench_find._empty_word_caches() > 20
    assert not any(cache.cache_info().currsize for cache in caches)
    assert not find._LONE_KINDS
    page = "<html><body><p>Andrea Pescetti met reporters in Rome.</p></body></html>"
    assert bench_news.parse_without_names(page).names == ()  # type: ignore[attr-defined]


def test_the_language_changes_no_mention_on_the_news_pages(news_pages_dir: Path) -> None:
    for page in sorted(news_pages_dir.glob("*.txt")):
        text = page.read_text(encoding="utf-8")
        default, english = find_names(text), find_names(text, language="de")
        assert [m.surface for m in english] == [m.surface for m in default]
        assert [m.start for m in english] == [m.start for m in default]


def _person_before_in_full(text: str, start: int, latin: bool) -> bool:
    """``_person_before`` without its quick "no": every word of the window split out."""
    from belnews.names import _find_words as words_module
    from belnews.text import findall_words

    lo = max(0, start - words_module._BEFORE)
    cut = max(text.rfind(".", lo, start), text.rfind("!", lo, start))
    cut = max(cut, text.rfind("?", lo, start), text.rfind("\n", lo, start), lo - 1)
    words = {w.lower() for w in findall_words(text, cut + 1, start)}
    if not words_module._PERSON_WORDS.isdisjoint(words):
        return True
    return latin and not words_module._PERSON_WORDS_BE_RU.isdisjoint(words)


@given(
    st.lists(
        st.sampled_from(
            [
                *str.split("said SAID Judge sON mr Mr. суддзя Сказала ΣΑΙΔ İ ß person misdrive x"),
                *[" ", ", ", ".", "\n", "-", "’s", "Said's", "d"],
            ]
        ),
        max_size=20,
    ),
    st.booleans(),
)
def test_the_person_context_quick_no_is_exact(pieces: list[str], latin: bool) -> None:
    from belnews.names import _find_words

    text = "".join(pieces) + " Ab Cd"
    for start in range(len(text) + 1):
        got = _find_words._person_before(text, start, latin=latin)
        assert got == _person_before_in_full(text, start, latin), (text, start)


def test_the_person_context_quick_no_on_the_news_pages(news_pages_dir: Path) -> None:
    from belnews.names import _find_words

    for page in sorted(news_pages_dir.glob("*.txt")):
        text = page.read_text(encoding="utf-8")
        for start in range(0, len(text), 7):
            for latin in (False, True):
                got = _find_words._person_before(text, start, latin=latin)
                assert got == _person_before_in_full(text, start, latin), (page.name, start)


def test_new_words_leave_no_objects_for_the_garbage_collector() -> None:
    """What find_names remembers of a new word (its run's plan, what the word can be) is made
    of exact tuples, strings, ints and bools, which CPython's collector untracks: a long run
    over new text does not make every full collection of the host's heap longer.  A named
    tuple per word (rounds 1-11) stayed tracked for as long as its memo kept it."""
    import gc

    def text(stem: str) -> str:  # made-up capitalised words inside sentences, no names
        words = [f"{stem}{chr(0x61 + i % 26)}{chr(0x61 + i // 26 % 26)}ek" for i in range(600)]
        return " ".join(f"we met {word} and {word.lower()} there." for word in words)

    def collected() -> int:
        # a tuple is untracked by a collection that finds its items untracked: one collection
        # per level of nesting (a plan holds candidates, which hold their words)
        for _ in range(3):
            gc.collect()
        return len(gc.get_objects())

    assert find_names(text("Zorv")) == ()  # (lexicons and patterns loaded outside the count)
    before = collected()
    assert find_names(text("Quelb")) == ()
    assert collected() - before < 60  # 600 new words, 600 new runs


@pytest.mark.parametrize(
    ("text", "bases"),
    [
        # a new user's session: a lone surname inside a sentence in a case form was missed
        ("Учора сустрэліся з Лукашэнкам.", ["Лукашэнка"]),
        ("Паводле Лукашэнкі, усё добра.", ["Лукашэнка"]),
        ("Ён бачыў Лукашэнку.", ["Лукашэнка"]),
        ("Учора ён сустрэўся з Лукашэнкам і Пуціным.", ["Лукашэнка", "Пуцін"]),
        ("Встреча с Путиным прошла.", ["Путин"]),
        # not -овым: a capitalised adjective ("з Новым годам")
        ("Віншуем з Новым годам!", []),
    ],
)
def test_a_lone_surname_in_a_case_form_is_found(text: str, bases: list[str]) -> None:
    assert [m.base for m in find_names(text)] == bases


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # official style, a surname and two initials (a new user's session: only "С. Л" came)
        ("Суд над Ціханоўскім С. Л. пачаўся.", [("Ціханоўскім С. Л", "Ціханоўскі С. Л")]),
        ("Учора Петров И. И. заявил.", [("Петров И. И", "Петров И. И")]),
        ("Учора Лукашэнка А. Р. сказаў.", [("Лукашэнка А. Р", "Лукашэнка А. Р")]),
        ("Суд над С. Л. Ціханоўскім пачаўся.", [("С. Л. Ціханоўскім", "С. Л. Ціханоўскі")]),
        # letters after a word that is no surname are no name ("Plan B. C. D." gave "B. C. D")
        ("It was Plan B. C. D. that won.", []),
    ],
)
def test_initials_after_a_surname_belong_to_it(text: str, found: list[tuple[str, str]]) -> None:
    assert [(m.surface, m.base) for m in find_names(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # sanctions lists print "SURNAME, Given Patronymic" (a new user's session: the surname
        # was left out, "Aliaksandr Ryhoravich")
        (
            "LUKASHENKA, Aliaksandr Ryhoravich (a.k.a. LUKASHENKO, Alexander Grigoryevich), born",
            ["LUKASHENKA, Aliaksandr Ryhoravich", "LUKASHENKO, Alexander Grigoryevich"],
        ),
        ("ЛУКАШЕНКО, Александр Григорьевич, 1954 г.р.", ["ЛУКАШЕНКО, Александр Григорьевич"]),
        # no patronymic: a word in capitals before a comma is as often an acronym
        ("NATO, Joe Biden said.", ["Joe Biden"]),
    ],
)
def test_a_list_entry_keeps_its_surname(text: str, found: list[str]) -> None:
    names = find_names(text)
    assert [m.surface for m in names] == found
    assert {m.key for m in names[:2]} <= {name_key("Aliaksandr Lukashenka"), names[-1].key}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # --- who starts a full name: given names beyond the curated table ---
        # Given names of the multilingual lexicon that the curated table lacks (UD sentences,
        # shared pages): listed as written, by a listed form's skeleton, or one edit from it.
        ("Раней Кэтрын Эштан сказала, што амбасадарам варта вярнуцца.", ["Кэтрын Эштан"]),
        ("Пра гэта напісала Юлія Навальная ў сацсетках.", ["Юлія Навальная"]),
        ("Брытанскі актор Стывэн Фрай выказаўся пра выбары.", ["Стывэн Фрай"]),
        ("Заяву зрабіў Володимир Зеленський у Києві.", ["Володимир Зеленський"]),
        (
            "Polls put Elizabeth Warren and Bernie Sanders ahead.",
            ["Elizabeth Warren", "Bernie Sanders"],  # (the second as listed after the first)
        ),
        # Given names of the region's word list (Faker's pl, lt, lv, cs, sk, uk, ru lists).
        ("Prezydent Andrzej Duda i Algirdas Paleckis.", ["Andrzej Duda", "Algirdas Paleckis"]),
        ("Viceprezidentka Věra Jourová řekla.", ["Věra Jourová"]),
        # A pet form is no full name's start; a generic head makes a place or an event.
        ("Людзі крычалі: Слава Україні!", []),
        ("He played in the Davis Cup and at the Victoria Hospital gala.", []),
        # A saint's word opens a place's name, and a place word before a given name makes
        # the words another thing's name.
        ("They flew from Santa Cruz to the San Francisco Chronicle office.", []),
        # --- sentence-initial surnames ---
        # At a sentence's start only an ending no other word has makes a surname (UD sentences).
        ("Статкевіч прыехаў у Берасьце на акцыю.", ["Статкевіч"]),
        ("Алексіевіч: Я ня думаю, што тут варта зводзіць усё.", ["Алексіевіч"]),
        ("Спатканне скончылася. Лукашэнка заявіў пра санкцыі.", ["Лукашэнка"]),
        ("Lukashenka said nothing.", ["Lukashenka"]),
        # -скі, -ава, -аў start sentences as adjectives, nouns and verbs.
        ("Беларускі бок шкадуе пра гэта.", []),
        ("Пастанова таксама прадугледжвае штраф.", []),
        ("Працаваў акцёрам Віцебскага тэатра.", []),
        # --- one run, two names; acronyms and offices ---
        # A second given name after a word of the first name starts another name (UD).
        ("Першакурсніца ўніверсітэта імя Янкі Купалы Алёна Янко.", ["Янкі Купалы", "Алёна Янко"]),
        ("Партрэт Марыя Тэрэза Тышкевіч вісіць.", ["Марыя Тэрэза Тышкевіч"]),
        # A short word in capitals after a Title-case one is an acronym, not a name's word.
        ("Выдаў Інстытут літаратуры імя Янкі Купалы АН БССР.", ["Янкі Купалы"]),
        ("Сустрэліся Сяргей ЦІХАНОЎСКІ і Jan NOWAK.", ["Сяргей ЦІХАНОЎСКІ", "Jan NOWAK"]),
        # Offices before a name are no words of it.
        ("Interim BART Police Chief Ed Alvarez told reporters.", ["Ed Alvarez"]),
    ],
)
def test_names_the_round_15_rules_find(text: str, names: list[str]) -> None:
    assert _surfaces(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # English Title Case lines: a capital says nothing, so a name keeps what its words show.
        ("Sviatlana Tsikhanouskaya Visits Berlin", ["Sviatlana Tsikhanouskaya"]),
        ("Maria Kolesnikova Sentenced To 11 Years", ["Maria Kolesnikova"]),
        ("Lukashenko Says He Will Run Again", ["Lukashenko"]),
        ("What Did We Learn from Louis Van Gaal's First Match in Charge?", ["Louis Van Gaal"]),
        ('Student Dies After Diet Pills She Bought Online "Burned Her Up From Within"', []),
        ("How to Use Android’s Quick Share to Send Photos and Files", []),
        ("Wild Rose’s Mary Steenburgen Wrote the Best Movie Song", ["Mary Steenburgen"]),
        # An initial is evidence in any line; a sentence is no Title Case line.
        ("Notes From C. Welch About Medium Writing", ["C. Welch"]),
        ("Sviatlana Tsikhanouskaya visits Kowalski", ["Sviatlana Tsikhanouskaya", "Kowalski"]),
        # (a place's whole name is no person in any line: tests/test_names_places.py)
        ("Sviatlana Tsikhanouskaya visits Berlin", ["Sviatlana Tsikhanouskaya"]),
    ],
)
def test_title_case_lines_in_english(text: str, names: list[str]) -> None:
    assert [m.surface for m in find_names(text, language="en")] == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("said Robert M. Danin, a senior fellow", "Robert M. Danin"),
        ("Сказаў Аляксандр Р. Лукашэнка ўчора.", "Аляксандр Р. Лукашэнка"),
        ("Report A. Lukashenko said", "A. Lukashenko"),  # (no given name before the initial)
    ],
)
def test_a_given_name_before_a_middle_initial(text: str, name: str) -> None:
    assert _surfaces(text) == [name]


@pytest.mark.parametrize(
    "text", ["U.S. ends ban on Israel flights", "Rising in the U.K. today", "С. Л. пачаўся."]
)
def test_initials_alone_are_no_name(text: str) -> None:
    assert _surfaces(text) == []


def test_a_name_cut_by_the_run_limit_goes_on_in_the_next_segment() -> None:
    # five capitalised words: the run's segment limit (four) fell inside the second name
    assert _surfaces("Заява Віктора Медведчука Дмитро Шуст прачытаў.") == [
        "Віктора Медведчука",
        "Дмитро Шуст",
    ]


def test_title_case_lines_only_in_english() -> None:
    """Other languages write headlines in sentence case: a short line of names stays as it is."""
    text = "Prezydent Andrzej Duda i Algirdas Paleckis."
    assert _surfaces(text) == ["Andrzej Duda", "Algirdas Paleckis"]
    assert [m.surface for m in find_names(text, language="pl")] == _surfaces(text)
    headline = "Sviatlana Tsikhanouskaya Visits Berlin"
    assert [m.surface for m in find_names(headline)] == ["Sviatlana Tsikhanouskaya Visits Berlin"]


@pytest.mark.parametrize(
    "unit", ["Maria Kolesnikova Sentenced To Prison\n", "Aaaa Bbbb Cccc Dddd Eeee ", "Aaaa Bbbb\n"]
)
def test_title_case_lines_cost_linear_time(unit: str) -> None:
    """Time at 4n <= 6x time at n (a ratio in one run, not an absolute time)."""
    import time

    def seconds(n: int) -> float:
        start = time.process_time()
        find_names(unit * n, language="en")
        return time.process_time() - start

    seconds(5_000)
    small = min(seconds(5_000) for _ in range(3))
    assert min(seconds(20_000) for _ in range(2)) <= 6 * small + 0.05


@pytest.mark.parametrize("title", ["CEO", "CFO", "MP", "Prime Minister", "суддзя"])
def test_a_title_before_a_name_is_not_part_of_it(title: str) -> None:
    text = f"The plan is sound, said {title} Andy Vesey on Monday."
    assert [m.surface for m in find_names(text, language="en")] == ["Andy Vesey"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Jacinda Ardern said New Zealand will vote. New Zealand is ready.", ["Jacinda Ardern"]),
        ("The judge Anna Kowalska flew home to Spain on Monday.", ["Anna Kowalska"]),
        ("Майя Санду вярнулася ў Малдову. Малдова чакае.", ["Майя Санду"]),
    ],
)
def test_a_country_is_no_person(text: str, names: list[str]) -> None:
    """A mention whose whole text (or nominative) names a country (CLDR) is none."""
    assert [m.surface for m in find_names(text)] == names
