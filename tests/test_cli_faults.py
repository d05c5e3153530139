"""Faults the command line meets in real pipelines, each one line on stderr with a documented exit
status: a closed stdout, Ctrl-C, unreadable files, FIFOs and broken links in a directory, files
named ``-``, a document that crashes the parser, bad usage, other encodings, the input rule."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from cli_run import feed_stdin, run, run_process

ROOT = Path(__file__).resolve().parent.parent
POZIRK = ROOT / "examples" / "pozirk_one-in-30-belarusians.txt"


# --- a real process: closed stdout, Ctrl-C -----------------------------------------------------


def test_closed_stdout_stops_quietly_with_141(tmp_path: Path) -> None:
    """`belnews latin -i big | head -1`: no traceback, no message, exit status 141 (as `cat`)."""
    source = tmp_path / "big.txt"
    source.write_text("Мінск\n" * 200_000, encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "belnews", "latin", "-i", str(source)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    assert process.stderr is not None
    assert process.stdout.readline() == b"Minsk\n"
    process.stdout.close()  # the reader goes away, as `head -1` does
    err = process.stderr.read()
    assert process.wait(timeout=60) == 141
    assert err == b""


def _sigint_default() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_is_one_line_and_130() -> None:
    # The child gets Ctrl-C's default disposition: a suite started in the background by a
    # non-interactive shell inherits SIGINT ignored, and Python then never sees the signal.
    process = subprocess.Popen(
        [sys.executable, "-m", "belnews", "latin"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=_sigint_default,
    )
    assert process.stdin is not None
    assert process.stdout is not None
    process.stdin.write("Мінск\n".encode())
    process.stdin.flush()
    assert process.stdout.readline() == b"Minsk\n"  # it is running, waiting for more input
    process.send_signal(signal.SIGINT)
    assert process.wait(timeout=60) == 130  # stdin still open: the signal ends it, not an EOF
    _, err = process.communicate(timeout=60)
    assert err.decode().strip() == "belnews: interrupted"


# --- files and directories ----------------------------------------------------------------------


def test_fifo_and_broken_link_in_a_directory_do_not_stop_the_batch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this system")
    (tmp_path / "a.txt").write_text("Мінск\n", encoding="utf-8")
    os.mkfifo(tmp_path / "b.txt")  # opening it would wait for a writer forever
    (tmp_path / "c.txt").symlink_to(tmp_path / "gone.txt")
    (tmp_path / "d.txt").write_text("Гродна\n", encoding="utf-8")
    code, out, err = run(capsys, "latin", "-i", str(tmp_path))
    assert code == 1  # the broken link is a failure; the FIFO is skipped with a message
    assert out == "Minsk\nHrodna\n"
    assert err.splitlines() == [
        f"belnews: {tmp_path / 'b.txt'}: skipped, not a regular file (a FIFO)",
        f"belnews: error: {tmp_path / 'c.txt'}: broken symbolic link (its target does not exist)",
        "belnews: 4 inputs: 2 done, 1 failed, 1 skipped",
    ]


def test_broken_link_and_unreadable_file_given_by_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "gone.txt")
    locked = tmp_path / "locked.txt"
    locked.write_text("Мінск\n", encoding="utf-8")
    real_open = open

    def refusing_open(file: object, *args: object, **kwargs: object) -> object:
        if str(file) == str(locked):  # as chmod 000 does for anyone but root
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("builtins.open", refusing_open)
    good = tmp_path / "good.txt"
    good.write_text("Гродна\n", encoding="utf-8")
    code, out, err = run(capsys, "key", "-i", str(link), "-i", str(locked), "-i", str(good))
    assert code == 1
    assert len(out.splitlines()) == 1  # the good file still gives its key
    assert err.splitlines() == [
        f"belnews: error: {link}: broken symbolic link (its target does not exist)",
        f"belnews: error: {locked}: permission denied",
        "belnews: 3 inputs: 1 done, 2 failed",
    ]


def test_a_file_named_dash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`-i -` is stdin; a file named `-` is `./-`, and inside a directory it is just a file."""
    (tmp_path / "-").write_text("Мінск\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    feed_stdin(monkeypatch, "Гродна\n".encode())
    assert run(capsys, "latin", "-i", "-") == (0, "Hrodna\n", "")
    assert run(capsys, "latin", "-i", "./-") == (0, "Minsk\n", "")
    (tmp_path / "dir").mkdir()
    (tmp_path / "dir" / "-.txt").write_text("Брэст\n", encoding="utf-8")
    assert run(capsys, "latin", "-i", "dir") == (0, "Brest\n", "")


def test_a_crashing_document_does_not_stop_parse(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import belnews.news

    real = belnews.news.parse_article

    def fragile(text: str, **options: object) -> object:
        if "CRASH" in text:
            raise ValueError("max() arg is an empty sequence")
        return real(text, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(belnews.news, "parse_article", fragile)
    for name, text in [("a.txt", "First\n\nText.\n"), ("b.txt", "CRASH\n"), ("c.txt", "Third\n")]:
        (tmp_path / name).write_text(text, encoding="utf-8")
    code, out, err = run(capsys, "parse", "-i", str(tmp_path))
    assert code == 1
    assert len(out.splitlines()) == 2  # the files after the crash are parsed
    assert err.splitlines() == [
        f"belnews: error: {tmp_path / 'b.txt'}: could not be read (ValueError: max() arg is an "
        "empty sequence); please report this file",
        "belnews: 3 files: 2 done, 1 failed",
    ]


def test_output_file_that_is_an_input_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "a.txt"
    source.write_text("Мінск\n", encoding="utf-8")
    code, _, err = run(capsys, "latin", "-i", str(source), "-o", str(source))
    assert code == 2
    assert "is also an input" in err
    assert source.read_text(encoding="utf-8") == "Мінск\n"  # not truncated
    code, _, err = run(capsys, "latin", "Мінск", "-o", str(tmp_path / "no" / "such" / "dir"))
    assert code == 1
    assert err.startswith("belnews: error: cannot write ")


# --- the input rule ------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["latin", "normalize", "key", "names", "parse", "variants"])
def test_a_text_argument_that_is_a_path_is_refused(
    command: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(ROOT)
    code, out, err = run(capsys, command, "README.md")
    assert (code, out) == (2, "")
    assert "'README.md' is an existing file: to read it, use -i README.md" in err
    code, _, err = run(capsys, command, "examples")
    assert "'examples' is an existing directory: to read it, use -i examples" in err


def test_text_and_input_files_exclude_each_other(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "latin", "Мінск", "-i", str(POZIRK))
    assert code == 2
    assert "not allowed with" in err


# --- bad usage is always 2 ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["latin", "-s", "lacinka-1929", "Мінск"],  # unknown system
        ["latin", "--lang", "by", "Мінск"],
        ["latin", "--errors", "skip", "Мінск"],
        ["cyrillic", "--orthography", "klasyčny", "Minsk"],
        ["cyrillic", "-s", "nope", "Minsk"],
        ["latin", "-e", "no-such-encoding", "Мінск"],
        ["normalize", "--explain", "--json", "x"],
        ["systems", "--lang", "pl"],
        ["match", "one name"],
    ],
)
def test_bad_usage_exits_2_with_one_line(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, *argv)
    assert (code, out) == (2, "")
    assert err.count("\n") == 1
    assert err.startswith("belnews")


def test_unknown_system_suggests_the_closest(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "latin", "-s", "pasport", "Мінск")
    assert code == 2
    assert "did you mean" in err
    assert "passport" in err
    assert "belnews systems" in err
    assert "system_ids()" not in err  # the command line's terms, not the Python API's
    assert run(capsys, "latin", "-s", "Passport", "Мінск")[:2] == (0, "Minsk\n")


# --- encodings and the byte-order mark -----------------------------------------------------------


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r", "utf-16", "utf-8-sig"])
def test_input_encoding(encoding: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "Мінск\nГродна\n" if encoding != "koi8-r" else "Минск\nГродно\n"
    source = tmp_path / "in.txt"
    source.write_bytes(text.encode(encoding))
    lang = ["--lang", "ru", "-s", "wikipedia"] if encoding == "koi8-r" else []
    code, out, err = run(capsys, "latin", *lang, "-e", encoding, "-i", str(source))
    assert (code, err) == (0, "")
    assert out == ("Minsk\nGrodno\n" if encoding == "koi8-r" else "Minsk\nHrodna\n")


def test_wrong_encoding_names_the_line_and_the_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.txt"
    source.write_bytes("Мінск\n".encode() + "Гродна\n".encode("cp1251"))
    code, out, err = run(capsys, "latin", "-i", str(source))
    assert (code, out) == (1, "Minsk\n")
    assert err == (
        f"belnews: error: {source}:2: not valid UTF-8 (byte 0xc3 at column 1); give the input's "
        "encoding with -e (e.g. -e cp1251) or convert it to UTF-8\n"
    )


def test_a_bom_is_dropped_only_at_the_start(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    feed_stdin(monkeypatch, "\ufeffМінск\n\ufeffГродна\n".encode())
    code, out, _ = run(capsys, "normalize")
    assert code == 0
    assert not out.startswith("\ufeff")
    feed_stdin(monkeypatch, "\ufeff".encode())  # a file that is only a BOM is empty
    assert run(capsys, "latin") == (0, "", "")


# --- a very long line ----------------------------------------------------------------------------


@pytest.mark.parametrize("command", [["latin"], ["latin", "-s", "passport"], ["normalize"]])
def test_a_line_longer_than_a_piece_converts_as_a_whole(
    command: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A filter takes a huge line in pieces cut between words (memory stays bounded); the output
    is exactly the conversion of the whole line, and the line after it keeps its number."""
    from belnews import normalize, to_latin
    from belnews.cli import _io

    monkeypatch.setattr(_io, "BATCH_BYTES", 64)
    monkeypatch.setattr(_io, "PIECE_BYTES", 100)  # pieces of about 100 bytes
    words = "Святлана  Ціханоўская сям'я\tПавел Латушка ЦІХАНОЎСКАЯ Шумілiна"
    line = " ".join([words] * 40)
    feed_stdin(monkeypatch, f"{line}\nѢ\n".encode())
    convert = normalize if command == ["normalize"] else None
    code, out, err = run(capsys, *command)
    if convert is None:
        system = command[2] if len(command) > 2 else "lacinka"
        expected = to_latin(line, system)
        assert code == 1  # Ѣ has no Latin value: reported as line 2, its output line empty
        assert err.startswith("belnews: error: <stdin>:2: ")
        assert out == expected + "\n\n"
    else:
        assert (code, err) == (0, "")
        assert out == normalize(line) + "\n" + normalize("Ѣ") + "\n"


def test_word_cut_splits_no_word_and_no_run_of_spaces() -> None:
    from belnews.cli._io import word_cut

    assert word_cut(b"abc def") == 4
    assert word_cut(b"abc   def") == 6
    assert word_cut(b"abc def   ") == 4  # trailing blanks stay with what follows
    assert word_cut(b"abcdef") == 0
    assert word_cut(b"") == 0


def test_an_html_page_is_decoded_as_it_declares(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without -e, an HTML file is read as the page says (<meta charset>); -e overrides."""
    import json

    page = tmp_path / "page.html"
    html = (
        '<html><head><meta charset="windows-1251"><title>Навіны</title></head>'
        "<body><h1>Латушка ў Гаазе</h1><p>Павел Латушка выступіў у Міжнародным крымінальным "
        "судзе.</p></body></html>"
    )
    page.write_bytes(html.encode("cp1251"))
    code, out, err = run(capsys, "parse", "-i", str(page))
    assert (code, err) == (0, "")
    assert json.loads(out)["output"]["headline"] == "Латушка ў Гаазе"
    code, _, err = run(capsys, "parse", "-e", "utf-8", "-i", str(page))
    assert code == 1
    assert "not valid UTF-8" in err


def test_output_file_inside_a_directory_being_read_is_not_read_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text("Мінск\n", encoding="utf-8")
    target = tmp_path / "z.txt"
    target.write_text("Minsk\n", encoding="utf-8")  # the output of an earlier run
    code, _, err = run(capsys, "latin", "-i", str(tmp_path), "-i", "missing.txt", "-o", str(target))
    assert code == 1  # the missing file
    assert target.read_text(encoding="utf-8") == "Minsk\n"
    assert f"{target}: skipped, it is the output file (-o)" in err


def test_bad_usage_leaves_the_output_file_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out.txt"
    target.write_text("yesterday's results\n", encoding="utf-8")
    assert run(capsys, "latin", "-s", "nope", "Мінск", "-o", str(target))[0] == 2
    assert target.read_text(encoding="utf-8") == "yesterday's results\n"
    empty = tmp_path / "empty.txt"
    (tmp_path / "blank.txt").write_text("", encoding="utf-8")
    assert run(capsys, "latin", "-i", str(tmp_path / "blank.txt"), "-o", str(empty))[0] == 0
    assert empty.read_text(encoding="utf-8") == ""  # a run that succeeds creates its output


@pytest.mark.parametrize(
    "argv",
    [
        ["latin", "-s", "pasport", "Мінск"],
        ["latin", "--lang", "ru", "-s", "lacinka", "Мінск"],
        ["latin", "-s", "ru:passport", "--lang", "be", "Мінск"],
        ["latin", "-s", "national-2007", "Ѣ"],
        ["latin", "-s", "passport", "--no-assimilation", "Мінск"],
        ["cyrillic", "-s", "nope", "Minsk"],
        ["cyrillic", "-s", "passport", "--no-assimilation", "Minsk"],
    ],
)
def test_messages_speak_the_command_line_not_python(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """A user of the command line sees options (-s, --errors), not Python calls or keywords."""
    _, _, err = run(capsys, *argv)
    assert err.startswith("belnews: error: ")
    for python in ("()", "lang=", "errors=", "belnews.", "Error:", "Traceback"):
        assert python not in err, err


def test_stdout_redirected_into_a_directory_being_read_is_not_read(tmp_path: Path) -> None:
    """``belnews latin -i dir > dir/out.txt``: the shell creates out.txt before belnews lists
    the directory; reading it back would grow it without end."""
    (tmp_path / "a.txt").write_text("Тэст\n", encoding="utf-8")
    out = tmp_path / "out.txt"
    with out.open("wb") as stdout:
        done = run_process("latin", "-i", str(tmp_path), stdout=stdout, timeout=60)
    assert done.returncode == 0
    assert out.read_text(encoding="utf-8") == "Test\n"
    assert b"skipped, it is where stdout goes" in done.stderr
