"""Build ``src/belnews/data/names/countries.txt``: the names of the world's countries, territories
and regions in the languages of the region's press (see its ``.source.md``).

The names come from the Unicode CLDR as the ``babel`` package ships it (``Locale.territories``:
every territory and region code, "Spain", "New Zealand", "Іспанія", "Новая Зеландыя", "Europe"),
lower case, one per line.  ``find_names`` reads them so that a mention whose whole text is such a
name is no person ("New Zealand" of a Wikipedia article, a lone "Spain" read as a surname in
-in); a name's word alone stays a word ("Jordan Peterson" is a name).

Run:  pip install -e '.[tools]' && python tools/build_countries.py
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "belnews" / "data" / "names" / "countries.txt"
# The languages of the pages belnews reads (docs/news.md, "Language") and of the press that
# writes about Belarus.
LANGUAGES = ("be", "ru", "uk", "pl", "lt", "lv", "cs", "sk", "de", "fr", "en", "es", "it", "nl")


def names() -> set[str]:
    from babel import Locale

    found: set[str] = set()
    for language in LANGUAGES:
        for name in Locale.parse(language).territories.values():
            name = unicodedata.normalize("NFC", name.strip()).casefold()
            if name and not any(char.isdigit() for char in name):
                found.add(name)
    return found


def main() -> int:
    import babel

    rows = sorted(names())
    OUT.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} names (babel {babel.__version__}) -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
