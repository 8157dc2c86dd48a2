"""A Swedish translation made in wagtail-localize's editor goes through the same moderation
workflow as a Finnish page (cms/translation_workflow.py)."""

import json
import re

import pytest
from django.test import Client
from wagtail.models import Locale
from wagtail_localize.operations import TranslationCreator

from cms.models import ContentPage, HomePage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site")]


def client_for(user, language="fi"):
    client = Client(headers={"accept-language": language})
    client.force_login(user)
    return client


@pytest.fixture
def swedish_translation(role_user):
    editor = role_user("editor")
    home = HomePage.objects.get(locale__language_code="fi")
    page = ContentPage(title="Kesän pop up -pisteet", slug="kesa", live=False, owner=editor)
    home.add_child(instance=page)
    page.save_revision(user=editor)
    TranslationCreator(editor, [Locale.objects.get(language_code="sv")]).create_translations(page)
    return editor, page.get_translation(Locale.objects.get(language_code="sv"))


def submit_action(response):
    """What the translation editor's primary button becomes, or None if it stays as it is."""
    found = re.search(
        r'<script id="translation-submit-action" type="application/json">(.*?)</script>',
        response.content.decode(),
    )
    return json.loads(found.group(1)) if found else None


def edit_url(page):
    return f"/admin/pages/{page.pk}/edit/"


def test_the_editor_is_offered_submit_to_the_workflow_not_publish(swedish_translation):
    editor, translation = swedish_translation
    response = client_for(editor).get(edit_url(translation))
    assert response.status_code == 200
    assert "js-translation-editor" in response.content.decode()
    assert submit_action(response) == {
        "value": "submit",
        "label": "Lähetä työnkulkuun Koordinaattori hyväksyy / Koordinatorn godkänner",
    }


def test_an_editors_translation_awaits_the_coordinators_approval(role_user, swedish_translation):
    editor, translation = swedish_translation
    response = client_for(editor).post(edit_url(translation), {"action": "submit"})
    assert response.status_code == 302
    translation.refresh_from_db()
    assert not translation.live
    state = translation.current_workflow_state
    assert state is not None and state.status == state.STATUS_IN_PROGRESS

    coordinator = client_for(role_user("coordinator"))
    dashboard = coordinator.get("/admin/").content.decode()
    assert edit_url(translation) in dashboard  # in "Awaiting your review"

    task_state = state.current_task_state
    approve = f"/admin/pages/workflow/action/{translation.pk}/approve/{task_state.pk}/"
    assert coordinator.post(approve).status_code in (200, 302)
    translation.refresh_from_db()
    assert translation.live


def test_an_editor_cannot_publish_a_translation_directly(swedish_translation):
    editor, translation = swedish_translation
    response = client_for(editor).post(edit_url(translation), {"action": "publish"})
    assert response.status_code == 302 and response.url == "/admin/"  # Wagtail's "denied"
    translation.refresh_from_db()
    assert not translation.live
    assert translation.current_workflow_state is None


def test_a_coordinator_still_publishes_a_translation_directly(
    role_user, swedish_translation, django_capture_on_commit_callbacks
):
    _editor, translation = swedish_translation
    coordinator = role_user("coordinator")
    response = client_for(coordinator).get(edit_url(translation))
    assert "js-translation-editor" in response.content.decode()
    assert submit_action(response) is None
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        client_for(coordinator).post(edit_url(translation), {"action": "publish"})
    translation.refresh_from_db()
    assert translation.live


def test_translating_a_live_page_makes_a_draft_not_a_live_page(role_user):
    editor = role_user("editor")
    home = HomePage.objects.get(locale__language_code="fi")
    page = ContentPage(title="Julkaistu", slug="julkaistu", live=True, owner=editor)
    home.add_child(instance=page)
    page.save_revision(user=editor).publish()
    swedish = Locale.objects.get(language_code="sv")
    TranslationCreator(editor, [swedish]).create_translations(page)
    assert not page.get_translation(swedish).live


def test_a_page_gets_an_ascii_slug_from_its_title():
    """Shared links would otherwise carry "p%C3%A4%C3%A4kirjastossa"."""
    home = HomePage.objects.get(locale__language_code="fi")
    page = home.add_child(instance=ContentPage(title="Pop up pääkirjastossa"))
    assert page.slug == "pop-up-paakirjastossa"


@pytest.mark.parametrize(
    ("language", "locales", "publish_in"),
    [("fi", "Kielet", "Julkaise kielellä: "), ("sv", "Språk", "Publicera på ")],
)
def test_wagtail_localize_labels_are_in_the_admin_language(
    role_user, language, locales, publish_in
):
    from django.utils import translation

    with translation.override(language):
        assert translation.gettext("Locales") == locales  # not "Maa-asetustot"
    catalogue = client_for(role_user("coordinator"), language).get("/admin/localize/jsi18n/")
    assert json.dumps(publish_in)[1:-1] in catalogue.content.decode()


def test_the_slug_in_use_error_and_the_sync_explanation_are_finnish():
    from django.utils import translation

    with translation.override("fi"):
        slug = translation.gettext(
            "The slug '%(page_slug)s' is already in use within the parent page."
        )
        sync = translation.gettext(
            "Apply the updates and publish immediately. "
            "The changes will use the original language until translated."
        )
    assert slug.startswith("Lyhytnimi") and sync.startswith("Päivitä")


def update_translations(client, translation, publish):
    from django.urls import reverse
    from wagtail_localize.models import Translation

    source = Translation.objects.get(target_locale=translation.locale).source
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    form = client.get(url)
    assert form.status_code == 200
    return form, client.post(url, {"publish_translations": "on"} if publish else {})


def test_updating_translations_does_not_let_an_editor_publish_them(swedish_translation):
    editor, translation = swedish_translation
    form, response = update_translations(client_for(editor), translation, publish=True)
    assert 'type="checkbox" name="publish_translations"' not in form.content.decode()
    assert response.status_code == 302
    translation.refresh_from_db()
    assert not translation.live


def test_a_coordinator_is_still_offered_publishing_updated_translations(
    role_user, swedish_translation
):
    _, translation = swedish_translation
    form, _ = update_translations(client_for(role_user("coordinator")), translation, False)
    assert 'type="checkbox" name="publish_translations"' in form.content.decode()
