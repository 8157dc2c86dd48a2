"""Corrections: a worker may change or withdraw their own encounter for 24 hours.

A correction names the version it replaces. The replaced version is kept as an
:class:`EncounterVersion`; a correction made on a version that is no longer current is a conflict
that goes back to the device, never a silent overwrite.
"""

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from outreach.encounters.models import Encounter, EncounterVersion, to_quarter_hour

from .records import CORRECTION_WINDOW, RecordError

CONTENT_FIELDS = [
    "occurred_at",
    "themes",
    "age_band",
    "concern_about",
    "contact_type",
    "language",
    "guided_to",
    "duration",
    "answers",
]


class StaleBase(Exception):
    pass


def snapshot(encounter):
    return {field: getattr(encounter, field) for field in [*CONTENT_FIELDS, "deleted_at"]}


def apply(cleaned, worker, now):
    """Apply one correction and return the encounter's new version number."""
    replaced = (
        EncounterVersion.objects.filter(correction_uuid=cleaned["uuid"])
        .values_list("version", flat=True)
        .first()
    )
    if replaced is not None:  # a retry of a correction already applied
        return replaced + 1
    try:
        with transaction.atomic():
            return _apply(cleaned, worker, now)
    except IntegrityError:
        raise StaleBase(_("Someone else corrected this encounter at the same time.")) from None


def _apply(cleaned, worker, now):
    encounter = (
        Encounter.objects.select_for_update()
        .filter(uuid=cleaned["encounter"], worker=worker)
        .first()
    )
    if encounter is None:
        raise RecordError(_("The encounter to correct is not on the server."))
    if encounter.deleted_at is not None:
        raise RecordError(_("The encounter has already been deleted."))
    if cleaned["made_at"] > encounter.occurred_at + CORRECTION_WINDOW:
        raise RecordError(_("An encounter can be corrected for 24 hours only."))
    if cleaned["base_version"] != encounter.version:
        raise StaleBase(
            _("The encounter was corrected elsewhere; this device had an older version.")
        )
    return replace_version(encounter, cleaned, now)


def replace_version(encounter, cleaned, now):
    """Keep the current version of ``encounter`` and make ``cleaned`` (a correction's content or
    deletion) the next one. Also how a coordinator applies a conflicting copy."""
    EncounterVersion.objects.create(
        encounter=encounter,
        version=encounter.version,
        content=snapshot(encounter),
        correction_uuid=cleaned["uuid"],
        replaced_at=to_quarter_hour(now),
    )
    if cleaned["delete"]:
        encounter.deleted_at = to_quarter_hour(now)
    else:
        for field in CONTENT_FIELDS:
            setattr(encounter, field, cleaned["content"][field])
    encounter.version += 1
    encounter.save()
    return encounter.version
