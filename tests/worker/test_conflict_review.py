"""A coordinator reviews sync conflicts in the Wagtail admin: keep the stored record, or use the
received content; and reads the ingest log."""

import uuid

import pytest
from django.test import Client
from wagtail.users.models import UserProfile

from outreach.encounters.models import Encounter, EncounterVersion, PopupSession
from outreach.worker.ingest import ingest
from outreach.worker.models import IngestLog, SyncConflict

from .records import encounter_record, now_iso, session_record

pytestmark = pytest.mark.django_db

KEPT, RECEIVED = SyncConflict.Resolution.KEPT, SyncConflict.Resolution.RECEIVED


@pytest.fixture
def coordinator(role_user):
    user = role_user("coordinator")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client = Client()
    client.force_login(user)
    client.user = user
    return client


@pytest.fixture
def stored(worker):
    """An encounter on the server (age band 18–29), and a second copy under the same identifier
    that says 65 or over: a conflict."""
    session = session_record()
    encounter = encounter_record(session)
    ingest([session, encounter], worker)
    ingest([{**encounter, "age_band": "65+"}], worker)
    return encounter


def conflict():
    return SyncConflict.objects.get()


def resolve(client, resolution, pk=None):
    pk = pk or conflict().pk
    return client.post(f"/admin/worker/conflicts/{pk}/resolve/", {"resolution": resolution})


def test_the_coordinator_sees_the_conflict_side_by_side_with_labels(coordinator, stored):
    listing = coordinator.get("/admin/worker/conflicts/")
    assert listing.status_code == 200
    assert f'href="/admin/worker/conflicts/{conflict().pk}/"' in listing.text

    page = coordinator.get(f"/admin/worker/conflicts/{conflict().pk}/")
    assert page.status_code == 200
    assert "Age band" in page.text
    assert "18–29" in page.text and "<strong>65 or over</strong>" in page.text
    assert "Keep the stored record" in page.text and "Use the received content" in page.text


def test_keeping_the_stored_record_changes_nothing_but_the_conflict(coordinator, stored):
    response = resolve(coordinator, KEPT)

    assert response.status_code == 302
    encounter = Encounter.objects.get(uuid=stored["uuid"])
    assert (encounter.age_band, encounter.version) == ("18-29", 1)
    assert not EncounterVersion.objects.exists()
    resolved = conflict()
    assert resolved.resolution == KEPT and resolved.resolved_at is not None
    assert resolved.resolved_by == coordinator.user


def test_using_the_received_content_makes_a_new_version(coordinator, stored):
    resolve(coordinator, RECEIVED)

    encounter = Encounter.objects.get(uuid=stored["uuid"])
    assert (encounter.age_band, encounter.version) == ("65+", 2)
    replaced = EncounterVersion.objects.get(encounter=encounter)
    assert (replaced.version, replaced.content["age_band"]) == (1, "18-29")
    assert conflict().resolution == RECEIVED and conflict().resolved_by == coordinator.user


def test_a_stale_correction_can_be_applied_and_its_retry_is_then_stored(coordinator, worker):
    session = session_record()
    encounter = encounter_record(session)
    ingest([session, encounter], worker)
    content = {k: v for k, v in encounter.items() if k not in ("type", "uuid", "session")}
    stale = {
        "type": "correction",
        "uuid": str(uuid.uuid4()),
        "encounter": encounter["uuid"],
        "base_version": 7,
        "made_at": now_iso(),
        "content": {**content, "contact_type": "crisis"},
    }
    assert ingest([stale], worker)[0]["status"] == "conflict"

    resolve(coordinator, RECEIVED)

    stored = Encounter.objects.get(uuid=encounter["uuid"])
    assert (stored.contact_type, stored.version) == ("crisis", 2)
    assert ingest([stale], worker)[0] == {
        "uuid": stale["uuid"],
        "type": "correction",
        "status": "stored",
        "version": 2,
    }


def test_a_session_sent_by_another_worker_can_replace_the_stored_one(
    coordinator, worker, role_user
):
    session = session_record()
    ingest([session], worker)
    ingest([{**session, "passers_by": 40}], role_user("outreach_worker"))
    page = coordinator.get(f"/admin/worker/conflicts/{conflict().pk}/")
    assert "Passers-by reached" in page.text and "<strong>40</strong>" in page.text

    resolve(coordinator, RECEIVED)

    stored = PopupSession.objects.get(uuid=session["uuid"])
    assert stored.passers_by == 40 and stored.worker == worker


def test_a_resolved_conflict_cannot_be_resolved_again(coordinator, stored):
    resolve(coordinator, KEPT)
    response = resolve(coordinator, RECEIVED)

    assert response.status_code == 302
    follow = coordinator.get(response.url)
    assert "already been resolved" in follow.text
    assert Encounter.objects.get(uuid=stored["uuid"]).age_band == "18-29"
    assert conflict().resolution == KEPT


def test_a_resolved_conflict_offers_no_actions_and_leaves_the_unresolved_list(coordinator, stored):
    resolve(coordinator, KEPT)
    page = coordinator.get(f"/admin/worker/conflicts/{conflict().pk}/")
    assert "Use the received content" not in page.text
    assert "Kept the stored record" in page.text
    pk = conflict().pk
    link = f'href="/admin/worker/conflicts/{pk}/"'
    assert link not in coordinator.get("/admin/worker/conflicts/").text
    assert link in coordinator.get("/admin/worker/conflicts/?state=resolved").text
    assert link in coordinator.get("/admin/worker/conflicts/?state=all").text


def test_an_unknown_choice_changes_nothing(coordinator, stored):
    response = resolve(coordinator, "both")
    assert response.status_code == 302
    assert conflict().resolved_at is None


def test_a_get_never_changes_anything(coordinator, stored):
    pk = conflict().pk
    coordinator.get(f"/admin/worker/conflicts/{pk}/")
    assert (
        coordinator.get(f"/admin/worker/conflicts/{pk}/resolve/?resolution=received").status_code
        == 405
    )
    assert conflict().resolved_at is None
    assert Encounter.objects.get(uuid=stored["uuid"]).version == 1


@pytest.mark.parametrize("role", [None, "outreach_worker", "finance", "editor"], ids=str)
def test_other_roles_cannot_resolve(client_as, role, stored):
    client = client_as(role)
    response = resolve(client, RECEIVED)
    assert response.status_code in (302, 403)
    assert conflict().resolved_at is None
    assert Encounter.objects.get(uuid=stored["uuid"]).version == 1


def test_unknown_ids_are_not_found(coordinator, stored):
    # LocaleMiddleware first redirects any 404 to the same path under /fi/: follow it.
    for path in ("/admin/worker/conflicts/999999/", "/admin/worker/conflicts/abc/"):
        assert coordinator.get(path, follow=True).status_code == 404
    response = resolve(coordinator, KEPT, pk=999999)
    assert response.url == "/fi/admin/worker/conflicts/999999/resolve/"  # the 404's redirect
    assert conflict().resolved_at is None
    assert coordinator.get("/admin/worker/conflicts/?page=banana&state=nonsense").status_code == 200


def test_the_ingest_log_filters_by_result_newest_first(coordinator, worker):
    session = session_record()
    ingest([session], worker)
    ingest([{"type": "encounter", "uuid": str(uuid.uuid4())}], worker)

    def rows(query=""):
        return coordinator.get(f"/admin/worker/ingest-log/{query}").text.split("<tbody>")[1]

    everything = rows()
    assert everything.index("Rejected") < everything.index(session["uuid"])
    rejected = rows("?result=rejected")
    assert "Rejected" in rejected and session["uuid"] not in rejected
    assert IngestLog.objects.count() == 2


def test_the_dashboard_counts_unresolved_conflicts(coordinator, stored):
    assert "1 sync conflict waits for review." in coordinator.get("/admin/").text
