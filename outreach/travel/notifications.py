"""E-mail goes out through django-q2 tasks so a slow mail server never slows a form.

Callers queue these with ``transaction.on_commit(..., robust=True)``: a broker that is down is
logged, and the claim, already saved, still reaches finance through the queue in the admin."""

from django_q.tasks import async_task


def notify_finance(claim_pk):
    async_task("outreach.travel.tasks.email_finance_new_claim", claim_pk)


def notify_claimant(claim_pk):
    async_task("outreach.travel.tasks.email_claimant_decision", claim_pk)
