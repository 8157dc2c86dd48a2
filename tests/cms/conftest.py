import pytest
from django.db import transaction

from cms.demo.builder import build_site


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    """The whole demo site, built once per module inside a transaction rolled back afterwards:
    each test still runs in its own savepoint, and other modules never see the pages."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            build_site()
            yield
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.fixture
def site(demo_site, db):
    return demo_site


@pytest.fixture(autouse=True)
def _fresh_page_cache():
    from django.core.cache import cache

    cache.clear()
