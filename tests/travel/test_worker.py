"""A worker hands out visit codes and claims mileage for a pop-up trip."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from outreach.travel.models import Claim, VisitCode
from outreach.travel.models.codes import CODE_ALPHABET
from tests.factories import PopupSessionFactory

from .conftest import VALID_IBAN

pytestmark = pytest.mark.django_db


def session_for(worker, venue, days_ago=2, **kwargs):
    starts = timezone.now().replace(hour=15, minute=0) - timedelta(days=days_ago)
    return PopupSessionFactory(worker=worker, venue=venue, starts_at=starts, **kwargs)


def test_worker_issues_a_one_time_code_for_their_session(worker_client, venue_in_loviisa):
    session = session_for(worker_client.user, venue_in_loviisa, days_ago=0)
    response = worker_client.post("/fi/travel/visit-code/", {"session": session.pk})
    code = VisitCode.objects.get()
    assert (code.venue, code.session, code.issued_by) == (
        venue_in_loviisa,
        session,
        worker_client.user,
    )
    assert code.visit_date == timezone.localdate(session.starts_at)
    assert set(code.code) <= set(CODE_ALPHABET)
    assert code.display in response.content.decode()
    assert not hasattr(code, "encounter")  # a code never points at an encounter


def test_worker_without_a_session_picks_the_venue(worker_client, venue_in_loviisa):
    worker_client.post("/fi/travel/visit-code/", {"venue": venue_in_loviisa.pk})
    assert VisitCode.objects.get().visit_date == timezone.localdate()


def mileage_data(sessions, porvoo, **overrides):
    data = {
        "sessions": [s.pk for s in sessions],
        "base": porvoo.pk,
        "passengers": "0",
        "distance_km": "",
        "distance_reason": "",
        "payee_name": "Tiina Työntekijä",
        "iban": VALID_IBAN,
        "token": "t" * 32,
    }
    data.update(overrides)
    return data


def test_mileage_claim_end_to_end(worker_client, venue_in_loviisa, porvoo):
    session = session_for(worker_client.user, venue_in_loviisa)
    response = worker_client.post(
        "/fi/travel/mileage/", mileage_data([session], porvoo, passengers="1")
    )
    assert response.status_code == 302
    claim = Claim.objects.get()
    assert claim.kind == "mileage" and claim.claimant == worker_client.user
    assert list(claim.sessions.all()) == [session]
    assert claim.distance_km == claim.distance_estimate_km > 40  # Porvoo → Loviisa → Porvoo
    # 2026 rate 0.55 €/km + 0.04 €/km for one passenger.
    assert claim.amount == (claim.distance_km * Decimal("0.59")).quantize(Decimal("0.01"))
    assert claim.payee.email == "tyontekija@example.fi"
    page = worker_client.get(response.url).content.decode()
    assert claim.reference in page


def test_corrected_distance_needs_a_reason(worker_client, venue_in_loviisa, porvoo):
    session = session_for(worker_client.user, venue_in_loviisa)
    data = mileage_data([session], porvoo, distance_km="120")
    response = worker_client.post("/fi/travel/mileage/", data)
    assert response.status_code == 400
    assert "Kerro, miksi matka poikkeaa arviosta." in response.content.decode()
    data["distance_reason"] = "Tietyö, kiertotie Lapinjärven kautta."
    worker_client.post("/fi/travel/mileage/", data)
    claim = Claim.objects.get()
    assert claim.distance_km == Decimal("120.0")
    assert claim.amount == Decimal("66.00")


def test_double_submit_makes_one_mileage_claim(worker_client, venue_in_loviisa, porvoo):
    session = session_for(worker_client.user, venue_in_loviisa)
    first = worker_client.post("/fi/travel/mileage/", mileage_data([session], porvoo))
    second = worker_client.post("/fi/travel/mileage/", mileage_data([session], porvoo))
    assert Claim.objects.count() == 1 and first.url == second.url


def test_only_own_unclaimed_sessions_can_be_claimed(
    worker_client, venue_in_loviisa, porvoo, role_user
):
    someone_elses = session_for(role_user("outreach_worker"), venue_in_loviisa)
    response = worker_client.post("/fi/travel/mileage/", mileage_data([someone_elses], porvoo))
    assert response.status_code == 400 and not Claim.objects.exists()


def test_sessions_of_two_days_are_two_claims(worker_client, venue_in_loviisa, porvoo):
    sessions = [
        session_for(worker_client.user, venue_in_loviisa, days_ago=2),
        session_for(worker_client.user, venue_in_loviisa, days_ago=3),
    ]
    response = worker_client.post("/sv/travel/mileage/", mileage_data(sessions, porvoo))
    assert "Välj tillfällen från endast en dag" in response.content.decode()


def test_a_session_on_a_live_claim_is_not_offered_again(worker_client, venue_in_loviisa, porvoo):
    claimed = session_for(worker_client.user, venue_in_loviisa, days_ago=2)
    free = session_for(worker_client.user, venue_in_loviisa, days_ago=4)
    worker_client.post("/fi/travel/mileage/", mileage_data([claimed], porvoo))
    offered = worker_client.get("/fi/travel/mileage/").context["form"].fields["sessions"].queryset
    assert list(offered) == [free]


@pytest.fixture
def returned_mileage_claim(worker_client, venue_in_loviisa, porvoo, role_user):
    """A worker's mileage claim that finance returned; and the address of its page."""
    from outreach.travel.workflow import change_status

    session = session_for(worker_client.user, venue_in_loviisa)
    response = worker_client.post("/fi/travel/mileage/", mileage_data([session], porvoo))
    claim = Claim.objects.get()
    change_status(claim, "returned", role_user("finance"), "Kerro kiertotien syy.")
    return claim, response.url


def test_worker_corrects_a_returned_mileage_claim(worker_client, returned_mileage_claim):
    claim, url = returned_mileage_claim
    assert "Kerro kiertotien syy." in worker_client.get(url).content.decode()
    worker_client.post(url, {"note": "Tietyö Loviisantiellä.", "km": "100"})
    claim.refresh_from_db()
    assert (claim.status, claim.distance_km, claim.amount) == (
        "submitted",
        Decimal("100.0"),
        Decimal("55.00"),
    )


def test_a_returned_mileage_claim_keeps_the_rate_it_was_first_priced_with(
    worker_client, returned_mileage_claim
):
    from outreach.travel.models import MileageRate

    claim, url = returned_mileage_claim
    # Finance corrects the rate table meanwhile (a typo, a new decision for the same dates).
    MileageRate.objects.update(rate_per_km=Decimal("0.99"))

    worker_client.post(url, {"note": "Tietyö Loviisantiellä.", "km": "100"})

    claim.refresh_from_db()
    assert claim.amount == Decimal("55.00")  # 100 km at the 0,55 €/km the claim was priced with


@pytest.mark.parametrize("language, empty", [("fi", "Valitse…"), ("sv", "Välj…")])
def test_the_workers_selects_say_choose_not_dashes(worker_client, language, empty):
    for page in ("visit-code", "mileage"):
        html = worker_client.get(f"/{language}/travel/{page}/").content.decode()
        assert "---------" not in html
        assert f">{empty}</option>" in html
