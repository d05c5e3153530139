"""Datelines and dates: "December 2, Pozirk.", "09 December 2022.", "21.01.2026 / 09:00".

Three shapes occur on Belarusian news pages:

* a dateline glued to the lead: ``December 2, Pozirk. Fear, terror…`` (month, day, source);
* a date line of its own under the headline: ``September 26, 2021``, ``21.01.2026 / 09:00``,
  ``09 December 2022.``, ``2 снежня 2023``;
* none at all, when only the URL (``/2018/2/12/``, ``23-10-2021``) knows the date.

Every pattern here is anchored and made of bounded pieces, so matching is linear in the line.
"""

from __future__ import annotations

import datetime
import email.utils
import functools
import re
from typing import Final

import regex

from belnews.news.models import Dateline

__all__ = [
    "date_from_url",
    "date_in_text",
    "names_a_time",
    "parse_date_line",
    "parse_datetime",
    "resolve_date",
    "split_dateline",
]

# Month names as they appear in datelines: English (full and abbreviated), Belarusian Cyrillic and
# Łacinka (nominative and genitive), Russian (nominative and genitive) — read wherever a month
# may stand; then Ukrainian and Polish (nominative and genitive), German and French (full and
# abbreviated) in ``_DAY_FIRST_MONTHS``, read only after a day number, because these languages
# write the day first and some of their month words are other words when they open a line
# ("Mars 3", the planet; "Mai", "Dez", "Okt").  No name means two months in two languages.
_MONTHS: Final[dict[str, int]] = {}
for _number, _names in enumerate(
    (
        "january jan jan. студзень студзеня studzień studzienia январь января",
        "february feb feb. люты лютага luty lutaha февраль февраля",
        "march mar mar. сакавік сакавіка sakavik sakavika март марта",
        "april apr apr. красавік красавіка krasavik krasavika апрель апреля",
        "may травень траўня мая travień traŭnia maja май",
        "june jun jun. чэрвень чэрвеня červień červienia июнь июня",
        "july jul jul. ліпень ліпеня lipień lipienia июль июля",
        "august aug aug. жнівень жніўня žnivień žniŭnia август августа",
        "september sep sep. sept sept. верасень верасня vierasień vieraśnia сентябрь сентября",
        "october oct oct. кастрычнік кастрычніка kastryčnik kastryčnika октябрь октября",
        "november nov nov. лістапад лістапада listapad listapada ноябрь ноября",
        "december dec dec. снежань снежня śniežań śniežnia декабрь декабря",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number
_DAY_FIRST_MONTHS: Final[dict[str, int]] = dict(_MONTHS)
for _number, _names in enumerate(
    (
        "січень січня styczeń stycznia januar jänner janvier janv",
        "лютий лютого lutego februar février fevrier févr fevr",
        "березень березня marzec marca märz mär mrz mars",
        "квітень квітня kwiecień kwietnia avril avr",
        "травня maj mai",
        "червень червня czerwiec czerwca juni juin",
        "липень липня lipiec lipca juli juillet juil",
        "серпень серпня sierpień sierpnia août aout",
        "вересень вересня wrzesień września septembre",
        "жовтень жовтня październik października oktober okt octobre",
        "листопад листопада listopad listopada novembre",
        "грудень грудня grudzień grudnia dezember dez décembre",
    ),
    start=1,
):
    for _name in _names.split():
        if _MONTHS.get(_name, _number) != _number:  # not an assert: python -O keeps the table
            raise ValueError(f"month name {_name!r} means two months")
        _DAY_FIRST_MONTHS[_name] = _number

# Weekday names that may open a date line ("Monday, November 18, 2019"), in the same languages.
_WEEKDAY_NAMES: Final = (
    "monday tuesday wednesday thursday friday saturday sunday",
    "mon tue tues wed thu thur thurs fri sat sun",
    "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag",
    "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "poniedziałek wtorek środa czwartek piątek sobota niedziela",
    "понедельник вторник среда четверг пятница суббота воскресенье",
    "панядзелак аўторак серада чацвер пятніца субота нядзеля",
    "понеділок вівторок середа четвер пʼятниця п'ятниця неділя",
)
WEEKDAYS: Final = tuple(
    sorted({w for line in _WEEKDAY_NAMES for w in line.split()}, key=lambda w: (-len(w), w))
)

# The day and month names no person is called by: weekdays and months written in full, of six
# letters or more ("Saturday", "September", "сакавіка"; not the given names "May", "June",
# "April", "August")
_TIME_WORDS: Final = frozenset(
    word for word in (*WEEKDAYS, *_DAY_FIRST_MONTHS) if len(word) >= 6 and "." not in word
) - {"august"}


def names_a_time(phrase: str, /) -> bool:
    """Whether a capitalised phrase names a time, not a person: it holds a weekday's or a
    month's name written in full ("Earlier Saturday", "Last September")."""
    return any(word.lower().strip(".,") in _TIME_WORDS for word in phrase.split())


_MONTH: Final = r"(?P<month>\p{L}{3,11}\.?)"
_DMONTH: Final = r"(?P<dmonth>\p{L}{3,11}\.?)"  # a month after its day: either table
_DAY: Final = r"(?P<day>\d{1,2})"
_YEAR: Final = r"(?P<year>(?:19|20)\d\d)"
# after a leading day: an English or French ordinal ("18th", "1er") or a German full stop ("5.")
_DAY_SUFFIX: Final = r"(?:st|nd|rd|th|er|\.)?"
# after the year: the Russian/Belarusian "г." / "года", the Ukrainian "р." / "року", the Polish "r."
_YEAR_MARK: Final = r"(?: г\.| г| года| р\.| р| року| r\.| r)"
_SOURCE: Final = r"(?P<source>\p{Lu}[\p{L}\d+&.-]{0,30}(?: \p{Lu}[\p{L}\d+&.-]{0,30}){0,2})"
_PLACE: Final = r"(?P<place>\p{Lu}[\p{L}-]{1,30}(?: \p{Lu}[\p{L}-]{1,30}){0,2})"


@functools.cache
def _glued() -> tuple[regex.Pattern[str], ...]:
    """Datelines that open a paragraph and are followed by the lead."""
    return (
        # December 2, Pozirk.   December 2, 2024, BPN.   Dec. 2 (Pozirk) –
        regex.compile(
            rf"{_MONTH} {_DAY}(?:, {_YEAR})?(?:, {_SOURCE}\.| \({_SOURCE}\)\s?[-–—:])(?= |$)"
        ),
        # MINSK, December 2 (BPN) –   Minsk, December 2, Pozirk.
        regex.compile(
            rf"{_PLACE}, {_MONTH} {_DAY}(?:, {_YEAR})?"
            rf"(?:, {_SOURCE}\.| \({_SOURCE}\)\s?[-–—:]| ?[-–—])(?= |$)"
        ),
        # МИНСК, 2 декабря (БелТА) –   Мінск, 2 снежня 2023 –
        regex.compile(
            rf"{_PLACE}, {_DAY}\.? {_DMONTH}(?: {_YEAR})?(?: \({_SOURCE}\))?\s?[-–—](?= |$)"
        ),
        # 09 December 2022.   2 снежня 2023 г.
        regex.compile(rf"{_DAY} {_DMONTH} {_YEAR}{_YEAR_MARK}?\.(?= |$)"),
    )


_DIGIT: Final = re.compile(r"\d")


@functools.cache
def _whole() -> tuple[regex.Pattern[str], ...]:
    """Date lines that stand alone (the whole line is the date, maybe with a time or weekday)."""
    # a weekday before the date: "Monday, November 18, 2019", "Fri, 16 Feb 2018".  The weekdays
    # are a named list (``regex`` matches it as a set, the same strings in the same cases as
    # their alternation): four times cheaper to compile, and these compile inside the first
    # page that has a date line.
    before = r"(?:(?i:\L<weekdays>)\.?,? )?"
    time = r"(?:,? ?(?:/ )?\d{1,2}:\d\d)?"
    weekday = r"(?:, \p{L}{3,12})?"
    ordinal = r"(?:st|nd|rd|th)?"
    shapes = (
        rf"{before}{_MONTH} {_DAY}{ordinal}(?:,? {_YEAR})?{time}",
        rf"{before}{_DAY}{_DAY_SUFFIX} {_DMONTH}(?:,? {_YEAR})?{_YEAR_MARK}?{weekday}{time}\.?",
        rf"{before}{_DAY}\.(?P<nmonth>\d\d)\.{_YEAR}{time}",
        rf"{before}{_YEAR}-(?P<nmonth>\d\d)-{_DAY}(?:[T ]\d\d:\d\d(?::\d\d)?\S{{0,10}})?",
    )
    return tuple(regex.compile(shape, weekdays=WEEKDAYS) for shape in shapes)


@functools.cache
def _may_open_with_date() -> re.Pattern[str]:
    """What every :func:`_glued` pattern needs at its start, in the standard ``re`` (a cheap
    test first): a day number, first or after a month word of 3-11 letters, possibly after a
    place and a comma.  ``[^\\s\\d]`` holds every letter, and a place has no comma and at most
    3 x 31 + 2 characters, so every dateline passes this test."""
    word_then_day = r"[^\s\d]{3,11}\.? \d"
    return re.compile(rf"\d|{word_then_day}|[^,]{{2,95}}, (?:\d|{word_then_day})")


def _valid(month: int | None, day: int | None, year: int | None) -> bool:
    if month is None or day is None or not 1 <= month <= 12 or not 1 <= day <= 31:
        return False
    if year is not None and not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        return False  # year 0 (the year before a reference date of 1 January 1) does not exist
    try:
        datetime.date(2000 if year is None else year, month, day)  # 2000 is a leap year
    except ValueError:
        return False
    return True


def _month_of(match: regex.Match[str]) -> int | None:
    groups = match.groupdict()
    if groups.get("nmonth"):
        return int(groups["nmonth"])
    if groups.get("dmonth"):  # after its day: Ukrainian, Polish, German and French names too
        word = groups["dmonth"].lower()
        return _DAY_FIRST_MONTHS.get(word, _DAY_FIRST_MONTHS.get(word.rstrip(".")))
    word = (groups.get("month") or "").lower()
    return _MONTHS.get(word, _MONTHS.get(word.rstrip(".")))


def _dateline(match: regex.Match[str]) -> Dateline | None:
    groups = match.groupdict()
    month = _month_of(match)
    day = int(groups["day"])
    year = int(groups["year"]) if groups.get("year") else None
    if not _valid(month, day, year):
        return None
    return Dateline(
        month=month,
        day=day,
        year=year,
        source=groups.get("source"),
        place=groups.get("place"),
        raw=match.group(0),
    )


def split_dateline(paragraph: str, /) -> tuple[Dateline, str] | None:
    """A dateline that opens ``paragraph`` and the rest of the paragraph, or ``None``.

    >>> split_dateline("December 2, Pozirk. Fear, terror and persecution.")
    (Dateline(month=12, day=2, year=None, source='Pozirk', place=None, raw='December 2, Pozirk.'), 'Fear, terror and persecution.')
    """  # noqa: E501
    head = paragraph[:120]  # a dateline is short; never look further
    if _may_open_with_date().match(head) is None:
        return None  # the common case, settled by one standard-library match
    for pattern in _glued():
        match = pattern.match(head)
        if match is None:
            continue
        dateline = _dateline(match)
        rest = paragraph[match.end() :].strip()
        if dateline is not None and rest:
            return dateline, rest
    return None


def parse_date_line(line: str, /) -> Dateline | None:
    """A line that is nothing but a date ("September 26, 2021", "21.01.2026 / 09:00")."""
    line = line.strip()
    if len(line) > 60 or _DIGIT.search(line) is None:
        return None  # every date line has a day number: most lines end here, at C speed
    for pattern in (*_whole(), _glued()[-1]):
        match = pattern.fullmatch(line)
        if match is not None:
            dateline = _dateline(match)
            if dateline is not None:
                return Dateline(
                    month=dateline.month,
                    day=dateline.day,
                    year=dateline.year,
                    source=dateline.source,
                    place=dateline.place,
                    raw=line,
                )
    return None


@functools.cache
def _in_text() -> tuple[regex.Pattern[str], ...]:
    """Full dates inside a short text ("Posted: Fri 6:45 PM, Feb 16, 2018")."""
    ordinal = r"(?:st|nd|rd|th)?"
    return (
        regex.compile(rf"(?<!\p{{L}}){_MONTH} {_DAY}{ordinal},? {_YEAR}(?!\d)"),
        regex.compile(rf"(?<!\d){_DAY}{_DAY_SUFFIX} {_DMONTH},? {_YEAR}(?!\d)"),
        regex.compile(rf"(?<!\d){_DAY}\.(?P<nmonth>\d\d?)\.{_YEAR}(?!\d)"),
        regex.compile(rf"(?<!\d){_YEAR}-(?P<nmonth>\d\d)-{_DAY}(?!\d)"),
    )


def date_in_text(text: str, /) -> datetime.date | None:
    """The first full date (day, month, year) written in the first 120 characters of ``text``,
    in the shapes of :func:`parse_date_line`; ``None`` when there is none.

    >>> date_in_text("Posted: Fri 6:45 PM, Feb 16, 2018 | Updated: Sat 8:31 PM")
    datetime.date(2018, 2, 16)
    """
    head = text[:120]
    if _DIGIT.search(head) is None:
        return None
    found: list[tuple[int, datetime.date]] = []
    for pattern in _in_text():
        for match in pattern.finditer(head):
            dateline = _dateline(match)
            if dateline is not None and dateline.year and dateline.month and dateline.day:
                found.append(
                    (match.start(), datetime.date(dateline.year, dateline.month, dateline.day))
                )
                break
    return min(found)[1] if found else None


@functools.cache
def _url_patterns() -> tuple[re.Pattern[str], ...]:
    # the standard re: plain digits and fixed-width look-behinds, found fastest there
    return (
        re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)/(?P<nmonth>\d\d?)/(?P<day>\d\d?)(?!\d)"),
        re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)-(?P<nmonth>\d\d)-(?P<day>\d\d)(?!\d)"),
        re.compile(r"(?<!\d)(?P<day>\d\d)-(?P<nmonth>\d\d)-(?P<year>(?:19|20)\d\d)(?!\d)"),
        # /2019/nov/18/ (The Guardian, PolitiFact): an English month abbreviation between
        re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)/(?P<month>[A-Za-z]{3})/(?P<day>\d\d?)(?!\d)"),
    )


_URL_MONTHS: Final = {
    name: number
    for number, name in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1
    )
}


def date_from_url(url: str | None, /) -> datetime.date | None:
    """A full date written in a URL path (``/2018/2/12/``, ``2021-10-23``, ``23-10-2021``,
    ``/2019/nov/18/``).

    >>> date_from_url("https://www.theguardian.com/world/2019/nov/18/some-story")
    datetime.date(2019, 11, 18)
    """
    if not url:
        return None
    path = url.split("?", 1)[0][:2000]
    for pattern in _url_patterns():
        for match in pattern.finditer(path):
            groups = match.groupdict()
            year, day = int(groups["year"]), int(groups["day"])
            month = _URL_MONTHS.get(groups["month"].lower()) if groups.get("month") else None
            month = month or int(groups.get("nmonth") or 0)
            if _valid(month, day, year):
                return datetime.date(year, month, day)
    return None


def resolve_date(
    dateline: Dateline | None,
    *,
    url: str | None = None,
    reference_date: datetime.date | None = None,
) -> datetime.date | None:
    """The article's date: from the dateline when it is complete, else completed from the URL
    or the reference date (the latest such date not after it), else the URL's date."""
    from_url = date_from_url(url)
    if dateline is None or dateline.month is None or dateline.day is None:
        return from_url
    month, day = dateline.month, dateline.day
    if dateline.year is not None:
        valid = _valid(month, day, dateline.year)
        return datetime.date(dateline.year, month, day) if valid else None
    if from_url is not None and _valid(month, day, from_url.year):
        return datetime.date(from_url.year, month, day)
    if reference_date is not None:
        for year in (reference_date.year, reference_date.year - 1):
            if _valid(month, day, year):
                candidate = datetime.date(year, month, day)
                if candidate <= reference_date:
                    return candidate
    return None


# --- stated dates (meta tags, JSON-LD, <time datetime>) ------------------------------------------

_ISO: Final = re.compile(
    r"\s*(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:[.,]\d+)?)?"
    r"\s*(Z|UTC|GMT|[+-]\d\d:?\d\d|[+-]\d\d)?)?"
)


def _tz(text: str | None) -> datetime.tzinfo | None:
    if not text:
        return None
    if text in ("Z", "UTC", "GMT"):  # (a zone written by name: "2019-11-19 02:24:00 UTC")
        return datetime.timezone.utc
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    if hours > 23 or minutes > 59:
        return None
    return datetime.timezone(sign * datetime.timedelta(hours=hours, minutes=minutes))


def parse_datetime(text: str, /) -> tuple[datetime.datetime | None, datetime.date | None]:
    """``(aware datetime or None, date or None)`` from an ISO 8601 or RFC 2822 date string.

    >>> parse_datetime("2015-07-24T05:36:09+01:00")[0].isoformat()
    '2015-07-24T05:36:09+01:00'
    >>> parse_datetime("2024-06-25")
    (None, datetime.date(2024, 6, 25))
    >>> parse_datetime("2019-11-19 02:24:00 UTC")[0].isoformat()
    '2019-11-19T02:24:00+00:00'
    """
    match = _ISO.match(text[:64])
    if match is None:
        return _parse_rfc2822(text[:64])
    year, month, day, hour, minute, second, zone = match.groups()
    try:
        date = datetime.date(int(year), int(month), int(day))
        if hour is None:
            return None, date
        tzinfo = _tz(zone)
        if tzinfo is None:
            return None, date
        moment = datetime.datetime(
            date.year, date.month, date.day, int(hour), int(minute), int(second or 0),
            tzinfo=tzinfo,
        )  # fmt: skip
    except ValueError:
        return None, None
    return moment, date


def _parse_rfc2822(text: str) -> tuple[datetime.datetime | None, datetime.date | None]:
    if not text[:1].isalpha() and not text[:1].isdigit():
        return None, None
    try:
        moment = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None, None
    if moment.tzinfo is None:
        return None, moment.date()
    return moment, moment.date()
