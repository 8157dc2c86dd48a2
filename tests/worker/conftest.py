import pytest


@pytest.fixture
def worker(role_user):
    """An outreach worker (the API tests shadow this with a logged-in client)."""
    return role_user("outreach_worker")


@pytest.fixture
def app(live_server, page, worker):
    """The app open, ready for offline use, with a session started and synced."""
    from .app_driver import log_in, start_session, wait_for_pending, wait_until_offline_ready

    log_in(page, live_server, worker)
    wait_until_offline_ready(page)
    start_session(page)
    wait_for_pending(page, 0)
    return page


@pytest.fixture
def phone(chromium):
    """A page on a 360 px touch phone in Finnish, Helsinki time."""
    from .app_driver import PHONE

    context = chromium.new_context(
        viewport=PHONE,
        has_touch=True,
        locale="fi-FI",
        timezone_id="Europe/Helsinki",
        bypass_csp=True,  # as the shared ``page``: wait_for_function() needs eval
    )
    page = context.new_page()
    page.route("**/tile.openstreetmap.org/**", lambda route: route.abort())
    yield page
    context.close()
