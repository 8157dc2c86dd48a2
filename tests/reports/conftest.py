import uuid
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from outreach.encounters.models import Encounter, PopupSession
from outreach.places.models import Venue
from tests.factories import PopupSessionFactory

HELSINKI = ZoneInfo("Europe/Helsinki")


@pytest.fixture
def log_encounter(db):
    """``log_encounter(answers={...}, municipality="616", day=(2026, 3, 1))``: one stored
    encounter whose themes are the keys of ``answers`` (plus ``themes``)."""
    sessions = {}

    def log(answers=None, themes=(), municipality=None, day=(2026, 3, 1), **fields):
        answers = answers or {}
        venues = Venue.objects.order_by("pk")
        if municipality:
            venues = venues.filter(municipality__code=municipality)
        venue = venues.first()
        if venue.pk not in sessions:
            sessions[venue.pk] = PopupSessionFactory(venue=venue)
        moment = datetime(*day, 18, 0, tzinfo=HELSINKI)
        return Encounter.objects.create(
            uuid=uuid.uuid4(),
            session=sessions[venue.pk],
            occurred_at=moment,
            received_at=moment,
            themes=sorted({*answers, *themes}),
            age_band=fields.pop("age_band", Encounter.AgeBand.FROM_18_TO_29),
            answers={
                slug: {"schema_version": version, "answers": given}
                for slug, (version, given) in answers.items()
            },
            **fields,
        )

    return log


__all__ = ["PopupSession"]
