"""A resident asks for travel support on a phone: visit code → estimate → reference number."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.core import mail
from django.utils import timezone
from PIL import Image

from outreach.travel.models import Claim, Payee, Receipt
from outreach.travel.models.claims import ClaimStatus

from .helpers import confirm_data, details, receipt, step_one

pytestmark = pytest.mark.django_db


def errors_of(response):
    return " ".join(str(e) for errors in response.context["form"].errors.values() for e in errors)


def test_public_transport_request_end_to_end(
    client, visit_code, role_user, django_capture_on_commit_callbacks
):
    role_user("finance", email="talous@example.fi")
    response, state = step_one(client, visit_code)
    page = response.content.decode()
    assert f"{response.context['one_way_km']:.1f}\xa0km".replace(".", ",") in page
    assert response.context["one_way_km"] > 20  # Porvoo centre to Loviisa by road
    estimate = response.context["estimate"]
    assert estimate.cost == Decimal("64.20")
    assert estimate.self_liability == Decimal("50.00")
    assert estimate.payable == Decimal("14.20")
    assert "14,20\xa0€" in page

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/fi/travel/request/confirm/", confirm_data(state))
    assert response.status_code == 302
    done = client.get(response.url)
    claim = Claim.objects.get()
    assert claim.reference in done.content.decode()
    assert claim.status == ClaimStatus.SUBMITTED
    assert claim.amount == Decimal("14.20")
    assert claim.language == "fi"
    assert Payee.objects.get(claim=claim).iban == "FI2112345600000785"
    visit_code.refresh_from_db()
    assert visit_code.used_at is not None
    assert claim.receipts.get().content_type == "image/jpeg"
    assert [m.to for m in mail.outbox] == [["talous@example.fi"]]
    assert "Maija" not in mail.outbox[0].body  # no personal data in the finance notice


def test_own_car_request_pays_km_rate_minus_self_liability(client, visit_code):
    response, state = step_one(
        client, visit_code, mode="car", ticket_cost="", car_km="90", trips="2"
    )
    # 90 km × 0.20 €/km = 18.00 €; self-liability 2 × 25 € leaves nothing, and the page says so.
    assert response.context["estimate"].payable == Decimal("0.00")
    assert "matkasta ei makseta tukea" in response.content.decode()
    response = client.post("/fi/travel/request/confirm/", confirm_data(state, receipt=None))
    assert response.status_code == 302
    claim = Claim.objects.get()
    assert (claim.mode, claim.distance_km, claim.amount) == ("car", Decimal("90.0"), Decimal("0"))
    assert not claim.receipts.exists()


def test_double_submit_creates_one_claim(client, visit_code):
    _response, state = step_one(client, visit_code)
    first = client.post("/fi/travel/request/confirm/", confirm_data(state))
    second = client.post("/fi/travel/request/confirm/", confirm_data(state))
    assert Claim.objects.count() == 1
    assert first.url == second.url


def test_reused_code_is_refused_in_finnish(client, visit_code):
    _response, state = step_one(client, visit_code)
    client.post("/fi/travel/request/confirm/", confirm_data(state))
    response = client.post("/fi/travel/request/", details(visit_code))
    assert response.status_code == 400
    assert "Tämä käyntikoodi on jo käytetty." in errors_of(response)


def test_expired_and_unknown_codes_are_refused(client, visit_code):
    visit_code.expires_at = timezone.now() - timedelta(minutes=1)
    visit_code.save()
    response = client.post("/sv/travel/request/", details(visit_code))
    assert "Besökskoden har gått ut." in errors_of(response)
    response = client.post("/sv/travel/request/", details(visit_code, visit_code="XXXX-XXXX"))
    assert "Det finns ingen sådan besökskod." in errors_of(response)


@pytest.mark.parametrize(
    "amount, message",
    [("-5", "Anna nollaa suurempi summa."), ("99999", "Summa on liian suuri yhdelle matkalle.")],
)
def test_negative_or_absurd_amount_is_refused(client, visit_code, amount, message):
    response = client.post("/fi/travel/request/", details(visit_code, ticket_cost=amount))
    assert response.status_code == 400
    assert message in errors_of(response)
    assert not Claim.objects.exists()


def test_invalid_iban_saves_nothing_and_says_why_in_swedish(client, visit_code):
    _response, state = step_one(client, visit_code, language="sv")
    response = client.post(
        "/sv/travel/request/confirm/", confirm_data(state, iban="FI21 1234 5600 0007 86")
    )
    assert response.status_code == 400
    assert "Kontrollera kontonumret" in errors_of(response)
    assert not Claim.objects.exists() and not Receipt.objects.exists()
    visit_code.refresh_from_db()
    assert visit_code.used_at is None


def test_public_transport_needs_a_receipt(client, visit_code):
    _response, state = step_one(client, visit_code)
    response = client.post("/fi/travel/request/confirm/", confirm_data(state, receipt=None))
    assert "Lisää valokuva tai PDF lipusta tai kuitista." in errors_of(response)
    assert not Claim.objects.exists()


def test_long_car_trip_needs_a_reason(client, visit_code):
    response = client.post(
        "/fi/travel/request/", details(visit_code, mode="car", ticket_cost="", car_km="400")
    )
    assert response.status_code == 400
    assert "distance_reason" in response.context["form"].errors


def test_tampered_first_step_starts_again(client, visit_code):
    _response, state = step_one(client, visit_code)
    response = client.post("/fi/travel/request/confirm/", confirm_data(state + "x"))
    assert response.status_code == 302 and response.url.endswith("/travel/request/")
    assert not Claim.objects.exists()


def test_photo_loses_its_gps_location(client, visit_code):
    from .conftest import jpeg_bytes

    _response, state = step_one(client, visit_code)
    upload = receipt(jpeg_bytes(with_gps=True))
    client.post("/fi/travel/request/confirm/", confirm_data(state, receipt=upload))
    stored = Claim.objects.get().receipts.get().file
    with stored.open("rb"), Image.open(stored) as image:
        assert not image.getexif()
        assert image.size == (60, 40)


def test_kilometres_typed_for_the_other_mode_are_not_kept(client, visit_code):
    _response, state = step_one(client, visit_code, car_km="50")
    client.post("/fi/travel/request/confirm/", confirm_data(state))
    assert Claim.objects.get().distance_km is None


def test_a_broken_task_queue_does_not_lose_the_claim(
    client, visit_code, monkeypatch, django_capture_on_commit_callbacks
):
    def broker_down(*args, **kwargs):
        raise ConnectionError("broker unavailable")

    monkeypatch.setattr("outreach.travel.notifications.async_task", broker_down)
    _response, state = step_one(client, visit_code)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/fi/travel/request/confirm/", confirm_data(state))
    assert response.status_code == 302
    assert Claim.objects.count() == 1


def test_after_too_many_wrong_codes_even_the_right_one_waits(client, visit_code, settings):
    settings.TRAVEL_CODE_ATTEMPTS_PER_CLIENT = 3
    for _ in range(3):
        response = client.post("/fi/travel/request/", details(visit_code, visit_code="AAAA-AAAA"))
        assert response.status_code == 400
    response = client.post("/fi/travel/request/", details(visit_code))
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= settings.TRAVEL_CODE_ATTEMPT_WINDOW
    assert (
        "Liian monta yritystä. Yritä uudelleen 15 minuutin kuluttua." in response.content.decode()
    )
    other = client.post("/fi/travel/request/", details(visit_code), REMOTE_ADDR="10.9.9.9")
    assert other.status_code == 200


def test_one_code_guessed_from_many_addresses_is_throttled(client, visit_code, settings):
    settings.TRAVEL_CODE_ATTEMPTS_PER_CODE = 2
    for address in ["10.0.0.1", "10.0.0.2"]:
        client.post(
            "/fi/travel/request/", details(visit_code, visit_code="BBBB-BBBB"), REMOTE_ADDR=address
        )
    response = client.post(
        "/sv/travel/request/", details(visit_code, visit_code="BBBB-BBBB"), REMOTE_ADDR="10.0.0.3"
    )
    assert response.status_code == 429
    assert "För många försök. Försök igen om 15 minuter." in response.content.decode()
