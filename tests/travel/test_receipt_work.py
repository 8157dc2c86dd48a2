"""A receipt is checked once however often the step is sent, and one visit code can cause only so
much checking, across the claim form and the correction form."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone

from outreach.travel.links import status_path
from outreach.travel.models import Claim, VisitCode
from outreach.travel.workflow import change_status

from .conftest import jpeg_bytes, png_bytes
from .helpers import confirm_data, receipt, step_one

pytestmark = pytest.mark.django_db

CONFIRM = "/fi/travel/request/confirm/"
BAD_IBAN = "FI21 1234 5600 0007 86"
TOO_MANY = "Tällä käyntikoodilla on lähetetty tänään liian monta kuittitiedostoa."


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


def photo(width):
    return receipt(jpeg_bytes(size=(width, 40)))


def test_a_step_sent_again_does_not_check_the_same_photo_again(client, visit_code, receipt_checks):
    _response, state = step_one(client, visit_code)
    for _attempt in range(3):
        response = client.post(CONFIRM, confirm_data(state, iban=BAD_IBAN, receipt=photo(60)))
        assert response.status_code == 400 and "Tarkista tilinumero" in response.content.decode()
    response = client.post(CONFIRM, confirm_data(state, receipt=photo(60)))
    assert response.status_code == 302
    assert Claim.objects.get().receipts.get().content_type == "image/jpeg"
    assert len(receipt_checks) == 1


def test_a_refused_file_sent_again_is_not_checked_again(client, visit_code, receipt_checks):
    huge = png_bytes((9400, 9400), mode="1")
    _response, state = step_one(client, visit_code)
    for _attempt in range(3):
        upload = receipt(huge, name="kuitti.png", content_type="image/png")
        response = client.post(CONFIRM, confirm_data(state, receipt=upload))
        assert "Kuva on liian suuri" in response.content.decode()
    assert len(receipt_checks) == 1
    assert not Claim.objects.exists()


def test_a_visit_code_has_only_so_many_files_checked(client, visit_code, settings, receipt_checks):
    settings.TRAVEL_RECEIPTS_PER_VISIT_CODE = 2
    _response, state = step_one(client, visit_code)
    for width in (60, 61):
        client.post(CONFIRM, confirm_data(state, iban=BAD_IBAN, receipt=photo(width)))
    response = client.post(CONFIRM, confirm_data(state, receipt=photo(62)))
    assert response.status_code == 400 and TOO_MANY in response.content.decode()
    assert not Claim.objects.exists() and len(receipt_checks) == 2

    # A file already checked costs nothing and still goes through.
    response = client.post(CONFIRM, confirm_data(state, receipt=photo(61)))
    assert response.status_code == 302

    # Another visit code has its own count.
    other = VisitCode.objects.create(
        venue=visit_code.venue, visit_date=timezone.localdate() - timedelta(days=1)
    )
    _response, state = step_one(client, other)
    assert client.post(CONFIRM, confirm_data(state, receipt=photo(62))).status_code == 302


def test_the_correction_form_counts_against_the_same_visit_code(
    client, visit_code, settings, role_user
):
    settings.TRAVEL_RECEIPTS_PER_VISIT_CODE = 1
    _response, state = step_one(client, visit_code)
    assert client.post(CONFIRM, confirm_data(state, receipt=photo(60))).status_code == 302
    claim = Claim.objects.get()
    change_status(claim, "returned", role_user("finance"), "Kuitti ei näy.")

    response = client.post(status_path(claim), {"note": "Uusi kuva.", "receipt": photo(61)})
    assert response.status_code == 400 and TOO_MANY in response.content.decode()
    claim.refresh_from_db()
    assert claim.status == "returned" and claim.receipts.count() == 1
