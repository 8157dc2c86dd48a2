"""Venues in the public site search: each result links to the venue's entry on the venue map
and, when one is planned, to its next pop-up point in the calendar of the visitor's language."""

from dataclasses import dataclass

from django.urls import reverse
from wagtail.models import Locale
from wagtail.search.backends import get_search_backend

from outreach.places.models import Venue

from .calendar import upcoming_sessions

# The county has a few dozen venues at most: a query names a kind or a place, so show them all.
MAX_VENUES = 50


@dataclass
class VenueResult:
    venue: Venue
    map_url: str
    next_session: object = None
    session_url: str = ""


def venue_results(query):
    from .models import PopupCalendarPage

    venues = Venue.objects.filter(
        status__in=[Venue.Status.ACTIVE, Venue.Status.UNCERTAIN]
    ).select_related("municipality")
    found = list(get_search_backend().search(query, venues)[:MAX_VENUES])
    if not found:
        return []
    calendar = PopupCalendarPage.objects.live().filter(locale=Locale.get_active()).first()
    next_sessions = {}
    for session in upcoming_sessions().filter(venue__in=found):
        next_sessions.setdefault(session.venue_id, session)
    results = []
    for venue in found:
        code = venue.municipality.code
        result = VenueResult(venue, f"{reverse('venue-map')}?municipality={code}#venue-{venue.pk}")
        session = next_sessions.get(venue.pk)
        if session and calendar:
            result.next_session = session
            result.session_url = f"{calendar.url}?municipality={code}#session-{session.uuid}"
        results.append(result)
    return results
