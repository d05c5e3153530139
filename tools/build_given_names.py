"""Build ``src/belnews/data/names/given_name_groups.tsv``: given names across languages.

The curated Belarusian/Russian table (``given_names.tsv``, 67 groups with sources) is the seed.
Each group is extended with the equivalents and diminutives of other languages that Wikidata's
given-name items link to it, as OpenSanctions' ``rigour`` (MIT) ships them: ``rigour`` tags a
name part with the Wikidata items of the given names it spells (``Язэп`` -> the items of Joseph,
Józef and Juozapas).  The words looked up come from real lists:

* the curated table itself (Belarusian, Russian and Latin forms);
* the OpenCorpora dictionary in ``pymorphy3-dicts-ru`` (CC BY-SA; lemmas tagged ``Name``, with
  their gender);
* Faker's first-name lists (MIT) for ru, uk, pl, lt, lv, cs, sk, de, en, fr (with gender), and for
  ro, it, es, pt, nl, hu, tr (names of other languages, so that a foreign given name is known as
  foreign).

A word joins a curated group when it shares a Wikidata item with the group's Cyrillic forms (one
hop: no chains through other words) and its gender allows it.  Words that join no curated group
form new groups around each Russian or Ukrainian full name of Faker's lists in the same way.  A
word that no full-name list holds (Саша, Вова, Дима, Маша) is marked a diminutive.  Last, the
curated cross-language links of ``given_name_links.tsv`` (each with a cited source) add the forms
Wikidata keeps in items of their own (Kazimierz, Johann, Jonas) to the group of their anchor.

Run:  python tools/build_given_names.py [--opencorpora-cache FILE]
"""

from __future__ import annotations

import argparse
import csv
import importlib
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "belnews" / "data" / "names"
OUT = DATA / "given_name_groups.tsv"

SLAVIC_LOCALES = {
    "ru_RU": "ru", "uk_UA": "uk", "pl_PL": "pl", "lt_LT": "lt", "lv_LV": "lv", "cs_CZ": "cs",
    "sk_SK": "sk", "de_DE": "de", "en_US": "en", "en_GB": "en", "fr_FR": "fr",
}  # fmt: skip
OTHER_LOCALES = {
    "ro_RO": "ro", "it_IT": "it", "es_ES": "es", "pt_PT": "pt", "nl_NL": "nl", "hu_HU": "hu",
    "tr_TR": "tr", "de_AT": "de", "de_CH": "de", "en_IE": "en", "fr_CA": "fr", "sv_SE": "sv",
    "da_DK": "da", "no_NO": "no", "fi_FI": "fi", "et_EE": "et", "hr_HR": "hr", "sl_SI": "sl",
    "bg_BG": "bg", "pt_BR": "pt", "nl_BE": "nl",
}  # fmt: skip
CYRILLIC_LANGS = {"be", "ru", "uk"}
# Polish, Lithuanian, German and Belarusian-passport forms of common names that Faker's short lists
# lack.  They are only words to look up: a probe joins a group when rigour's Wikidata items link
# it there, and is dropped otherwise.
PROBES = {
    "pl": "Kazimierz Józef Jan Mikołaj Piotr Paweł Michał Stanisław Tadeusz Wacław Witold Jerzy "
    "Andrzej Aleksander Włodzimierz Dymitr Eugeniusz Konstanty Grzegorz Bazyli Wincenty Ignacy "
    "Ludwik Zygmunt Jadwiga Elżbieta Katarzyna Helena Halina Jadwiga Teresa Zofia Barbara "
    "Franciszek Antoni Leon Roman Ryszard Wiktor Wiktoria Walenty Zenon",
    "lt": "Kazimieras Juozapas Juozas Jonas Mykolas Petras Povilas Stanislovas Tadas Vaclovas "
    "Vytautas Jurgis Andrius Aleksandras Vladimiras Dmitrijus Eugenijus Konstantinas Grigorijus "
    "Vincentas Ignas Liudvikas Zigmantas Jadvyga Elžbieta Kotryna Elena Ona Marija Teresė Zofija "
    "Barbora Pranciškus Antanas Leonas Romanas Viktoras Sergejus Mikalojus Ivanas Igoris Olegas "
    "Aleksejus Nikolajus Pavelas Michailas Jevgenijus Jurijus Tatjana Natalija Svetlana Irina "
    "Olga Jelena Ana Sofija Darja Valentinas Valerijus",
    "de": "Johann Johannes Hans Kasimir Josef Nikolaus Peter Paul Michael Stanislaus Thaddäus "
    "Wenzel Georg Andreas Alexander Wladimir Dmitri Eugen Konstantin Gregor Vinzenz Ludwig "
    "Sigismund Hedwig Elisabeth Katharina Helene Theresia Sophie Franz Anton Jewgeni Juri "
    "Sergej Sergei Michail Nikolai Iwan Tatjana Natalja Swetlana Jekaterina Jelena",
    "fr": "Casimir Joseph Jean Nicolas Pierre Paul Michel Stanislas Georges André Eugène "
    "Constantin Grégoire Vincent Louis",
    "latin": "Yauheni Yauhen Jauhien Jauheni Uladzimir Uladzislau Siarhei Siarhiej Aliaksandr "
    "Aliaksei Andrei Dzmitry Mikalai Mikhail Pavel Viktar Ihar Yury Iryna Tatsiana Natallia "
    "Sviatlana Volha Hanna Maryia Maryja Kanstantsin Kastus Ales Zmicier Zmitser Franak Vincuk",
}
_RANK = {"curated": 0, "faker": 1, "probe": 2, "opencorpora": 3}
# Links that rigour's data gives and the names do not have: Lithuanian Mykolas (Michael) on an
# item of Nicholas; the Russian label Джон on an item of Eugene (Q545971).  Each is checked by
# hand; the list stays short.
EXCLUDED = {("jauhien", "Джон"), ("mikalai", "Mykolas")}
_LETTERS = re.compile(r"^[^\W\d_]+(?:[-'’][^\W\d_]+)?$")


def fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold().replace("ł", "l"))
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


class Entry:
    """One word of one list: its language, gender (m, f or mf) and whether it is a full name."""

    def __init__(self, form: str, lang: str, gender: str, full: bool, source: str) -> None:
        self.form = form
        self.lang = lang
        self.gender = gender
        self.full = full
        self.source = source


def curated() -> dict[str, tuple[str, list[Entry]]]:
    groups: dict[str, tuple[str, list[Entry]]] = {}
    with (DATA / "given_names.tsv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            entries = []
            for column, lang in (("be", "be"), ("ru", "ru"), ("latin_extra", "latin")):
                for form in filter(None, row[column].split("|")):
                    entries.append(Entry(form, lang, row["gender"], True, "curated"))
            groups[row["group_id"]] = (row["gender"], entries)
    return groups


def _lt_gender(name: str) -> str:
    return "f" if name.endswith(("a", "ė")) else "m"


def faker_names(locales: dict[str, str]) -> Iterator[Entry]:
    for locale, lang in locales.items():
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        male = set(getattr(provider, "first_names_male", ()) or ())
        female = set(getattr(provider, "first_names_female", ()) or ())
        plain = set(getattr(provider, "first_names", ()) or ()) - male - female
        for name in sorted(male | female | plain):
            if not _LETTERS.match(name):
                continue
            if name in plain:
                gender = _lt_gender(name) if lang in {"lt", "lv"} else "mf"
            else:
                gender = "mf" if name in male and name in female else "m" if name in male else "f"
            yield Entry(name, lang, gender, True, f"faker:{locale}")


def probes() -> Iterator[Entry]:
    for lang, words in PROBES.items():
        for word in dict.fromkeys(words.split()):
            yield Entry(word, lang, "mf", True, "probe")


def opencorpora_names(cache: Path | None) -> Iterator[Entry]:
    """Lemmas tagged Name in OpenCorpora (pymorphy3-dicts-ru), with their gender."""
    lines: Iterable[str]
    if cache is not None and cache.exists():
        lines = cache.read_text(encoding="utf-8").splitlines()
    else:
        lines = list(_scan_opencorpora())
        if cache is not None:
            cache.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    for line in lines:
        word, tag = line.split("\t")
        if "Name" not in tag or "Abbr" in tag or "Init" in tag:
            continue
        gender = "mf" if "ms-f" in tag.lower() else "f" if "femn" in tag else "m"
        yield Entry(word.replace("ё", "е").capitalize(), "ru", gender, False, "opencorpora")


def _scan_opencorpora() -> Iterator[str]:
    import pymorphy3

    dictionary = pymorphy3.MorphAnalyzer().dictionary
    tags: dict[int, str] = {}
    for word, (paradigm, index) in dictionary.words.items():
        if index != 0:
            continue
        tag = tags.get(paradigm)
        if tag is None:
            tag = tags[paradigm] = str(dictionary.build_tag_info(paradigm, 0))
        if "Name" in tag or "Surn" in tag or "Patr" in tag:
            yield f"{word}\t{tag}"


def items_of(words: Iterable[str]) -> dict[str, frozenset[str]]:
    """Wikidata given-name items of each word, as rigour tags it (NAME symbols)."""
    from rigour.names import NameTypeTag, analyze_names

    found: dict[str, frozenset[str]] = {}
    for word in words:
        ids: set[str] = set()
        for name in analyze_names(NameTypeTag.PER, [word]):
            ids.update(
                s.id for s in name.symbols if s.category.value == "NAME" and len(name.parts) == 1
            )
        found[word] = frozenset(ids)
    return found


def _gender_ok(group: str, entry: str) -> bool:
    return entry == "mf" or group == entry or group == "mf"


def build(cache: Path | None) -> list[tuple[str, str, str, str, str]]:
    seeds = curated()
    listed = list(faker_names(SLAVIC_LOCALES)) + list(opencorpora_names(cache)) + list(probes())
    others = list(faker_names(OTHER_LOCALES))
    full_forms = {(fold(e.form), e.lang) for e in listed + others if e.full} | {
        (fold(e.form), e.lang) for _, entries in seeds.values() for e in entries
    }
    words = sorted(
        {e.form for e in listed + others} | {e.form for _, es in seeds.values() for e in es}
    )
    print(f"looking up {len(words)} words in rigour", file=sys.stderr)
    items = items_of(words)

    # The items of each curated group's Cyrillic forms; an item two groups share is nobody's.
    owner: dict[str, set[str]] = defaultdict(set)
    for group_id, (_, entries) in seeds.items():
        for e in entries:
            if e.lang in CYRILLIC_LANGS:
                for item in items[e.form]:
                    owner[item].add(group_id)
    rows: dict[tuple[str, str], tuple[str, str, str, str, str]] = {}
    rank: dict[tuple[str, str], int] = {}

    def add(group: str, gender: str, e: Entry) -> None:
        if (group, e.form) in EXCLUDED:
            return
        full = (fold(e.form), e.lang) in full_forms or not _diminutive(e.form, gender)
        kind = "full" if full else "diminutive"
        key = (group, fold(e.form) + "/" + e.lang)
        if key not in rows:
            rows[key] = (group, gender, e.form, e.lang, kind)
            rank[key] = _RANK.get(e.source.split(":")[0], 3)

    for group_id, (gender, entries) in seeds.items():
        for e in entries:
            add(group_id, gender, e)
    placed: set[str] = set()
    for e in listed + others:
        hits = {g for item in items[e.form] for g in owner.get(item, ()) if len(owner[item]) == 1}
        hits = {g for g in hits if _gender_ok(seeds[g][0], e.gender)}
        for group_id in sorted(hits):
            add(group_id, seeds[group_id][0], e)
        if hits:
            placed.add(e.form)

    # New groups around the Russian and Ukrainian full names that no curated group took.
    claimed = set(owner)
    anchors = [e for e in listed if e.lang in {"ru", "uk"} and e.full and e.form not in placed]
    anchor_owner: dict[str, set[str]] = defaultdict(set)
    anchor_ids: dict[str, str] = {}
    for e in anchors:
        group_id = _new_id(e.form, set(seeds) | set(anchor_ids.values()))
        anchor_ids[e.form + "/" + e.gender] = group_id
        for item in items[e.form] - claimed:
            anchor_owner[item].add(e.form + "/" + e.gender)
    for e in anchors:
        gender = "f" if e.gender == "f" else "m"
        add(anchor_ids[e.form + "/" + e.gender], gender, e)
    for e in listed + others:
        if e.form in placed:
            continue
        for item in items[e.form]:
            anchors_here = anchor_owner.get(item, set())
            if len(anchors_here) != 1:
                continue
            anchor = next(iter(anchors_here))
            gender = anchor.split("/")[1]
            if _gender_ok(gender, e.gender):
                add(anchor_ids[anchor], "f" if gender == "f" else "m", e)
    add_links(rows, rank)
    # Within a group and language the usual form comes first: curated, then Faker's lists, then
    # the probes and links, then OpenCorpora's other spellings (Лидия before Лидиа).
    order = sorted(rows, key=lambda k: (rows[k][0], rows[k][3], rank[k], rows[k][2]))
    return [rows[k] for k in order]


def links() -> Iterator[tuple[str, str, str, str]]:
    """(anchor, form, lang, kind) of the curated cross-language links (given_name_links.tsv)."""
    with (DATA / "given_name_links.tsv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            yield row["anchor"], row["form"], row["lang"], row["kind"]


def add_links(
    rows: dict[tuple[str, str], tuple[str, str, str, str, str]],
    rank: dict[tuple[str, str], int],
) -> None:
    """Step 7: each curated link adds its form to the one group that holds its anchor (forms
    Wikidata keeps in items of their own: Kazimierz, Johann, Jonas)."""
    for anchor, form, lang, kind in links():
        groups = {row[0] for row in rows.values() if fold(row[2]) == fold(anchor)}
        if len(groups) != 1:
            raise SystemExit(f"link anchor {anchor!r} is in {sorted(groups)}: need exactly one")
        group = groups.pop()
        gender = next(row[1] for row in rows.values() if row[0] == group)
        key = (group, fold(form) + "/" + lang)
        rows[key] = (group, gender, form, lang, kind)
        rank[key] = _RANK["probe"]


# A form no full-name list holds is a diminutive when it is built like one: a man's name in -а/-я
# (Саша, Вова, Ваня) or a pet suffix (Шурик, Вовка, Женечка, Маруся).
_PET = re.compile(
    "(?:ик|ок|ёк|ек|ка|шка|чка|ечка|очка|енька|онька|ушка|юша|уша|ша|ся|ня|ля|тя|дя|ха)$"
)


def _diminutive(form: str, gender: str) -> bool:
    lowered = form.lower()
    if not re.search("[а-яё]", lowered):
        return False
    if gender == "m" and lowered.endswith(("а", "я")):
        return True
    return _PET.search(lowered) is not None


_TRANSLIT = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "je", "ё": "jo",
        "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "ji", "й": "j", "к": "k", "л": "l", "м": "m",
        "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh",
        "ц": "c", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e",
        "ю": "ju", "я": "ja", "'": "", "’": "", "-": "_",
    }
)  # fmt: skip


def _new_id(form: str, taken: set[str]) -> str:
    base = "x_" + form.lower().translate(_TRANSLIT)
    base = re.sub("[^a-z0-9_]", "", base)
    candidate = base
    number = 2
    while candidate in taken:
        candidate = f"{base}_{number}"
        number += 1
    return candidate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--opencorpora-cache", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    rows = build(args.opencorpora_cache)
    with args.out.open("w", encoding="utf-8", newline="\n") as f:
        f.write("group\tgender\tform\tlang\tkind\n")
        for row in rows:
            f.write("\t".join(unicodedata.normalize("NFC", cell) for cell in row) + "\n")
    groups = {row[0] for row in rows}
    print(f"{len(rows)} forms in {len(groups)} groups -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
