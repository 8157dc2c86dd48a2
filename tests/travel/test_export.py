"""The payment files hold exactly the approved claims of the batch."""

import csv
import io
import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest

from outreach.travel.models import Claim, PaymentBatch

from .helpers import create_batch, mark_paid

pytestmark = pytest.mark.django_db

NS = {"p": "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"}


@pytest.fixture
def finance_client(client, role_user, debtor):
    client.force_login(role_user("finance"))
    return client


def approved(make_claim, amount, **kwargs):
    claim = make_claim(amount=amount, **kwargs)
    claim.status = "approved"
    claim.save()
    return claim


def test_pain001_contains_exactly_the_approved_claims(finance_client, make_claim):
    first = approved(make_claim, "14.20", name="Åsa Öberg", iban="FI5542345670000081")
    second = approved(make_claim, "62.50")
    make_claim(amount="99.00")  # waiting: not paid
    make_claim(amount="50.00", status="rejected")

    create_batch(finance_client)
    batch = PaymentBatch.objects.get()
    response = finance_client.get(f"/admin/travel/batches/{batch.pk}/xml/")
    assert response.status_code == 200
    root = ET.fromstring(response.content)

    header = root.find("p:CstmrCdtTrfInitn/p:GrpHdr", NS)
    assert header.findtext("p:MsgId", namespaces=NS) == batch.message_id
    assert header.findtext("p:NbOfTxs", namespaces=NS) == "2"
    assert Decimal(header.findtext("p:CtrlSum", namespaces=NS)) == Decimal("76.70")
    debtor = root.find(".//p:DbtrAcct/p:Id/p:IBAN", NS)
    assert debtor.text == "FI2112345600000785"
    paid = {
        tx.findtext("p:PmtId/p:EndToEndId", namespaces=NS): (
            tx.findtext("p:CdtrAcct/p:Id/p:IBAN", namespaces=NS),
            Decimal(tx.findtext("p:Amt/p:InstdAmt", namespaces=NS)),
        )
        for tx in root.iterfind(".//p:CdtTrfTxInf", NS)
    }
    assert paid == {
        first.reference: ("FI5542345670000081", Decimal("14.20")),
        second.reference: ("FI2112345600000785", Decimal("62.50")),
    }


def test_csv_lists_the_batch_with_decimal_commas(finance_client, make_claim):
    claim = approved(make_claim, "14.20")
    create_batch(finance_client)
    batch = PaymentBatch.objects.get()
    text = finance_client.get(f"/admin/travel/batches/{batch.pk}/csv/").content.decode("utf-8-sig")
    lines = text.strip().splitlines()
    assert lines[0].startswith("reference;type;travel_date")
    assert lines[1].startswith(f"{claim.reference};resident;")
    assert lines[1].endswith(";FI2112345600000785;NDEAFIHH;14,20")


def test_claims_approved_after_the_batch_wait_for_the_next(finance_client, make_claim):
    approved(make_claim, "10.00")
    create_batch(finance_client)
    late = approved(make_claim, "20.00")
    batch = PaymentBatch.objects.get()
    assert list(batch.claims.all()) != [] and late not in batch.claims.all()
    mark_paid(finance_client, batch)
    assert Claim.objects.get(pk=late.pk).status == "approved"


def test_no_debtor_account_is_a_message_not_a_crash(client, role_user, make_claim, settings):
    settings.TRAVEL_DEBTOR_IBAN = ""
    client.force_login(role_user("finance"))
    approved(make_claim, "10.00")
    create_batch(client)
    batch = PaymentBatch.objects.get()
    response = client.get(f"/admin/travel/batches/{batch.pk}/xml/")
    assert response.status_code == 302


@pytest.mark.parametrize("name", ['=HYPERLINK("http://x")', "+1+2", "-2+3", "@SUM(A1)", "\tx"])
def test_a_formula_in_a_payee_name_reaches_the_csv_as_text(finance_client, make_claim, name):
    approved(make_claim, "14.20", name=name)
    create_batch(finance_client)
    batch = PaymentBatch.objects.get()
    text = finance_client.get(f"/admin/travel/batches/{batch.pk}/csv/").content.decode("utf-8-sig")
    row = list(csv.reader(io.StringIO(text), delimiter=";"))[1]
    assert row[3] == "'" + name
