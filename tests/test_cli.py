"""The ``belnews`` subcommands, run in-process through ``main(argv)`` and once as a real process.

Faults and other encodings are in ``test_cli_faults.py``; the matrix of every subcommand
over files, stdin, directories, ``-o``, a full disk and a BOM in ``test_cli_matrix.py``.

Cases use real text: look-alike letters as they occur in news pages (a Latin ``i`` inside
Шуміліна), the bundled Pozirk article, and names from ``../shared/spec/romanization.md``.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cli_run import feed_stdin, run

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
POZIRK = EXAMPLES / "pozirk_one-in-30-belarusians.txt"

# Шуміліна with a Latin "i" (U+0069) in place of the Belarusian "і" (U+0456): the look-alike the
# normalisation issue names (see ../shared/spec/romanization.md §12).
NOISY = "Шумілiна"
CLEAN = "Шуміліна"


# --- usage -------------------------------------------------------------------------------------


def test_no_command_prints_help_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys)
    assert code == 2
    assert out == ""
    assert "usage: belnews" in err


def test_unknown_option_is_bad_usage(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "normalize", "--no-such-option")
    assert code == 2
    assert "unrecognized arguments: --no-such-option" in err


def test_help_shows_examples(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0
    assert "examples:" in out
    assert "belnews normalize --explain -i examples/noisy_sample.txt" in out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from belnews import __version__

    code, out, _ = run(capsys, "--version")
    assert (code, out) == (0, f"belnews {__version__}\n")


# --- normalize ---------------------------------------------------------------------------------


def test_normalize_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "noisy.txt"
    source.write_text(f"{NOISY} сказала\nEnglish stays as it is.\n", encoding="utf-8")
    code, out, err = run(capsys, "normalize", "-i", str(source))
    assert (code, err) == (0, "")
    assert out == f"{CLEAN} сказала\nEnglish stays as it is.\n"


def test_normalize_keeps_line_endings(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    feed_stdin(monkeypatch, f"{NOISY}\r\nok\n{NOISY}".encode())
    code, out, _ = run(capsys, "normalize", "-")
    assert code == 0
    assert out == f"{CLEAN}\r\nok\n{CLEAN}"


def test_normalize_explain_names_the_fixer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from belnews.normalize import normalize_and_explain

    fixers = normalize_and_explain(NOISY).steps
    assert fixers, "the look-alike fixer must report a change"
    source = tmp_path / "noisy.txt"
    source.write_text(f"fine\n{NOISY}\n", encoding="utf-8")
    code, out, err = run(capsys, "normalize", "--explain", "-i", str(source))
    assert code == 0
    assert out == f"fine\n{CLEAN}\n"  # stdout stays the clean text only
    assert f"{source}:2: {fixers[0]}" in err
    assert "fixers that changed the text" in err
    assert f"{source}:1:" not in err  # an unchanged line is not reported


def test_normalize_explain_on_clean_text(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    feed_stdin(monkeypatch, "Ціханоўская\n".encode())
    code, out, err = run(capsys, "normalize", "--explain")
    assert (code, out) == (0, "Ціханоўская\n")
    assert "no fixer changed anything" in err


def test_normalize_json(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    feed_stdin(monkeypatch, f"{NOISY}\nok\n".encode())
    code, out, _ = run(capsys, "normalize", "--json")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["file"], r["line"], r["input"], r["output"]) for r in rows] == [
        ("<stdin>", 1, NOISY, CLEAN),
        ("<stdin>", 2, "ok", "ok"),
    ]
    assert rows[0]["steps"]
    assert rows[1]["steps"] == []


def test_undecodable_bytes_give_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes(b"ok\nMiensk\n" + "Łuka\n".encode("cp1250") + b"after\n")
    good = tmp_path / "good.txt"
    good.write_text(NOISY + "\n", encoding="utf-8")
    code, out, err = run(capsys, "normalize", "-i", str(bad), "-i", str(good))
    assert code == 1
    # The good lines before the bad one and the whole next file are still processed.
    assert out == f"ok\nMiensk\n{CLEAN}\n"
    assert f"{bad}:3: not valid UTF-8 (byte 0xa3 at column 1)" in err
    assert err.splitlines()[-1] == "belnews: 2 inputs: 1 done, 1 failed"
    assert "Traceback" not in err


def test_missing_file_does_not_stop_the_others(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.txt"
    good.write_text(NOISY + "\n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    code, out, err = run(capsys, "normalize", "-i", str(missing), "-i", str(good))
    assert code == 1
    assert out == CLEAN + "\n"
    assert err.splitlines() == [
        f"belnews: error: {missing}: no such file",
        "belnews: 2 inputs: 1 done, 1 failed",
    ]


def test_empty_directory_is_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "normalize", "-i", str(tmp_path))
    assert code == 1
    assert err == f"belnews: error: {tmp_path}: no .txt, .text files in it\n"


# --- streaming in chunks ------------------------------------------------------------------------


@given(text=st.text(), batch=st.integers(min_value=1, max_value=9))
def test_chunked_reading_gives_back_every_line(text: str, batch: int) -> None:
    """However the input is cut into chunks (here as small as one byte, splitting UTF-8
    sequences), the lines come back whole, in order, numbered, and nothing else."""
    from belnews import cli
    from belnews.cli import _io

    data = text.encode("utf-8", "surrogatepass")
    with pytest.MonkeyPatch.context() as patch:  # not the fixture: Hypothesis calls this often
        patch.setattr(_io, "BATCH_BYTES", batch)
        feed_stdin(patch, data)
        if any("\ud800" <= c <= "\udfff" for c in text):  # lone surrogates: not UTF-8
            with pytest.raises(cli.InputError, match="not valid UTF-8"):
                list(cli.iter_lines("-"))
            return
        got = list(cli.iter_lines("-"))
    assert "".join(line for _, _, line in got) == text.removeprefix("\ufeff")
    assert [n for _, n, _ in got] == list(range(1, len(got) + 1))
    assert all(line.endswith("\n") for _, _, line in got[:-1])
    assert all("\n" not in line[:-1] for _, _, line in got)


def test_bad_byte_after_many_chunks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from belnews.cli import _io

    monkeypatch.setattr(_io, "BATCH_BYTES", 7)  # chunks end mid-line and mid-letter
    source = tmp_path / "long.txt"
    lines = [f"{NOISY} {i}\n" for i in range(1, 40)]
    source.write_bytes("".join(lines).encode() + b"\xa3 after\nmore\n")
    code, out, err = run(capsys, "normalize", "-i", str(source))
    assert code == 1
    assert out == "".join(f"{CLEAN} {i}\n" for i in range(1, 40))  # every line before the bad one
    assert f"{source}:40: not valid UTF-8 (byte 0xa3 at column 1)" in err


class Trickle(io.RawIOBase):
    """A producer that hands over one line per read, like a terminal or `tail -f`."""

    def __init__(self, lines: list[bytes]) -> None:
        self.lines = lines
        self.reads = 0

    def readable(self) -> bool:
        return True

    def read1(self, size: int = -1) -> bytes:
        self.reads += 1
        return self.lines.pop(0) if self.lines else b""


def test_each_line_is_converted_as_soon_as_it_arrives(monkeypatch: pytest.MonkeyPatch) -> None:
    from belnews import cli

    producer = Trickle([f"{NOISY}\n".encode(), b"second\n"])
    monkeypatch.setattr(sys, "stdin", types.SimpleNamespace(buffer=producer))
    batches = cli.iter_batches("-")
    assert next(batches) == ("<stdin>", 1, [f"{NOISY}\n"])
    assert producer.reads == 1  # the first line did not wait for a full chunk
    assert next(batches) == ("<stdin>", 2, ["second\n"])


def test_terminal_stdin_says_it_is_waiting(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    terminal = types.SimpleNamespace(buffer=io.BytesIO("Мінск\n".encode()), isatty=lambda: True)
    monkeypatch.setattr(sys, "stdin", terminal)
    code, out, err = run(capsys, "latin")
    assert (code, out) == (0, "Minsk\n")
    assert err == "belnews: reading from the terminal, line by line; end with Ctrl-D\n"


# --- latin, cyrillic, systems ------------------------------------------------------------------
# Expected values: ../shared/spec/romanization.md §15 (Святлана Ціханоўская in each system).


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["latin", "Святлана", "Ціханоўская"], "Śviatłana Cichanoŭskaja"),
        (["latin", "--no-assimilation", "Святлана"], "Sviatłana"),
        (["latin", "-s", "passport", "ЦІХАНОЎСКАЯ"], "TSIKHANOUSKAIA"),
        (["latin", "--system", "wikipedia", "--lang", "ru", "Тихановская"], "Tikhanovskaya"),
        (["latin", "-s", "ru:wikipedia", "Тихановская"], "Tikhanovskaya"),  # as variants prints it
        (["latin", "-s", "ru:passport", "--lang", "ru", "Тихановская"], "Tikhanovskaia"),
    ],
)
def test_latin_arguments(
    argv: list[str], expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, *argv) == (0, expected + "\n", "")


def test_latin_streams_stdin_and_keeps_other_text(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    feed_stdin(monkeypatch, "Святлана Ціханоўская, 2020.\r\nEnglish text\n\nЛукашэнка".encode())
    code, out, err = run(capsys, "latin", "-s", "lacinka", "-")
    assert (code, err) == (0, "")
    assert out == "Śviatłana Cichanoŭskaja, 2020.\r\nEnglish text\n\nŁukašenka"


def test_latin_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "latin", "--json", "-s", "passport", "Ціханоўская")
    assert code == 0
    assert json.loads(out) == {
        "file": None,
        "line": None,
        "input": "Ціханоўская",
        "output": "Tsikhanouskaia",
        "system": "passport",
        "lang": "be",
    }


def test_latin_unknown_system_fails_before_reading_stdin(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # stdin is pytest's, which raises if read: the system is checked first.
    code, out, err = run(capsys, "latin", "-s", "lacinka-1929")
    assert (code, out) == (2, "")
    assert err.startswith("belnews: error: unknown romanization system 'lacinka-1929'")
    assert len(err.splitlines()) == 1


def test_latin_option_of_another_system_is_bad_usage(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "latin", "-s", "passport", "--no-assimilation", "Святлана")
    assert code == 2
    assert "--no-assimilation is an option of lacinka, not of passport" in err


def test_latin_strict_error_names_the_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Ѣ (yat) is in no Belarusian table: strict mode reports its line, leaves its output line
    # empty (the output stays line for line with the input) and goes on with the next.
    feed_stdin(monkeypatch, "Мінск\nѢ\nГродна\n".encode())
    code, out, err = run(capsys, "latin", "-s", "national-2007")
    assert code == 1
    assert out == "Minsk\n\nHrodna\n"
    assert err == (
        "belnews: error: <stdin>:2: 'national-2007' has no Latin value for 'Ѣ' (U+0462) at "
        "column 1; use --errors keep, replace or ignore, or another -s\n"
    )
    feed_stdin(monkeypatch, "Мінск\nѢ\n".encode())
    assert run(capsys, "latin", "-s", "national-2007", "--errors", "replace") == (
        0,
        "Minsk\n?\n",
        "",
    )


def test_latin_undecodable_stdin_names_the_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    feed_stdin(monkeypatch, "Мінск\n".encode() + "Гродна\n".encode("cp1251"))
    code, out, err = run(capsys, "latin")
    assert (code, out) == (1, "Minsk\n")
    assert err.startswith("belnews: error: <stdin>:2: not valid UTF-8 (byte 0xc3 at column 1)")


def test_text_and_stdin_together_is_bad_usage(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "latin", "-", "Мінск")
    assert code == 2
    assert "not both" in err


def test_systems_lists_titles_and_sources(capsys: pytest.CaptureFixture[str]) -> None:
    from belnews import get_system, system_ids

    code, out, _ = run(capsys, "systems")
    assert code == 0
    for lang in ("be", "ru"):
        for system_id in system_ids(lang=lang):
            system = get_system(system_id, lang=lang)
            assert system.title in out
            assert system.source.url in out
    code, out, _ = run(capsys, "systems", "--json", "--lang", "be")
    rows = [json.loads(line) for line in out.splitlines()]
    assert [row["input"] for row in rows] == list(system_ids(lang="be"))
    lacinka = rows[[row["input"] for row in rows].index("lacinka")]
    assert lacinka["reversible"] is True
    assert lacinka["options"] == {"assimilation": True}
    assert lacinka["source"]["url"].startswith("http")


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["cyrillic", "Śviatłana", "Cichanoŭskaja"], "Святлана Ціханоўская"),
        (["cyrillic", "--orthography", "taraskievica", "Śviatłana"], "Сьвятлана"),
        (["cyrillic", "-s", "national-2007", "Sviatlana Cichanoŭskaja"], "Святлана Ціханоўская"),
        # the mirror of latin --no-assimilation: ś before a consonant is a written ь
        (["cyrillic", "Biełaruśfilm"], "Беларусфільм"),
        (["cyrillic", "--no-assimilation", "Biełaruśfilm"], "Беларусьфільм"),
        (["cyrillic", "--no-assimilation", "stahodździe"], "стагодзьдзе"),
        (["cyrillic", "stahodździe"], "стагоддзе"),
    ],
)
def test_cyrillic(argv: list[str], expected: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, *argv) == (0, expected + "\n", "")


def test_cyrillic_no_assimilation_round_trips_latin_no_assimilation(
    capsys: pytest.CaptureFixture[str],
) -> None:
    text = "Беларусьфільм, разьбяр і снег"
    code, latin, _ = run(capsys, "latin", "--no-assimilation", text)
    assert (code, latin) == (0, "Biełaruśfilm, raźbiar i snieh\n")
    assert run(capsys, "cyrillic", "--no-assimilation", latin.strip()) == (0, text + "\n", "")


def test_cyrillic_option_of_another_system_is_bad_usage(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # stdin is pytest's, which raises if read: the option is checked before any input
    code, out, err = run(capsys, "cyrillic", "-s", "passport", "--no-assimilation")
    assert (code, out) == (2, "")
    assert "--no-assimilation is an option of lacinka, not of passport" in err
    code, _, err = run(capsys, "cyrillic", "-s", "lacinka-1929", "--no-assimilation", "x")
    assert code == 2
    assert err.startswith("belnews: error: unknown romanization system 'lacinka-1929'")


def test_cyrillic_json_and_bad_orthography(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "cyrillic", "--json", "Łukašenka")
    assert code == 0
    assert json.loads(out) == {
        "file": None,
        "line": None,
        "input": "Łukašenka",
        "output": "Лукашэнка",
        "system": "lacinka",
        "orthography": "narkamauka",
    }
    assert run(capsys, "cyrillic", "--orthography", "klasyčny", "x")[0] == 2


# --- variants, names ---------------------------------------------------------------------------


def test_variants_lists_every_system(capsys: pytest.CaptureFixture[str]) -> None:
    from belnews import variants

    expected = variants("Святлана Ціханоўская")
    code, out, _ = run(capsys, "variants", "Святлана", "Ціханоўская")
    assert code == 0
    rows = [line.split(None, 1) for line in out.splitlines()]
    assert dict(rows) == expected
    assert ["lacinka", "Śviatłana Cichanoŭskaja"] in rows
    code, out, _ = run(capsys, "variants", "--json", "Tsikhanouskaya")
    assert json.loads(out) == {
        "file": None,
        "line": None,
        "input": "Tsikhanouskaya",
        "output": variants("Tsikhanouskaya"),
    }
    for label in variants("Святлана Ціханоўская"):  # every id printed is one `latin -s` takes
        if label not in ("cyrillic", "ru"):
            assert run(capsys, "latin", "-s", label, "Мінск")[0] == 0, label


def test_variants_of_names_from_stdin_are_headed(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from belnews import variants

    feed_stdin(monkeypatch, "Лукашэнка\n\nPavieł Łatuška\n".encode())
    code, out, _ = run(capsys, "variants")
    assert code == 0
    lines = out.splitlines()
    second = 1 + len(variants("Лукашэнка"))
    assert lines[0] == "Лукашэнка"
    assert lines[second] == "Pavieł Łatuška"
    assert all(line.startswith("  ") for line in lines[1:second])
    assert len(lines) == second + 1 + len(variants("Pavieł Łatuška"))


def test_names_in_the_bundled_article(capsys: pytest.CaptureFixture[str]) -> None:
    from belnews import find_names, name_key

    code, out, _ = run(capsys, "names", "--json", "-i", str(POZIRK))
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    lines = POZIRK.read_text(encoding="utf-8").splitlines()
    assert rows
    for row in rows:  # every mention points at its own text
        assert lines[row["line"] - 1][row["start"] : row["end"]] == row["input"]
    latuska = [row for row in rows if row["input"] == "Pavieł Łatuška"]
    assert latuska
    assert latuska[0]["key"] == name_key("Павел Латушка")
    expected = [m.surface for line in lines for m in find_names(line)]
    assert [row["input"] for row in rows] == expected
    code, out, _ = run(capsys, "names", "-i", str(POZIRK))
    first = out.splitlines()[0].split("\t")
    assert first[0] == f"{POZIRK}:{rows[0]['line']}:{rows[0]['start'] + 1}"
    assert first[1:] == [rows[0]["input"], rows[0]["output"], rows[0]["key"]]


# --- key, match ---------------------------------------------------------------------------------
# Spellings of one name from the issue text and ../shared/spec/romanization.md §10.

SPELLINGS = ["Ціханоўская", "Тихановская", "Cichanoŭskaja", "Tsikhanouskaya", "Tikhanovskaya"]


def test_key_of_every_spelling_is_one_key(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from belnews.names import name_key

    feed_stdin(monkeypatch, "\n".join(SPELLINGS).encode() + b"\n")
    code, out, _ = run(capsys, "key")
    assert code == 0
    assert out.splitlines() == [name_key("Ціханоўская")] * len(SPELLINGS)
    code, out, _ = run(capsys, "key", "Pavieł", "Łatuška")  # the words form one name
    assert out == name_key("Pavieł Łatuška") + "\n"


def test_key_json_carries_the_key_version(capsys: pytest.CaptureFixture[str]) -> None:
    from belnews.names import KEY_VERSION, name_key

    code, out, _ = run(capsys, "key", "--json", "Лукашэнка")
    assert code == 0
    assert json.loads(out) == {
        "file": None,
        "line": None,
        "input": "Лукашэнка",
        "output": name_key("Лукашэнка"),
        "key_version": KEY_VERSION,
    }


@pytest.mark.parametrize(
    ("a", "b", "is_match"),
    [
        ("Лукашэнка", "Lukashenko", True),
        ("Siarhiej Cichanoŭski", "Śviatłana Cichanoŭskaja", False),  # husband and wife
        ("Ягор", "Ігар", False),
    ],
)
def test_match(a: str, b: str, is_match: bool, capsys: pytest.CaptureFixture[str]) -> None:
    from belnews.names import match_names

    expected = match_names(a, b)
    code, out, _ = run(capsys, "match", a, b)
    assert code == (0 if is_match else 3)  # a shell script can test the verdict
    assert out.startswith(("match: " if is_match else "no match: ") + expected.kind.name)
    if not is_match:
        assert " via " not in out  # what the names share is not a reason to match
    code, out, _ = run(capsys, "match", "--json", a, b)
    row = json.loads(out)
    assert (row["input"], row["output"]) == ([a, b], is_match)
    assert (row["kind"], row["score"], tuple(row["via"])) == (
        expected.kind.name,
        expected.score,
        expected.via,
    )


def test_match_needs_two_names(capsys: pytest.CaptureFixture[str]) -> None:
    for names in (["Лукашэнка"], ["A", "B", "C"]):
        code, _, err = run(capsys, "match", *names)
        assert code == 2
        assert "give two names" in err


def test_match_batch_of_pairs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Pairs as TSV or JSON Lines, one result line each; a bad line fails alone."""
    from belnews import match_names

    feed_stdin(
        monkeypatch,
        'Łatuška\tЛатушко\textra column\n\n{"a": "Ягор", "b": "Ігар"}\n'.encode(),
    )
    code, out, err = run(capsys, "match")
    assert (code, err) == (3, "")  # one pair did not match
    lines = [line.split("\t") for line in out.splitlines()]
    first = match_names("Łatuška", "Латушко")
    assert lines[0] == [
        "match",
        first.kind.name,
        f"{first.score:.2f}",
        ", ".join(first.via),
        "Łatuška",
        "Латушко",
    ]
    assert lines[1][:2] == ["no match", "NO_MATCH"]
    assert lines[1][-2:] == ["Ягор", "Ігар"]
    pairs = tmp_path / "pairs.tsv"
    pairs.write_text(
        'Лукашэнка\tLukashenko\nonly one name\n{"a": 1}\nŁatuška\tЛатушко\n', encoding="utf-8"
    )
    code, out, err = run(capsys, "match", "--json", "-i", str(pairs))
    assert code == 1  # bad lines: bad input, and the good pairs are still answered
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(row["line"], row["output"]) for row in rows] == [(1, True), (4, True)]
    assert err.splitlines() == [
        f"belnews: error: {pairs}:2: not a pair: give two names separated by a tab",
        f'belnews: error: {pairs}:3: a JSON pair needs string fields "a" and "b"',
        "belnews: 4 pairs: 2 done, 2 failed",
    ]
    pairs.write_text("Лукашэнка\tLukashenko\n", encoding="utf-8")
    assert run(capsys, "match", "-i", str(pairs))[0] == 0  # every pair matched


# --- parse -------------------------------------------------------------------------------------


def expected_row(path: Path | str, text: str) -> dict[str, object]:
    from belnews.news import parse_article

    row = {"file": str(path), "line": None, "input": None, "output": parse_article(text).to_dict()}
    return json.loads(json.dumps(row))


def test_parse_bundled_article(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "parse", "-i", str(POZIRK))
    assert (code, err) == (0, "")
    (line,) = out.splitlines()
    row = json.loads(line)
    assert row == expected_row(POZIRK, POZIRK.read_text(encoding="utf-8"))
    assert list(row) == ["file", "line", "input", "output"]
    assert row["output"]["headline"].startswith("One in 30 Belarusians is a victim of deportation")
    assert row["output"]["dateline"]["source"] == "Pozirk"


def test_parse_directory_keeps_going_past_failures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "news" / "deep").mkdir(parents=True)
    first = tmp_path / "news" / "a.txt"
    first.write_text(POZIRK.read_text(encoding="utf-8"), encoding="utf-8")
    html = tmp_path / "news" / "deep" / "b.html"
    html.write_text("<h1>Łatuška vows to continue fight</h1><p>Text.</p>", encoding="utf-8")
    broken = tmp_path / "news" / "c.txt"
    broken.write_bytes(b"Headline\n\nLead \xff\n")
    (tmp_path / "news" / "notes.csv").write_text("skipped,not an article\n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    code, out, err = run(capsys, "parse", "-i", str(tmp_path / "news"), "-i", str(missing))
    assert code == 1
    rows = [json.loads(line) for line in out.splitlines()]
    assert [row["file"] for row in rows] == [str(first), str(html)]  # sorted, recursive
    assert rows[1]["output"]["headline"] == "Łatuška vows to continue fight"
    assert err.splitlines() == [
        f"belnews: error: {broken}:3: not valid UTF-8 (byte 0xff at column 6); "
        "give the input's encoding with -e (e.g. -e cp1251) or convert it to UTF-8",
        f"belnews: error: {missing}: no such file",
        "belnews: 4 files: 2 done, 2 failed",
    ]


def test_parse_stdin_pretty(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    text = POZIRK.read_text(encoding="utf-8")
    feed_stdin(monkeypatch, text.encode())
    code, out, _ = run(capsys, "parse", "--pretty", "-")
    assert code == 0
    head = '{\n  "file": "<stdin>",\n  "line": null,\n  "input": null,\n  "output": {\n'
    assert out.startswith(head + '    "headline": "One in 30')
    assert json.loads(out) == expected_row("<stdin>", text)


_PAGE = (
    '<html><head><meta charset="windows-1251"><title>Сустрэча ў Мінску</title></head>'
    "<body><article><h1>Сустрэча ў Мінску</h1><p>Аляксандр Лукашэнка сустрэўся з "
    "Уладзімірам Пуціным у Мінску ў пятніцу, паведамляе агенцтва.</p></article></body></html>"
)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (_PAGE.encode("cp1251"), "cp1251"),  # the page's <meta charset>, as a file's
        (_PAGE.replace("windows-1251", "utf-8").encode("utf-16"), "utf-16-le"),  # its BOM
    ],
)
def test_parse_stdin_reads_a_page_as_it_declares(
    data: bytes, encoding: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """stdin has no file name: markup is read as a page (BOM, <meta charset>), as -i reads it."""
    feed_stdin(monkeypatch, data)
    code, out, err = run(capsys, "parse", "-")
    assert code == 0, err
    article = json.loads(out)["output"]
    assert (article["headline"], article["encoding"]) == ("Сустрэча ў Мінску", encoding)


def test_parse_says_the_encoding_of_e(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(_PAGE.replace(' charset="windows-1251"', "").encode("cp1251"))
    code, out, err = run(capsys, "parse", "-e", "cp1251", "-i", str(page))
    assert code == 0, err
    article = json.loads(out)["output"]
    assert (article["headline"], article["encoding"]) == ("Сустрэча ў Мінску", "cp1251")


def test_parse_reference_date_completes_the_year(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "parse", "--reference-date", "2023-06-01", "-i", str(POZIRK))
    assert code == 0
    assert (
        json.loads(out)["output"]["date"] == "2022-12-02"
    )  # the latest December 2 before the reference


def test_parse_names_in_every_romanization(capsys: pytest.CaptureFixture[str]) -> None:
    from belnews import match_names, parse_article, variants

    article = parse_article(POZIRK.read_text(encoding="utf-8"))
    people = [article.names[0].base]
    for mention in article.names:  # each person once: no later mention that matches an earlier
        if not any(match_names(mention.base, known).is_match for known in people):
            people.append(mention.base)
    assert people[0] == "Pavieł Łatuška"
    assert "Łatuška" in [mention.base for mention in article.names]  # a later, shorter mention
    assert "Łatuška" not in people
    code, out, _ = run(capsys, "parse", "--names", "--json", "-i", str(POZIRK))
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [row["input"] for row in rows] == people
    assert rows[0]["output"] == variants(rows[0]["input"])
    code, out, _ = run(capsys, "parse", "--names", "-i", str(POZIRK))
    lines = out.splitlines()
    assert lines[0] == f"{POZIRK}: {article.headline}"
    assert lines[1] == "  Pavieł Łatuška"
    assert "    cyrillic       Павел Латушка" in lines
    assert "    ru:wikipedia   Pavel Latushko" in lines


def test_parse_without_names(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "parse", "-i", str(POZIRK))
    full = json.loads(out)["output"]
    assert full["names"]
    assert full["quotes"]
    code, out, _ = run(capsys, "parse", "--no-names", "-i", str(POZIRK))
    assert code == 0
    assert json.loads(out)["output"] == {**full, "names": [], "quotes": []}


@pytest.mark.parametrize(
    "argv",
    [
        ["parse", "--names", "--no-names", "-i", "x.txt"],
        ["parse", "--reference-date", "2 December", "-i", "x.txt"],
        ["parse", "--url", "https://pozirk.online/en/news/116381", "-i", "a.txt", "-i", "b.txt"],
    ],
)
def test_parse_bad_usage(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, *argv)[0] == 2


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_parse_progress_bar_only_on_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(f"Headline {i}\n\nText.\n", encoding="utf-8")
    assert run(capsys, "parse", "-i", str(tmp_path))[2] == ""  # stderr is no terminal: silent
    terminal = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    code, out, _ = run(capsys, "parse", "-i", str(tmp_path))
    assert code == 0
    assert len(out.splitlines()) == 3
    assert "3/3" in terminal.getvalue()
    assert terminal.getvalue().endswith("\r")  # the bar is wiped when done


# --- every example in the help is real ---------------------------------------------------------


def help_examples() -> list[tuple[str, str, list[str]]]:
    """``(subcommand, command line, expected output lines)`` for each ``$ belnews`` example."""
    from belnews.cli import build_parser

    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    found = []
    for name, sub in commands.items():
        lines = (sub.epilog or "").splitlines()
        for i, line in enumerate(lines):
            if not line.startswith("  $ "):
                continue
            expected = []
            for following in lines[i + 1 :]:
                if not following.startswith("  ") or following.startswith("  $ "):
                    break
                expected.append(following[2:])
            found.append((name, line[4:], expected))
    return found


EXAMPLES = help_examples()


@pytest.mark.parametrize(
    ("name", "command", "expected"),
    EXAMPLES,
    ids=[f"{name}-{i}" for i, (name, _, _) in enumerate(EXAMPLES)],
)
def test_help_example_output_is_real(
    name: str,
    command: str,
    expected: list[str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import shlex

    if " | " in command:  # printf 'TEXT\n' | belnews ...
        producer, command = command.split(" | ")
        text = shlex.split(producer)[1].replace("\\n", "\n").replace("\\t", "\t")
        feed_stdin(monkeypatch, text.encode())
    monkeypatch.chdir(ROOT)  # the examples use paths relative to the project root
    argv = shlex.split(command)
    assert argv[:2] == ["belnews", name]
    code, out, err = run(capsys, *argv[1:])
    assert code in (0, 3)  # 3: `match` says a pair does not match
    actual = out.splitlines() + err.splitlines()
    assert matches(expected, actual), "\n".join(actual)


def docs_examples() -> list[tuple[str, list[str]]]:
    """``(command line, expected output lines)`` for each ``$ belnews`` line in docs/cli.md."""
    found: list[tuple[str, list[str]]] = []
    in_console = False
    for line in (ROOT / "docs" / "cli.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            in_console = line == "```console"
        elif in_console and line.startswith("$ "):
            found.append((line[2:], []))
        elif in_console and found:
            found[-1][1].append(line)
    return found


def matches(expected: list[str], actual: list[str]) -> bool:
    """Whether ``actual`` fits ``expected``: a line ``...`` stands for any lines, and a line
    ending in ``...`` for any line that starts with the rest."""
    import re

    def line_pattern(line: str) -> str:
        if line == "...":
            return ".*"
        if line.endswith("..."):
            return re.escape(line[:-3]) + "[^\n]*"
        return re.escape(line)

    pattern = "\n".join(line_pattern(line) for line in expected)
    return re.fullmatch(pattern, "\n".join(actual), flags=re.DOTALL) is not None


DOCS_EXAMPLES = docs_examples()


@pytest.mark.parametrize(
    ("command", "expected"), DOCS_EXAMPLES, ids=[cmd[:50] for cmd, _ in DOCS_EXAMPLES]
)
def test_docs_cli_example_is_real(
    command: str,
    expected: list[str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import shlex

    monkeypatch.chdir(ROOT)  # the examples use paths relative to the project root
    if " | " in command:  # printf 'TEXT\n' | belnews ...
        producer, command = command.split(" | ")
        text = shlex.split(producer)[1].replace("\\n", "\n").replace("\\t", "\t")
        feed_stdin(monkeypatch, text.encode())
    argv = shlex.split(command, comments=True)
    assert argv[0] == "belnews"
    code, out, err = run(capsys, *argv[1:])
    expected_code = {"0": 0, "1": 1, "2": 2, "3": 3}.get(exit_note(command), 0)
    assert code == expected_code
    actual = out.splitlines() + err.splitlines()
    assert matches(expected, actual), "\n".join(actual)


def exit_note(command: str) -> str:
    """The exit status an example in docs/cli.md expects: ``0`` unless the page says otherwise
    in a ``# exit N`` comment at the end of the command."""
    return command.rsplit("# exit ", 1)[1].strip() if "# exit " in command else "0"


def test_docs_cover_every_subcommand() -> None:
    from belnews.cli import build_parser

    commands = build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    shown = {shlex_first(cmd) for cmd, _ in DOCS_EXAMPLES}
    assert set(commands) <= shown


def shlex_first(command: str) -> str:
    return command.split(" | ")[-1].split()[1]


def readme_quick_start() -> tuple[str, str]:
    """The README's first command (in its Quick start) and the text it shows below it."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick_start = readme[readme.index("## Quick start") :]
    block = quick_start[quick_start.index("```bash\n") + len("```bash\n") :]
    shown = block[block.index("```text\n") + len("```text\n") :]
    return block[: block.index("\n")], shown[: shown.index("```")]


def test_readme_quick_start_command_works(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The README's first command ends in a `belnews` call on a bundled file: run that call."""
    import shlex

    command, _ = readme_quick_start()
    assert ".venv/bin/belnews " in command
    argv = shlex.split(command.split(".venv/bin/belnews ", 1)[1])
    monkeypatch.chdir(ROOT)
    code, out, err = run(capsys, *argv)
    assert code == 0, err
    assert "Латушка" in out  # a person the article names, in Cyrillic


def test_every_subcommand_help_has_an_example(capsys: pytest.CaptureFixture[str]) -> None:
    from belnews.cli import build_parser

    commands = build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    for name in commands:
        code, out, _ = run(capsys, name, "--help")
        assert code == 0
        assert "example" in out, name
        assert f"belnews {name}" in out, name
        assert "--json" in out, name  # machine-readable output everywhere


# --- a real process ----------------------------------------------------------------------------


def test_python_m_belnews_streams_stdin() -> None:
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}  # the CLI must write UTF-8 regardless
    result = subprocess.run(
        [sys.executable, "-m", "belnews", "normalize", "-"],
        input=f"{NOISY}\r\nok\n".encode(),
        capture_output=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{CLEAN}\r\nok\n".encode()  # byte for byte, endings included
    assert result.stderr == b""


def test_python_m_belnews_bad_usage_exits_2_without_traceback() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "belnews", "frobnicate"],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert b"invalid choice: 'frobnicate'" in result.stderr
    assert b"Traceback" not in result.stderr


@pytest.mark.parametrize(
    "argv",
    [["normalize", "--no-such-option"], ["frobnicate"], ["latin", "--lang"], ["match", "A"]],
)
def test_bad_usage_is_one_line_on_stderr(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("belnews")
    assert "error:" in err
    assert "--help" in err


def test_readme_quick_start_output_is_what_the_command_prints(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The table the README shows under its first command is that command's real output."""
    import shlex

    command, shown = readme_quick_start()
    monkeypatch.chdir(ROOT)
    code, out, _ = run(capsys, *shlex.split(command.split(".venv/bin/belnews ", 1)[1]))
    assert code == 0
    assert out == shown


def test_match_min_kind_choices_are_the_match_kinds(capsys: pytest.CaptureFixture[str]) -> None:
    from belnews import MatchKind
    from belnews.cli._commands import MATCH_KINDS

    assert [kind.name for kind in sorted(MatchKind) if kind > MatchKind.NO_MATCH] == MATCH_KINDS
    code, out, _ = run(capsys, "match", "--min-kind", "exact", "Лукашэнка", "Lukashenko")
    assert (code, out.split(":")[0]) == (3, "no match")  # CROSS_LANGUAGE is below EXACT
    assert run(capsys, "match", "--min-kind", "nearly", "A", "B")[0] == 2


# --- people --------------------------------------------------------------------------------------


def test_people_one_row_per_person_across_documents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(
        "Łatuška in Vilnius\n\nPavieł Łatuška met Śviatłana Cichanoŭskaja in Vilnius.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Ціханоўская ў Варшаве\n\nСвятлана Ціханоўская сустрэлася з Паўлам Латушкам.\n",
        encoding="utf-8",
    )
    terminal = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    code, out, _ = run(capsys, "people", "-i", str(tmp_path))
    assert code == 0
    assert "2/2" in terminal.getvalue()  # the progress bar, on a terminal only
    header, *rows = out.splitlines()
    assert header.split() == ["cyrillic", "lacinka", "passport", "mentions", "documents"]
    tsikhanouskaya = [row for row in rows if row.startswith("Святлана Ціханоўская")]
    assert len(tsikhanouskaya) == 1  # two spellings, two scripts, two documents: one person
    assert "Śviatłana Cichanoŭskaja" in tsikhanouskaya[0]
    assert "Sviatlana Tsikhanouskaia" in tsikhanouskaya[0]
    assert str(tmp_path / "a.txt") in tsikhanouskaya[0]
    assert str(tmp_path / "b.txt") in tsikhanouskaya[0]


@pytest.mark.parametrize(
    "text",
    [
        "Аляксандр Лукашэнка заявіў.",  # one short sentence
        "Аляксандр Лукашэнка заявіў",  # without its full stop
        "Лукашэнка сустрэўся з Пуціным\nАляксандр Лукашэнка заявіў.",  # headline and sentence
        "Аляксандр Лукашэнка",  # a bare name (read as a byline by parse_article)
    ],
)
def test_people_finds_the_name_of_a_short_text(
    text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for argv in (("people", text), ("people",), ("people", "-i", str(tmp_path / "a.txt"))):
        (tmp_path / "a.txt").write_text(text, encoding="utf-8")
        feed_stdin(monkeypatch, text.encode())
        code, out, _ = run(capsys, *argv)
        assert code == 0
        rows = out.splitlines()
        assert len(rows) == 2, (argv, out)
        assert rows[1].split()[:2] == ["Аляксандр", "Лукашэнка"]
        assert rows[1].split()[-1] == "1"


def test_people_latin_short_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "people", "Śviatłana Cichanoŭskaja zajaviła.")
    assert code == 0
    assert out.splitlines()[1].split()[:2] == ["Святлана", "Ціханоўская"]
    code, out, _ = run(capsys, "people", "Aliaksandr Lukashenka said.")
    assert code == 0
    assert "Aliaksandr Lukashenka" in out.splitlines()[1]


def test_people_counts_a_document_given_twice_once(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, parsed, _ = run(capsys, "parse", "-i", str(POZIRK))
    feed_stdin(monkeypatch, (parsed + parsed).encode())
    code, out, err = run(capsys, "people")
    assert code == 1  # the second copy is reported, not counted
    assert "was added already" in err
    latuska = [row for row in out.splitlines() if row.startswith("Павел Латушка")]
    assert latuska[0].split()[-1] == "2"


def test_people_reads_what_parse_writes(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, parsed, _ = run(capsys, "parse", "-i", str(POZIRK))
    assert code == 0
    feed_stdin(monkeypatch, parsed.encode())
    code, out, _ = run(capsys, "people", "--json")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert list(rows[0])[:4] == ["file", "line", "input", "output"]
    latuska = [row for row in rows if row["output"] == "Павел Латушка"]
    assert latuska
    assert latuska[0]["documents"] == [str(POZIRK)]
    assert latuska[0]["mention_count"] == 2
    code, direct, _ = run(capsys, "people", "--json", "-i", str(POZIRK))
    assert direct == out  # from the article or from parse's JSON: the same people
    feed_stdin(monkeypatch, b'{"no": "article"}\n')
    code, _, err = run(capsys, "people")
    assert code == 1
    assert "not an article from `belnews parse`" in err


def test_version_fast_path_matches_the_parser(capsys: pytest.CaptureFixture[str]) -> None:
    """`belnews --version` answers before the parser is built; it must say what argparse says."""
    probe = (
        "import sys; sys.argv = ['belnews', '--version']\n"
        "from belnews.cli import main_entry; main_entry()"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0
    assert result.stdout == run(capsys, "--version")[1]


def test_every_id_systems_lists_is_one_latin_takes(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "systems", "--json")
    assert code == 0
    for row in map(json.loads, out.splitlines()):
        text = "Мінск" if row["lang"] == "be" else "Москва"
        code, latin, err = run(capsys, "latin", "-s", row["input"], text)
        assert (code, err) == (0, ""), row["input"]
        assert latin.startswith("M"), row["input"]


def test_a_compressed_or_pdf_file_is_reported_and_the_rest_go_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import gzip

    page = tmp_path / "page.html"
    page.write_bytes(gzip.compress(b"<html><h1>Title</h1><p>A page.</p></html>"))
    notes = tmp_path / "notes.txt"
    notes.write_bytes(b"%PDF-1.4\n\xe2\xe3\xcf\xd3 binary")
    good = tmp_path / "good.txt"
    good.write_text("Headline\n\nAliaksandr Lukashenka said it in Minsk on Monday.\n", "utf-8")
    code, out, err = run(capsys, "parse", "-i", str(page), "-i", str(notes), "-i", str(good))
    assert code == 1
    assert f"{page}: not a web page or text: gzip-compressed data (decompress it first)" in err
    assert f"{notes}: not a web page or text: a PDF document" in err
    assert len(out.splitlines()) == 1  # the good file is parsed
    assert "Traceback" not in err
