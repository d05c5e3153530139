"""``fold_title``'s memo: the same answers, bounded, and never holding a huge title."""

from __future__ import annotations

from belnews.news import headline


def test_the_memo_gives_the_same_fold_as_the_words() -> None:
    for title in ("Rain in MINSK!", "Дождж у Мінску — Наша Ніва", "", "  ", "x" * 501):
        assert headline.fold_title(title) == headline._fold_words(title)
        assert headline.fold_title(title) == headline.fold_title(title)


def test_a_huge_title_is_not_kept() -> None:
    before = headline._fold_memo.cache_info().currsize
    huge = "Rain " * 200_000
    assert headline.fold_title(huge) == "rain " * 199_999 + "rain"
    assert headline._fold_memo.cache_info().currsize == before
    for number in range(3_000):
        headline.fold_title(f"Title {number}")
    assert headline._fold_memo.cache_info().currsize <= 1024
