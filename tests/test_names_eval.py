"""Precision and recall of match_names and of name_key equality on tests/data/name_variants.tsv.

The pairs are real spellings of real people and places with their sources (see the sidecar
``name_variants.tsv.source.md``).  The floors below are what this version reaches (measured when
the test was written, see docs/names.md); a change that lowers either number fails here.
Issue 4's goal is recall >= 0.97 at precision >= 0.99 for ``match_names``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from belnews.names import MatchKind, match_names, name_key

MATCH_PRECISION = 0.999  # no false match left (round 3: 6 were read and fixed)
MATCH_RECALL = 0.98
KEY_PRECISION = 0.999
KEY_RECALL = 0.78


def _rows(data_dir: Path) -> list[dict[str, str]]:
    with (data_dir / "name_variants.tsv").open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def _precision_recall(rows: list[dict[str, str]], predicted: list[bool]) -> tuple[float, float]:
    tp = sum(1 for r, p in zip(rows, predicted, strict=True) if p and r["label"] == "1")
    fp = sum(1 for r, p in zip(rows, predicted, strict=True) if p and r["label"] == "0")
    fn = sum(1 for r, p in zip(rows, predicted, strict=True) if not p and r["label"] == "1")
    return tp / (tp + fp), tp / (tp + fn)


def test_the_evidence_is_large_enough(data_dir: Path) -> None:
    rows = _rows(data_dir)
    assert sum(r["label"] == "1" for r in rows) >= 400
    assert sum(r["label"] == "0" for r in rows) >= 400


def test_match_names_precision_and_recall(data_dir: Path) -> None:
    rows = _rows(data_dir)
    precision, recall = _precision_recall(
        rows, [match_names(r["a"], r["b"]).is_match for r in rows]
    )
    assert precision >= MATCH_PRECISION
    assert recall >= MATCH_RECALL


def test_name_key_precision_and_recall(data_dir: Path) -> None:
    rows = _rows(data_dir)
    precision, recall = _precision_recall(
        rows, [name_key(r["a"]) == name_key(r["b"]) for r in rows]
    )
    assert precision >= KEY_PRECISION
    assert recall >= KEY_RECALL


@pytest.mark.parametrize(
    "kind", ["family_member", "shared_stem", "different_given_name", "different_person"]
)
def test_hard_negatives_of_people_are_rejected(data_dir: Path, kind: str) -> None:
    rows = [r for r in _rows(data_dir) if r["kind"] == kind]
    accepted = [(r["a"], r["b"]) for r in rows if match_names(r["a"], r["b"]).is_match]
    assert accepted == []


# --- The second dev set (issue 11): sanctions lists and press of several languages, split once
# into tune/check by a hash of the person's family (tests/data/name_pairs_press.tsv.source.md).
# The matcher was developed on the tune half only; the floors below are the check half's figures
# when this was written (docs/names.md), so a change that lowers them fails.
PRESS_CHECK_PRECISION = 0.999
PRESS_CHECK_RECALL = 0.99  # 0.996 in round 3 (its misses' classes were known: docs/names.md)
_HARD_NEGATIVES = ("parent_child", "spouse", "sibling", "namesake")


def _press_rows(data_dir: Path, split: str) -> list[dict[str, str]]:
    with (data_dir / "name_pairs_press.tsv").open(encoding="utf-8") as f:
        return [r for r in csv.DictReader(f, delimiter="\t") if r["split"] == split]


def test_the_press_set_is_split_once_by_family(data_dir: Path) -> None:
    rows = _press_rows(data_dir, "tune") + _press_rows(data_dir, "check")
    side: dict[str, str] = {}
    for r in rows:
        for person in (r["person_a"], r["person_b"]):
            family = person.split("_", 1)[0]
            if r["label"] == "1":
                assert side.setdefault(family, r["split"]) == r["split"], family
    assert sum(r["label"] == "1" for r in rows) >= 450


def test_press_check_half_precision_and_recall(data_dir: Path) -> None:
    rows = _press_rows(data_dir, "check")
    precision, recall = _precision_recall(
        rows, [match_names(r["a"], r["b"]).is_match for r in rows]
    )
    assert precision >= PRESS_CHECK_PRECISION
    assert recall >= PRESS_CHECK_RECALL


@pytest.mark.parametrize("split", ["tune", "check"])
def test_no_hard_negative_of_the_press_set_matches(data_dir: Path, split: str) -> None:
    rows = [r for r in _press_rows(data_dir, split) if r["class"] in _HARD_NEGATIVES]
    for kind in (MatchKind.PHONETIC, MatchKind.FUZZY):
        accepted = [
            (r["a"], r["b"]) for r in rows if match_names(r["a"], r["b"], min_kind=kind).is_match
        ]
        assert accepted == [], kind


# --- The held-out set (round 3): pages no other set used, only measured (its source.md).
HELDOUT_PRECISION = 0.999
# 0.936 when measured first, after the round-3 rules were written; 0.993 after fixes found on it
# (docs/names.md says which).  The second batch was collected after those: 0.809 when measured
# first, 0.941 after its misses were read (Greek digraphs, Duden s before a consonant, Alesia).
# A third batch was collected after the last rule and measured once, nothing fixed after: 0.984.
HELDOUT_RECALL = {
    "name_pairs_heldout.tsv": 0.99,
    "name_pairs_heldout2.tsv": 0.94,
    "name_pairs_heldout3.tsv": 0.98,
}


def _heldout_rows(data_dir: Path, name: str) -> list[dict[str, str]]:
    with (data_dir / name).open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


@pytest.mark.parametrize("name", sorted(HELDOUT_RECALL))
def test_heldout_precision_and_recall(data_dir: Path, name: str) -> None:
    rows = _heldout_rows(data_dir, name)
    precision, recall = _precision_recall(
        rows, [match_names(r["a"], r["b"]).is_match for r in rows]
    )
    assert precision >= HELDOUT_PRECISION
    assert recall >= HELDOUT_RECALL[name]


@pytest.mark.parametrize("name", sorted(HELDOUT_RECALL))
def test_no_hard_negative_of_the_heldout_sets_matches(data_dir: Path, name: str) -> None:
    rows = [r for r in _heldout_rows(data_dir, name) if r["label"] == "0"]
    assert len(rows) >= 50
    accepted = [(r["a"], r["b"]) for r in rows if match_names(r["a"], r["b"]).is_match]
    assert accepted == []
