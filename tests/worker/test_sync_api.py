"""The sync endpoint: idempotent by UUID, a receipt per record, 4xx with a reason for bad input."""

import json
import uuid

import pytest

from outreach.encounters.models import Encounter, PopupSession
from outreach.worker.models import IngestLog, SyncConflict

from .records import encounter_record, now_iso, session_record

pytestmark = pytest.mark.django_db

URL = "/api/worker/sync"


@pytest.fixture
def worker(client_as):
    return client_as("outreach_worker")


def post(client, body, **headers):
    data = body if isinstance(body, str | bytes) else json.dumps(body)
    headers.setdefault("HTTP_ACCEPT_LANGUAGE", "en")
    return client.post(URL, data, content_type="application/json", **headers)


def sync(client, records):
    response = post(client, {"records": records})
    assert response.status_code == 200, response.content
    return response.json()["receipts"]


def test_a_session_and_its_encounters_are_stored_with_one_receipt_each(worker):
    session = session_record()
    encounters = [encounter_record(session) for _ in range(3)]
    receipts = sync(worker, [session, *encounters])

    assert [r["status"] for r in receipts] == ["stored"] * 4
    assert [r["uuid"] for r in receipts] == [r["uuid"] for r in [session, *encounters]]
    stored = Encounter.objects.get(uuid=encounters[0]["uuid"])
    assert stored.occurred_at.minute % 15 == 0 and stored.occurred_at.second == 0
    assert stored.version == 1 and stored.worker.username
    assert IngestLog.objects.filter(result="stored").count() == 4


def test_a_retry_gets_the_same_receipts_and_stores_nothing_twice(worker):
    session = session_record()
    records = [session, *[encounter_record(session) for _ in range(5)]]
    first = sync(worker, records)
    second = sync(worker, records)

    assert second == first
    assert Encounter.objects.count() == 5
    assert IngestLog.objects.filter(result="duplicate").count() == 5


def test_same_uuid_with_other_content_is_a_conflict_kept_for_review(worker):
    session = session_record()
    encounter = encounter_record(session)
    sync(worker, [session, encounter])
    changed = {**encounter, "age_band": "65+"}
    receipts = sync(worker, [changed])
    sync(worker, [changed])  # a retry of the conflict is still one conflict

    assert receipts[0]["status"] == "conflict" and receipts[0]["message"]
    assert Encounter.objects.get(uuid=encounter["uuid"]).age_band == "18-29"
    conflict = SyncConflict.objects.get()
    assert conflict.payload["content"]["age_band"] == "65+"


def test_one_bad_record_does_not_block_the_others(worker):
    session = session_record()
    good = [encounter_record(session) for _ in range(4)]
    bad = encounter_record(session, age_band="unknown")
    receipts = sync(worker, [session, good[0], bad, *good[1:]])

    assert [r["status"] for r in receipts] == ["stored", "stored", "rejected"] + ["stored"] * 3
    assert "Age band" in receipts[2]["message"]
    assert Encounter.objects.count() == 4


def test_a_closed_session_updates_the_open_one(worker):
    session = session_record()
    sync(worker, [session])
    receipts = sync(worker, [{**session, "ended_at": now_iso(), "passers_by": 40}])
    stored = PopupSession.objects.get(uuid=session["uuid"])
    assert receipts[0]["status"] == "stored"
    assert (stored.status, stored.passers_by) == ("closed", 40)


@pytest.mark.parametrize(
    "text, kind",
    [
        ("soita 040 123 4567", "phone number"),
        ("matti@example.com", "e-mail address"),
        ("131052-308T", "personal identity code"),
    ],
)
def test_identifying_text_is_refused_with_what_was_found(worker, text, kind):
    session = session_record()
    receipts = sync(worker, [session, encounter_record(session, guided_to=text)])
    assert receipts[1]["status"] == "rejected"
    assert kind in receipts[1]["message"]
    assert not Encounter.objects.exists()


def test_messages_come_in_the_workers_language(worker):
    session = session_record()
    response = post(
        worker,
        {"records": [session, encounter_record(session, age_band="x")]},
        HTTP_ACCEPT_LANGUAGE="sv",
    )
    assert "Åldersgrupp" in response.json()["receipts"][1]["message"]


def test_theme_answers_are_validated_per_record(worker):
    session = session_record()
    good = encounter_record(
        session, answers={"violence": {"schema_version": 1, "answers": {"role": "witnessed"}}}
    )
    bad = encounter_record(
        session, answers={"violence": {"schema_version": 1, "answers": {"role": "nobody"}}}
    )
    receipts = sync(worker, [session, good, bad])
    assert [r["status"] for r in receipts] == ["stored", "stored", "rejected"]
    stored = Encounter.objects.get(uuid=good["uuid"])
    assert stored.answers == {"violence": {"schema_version": 1, "answers": {"role": "witnessed"}}}


def test_an_encounter_in_another_workers_session_is_refused(worker, client_as, client):
    session = session_record()
    sync(worker, [session])
    client.logout()
    other = client_as("outreach_worker")
    receipts = sync(other, [encounter_record(session)])
    assert receipts[0]["status"] == "rejected"


@pytest.mark.parametrize(
    "body, status",
    [
        ("not json", 400),
        ("[1, 2]", 400),
        ('{"records": {"a": 1}}', 400),
        ("[" * 100_000 + "]" * 100_000, 400),
        (b"\xff\xfe", 400),
        ('{"records": []}', 200),
    ],
    ids=["text", "list", "object-records", "deep-nesting", "not-utf8", "empty"],
)
def test_malformed_requests_get_a_4xx_with_a_reason(worker, body, status):
    response = post(worker, body)
    assert response.status_code == status
    if status != 200:
        assert response.json()["detail"]


def test_more_than_500_records_is_refused_whole(worker):
    session = session_record()
    response = post(worker, {"records": [encounter_record(session) for _ in range(501)]})
    assert response.status_code == 413
    assert "500" in response.json()["detail"]
    assert not IngestLog.objects.exists()


def test_an_oversized_body_is_refused(worker, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    response = post(worker, {"records": [{"type": "encounter", "guided_to": "x" * 20_000}]})
    assert response.status_code == 413


HOSTILE = [
    None,
    1,
    "text",
    [],
    {},
    {"type": "encounter"},
    {"type": "encounter", "uuid": "not-a-uuid"},
    {"type": "encounter", "uuid": str(uuid.uuid4()), "session": 5},
    {"type": "session", "uuid": str(uuid.uuid4()), "venue": True, "themes": ["violence"]},
    {"type": "session", "uuid": str(uuid.uuid4()), "venue": 1, "started_at": "2020-13-45"},
    {"type": "correction", "uuid": str(uuid.uuid4()), "base_version": "1"},
    {"type": "__proto__"},
]


def test_hostile_records_are_each_rejected_with_a_reason(worker):
    session = session_record()
    nasty = [
        encounter_record(session, themes="violence"),
        encounter_record(session, themes=[{"a": 1}]),
        encounter_record(session, occurred_at="2026-01-01T00:00:00"),
        encounter_record(session, occurred_at="9999-01-01T00:00:00+00:00"),
        encounter_record(session, answers={"violence": {"answers": {"form": [["x"]]}}}),
        encounter_record(session, answers={"violence": "yes"}),
        encounter_record(session, guided_to=["list"]),
        encounter_record(session, guided_to="x" * 101),
        encounter_record(session, age_band=None),
    ]
    receipts = sync(worker, [session, *HOSTILE, *nasty])
    rejected = receipts[1:]
    assert [r["status"] for r in rejected] == ["rejected"] * len(rejected)
    assert all(r["message"] for r in rejected)
    assert not Encounter.objects.exists()
    assert IngestLog.objects.filter(result="rejected").count() == len(rejected)


def test_without_login_the_api_answers_401_json(client):
    response = post(client, {"records": []})
    assert response.status_code == 401
    assert response.json()["detail"]


def test_a_logged_in_non_worker_is_refused(client_as):
    response = post(client_as("finance"), {"records": []})
    assert response.status_code == 403
    assert response.json()["code"] == "not_a_worker"


def test_the_csrf_token_is_required(role_user):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(role_user("outreach_worker"))
    assert post(client, {"records": []}).status_code == 403
    token = client.get("/api/worker/me").json()["csrf_token"]
    assert post(client, {"records": []}, HTTP_X_CSRFTOKEN=token).status_code == 200


def test_the_ingest_log_is_append_only(worker):
    session = session_record()
    sync(worker, [session])
    entry = IngestLog.objects.get()
    with pytest.raises(TypeError):
        entry.save()
    with pytest.raises(TypeError):
        IngestLog.objects.all().delete()
    with pytest.raises(TypeError):
        IngestLog.objects.update(result="stored")


def test_an_old_form_version_syncs_within_the_grace_period_and_is_refused_after_it(
    worker, settings
):
    settings.THEME_SCHEMA_GRACE_DAYS = 30
    version_1 = {"loneliness": {"schema_version": 1, "answers": {"has_someone": True}}}
    days = 24 * 60
    session = session_record(themes=["loneliness"], started_at=now_iso(41 * days))
    records = [
        encounter_record(
            session, themes=["loneliness"], occurred_at=now_iso(minutes), answers=version_1
        )
        for minutes in (2 * days, 40 * days)
    ]
    receipts = sync(worker, [session, *records])

    assert [r["status"] for r in receipts] == ["stored", "stored", "rejected"]
    assert "version" in receipts[2]["message"]
    stored = Encounter.objects.get(uuid=records[0]["uuid"])
    assert stored.answers == version_1  # kept as made; reports read it with its own version


def test_nothing_kept_about_a_record_tells_its_time_closer_than_the_quarter_hour(worker):
    session = session_record()
    encounter = encounter_record(session)
    conflicting = {**encounter, "age_band": "65+"}
    sync(worker, [session, encounter])
    sync(worker, [conflicting])

    times = [
        *IngestLog.objects.values_list("received_at", flat=True),
        *SyncConflict.objects.values_list("received_at", flat=True),
        *Encounter.objects.values_list("occurred_at", "received_at").get(),
    ]
    assert len(times) == 6
    assert all(t.minute % 15 == 0 and t.second == 0 and t.microsecond == 0 for t in times)


def test_a_flood_of_sync_requests_is_refused_with_a_time_to_wait_in_the_workers_language(
    worker, settings
):
    from django.core.cache import cache

    cache.clear()
    rate = int(settings.WORKER_SYNC_RATE.split("/")[0])
    for _ in range(rate):
        assert post(worker, {"records": []}).status_code == 200
    refused = post(worker, {"records": []}, HTTP_ACCEPT_LANGUAGE="sv")
    assert refused.status_code == 429
    assert 1 <= int(refused["Retry-After"]) <= 60
    assert refused.json()["retry_after"] == int(refused["Retry-After"])
    assert "sekunder" in refused.json()["detail"]
    cache.clear()


def test_the_same_encounter_twice_in_one_batch_is_stored_once_and_a_changed_copy_is_a_conflict(
    worker,
):
    session = session_record()
    encounter = encounter_record(session)
    changed = {**encounter, "age_band": "65+"}
    receipts = sync(worker, [session, encounter, encounter, changed])

    assert [r["status"] for r in receipts] == ["stored", "stored", "stored", "conflict"]
    assert Encounter.objects.count() == 1
    assert SyncConflict.objects.get().record_uuid == uuid.UUID(encounter["uuid"])
