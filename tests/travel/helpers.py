"""Driving the two-step public request the way a browser does."""

from django.core.files.uploadedfile import SimpleUploadedFile

from outreach.places.models import Municipality

from .conftest import VALID_IBAN, jpeg_bytes


def details(code, **overrides):
    data = {
        "visit_code": code.display,
        "municipality": Municipality.objects.get(name_fi="Porvoo").pk,
        "mode": "public",
        "trips": "2",
        "ticket_cost": "64,20",
        "car_km": "",
        "distance_reason": "",
    }
    data.update(overrides)
    return data


def receipt(content=None, name="lippu.jpg", content_type="image/jpeg"):
    return SimpleUploadedFile(name, content if content is not None else jpeg_bytes(), content_type)


def confirm_data(state, **overrides):
    data = {
        "state": state,
        "payee_name": "Maija Meikäläinen",
        "iban": VALID_IBAN,
        "email": "maija@example.fi",
        "consent": "on",
        "receipt": receipt(),
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def step_one(client, code, language="fi", **overrides):
    response = client.post(f"/{language}/travel/request/", details(code, **overrides))
    assert response.status_code == 200, response.content.decode()[:2000]
    return response, response.context["state"]


def create_batch(client, channel="sepa", claims=None):
    """Finance creates a payment batch of the given claims (all waiting ones by default)."""
    from outreach.travel.admin_batches import waiting_for

    chosen = claims if claims is not None else list(waiting_for(channel))
    return client.post(
        f"/admin/travel/batches/new/{channel}/", {"claims": [claim.pk for claim in chosen]}
    )


def mark_paid(client, batch, paid_on="2026-12-03", confirm="on"):
    data = {"paid_on": paid_on, "confirm": confirm}
    return client.post(
        f"/admin/travel/batches/{batch.pk}/paid/", {k: v for k, v in data.items() if v}
    )
