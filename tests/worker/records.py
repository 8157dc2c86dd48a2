"""Records as the worker app sends them, for the server and browser tests."""

import uuid
from datetime import UTC, datetime, timedelta

from outreach.places.models import Venue


def now_iso(minutes_ago=0):
    return (datetime.now(UTC) - timedelta(minutes=minutes_ago)).isoformat()


def session_record(**overrides):
    return {
        "type": "session",
        "uuid": str(uuid.uuid4()),
        "venue": Venue.objects.order_by("pk").values_list("pk", flat=True).first(),
        "themes": ["violence", "gambling"],
        "languages": ["fi"],
        "started_at": now_iso(60),
        **overrides,
    }


def encounter_record(session, **overrides):
    return {
        "type": "encounter",
        "uuid": str(uuid.uuid4()),
        "session": session["uuid"],
        "occurred_at": now_iso(30),
        "themes": ["violence"],
        "age_band": "18-29",
        **overrides,
    }
