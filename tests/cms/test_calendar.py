import pytest
from icalendar import Calendar

from cms.models import PopupCalendarPage
from outreach.encounters.models import PopupSession
from outreach.places.models import Venue
from tests.cms.sessions import session

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site")]


def calendar_url(language="fi"):
    return PopupCalendarPage.objects.get(locale__language_code=language).url


def test_upcoming_points_are_listed_and_past_or_cancelled_hidden(client):
    PopupSession.objects.all().delete()
    upcoming = session(3)
    past = session(-2, status=PopupSession.Status.CLOSED)
    cancelled = session(4, status=PopupSession.Status.CANCELLED)
    html = client.get(calendar_url()).content.decode()
    assert f"session-{upcoming.uuid}" in html
    assert f"session-{past.uuid}" not in html
    assert f"session-{cancelled.uuid}" not in html
    assert "Ruotsi" in html or "ruotsi" in html  # languages spoken, in the page language


def test_filter_by_municipality_and_theme(client):
    PopupSession.objects.all().delete()
    porvoo = Venue.objects.filter(municipality__name_fi="Porvoo").first()
    sipoo = Venue.objects.filter(municipality__name_fi="Sipoo").first()
    in_porvoo = session(2, venue=porvoo, themes=["violence"])
    in_sipoo = session(2, venue=sipoo, themes=["gambling"])
    html = client.get(calendar_url(), {"municipality": porvoo.municipality.code}).content.decode()
    assert f"session-{in_porvoo.uuid}" in html and f"session-{in_sipoo.uuid}" not in html
    html = client.get(calendar_url(), {"theme": "gambling"}).content.decode()
    assert f"session-{in_sipoo.uuid}" in html and f"session-{in_porvoo.uuid}" not in html
    # Nonsense filters are ignored, not errors.
    assert client.get(calendar_url(), {"municipality": "x", "theme": "<b>"}).status_code == 200


def test_icalendar_feed_has_every_upcoming_point(client):
    PopupSession.objects.all().delete()
    first, second = session(1), session(8)
    response = client.get(f"{calendar_url('en')}ical/")
    assert response["Content-Type"].startswith("text/calendar")
    events = Calendar.from_ical(response.content).walk("VEVENT")
    assert {str(e["uid"]) for e in events} == {f"{first.uuid}@tuuli", f"{second.uuid}@tuuli"}
    assert events[0].decoded("dtstart") == first.starts_at


def test_add_to_calendar_gives_one_event_and_nothing_for_a_past_one(client):
    PopupSession.objects.all().delete()
    upcoming = session(2)
    past = session(-3)
    html = client.get(calendar_url("sv")).content.decode()
    link = f"{calendar_url('sv')}ical/{upcoming.uuid}/"
    assert f'href="{link}"' in html
    response = client.get(link)
    assert "attachment" in response["Content-Disposition"]
    (event,) = Calendar.from_ical(response.content).walk("VEVENT")
    assert upcoming.venue.name_fi in str(event["summary"]) or upcoming.venue.name_sv in str(
        event["summary"]
    )
    assert client.get(f"{calendar_url('sv')}ical/{past.uuid}/").status_code == 404


@pytest.mark.parametrize(
    "language, address",
    [("fi", "Kuningattarenkatu 3, 07900 Loviisa"), ("sv", "Drottninggatan 3, 07900 Lovisa")],
)
def test_a_venue_address_is_clean_and_in_the_readers_language(client, language, address):
    PopupSession.objects.all().delete()
    upcoming = session(2, venue=Venue.objects.get(name_fi="Loviisan pääkirjasto"))
    html = client.get(calendar_url(language)).content.decode()
    assert address in html
    assert "temporary premises" not in html
    response = client.get(f"{calendar_url(language)}ical/{upcoming.uuid}/")
    (event,) = Calendar.from_ical(response.content).walk("VEVENT")
    assert str(event["location"]).endswith(address)


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_map_text_does_not_say_the_list_is_beside_it(client, language):
    # On a phone the list is below the map: the wording fits every screen width.
    html = client.get(calendar_url(language)).content.decode()
    for beside in ("beside the map", "bredvid kartan", "Kartan vieressä"):
        assert beside not in html
    assert {"fi": "tämän sivun listassa", "sv": "i listan på den här sidan", "en": "in the list"}[
        language
    ] in html
