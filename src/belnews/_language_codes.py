"""Language codes, read one way everywhere: a tag or locale's primary subtag, and ISO 639-2
codes (bibliographic and terminological forms) as their ISO 639-1 codes.

Used by the HTML reader (``<html lang>`` → ``Article.language``) and by ``find_names``
(which languages decline names), so "rus", "RU" and "ru_RU" mean one language in both.
"""

from __future__ import annotations

__all__ = ["NO_LANGUAGE", "THREE_LETTER_CODES", "primary_subtag"]

# The languages belnews reads, their neighbours, and the Germanic and Romance languages that do
# not decline names; "hbs" (Serbo-Croatian) reads as its old two-letter code "sh".
THREE_LETTER_CODES = {
    "bel": "be", "rus": "ru", "ukr": "uk", "pol": "pl", "lit": "lt", "lav": "lv",
    "ces": "cs", "cze": "cs", "slk": "sk", "slo": "sk", "slv": "sl", "hrv": "hr", "srp": "sr",
    "bos": "bs", "hbs": "sh", "bul": "bg", "mkd": "mk", "mac": "mk",
    "eng": "en", "deu": "de", "ger": "de", "fra": "fr", "fre": "fr", "spa": "es", "por": "pt",
    "ita": "it", "nld": "nl", "dut": "nl", "cat": "ca", "glg": "gl", "oci": "oc", "swe": "sv",
    "dan": "da", "nor": "no", "nob": "nb", "nno": "nn", "afr": "af", "fry": "fy", "ltz": "lb",
    "est": "et", "fin": "fi", "hun": "hu", "ron": "ro", "rum": "ro", "ell": "el", "gre": "el",
    "tur": "tr", "jpn": "ja", "kor": "ko", "zho": "zh", "chi": "zh",
}  # fmt: skip

NO_LANGUAGE = frozenset({"und", "mul", "zxx", "mis"})  # undetermined, several, none, uncoded


def primary_subtag(tag: str, /) -> str:
    """The primary language subtag of a tag or locale, lower case, as its two-letter code where
    one is listed: " be_BY" → "be", "RUS" → "ru", "en-US" → "en", "und" → "und".

    >>> primary_subtag(" be_BY"), primary_subtag("RUS"), primary_subtag("en-US")
    ('be', 'ru', 'en')
    """
    primary = tag.strip().replace("_", "-").split("-")[0].lower()
    return THREE_LETTER_CODES.get(primary, primary)
