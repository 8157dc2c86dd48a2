"""W8: a worker claims only trips made, sees session times as the public site shows them, and
finds their claims again with date, route and status."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from outreach.travel.models import Claim
from tests.factories import PopupSessionFactory

from .test_worker import mileage_data, session_for

pytestmark = pytest.mark.django_db


def test_a_session_later_today_is_not_offered(worker_client, venue_in_loviisa, porvoo):
    later = PopupSessionFactory(
        worker=worker_client.user,
        venue=venue_in_loviisa,
        starts_at=timezone.now() + timedelta(hours=2),
    )
    response = worker_client.get("/fi/travel/mileage/")
    assert later not in response.context["form"].fields["sessions"].queryset
    response = worker_client.post("/fi/travel/mileage/", mileage_data([later], porvoo))
    assert response.status_code == 400 and not Claim.objects.exists()


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_session_times_are_helsinki_time(worker_client, venue_in_loviisa, language):
    # 14.00 UTC on a winter day is 16.00 in Helsinki, the time on the public site.
    day = timezone.localdate() - timedelta(days=3)
    starts = datetime(day.year, day.month, day.day, 14, 0, tzinfo=ZoneInfo("UTC"))
    PopupSessionFactory(worker=worker_client.user, venue=venue_in_loviisa, starts_at=starts)
    html = worker_client.get(f"/{language}/travel/mileage/").content.decode()
    local = timezone.localtime(starts)
    assert f"{local:%H}.00" in html or f"{local.hour}.00" in html
    assert f"{starts:%d.%m.%Y} 14.00" not in html


def test_confirmation_and_my_claims_show_date_route_and_status(
    worker_client, venue_in_loviisa, porvoo, role_user
):
    session = session_for(worker_client.user, venue_in_loviisa)
    response = worker_client.post("/fi/travel/mileage/", mileage_data([session], porvoo))
    claim = Claim.objects.get()
    page = worker_client.get(response.url).content.decode()
    assert claim.travel_date.strftime("%-d.%-m.%Y") in page
    assert f"Porvoo → {venue_in_loviisa.name} → Porvoo" in page

    someone_else = session_for(role_user("outreach_worker"), venue_in_loviisa)
    Claim.objects.create(
        kind="mileage",
        travel_date=someone_else.starts_at.date(),
        municipality=porvoo,
        mode="car",
        distance_estimate_km=10,
        amount=1,
        idempotency_token="other",
        payee_key="other",
        claimant=someone_else.worker,
        reference="MT-OTHER000",
    )
    html = worker_client.get("/sv/travel/mileage/").content.decode()
    mine = html.split('id="my-claims-heading"')[1]
    assert claim.reference in mine and "Väntar på beslut" in mine
    assert "MT-OTHER000" not in mine
