"""The words that attribute speech, per language: verbs of saying, pronouns, prepositions.

Data only, in one place: :mod:`belnews.news.quotes` reads these sets and nothing else of a
language.  Each language's lists are short and hand-written from the usage of news pages (the
shared pages, UD Belarusian sentences, Ukrainian articles); forms that are more often nouns or
other verbs ("member states", "notes", "calls"; Polish "mówi" is kept, "podał" is not) are left
out.  A word is looked up lower-cased.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "ARTICLES",
    "AUXILIARIES",
    "BEFORE_VERB",
    "DETERMINERS",
    "GENERIC_PRONOUNS",
    "NARRATOR",
    "PREPOSITIONS",
    "PRONOUNS",
    "READ_ALSO",
    "SPEECH_VERBS",
    "TITLE_ABBREVIATIONS",
    "VERBS_BY_LANGUAGE",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


VERBS_BY_LANGUAGE: Final[dict[str, frozenset[str]]] = {
    "en": _words(
        "said says say saying told tells added adds adding declared declares stated noted "
        "stressed emphasized emphasised emphasizes explained explains wrote writes asked asks "
        "replied replies answered warned warns urged urging called claimed insisted recalled "
        "commented announced admitted argued concluded continued promised vowed"
    ),
    "be": _words(
        "сказаў сказала сказалі кажа кажуць казаў казала адзначае адзначыў адзначыла адзначылі "
        "паведаміў паведаміла паведамілі падкрэсліў падкрэсліла заявіў заявіла заявілі напісаў "
        "напісала піша дадаў дадала расказаў расказала распавёў распавяла растлумачыў "
        "растлумачыла тлумачыць спытаў спытала адказаў адказала прапанаваў прапанавала выказала "
        "выказаў ацаніла ацаніў паабяцаў паабяцала зазначыў зазначыла"
    ),
    "be-Latn": _words(
        "skazaŭ skazała kaža kažuć adznačaje adznačyŭ adznačyła paviedamiŭ paviedamiła zajaviŭ "
        "zajaviła napisaŭ napisała piša dadaŭ dadała raskazaŭ raskazała prapanavaŭ prapanavała "
        "vykazała vykazaŭ acaniła acaniŭ paabiacaŭ paabiacała adkazaŭ adkazała adkazvała spytaŭ "
        "spytała"
    ),
    "ru": _words(
        "сказал сказала сказали говорит говорил говорила говорят отметил отметила отмечает "
        "заявил заявила заявляет сообщил сообщила добавил добавила написал написала пишет "
        "подчеркнул подчеркнула рассказал рассказала пояснил пояснила объяснил объяснила "
        "ответил ответила спросил спросила признался призналась уточнил уточнила"
    ),
    "uk": _words(
        "сказав сказала сказали каже кажуть казав казала заявив заявила заявили зазначив "
        "зазначила зазначили зазначає повідомив повідомила повідомили додав додала розповів "
        "розповіла пояснив пояснила наголосив наголосила підкреслив підкреслила написав "
        "написала пише відповів відповіла запитав запитала"
    ),
    "pl": _words(
        "powiedział powiedziała powiedzieli mówi mówią mówił mówiła stwierdził stwierdziła "
        "dodał dodała podkreślił podkreśliła zaznaczył zaznaczyła oświadczył oświadczyła "
        "napisał napisała pisze odpowiedział odpowiedziała zapytał zapytała wyjaśnił wyjaśniła "
        "przekazał przekazała"
    ),
    "de": _words(
        "sagte sagt sagten gesagt erklärte erklärt erklärten betonte betont meinte meint "
        "schrieb schreibt antwortete fragte warnte ergänzte fügte"
    ),
    "fr": _words(
        "dit déclaré déclare affirme affirmé explique expliqué ajoute ajouté souligne souligné "
        "précise précisé indique indiqué écrit répond répondu demande demandé assure assuré "
        "estime"
    ),
    "lt": _words("sakė teigė pridūrė pažymėjo rašė pabrėžė paaiškino atsakė paklausė"),
}
SPEECH_VERBS: Final[frozenset[str]] = frozenset().union(*VERBS_BY_LANGUAGE.values())

# A single person: resolved to the person meant.
PRONOUNS: Final[frozenset[str]] = _words(
    "he she ён яна jon jana он она він вона ona er sie il elle jis ji"
)
# Several people or an institution's "we": no speaker; nor the writer's own "I" ("…," said I):
# the article names no one ("i" is also "and" in Polish and Łacinka: only "I" is read, as written).
GENERIC_PRONOUNS: Final[frozenset[str]] = _words(
    "they we яны мы jany my они вони ми oni one wir ils elles nous jie mes я ja ich je aš"
)
NARRATOR: Final = "I"
# French and German invert the verb and pronoun into one hyphenated word: "dit-il", "a-t-elle".
INVERTED_SUFFIXES: Final[tuple[tuple[str, bool], ...]] = (
    ("-t-il", True),
    ("-t-elle", True),
    ("-il", True),
    ("-elle", True),
    ("-t-ils", False),
    ("-ils", False),
    ("-elles", False),
)

# An auxiliary before the verb keeps the verb first: "», a déclaré le ministre", "«, hat er gesagt".
AUXILIARIES: Final[frozenset[str]] = _words("a avait hat hatte")

ARTICLES: Final = ("a ", "an ", "the ")
# What opens a description set apart before a name: "her mother, Fiona, said"
DETERMINERS: Final[frozenset[str]] = _words("a an the his her their its our my your")
# English auxiliaries and adverbs between a subject and its verb: "All Might had replied"
BEFORE_VERB: Final[frozenset[str]] = _words(
    "had has have was is would will could also then later once"
)
# Abbreviated titles a name follows after a dot: "said Mr. Reeves", "said Rep. Brian Babin"
TITLE_ABBREVIATIONS: Final[frozenset[str]] = _words(
    "mr mrs ms dr rep sen gov gen prof lt col sgt capt"
)

# A capitalised run right after one of these starts with a place: "Reader from Minsk Aliaksandr".
PREPOSITIONS: Final[frozenset[str]] = _words("from in of at з са у ў в из iz z u ŭ aus von w")

# A paragraph that opens with one of these points to another story: its quoted title is no quote.
READ_ALSO: Final[tuple[str, ...]] = (
    "read also",
    "read more",
    "see also",
    "чытайце таксама",
    "чытайце яшчэ",
    "читайте также",
    "читайте еще",
    "читайте ещё",
    "читайте також",
    "čytajcie taksama",
    "czytaj także",
    "czytaj też",
    "lesen sie auch",
    "lire aussi",
    "à lire aussi",
)
