"""A synced translation goes through the page's moderation workflow, like any other draft.

wagtail-localize's translation editor only offers "Publish in <language>" to users who may
publish, and nothing to an editor who may not (wagtail-localize#676). Here an editor's primary
action becomes "Submit to <workflow>": the translation is saved as a draft revision and the
page's workflow starts (or resumes after a request for changes), so the coordinator approves the
Swedish page in the same "Awaiting your review" list as the Finnish one. Publishing directly stays
with those who hold the publish permission, as on any other page.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import Translation
from wagtail_localize.views import update_translations

SUBMIT_ACTION = "submit"


def synced_translation(page):
    """The enabled wagtail-localize translation whose target is ``page``, or ``None``."""
    return Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).first()


def workflow_to_submit_to(page, user):
    """The active workflow ``user`` sends this page to instead of publishing it, or ``None``."""
    permissions = page.permissions_for_user(user)
    if permissions.can_publish() or not permissions.can_edit():
        return None
    workflow = page.get_workflow()
    return workflow if workflow is not None and workflow.active else None


def submit(request, translation, page, workflow):
    lock = page.get_lock()
    if lock is not None and lock.for_user(request.user):
        messages.error(request, lock.get_message(request.user))
        return redirect(request.path)
    try:
        translation.save_target(user=request.user, publish=False)
    except ValidationError:
        messages.error(request, _("The page could not be saved due to validation errors."))
        return redirect(request.path)
    page.refresh_from_db()
    state = page.current_workflow_state
    if state is None:
        workflow.start(page, request.user)
    elif state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(request.user)
    # A workflow already in progress approves the latest revision, the one just saved.
    messages.success(
        request,
        _("Page '%(page_title)s' has been submitted for moderation.")
        % {"page_title": page.get_admin_display_title()},
    )
    return redirect(request.path)


def before_edit_translation(request, page):
    """Runs before wagtail-localize's own hook: handles the submit action, refuses a publish by
    someone without the permission, and leaves everything else to wagtail-localize."""
    if request.method != "POST" or "action" not in request.POST:
        return None
    translation = synced_translation(page)
    if translation is None:
        return None
    action = request.POST["action"]
    if action == "publish" and not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    if action == SUBMIT_ACTION:
        workflow = workflow_to_submit_to(page, request.user)
        if workflow is None:
            raise PermissionDenied
        return submit(request, translation, page, workflow)
    return None


class UpdateTranslationsView(update_translations.UpdateTranslationsView):
    """wagtail-localize's "Update existing translations", whose "Publish immediately" box is
    offered only to those who may publish the page: for anyone else the updated translations
    stay drafts and go through the workflow like any other change."""

    def get_form(self):
        form = super().get_form()
        instance = self.object.get_source_instance()
        if (
            isinstance(instance, Page)
            and not instance.permissions_for_user(self.request.user).can_publish()
        ):
            # A disabled field takes its initial value (not publishing), whatever is posted.
            field = form.fields["publish_translations"]
            field.disabled, field.widget = True, forms.HiddenInput()
        return form
