"""Every user-visible string is translated into fi, sv and en: no empty or fuzzy entries, and
one translation per message."""

from collections import defaultdict
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[2]
# "build": the copy pip leaves of the example theme it installed.
SKIP = {".venv", "node_modules", "var", "staticfiles", "build"}
PO_FILES = sorted(p for p in ROOT.rglob("*.po") if not SKIP & set(p.relative_to(ROOT).parts))


def test_each_locale_folder_has_all_three_languages():
    folders = {p.parents[2] for p in PO_FILES}
    assert folders, "no translation catalogues found"
    for folder in folders:
        for language in ("fi", "sv", "en"):
            assert (folder / language / "LC_MESSAGES" / "django.po").exists(), (folder, language)


@pytest.mark.parametrize("path", PO_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_catalogue_is_complete(path):
    catalogue = polib.pofile(str(path))
    # msgfmt drops a fuzzy header, and with it the catalogue's plural rule.
    assert not catalogue.metadata_is_fuzzy
    assert catalogue.metadata["Language"] == path.parts[-3]
    assert catalogue.fuzzy_entries() == []
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    assert untranslated == []


def test_no_two_catalogues_translate_one_message_differently():
    """Django merges a language's catalogues of one domain: of two translations of the same
    message, one is shown everywhere. Where the meaning differs, the message needs a context."""
    translations = defaultdict(lambda: defaultdict(list))
    for path in PO_FILES:
        for entry in polib.pofile(str(path)).translated_entries():
            text = entry.msgstr or repr(sorted(entry.msgstr_plural.items()))
            key = (path.stem, path.parts[-3], entry.msgctxt, entry.msgid)
            translations[key][text].append(str(path.relative_to(ROOT)))
    clashes = {key: dict(texts) for key, texts in translations.items() if len(texts) > 1}
    assert clashes == {}
