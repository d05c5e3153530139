"""Validate the curated name data: the given-name table and the name-variant pairs.

Both files are hand-curated; these checks keep them machine-readable and internally consistent
(format, sources, no duplicates, no contradictions between positive and negative pairs).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GIVEN_NAMES = ROOT / "src" / "belnews" / "data" / "names" / "given_names.tsv"
PAIRS = ROOT / "tests" / "data" / "name_variants.tsv"

GIVEN_HEADER = ["group_id", "be", "ru", "latin_extra", "gender", "source"]
PAIRS_HEADER = ["a", "b", "label", "kind", "source"]

# Apostrophes that Belarusian spelling uses inside a word (Дар’я), see romanization.md §12.
APOSTROPHES = "’'ʼ"
KIND_RE = re.compile(r"[a-z][a-z_]*")
GROUP_ID_RE = re.compile(r"[a-z][a-z0-9_]*")


def _read_tsv(path: Path, header: list[str]) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), f"{path.name}: no BOM allowed"
    text = raw.decode("utf-8")
    assert text.endswith("\n"), f"{path.name}: must end with a newline"
    assert "\r" not in text, f"{path.name}: LF line endings only"
    lines = text.split("\n")[:-1]
    assert lines[0].split("\t") == header, f"{path.name}: header must be {header}"
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        assert not line.startswith("#"), f"{path.name}:{number}: comment lines are not allowed"
        cells = line.split("\t")
        assert len(cells) == len(header), (
            f"{path.name}:{number}: {len(cells)} columns, not {len(header)}"
        )
        for cell in cells:
            assert cell == cell.strip(), f"{path.name}:{number}: stray whitespace in {cell!r}"
            assert unicodedata.is_normalized("NFC", cell), (
                f"{path.name}:{number}: not NFC: {cell!r}"
            )
        rows.append(dict(zip(header, cells, strict=True)))
    return rows


def _letters_in_script(form: str, script: str) -> bool:
    """Every letter of ``form`` is in ``script`` (CYRILLIC or LATIN); apostrophes, hyphens pass."""
    letters = [ch for ch in form if ch.isalpha()]
    if not letters:
        return False
    for ch in form:
        if ch.isalpha():
            if not unicodedata.name(ch, "").startswith(script):
                return False
        elif ch not in APOSTROPHES + "- ." and unicodedata.category(ch) != "Mn":
            return False
    return True


@pytest.fixture(scope="module")
def given() -> list[dict[str, str]]:
    return _read_tsv(GIVEN_NAMES, GIVEN_HEADER)


@pytest.fixture(scope="module")
def pairs() -> list[dict[str, str]]:
    return _read_tsv(PAIRS, PAIRS_HEADER)


def _forms(cell: str) -> list[str]:
    return [form for form in cell.split("|") if form] if cell else []


# --- given_names.tsv -------------------------------------------------------------------------


def test_given_names_size_and_genders(given: list[dict[str, str]]) -> None:
    assert len(given) >= 60
    genders = Counter(row["gender"] for row in given)
    assert set(genders) == {"m", "f"}
    assert genders["m"] > 0
    assert genders["f"] > 0


def test_given_names_rows_are_complete(given: list[dict[str, str]]) -> None:
    ids = [row["group_id"] for row in given]
    assert len(ids) == len(set(ids)), "group_id must be unique"
    for row in given:
        assert GROUP_ID_RE.fullmatch(row["group_id"]), row["group_id"]
        assert _forms(row["be"]), f"{row['group_id']}: no Belarusian form"
        assert _forms(row["ru"]), f"{row['group_id']}: no Russian form"
        assert len(row["source"]) >= 10, f"{row['group_id']}: no source"
        for column in ("be", "ru", "latin_extra"):
            forms = _forms(row[column])
            assert len(forms) == len(set(forms)), f"{row['group_id']}: repeated form in {column}"


def test_given_names_scripts(given: list[dict[str, str]]) -> None:
    for row in given:
        for form in _forms(row["be"]) + _forms(row["ru"]):
            assert _letters_in_script(form, "CYRILLIC"), (
                f"{row['group_id']}: {form!r} is not Cyrillic"
            )
        for form in _forms(row["latin_extra"]):
            assert _letters_in_script(form, "LATIN"), f"{row['group_id']}: {form!r} is not Latin"


def test_given_names_no_form_in_two_groups(given: list[dict[str, str]]) -> None:
    owner: dict[str, str] = {}
    for row in given:
        forms = {
            f.casefold() for f in _forms(row["be"]) + _forms(row["ru"]) + _forms(row["latin_extra"])
        }
        for form in forms:
            assert form not in owner, f"{form!r} is in {owner.get(form)} and {row['group_id']}"
            owner[form] = row["group_id"]


def _group_of(given: list[dict[str, str]], form: str) -> str:
    for row in given:
        if form in _forms(row["be"]) + _forms(row["ru"]) + _forms(row["latin_extra"]):
            return row["group_id"]
    raise AssertionError(f"{form!r} is not in the table")


def test_jahor_and_ihar_are_different_names(given: list[dict[str, str]]) -> None:
    # Ягор = Егор (George) and Ігар = Игорь (Ingvar) are different names (issue 4).
    assert _group_of(given, "Ягор") == _group_of(given, "Егор")
    assert _group_of(given, "Ігар") == _group_of(given, "Игорь")
    assert _group_of(given, "Ягор") != _group_of(given, "Ігар")


@pytest.mark.parametrize(
    "forms",
    [
        # romanization.md §10.1 row 14 and issue 4: pairs that no spelling rule derives.
        ("Уладзімір", "Владимир"),
        ("Зміцер", "Дзмітрый", "Дмитрий", "Dmitry"),
        ("Вольга", "Ольга", "Olga"),
        ("Ганна", "Анна"),
        ("Кастусь", "Канстанцін", "Константин"),
        ("Аляксандр", "Алесь", "Александр", "Alexander"),
        ("Яўген", "Евгений"),
        ("Кацярына", "Екатерина"),
        ("Алена", "Елена", "Helena"),
        ("Юрый", "Юрась", "Юрий"),
        ("Язэп", "Иосиф"),
        ("Францішак", "Франциск"),
        ("Міхаіл", "Міхась", "Михаил"),
        ("Янка", "Иван"),
        ("Арцём", "Артём"),
        ("Алег", "Олег"),
        ("Аксана", "Оксана"),
        ("Ілья", "Илья"),
    ],
)
def test_given_names_required_groups(given: list[dict[str, str]], forms: tuple[str, ...]) -> None:
    assert len({_group_of(given, form) for form in forms}) == 1, forms


# --- name_variants.tsv -----------------------------------------------------------------------


def test_pairs_counts(pairs: list[dict[str, str]]) -> None:
    labels = Counter(row["label"] for row in pairs)
    assert set(labels) == {"0", "1"}
    assert labels["1"] >= 400
    assert labels["0"] >= 400


def test_pairs_rows_are_complete(pairs: list[dict[str, str]]) -> None:
    for row in pairs:
        assert row["a"], row
        assert row["b"], row
        assert row["a"] != row["b"], row
        assert KIND_RE.fullmatch(row["kind"]), row
        assert len(row["source"]) >= 10, row


def test_pairs_have_no_duplicates(pairs: list[dict[str, str]]) -> None:
    seen: set[frozenset[str]] = set()
    for row in pairs:
        key = frozenset((row["a"], row["b"]))
        assert key not in seen, f"duplicate pair {row['a']!r} / {row['b']!r}"
        seen.add(key)


def test_pairs_do_not_contradict(pairs: list[dict[str, str]]) -> None:
    """Positives are an equivalence: no negative pair may fall inside one positive component."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for row in pairs:
        if row["label"] == "1":
            parent[find(row["a"])] = find(row["b"])
    for row in pairs:
        if row["label"] == "0":
            assert find(row["a"]) != find(row["b"]), (
                f"{row['a']!r} / {row['b']!r} is linked by positives"
            )


def test_pairs_cover_the_issue_examples(pairs: list[dict[str, str]]) -> None:
    positives = {frozenset((r["a"], r["b"])) for r in pairs if r["label"] == "1"}
    negatives = {frozenset((r["a"], r["b"])) for r in pairs if r["label"] == "0"}
    forms = {form for pair in positives for form in pair}
    issue_spellings = (
        "Ціханоўская",
        "Тихановская",
        "Cichanoŭskaja",
        "Tsikhanouskaya",
        "Tikhanovskaya",
        "Tsikhanovskaya",
        "Cichanouska",
        "Tichanowskaja",
        "Cichanouská",
        "Cichanouskaja",
        "Ціханоўскай",
        "Тихановского",
        "Łukašenku",
    )
    for spelling in issue_spellings:
        assert spelling in forms, spelling
    assert frozenset(("Siarhiej Cichanoŭski", "Śviatłana Cichanoŭskaja")) in negatives
    assert frozenset(("Ягор", "Ігар")) in negatives
    assert frozenset(("Kalesnik", "Kalesnikava")) in negatives
    assert frozenset(("Latushka", "Latushkin")) in negatives


def test_pairs_kinds_have_both_labels_where_expected(pairs: list[dict[str, str]]) -> None:
    kinds = {row["kind"] for row in pairs if row["label"] == "1"}
    assert {"translit", "cross_language", "press", "foreign_press", "inflected", "place"} <= kinds
    kinds = {row["kind"] for row in pairs if row["label"] == "0"}
    assert {
        "family_member",
        "shared_stem",
        "different_given_name",
        "different_person",
        "different_place",
    } <= kinds


def test_every_listed_form_keys_to_its_own_group(given: list[dict[str, str]]) -> None:
    # Helena (Алена), Xenia (Аксана), Eugene (Яўген) and Alexandre (Аляксандр) have the skeleton
    # of another group's form; the listed spelling must still name its own group.
    from belnews.names import name_key

    wrong = [
        (row["group_id"], form, name_key(form))
        for row in given
        for form in _forms(row["be"]) + _forms(row["ru"]) + _forms(row["latin_extra"])
        if name_key(form) != "@" + row["group_id"]
    ]
    assert wrong == []
