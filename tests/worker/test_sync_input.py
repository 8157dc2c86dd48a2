"""Hostile and near-valid records: each gets a rejected receipt with a reason, never a server
error, and the good records sent with it are stored."""

import json

import pytest

from outreach.encounters.models import Encounter

from .records import encounter_record, session_record
from .test_sync_api import post

pytestmark = pytest.mark.django_db


@pytest.fixture
def worker(client_as):
    return client_as("outreach_worker")


NUL, SURROGATE = "\x00", "\ud800"

# (name, how the hostile encounter differs from a good one)
ENCOUNTER_CHANGES = [
    ("age band is a list", {"age_band": ["18-29"]}),
    ("age band is an object", {"age_band": {"a": 1}}),
    ("language is a list", {"language": ["fi"]}),
    ("contact type is an object", {"contact_type": {}}),
    ("duration is a list", {"duration": []}),
    ("concern is a number", {"concern_about": 7}),
    ("a theme is a list", {"themes": [["violence"]]}),
    ("themes is an object", {"themes": {"violence": 1}}),
    ("answers is a list", {"answers": [1, 2]}),
    ("an answer is an object", {"answers": {"violence": {"schema_version": {}, "answers": []}}}),
    (
        "answers hold a list",
        {"answers": {"violence": {"schema_version": 1, "answers": {"x": [[]]}}}},
    ),
    ("type is a list", {"type": ["encounter"]}),
    ("uuid is an object", {"uuid": {"x": 1}}),
    ("session is a list", {"session": ["x"]}),
    ("year 1", {"occurred_at": "0001-01-01T00:00:00+14:00"}),
    ("year 9999", {"occurred_at": "9999-12-31T23:59:59-12:00"}),
    ("time is a number", {"occurred_at": 10**30}),
    ("time is a list", {"occurred_at": ["2026-01-01T00:00:00Z"]}),
    ("NUL in referral", {"guided_to": f"a{NUL}b"}),
    ("lone surrogate in referral", {"guided_to": f"a{SURROGATE}b"}),
    ("NUL in an answer", {"answers": {"violence": {"schema_version": 1, "answers": {NUL: NUL}}}}),
    ("surrogate in a key", {SURROGATE: 1}),
    ("referral is an object", {"guided_to": {"x": 1}}),
]

SESSION_CHANGES = [
    ("venue is a list", {"venue": [1]}),
    ("venue is an object", {"venue": {"pk": 1}}),
    ("a language is a list", {"languages": [["fi"]]}),
    ("passers-by is huge", {"passers_by": 10**40}),
    ("passers-by is a float", {"passers_by": 1.5}),
    ("start in year 1", {"started_at": "0001-01-01T00:00:00+01:00"}),
    ("end in year 9999", {"ended_at": "9999-12-31T23:59:59-12:00"}),
    ("NUL in a theme", {"themes": [f"violence{NUL}"]}),
]

CORRECTION_CHANGES = [
    ("base version huge", {"base_version": 10**40}),
    ("content is a list", {"content": [1]}),
    ("made at year 1", {"made_at": "0001-01-01T00:00:00+14:00"}),
    ("delete is a list", {"delete": []}),
]


def send(worker, records):
    response = post(worker, json.dumps({"records": records}))
    assert response.status_code < 500, response.content
    assert response.status_code == 200
    return response.json()["receipts"]


def assert_only_the_bad_one_rejected(receipts, bad_index):
    bad = receipts[bad_index]
    assert bad["status"] == "rejected" and bad["message"]
    others = [r for i, r in enumerate(receipts) if i != bad_index]
    assert {r["status"] for r in others} == {"stored"}


@pytest.mark.parametrize(
    "changes", [c for _n, c in ENCOUNTER_CHANGES], ids=[n for n, _c in ENCOUNTER_CHANGES]
)
def test_a_hostile_encounter_is_refused_and_the_rest_stored(worker, changes):
    session = session_record()
    good = encounter_record(session)
    bad = {**encounter_record(session), **changes}
    receipts = send(worker, [session, good, bad])
    assert_only_the_bad_one_rejected(receipts, 2)
    assert Encounter.objects.filter(uuid=good["uuid"]).exists()


@pytest.mark.parametrize(
    "changes", [c for _n, c in SESSION_CHANGES], ids=[n for n, _c in SESSION_CHANGES]
)
def test_a_hostile_session_is_refused_and_the_rest_stored(worker, changes):
    session = session_record()
    good = encounter_record(session)
    bad = {**session_record(), **changes}
    receipts = send(worker, [session, good, bad])
    assert_only_the_bad_one_rejected(receipts, 2)


@pytest.mark.parametrize(
    "changes", [c for _n, c in CORRECTION_CHANGES], ids=[n for n, _c in CORRECTION_CHANGES]
)
def test_a_hostile_correction_is_refused_and_the_rest_stored(worker, changes):
    session = session_record()
    good = encounter_record(session)
    send(worker, [session, good])
    correction = {
        "type": "correction",
        "uuid": "6f1c1b1e-1a2b-4c3d-8e9f-0a1b2c3d4e5f",
        "encounter": good["uuid"],
        "base_version": 1,
        "made_at": good["occurred_at"],
        "content": {k: v for k, v in good.items() if k not in ("type", "uuid", "session")},
        **changes,
    }
    other = encounter_record(session)
    receipts = send(worker, [other, correction])
    assert_only_the_bad_one_rejected(receipts, 1)


@pytest.mark.parametrize("record", [None, 1, "x", [], [1], True])
def test_a_record_that_is_not_an_object_is_refused(worker, record):
    session = session_record()
    receipts = send(worker, [session, record])
    assert_only_the_bad_one_rejected(receipts, 1)
