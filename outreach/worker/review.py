"""A coordinator's decision on a sync conflict, and the side-by-side view it is made from.

"Keep the stored record" only marks the conflict resolved. "Use the received content" changes
the stored record the way the sync itself would: a session takes the received state, an
encounter gets a new version that keeps the replaced one (exactly as a worker's correction does).
"""

import uuid
from datetime import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from outreach.encounters.models import Encounter, Language, PopupSession
from outreach.places.models import Venue
from outreach.themes.answers import describe_answers
from outreach.themes.registry import get_theme

from .corrections import CONTENT_FIELDS, replace_version
from .ingest import update_session
from .models import RecordType, SyncConflict

SESSION_FIELDS = ["venue", "themes", "languages", "starts_at", "ends_at", "status", "passers_by"]
EMPTY = "—"


class CannotResolve(Exception):
    def __init__(self, message):
        super().__init__(str(message))
        self.message = str(message)


# --- reading the stored record and the received copy -----------------------------------------


def _moment(value):
    """Times come back from the conflict's JSON as ISO strings."""
    return datetime.fromisoformat(value) if isinstance(value, str) else value


def received_content(conflict):
    """The received copy as field -> value, in the stored model's terms."""
    payload = conflict.payload
    if conflict.record_type == RecordType.SESSION:
        values = {name: payload.get(name) for name in SESSION_FIELDS if name != "venue"}
        values["venue"] = payload.get("venue_id")
        values["starts_at"] = _moment(values["starts_at"])
        values["ends_at"] = _moment(values["ends_at"])
        return values
    content = dict(payload.get("content") or {})
    if "occurred_at" in content:
        content["occurred_at"] = _moment(content["occurred_at"])
    return content


def stored_record(conflict):
    """The record the conflict is about, or ``None`` when it is no longer on the server."""
    if conflict.record_type == RecordType.SESSION:
        return PopupSession.objects.filter(uuid=conflict.record_uuid).first()
    if conflict.record_type == RecordType.CORRECTION:
        return Encounter.objects.filter(uuid=conflict.payload.get("encounter")).first()
    return Encounter.objects.filter(uuid=conflict.record_uuid).first()


# --- the side-by-side view ---------------------------------------------------------------------


def _theme_name(slug):
    theme = get_theme(slug)
    return str(theme.theme.name) if theme else slug


def _session_label(session):
    if session is None:
        return _("Not on the server")
    starts = date_format(timezone.localtime(session.starts_at), "SHORT_DATETIME_FORMAT")
    return f"{session.venue}, {starts}"


def display(model, name, value):
    """One value as a coordinator reads it: choice labels, names, local times."""
    if value in (None, "", []):
        return EMPTY
    if name == "themes":
        return ", ".join(_theme_name(slug) for slug in value)
    if name == "languages":
        labels = dict(Language.choices)
        return ", ".join(str(labels.get(code, code)) for code in value)
    if name == "venue":
        venue = Venue.objects.filter(pk=value).first()
        return str(venue) if venue else EMPTY
    field = model._meta.get_field(name)
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, datetime):
        return date_format(timezone.localtime(value), "SHORT_DATETIME_FORMAT")
    return str(value)


def _row(label, stored, received):
    return {"label": capfirst(label), "stored": stored, "received": received}


def _answer_rows(stored_answers, received_answers):
    """Theme answers of both sides, one row per question either side answered."""
    rows = {}
    for side, answers in (("stored", stored_answers), ("received", received_answers)):
        for section in describe_answers(answers):
            for answer in section["answers"]:
                key = (section["slug"], answer["key"])
                label = f"{section['theme']}: {answer['label']}"
                rows.setdefault(key, _row(label, EMPTY, EMPTY))[side] = answer["value"]
    return list(rows.values())


def comparison(conflict, stored):
    """Rows of ``{"label", "stored", "received", "differs"}`` for the review page."""
    received = received_content(conflict)
    if conflict.record_type == RecordType.SESSION:
        model, names = PopupSession, SESSION_FIELDS
    else:
        model, names = Encounter, [name for name in CONTENT_FIELDS if name != "answers"]
    rows = []
    if conflict.record_type == RecordType.ENCOUNTER:
        session = PopupSession.objects.filter(uuid=conflict.payload.get("session")).first()
        rows.append(
            _row(
                _("pop-up session"),
                _session_label(stored.session) if stored else EMPTY,
                _session_label(session),
            )
        )
    if conflict.record_type == RecordType.CORRECTION:
        deleting = conflict.payload.get("delete") is True
        rows.append(
            _row(
                _("deleted"),
                _("yes") if stored and stored.deleted_at else _("no"),
                _("yes") if deleting else _("no"),
            )
        )
    for name in names:
        stored_value = getattr(stored, f"{name}_id" if name == "venue" else name, None)
        rows.append(
            _row(
                model._meta.get_field(name).verbose_name,
                display(model, name, stored_value) if stored else EMPTY,
                display(model, name, received.get(name)),
            )
        )
    if model is Encounter:
        rows += _answer_rows(stored.answers if stored else {}, received.get("answers"))
    for row in rows:
        row["differs"] = row["stored"] != row["received"]
    return rows


# --- the decision ------------------------------------------------------------------------------


def _use_received(conflict, now):
    stored = stored_record(conflict)
    if stored is None:
        raise CannotResolve(_("The stored record is no longer on the server."))
    received = received_content(conflict)
    if conflict.record_type == RecordType.SESSION:
        if not Venue.objects.filter(pk=received["venue"]).exists():
            raise CannotResolve(_("The venue of the received content is no longer on the server."))
        fields = {name: value for name, value in received.items() if name != "venue"}
        update_session(stored, {**fields, "venue_id": received["venue"]})
        return
    if stored.deleted_at is not None:
        raise CannotResolve(_("The stored encounter has been deleted."))
    encounter = Encounter.objects.select_for_update().get(pk=stored.pk)
    if conflict.record_type == RecordType.CORRECTION:
        # The device's own identifier: a later retry of this correction is then a plain retry.
        cleaned = {"uuid": conflict.record_uuid, "delete": conflict.payload.get("delete") is True}
    else:
        cleaned = {"uuid": uuid.uuid4(), "delete": False}
    replace_version(encounter, {**cleaned, "content": received}, now)


def resolve(conflict, user, resolution, now=None):
    """Record the decision; with ``RECEIVED`` apply the received content first. All or nothing."""
    now = now or timezone.now()
    with transaction.atomic():
        locked = SyncConflict.objects.select_for_update().get(pk=conflict.pk)
        if locked.resolved_at is not None:
            raise CannotResolve(_("This conflict has already been resolved."))
        if resolution == SyncConflict.Resolution.RECEIVED:
            _use_received(locked, now)
        locked.resolved_at = now
        locked.resolved_by = user
        locked.resolution = resolution
        locked.save(update_fields=["resolved_at", "resolved_by", "resolution"])
