"""Every subcommand over every kind of input and output: TEXT arguments, a file (with a UTF-8 BOM),
stdin, a directory, ``-o FILE``, and a full disk.

For each subcommand the file, stdin and directory runs must print the same thing (up to the name
of the input), ``-o`` must write exactly what stdout would have shown, a byte-order mark must not
reach the output, and a failed write must be one line on stderr with exit status 1.
"""

from __future__ import annotations

import errno
import io
import sys
from pathlib import Path

import pytest

from belnews.cli import main
from cli_run import feed_stdin, run, run_process

ARTICLE = "Łatuška meets Cichanoŭskaja\n\nPavieł Łatuška met Śviatłana Cichanoŭskaja in Vilnius.\n"

# subcommand -> (extra options, input text)
CASES: dict[str, tuple[list[str], str]] = {
    "normalize": ([], "Шумілiна сям'я\n"),
    "latin": (["-s", "passport"], "Святлана Ціханоўская\n"),
    "cyrillic": ([], "Śviatłana Cichanoŭskaja\n"),
    "key": ([], "Ціханоўская\nTsikhanouskaya\n"),
    "match": ([], "Лукашэнка\tLukashenko\n"),
    "variants": ([], "Ціханоўская\n"),
    "names": ([], "Pavieł Łatuška met Śviatłana Cichanoŭskaja.\n"),
    "people": ([], ARTICLE),
    "parse": ([], ARTICLE),
}
BOM = "\ufeff"


def same(out: str, name: str) -> str:
    """Output with the input's name replaced, so runs on different inputs compare."""
    return out.replace(name, "INPUT").replace("<stdin>", "INPUT")


@pytest.mark.parametrize("command", list(CASES))
@pytest.mark.parametrize("json_output", [False, True], ids=["text", "json"])
def test_file_stdin_directory_and_output_file_agree(
    command: str,
    json_output: bool,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    options, text = CASES[command]
    options = [*options, "--json"] if json_output else options
    folder = tmp_path / "in"
    folder.mkdir()
    source = folder / "input.txt"
    source.write_bytes((BOM + text).encode("utf-8"))  # a BOM, as Windows editors write it

    code, by_file, err = run(capsys, command, *options, "-i", str(source))
    assert (code, err) == (0, "")
    assert by_file.strip()
    assert BOM not in by_file

    feed_stdin(monkeypatch, (BOM + text).encode("utf-8"))
    code, by_stdin, err = run(capsys, command, *options)
    assert (code, err) == (0, "")
    assert same(by_stdin, str(source)) == same(by_file, str(source))

    code, by_folder, err = run(capsys, command, *options, "-i", str(folder))
    assert (code, err) == (0, "")
    assert by_folder == by_file

    target = tmp_path / "out.txt"
    code, out, err = run(capsys, command, *options, "-i", str(source), "-o", str(target))
    assert (code, out, err) == (0, "", "")
    assert target.read_text(encoding="utf-8") == by_file


@pytest.mark.parametrize("command", [c for c in CASES if c not in ("people", "parse")])
def test_text_arguments_give_what_stdin_gives(
    command: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    options, text = CASES[command]
    first = text.splitlines()[0]
    words = first.split("\t") if command == "match" else first.split()
    code, by_arguments, err = run(capsys, command, *options, *words)
    assert (code, err) == (0, "")
    feed_stdin(monkeypatch, (first + "\n").encode())
    code, by_stdin, _ = run(capsys, command, *options)
    if command == "match":  # one pair is a sentence; pairs from input are TSV rows
        assert by_arguments.startswith("match: ")
        assert by_stdin.startswith("match\t")
    elif command == "variants":  # a name from input gets a heading
        assert by_stdin.splitlines()[1:] == ["  " + line for line in by_arguments.splitlines()]
    elif command == "names":
        assert [line.split("\t")[1:] for line in by_stdin.splitlines()] == [
            line.split("\t")[1:] for line in by_arguments.splitlines()
        ]
    else:
        assert by_stdin == by_arguments


class FullDisk(io.StringIO):
    """A stdout whose every write fails as on a full disk (ENOSPC)."""

    def write(self, text: str) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize("command", [*CASES, "systems"])
def test_full_disk_is_one_line_and_exit_1(
    command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    options, text = CASES.get(command, ([], ""))
    argv = [command, *options]
    if command != "systems":
        source = tmp_path / "input.txt"
        source.write_text(text, encoding="utf-8")
        argv += ["-i", str(source)]
    stderr = io.StringIO()
    monkeypatch.setattr(sys, "stdout", FullDisk())
    monkeypatch.setattr(sys, "stderr", stderr)
    assert main(argv) == 1
    assert stderr.getvalue() == "belnews: error: cannot write <stdout>: No space left on device\n"


def test_full_disk_in_a_real_process(tmp_path: Path) -> None:
    """`belnews latin -i big > /dev/full`: no traceback, one line, exit status 1."""
    if not Path("/dev/full").exists():
        pytest.skip("this system has no /dev/full")
    source = tmp_path / "big.txt"
    source.write_text("Святлана Ціханоўская\n" * 20_000, encoding="utf-8")
    with open("/dev/full", "w") as full:
        result = run_process("latin", "-i", str(source), stdout=full)
    assert result.returncode == 1
    assert result.stderr == b"belnews: error: cannot write <stdout>: No space left on device\n"
