"""find_names' exact shortcuts (round 5): each says "nothing here" only where the full reading
says so too, checked on random words and on every capitalised word of the shared corpora."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from belnews.names import _find_runs, _find_words, find
from belnews.text import APOSTROPHES, HYPHENS
from corpus_words import shared_capitalised_words

_LETTERS = "aeiouybcdhjklmnprstvwzłčšžŭабвгдеёжзійклмнопрстуўфхцчшыьэюя'’-"


def _kind_in_full(word: str) -> int:
    """What ``_lone_kind`` reads for a lone word, from ``_info`` (no table written)."""
    info = find._info(word)
    if info.place:
        return find._PLACE
    if info.surname:
        return find._SURNAME
    if info.nominative and word.casefold() not in find._AMBIGUOUS_GIVEN:
        return find._GIVEN
    return find._WORDS


def _quiet_agrees(word: str) -> None:
    if find._quiet(word, word.casefold()):
        assert _kind_in_full(word) in (find._PLACE, find._WORDS), word


@given(st.text(alphabet=_LETTERS + _LETTERS.upper(), min_size=1, max_size=16))
def test_a_quiet_word_is_a_place_or_any_word(word: str) -> None:
    """A lone word told "quiet" without the case-form reading is one _info reads as a city's
    word or as any word (never a surname or a nominative given name)."""
    _quiet_agrees(word[:1].upper() + word[1:])


def test_every_quiet_word_of_the_shared_corpora_is_a_place_or_any_word(shared_dir: Path) -> None:
    words = shared_capitalised_words(shared_dir)
    assert len(words) > 5_000
    for word in words:
        _quiet_agrees(word)


def test_a_quiet_word_becomes_a_name_word_once_its_name_is_known() -> None:
    """ "Maria" after "Maria Kolesnikova": a lone word first met quiet is read again once known."""
    find._LONE_KINDS.clear()
    assert [m.surface for m in find.find_names("They met Kolesnikova there.")] == ["Kolesnikova"]
    text = "We saw Motoc there. The judge Iulia Motoc came, and Motoc spoke."
    assert find._quiet("Motoc", "motoc")
    assert [m.surface for m in find.find_names(text)] == ["Iulia Motoc", "Motoc"]
    assert find._LONE_KINDS["Motoc"] == find._WORDS


def _starts_sentence_in_full(text: str, start: int) -> bool:
    from belnews.names._find_words import _SENTENCE_END

    return start == 0 or _SENTENCE_END.search(text, max(0, start - 12), start) is not None


@given(st.text(alphabet=" \n\t\u00a0\u2003.!?…:\"'«»“”„([-]xA1,;", max_size=24), st.data())
def test_a_sentence_start_is_told_as_by_the_pattern(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    assert _find_words._starts_sentence(text, start) == _starts_sentence_in_full(text, start)


def _text_paths(shared: Path) -> list[Path]:
    data = shared / "data"
    paths = [data / "texts" / "novaja_ziamla_kolas.txt"]
    paths.append(data / "ud_belarusian" / "ud_sentences.txt")
    paths += sorted((data / "news").glob("*.txt"))
    paths += sorted((Path(__file__).parent / "data" / "news_pages").glob("*.txt"))
    return [path for path in paths if path.is_file()]


def test_every_run_start_of_the_shared_texts_is_told_as_by_the_pattern(shared_dir: Path) -> None:
    for path in _text_paths(shared_dir):
        text = path.read_text(encoding="utf-8")
        for match in _find_runs._patterns()[0].finditer(text):
            start = match.start()
            fast = _find_words._starts_sentence(text, start)
            assert fast == _starts_sentence_in_full(text, start)


def test_whitespace_is_what_the_pattern_calls_whitespace() -> None:
    """``str.rstrip()`` strips exactly what ``re``'s ``\\s`` matches."""
    import re

    everything = "".join(map(chr, range(0x110000)))
    assert re.findall(r"\s", everything) == [c for c in everything if c.isspace()]


def _same_runs(text: str) -> None:
    from belnews.names import _find_runs

    want = [(m.start(), m.group()) for m in _find_runs._patterns()[0].finditer(text)]
    assert [(m.start(), m.group()) for m in _find_runs.run_matches(text)] == want, text
    assert [(m.start(), m.group()) for m in _find_runs._bmp_run().finditer(text)] == want or (
        _find_runs.beyond_bmp(text)
    ), text


# (every joiner: APOSTROPHES and HYPHENS, two of which, U+02BC and U+02B9, are letters too)
_RUN_LETTERS = "AaBbŁłЖжЎўÉé\u0301\u00c5ǅᾈ1٣_. \u00a0\n,«x" + APOSTROPHES + HYPHENS


@given(st.text(alphabet=_RUN_LETTERS, max_size=30))
def test_the_re_run_scan_finds_the_runs_of_the_regex_scan(text: str) -> None:
    """The ``re`` twin finds exactly the runs of ``_RUN`` (titlecase, marks, digits of other
    scripts, every joiner and separator); a text past the BMP is read by ``_RUN`` itself."""
    _same_runs(text)
    _same_runs(text + "𝔄" + text)


def test_the_re_run_scan_on_the_shared_texts(shared_dir: Path) -> None:
    for path in _text_paths(shared_dir):
        _same_runs(path.read_text(encoding="utf-8"))


@given(st.text(alphabet="acdeimnorstuyаеідклмнорстуўя ", max_size=40))
def test_the_person_word_trie_finds_a_text_with_any_of_the_words(text: str) -> None:
    from belnews.names import _find_words as w

    for words, pattern in (
        (w._PERSON_WORDS, w._ANY_PERSON_WORD),
        (w._PERSON_WORDS | w._PERSON_WORDS_BE_RU, w._ANY_PERSON_WORD_LATIN),
    ):
        for piece in (text, *sorted(words)[:: len(text) + 1]):
            found = pattern.search(piece + " " + text) is not None
            assert found == any(word in piece + " " + text for word in words)
