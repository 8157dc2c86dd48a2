"""Visit codes handed out offline: reserved to a worker's device while online, bound to the
session's venue and day at sync, usable by one resident only (issue 14, walkthrough
w22_offline_visitcode)."""

import json
import uuid
from datetime import timedelta

import pytest
from django.utils import timezone

from outreach.encounters.models import Encounter
from outreach.places.models import Venue
from outreach.travel.models import Claim, VisitCode
from outreach.worker.models import IngestLog
from tests.factories import PopupSessionFactory
from tests.worker.records import now_iso, session_record

from .helpers import confirm_data, details

pytestmark = pytest.mark.django_db

DEVICE = "phone-0f3c9a7e"


def pool(client, device=DEVICE, language="en"):
    response = client.post(
        "/api/worker/visit-codes",
        json.dumps({"device": device}),
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE=language,
    )
    assert response.status_code == 200, response.content
    return response.json()


def sync(client, records, language="en"):
    response = client.post(
        "/api/worker/sync",
        json.dumps({"records": records}),
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE=language,
    )
    assert response.status_code == 200, response.content
    return response.json()["receipts"]


def handed_out(code, session):
    return {
        "type": "visit_code",
        "uuid": str(uuid.uuid4()),
        "code": code,
        "session": session["uuid"],
        "handed_out_at": now_iso(10),
    }


def venue(index=0):
    return Venue.objects.order_by("pk")[index]


# --- the pool ---------------------------------------------------------------------------------


def test_a_device_gets_ten_codes_with_qr_link_and_slip_and_asking_again_gives_the_same(
    worker_client,
):
    first = pool(worker_client)
    again = pool(worker_client)

    assert len(first["codes"]) == 10
    assert [c["code"] for c in again["codes"]] == [c["code"] for c in first["codes"]]
    assert VisitCode.objects.count() == 10
    code = first["codes"][0]
    assert code["link"].endswith(f"/travel/c/{code['code']}/")
    assert code["qr"].startswith("<svg") and "viewBox" in code["qr"]
    assert code["display"] == f"{code['code'][:4]}-{code['code'][4:]}"
    slip = {line["lang"]: line["text"] for line in first["texts"]["slip"]}
    assert slip["sv"].startswith("Resestöd: skanna QR-koden") and "{date}" in slip["sv"]
    assert slip["fi"] != slip["en"]


def test_each_device_has_its_own_pool_and_a_synced_code_is_replaced(worker_client):
    phone = pool(worker_client)["codes"]
    tablet = pool(worker_client, device="tablet-77aa01bc")["codes"]
    assert not {c["code"] for c in phone} & {c["code"] for c in tablet}

    session = session_record()
    sync(worker_client, [session, handed_out(phone[0]["code"], session)])
    refilled = [c["code"] for c in pool(worker_client)["codes"]]

    assert len(refilled) == 10 and phone[0]["code"] not in refilled
    assert VisitCode.objects.count() == 21


def test_the_pool_needs_a_device_identifier(worker_client):
    response = worker_client.post(
        "/api/worker/visit-codes", json.dumps({}), content_type="application/json"
    )
    assert response.status_code == 400
    assert VisitCode.objects.count() == 0


# --- sync -------------------------------------------------------------------------------------


def test_a_code_handed_out_offline_binds_to_the_sessions_venue_and_day(worker_client):
    code = pool(worker_client)["codes"][0]["code"]
    session = session_record(venue=venue(1).pk)
    receipts = sync(worker_client, [session, handed_out(code, session)])

    assert [r["status"] for r in receipts] == ["stored", "stored"]
    bound = VisitCode.objects.get(code=code)
    assert bound.venue == venue(1)
    assert bound.session.uuid == uuid.UUID(session["uuid"])
    assert bound.visit_date == timezone.localdate()
    # The day only: a time of day would match the code to an encounter of the same quarter.
    local = timezone.localtime(bound.handed_out_at)
    assert (local.hour, local.minute) == (0, 0)
    assert timezone.localtime(bound.expires_at).time().hour == 0
    assert Encounter not in {f.related_model for f in VisitCode._meta.get_fields()}


def test_a_resend_is_stored_once(worker_client):
    code = pool(worker_client)["codes"][0]["code"]
    session = session_record()
    record = handed_out(code, session)
    sync(worker_client, [session, record])
    resent = sync(worker_client, [record])
    again = sync(worker_client, [{**record, "uuid": str(uuid.uuid4())}])  # queued twice

    assert resent[0]["status"] == again[0]["status"] == "stored"
    assert VisitCode.objects.filter(code=code, venue__isnull=False).count() == 1
    assert IngestLog.objects.filter(record_type="visit_code", result="duplicate").count() == 2


def test_a_code_reserved_to_another_worker_is_refused_in_the_workers_language(
    worker_client, client, role_user
):
    other = role_user("outreach_worker")
    client.force_login(other)
    theirs = pool(client)["codes"][0]["code"]
    client.force_login(worker_client.user)
    session = session_record()

    receipts = sync(worker_client, [session, handed_out(theirs, session)], language="sv")

    assert receipts[1]["status"] == "rejected"
    assert "en annan medarbetare" in receipts[1]["message"]
    assert not VisitCode.objects.get(code=theirs).is_bound  # nothing half-saved


def test_a_code_already_bound_elsewhere_is_refused(worker_client):
    code = pool(worker_client)["codes"][0]["code"]
    library = session_record(venue=venue(0).pk)
    sports_hall = session_record(venue=venue(1).pk)
    sync(worker_client, [library, handed_out(code, library)])

    receipts = sync(worker_client, [sports_hall, handed_out(code, sports_hall)])

    assert receipts[1]["status"] == "rejected"
    assert "another pop-up point" in receipts[1]["message"]
    assert VisitCode.objects.get(code=code).venue == venue(0)


# --- the resident types a code the worker's device has not synced yet -------------------------


def reserved_code(worker):
    return VisitCode.objects.create(
        reserved_for=worker,
        reserved_device=DEVICE,
        expires_at=timezone.now() + timedelta(days=90),
    )


def session_today(worker, at_venue):
    starts = timezone.localtime().replace(hour=0, minute=5)
    return PopupSessionFactory(worker=worker, venue=at_venue, starts_at=starts, status="open")


def test_an_unsynced_code_is_accepted_when_the_worker_is_at_one_venue_today(client, role_user):
    worker = role_user("outreach_worker")
    session = session_today(worker, venue(2))
    code = reserved_code(worker)

    response = client.post("/fi/travel/request/", details(code))

    assert response.status_code == 200, response.content.decode()[:1500]
    code.refresh_from_db()
    assert (code.venue, code.visit_date, code.session) == (
        venue(2),
        timezone.localdate(),
        session,
    )
    state = response.context["state"]
    assert client.post("/fi/travel/request/confirm/", confirm_data(state)).status_code == 302
    # Consumed once: a second resident with the same code is refused.
    assert Claim.objects.get().visit_code == code
    second = client.post("/sv/travel/request/", details(code), REMOTE_ADDR="10.1.1.1")
    assert "redan använts" in second.content.decode()


@pytest.mark.parametrize("venues", [0, 2], ids=["no session today", "two venues today"])
def test_an_unsynced_code_is_not_active_yet_and_counts_as_a_wrong_code(
    client, role_user, settings, venues
):
    settings.TRAVEL_CODE_ATTEMPTS_PER_CLIENT = 2
    worker = role_user("outreach_worker")
    for index in range(venues):
        session_today(worker, venue(index))
    code = reserved_code(worker)

    answers = [
        client.post(f"/{language}/travel/request/", details(code))
        for language in ["fi", "sv", "en"]
    ]

    assert "Käyntikoodi ei ole vielä käytössä" in answers[0].content.decode()
    assert "Besökskoden är inte aktiv ännu" in answers[1].content.decode()
    assert [a.status_code for a in answers] == [400, 400, 429]  # the third waits
    assert not VisitCode.objects.get(pk=code.pk).is_bound
