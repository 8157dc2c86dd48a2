"""Text that must survive a payment file: refused at input, cleaned on export."""

import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Control, unassigned, private-use and surrogate code points: XML cannot carry most of them and
# no name needs any of them.
REFUSED_CATEGORIES = {"Cc", "Cs", "Co", "Cn"}
# The SEPA (EPC) Latin character set besides ASCII letters and digits.
SEPA_PUNCTUATION = set("/-?:().,'+ ")


def refuse_control_characters(value):
    if any(unicodedata.category(char) in REFUSED_CATEGORIES for char in value):
        raise ValidationError(
            _("Remove the invisible or special characters from this field."), code="control"
        )


def _sepa_char(char):
    if char.isascii() and (char.isalnum() or char in SEPA_PUNCTUATION):
        return char
    # ä → a, é → e (as sepaxml itself writes them); anything without a Latin form becomes a space.
    latin = unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode()
    return "".join(c for c in latin if c.isalnum() or c in SEPA_PUNCTUATION) or " "


def sepa_text(value, limit=70):
    """``value`` in the characters a SEPA file may carry (for data stored before input checks)."""
    text = "".join(_sepa_char(char) for char in unicodedata.normalize("NFC", value))
    return " ".join(text.split())[:limit] or "-"
