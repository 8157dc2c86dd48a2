"""Corrections through the sync endpoint: versioned, idempotent, 24 hours, stale base = conflict."""

import json
import uuid

import pytest

from outreach.encounters.models import Encounter, EncounterVersion
from outreach.worker.models import SyncConflict

from .records import encounter_record, now_iso, session_record

pytestmark = pytest.mark.django_db


@pytest.fixture
def worker(client_as):
    return client_as("outreach_worker")


def sync(client, records):
    response = client.post(
        "/api/worker/sync",
        json.dumps({"records": records}),
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 200, response.content
    return response.json()["receipts"]


@pytest.fixture
def stored(worker):
    session = session_record()
    encounter = encounter_record(session)
    sync(worker, [session, encounter])
    return encounter


def correction(encounter, base_version=1, **changes):
    content = {k: v for k, v in encounter.items() if k not in ("type", "uuid", "session")}
    return {
        "type": "correction",
        "uuid": str(uuid.uuid4()),
        "encounter": encounter["uuid"],
        "base_version": base_version,
        "made_at": now_iso(),
        "content": {**content, **changes},
    }


def test_a_correction_makes_a_new_version_and_keeps_the_old_one(worker, stored):
    receipts = sync(worker, [correction(stored, age_band="65+")])
    assert receipts[0] == {
        "uuid": receipts[0]["uuid"],
        "type": "correction",
        "status": "stored",
        "version": 2,
    }
    encounter = Encounter.objects.get(uuid=stored["uuid"])
    assert (encounter.age_band, encounter.version) == ("65+", 2)
    assert EncounterVersion.objects.get().content["age_band"] == "18-29"


def test_a_resent_correction_is_applied_once(worker, stored):
    fix = correction(stored, age_band="65+")
    first = sync(worker, [fix])
    assert sync(worker, [fix]) == first
    assert Encounter.objects.get(uuid=stored["uuid"]).version == 2


def test_a_correction_of_an_old_version_is_a_conflict(worker, stored):
    sync(worker, [correction(stored, age_band="65+")])
    stale = correction(stored, age_band="under18")  # still names version 1
    receipts = sync(worker, [stale])
    assert receipts[0]["status"] == "conflict"
    assert "older version" in receipts[0]["message"]
    assert Encounter.objects.get(uuid=stored["uuid"]).age_band == "65+"
    assert SyncConflict.objects.filter(record_type="correction").count() == 1


def test_deleting_withdraws_the_encounter_from_reports(worker, stored):
    fix = {**correction(stored), "delete": True, "content": None}
    assert sync(worker, [fix])[0]["status"] == "stored"
    encounter = Encounter.objects.get(uuid=stored["uuid"])
    assert encounter.deleted_at is not None
    assert not Encounter.objects.reportable().filter(pk=encounter.pk).exists()
    again = correction(stored, base_version=2, age_band="65+")
    assert sync(worker, [again])[0]["status"] == "rejected"


def test_after_24_hours_an_encounter_can_no_longer_be_corrected(worker):
    session = session_record(started_at=now_iso(60 * 30))
    old = encounter_record(session, occurred_at=now_iso(60 * 25))
    sync(worker, [session, old])
    receipts = sync(worker, [correction(old, age_band="65+")])
    assert receipts[0]["status"] == "rejected"
    assert "24 hours" in receipts[0]["message"]


def test_only_the_workers_own_encounters_can_be_corrected(stored, client, client_as):
    client.logout()
    other = client_as("outreach_worker")
    assert sync(other, [correction(stored, age_band="65+")])[0]["status"] == "rejected"
    assert Encounter.objects.get(uuid=stored["uuid"]).version == 1


def test_a_correction_is_validated_like_an_encounter(worker, stored):
    receipts = sync(worker, [correction(stored, guided_to="call 040 123 4567")])
    assert receipts[0]["status"] == "rejected"
    assert "phone number" in receipts[0]["message"]


VIOLENCE_ROLE = {"violence": {"schema_version": 1, "answers": {"role": "witnessed"}}}


def test_themes_and_theme_answers_are_corrected(worker, stored):
    fix = correction(stored, themes=["gambling", "violence"], answers=VIOLENCE_ROLE)
    assert sync(worker, [fix])[0]["status"] == "stored"
    encounter = Encounter.objects.get(uuid=stored["uuid"])
    assert (encounter.themes, encounter.answers, encounter.version) == (
        ["gambling", "violence"],
        VIOLENCE_ROLE,
        2,
    )
    assert EncounterVersion.objects.get().content["themes"] == ["violence"]


def test_a_resent_theme_correction_is_applied_once(worker, stored):
    fix = correction(stored, themes=["gambling"], answers={})
    first = sync(worker, [fix])
    assert sync(worker, [fix]) == first
    encounter = Encounter.objects.get(uuid=stored["uuid"])
    assert (encounter.themes, encounter.version) == (["gambling"], 2)
    assert EncounterVersion.objects.count() == 1


@pytest.mark.parametrize(
    ("answers", "themes", "message"),
    [
        (
            {"violence": {"schema_version": 1, "answers": {"role": "bystander"}}},
            ["violence"],
            "Role: not one of the choices.",
        ),
        (VIOLENCE_ROLE, ["gambling"], "answers given but the theme is not chosen"),
    ],
)
def test_a_wrong_theme_answer_is_refused_and_nothing_of_the_correction_is_stored(
    worker, stored, answers, themes, message
):
    fix = correction(stored, themes=themes, age_band="65+", answers=answers)
    receipt = sync(worker, [fix])[0]
    assert receipt["status"] == "rejected"
    assert message in receipt["message"]
    encounter = Encounter.objects.get(uuid=stored["uuid"])
    assert (encounter.themes, encounter.age_band, encounter.version) == (["violence"], "18-29", 1)
    assert not EncounterVersion.objects.exists()


def test_a_refused_theme_answer_is_explained_in_the_workers_language(worker, stored):
    fix = correction(stored, answers={"violence": {"schema_version": 1, "answers": {"role": "x"}}})
    response = worker.post(
        "/api/worker/sync",
        json.dumps({"records": [fix]}),
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="sv",
    )
    assert response.json()["receipts"][0]["message"].startswith("Roll:")
