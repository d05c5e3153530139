"""Generate docs/systems.md from the romanization data files (and the shared evidence corpora).

    python tools/gen_systems_doc.py [--shared ../shared] [--check]

``--check`` exits 1 when docs/systems.md differs from what the data gives (the test suite runs
the same comparison).  Everything in the page comes from ``src/belnews/data/systems/*.json``,
``tests/data/romanization_vectors.tsv``, ``tests/data/lacinka_pairs.tsv`` and, for the UD round
trip, ``../shared/data``.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

from belnews import get_system, normalize, system_ids, to_cyrillic, to_latin
from belnews.systems import System

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "systems.md"
VECTORS = ROOT / "tests" / "data" / "romanization_vectors.tsv"
PAIRS = ROOT / "tests" / "data" / "lacinka_pairs.tsv"

SIDE_BY_SIDE_BE = [
    "Аляксандр Лукашэнка",
    "Святлана Ціханоўская",
    "Марыя Калеснікава",
    "Алесь Бяляцкі",
    "Зміцер",
    "Дар’я",
    "Магілёў",
    "Віцебск",
    "Вераб’ёвічы",
    "Шаркаўшчына",
]
SIDE_BY_SIDE_RU = ["Александр Лукашенко", "Светлана Тихановская", "Егор", "Юрий", "Могилёв"]

# §15.3 vectors of systems belnews does not implement (so not in the vector file).
NOT_IMPLEMENTED_153 = [
    (
        "З'явіўся лось у лесе ў Мар'інай Горцы. → Z'javiŭsia loś u liesie ŭ Mar'jinaj Horcy.",
        "the 'geographic' variant of michaskruzelka/lacinka that keeps the apostrophe; the 2007 "
        "Instruction drops it (Valiarjany, Razjezd, siamja are its own examples), and belnews "
        "follows the Instruction. to_cyrillic accepts the apostrophe-kept form.",
    ),
]

# Every disagreement with tests/data/lacinka_pairs.tsv, keyed by (variant, input).
PAIR_REASONS = {
    "PAMYŁKA ZIN": "the Cyrillic source contains Latin words (PAMYŁKA ZIN, Pamyłka Zin); "
    "to_cyrillic cannot know they were Latin before, and reads them as Łacinka.",
    "Bizon Higs": "g is read as г in Narkamaŭka; the source writes ґ (Гіґс).",
    "zapaczatkawać": "g is read as г in Narkamaŭka; the source writes ґ (Гіґс).",
    "Maładyja żadańni": "the poem is Taraškievica text (шчасьце, Цьвет), so belnews reads it "
    "back as Taraškievica (ń → нь: жаданьні); the fixture's Cyrillic for this line is the "
    "Narkamaŭka жаданні.",
    "Мар'інай": "the 'geographic' variant keeps the apostrophe (Z'javiŭsia, Mar'jinaj); the "
    "2007 Instruction drops it (its examples Valiarjany, Razjezd, siamja) and belnews follows it.",
    "Pamyłka Zin": "the Cyrillic source contains Latin words (Pamyłka Zin); to_cyrillic cannot "
    "know they were Latin before, and reads them as Łacinka.",
}


def _vectors() -> list[list[str]]:
    rows = [line.split("\t") for line in VECTORS.read_text("utf-8").splitlines()]
    return rows[1:]


def vector_report() -> tuple[int, list[list[str]]]:
    """(cells reproduced, cells not reproduced) of the §15 vector file."""
    misses = []
    rows = _vectors()
    for row in rows:
        _section, _row, system_id, lang, options, cyrillic, latin, _evidence = row
        kwargs = {"assimilation": False} if options == "assimilation=False" else {}
        if to_latin(cyrillic, system_id, lang=lang, **kwargs) != latin:
            misses.append(row)
    return len(rows) - len(misses), misses


def _pair_check(row: dict[str, str]) -> tuple[str, str, str]:
    """(how it was compared, what belnews gives, what the converter's test expects)."""
    variant, cyrillic, latin, note = row["variant"], row["cyrillic"], row["lacinka"], row["note"]
    tarask = "bahdanovicz" in row["source"] or variant.startswith("classic")
    orthography = "taraskievica" if tarask else "narkamauka"
    if "lat->cyr" in note or variant.endswith("-> academic cyrillic"):
        system = "national-2007" if variant.startswith("geographic") else "lacinka"
        options = {"assimilation": False} if system == "lacinka" else {}
        return f"to_cyrillic {system}", to_cyrillic(latin, system, **options), normalize(cyrillic)
    if variant.startswith("old/Polish"):
        assimilation = "palatalization=True" in variant
        got = to_cyrillic(latin, "lacinka", orthography=orthography, assimilation=assimilation)
        return "to_cyrillic lacinka (Polish-style input)", got, normalize(cyrillic)
    if "geographic" in variant:
        return "to_latin national-2007", to_latin(cyrillic, "national-2007", errors="keep"), latin
    assimilation = "palatalization=True" in variant
    got = to_latin(cyrillic, "lacinka", assimilation=assimilation, errors="keep")
    return f"to_latin lacinka assimilation={assimilation}", got, latin


def pairs_report(
    path: Path = PAIRS,
) -> tuple[dict[tuple[str, str, str], list[int]], list[dict[str, str]]]:
    """Agreement per (source, variant, comparison) and the disagreeing rows (with a reason)."""
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    stats: dict[tuple[str, str, str], list[int]] = {}
    disagreements = []
    for row in rows:
        how, got, expected = _pair_check(row)
        source = row["source"].split("@")[0] if "github.com" in row["source"] else row["source"]
        key = (source, row["variant"], how)
        counts = stats.setdefault(key, [0, 0])
        counts[1] += 1
        if got == expected:
            counts[0] += 1
            continue
        text = row["lacinka"] + "\n" + row["cyrillic"]
        reason = next((r for k, r in PAIR_REASONS.items() if k in text), "")
        disagreements.append(
            {**row, "how": how, "got": got, "expected": expected, "reason": reason}
        )
    return stats, disagreements


def _count(n: int, noun: str, plural: str = "s") -> str:
    return f"{n} {noun}{plural if n != 1 else ''}"


def _cell(text: str) -> str:
    if not text:
        return "—"
    text = text.replace("|", "\\|")
    if len(text) > 1 and text[0] == text[-1] == "`" and "`" not in text[1:-1]:
        return text  # a code span of its own (a system id)
    # GOST B writes ` for some letters: escaped, so it is not read as the start of code.
    return text.replace("`", "\\`")


def _table(header: Iterable[str], rows: Iterable[Iterable[str]]) -> list[str]:
    header = list(header)
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return lines


def _context(rule_fields: dict[str, str]) -> str:
    parts = []
    for key, label in (
        ("after", "after"),
        ("not_after", "not after"),
        ("before", "before"),
        ("not_before", "not before"),
    ):
        if rule_fields[key]:
            parts.append(f"{label} `{rule_fields[key]}`")
    return "; ".join(parts) or "anywhere"


PAIRS_PER_ROW = 6


def _letter_grid(letters: list[tuple[str, str]]) -> list[str]:
    """The letter table, a few letter/value pairs per row (not one row of 37 columns)."""
    rows = []
    for start in range(0, len(letters), PAIRS_PER_ROW):
        chunk = letters[start : start + PAIRS_PER_ROW]
        row: list[str] = []
        for char, value in chunk:
            row += [f"{char.upper()} {char}", f"`{value}`" if value else "—"]
        row += [""] * (2 * PAIRS_PER_ROW - len(row))
        rows.append(row)
    return _table(["letter", "Latin"] * PAIRS_PER_ROW, rows)


def _by_system(
    systems: list[tuple[str, str, str]], names: list[str], how: Callable[[str, str, str], str]
) -> list[str]:
    """One row per system, the names as columns in groups of five (tables stay readable)."""
    out: list[str] = []
    for start in range(0, len(names), 5):
        group = names[start : start + 5]
        rows = [
            [f"`{label}`", *(how(name, sid, lang) for name in group)]
            for sid, lang, label in systems
        ]
        out += _table(["system", *group], rows)
        out.append("")
    return out


def system_section(system: System) -> list[str]:
    lines = [f"### `{system.id}` ({system.lang}) — {system.title}", ""]
    if system.source.standard:
        lines.append(f"Standard: {system.source.standard}; in use {system.years or 'n/a'}.  ")
    lines.append(f"Source: {system.source.document} — <{system.source.url}>  ")
    for url in system.source.see_also:
        lines.append(f"See also <{url}>  ")
    lines.append(
        f"Version {system.version}; "
        + (
            "reversible (to_cyrillic restores the input exactly)"
            if system.reversible
            else "output only (no to_cyrillic table)"
            if system.rules.to_cyrillic is None
            else "not reversible (to_cyrillic gives the most likely reading)"
        )
        + (
            f"; options: {', '.join(f'`{k}={v}`' for k, v in system.options)}"
            if system.options
            else ""
        )
    )
    lines.append("")
    for note in system.notes:
        lines.append(f"- {note}")
    if system.notes:
        lines.append("")
    if system.lossy:
        lines.append("Documented losses of the round trip (the property tests skip these):")
        lines.append("")
        for loss in system.lossy:
            cyrillic, latin, back = loss.example
            lines.append(f"- {cyrillic} → {latin} → {back}: {loss.reason}")
        lines.append("")
    table = system.rules.to_latin
    lines += _letter_grid(list(table.letters))
    lines.append("")
    if table.rules:
        rows = []
        for rule in table.rules:
            fields = {
                "after": rule.after,
                "not_after": rule.not_after,
                "before": rule.before,
                "not_before": rule.not_before,
            }
            when = ", ".join(f"{k}={v}" for k, v in rule.when)
            rows.append(
                [
                    f"`{rule.match}`",
                    _context(fields).replace("|", "\\|"),
                    f"`{rule.out}`" if rule.out else "—",
                    when,
                    rule.note,
                ]
            )
        lines += [
            "Context rules (longest match first; patterns: "
            + ", ".join(f"`{{{k}}}` = `{v}`" for k, v in table.patterns).replace("|", "\\|")
            + "):",
            "",
        ]
        lines += _table(["match", "context", "value", "when", "note"], rows)
        lines.append("")
    lines += ["Samples (each reproduced by the rules at load time):", ""]
    lines += _table(
        ["Cyrillic", "Latin", "options", "source"],
        [
            [s.cyrillic, s.latin, ", ".join(f"{k}={v}" for k, v in s.options), s.source]
            for s in system.samples
        ],
    )
    lines.append("")
    return lines


def render(shared: Path | None, roundtrip: list[str] | None = None) -> str:
    be = system_ids(lang="be")
    ru = system_ids(lang="ru")
    out = [
        "# Romanization systems",
        "",
        "<!-- generated by tools/gen_systems_doc.py from src/belnews/data/systems/*.json; "
        "do not edit by hand -->",
        "",
        "Every system is one JSON file under `src/belnews/data/systems/`, validated when it is",
        "first used: no Cyrillic in Latin output, every letter of the alphabet covered, every",
        "sample reproduced.  One engine (`belnews.translit`) runs all of them in both directions.",
        "Each file names its JSON Schema (`system.schema.json` beside it), so an editor",
        "checks a table while it is edited; the named classes `{CYR}`, `{LAT}`, `{APOS}`",
        "(a Cyrillic letter, a Latin letter, an apostrophe) are the engine's: no table copies",
        "them.",
        "",
        "Ids are case-insensitive and forgiving about punctuation (`Passport`, `BGN/PCGN`,",
        "`iso 9`); `ru:passport` (the form `variants` prints) names the language too, and each",
        "file lists its aliases (`un-1987`, `mvd-288` ...).  Without `lang`, a system is",
        "Belarusian where it exists in both languages and otherwise its only language; an",
        "explicit `lang` the system lacks is an error, never a silent switch.  Systems without a",
        "reading table (marked *output only* below) raise `ConfigError` in `to_cyrillic`.",
        "",
        "```python",
        ">>> from belnews import to_latin, to_cyrillic",
        '>>> to_latin("Святлана Ціханоўская")',
        "'Śviatłana Cichanoŭskaja'",
        '>>> to_latin("Святлана Ціханоўская", "passport")',
        "'Sviatlana Tsikhanouskaia'",
        '>>> to_cyrillic("Tsikhanouskaia", "passport")',
        "'Ціханоўская'",
        '>>> to_cyrillic("Śviatłana", orthography="taraskievica")',
        "'Сьвятлана'",
        "",
        "```",
        "",
        "## The systems",
        "",
    ]
    rows = []
    for lang, ids in (("be", be), ("ru", ru)):
        for sid in ids:
            system = get_system(sid, lang=lang)
            reversible = "no" if system.rules.to_cyrillic is not None else "output only"
            if system.reversible:
                reversible = (
                    f"yes ({_count(len(system.lossy), 'documented loss', 'es')})"
                    if system.lossy
                    else "yes"
                )
            rows.append(
                [
                    f"`{sid}`",
                    lang,
                    system.source.standard or system.title,
                    system.years,
                    reversible,
                    f"[source]({system.source.url})",
                ]
            )
    out += _table(
        ["id", "lang", "standard it follows", "years of use", "reversible", "source"], rows
    )
    out += ["", "## The same names in every system", ""]
    be_rows = [(s, "be", s) for s in be]
    out += _by_system(be_rows, SIDE_BY_SIDE_BE, lambda n, s, lang: to_latin(n, s, lang=lang))
    out += ['Russian forms (`lang="ru"`):', ""]
    ru_rows = [(s, "ru", f"ru:{s}") for s in ru]
    out += _by_system(ru_rows, SIDE_BY_SIDE_RU, lambda n, s, lang: to_latin(n, s, lang=lang))
    out += ["Reading back (`to_cyrillic`, Narkamaŭka; systems with a reading table):", ""]
    readable = [(s, "be", s) for s in be if get_system(s).rules.to_cyrillic is not None]
    out += _by_system(
        readable, SIDE_BY_SIDE_BE[:5], lambda n, s, lang: to_cyrillic(to_latin(n, s), s)
    )
    reproduced, misses = vector_report()
    out += [
        "",
        "## Reference spellings",
        "",
        "`tests/data/romanization_vectors.tsv` holds the spellings of 48 reference names in every"
        " system (each cell with its evidence: the source that prints it, or derived by the"
        " system's rules) and sentence vectors from other converters' tests:"
        f" **{reproduced} of "
        f"{reproduced + len(misses)} reproduced** (verified and derived cells alike).",
        "",
    ]
    if misses:
        out += ["Cells not reproduced:", ""]
        out += _table(
            ["section", "row", "system", "Cyrillic", "expected", "belnews"],
            [[m[0], m[1], m[2], m[5], m[6], to_latin(m[5], m[2], lang=m[3])] for m in misses],
        )
    else:
        out += ["Cells not reproduced: none."]
    out += ["", "Sentence vectors of variants belnews does not implement:", ""]
    out += [f"- {vector} — {reason}" for vector, reason in NOT_IMPLEMENTED_153]
    stats, disagreements = pairs_report()
    out += [
        "",
        "## Agreement with other converters' fixtures (`lacinka_pairs.tsv`)",
        "",
        "These are other converters' expectations, not ground truth: where one disagrees "
        "with the standard's own text, the standard decides.",
        "",
    ]
    out += _table(
        ["source", "variant", "compared as", "agree"],
        [[k[0], k[1], k[2], f"{v[0]}/{v[1]}"] for k, v in stats.items()],
    )
    total = sum(v[1] for v in stats.values())
    agree = sum(v[0] for v in stats.values())
    out += ["", f"Overall {agree}/{total}. Every disagreement:", ""]
    for d in disagreements:
        given = d["lacinka"] if d["how"].startswith("to_cyrillic") else d["cyrillic"]
        out.append(
            f"- *{d['variant']}* ({d['how']}): `{given}`"
            f" → belnews `{d['got']}`, fixture `{d['expected']}`. {d['reason']}"
        )
    if roundtrip:
        out += ["", "## Round trip on the UD Belarusian sentences", "", *roundtrip]
    out += ["", "## Tables", ""]
    for lang, ids in (("be", be), ("ru", ru)):
        for sid in ids:
            out += system_section(get_system(sid, lang=lang))
    return "\n".join(out).rstrip() + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    shared = args.shared if (args.shared / "data").is_dir() else None
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from roundtrip_ud import roundtrip_section

    text = render(shared, roundtrip_section(shared) if shared else None)
    if args.check:
        if not DOC.exists() or DOC.read_text("utf-8") != text:
            print("docs/systems.md is stale: run python tools/gen_systems_doc.py")
            return 1
        return 0
    DOC.write_text(text, "utf-8")
    print(f"wrote {DOC}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
