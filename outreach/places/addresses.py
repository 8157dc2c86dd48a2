"""Clean public addresses from the research data's address strings.

The seed data mixes research notes into addresses ("— temporary premises since 2018", "(house
number not captured)") and writes a bilingual street as "Drottninggatan 3 (fi: Kuningattarenkatu
3), 07900 Loviisa" or "Iso Kylätie / Stora Byvägen, Nikkilä". Residents should see a clean
address in their language; the notes go to the venue's notes, which are never shown publicly.
A Swedish address is made only where the data names the Swedish street: no street is translated.
"""

import re
from dataclasses import dataclass

# A parenthesis that is not a Finnish street name, or a tail after a dash, is a research note.
_NOTE_IN_PARENTHESES = re.compile(r"\s*\((?!fi:)([^)]*)\)")
_NOTE_AFTER_DASH = re.compile(r"\s+[—–]\s+(.*)$")
_FINNISH_STREET = re.compile(r"^(?P<sv>[^(,]+?)\s*\(fi:\s*(?P<fi>[^)]+)\)")
_TWO_STREETS = re.compile(r"^(?P<fi>[^/,]+?)\s*/\s*(?P<sv>[^,]+)")


@dataclass(frozen=True)
class Address:
    fi: str
    sv: str  # empty: the data has no Swedish street name
    notes: tuple


def clean_address(raw, swedish_place_names=None):
    """The Finnish and Swedish address in ``raw`` and the notes taken out of it.

    ``swedish_place_names`` maps Finnish place names (municipalities, villages) to the Swedish
    names the data gives, for the place part of a Swedish address."""
    text = (raw or "").strip()
    notes = []
    text = _NOTE_AFTER_DASH.sub(lambda m: notes.append(m.group(1).strip()) or "", text)
    text = _NOTE_IN_PARENTHESES.sub(lambda m: notes.append(m.group(1).strip()) or "", text)
    text = text.strip(" ,")
    finnish_street = _FINNISH_STREET.match(text)
    two_streets = _TWO_STREETS.match(text)
    if finnish_street:
        rest = text[finnish_street.end() :]
        fi = finnish_street["fi"].strip() + rest
        sv = finnish_street["sv"].strip() + _swedish_places(rest, swedish_place_names or {})
    elif two_streets:
        rest = text[two_streets.end() :]
        fi = two_streets["fi"].strip() + rest
        sv = two_streets["sv"].strip() + _swedish_places(rest, swedish_place_names or {})
    else:
        fi, sv = text, ""
    return Address(fi=fi, sv=sv, notes=tuple(notes))


def _swedish_places(text, names):
    for finnish, swedish in names.items():
        text = re.sub(rf"\b{re.escape(finnish)}\b", swedish, text)
    return text


def swedish_place_names(municipalities):
    """Finnish → Swedish place names from the data: municipality names, and centres written
    "Nikkilä (Nickby), administrative centre"."""
    names = {m["name_fi"]: m["name_sv"] for m in municipalities if m["name_fi"] != m["name_sv"]}
    for municipality in municipalities:
        pair = re.match(r"^(\w+) \((\w+)\)", municipality.get("centre_name") or "")
        if pair:
            names[pair[1]] = pair[2]
    return names
