"""E-mail goes out through django-q2 tasks so a slow mail server never slows a form."""

from django_q.tasks import async_task


def notify_finance(claim_pk):
    async_task("outreach.travel.tasks.email_finance_new_claim", claim_pk)


def notify_claimant(claim_pk):
    async_task("outreach.travel.tasks.email_claimant_decision", claim_pk)
