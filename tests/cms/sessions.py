from datetime import timedelta

from django.utils import timezone

from outreach.encounters.models import PopupSession
from outreach.places.models import Venue


def session(days, status=PopupSession.Status.PLANNED, themes=("gambling",), venue=None):
    starts_at = (timezone.now() + timedelta(days=days)).replace(second=0, microsecond=0)
    return PopupSession.objects.create(
        venue=venue or Venue.objects.filter(kind="library").first(),
        starts_at=starts_at,
        ends_at=starts_at + timedelta(hours=3),
        themes=list(themes),
        languages=["fi", "sv"],
        status=status,
    )
