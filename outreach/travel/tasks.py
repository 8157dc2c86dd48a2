"""Background tasks of travel costs (run by django-q2)."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from outreach.accounts.roles import group_name

from .links import status_url
from .models import Claim


def email_finance_new_claim(claim_pk):
    """Tell finance a claim waits. No personal data in the message: the link is enough."""
    claim = Claim.objects.filter(pk=claim_pk).first()
    if claim is None:
        return 0
    recipients = list(
        get_user_model()
        .objects.filter(groups__name=group_name("finance"), is_active=True)
        .exclude(email="")
        .values_list("email", flat=True)
    )
    if not recipients:
        return 0
    link = settings.WAGTAILADMIN_BASE_URL + reverse("travel_claim", args=[claim.pk])
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("New travel claim %(reference)s") % {"reference": claim.reference}
        body = render_to_string(
            "travel/email/finance_new_claim.txt", {"claim": claim, "link": link}
        )
    return send_mail(subject, body, None, recipients)


def email_claimant_decision(claim_pk):
    """Tell the claimant the decision, in the language they used, if they gave an address."""
    claim = Claim.objects.select_related("payee").filter(pk=claim_pk).first()
    if claim is None or not hasattr(claim, "payee") or not claim.payee.email:
        return 0
    with translation.override(claim.language):
        subject = _("Your travel claim %(reference)s: %(status)s") % {
            "reference": claim.reference,
            "status": claim.get_status_display(),
        }
        body = render_to_string(
            "travel/email/claimant_decision.txt", {"claim": claim, "link": status_url(claim)}
        )
    return send_mail(subject, body, None, [claim.payee.email])
