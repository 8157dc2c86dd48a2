"""Upcoming pop-up sessions for the public: the list, its filters and iCalendar files."""

from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from outreach.encounters.models import Language, PopupSession
from outreach.themes.registry import all_themes

PUBLIC_STATUSES = [PopupSession.Status.PLANNED, PopupSession.Status.OPEN]


def upcoming_sessions():
    """Sessions a resident can still go to: not over, not cancelled, soonest first."""
    return (
        PopupSession.objects.filter(status__in=PUBLIC_STATUSES, ends_at__gt=timezone.now())
        .select_related("venue__municipality")
        .order_by("starts_at")
    )


@dataclass
class CalendarFilter:
    """The municipality and theme a visitor chose; unknown values are ignored, not errors."""

    municipality: str = ""
    theme: str = ""

    @classmethod
    def from_query(cls, query, municipality_codes):
        municipality = query.get("municipality", "")
        theme = query.get("theme", "")
        return cls(
            municipality=municipality if municipality in municipality_codes else "",
            theme=theme if theme in {t.slug for t in all_themes()} else "",
        )

    def apply(self, sessions):
        if self.municipality:
            sessions = sessions.filter(venue__municipality__code=self.municipality)
        # Theme slugs sit in a JSON list; filtering in Python works on SQLite and PostgreSQL.
        return [s for s in sessions if not self.theme or self.theme in s.themes]


def theme_names(slugs):
    names = {theme.slug: theme.theme.name for theme in all_themes()}
    return [names[slug] for slug in slugs if slug in names]


def for_display(sessions):
    """Sessions with their theme and language names in the active language."""
    languages = dict(Language.choices)
    sessions = list(sessions)
    for session in sessions:
        session.theme_names = theme_names(session.themes)
        session.language_names = [str(languages[c]) for c in session.languages if c in languages]
    return sessions


def session_event(session, url):
    event = Event()
    event.add("uid", f"{session.uuid}@tuuli")
    event.add("dtstamp", session.created_at)
    event.add("dtstart", session.starts_at)
    event.add("dtend", session.ends_at)
    venue = session.venue
    event.add("summary", _("Tuuli pop-up point: %(venue)s") % {"venue": venue.name})
    event.add("location", ", ".join(filter(None, [venue.name, venue.local_address])))
    event.add("description", ", ".join(theme_names(session.themes)))
    event.add("url", url)
    if session.status == PopupSession.Status.CANCELLED:
        event.add("status", "CANCELLED")
    return event


def calendar_file(sessions, url_for):
    """An iCalendar document of ``sessions``; ``url_for(session)`` gives each event's page."""
    calendar = Calendar()
    calendar.add("prodid", "-//Tuuli//Pop-up points//FI")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", _("Tuuli pop-up points"))
    for session in sessions:
        calendar.add_component(session_event(session, url_for(session)))
    return calendar.to_ical()
