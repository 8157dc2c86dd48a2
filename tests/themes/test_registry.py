from importlib.metadata import EntryPoint

from django.test import override_settings

from outreach.themes import discovery
from outreach.themes.registry import all_themes, enabled_themes, get_theme

FOUR_WINDS = {"mental-health", "substance-use", "gambling", "violence"}


def test_the_four_winds_are_registered_with_complete_metadata():
    themes = {theme.slug: theme for theme in all_themes()}
    assert FOUR_WINDS <= set(themes)
    violence = themes["violence"].theme
    assert violence.names == {
        "fi": "Lähisuhdeväkivalta",
        "sv": "Våld i nära relationer",
        "en": "Intimate-partner and domestic violence",
    }
    for slug in FOUR_WINDS:
        assert themes[slug].theme.problems() == []
        assert themes[slug].schema_version >= 1


def test_theme_name_follows_the_active_language():
    from django.utils import translation

    theme = get_theme("gambling")
    with translation.override("sv"):
        assert theme.theme.name == "Penningspel"
        assert theme.schema_json()["fields"][0]["label"] == "Typ av spel"
    with translation.override("fi"):
        assert theme.theme.name == "Rahapelaaminen"


@override_settings(DISABLED_THEMES=["gambling"])
def test_a_disabled_theme_leaves_forms_but_stays_registered():
    assert "gambling" not in {t.slug for t in enabled_themes()}
    assert get_theme("gambling") is not None


def test_entry_points_become_installed_apps(monkeypatch):
    points = [
        EntryPoint("loneliness", "json", discovery.ENTRY_POINT_GROUP),
        EntryPoint("missing", "no_such_theme_package", discovery.ENTRY_POINT_GROUP),
        EntryPoint("first-party", "plugins.gambling", discovery.ENTRY_POINT_GROUP),
    ]
    monkeypatch.setattr(discovery, "entry_points", lambda group: points)

    apps = discovery.installed_theme_apps(exclude=["plugins.gambling"])

    assert apps == ["json"]
    assert discovery.unusable_entry_points == [
        ("missing", "no_such_theme_package", "module not found")
    ]
    discovery.unusable_entry_points.clear()
