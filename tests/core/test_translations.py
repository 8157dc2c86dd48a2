"""Every user-visible string is translated into fi, sv and en: no empty or fuzzy entries."""

from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[2]
SKIP = {".venv", "node_modules", "var", "staticfiles"}
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
