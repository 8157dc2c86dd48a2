import factory.random
import pytest
from django.contrib.auth.models import Group
from django.utils import translation

from outreach.accounts.roles import ROLES, group_name
from tests.factories import UserFactory

factory.random.reseed_random("tuuli")


@pytest.fixture
def role_user(db):
    """Make a user in a role: ``role_user("finance")``; ``None`` gives an anonymous visitor."""

    def make(role, **kwargs):
        if role is None:
            return None
        if role == "superuser":
            return UserFactory(is_superuser=True, is_staff=True, **kwargs)
        user = UserFactory(**kwargs)
        user.groups.add(Group.objects.get(name=group_name(role)))
        return user

    return make


@pytest.fixture
def client_as(client, role_user):
    """A test client logged in as a new user of ``role`` (or anonymous for ``None``)."""

    def login(role):
        user = role_user(role)
        if user is not None:
            client.force_login(user)
        return client

    return login


ALL_ROLES = [None, *ROLES, "superuser"]


@pytest.fixture(autouse=True)
def language_restored():
    """A request leaves its language active in the thread (LocaleMiddleware does not reset it):
    put back what was active, so no test inherits another's language."""
    language = translation.get_language()
    yield
    translation.activate(language)


# --- Tests that need real transactions ----------------------------------------------------------
# A live-server test cannot run inside a rolled-back transaction, so it ends by emptying every
# table, the rows that data migrations made (places, seeded helplines, rates) included. As
# Django's own runner does, run such tests last, and restore the migrated rows before each one.


def _needs_real_transactions(item):
    marker = item.get_closest_marker("django_db")
    return "live_server" in item.fixturenames or bool(marker and marker.kwargs.get("transaction"))


def pytest_collection_modifyitems(items):
    items.sort(key=_needs_real_transactions)
    for item in filter(_needs_real_transactions, items):
        marker = item.get_closest_marker("django_db")
        kwargs = {**(marker.kwargs if marker else {}), "transaction": True}
        item.add_marker(pytest.mark.django_db(**kwargs, serialized_rollback=True), append=False)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup):
    # Django keeps the serialized rows on the connection object that created the database. Under
    # Playwright's event loop a test may get another connection object, which would then neither
    # restore the rows nor keep them: share them with every connection of the same backend.
    from django.db import connections

    for connection in connections.all():
        serialized = getattr(connection, "_test_serialized_contents", None)
        if serialized is not None:
            type(connection)._test_serialized_contents = serialized


# --- Browser tests ----------------------------------------------------------------------------
# Playwright drives the system Chromium (the `chromium` apt package): `playwright install` cannot
# download a browser here. Playwright's sync API runs an event loop in this thread, so Django's
# async-safety guard must be relaxed for the ORM calls the tests make.

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def playwright_instance():
    import os

    from playwright.sync_api import sync_playwright

    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def chromium(playwright_instance):
    browser = playwright_instance.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@pytest.fixture
def page(chromium):
    # Playwright compiles wait_for_function() predicates with eval, which the site's Content
    # Security Policy forbids; tests/cms checks the policy itself in a context that keeps it.
    context = chromium.new_context(locale="fi-FI", timezone_id="Europe/Helsinki", bypass_csp=True)
    page = context.new_page()
    yield page
    context.close()
