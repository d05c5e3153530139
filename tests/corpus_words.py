"""The capitalised words of the shared corpora, for tests that check a shortcut of
``find_names`` against its full reading on every such word (one definition for them all)."""

from __future__ import annotations

from pathlib import Path

import regex

_CAPITALISED = regex.compile(r"\p{Lu}[\p{L}\p{M}'’ʼ-]*")


def shared_capitalised_words(shared: Path) -> set[str]:
    """Kolas's novel, the UD sentences and their proper-noun forms, the shared news pages and
    their copies in ``tests/data/news_pages``: every capitalised word."""
    data = shared / "data"
    paths = [data / "texts" / "novaja_ziamla_kolas.txt"]
    paths.append(data / "ud_belarusian" / "ud_sentences.txt")
    paths += sorted((data / "news").glob("*.txt"))
    paths += sorted((Path(__file__).parent / "data" / "news_pages").glob("*.txt"))
    words: set[str] = set()
    for path in paths:
        if path.is_file():
            words.update(_CAPITALISED.findall(path.read_text(encoding="utf-8")))
    forms = data / "ud_belarusian" / "propn_forms.tsv"
    if forms.is_file():
        words.update(line.split("\t")[0] for line in forms.read_text(encoding="utf-8").splitlines())
    return {w for w in words if w}
