"""Detect personal identifiers in free text, so anonymous records stay anonymous.

The same rules run in the worker app (``static/worker/identifiers.js``) and here on the server;
tests/identifier_cases.json is the one table both are tested against. Text is normalised first
(NFKC, dash-likes to '-', invisible characters removed, "(at)"/" dot " spelled out as @ and .), so
spaced, glued or disguised forms meet the same three rules:

- identity code: DDMMYY, a century sign (+ - A B-F U-Y) or a space or nothing, ZZZ and a valid
  mod-31 check character over DDMMYYZZZ (the 2023 signs change nothing in the check);
- phone: + or 00 then 7-15 digits, or 0 then 6-11 digits (Finnish trunk prefix), with short
  separators between digits; dates and times with dots (22.11.2026, 07.30-09.00) are not phones;
- e-mail: local@domain.tld with a letter top-level domain.
"""

import re
import unicodedata

from django.utils.translation import gettext_lazy as _

INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
DASHES = re.compile("[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]")
BRACKETED_AT = re.compile(r"\s*[(\[{<]\s*(?:at|a|ät|@)\s*[)\]}>]\s*", re.IGNORECASE)
BRACKETED_DOT = re.compile(r"\s*[(\[{<]\s*(?:dot|piste|punkt|\.)\s*[)\]}>]\s*", re.IGNORECASE)
WORD_AT = re.compile(r"\s+at\s+", re.IGNORECASE)
WORD_DOT = re.compile(r"\s+(?:dot|piste|punkt)\s+", re.IGNORECASE)
SPACED_SEPARATOR = re.compile(r"\s*([-./@])\s*")

HETU_PATTERN = re.compile(
    r"(?<!\d)(\d{2})(\d{2})(\d{2})(?:[-+A-FU-Y]|\s?)(\d{3})([0-9A-Y])(?!\d)", re.IGNORECASE
)
HETU_CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
EMAIL_PATTERN = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
PHONE_PATTERN = re.compile(
    r"(?<![\d+])(?:(?:\+|00)\d(?:[ ./()-]{0,2}\d){6,14}|0\d(?:[ ./()-]{0,2}\d){5,10})(?!\d)"
)
DATE_OR_TIME = re.compile(r"(?:\d{1,2}\.){1,2}\d{2,4}(?:-(?:\d{1,2}\.){1,2}\d{2,4})?")

KIND_LABELS = {
    "hetu": _("a personal identity code"),
    "email": _("an e-mail address"),
    "phone": _("a phone number"),
}


def normalise(text):
    text = unicodedata.normalize("NFKC", text)
    text = INVISIBLE.sub("", text)
    text = DASHES.sub("-", text)
    text = BRACKETED_AT.sub("@", text)
    text = BRACKETED_DOT.sub(".", text)
    text = WORD_AT.sub("@", text)
    text = WORD_DOT.sub(".", text)
    return SPACED_SEPARATOR.sub(r"\1", text)


def is_valid_hetu(day, month, year, individual, check):
    if not (1 <= int(day) <= 31 and 1 <= int(month) <= 12):
        return False
    number = int(f"{day}{month}{year}{individual}")
    return HETU_CHECK_CHARACTERS[number % 31] == check.upper()


def identifier_kinds(text):
    """Return the kinds ("hetu", "email", "phone") of personal identifier found in ``text``."""
    if not text:
        return []
    text = normalise(text)
    kinds = []
    if any(is_valid_hetu(*match.groups()) for match in HETU_PATTERN.finditer(text)):
        kinds.append("hetu")
    if EMAIL_PATTERN.search(text):
        kinds.append("email")
    if any(not DATE_OR_TIME.fullmatch(m.group()) for m in PHONE_PATTERN.finditer(text)):
        kinds.append("phone")
    return kinds


def find_identifiers(text):
    """Return the kinds of personal identifier found in ``text`` as translatable labels."""
    return [KIND_LABELS[kind] for kind in identifier_kinds(text)]
