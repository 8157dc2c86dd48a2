"""Whatever a public page shows starts a new page-cache generation when it changes."""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from outreach.encounters.models import PopupSession
from outreach.referrals.models import ReferralTarget

from .cache import new_generation
from .models import ContactDetails, Footer, Service

for signal in (page_published, page_unpublished, page_slug_changed, post_page_move):
    signal.connect(new_generation, dispatch_uid="cms-page-cache")

for model in (PopupSession, ReferralTarget, Service, ContactDetails, Footer):
    for signal in (post_save, post_delete):
        signal.connect(new_generation, sender=model, dispatch_uid="cms-page-cache")
