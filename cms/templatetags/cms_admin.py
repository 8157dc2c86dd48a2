from django import template
from django.utils.translation import gettext as _

from cms.translation_workflow import SUBMIT_ACTION, workflow_to_submit_to

register = template.Library()


@register.simple_tag
def translation_submit_action(page, user):
    """For wagtail-localize's translation editor: the action and label that replace "Publish in
    <language>" for a user who sends the page to its workflow instead, or ``None``."""
    workflow = workflow_to_submit_to(page, user)
    if workflow is None:
        return None
    return {
        "value": SUBMIT_ACTION,
        "label": _("Submit to %(workflow_name)s") % {"workflow_name": workflow.name},
    }
