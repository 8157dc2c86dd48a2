"""Payment files of a batch: for residents a CSV for people and a SEPA credit transfer
(pain.001.001.03) for the bank; for workers' mileage a CSV for payroll. Each is built from the
batch's claims and nothing else."""

import io
from datetime import date

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils import formats
from sepaxml import SepaTransfer

from outreach.spreadsheets import spreadsheet_writer

from .text import sepa_text

CSV_HEADER = ["reference", "type", "travel_date", "payee", "iban", "bic", "amount_eur"]
# Claims carry no cost centre or account code, so the payroll file has none: payroll adds it.
PAYROLL_HEADER = [
    "reference",
    "employee",
    "employee_name",
    "travel_date",
    "period",
    "distance_km",
    "passengers",
    "amount_eur",
]


def batch_claims(batch):
    return batch.claims.select_related("payee", "claimant").order_by("pk")


def decimal_comma(value, places):
    return formats.number_format(value, places, use_l10n=False).replace(".", ",")


def _csv(header, rows):
    """Semicolon-separated with decimal commas and a BOM, as Finnish spreadsheets expect."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = spreadsheet_writer(out, delimiter=";")
    writer.writerow(header)
    for row in rows:
        writer.writerow(row)
    return out.getvalue().encode("utf-8")


def build_csv(batch):
    return _csv(
        CSV_HEADER,
        (
            [
                claim.reference,
                claim.kind,
                claim.travel_date.isoformat(),
                claim.payee.name,
                claim.payee.iban,
                claim.payee.bic,
                decimal_comma(claim.amount, 2),
            ]
            for claim in batch_claims(batch)
        ),
    )


def build_payroll_csv(batch):
    """Workers' mileage for payroll to pay with the salary: who (username), when, how far, how
    much. Not an Incomes Register report: payroll's own system files that."""
    rows = []
    for claim in batch_claims(batch):
        worker = claim.claimant
        rows.append(
            [
                claim.reference,
                worker.get_username() if worker else "",
                (worker.get_full_name() if worker else "") or claim.payee.name,
                claim.travel_date.isoformat(),
                f"{claim.travel_date:%Y-%m}",
                decimal_comma(claim.priced_km, 1),
                claim.passengers,
                decimal_comma(claim.amount, 2),
            ]
        )
    return _csv(PAYROLL_HEADER, rows)


def debtor_config():
    if not (settings.TRAVEL_DEBTOR_IBAN and settings.TRAVEL_DEBTOR_BIC):
        raise ImproperlyConfigured("TRAVEL_DEBTOR_IBAN and TRAVEL_DEBTOR_BIC are not set.")
    return {
        "name": settings.TRAVEL_DEBTOR_NAME,
        "IBAN": settings.TRAVEL_DEBTOR_IBAN,
        "BIC": settings.TRAVEL_DEBTOR_BIC,
        "batch": True,
        "currency": "EUR",
    }


class _BatchTransfer(SepaTransfer):
    """A transfer whose message id is the batch's, so the bank's answer can be matched to it."""

    def __init__(self, config, message_id):
        self._message_id = message_id
        super().__init__(config, schema="pain.001.001.03")

    def _create_header(self):
        self.msg_id = self._message_id
        super()._create_header()


def build_pain001(batch, execution_date=None):
    transfer = _BatchTransfer(debtor_config(), batch.message_id)
    for claim in batch_claims(batch):
        payment = {
            "name": sepa_text(claim.payee.name),
            "IBAN": claim.payee.iban,
            "amount": int(claim.amount * 100),
            "execution_date": execution_date or date.today(),
            "description": claim.reference,
            "endtoend_id": claim.reference,
        }
        if claim.payee.bic:
            payment["BIC"] = claim.payee.bic
        transfer.add_payment(payment)
    return transfer.export(validate=True)
