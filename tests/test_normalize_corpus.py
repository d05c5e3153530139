"""normalize over the shared real corpora: the UD sentences, every news page and Kolas's novel.

No letter of the text may change except by a named fixer, and only in the way that fixer
changes letters (a look-alike to its twin, an apostrophe to the canonical one, ...).  The counts
of lines each fixer touches are pinned: they were checked by hand (the look-alike changes are
Latin i in Cyrillic words, "Maгiльна", "ІDFA", and the Roman numerals of Kolas's chapter titles)
and a change in them is a behaviour change to review.
"""

from __future__ import annotations

import collections
import unicodedata
from pathlib import Path

import pytest

from belnews import normalize, normalize_and_explain
from belnews.normalize import apply_steps
from belnews.text import (
    APOSTROPHES,
    CARON_TO_BREVE,
    CYR_TO_LAT,
    EXOTIC_SPACES,
    INVISIBLES,
    LAT_TO_CYR,
)

# Which fixer may turn character a into character b.
_ALLOWED: dict[str, set[tuple[str, str]]] = {
    "fix_lookalikes": set(LAT_TO_CYR.items()) | set(CYR_TO_LAT.items()),
    "fix_apostrophes": {(a, "\u2019") for a in APOSTROPHES},
    "fix_spaces": {(s, " ") for s in EXOTIC_SPACES},
    "fix_caron": set(CARON_TO_BREVE.items()),
}


def _check_line(line: str) -> tuple[str, ...]:
    """Normalise one line and check every change against the steps explain names."""
    explained = normalize_and_explain(line)
    assert explained.text == normalize(line)
    assert apply_steps(line, explained.steps) == explained.text
    if not explained.steps:
        assert explained.text == line
        return ()
    # Characters are only removed by remove_invisible and (re)composed by nfc; do those first,
    # then every remaining difference is a one-to-one substitution by a named fixer.
    base = line
    if "remove_invisible" in explained.steps:
        base = "".join(c for c in base if c not in INVISIBLES or c in explained.text)
    if "nfc" in explained.steps:
        base = unicodedata.normalize("NFC", base)
    assert len(base) == len(explained.text), (line, explained)
    for before, after in zip(base, explained.text, strict=True):
        if before != after:
            assert any(
                (before, after) in _ALLOWED[step] for step in explained.steps if step in _ALLOWED
            ), (line, before, after, explained.steps)
    return explained.steps


def _step_counts(lines: list[str]) -> dict[str, int]:
    counts: collections.Counter[str] = collections.Counter()
    for line in lines:
        counts.update(set(_check_line(line)))
    return dict(counts)


def test_ud_sentences(shared_dir: Path) -> None:
    path = shared_dir / "data" / "ud_belarusian" / "ud_sentences.txt"
    lines = path.read_text(encoding="utf-8").split("\n")
    assert len([line for line in lines if line]) == 2697
    # 186 lines with Latin i (and "Maгiльна", "ІDFA") in words, 49 with ' for the apostrophe,
    # 22 with NBSP.  The 6 real ZWSPs of the corpus sit between HTML tags, not inside words.
    assert _step_counts(lines) == {"fix_lookalikes": 186, "fix_apostrophes": 49, "fix_spaces": 22}


def test_ud_sentences_keep_every_cyrillic_letter_but_lookalikes(shared_dir: Path) -> None:
    path = shared_dir / "data" / "ud_belarusian" / "ud_sentences.txt"
    text = path.read_text(encoding="utf-8")
    out = normalize(text)
    before = collections.Counter(c for c in text if "\u0400" <= c <= "\u04ff")
    after = collections.Counter(c for c in out if "\u0400" <= c <= "\u04ff")
    # Only look-alike letters may be gained or lost; every other Cyrillic letter count is equal.
    for letter in set(before) | set(after):
        if letter not in CYR_TO_LAT:
            assert before[letter] == after[letter], letter


NEWS_PAGES = [
    "belarusfeed_en_tikhanovsky-meeting-lukashenko-kolesnikova.txt",
    "belsat-en_mia-to-create-list-of-extremists_2021-10-23.txt",
    "charter97-en_only-charter-restrains-russian-propaganda_279358.txt",
    "euroradio_ru_tihanovskiy-mirotvorec.txt",
    "nashaniva_be-cyrl_cichanouski-adzinocnaja-kamera_341963.txt",
    "nashaniva_be-latn_cichanouskaja-threads_386153.txt",
    "pozirk_interior-ministry-blacklists-150-extremists-bpn_44239.txt",
    "pozirk_latuska-vows-to-continue-fight_153553.txt",
    "pozirk_one-in-30-belarusians-victim-of-deportation_116381.txt",
    "reform-news_tsikhanouskaya-office-begins-work-in-warsaw.txt",
    "seed_pozirk_one-in-30-belarusians.txt",
    "svaboda_be-cyrl-tarask_cichanouskija-razmova_30886233.txt",
    "tsikhanouskaya-office_en_results-week-sep20-26-2021.txt",
    "viasna-spring96_political-prisoners-nov28-dec4_110056.txt",
    "zerkalo-mirror_ru_teaser-list_44007.txt",
]


def test_every_news_page_is_listed(news_pages_dir: Path) -> None:
    assert sorted(p.name for p in news_pages_dir.glob("*.txt")) == NEWS_PAGES


@pytest.mark.parametrize("name", NEWS_PAGES)
def test_news_page_is_left_alone(news_pages_dir: Path, name: str) -> None:
    # The shared pages are clean: English apostrophes, Łacinka, Taraškievica, Russian and the
    # Pozirk teaser lists must all come back unchanged, line by line and as a whole.
    text = (news_pages_dir / name).read_text(encoding="utf-8")
    assert _step_counts(text.split("\n")) == {}
    assert normalize(text) == text


def test_kolas_novel(shared_dir: Path) -> None:
    text = (shared_dir / "data" / "texts" / "novaja_ziamla_kolas.txt").read_text(encoding="utf-8")
    lines = text.split("\n")
    # 124 lines with U+02BC (canonical here is U+2019); 22 chapter titles with Roman numerals
    # typed in Cyrillic І/Х (the table of contents and the chapter headings, 11 each).
    assert _step_counts(lines) == {"fix_apostrophes": 124, "fix_lookalikes": 22}
    # No fixer looks across a line break: the whole text normalises like its lines.
    whole = normalize(text)
    assert whole == "\n".join(normalize(line) for line in lines)
    assert whole.count("\u2019") == text.count("\u02bc") + text.count("\u2019")
    assert "XII Сесія" in whole
    assert "І Леснікова пасада" in whole
