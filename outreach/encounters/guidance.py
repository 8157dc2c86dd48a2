"""Guidance on the core encounter fields, shown by the worker app like a theme's guidance rules.

Acute crisis needs no theme: whatever the person came about, the worker sees at once what to do.
"""

from django.utils.translation import gettext_lazy as _

from outreach.themes.guidance import GuidanceRule

from .models import Encounter

CORE_GUIDANCE = [
    GuidanceRule(
        id="acute-crisis",
        field="contact_type",
        value=Encounter.ContactType.ACUTE_CRISIS.value,
        title=_("Acute crisis: act now"),
        text=_(
            "Stay with the person and keep calm. If someone's life or health is in danger, call "
            "112 now. Otherwise call the MIELI Crisis Helpline together, in the person's own "
            "language."
        ),
        referrals=("emergency", "mieli-crisis-fi", "mieli-crisis-sv", "mieli-crisis-en"),
        urgent=True,
    ),
]
