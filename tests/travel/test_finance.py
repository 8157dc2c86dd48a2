"""Finance decides in the Wagtail admin; every change is in the audit trail."""

from datetime import date

import pytest
from django.core import mail

from outreach.travel.models import Claim, ClaimEvent, CostRecord
from outreach.travel.models.claims import ClaimStatus

from .helpers import create_batch, mark_paid

pytestmark = pytest.mark.django_db


@pytest.fixture
def finance_client(client, role_user):
    user = role_user("finance")
    client.force_login(user)
    client.user = user
    return client


def decide(client, claim, to_status, reason=""):
    return client.post(
        f"/admin/travel/claims/{claim.pk}/", {"to_status": to_status, "reason": reason}
    )


def test_queue_filters_by_status_type_month_and_municipality(finance_client, make_claim, porvoo):
    from outreach.places.models import Municipality

    sipoo = Municipality.objects.get(name_fi="Sipoo")
    mine = make_claim(travel_date=date(2026, 10, 5))
    make_claim(municipality=sipoo, travel_date=mine.travel_date)
    make_claim(travel_date=date(2026, 9, 5))
    response = finance_client.get(
        "/admin/travel/claims/",
        {"status": "submitted", "kind": "resident", "month": "2026-10", "municipality": porvoo.pk},
    )
    assert list(response.context["object_list"]) == [mine]


def test_approve_writes_the_trail_and_tells_the_claimant(
    finance_client, make_claim, django_capture_on_commit_callbacks
):
    claim = make_claim()
    claim.payee.email = "maija@example.fi"
    claim.payee.save()
    claim.language = "sv"
    claim.save()
    with django_capture_on_commit_callbacks(execute=True):
        response = decide(finance_client, claim, "approved")
    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.APPROVED
    event = claim.events.last()
    assert (event.actor, event.from_status, event.to_status) == (
        finance_client.user,
        "submitted",
        "approved",
    )
    assert mail.outbox[0].to == ["maija@example.fi"]
    assert "Godkänd" in mail.outbox[0].subject  # in the claimant's language


def test_claim_page_lists_the_rules_it_was_priced_with(finance_client, make_claim):
    claim = make_claim(pricing={"self_liability_per_trip": "25.00", "capped": True})
    page = finance_client.get(f"/admin/travel/claims/{claim.pk}/").content.decode()
    assert "Omavastuu yhdensuuntaiselta matkalta: 25,00\xa0€" in page
    assert "Rajoitettu enimmäismäärään tai vuotuiseen kattoon: kyllä" in page


def test_reject_needs_a_reason_the_claimant_sees(finance_client, make_claim):
    claim = make_claim()
    response = decide(finance_client, claim, "rejected")
    assert response.status_code == 400
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.SUBMITTED
    decide(finance_client, claim, "rejected", "Matka ei liity pop up -käyntiin.")
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.REJECTED
    assert claim.decision_reason == "Matka ei liity pop up -käyntiin."


def test_return_for_correction_and_back_to_the_queue(finance_client, make_claim):
    claim = make_claim()
    decide(finance_client, claim, "returned", "Kuitti puuttuu.")
    decide(finance_client, claim, "submitted", "Kuitti saatu sähköpostilla.")
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.SUBMITTED
    assert [e.to_status for e in claim.events.all()] == ["submitted", "returned", "submitted"]


def test_nobody_approves_their_own_claim(finance_client, make_claim):
    claim = make_claim(kind="mileage", claimant=finance_client.user)
    response = decide(finance_client, claim, "approved")
    assert response.status_code == 400
    finance_client.post("/admin/travel/claims/approve/", {"claim": [claim.pk]})
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.SUBMITTED


def test_bulk_approve_only_touches_claims_waiting_for_a_decision(finance_client, make_claim):
    claims = [make_claim(), make_claim()]
    rejected = make_claim(status=ClaimStatus.REJECTED)
    response = finance_client.post(
        "/admin/travel/claims/approve/", {"claim": [c.pk for c in [*claims, rejected]] + ["x'"]}
    )
    assert response.status_code == 302
    statuses = dict(Claim.objects.values_list("pk", "status"))
    assert [statuses[c.pk] for c in claims] == ["approved", "approved"]
    assert statuses[rejected.pk] == "rejected"
    assert ClaimEvent.objects.filter(to_status="approved").count() == 2


def test_paid_claim_leaves_an_anonymous_cost_record(finance_client, make_claim):
    claim = make_claim(amount="14.20")
    decide(finance_client, claim, "approved")
    create_batch(finance_client)
    batch = Claim.objects.get(pk=claim.pk).batch
    mark_paid(finance_client, batch)
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.PAID and claim.paid_at
    record = CostRecord.objects.get()
    assert (record.amount, record.kind, record.municipality, record.month.day) == (
        claim.amount,
        "resident",
        claim.municipality,
        1,
    )
    totals = finance_client.get("/admin/travel/costs/")
    assert "14,20\xa0€" in totals.content.decode()


def test_receipt_is_served_only_through_the_permission_checked_view(
    client, finance_client, make_claim, role_user
):
    from django.core.files.base import ContentFile

    from outreach.travel.models import Receipt

    from .conftest import jpeg_bytes

    claim = make_claim()
    receipt = Receipt(claim=claim, content_type="image/jpeg", size=10)
    receipt.file.save("r.jpg", ContentFile(jpeg_bytes()))
    url = f"/admin/travel/claims/{claim.pk}/receipts/{receipt.pk}/"
    response = finance_client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert "sandbox" in response["Content-Security-Policy"]
    assert response["Content-Disposition"].startswith("inline")
    assert (
        claim.reference in finance_client.get(f"/admin/travel/claims/{claim.pk}/").content.decode()
    )
    with pytest.raises(ValueError):
        receipt.file.url  # noqa: B018 - no public URL exists
    pdf = Receipt(claim=claim, content_type="application/pdf", size=9)
    pdf.file.save("r.pdf", ContentFile(b"%PDF-1.4\n"))
    download = finance_client.get(f"/admin/travel/claims/{claim.pk}/receipts/{pdf.pk}/")
    assert download["Content-Disposition"].startswith("attachment")
    client.force_login(role_user("coordinator"))
    assert client.get(url).status_code == 302  # Wagtail turns a denial into a redirect


@pytest.mark.parametrize(
    "role, sees_claims, sees_costs",
    [("finance", True, True), ("coordinator", False, True), ("editor", False, False)],
)
def test_admin_menu_shows_travel_only_to_those_allowed(
    client, role_user, role, sees_claims, sees_costs
):
    client.force_login(role_user(role))
    page = client.get("/admin/").content.decode()
    assert ("/admin/travel/claims/" in page) is sees_claims
    assert ("/admin/travel/costs/" in page) is sees_costs


def test_dashboard_warns_finance_of_missing_rules_for_next_year(finance_client, make_claim):
    from datetime import date as day

    from outreach.travel.admin_panels import years_needing_rules

    make_claim()
    assert years_needing_rules(day(2026, 6, 1)) == ([], [])
    assert years_needing_rules(day(2026, 12, 1)) == ([2027], [])  # the 2026 rate has no end
    page = finance_client.get("/admin/").content.decode()
    assert "1 hakemus odottaa päätöstä." in page


def test_search_finds_a_claim_by_reference_payee_name_or_visit_code(
    finance_client, make_claim, visit_code
):
    paid = make_claim(status="paid", name="Åsa Öberg")
    coded = make_claim(visit_code=visit_code)
    make_claim(name="Other Person")

    def found(query):
        response = finance_client.get("/admin/travel/claims/results/", {"q": query})
        return list(response.context["object_list"])

    assert found(paid.reference) == [paid]  # a search looks through every status
    assert found(paid.reference.lower()) == [paid]
    assert found("Öberg") == [paid]  # any case on PostgreSQL; SQLite folds only ASCII
    assert found(visit_code.display) == [coded]
    page = finance_client.get("/admin/travel/claims/", {"q": paid.reference}).content.decode()
    assert paid.reference in page and 'id="filters-drilldown"' in page  # filters in the drawer


def test_queue_opens_on_the_claims_waiting_for_a_decision(finance_client, make_claim):
    waiting = make_claim()
    make_claim(status="approved")
    response = finance_client.get("/admin/travel/claims/")
    assert list(response.context["object_list"]) == [waiting]
    everything = finance_client.get("/admin/travel/claims/", {"status": "all"})
    assert len(everything.context["object_list"]) == 2


def test_rules_applied_read_as_numbers_finance_knows(finance_client, make_claim):
    pricing = {
        "car_rate_per_km": "0.200",
        "self_liability_per_trip": "25.00",
        "road_factor": "1.30",
        "minimum_distance_km": "0.0",
        "rate_valid_from": "2026-01-01",
    }
    page = finance_client.get(f"/admin/travel/claims/{make_claim(pricing=pricing).pk}/")
    text = page.content.decode()
    assert ": 0,20\xa0€/km" in text and ": 25,00\xa0€" in text and ": 1,30<" in text
    assert ": 0,0\xa0km" in text and ": 1.1.2026" in text
    assert "0.200" not in text and "25.00" not in text


def test_the_receipt_is_previewed_beside_the_claim(finance_client, make_claim):
    from django.core.files.base import ContentFile

    from outreach.travel.models import Receipt

    from .conftest import jpeg_bytes

    claim = make_claim()
    photo = Receipt(claim=claim, content_type="image/jpeg", size=10)
    photo.file.save("r.jpg", ContentFile(jpeg_bytes()))
    pdf = Receipt(claim=claim, content_type="application/pdf", size=9)
    pdf.file.save("r.pdf", ContentFile(b"%PDF-1.4\n"))
    base = f"/admin/travel/claims/{claim.pk}/receipts/"
    page = finance_client.get(f"/admin/travel/claims/{claim.pk}/").content.decode()
    assert f'<img src="{base}{photo.pk}/"' in page
    assert f'<iframe src="{base}{pdf.pk}/?inline=1"' in page
    assert "Avaa kuitti täysikokoisena" in page
    framed = finance_client.get(f"{base}{pdf.pk}/?inline=1")
    assert framed["Content-Disposition"].startswith("inline")
    assert framed["X-Frame-Options"] == "SAMEORIGIN"
    assert "frame-ancestors 'self'" in framed["Content-Security-Policy"]
    assert finance_client.get(f"{base}{pdf.pk}/")["Content-Disposition"].startswith("attachment")
