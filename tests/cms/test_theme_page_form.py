from cms.models import ThemePage


def offered_themes(page, user):
    form_class = ThemePage.get_edit_handler().get_form_class()
    form = form_class(instance=page, for_user=user)
    return {value for value, _label in form.fields["theme"].choices if value}


def test_a_disabled_theme_is_not_offered_for_a_new_page(settings, role_user):
    settings.DISABLED_THEMES = ["gambling"]
    offered = offered_themes(ThemePage(), role_user("editor"))
    assert "gambling" not in offered
    assert {"mental-health", "substance-use", "violence"} <= offered


def test_a_page_of_a_theme_disabled_since_keeps_its_theme(settings, role_user):
    settings.DISABLED_THEMES = ["gambling"]
    assert "gambling" in offered_themes(ThemePage(theme="gambling"), role_user("editor"))
