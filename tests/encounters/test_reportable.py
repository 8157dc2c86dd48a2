import uuid

import pytest
from django.utils import timezone

from outreach.encounters.models import Encounter
from tests.factories import PopupSessionFactory

pytestmark = pytest.mark.django_db


def make(session, **fields):
    now = timezone.now()
    return Encounter.objects.create(
        uuid=uuid.uuid4(),
        session=session,
        occurred_at=now,
        received_at=now,
        themes=["violence"],
        age_band="18-29",
        **fields,
    )


def test_withdrawn_encounters_do_not_count_in_reports():
    session = PopupSessionFactory()
    kept = make(session)
    make(session, deleted_at=timezone.now())
    assert list(Encounter.objects.reportable()) == [kept]
