"""Payment files of a batch: a CSV for people and a SEPA credit transfer (pain.001.001.03) for
the bank. Both are built from the batch's claims and nothing else."""

import io
from datetime import date

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils import formats
from sepaxml import SepaTransfer

from outreach.spreadsheets import spreadsheet_writer

from .text import sepa_text

CSV_HEADER = ["reference", "type", "travel_date", "payee", "iban", "bic", "amount_eur"]


def batch_claims(batch):
    return batch.claims.select_related("payee").order_by("pk")


def build_csv(batch):
    """Semicolon-separated with decimal commas and a BOM, as Finnish spreadsheets expect."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = spreadsheet_writer(out, delimiter=";")
    writer.writerow(CSV_HEADER)
    for claim in batch_claims(batch):
        writer.writerow(
            [
                claim.reference,
                claim.kind,
                claim.travel_date.isoformat(),
                claim.payee.name,
                claim.payee.iban,
                claim.payee.bic,
                formats.number_format(claim.amount, 2, use_l10n=False).replace(".", ","),
            ]
        )
    return out.getvalue().encode("utf-8")


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
