"""Parse and validate the records a device sends, in plain Python.

The sync endpoint takes up to 500 records per request, so this module avoids per-record model
instances and schema objects: each record becomes a small dict of clean values, or raises
:class:`RecordError` with a message for the worker. The content hash of the cleaned values tells
a retry (same hash) from a conflicting record under a known identifier (different hash).
"""

import hashlib
import json
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.utils.text import capfirst, format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from outreach.encounters.identifiers import find_identifiers
from outreach.encounters.models import Encounter, Language, to_quarter_hour
from outreach.themes.answers import clean_encounter_answers
from outreach.travel.models.codes import code_in_link, normalise_code

MAX_TEXT = 100
MAX_PASSERS_BY = 100_000
# Device clocks drift; anything further in the future than this is a broken clock.
CLOCK_SKEW = timedelta(hours=1)
CORRECTION_WINDOW = timedelta(hours=24)
# Versions are stored in a 32-bit integer column.
MAX_VERSION = 2**31 - 1

AGE_BANDS = frozenset(Encounter.AgeBand.values)
CONCERNS = frozenset(Encounter.ConcernAbout.values)
CONTACT_TYPES = frozenset(Encounter.ContactType.values)
LANGUAGES = frozenset(Language.values)
DURATIONS = frozenset(Encounter.Duration.values) | {""}
WIRE_LABELS = {
    "uuid": gettext_lazy("identifier"),
    "session": gettext_lazy("pop-up session"),
    "encounter": gettext_lazy("encounter"),
    "started_at": gettext_lazy("start time"),
    "ended_at": gettext_lazy("end time"),
    "made_at": gettext_lazy("time of the correction"),
    "base_version": gettext_lazy("version"),
    "languages": gettext_lazy("languages spoken"),
    "code": gettext_lazy("visit code"),
    "handed_out_at": gettext_lazy("time handed out"),
}


def _label(key):
    """The name of a field as the worker knows it, in the worker's language."""
    if key in WIRE_LABELS:
        return capfirst(WIRE_LABELS[key])
    try:
        return capfirst(Encounter._meta.get_field(key).verbose_name)
    except FieldDoesNotExist:
        return key


class RecordError(Exception):
    """A record the server refuses; the message is shown to the worker on the device."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = str(message)


@dataclass(frozen=True)
class Context:
    """What validation needs to know, computed once per request rather than once per record."""

    themes: frozenset
    venues: frozenset
    now: datetime
    # Cleaned theme answers by (themes, answers as sent): a batch repeats the same few answers.
    answers_seen: dict = field(default_factory=dict)


def field_error(key, message, **values):
    """A :class:`RecordError` about one field; ``message`` has a ``{field}`` placeholder."""
    return RecordError(format_lazy(message, field=_label(key), **values))


def content_hash(values):
    canonical = json.dumps(
        values, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str
    )
    return hashlib.sha256(canonical.encode()).hexdigest()


def record_uuid(raw):
    """The record's identifier, or ``None`` when it has no valid one."""
    value = raw.get("uuid") if isinstance(raw, dict) else None
    if not isinstance(value, str):
        return None
    try:
        return uuid.UUID(value)
    except ValueError:
        return None


def _uuid(raw, key):
    try:
        return uuid.UUID(raw[key])
    except (KeyError, TypeError, ValueError, AttributeError):
        raise field_error(key, _("{field}: not a valid identifier.")) from None


def _moment(raw, key, context, *, required=True):
    value = raw.get(key)
    if value in (None, "") and not required:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise field_error(key, _("{field}: not a valid time.")) from None
    if moment.tzinfo is None:
        raise field_error(key, _("{field}: the time has no time zone."))
    moment = moment.astimezone(UTC)
    if moment > context.now + CLOCK_SKEW:
        raise field_error(key, _("{field}: the time is in the future; check the device clock."))
    return moment


def _choice(raw, key, allowed, default):
    value = raw.get(key, default)
    if value is None:
        value = default
    if value not in allowed:
        raise field_error(key, _("{field}: not one of the choices."))
    return value


def _text(raw, key):
    value = raw.get(key) or ""
    if not isinstance(value, str) or len(value) > MAX_TEXT:
        raise field_error(key, _("{field}: at most {count} characters of text."), count=MAX_TEXT)
    value = value.strip()
    found = find_identifiers(value)
    if found:
        raise field_error(
            key,
            _("{field}: remove {what}: encounters are anonymous."),
            what=", ".join(str(kind) for kind in found),
        )
    return value


def _themes(raw, context):
    value = raw.get("themes")
    if not isinstance(value, list) or not value:
        raise RecordError(_("Choose at least one theme."))
    if any(not isinstance(slug, str) or slug not in context.themes for slug in value):
        raise RecordError(_("A chosen theme is not offered any more."))
    return sorted(set(value))


def _require_object(raw):
    if not isinstance(raw, dict):
        raise RecordError(_("A record must be an object."))


def _unstorable(value):
    """Whether ``value`` holds text no database column takes: PostgreSQL refuses NUL in text,
    and a lone surrogate (valid in JSON, "\\ud800") cannot be encoded at all."""
    if isinstance(value, str):
        if "\x00" in value:
            return True
        try:
            value.encode()
        except UnicodeEncodeError:
            return True
        return False
    if isinstance(value, dict):
        return any(_unstorable(key) or _unstorable(item) for key, item in value.items())
    if isinstance(value, list):
        return any(_unstorable(item) for item in value)
    return False


def parse_session(raw, context):
    _require_object(raw)
    started_at = _moment(raw, "started_at", context)
    ended_at = _moment(raw, "ended_at", context, required=False)
    if ended_at is not None and ended_at <= started_at:
        raise RecordError(_("A session must end after it starts."))
    venue = raw.get("venue")
    if isinstance(venue, bool) or venue not in context.venues:
        raise RecordError(_("The venue is not known; update the app and choose it again."))
    languages = raw.get("languages") or []
    if not isinstance(languages, list) or any(code not in LANGUAGES for code in languages):
        raise field_error("languages", _("{field}: not one of the choices."))
    passers_by = raw.get("passers_by")
    if passers_by is not None and (
        isinstance(passers_by, bool)
        or not isinstance(passers_by, int)
        or not 0 <= passers_by <= MAX_PASSERS_BY
    ):
        raise RecordError(
            format_lazy(
                _("Passers-by: enter a whole number from {low} to {high}."),
                low=0,
                high=MAX_PASSERS_BY,
            )
        )
    return {
        "uuid": _uuid(raw, "uuid"),
        "venue_id": venue,
        "themes": _themes(raw, context),
        "languages": sorted(set(languages)),
        "starts_at": started_at,
        "ends_at": ended_at or started_at + timedelta(hours=3),
        "status": "closed" if ended_at else "open",
        "passers_by": passers_by,
    }


def _answers(raw, themes, occurred_at, context):
    # An older form version is accepted only for a grace period after the encounter, so the time
    # is part of what makes two sets of answers the same.
    key = (tuple(themes), occurred_at, json.dumps(raw, sort_keys=True))
    if key not in context.answers_seen:
        try:
            context.answers_seen[key] = clean_encounter_answers(
                raw, themes, occurred_at=occurred_at
            )
        except ValidationError as error:
            context.answers_seen[key] = RecordError(" ".join(map(str, error.messages)))
    result = context.answers_seen[key]
    if isinstance(result, RecordError):
        raise RecordError(result.message)
    return result  # shared between rows, never mutated: each row is stored as its own JSON


def encounter_content(raw, context):
    """The clean, comparable content of an encounter (also what a correction carries)."""
    _require_object(raw)
    themes = _themes(raw, context)
    occurred_at = to_quarter_hour(_moment(raw, "occurred_at", context))
    return {
        "occurred_at": occurred_at,
        "themes": themes,
        "age_band": _choice(raw, "age_band", AGE_BANDS, None),
        "concern_about": _choice(raw, "concern_about", CONCERNS, "self"),
        "contact_type": _choice(raw, "contact_type", CONTACT_TYPES, "conversation"),
        "language": _choice(raw, "language", LANGUAGES, "fi"),
        "guided_to": _text(raw, "guided_to"),
        "duration": _choice(raw, "duration", DURATIONS, ""),
        "answers": _answers(raw.get("answers"), themes, occurred_at, context),
    }


def parse_encounter(raw, context):
    content = encounter_content(raw, context)
    session = _uuid(raw, "session")
    return {
        "uuid": _uuid(raw, "uuid"),
        "session": session,
        "content": content,
        "hash": content_hash({"session": session, **content}),
    }


def parse_correction(raw, context):
    _require_object(raw)
    base_version = raw.get("base_version")
    if (
        isinstance(base_version, bool)
        or not isinstance(base_version, int)
        or not 1 <= base_version <= MAX_VERSION
    ):
        raise field_error("base_version", _("{field}: not a valid version."))
    made_at = _moment(raw, "made_at", context)
    delete = raw.get("delete", False)
    if not isinstance(delete, bool):
        raise RecordError(_("Delete: answer true or false."))
    content = None if delete else encounter_content(raw.get("content"), context)
    return {
        "uuid": _uuid(raw, "uuid"),
        "encounter": _uuid(raw, "encounter"),
        "base_version": base_version,
        "made_at": made_at,
        "delete": delete,
        "content": content,
    }


def parse_visit_code(raw, context):
    """A visit code handed out offline: which code, at which session. Never an encounter."""
    _require_object(raw)
    code = raw.get("code")
    if not isinstance(code, str) or not code_in_link(code):
        raise field_error("code", _("{field}: not a valid visit code."))
    return {
        "uuid": _uuid(raw, "uuid"),
        "code": normalise_code(code),
        "session": _uuid(raw, "session"),
        "handed_out_at": _moment(raw, "handed_out_at", context),
    }


PARSERS = {
    "session": parse_session,
    "encounter": parse_encounter,
    "correction": parse_correction,
    "visit_code": parse_visit_code,
}


def parse(raw, context):
    """Return ``(type, cleaned)`` for one record or raise :class:`RecordError`."""
    _require_object(raw)
    if _unstorable(raw):
        raise RecordError(
            _("The record holds a character that cannot be stored (NUL or a broken one).")
        )
    parser = PARSERS.get(raw.get("type"))
    if parser is None:
        raise RecordError(_("Unknown record type."))
    return raw["type"], parser(raw, context)
