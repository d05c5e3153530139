"""Build ``src/belnews/data/names/given_words.tsv``: given names of the region's languages.

A word list for *finding* names (``belnews.find_names``), not for matching them: the given names
of Faker's first-name lists (MIT) for the languages of the region whose given names are seldom
other words - Polish, Lithuanian, Latvian, Czech, Slovak, Ukrainian and Russian.  The match key
reads the curated table and the multilingual lexicon (``given_name_groups.tsv``), which link a
name's forms across languages; this list only says that a word is a given name somewhere, so
that "Algirdas Paleckis" or "Dariusz Szymczycha" is found as a full name.

English, German and French lists are left out: their given names include many common words and
place names that open names of other things (April, Grace, Jordan, Austin, Georgia, Florence,
Christian Democrats), which the finder cannot tell from a person without a lexicon of those
languages.

Run:  pip install -e '.[tools]' && python tools/build_given_words.py
"""

from __future__ import annotations

import importlib
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "belnews" / "data" / "names" / "given_words.tsv"
LOCALES = ("pl_PL", "lt_LT", "lv_LV", "cs_CZ", "sk_SK", "uk_UA", "ru_RU")
LISTS = {"first_names_male": "m", "first_names_female": "f"}


def _names(locale: str) -> dict[str, str]:
    """form -> gender ("m", "f", or "m f" when both lists have it) of one Faker locale."""
    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    found: dict[str, set[str]] = {}
    for attribute, gender in LISTS.items():
        names = getattr(provider, attribute, None) or ()
        for name in names:  # (a dict of weights or a tuple)
            form = unicodedata.normalize("NFC", name.strip())
            if form and " " not in form and form.isalpha():
                found.setdefault(form, set()).add(gender)
    return {form: " ".join(sorted(genders)) for form, genders in found.items()}


def main() -> int:
    rows: dict[str, tuple[set[str], set[str]]] = {}
    for locale in LOCALES:
        for form, gender in _names(locale).items():
            genders, locales = rows.setdefault(form, (set(), set()))
            genders.update(gender.split())
            locales.add(locale.split("_")[0])
    lines = ["form\tgender\tlangs"]
    for form in sorted(rows):
        genders, locales = rows[form]
        lines.append(f"{form}\t{' '.join(sorted(genders))}\t{' '.join(sorted(locales))}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 1} forms -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
