"""Bytes of a saved web page to text, saying which encoding was used.

The order (the one browsers and the WHATWG encoding sniffing algorithm use, without HTTP headers):

1. a byte-order mark (UTF-8, UTF-16 LE/BE) — ``"utf-8-sig"`` / ``"utf-16-le"`` / ``"utf-16-be"``;
   without one, markup whose every ASCII character has a zero byte beside it is UTF-16 all
   the same (``"utf-16-le (no BOM)"``: a file saved so is no 8-bit page);
2. a declaration in the first 4 KB: ``<meta charset="…">`` or
   ``<meta http-equiv="Content-Type" content="…; charset=…">`` (and an XML declaration's
   ``encoding="…"``), when Python knows the name and the bytes decode with it strictly;
3. strict UTF-8;
4. UTF-8 with the invalid bytes replaced by U+FFFD when they are few (a download cut inside its
   last character, or at most one bad byte per hundred good non-ASCII characters), reported as
   ``"utf-8 (invalid bytes replaced)"``;
5. the fallback: ``windows-1251`` when the bytes look Cyrillic (most of their high bytes are
   windows-1251 letters: 0xC0–0xFF and Ёё Іі Ўў Єє Її Ґґ), else ``windows-1252`` (the Western
   web default, which WHATWG also uses for ``latin-1``).  A fallback decode never fails
   (undefined bytes become U+FFFD) and is reported as e.g. ``"windows-1251 (fallback)"`` in
   :func:`decode_html`'s result, so a guessed encoding is never mistaken for a declared one.
"""

from __future__ import annotations

import codecs
import re
from typing import Final

from belnews.errors import NotTextError

__all__ = ["binary_kind", "decode_html"]

_SNIFF_BYTES: Final = 4096
_DECLARATION: Final = re.compile(
    rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{1,40})"""
    rb"""|<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:\-]{1,40})""",
    re.IGNORECASE,
)
_BOMS: Final = (
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
)
# windows-1251 letters outside 0xC0–0xFF: Ё ё Ђ ђ Ѓ ѓ Є є Ѕ ѕ І і Ї ї Ј ј Љ љ Њ њ Ћ ћ Ќ ќ
# Ў ў Џ џ Ґ ґ
_CP1251_EXTRA = frozenset(b"\xa8\xb8\x80\x90\x81\x83\xaa\xba\xbd\xbe\xb2\xb3\xaf\xbf\xa3\xbc")
_CP1251_EXTRA |= frozenset(b"\x8a\x9a\x8c\x9c\x8e\x9e\x8d\x9d\xa1\xa2\x8f\x9f\xa5\xb4")


def _declared(head: bytes) -> str | None:
    """The encoding a ``<meta>`` or XML declaration names, as Python's codec name."""
    match = _DECLARATION.search(head)
    if match is None:
        return None
    name = (match.group(1) or match.group(2)).decode("ascii").lower()
    if name in ("utf-16", "utf-16le", "utf-16be", "utf-32"):
        return "utf-8"  # WHATWG: a page that reached us as bytes without a BOM is not UTF-16
    if name in ("latin-1", "latin1", "iso-8859-1", "ascii", "us-ascii"):
        return "windows-1252"  # WHATWG maps these labels to windows-1252
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 but for a character cut at the end, or one bad byte per hundred good characters."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start >= len(data) - 3:  # a download cut inside its last character?
            try:
                data[: error.start].decode("utf-8")
                codecs.getincrementaldecoder("utf-8")().decode(data[error.start :], final=False)
                return True  # the tail is the start of a valid character
            except UnicodeDecodeError:
                pass
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for char in text if char > "\x7f") - bad
    return bad * 100 <= good


def _looks_cyrillic(data: bytes) -> bool:
    """Bytes ≥ 0x80 are windows-1251 letters and come in runs (words), in the first 64 KB.

    Western windows-1252 text has its accented letters alone between ASCII letters ("Zürich");
    Cyrillic text in windows-1251 has whole words of high bytes.
    """
    sample = data[:65536]
    high = [i for i, byte in enumerate(sample) if byte >= 0x80]
    if not high:
        return False
    letters = sum(1 for i in high if sample[i] >= 0xC0 or sample[i] in _CP1251_EXTRA)
    high_set = set(high)
    in_runs = sum(1 for i in high if i - 1 in high_set or i + 1 in high_set)
    return letters >= 0.8 * len(high) and in_runs >= 0.5 * len(high)


def _utf16_without_bom(head: bytes) -> str | None:
    """``"utf-16-le"``/``"utf-16-be"`` when the page's first bytes are mostly ASCII markup with
    a zero byte beside each character (a UTF-16 file saved without its BOM), else ``None``: 7
    in 10 characters of the first 256 (an 8-bit page has no zero bytes at all)."""
    head = head[: len(head) // 2 * 2]
    if len(head) < 16:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) >= 0.7 * len(odd) and even.count(0) <= 0.3 * len(even) and b"<" in even:
        return "utf-16-le"
    if even.count(0) >= 0.7 * len(even) and odd.count(0) <= 0.3 * len(odd) and b"<" in odd:
        return "utf-16-be"
    return None


# The signatures of the files a crawler or a user may save under a page's name that hold no text:
# (magic bytes at the start, offset of a second part or -1, that part, what the file is).
_SIGNATURES: Final = (
    (b"\x1f\x8b", -1, b"", "gzip-compressed data (decompress it first)"),
    (b"%PDF-", -1, b"", "a PDF document"),
    (b"PK\x03\x04", -1, b"", "a ZIP archive (or an Office or EPUB document)"),
    (b"\xfd7zXZ\x00", -1, b"", "xz-compressed data (decompress it first)"),
    (b"\x28\xb5\x2f\xfd", -1, b"", "zstd-compressed data (decompress it first)"),
    (b"BZh", 4, b"1AY&SY", "bzip2-compressed data (decompress it first)"),
    (b"7z\xbc\xaf\x27\x1c", -1, b"", "a 7-Zip archive"),
    (b"\x89PNG\r\n\x1a\n", -1, b"", "a PNG image"),
    (b"\xff\xd8\xff", -1, b"", "a JPEG image"),
    (b"GIF8", -1, b"", "a GIF image"),
    (b"RIFF", 8, b"WEBP", "a WebP image"),
)


def binary_kind(data: bytes, /) -> str | None:
    """What ``data`` is when its first bytes are the signature of a file that holds no text (a
    gzip or PDF file saved as ``.html``), else ``None``.

    >>> binary_kind(b"%PDF-1.7 ..."), binary_kind(b"<p>x")
    ('a PDF document', None)
    """
    for magic, at, part, kind in _SIGNATURES:
        if data.startswith(magic) and (at < 0 or data.startswith(part, at)):
            return kind
    return None


def decode_html(data: bytes, /) -> tuple[str, str]:
    """``(text, encoding)``: the page as text and the encoding used (see the module docstring).

    >>> decode_html("<meta charset=windows-1251><p>Мінск".encode("cp1251"))[1]
    'cp1251'
    >>> decode_html(b"\\xef\\xbb\\xbf<p>x")
    ('<p>x', 'utf-8')
    >>> decode_html("<p>Мінск, пачатак".encode("cp1251"))[1]
    'windows-1251 (fallback)'

    Bytes with the signature of a file that holds no text raise :class:`NotTextError`.
    """
    kind = binary_kind(data)
    if kind is not None:
        raise NotTextError(f"not a web page or text: {kind}")
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace"), label
    wide = _utf16_without_bom(data[:512])
    if wide is not None:
        return data.decode(wide, errors="replace"), f"{wide} (no BOM)"
    declared = _declared(data[:_SNIFF_BYTES])
    if declared is not None:
        try:
            return data.decode(declared), declared
        except UnicodeDecodeError:
            pass  # the declaration is wrong: go on as if there were none
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        return data.decode("utf-8", errors="replace"), "utf-8 (invalid bytes replaced)"
    if _looks_cyrillic(data):
        return data.decode("cp1251", errors="replace"), "windows-1251 (fallback)"
    return data.decode("cp1252", errors="replace"), "windows-1252 (fallback)"
