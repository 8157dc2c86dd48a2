import pytest


@pytest.fixture
def worker(role_user):
    """An outreach worker (the API tests shadow this with a logged-in client)."""
    return role_user("outreach_worker")
