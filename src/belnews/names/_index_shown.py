"""Whether a word of a mention shows a case, for the index's case stage
(:func:`belnews.names._index_fast.read_as_case`): a word read as the case form of a name's
word (:func:`shows_case`), and a word that does not decline (:func:`undeclined`)."""

from __future__ import annotations

from belnews.names._skeleton import skeleton
from belnews.names._tokens import Token, word_fine
from belnews.names.forms import _masculine_given, base_candidates
from belnews.names.given import _exact_senses

__all__ = ["BE_RU", "his_given", "shows_case", "undeclined"]

#: The fine spelling's дз, ц, ы, о as д, т, и, а (a Belarusian and a Russian spelling).
BE_RU = str.maketrans("ʒcyo", "dtia")

#: The last letters (of a fine skeleton) of a word that shows no case: a Russian name that
#: ends in a vowel other than -а/-я does not decline (Саидали, Микеланджело, Арье, Амаду).
_UNDECLINED = ("i", "o", "u", "e")


def shows_case(word: Token, entry_word: Token) -> bool:
    """The word is read as a case form of the entry's word: their keys differ, or the keys
    agree (a key drops a final й and the vowel before it) but the word's nominative is the
    entry word and the word is not (Асылгарея, Асая: genitives of Асылгарэй, Асай)."""
    if word.key != entry_word.key:
        return True
    mine, theirs = word_fine(word.text), word_fine(entry_word.text)
    if mine == theirs or mine.translate(BE_RU) == theirs.translate(BE_RU):
        return False
    if any(sense.gender == "f" for sense in _exact_senses(word.text)):
        return False  # a woman's name as written is her nominative (Зоя, Майя), not his case
    nominatives = [n for n in base_candidates(word.text) if n != word.text]  # (Лукашэнку: first)
    return any(word_fine(n).translate(BE_RU) == theirs.translate(BE_RU) for n in nominatives)


def undeclined(word: Token) -> bool:
    """A word that ends as no declined Russian name does (:data:`_UNDECLINED`; a final и or і
    after a vowel too, which the fine spelling writes as й: Луи), but not -ии, -іі, -ыі, the
    case ending of an -ия name (Евгении, Марыі)."""
    if word_fine(word.text).endswith(_UNDECLINED):
        return True
    text = word.text.lower()
    return text[-1:] in "иі" and text[-2:-1] not in "иіы"


def his_given(token: Token) -> tuple[str, ...]:
    """The skeleton of the man's given name a listed woman's name in -а is also the genitive
    or accusative of (Аляксандра: Аляксандр), or nothing: "Аляксандра Лукашэнкі" is his."""
    if token.group is None:
        return ()
    man = _masculine_given(token.text)
    return () if man == token.text else (skeleton(man),)
