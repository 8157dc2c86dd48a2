"""Detect personal identifiers in free text, so anonymous records stay anonymous.

The same rules run in the worker app (``static/worker/identifiers.js``) and here on the server.
"""

import re

from django.utils.translation import gettext_lazy as _

# Finnish personal identity code: DDMMYY, century sign, 3-digit individual number, check char.
HETU_PATTERN = re.compile(
    r"(?<![0-9A-Za-z])(\d{2})(\d{2})(\d{2})([-+AaBbCcDdEeFfYyXxWwVvUu])(\d{3})([0-9A-Ya-y])(?![0-9A-Za-z])"
)
HETU_CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
EMAIL_PATTERN = re.compile(r"[^\s@]+@[^\s@]+\.[^\s@]{2,}")
# A phone number: an optional +, then 7 to 15 digits with spaces, hyphens or brackets between.
PHONE_PATTERN = re.compile(r"(?<![\w])(?:\+|00)?\d(?:[\s\-()]*\d){6,14}(?![\w])")


def is_valid_hetu(day, month, year, individual, check):
    if not (1 <= int(day) <= 31 and 1 <= int(month) <= 12):
        return False
    number = int(f"{day}{month}{year}{individual}")
    return HETU_CHECK_CHARACTERS[number % 31] == check.upper()


def find_identifiers(text):
    """Return the kinds of personal identifier found in ``text`` as translatable labels."""
    if not text:
        return []
    found = []
    for match in HETU_PATTERN.finditer(text):
        day, month, year, _sign, individual, check = match.groups()
        if is_valid_hetu(day, month, year, individual, check):
            found.append(_("a personal identity code"))
            break
    if EMAIL_PATTERN.search(text):
        found.append(_("an e-mail address"))
    if PHONE_PATTERN.search(text):
        found.append(_("a phone number"))
    return found
