"""The error tree: every belnews error is also the builtin a caller would catch."""

from __future__ import annotations

import pytest

import belnews
from belnews.errors import ensure_str


def test_every_error_is_a_belnews_error_and_a_builtin() -> None:
    assert issubclass(belnews.ConfigError, ValueError)
    assert issubclass(belnews.DuplicateDocumentError, ValueError)
    assert issubclass(belnews.SystemDataError, ValueError)
    assert issubclass(belnews.UntransliterableError, ValueError)
    assert issubclass(belnews.UnknownSystemError, LookupError)
    for cls in (
        belnews.ConfigError,
        belnews.DuplicateDocumentError,
        belnews.SystemDataError,
        belnews.UntransliterableError,
        belnews.UnknownSystemError,
    ):
        assert issubclass(cls, belnews.BelnewsError)


def test_untransliterable_error_carries_char_index_and_system() -> None:
    err = belnews.UntransliterableError("щ", 3, "passport")
    assert (err.char, err.index, err.system) == ("щ", 3, "passport")
    assert "U+0449" in str(err)
    assert 'errors="keep"' in str(err)


def test_unknown_system_lists_the_known_ones() -> None:
    err = belnews.UnknownSystemError("lacinca", known=("lacinka", "iso9"))
    assert "lacinka, iso9" in str(err)
    assert isinstance(err, LookupError)


def test_ensure_str_explains_how_to_decode_bytes() -> None:
    assert ensure_str("ok") == "ok"
    with pytest.raises(TypeError, match=r"decode\('utf-8'\)"):
        ensure_str(b"bytes")
    with pytest.raises(TypeError, match="must be str, not int"):
        ensure_str(5)


@pytest.mark.parametrize(
    "error",
    [
        belnews.ConfigError("bad option"),
        belnews.DuplicateDocumentError("a.txt"),
        belnews.UnknownSystemError("x", known=("lacinka",), lang="ru"),
        belnews.SystemDataError("iso9", "sample 3 does not reproduce"),
        belnews.UntransliterableError("щ", 3, "passport"),
    ],
    ids=lambda e: type(e).__name__,
)
def test_errors_survive_pickling_with_their_fields(error: Exception) -> None:
    import pickle

    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    assert vars(copy) == vars(error)
