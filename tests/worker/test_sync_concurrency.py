"""Many devices syncing overlapping batches at the same moment (PostgreSQL: SQLite runs one writer
at a time). A replay that meets a concurrent insert of the same records is "already stored",
never a server error, and every encounter is stored exactly once."""

import json
import random
import threading

import pytest
from django.db import OperationalError, connection
from django.test import Client

from outreach.encounters.models import Encounter, PopupSession
from outreach.worker import ingest
from outreach.worker.models import SyncConflict

from .records import encounter_record, session_record

WORKERS = 3
ENCOUNTERS = 120
THREADS_PER_WORKER = 4
URL = "/api/worker/sync"
JSON = "application/json"


def overlapping_batches(encounters, rng):
    """Each thread sends an overlapping slice, shuffled, then replays them all (the session was
    acknowledged earlier, so the app no longer sends it)."""
    batches = []
    for thread in range(THREADS_PER_WORKER):
        start = thread * ENCOUNTERS // (THREADS_PER_WORKER + 1)
        part = encounters[start : start + ENCOUNTERS // 2]
        everything = list(encounters)
        rng.shuffle(part)
        rng.shuffle(everything)
        batches.append([part, everything])
    return batches


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs concurrent writers")
def test_overlapping_batches_at_once_give_no_server_error_and_store_each_encounter_once(
    role_user,
):
    rng = random.Random(15)
    plans = []
    for _ in range(WORKERS):
        worker = role_user("outreach_worker")
        session = session_record()
        client = Client()
        client.force_login(worker)
        assert (
            client.post(URL, json.dumps({"records": [session]}), content_type=JSON).status_code
            == 200
        )
        encounters = [encounter_record(session) for _ in range(ENCOUNTERS)]
        plans += [(worker, batches) for batches in overlapping_batches(encounters, rng)]

    barrier = threading.Barrier(len(plans), timeout=30)
    statuses, receipts = [], []
    lock = threading.Lock()

    def device(worker, batches):
        # A server error is a status to count, as the device would see it.
        client = Client(raise_request_exception=False)
        client.force_login(worker)
        try:
            barrier.wait()
            for records in batches:
                response = client.post(URL, json.dumps({"records": records}), content_type=JSON)
                with lock:
                    statuses.append(response.status_code)
                    if response.status_code == 200:
                        receipts.extend(response.json()["receipts"])
        finally:
            connection.close()

    threads = [threading.Thread(target=device, args=plan) for plan in plans]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert statuses == [200] * (len(plans) * 2)
    assert {r["status"] for r in receipts} == {"stored"}
    assert Encounter.objects.count() == WORKERS * ENCOUNTERS
    assert PopupSession.objects.count() == WORKERS
    assert not SyncConflict.objects.exists()


class Deadlock(Exception):
    sqlstate = "40P01"


@pytest.mark.django_db
def test_a_batch_rolled_back_to_break_a_deadlock_runs_again_and_is_stored_once(
    role_user, monkeypatch
):
    worker = role_user("outreach_worker")
    session = session_record()
    records = [session, *[encounter_record(session) for _ in range(3)]]
    original = ingest.Batch.save_audit
    calls = []

    def deadlocked_once(batch):
        calls.append(batch)
        if len(calls) == 1:
            raise OperationalError("deadlock detected") from Deadlock()
        original(batch)

    monkeypatch.setattr(ingest.Batch, "save_audit", deadlocked_once)
    monkeypatch.setattr(ingest.time, "sleep", lambda seconds: None)

    receipts = ingest.ingest(records, worker)

    assert [r["status"] for r in receipts] == ["stored"] * 4
    assert len(calls) == 2
    assert Encounter.objects.count() == 3 and PopupSession.objects.count() == 1


@pytest.mark.django_db
def test_a_batch_that_stays_deadlocked_is_answered_busy_and_stores_nothing(
    client, role_user, monkeypatch
):
    def always_deadlocked(batch):
        raise OperationalError("deadlock detected") from Deadlock()

    monkeypatch.setattr(ingest.Batch, "save_audit", always_deadlocked)
    monkeypatch.setattr(ingest.time, "sleep", lambda seconds: None)
    client.force_login(role_user("outreach_worker"))
    session = session_record()
    records = [session, encounter_record(session)]

    response = client.post(
        URL, json.dumps({"records": records}), content_type=JSON, HTTP_ACCEPT_LANGUAGE="sv"
    )

    assert response.status_code == 503
    assert response["Retry-After"] == str(response.json()["retry_after"])
    assert "Dina uppgifter" in response.json()["detail"]
    assert not Encounter.objects.exists() and not PopupSession.objects.exists()
