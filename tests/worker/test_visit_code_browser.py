"""A worker hands out a travel-support visit code with no network, in a real Chromium against a
live server (issue 14 item 3, walkthrough w22_offline_visitcode)."""

import pytest

from outreach.encounters.models import PopupSession
from outreach.travel.models import VisitCode
from outreach.travel.models.codes import normalise_code

from .app_driver import (
    go_offline,
    go_online,
    log_in,
    start_session,
    wait_for_pending,
    wait_until_offline_ready,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


def test_a_code_handed_out_offline_is_bound_to_the_sessions_venue_after_sync(
    live_server, page, worker, settings
):
    settings.TRAVEL_VISIT_CODE_POOL = 2
    log_in(page, live_server, worker, language="sv")
    wait_until_offline_ready(page)
    start_session(page)
    wait_for_pending(page, 0)
    # The sync of the session fetched the pool.
    page.wait_for_selector("#visit-code-left:has-text('2 koder kvar')")

    go_offline(page.context)
    page.get_by_role("button", name="Ge en besökskod för resestöd").click()
    dialog = page.locator("#visit-code-dialog")
    dialog.wait_for(state="visible")
    shown = page.locator("#visit-code-value").inner_text()
    assert len(normalise_code(shown)) == 8
    assert dialog.locator(".visit-code-qr svg").is_visible()
    assert dialog.locator(".short-link a").inner_text().endswith(f"/c/{normalise_code(shown)}/")
    assert dialog.get_by_role("button", name="Skriv ut lappen").is_visible()
    assert "Resestöd: skanna QR-koden" in dialog.locator(".slip-explanation").inner_text()
    page.emulate_media(media="print")  # the printed slip: the code and its texts, nothing else
    assert dialog.locator(".slip-explanation").is_visible()
    assert not page.locator("#session-view").is_visible()
    assert not page.locator("#visit-code-close").is_visible()
    page.emulate_media(media="screen")
    page.click("#visit-code-close")
    wait_for_pending(page, 1)
    assert not VisitCode.objects.get(code=normalise_code(shown)).is_bound

    # The last code, then an empty pool: said plainly, with what to do.
    page.click("#give-visit-code")
    page.click("#visit-code-close")
    page.click("#give-visit-code")
    page.wait_for_selector("#visit-code-error:has-text('Anslut till internet och synkronisera')")
    assert not dialog.is_visible()

    go_online(page.context)  # the online event drains the outbox
    wait_for_pending(page, 0)
    code = VisitCode.objects.get(code=normalise_code(shown))
    session = PopupSession.objects.get(worker=worker)
    assert (code.venue, code.session) == (session.venue, session)
    assert page.locator("#record-list [data-state=synced]").count() == 3  # session + 2 codes
    # And the pool is full again.
    page.wait_for_selector("#visit-code-left:has-text('2 koder kvar')")
