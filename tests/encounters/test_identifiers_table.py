"""The shared identifier table (also run against the worker app's identifiers.js by `npm test`),
sent through the same record parser the sync API uses for encounters and corrections."""

import json
from pathlib import Path

import pytest
from django.utils import timezone, translation

from outreach.encounters.identifiers import identifier_kinds
from outreach.worker.records import Context, RecordError, parse
from tests.worker.records import encounter_record, session_record

pytestmark = pytest.mark.django_db

CASES = json.loads((Path(__file__).parents[1] / "identifier_cases.json").read_text("utf-8"))
KIND_WORDS = {"hetu": "personal identity code", "email": "e-mail address", "phone": "phone number"}


def parse_with_guided_to(text):
    raw = encounter_record(session_record(), guided_to=text)
    context = Context(themes=frozenset(raw["themes"]), venues=frozenset(), now=timezone.now())
    return parse(raw, context)


@pytest.mark.parametrize("case", CASES, ids=[f"{c['kind']}: {c['note']}" for c in CASES])
def test_the_sync_parser_refuses_exactly_the_identifiers_in_the_table(case):
    with translation.override("en"):
        if case["expected"] == "allowed":
            assert parse_with_guided_to(case["text"])[1]["content"]["guided_to"] == case["text"]
            return
        with pytest.raises(RecordError) as refused:
            parse_with_guided_to(case["text"])
    assert KIND_WORDS[case["kind"]] in refused.value.message
    assert case["text"] not in refused.value.message  # says what kind, never echoes it back


def test_the_table_covers_every_kind_and_enough_ordinary_notes():
    assert {c["kind"] for c in CASES} == {"hetu", "phone", "email", "ordinary"}
    assert sum(c["kind"] == "ordinary" for c in CASES) >= 15
    assert all(identifier_kinds(c["text"]) == [] for c in CASES if c["kind"] == "ordinary")
