import ast
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from django.utils.module_loading import import_string
from django_q.models import Schedule
from wagtail.images import get_image_model
from wagtail.images.forms import get_image_form

from cms.models import ContentPage, HomePage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site")]

# A 1x1 transparent GIF.
PIXEL = (
    b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00"
    b"\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
)


def draft(editor):
    home = HomePage.objects.get(locale__language_code="fi")
    page = ContentPage(title="Kesän pop up -pisteet", slug="kesa", live=False, owner=editor)
    home.add_child(instance=page)
    page.save_revision(user=editor)
    return page


def test_editor_drafts_and_a_coordinator_approves(role_user):
    editor, coordinator = role_user("editor"), role_user("coordinator")
    page = draft(editor)
    assert page.permissions_for_user(editor).can_edit()
    assert not page.permissions_for_user(editor).can_publish()

    workflow = page.get_workflow()
    assert workflow.name == "Koordinaattori hyväksyy / Koordinatorn godkänner"
    assert [task.name for task in workflow.tasks] == [
        "Koordinaattorin hyväksyntä / Koordinatorns godkännande"
    ]
    state = workflow.start(page, editor)
    task_state = state.current_task_state
    assert [a[0] for a in task_state.task.specific.get_actions(page, editor)] == []
    actions = [a[0] for a in task_state.task.specific.get_actions(page, coordinator)]
    assert "approve" in actions

    task_state.task.specific.on_action(task_state, coordinator, "approve")
    page.refresh_from_db()
    assert page.live


def test_scheduled_page_goes_live_when_the_task_queue_runs_its_schedule(role_user):
    page = draft(role_user("editor"))
    revision = page.save_revision(approved_go_live_at=timezone.now() - timedelta(minutes=1))
    page.go_live_at = revision.approved_go_live_at
    page.save()
    schedule = Schedule.objects.get(name="Publish scheduled pages")
    args = ast.literal_eval(schedule.args)
    import_string(schedule.func)(*(args if isinstance(args, tuple) else (args,)))
    page.refresh_from_db()
    assert page.live


def test_an_image_without_alt_text_is_refused():
    form_class = get_image_form(get_image_model())
    upload = SimpleUploadedFile("pixel.gif", PIXEL, content_type="image/gif")
    form = form_class(data={"title": "Kirjasto"}, files={"file": upload})
    assert not form.is_valid()
    assert "description" in form.errors


def test_editor_translates_a_draft_into_swedish_for_approval(role_user):
    from wagtail.models import Locale
    from wagtail_localize.operations import TranslationCreator

    editor = role_user("editor")
    assert editor.has_perm("wagtail_localize.submit_translation")
    page = draft(editor)
    swedish = Locale.objects.get(language_code="sv")
    TranslationCreator(editor, [swedish]).create_translations(page)

    translation = page.get_translation(swedish)
    assert translation.get_parent().specific.locale == swedish  # under the Swedish home
    assert not translation.live  # it goes through the same approval as any draft
    assert translation.get_workflow().name == "Koordinaattori hyväksyy / Koordinatorn godkänner"


def test_bulk_upload_keeps_an_image_aside_until_its_alt_text_is_given(client_as):
    from wagtail.models import UploadedFile

    client = client_as("editor")
    upload = SimpleUploadedFile("pixel.gif", PIXEL, content_type="image/gif")
    response = client.post("/admin/images/multiple/add/", {"files[]": upload})
    assert response.status_code == 200
    assert not get_image_model().objects.exists()
    assert UploadedFile.objects.count() == 1
