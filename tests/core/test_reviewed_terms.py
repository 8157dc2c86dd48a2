"""Terms the localisation review settled stay settled in every catalogue (l10n review 2.1, 2.2)."""

import re
from pathlib import Path

import polib
import pytest
from django.utils import translation
from django.utils.translation import gettext

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = [p for p in ROOT.glob("**/locale/*/LC_MESSAGES/*.po") if ".venv" not in p.parts]


def entries(language):
    for path in CATALOGUES:
        if path.parts[-3] == language:
            for entry in polib.pofile(str(path)):
                text = entry.msgstr or " ".join(entry.msgstr_plural.values())
                yield path.relative_to(ROOT), entry.msgid, text


def test_swedish_calls_the_role_medarbetare():
    # "Arbetstagare" is employment-law language: only the worker's mileage claim may use it.
    found = [
        (str(path), msgid)
        for path, msgid, text in entries("sv")
        if re.search(r"\barbet(are|stagar|arapp)", text, re.I) and "mileage" not in msgid
    ]
    assert found == []


def test_swedish_spells_pop_up_with_a_space():
    assert [(str(p), m) for p, m, text in entries("sv") if re.search(r"popup", text, re.I)] == []


# The noun "tallenne" (a recording) and "tietue" (database jargon), not "tallennettu" (stored).
RECORD_NOUNS = r"\btallenne\b|\btallente|\btallennetta\b|\btallennetyyppi|\btietue"


def test_finnish_worker_app_says_kirjaus_not_tallenne():
    found = [
        msgid
        for path, msgid, text in entries("fi")
        if "worker" in path.parts and re.search(RECORD_NOUNS, text, re.I)
    ]
    assert found == []


@pytest.mark.parametrize(
    ("language", "msgid", "shown"),
    [
        ("fi", "Records on this device", "Kirjaukset tällä laitteella"),
        ("fi", "Accessibility:", "Esteettömyys:"),
        ("sv", "Worker app", "Personalens app"),
        ("en", "Copayment", "Copayment"),
    ],
)
def test_reviewed_wording_is_what_the_reader_sees(language, msgid, shown):
    with translation.override(language):
        assert gettext(msgid) == shown
